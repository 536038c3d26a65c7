import { parseCell } from "../../../src/core/numbers/parse";
import { type Expectation, done, expectParse, fail, num, range, several } from "./expect-parse";

type Row = readonly [raw: string, expected: Expectation];

function table(rows: readonly Row[]): void {
  test.each(rows.map(([raw, expected]) => [JSON.stringify(raw), raw, expected] as const))("%s", (_, raw, expected) =>
    expectParse(raw, expected),
  );
}

describe("plain numbers and thousands separators", () => {
  table([
    ["65000", num("65000")],
    ["65,000", num("65000")],
    ["1,266", num("1266")],
    ["1,234,567", num("1234567")],
    ["1,234.5", num("1234.5")],
    ["0", num("0")],
    ["007", num("7")],
    ["0.05", num("0.05")],
    [".5", num("0.5")],
    ["40.0%", num("40", "%")],
    ["12.70%", num("12.7", "%")],
    ["+3", num("3")],
    ["1.2E+05", num("120000")],
    ["1.5e-3", num("0.0015")],
    ["  65,000 件  ", num("65000", "件")],
    ["65,000\n件", num("65000", "件")],
  ]);
});

describe("spaces inside numbers, as PDF extraction leaves them", () => {
  table([
    ["62, 947 件", num("62947", "件")],
    ["99. 2%", num("99.2", "%")],
    ["2, 700 人", num("2700", "人")],
    ["43. 8%", num("43.8", "%")],
    ["65,000 件", num("65000", "件")],
  ]);
});

describe("full-width digits and signs", () => {
  table([
    ["１２３", num("123")],
    ["６５，０００件", num("65000", "件")],
    ["９９．２％", num("99.2", "%")],
    ["－５人", num("-5", "人")],
    ["＋５", num("5")],
    ["　１２３　", num("123")],
    ["１２ｔ", num("12", "t")],
  ]);
});

describe("万, 億, 兆 and 千, 百, 十 in any mix", () => {
  table([
    ["5 億円", num("500000000", "円")],
    ["5500 万円", num("55000000", "円")],
    ["2億7,934万6,300円", num("279346300", "円")],
    ["10万5千人", num("105000", "人")],
    ["52百万円", num("52000000", "円")],
    ["1.5億円", num("150000000", "円")],
    ["1兆2,000億円", num("1200000000000", "円")],
    ["12,345万円", num("123450000", "円")],
    ["5億 3000万円", num("530000000", "円")],
    ["1億5", num("100000005")],
    ["2,000千円", num("2000000", "円")],
    ["百万円", num("1000000", "円")],
    ["1千2百", num("1200")],
  ]);
});

describe("kanji numerals", () => {
  table([
    ["三十五人", num("35", "人")],
    ["千二百件", num("1200", "件")],
    ["二〇二五", num("2025")],
    ["十", num("10")],
    ["五団体", num("5", "団体")],
    ["八割", num("80", "%")],
  ]);
});

describe("割 is tenths of a whole, read as percent", () => {
  table([
    ["8割", num("80", "%")],
    ["8割5分", num("85", "%")],
    ["3割2分5厘", num("32.5", "%")],
    ["8割以上", num("80", "%", ["lower_bound"])],
  ]);
});

describe("minus signs: △ ▲ − － ‐ -", () => {
  table([
    ["△53人", num("-53", "人")],
    ["△219人", num("-219", "人")],
    ["▲53人", num("-53", "人")],
    ["−5", num("-5")],
    ["－5", num("-5")],
    ["‐5", num("-5")],
    ["-12.5%", num("-12.5", "%")],
    ["△ 1,234千円", num("-1234000", "円")],
    ["△0", num("0")],
  ]);
});

