/**
 * CSV exports on the command line: Excel's 「CSV UTF-8」 and Shift_JIS 「CSV (コンマ区切り)」 read as one
 * hand-made sheet each, graded and consolidated like a workbook; the parser keeps every field's text.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import type { ConsolidationResult } from "../../src/core/consolidate";
import { decodeCsv, parseCsv, readCsv } from "../../src/csv/read-csv";
import { run } from "./streams";

jest.setTimeout(60_000);

const SJIS = path.resolve(__dirname, "../data/csv/kawanishi-r3-sjis.csv");

/** 枚方 (seed 002) as Excel's 「CSV UTF-8」 writes it: a BOM, CRLF. */
const HIRAKATA_UTF8 =
  "\ufeff令和7年度 (2025年度),,,\r\n" +
  "重点的な取り組み:人権啓発の推進,,,\r\n" +
  "取り組みの成果を測る指標,令和7年度目標値,令和6年度実績(参考),令和7年度実績\r\n" +
  "人権啓発イベント等の参加者 数,630 人,365 人,504 人\r\n" +
  '"LGBTQ+相談(電話・オンライン(チャット))利用者数",延べ 35 人,延べ18人,延べ 14 人\r\n';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "tassei-csv-"));
  fs.writeFileSync(path.join(dir, "市長公室.csv"), HIRAKATA_UTF8, "utf8");
  fs.copyFileSync(SJIS, path.join(dir, "総合政策部.csv"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("reading CSV", () => {
  it("tells Shift_JIS from UTF-8 by the bytes", () => {
    const sjis = decodeCsv(fs.readFileSync(SJIS));
    expect(sjis.encoding).toBe("shift_jis");
    expect(sjis.text.startsWith("総合政策部")).toBe(true);
    expect(decodeCsv(new TextEncoder().encode(HIRAKATA_UTF8)).encoding).toBe("utf-8");
  });

  it("keeps quoted commas, doubled quotes and texts that look like formulas as text", () => {
    expect(parseCsv('a,"b,c","say ""hi""",=1+2\r\n"line\nbreak",,')).toEqual([
      ["a", "b,c", 'say "hi"', "=1+2"],
      ["line\nbreak", "", ""],
    ]);
    const read = readCsv(new TextEncoder().encode("指標,目標値\n=HYPERLINK(1),0012\n"), "x");
    expect(read.ok && read.snapshot.sheets[0]?.values).toEqual([
      ["指標", "目標値"],
      ["=HYPERLINK(1)", "0012"],
    ]);
  });

  it("reads back any table written by RFC 4180's rules", () => {
    const field = fc.string({ unit: fc.constantFrom("a", "指", ",", '"', "\n", " ", "1", "△") });
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }), (rows) => {
        const quote = (f: string) => `"${f.replace(/"/g, '""')}"`;
        const text = rows.map((r) => r.map(quote).join(",")).join("\r\n");
        expect(parseCsv(text)).toEqual(rows);
      }),
    );
  });

  it("keeps a quoted empty field at the very end (found by the property below)", () => {
    expect(parseCsv('""')).toEqual([[""]]);
    expect(parseCsv('a\r\n""')).toEqual([["a"], [""]]);
  });

  it("reads 150,000 rows without overflowing the stack (a spread of every row once did)", () => {
    const text = "指標,目標値,実績値\n" + "x,1,1\n".repeat(150_000);
    const read = readCsv(new TextEncoder().encode(text), "大きい");
    expect(read.ok && read.snapshot.sheets[0]?.used?.rowCount).toBe(150_001);
  });

  it("refuses a CSV over 2 million cells as too large, not as damaged", () => {
    const text = "x,1\n".repeat(1_000_001);
    expect(readCsv(new TextEncoder().encode(text), "大きすぎる")).toEqual({ ok: false, reason: "too-large" });
  });

  it("refuses a binary file", () => {
    expect(readCsv(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]), "x")).toEqual({ ok: false, reason: "binary" });
  });
});

interface JsonGrade {
  sheets: {
    sheet: string;
    tables: { indicators: { name: string; rateText: string | null; grade: string | null }[] }[];
  }[];
}

describe("tassei grade and consolidate on CSV", () => {
  it("grades a Shift_JIS export: R3's target and actual, R2 as the baseline", async () => {
    const r = await run(["grade", path.join(dir, "総合政策部.csv"), "--json"]);
    const json = JSON.parse(r.stdout) as JsonGrade;
    expect(json.sheets[0]?.sheet).toBe("総合政策部");
    expect(json.sheets[0]?.tables[0]?.indicators.map((i) => [i.rateText, i.grade])).toEqual([
      ["104.0%", "A"], // 13.0% ÷ 12.5%
      ["96.0%", "B"], // 60.0% ÷ 62.5%
      [null, null], // 作業中
    ]);
    expect(json.sheets[0]?.tables[0]?.indicators[2]?.name).toBe('○社会移動数, 転入・転出の"均衡"');
    expect(r.code).toBe(0);
  });

  it("refuses -o for a CSV input, saying why", async () => {
    const r = await run(["grade", path.join(dir, "総合政策部.csv"), "-o", path.join(dir, "out.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("-o takes .xlsx inputs only");
    expect(fs.existsSync(path.join(dir, "out.xlsx"))).toBe(false);
  });

  it("refuses --pdf for a CSV input, saying it is --pdf that cannot be", async () => {
    const r = await run(["grade", path.join(dir, "総合政策部.csv"), "--pdf", path.join(dir, "out.pdf")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("CSV ファイルからは PDF を作れません");
    expect(r.stderr).toContain("A CSV file cannot be printed to a PDF");
    expect(fs.existsSync(path.join(dir, "out.pdf"))).toBe(false);
  });

  it("consolidates a folder of CSV exports, UTF-8 and Shift_JIS alike", async () => {
    const r = await run(["consolidate", dir, "-o", path.join(dir, "city.xlsx"), "--json"]);
    const result = JSON.parse(r.stdout) as ConsolidationResult;
    // One fiscal year per summary: the latest, 令和7年度; 総合政策部's 令和3年度 export is skipped with its year.
    expect(result.departments.map((d) => [d.department, d.fiscalYear, d.grade])).toEqual([
      // 504 ÷ 630 = 80% B, 14 ÷ 35 = 40% D: (80 + 40) ÷ 2 = 60%: C
      ["市長公室", 2025, "C"],
    ]);
    expect(result.sources.map((s) => [s.department, s.fiscalYear, s.status])).toEqual([
      ["市長公室", 2025, "ok"],
      ["総合政策部", 2021, "skipped"],
    ]);
    // --year chooses another year: 令和3年度, (100 + 96) ÷ 2 = 98%: B.
    const r3 = await run(["consolidate", dir, "-o", path.join(dir, "city-r3.xlsx"), "--json", "--year", "R3"]);
    const older = JSON.parse(r3.stdout) as ConsolidationResult;
    expect(older.fiscalYear).toBe(2021);
    expect(older.departments.map((d) => [d.department, d.fiscalYear, d.grade])).toEqual([["総合政策部", 2021, "B"]]);
  });
});
