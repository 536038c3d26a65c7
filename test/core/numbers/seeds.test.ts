/**
 * Every number form that literally appears in the five seed documents (shared/seeds), with what
 * the parser makes of it. The first test checks that each form is quoted exactly from its seed.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { type Expectation, expectParse, fail, num, range, several } from "./expect-parse";

type SeedTable = Readonly<Record<string, readonly (readonly [raw: string, expected: Expectation])[]>>;

const SEEDS: SeedTable = {
  // 柏原市 政策推進部 運営方針 (A–E grading scale)
  "000_66f6d4edd2d9ec1c.txt": [
    ["100%", num("100", "%")],
    ["70%以上100%未満", range(num("70", "%", ["lower_bound"]), num("100", "%", ["upper_bound"]))],
    ["50%以上70%未満", range(num("50", "%", ["lower_bound"]), num("70", "%", ["upper_bound"]))],
    ["50%未満", num("50", "%", ["upper_bound"])],
    ["0%", num("0", "%")],
    ["令和7年度", fail("unreadable", "fiscal_year")],
  ],
  // 柏原市 部長マニフェスト (outputs with counts)
  "001_834a0d1253e7f380.txt": [
    ["10件", num("10", "件")],
    ["1000人", num("1000", "人")],
    ["8本", num("8", "本")],
    ["5つ", num("5", "つ")],
  ],
  // 枚方市 市長公室 (target / last year's actual table)
  "002_dc625d31a2b4181a.txt": [
    ["65,000 件", num("65000", "件")],
    ["62, 947 件", num("62947", "件")],
    [
      "5 億円(個人版) 5500 万円(企業版)",
      several(num("500000000", "円", [], { label: "個人版" }), num("55000000", "円", [], { label: "企業版" })),
    ],
    [
      "2億7,934万6,300円 (個人版・見込み) ※6月頃確定 2,898万9,028円(企業版)",
      several(
        num("279346300", "円", ["estimate", "note"], { label: "個人版", note: "6月頃確定" }),
        num("28989028", "円", [], { label: "企業版" }),
      ),
    ],
    ["630 人", num("630", "人")],
    ["365 人", num("365", "人")],
    ["延べ 35 人", num("35", "人", ["cumulative"])],
    ["延べ18人", num("18", "人", ["cumulative"])],
    ["730 人", num("730", "人")],
    ["722 人", num("722", "人")],
    ["2, 700 人", num("2700", "人")],
    ["2, 665 人", num("2665", "人")],
    ["100%", num("100", "%")],
    ["99%(見込み) ※7月頃確定", num("99", "%", ["estimate", "note"], { note: "7月頃確定" })],
    ["80%", num("80", "%")],
    ["99. 2%", num("99.2", "%")],
    ["45%", num("45", "%")],
    ["43. 8%", num("43.8", "%")],
    ["600 人", num("600", "人")],
    ["470 人", num("470", "人")],
    ["80 年", num("80", "年")],
    ["2025 年", num("2025", "年")],
    ["令和7年度 (2025年度)", fail("unreadable", "fiscal_year")],
  ],
  // 川西市 総合政策部 (multi-year KGI table)
  "004_b01abfc86428ba6d.txt": [
    ["-", fail("not_applicable", "-")],
    ["作業中", fail("pending", "作業中")],
    ["12.7%", num("12.7", "%")],
    ["13.4%", num("13.4", "%")],
    ["40.0%", num("40", "%")],
    ["100%", num("100", "%")],
    ["△53人", num("-53", "人")],
    ["△219人", num("-219", "人")],
    ["193人", num("193", "人")],
    ["△376人", num("-376", "人")],
    ["0人", num("0", "人")],
    ["6.7%", num("6.7", "%")],
    ["14.1%", num("14.1", "%")],
    ["12.5%", num("12.5", "%")],
    ["10.0%", num("10", "%")],
    ["58.5%", num("58.5", "%")],
    ["58.9%", num("58.9", "%")],
    ["56.9%", num("56.9", "%")],
    ["60.0%", num("60", "%")],
    ["62.5%", num("62.5", "%")],
    ["65.0%", num("65", "%")],
    ["7.6%", num("7.6", "%")],
    ["11.0%", num("11", "%")],
    ["8.7%", num("8.7", "%")],
    ["6.4%", num("6.4", "%")],
    ["20.0%", num("20", "%")],
    ["30.0%", num("30", "%")],
    ["81.7%", num("81.7", "%")],
    ["66.7%", num("66.7", "%")],
    ["63.5%", num("63.5", "%")],
    ["67.3%", num("67.3", "%")],
    ["80.0%", num("80", "%")],
    ["H29", fail("unreadable", "fiscal_year")],
    ["R3", fail("unreadable", "fiscal_year")],
  ],
  // 豊中市 都市経営部 (results written inside prose)
  "003_1fc5cd8b1eb21d6f.txt": [
    ["3回", num("3", "回")],
    ["5回", num("5", "回")],
    ["76%→80%", several(num("76", "%"), num("80", "%"))],
    ["回答率41%", num("41", "%", [], { label: "回答率" })],
    ["86.5%→86.6%", several(num("86.5", "%"), num("86.6", "%"))],
    ["100億円", num("10000000000", "円")],
    ["5事業", num("5", "事業")],
    ["2件", num("2", "件")],
    ["登録107団体", num("107", "団体", [], { label: "登録" })],
    ["37人", num("37", "人")],
    ["8グループ", num("8", "グループ")],
    ["52百万円", num("52000000", "円")],
    ["3グループ", num("3", "グループ")],
    ["17人", num("17", "人")],
    ["98件(76増)", several(num("98", "件"), num("76", "増", ["bracketed"]))],
    ["10件", num("10", "件")],
    ["93回", num("93", "回")],
    ["357人", num("357", "人")],
    ["84回", num("84", "回")],
    ["597人", num("597", "人")],
    ["51回", num("51", "回")],
    ["454人", num("454", "人")],
    ["127回", num("127", "回")],
    ["733人", num("733", "人")],
    ["900台", num("900", "台")],
    ["82件", num("82", "件")],
    ["83業務", num("83", "業務")],
    ["6増", num("6", "増")],
    ["1,733回答", num("1733", "回答")],
    ["59%", num("59", "%")],
    ["6本", num("6", "本")],
    ["LINE66,300件", num("66300", "件", [], { label: "LINE" })],
    ["X14,463件", num("14463", "件", [], { label: "X" })],
    ["FB1,669件", num("1669", "件", [], { label: "FB" })],
    [
      "LINE66,300件、X14,463件、FB1,669件",
      several(
        num("66300", "件", [], { label: "LINE" }),
        num("14463", "件", [], { label: "X" }),
        num("1669", "件", [], { label: "FB" }),
      ),
    ],
    ["122本", num("122", "本")],
    ["159件", num("159", "件")],
    ["66件", num("66", "件")],
    ["12本", num("12", "本")],
    ["全6回", num("6", "回", [], { label: "全" })],
    ["約2,400人", num("2400", "人", ["approximate"])],
    ["16件", num("16", "件")],
    ["546人", num("546", "人")],
    ["29件", num("29", "件")],
    ["7件", num("7", "件")],
    ["1,266箇所", num("1266", "箇所")],
    ["1km²", num("1", "km²")],
    ["77%(R4)", num("77", "%", [], { label: "R4" })],
    [
      "77%(R4)→8割(R5~6)→100%(R7)",
      several(
        num("77", "%", [], { label: "R4" }),
        num("80", "%", [], { label: "R5~6" }),
        num("100", "%", [], { label: "R7" }),
      ),
    ],
    ["7校区", num("7", "校区")],
    ["毎年度1名", num("1", "名", [], { label: "毎年度" })],
    ["8割", num("80", "%")],
  ],
};

/** The five seed documents, kept in the repository as test data (test/data/seeds/README.md says where from). */
const SEEDS_DIR = resolve(__dirname, "../../data/seeds");

describe.each(Object.entries(SEEDS).sort(([a], [b]) => a.localeCompare(b)))("seed %s", (seed, rows) => {
  test("every form below is quoted exactly from the seed", () => {
    const text = readFileSync(resolve(SEEDS_DIR, seed), "utf8");
    const missing = rows.map(([raw]) => raw).filter((raw) => !text.includes(raw));
    expect(missing).toEqual([]);
  });

  test.each(rows.map(([raw, expected]) => [JSON.stringify(raw), raw, expected] as const))("%s", (_, raw, expected) =>
    expectParse(raw, expected),
  );
});