describe("qualifiers: 約, 延べ, bounds, brackets, 見込み, notes", () => {
  table([
    ["約2,400人", num("2400", "人", ["approximate"])],
    ["概ね 80%", num("80", "%", ["approximate"])],
    ["延べ 35 人", num("35", "人", ["cumulative"])],
    ["延べ18人", num("18", "人", ["cumulative"])],
    ["35人(累計)", num("35", "人", ["cumulative"])],
    ["23% 以上", num("23", "%", ["lower_bound"])],
    ["520g 以下", num("520", "g", ["upper_bound"])],
    ["50%未満", num("50", "%", ["upper_bound"])],
    ["100人超", num("100", "人", ["lower_bound"])],
    ["30人程度", num("30", "人", ["approximate"])],
    ["≧80%", num("80", "%", ["lower_bound"])],
    ["<100.71%>", num("100.71", "%", ["bracketed"])],
    ["（100.71%）", num("100.71", "%", ["bracketed"])],
    ["(100.71%)", num("100.71", "%", ["bracketed"])],
    ["99%(見込み)", num("99", "%", ["estimate"])],
    ["99% 見込", num("99", "%", ["estimate"])],
    ["(見込み)99%", num("99", "%", ["estimate"])],
    ["5億円(個人版・見込み)", num("500000000", "円", ["estimate"], { label: "個人版" })],
    ["99%(見込み) ※7月頃確定", num("99", "%", ["estimate", "note"], { note: "7月頃確定" })],
    ["1,200件 ※速報値", num("1200", "件", ["estimate", "note"], { note: "速報値" })],
    ["1,200件 ※8月頃確定", num("1200", "件", ["estimate", "note"], { note: "8月頃確定" })],
    ["1,200件 ※確定値", num("1200", "件", ["note"], { note: "確定値" })],
    ["80%(3月末時点)", num("80", "%", ["note"], { note: "3月末時点" })],
    ["77%(R4)", num("77", "%", [], { label: "R4" })],
  ]);
});

describe("units of any kind", () => {
  table([
    ["12人", num("12", "人")],
    ["3件", num("3", "件")],
    ["1,000円", num("1000", "円")],
    ["¥1,000", num("1000", "円")],
    ["50%", num("50", "%")],
    ["50％", num("50", "%")],
    ["50パーセント", num("50", "%")],
    ["12団体", num("12", "団体")],
    ["3.5トン", num("3.5", "トン")],
    ["3.5t", num("3.5", "t")],
    ["120ha/年", num("120", "ha/年")],
    ["520g/人", num("520", "g/人")],
    ["4回", num("4", "回")],
    ["6本", num("6", "本")],
    ["1,266箇所", num("1266", "箇所")],
    ["3か所", num("3", "か所")],
    ["3ヶ所", num("3", "ヶ所")],
    ["1km²", num("1", "km²")],
    ["1km2", num("1", "km²")],
    ["20㎡", num("20", "m²")],
    ["5施設", num("5", "施設")],
    ["7校区", num("7", "校区")],
    ["1名", num("1", "名")],
    ["300世帯", num("300", "世帯")],
    ["2.5時間", num("2.5", "時間")],
    ["10日", num("10", "日")],
    ["25℃", num("25", "℃")],
    ["５ｋｇ", num("5", "kg")],
    ["3ｹﾝ", num("3", "ケン")],
  ]);
});

describe("labels say what a value is of", () => {
  table([
    ["LINE66,300件", num("66300", "件", [], { label: "LINE" })],
    ["個人版：5億円", num("500000000", "円", [], { label: "個人版" })],
    ["(企業版)5500万円", num("55000000", "円", [], { label: "企業版" })],
    ["年6回", num("6", "回", [], { label: "年" })],
  ]);
});

describe("pending words mean the value is not in yet", () => {
  table([
    ["作業中", fail("pending", "作業中")],
    ["集計中", fail("pending", "集計中")],
    ["未確定", fail("pending", "未確定")],
    ["調査中", fail("pending", "調査中")],
    ["未集計", fail("pending", "未集計")],
    ["なし", fail("pending", "なし")],
    ["（集計中）", fail("pending", "集計中")],
    ["作業中 ※8月頃確定", fail("pending", "作業中")],
    [" 作業中 ", fail("pending", "作業中")],
  ]);
});

// #20 item 11: in city sheets a dash alone marks an indicator that does not apply, not one waiting for its value.
describe("a dash alone, 該当なし or 対象外 means not applicable", () => {
  table([
    ["-", fail("not_applicable", "-")],
    ["－", fail("not_applicable", "-")],
    ["―", fail("not_applicable", "―")],
    ["—", fail("not_applicable", "—")],
    ["該当なし", fail("not_applicable", "該当なし")],
    ["対象外", fail("not_applicable", "対象外")],
    ["N/A", fail("not_applicable", "N/A")],
    ["（－）", fail("not_applicable", "-")],
  ]);
});

describe("done and not-done words", () => {
  table([
    ["実施", done(true)],
    ["実施済", done(true)],
    ["実施済み", done(true)],
    ["済", done(true)],
    ["完了", done(true)],
    ["設置", done(true)],
    ["策定", done(true)],
    ["達成", done(true)],
    ["未実施", done(false)],
    ["未達成", done(false)],
    ["未設置", done(false)],
    ["未策定", done(false)],
    ["中止", done(false)],
    ["実施(見込み)", done(true, ["estimate"])],
    ["策定済 ※3月", done(true, ["note"])],
  ]);

  test("Excel booleans are done / not done", () => {
    expectParse(true, done(true));
    expectParse(false, done(false));
  });
});

