/**
 * The command line on workbooks laid out by hand (written with exceljs from the seeds' text, merges and
 * hidden rows included): `tassei grade --json` reports them in the same shape as Tassei's own sheets, and
 * `tassei consolidate` reads a folder of them; inputs are never written. Figures are worked out by hand
 * in test/core/sheet/hand-made.test.ts; here they are checked through real files.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { ConsolidationResult } from "../../src/core/consolidate";
import { mergedHeaderWorkbookBytes } from "../support/department-files";
import { HAND_MADE_WORKBOOKS, writeHandMadeXlsx } from "../support/hand-made-workbooks";
import { run } from "./streams";

jest.setTimeout(120_000);

let dir: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "tassei-hand-made-"));
  for (const workbook of HAND_MADE_WORKBOOKS) {
    fs.writeFileSync(path.join(dir, workbook.file), await writeHandMadeXlsx(workbook));
  }
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const sha = (file: string) => createHash("sha256").update(fs.readFileSync(file)).digest("hex");

interface JsonGrade {
  sheets: {
    sheet: string;
    ok: boolean;
    department: { grade: string | null; rateText: string | null };
    goals: { no: number; title: string; grade: string | null }[];
    tables: {
      name: string;
      indicators: {
        cell: string;
        name: string;
        rateText: string | null;
        grade: string | null;
        reason: string | null;
      }[];
    }[];
    problems: { cell: string; reason: string }[];
    conversions: unknown[];
  }[];
}

describe("tassei grade on hand-made workbooks", () => {
  it("grades 枚方's small tables: sheets → tables → indicators and goals, as for Tassei's sheets", async () => {
    const file = path.join(dir, "hirakata.xlsx");
    const before = sha(file);
    const r = await run(["grade", file, "--json"]);
    expect(r.stderr).toBe("");
    const json = JSON.parse(r.stdout) as JsonGrade;
    const [sheet] = json.sheets;
    expect(sheet?.sheet).toBe("市長公室");
    expect(sheet?.tables.map((t) => t.name)).toEqual(["A11:D12", "A17:D19", "A23:D24", "A29:D30"]);
    expect(sheet?.tables.flatMap((t) => t.indicators.map((i) => [i.cell, i.rateText, i.grade]))).toEqual([
      ["D12", "108.0%", "A"],
      ["D18", "80.0%", "B"],
      ["D19", "40.0%", "D"],
      ["D24", "99.0%", "B"],
      ["D30", null, null],
    ]);
    expect(sheet?.goals.map((g) => [g.no, g.grade])).toEqual([
      [1, "A"],
      [2, "C"],
      [3, "B"],
      [4, null],
      [5, null],
    ]);
    expect(sheet?.department).toMatchObject({ grade: "B", rateText: "86.3%" });
    // One numbering: the row beside cell D12 is row 12, as Excel shows it.
    const first = (sheet?.tables[0]?.indicators[0] ?? {}) as { cell?: string; row?: number };
    expect([first.cell, first.row]).toEqual(["D12", 12]);
    expect(sheet?.conversions).toEqual([]);
    expect(r.code).toBe(0);
    expect(sha(file)).toBe(before);
  });

  it("reads merged two-row headers and hidden rows from the file", async () => {
    const r = await run(["grade", path.join(dir, "two-row-header.xlsx"), "--json"]);
    const json = JSON.parse(r.stdout) as JsonGrade;
    expect(json.sheets[0]?.tables[0]?.indicators.map((i) => [i.cell, i.grade])).toEqual([
      ["E5", "B"],
      ["E6", "D"], // a hidden row, still read
      ["E7", "A"],
    ]);
  });

  it("takes .xlsm like .xlsx, and exits 1 for the typed letter that disagrees", async () => {
    const r = await run(["grade", path.join(dir, "plain-list.xlsm"), "--json"]);
    const json = JSON.parse(r.stdout) as JsonGrade;
    expect(json.sheets[0]?.problems).toEqual([expect.objectContaining({ cell: "J8", reason: "typed_grade_differs" })]);
    expect(r.code).toBe(1);
  });

  it("writes a graded copy with -o that reads back with the same grades", async () => {
    const input = path.join(dir, "kawanishi-r3.xlsx");
    const output = path.join(dir, "out", "kawanishi-graded.xlsx");
    fs.mkdirSync(path.dirname(output), { recursive: true });
    const r = await run(["grade", input, "-o", output]);
    expect(r.code).toBe(0);
    const reread = await run(["grade", output, "--json"]);
    const json = JSON.parse(reread.stdout) as JsonGrade;
    expect(json.sheets[0]?.tables[0]?.indicators.map((i) => i.grade)).toEqual([null, "A", "B", "D"]);
  });

  it("reads a printed KPI list with a merged title and a merged two-row header (once refused as unreadable)", async () => {
    const file = path.join(dir, "merged-header.xlsx");
    fs.writeFileSync(file, await mergedHeaderWorkbookBytes());
    const r = await run(["grade", file, "--json"]);
    const json = JSON.parse(r.stdout) as JsonGrade;
    // 81 ÷ 90 = 0.9: B, as typed; 70,000 ÷ 65,000 = 1.0769…: A, as typed; no disagreement.
    expect(json.sheets[0]?.tables[0]?.indicators.map((i) => [i.name, i.rateText, i.grade])).toEqual([
      ["窓口満足度", "90.0%", "B"],
      ["電子申請件数", "107.7%", "A"],
    ]);
    expect(json.sheets[0]?.problems).toEqual([]);
    expect(r.code).toBe(0);
  });

  it("grades 20 departments in one workbook, one per sheet", async () => {
    const r = await run(["grade", path.join(dir, "twenty-departments.xlsx"), "--json"]);
    const json = JSON.parse(r.stdout) as JsonGrade;
    // Department k has k indicators, each at exactly its target: all A, 1 + 2 + … + 20 = 210 indicators.
    expect(json.sheets.map((s) => s.sheet)).toEqual(Array.from({ length: 20 }, (_, i) => `部${i + 1}`));
    expect(json.sheets.map((s) => s.department.grade)).toEqual(Array.from({ length: 20 }, () => "A"));
    expect(json.sheets.flatMap((s) => s.tables.flatMap((t) => t.indicators))).toHaveLength(210);
  });

  it("says what would make a workbook with no department sheet readable", async () => {
    const r = await run(["grade", path.join(dir, "memo-only.xlsx")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("指標 | 令和7年度目標値 | 令和7年度実績値");
    expect(r.stderr).toContain("header row of 指標 and 目標値 or 実績値");
  });
});

describe("tassei consolidate on a folder of hand-made workbooks", () => {
  let result: ConsolidationResult;
  let code: number;
  let progress: string;
  const hashes = new Map<string, string>();

  beforeAll(async () => {
    const sources = path.join(dir, "sources");
    fs.mkdirSync(sources, { recursive: true });
    for (const file of [
      "hirakata.xlsx",
      "kashiwara.xlsx",
      "plain-list.xlsx",
      "two-orders.xlsx",
      "with-memo.xlsx",
      "memo-only.xlsx",
    ]) {
      fs.copyFileSync(path.join(dir, file), path.join(sources, file));
      hashes.set(file, sha(path.join(sources, file)));
    }
    const r = await run(["consolidate", sources, "-o", path.join(dir, "city.xlsx"), "--json"]);
    code = r.code;
    progress = r.stderr;
    result = JSON.parse(r.stdout) as ConsolidationResult;
    for (const [file, hash] of hashes) expect(sha(path.join(sources, file))).toBe(hash);
  });

  it("reads every department, each with the grade its own sheet gives", () => {
    const rows = result.departments.map((d) => [d.department, d.fiscalYear, d.grade]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ["市長公室", 2025, "B"],
        ["政策推進部", 2025, "C"],
        ["環境部", 2025, "B"],
        ["健康福祉部", 2025, "B"],
      ]),
    );
    // with-memo.xlsx holds 市長公室's spring sheet: its memo sheet is skipped, the sheet itself read
    // (and, being 市長公室 again in the same year, listed as a duplicate).
    expect(rows.filter(([name]) => name === "市長公室")).toHaveLength(2);
  });

  it("lists what it cannot read as one exception naming the file and what would make it readable", () => {
    const failed = result.sources.filter((s) => s.status === "failed");
    expect(failed.map((s) => path.basename(s.file ?? ""))).toEqual(["memo-only.xlsx"]);
    const exception = result.exceptions.find((e) => JSON.stringify(e).includes("memo-only.xlsx"));
    expect(JSON.stringify(exception)).toContain("指標");
    // Its progress line never said "read".
    const line = progress.split("\n").find((l) => l.includes("memo-only.xlsx")) ?? "";
    expect(line).toContain("no department sheet");
    expect(line).not.toMatch(/: 読み込みました/);
    expect(code).toBe(1);
  });

  it("lists among 要修正 the typed letter its row's rate disagrees with, as grading does (J8)", () => {
    const toFix = result.exceptions.filter((e) => e.kind === "ungraded" && e.source.includes("plain-list"));
    expect(toFix.map((e) => e.cell)).toContain("J8");
  });

  it("keeps 柏原's 分野 for the per-field section", () => {
    expect(JSON.stringify(result)).toContain("防災");
  });
});