describe("several values in one cell are never silently the first", () => {
  table([
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
    ["5人、6人", several(num("5", "人"), num("6", "人"))],
    ["100人(95%)", several(num("100", "人"), num("95", "%", ["bracketed"]))],
    ["76%→80%", several(num("76", "%"), num("80", "%"))],
    ["10～20人", range(num("10"), num("20", "人"))],
    ["10-20人", range(num("10"), num("20", "人"))],
    ["70%以上100%未満", range(num("70", "%", ["lower_bound"]), num("100", "%", ["upper_bound"]))],
  ]);

  test("each value keeps its own raw text", () => {
    const r = parseCell("5 億円(個人版) 5500 万円(企業版)");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.values?.map((v) => v.raw)).toEqual(["5 億円(個人版)", "5500 万円(企業版)"]);
  });
});

describe("ambiguous forms are reported, not guessed", () => {
  table([
    ["21,7", fail("ambiguous", "comma_decimal_or_thousands")],
    ["0,5", fail("ambiguous", "comma_decimal_or_thousands")],
    ["1,23,456", fail("ambiguous", "irregular_grouping")],
    ["1234,567", fail("ambiguous", "irregular_grouping")],
    ["1,2345", fail("ambiguous", "comma_decimal_or_thousands")],
    ["1,234,56", fail("ambiguous", "irregular_grouping")],
    ["1.234.567", fail("ambiguous", "dots_as_separators")],
    ["1.234,56", fail("ambiguous", "dot_and_comma")],
    ["2 700", fail("ambiguous", "space_between_digits")],
    ["２１，７", fail("ambiguous", "comma_decimal_or_thousands")],
    ["21,7人", fail("ambiguous", "comma_decimal_or_thousands")],
  ]);
});

describe("empty, unreadable and too precise", () => {
  table([
    ["", fail("empty")],
    ["   ", fail("empty")],
    ["　", fail("empty")],
    ["abc", fail("unreadable", "no_number")],
    ["一部達成", fail("unreadable", "no_number")],
    ["計画どおり実施した", fail("unreadable", "no_number")],
    ["(見込み)", fail("unreadable", "no_number")],
    ["5人です。よろしく", fail("unreadable")],
    ["#N/A", fail("unreadable", "excel_error")],
    ["#DIV/0!", fail("unreadable", "excel_error")],
    ["R7", fail("unreadable", "fiscal_year")],
    ["令和7年度", fail("unreadable", "fiscal_year")],
    ["4/1", fail("unreadable", "date_or_fraction")],
    ["10:30", fail("unreadable", "time_or_ratio")],
    ["(5人", fail("unreadable", "unbalanced_bracket")],
    ["5億3億", fail("unreadable", "multiplier_order")],
    ["1万10000", fail("unreadable", "multiplier_order")],
    ["百千", fail("unreadable", "multiplier_order")],
    ["1234567890123456", fail("too_many_digits")],
    ["0.1234567890123456", fail("too_many_digits")],
    ["9,999,999,999,999,999", fail("too_many_digits")],
    ["10000兆円", fail("too_many_digits", "too_large")],
  ]);

  test.each([null, undefined])("%p is empty", (raw) => expectParse(raw, fail("empty")));

  test("trailing zeros after the point do not count as digits", () => {
    expectParse("0.10000000000000000000", num("0.1"));
  });
});

describe("numbers from Excel cells", () => {
  test.each([
    [65000, "65000"],
    [99.2, "99.2"],
    [0.1 + 0.2, "0.3"],
    [-53, "-53"],
    [1e-7, "0.0000001"],
    [123456789012345, "123456789012345"],
    [1 / 3, "0.333333333333333"],
    [-0, "0"],
  ])("%p reads as %s (Excel's 15 significant digits)", (n, text) => expectParse(n, num(text)));

  test.each([NaN, Infinity, -Infinity])("%p is unreadable", (n) => expectParse(n, fail("unreadable", "not_finite")));

  test("a number beyond what a Decimal holds is refused", () => {
    expectParse(1e20, fail("too_many_digits", "too_large"));
    expectParse(1e-25, fail("too_many_digits", "beyond_precision"));
  });
});

describe("raw keeps the cell as given", () => {
  test("strings, numbers and booleans", () => {
    expect(parseCell(" 65,000 件 ").raw).toBe(" 65,000 件 ");
    expect(parseCell(99.2).raw).toBe("99.2");
    expect(parseCell(true).raw).toBe("TRUE");
    expect(parseCell(null).raw).toBe("");
  });

  test("flags of a plain cell are an empty list", () => {
    const r = parseCell("65,000 件");
    expect(r.ok && r.flags).toEqual([]);
  });
});
