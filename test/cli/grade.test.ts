/**
 * `tassei grade <in.xlsx> [-o out.xlsx] [--json]` on real files: the seed workbook with actuals typed in,
 * graded sheet by sheet; the input is never written, an existing output never overwritten.
 */
import ExcelJS from "exceljs";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { LOG_SHEET_NAME } from "../../src/core/grade";
import { emptySheetPlan } from "../../src/core/workbook/plan";
import { sampleWorkbookPlan } from "../../src/samples/workbook";
import { readSnapshotFromXlsx } from "../../src/xlsx";
import { xlsxAdapter } from "../support/adapters";
import { fillKpi, plan, sheetOf } from "../core/grade/support";
import { run } from "./streams";

jest.setTimeout(60_000);

let dir: string;
let seeded: string;

beforeAll(async () => {
  const adapter = xlsxAdapter();
  await adapter.apply(sampleWorkbookPlan());
  const s = await adapter.read({ sheets: "all" });
  await adapter.apply(
    plan(
      fillKpi(sheetOf(s, "市長公室"), {
        "シティプロモーションサイト へのアクセス数": { 実績値: "６５，０００件" },
        "ふるさと納税による寄附金 受入額": { 実績値: "５億円" },
        いじめの解消率: { 実績値: "99%(見込み)" },
      }),
    ),
  );
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "tassei-grade-"));
  seeded = path.join(dir, "seeds.xlsx");
  fs.writeFileSync(seeded, adapter.bytes());
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface JsonIndicator {
  cell: string;
  rate: number | null;
  grade: string | null;
  reason: string | null;
}
interface JsonSheet {
  sheet: string;
  ok: boolean;
  gradedAt: string;
  tables: { name: string; indicators: JsonIndicator[] }[];
  problems: { cell: string; reason: string }[];
  conversions: unknown[];
}

const parse = (stdout: string) => JSON.parse(stdout) as { file: string; output: string | null; sheets: JsonSheet[] };

describe("tassei grade", () => {
  it("--json prints every sheet, table and indicator, and exits 1 when there are problems", async () => {
    const before = fs.readFileSync(seeded);
    const r = await run(["grade", seeded, "--json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    const out = parse(r.stdout);
    expect(out.sheets.map((s) => s.sheet)).toEqual([
      "政策推進部",
      "政策推進部 平成25年度",
      "市長公室",
      "都市経営部",
      "総合政策部",
    ]);
    const office = out.sheets.find((s) => s.sheet === "市長公室")!;
    expect(office.tables[0]?.name).toBe("Tassei_KPI_seed002");
    expect(office.tables[0]?.indicators.slice(0, 2)).toEqual([
      expect.objectContaining({ cell: "K31", rate: 1, grade: "A", reason: null }),
      expect.objectContaining({ cell: "K32", rate: null, grade: null, reason: "several_values" }),
    ]);
    expect(office.problems).toEqual([expect.objectContaining({ cell: "G32", reason: "several_values" })]);
    // Without -o nothing is written, and the input is as it was.
    expect(fs.readFileSync(seeded).equals(before)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(["seeds.xlsx"]);
  });

  it("-o writes the graded workbook to a new file; grading that file again keeps the results and the time", async () => {
    const out = path.join(dir, "graded.xlsx");
    const first = await run(["grade", seeded, "-o", out, "--json"]);
    expect(first.code).toBe(1);
    const written = await readSnapshotFromXlsx(fs.readFileSync(out), { sheets: "all" });
    if (!written.ok) throw new Error(written.failure.message.en);
    expect(written.snapshot.sheetNames).toContain(LOG_SHEET_NAME);
    const office = sheetOf(written.snapshot, "市長公室");
    expect(office.values[30]?.[7]).toBe(65000);
    expect(office.formulas[17]?.[12]).toBe('="A"');

    const again = await run(["grade", out, "--json"]);
    const [a, b] = [parse(first.stdout), parse(again.stdout)];
    for (const [x, y] of a.sheets.map((s, i) => [s, b.sheets[i]!] as const)) {
      expect(y.gradedAt).toBe(x.gradedAt);
      expect(y.tables).toEqual(x.tables);
      expect(y.conversions).toEqual([]);
    }
    expect(a.sheets.find((s) => s.sheet === "市長公室")?.conversions.length).toBeGreaterThan(5);
  });

  it("prints a summary in Japanese and English without --json", async () => {
    const r = await run(["grade", seeded]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("シート「市長公室」: 全体の達成度");
    expect(r.stdout).toContain("Sheet “市長公室”: overall grade");
    expect(r.stdout).toContain("セル G32（目標値）");
  });

  it("exits 0 when every sheet grades without a problem", async () => {
    const clean = path.join(dir, "clean.xlsx");
    expect((await run(["new", clean, "--department", "総務部", "--year", "2025"])).code).toBe(0);
    const r = await run(["grade", clean, "--json"]);
    expect(r.code).toBe(0);
    expect(parse(r.stdout).sheets.map((s) => [s.sheet, s.problems])).toEqual([["総務部", []]]);
  });

  it("exits 1 for a workbook without any department sheet", async () => {
    const adapter = xlsxAdapter();
    await adapter.apply(
      plan({
        ...emptySheetPlan("メモ", "create"),
        blocks: [{ anchor: { row: 0, column: 0 }, rows: [["ただのメモ"]] }],
      }),
    );
    const file = path.join(dir, "memo.xlsx");
    fs.writeFileSync(file, adapter.bytes());
    const r = await run(["grade", file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("has no department sheet");
  });

  it("never overwrites: an existing output, or the input as output, is refused with exit 2", async () => {
    const existing = path.join(dir, "exists.xlsx");
    fs.writeFileSync(existing, "keep me");
    const r = await run(["grade", seeded, "-o", existing]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("上書きしません");
    expect(fs.readFileSync(existing, "utf8")).toBe("keep me");
    const before = fs.readFileSync(seeded);
    const same = await run(["grade", seeded, "-o", path.join(dir, ".", "seeds.xlsx")]);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain("never overwrites its input");
    expect(fs.readFileSync(seeded).equals(before)).toBe(true);
  });

  it.each([
    [["grade"], "grade takes exactly one .xlsx file"],
    [["grade", "a.xlsx", "b.xlsx"], "grade takes exactly one .xlsx file"],
    [["grade", "a.xlsx", "--bogus"], "bogus"],
    [["grade", "a.xlsx", "--lower-is-better", "median"], "--lower-is-better"],
  ])("refuses a wrong command line with exit 2 (%j)", async (argv, text) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(text);
    expect(r.stderr).toContain("Usage: tassei --help");
  });

  it("exits 2 for a file it cannot read", async () => {
    const junk = path.join(dir, "junk.xlsx");
    fs.writeFileSync(junk, "this is not a workbook");
    const r = await run(["grade", junk]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Cannot read");
    const missing = await run(["grade", path.join(dir, "missing.xlsx")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("Cannot open");
    expect(missing.stderr).toContain("を開けません");
  });
});

// Regression: `grade -o` loaded the input a second time with exceljs, which refused files Tassei's own
// reader had graded (a sheet name with "/", a DOCTYPE, a control character) and blamed the output. The
// copy is now written from the input's own parts.
// A Tassei file saved by a program that drops worksheet properties (exceljs here; LibreOffice does the
// same): its sheet has lost Tassei's metadata but is still Tassei's, so the graded copy shows the grades
// the command line prints, and grading that copy again changes nothing.
describe("tassei grade -o on a Tassei file another program saved", () => {
  it("writes the grades it prints, and grades the copy again to the same", async () => {
    const made = path.join(dir, "made.xlsx");
    expect((await run(["new", made, "--department", "環境部", "--year", "R7"])).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(fs.readFileSync(made) as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    // The KPI table's header is row 23: its first row, 相談件数, 90 of 120 (75%, B).
    expect(sheet.getCell("B23").value).toBe("指標");
    sheet.getCell("A24").value = 1;
    sheet.getCell("B24").value = "相談件数";
    sheet.getCell("G24").value = 120;
    sheet.getCell("H24").value = 90;
    const saved = path.join(dir, "saved-elsewhere.xlsx");
    fs.writeFileSync(saved, Buffer.from(await workbook.xlsx.writeBuffer()));
    const lost = await readSnapshotFromXlsx(fs.readFileSync(saved), { sheets: "all" });
    if (!lost.ok) throw new Error(lost.failure.message.en);
    expect(lost.snapshot.sheets[0]!.properties).toEqual({});

    const out = path.join(dir, "saved-elsewhere-graded.xlsx");
    const first = await run(["grade", saved, "-o", out, "--json"]);
    expect(first.code).toBe(0);
    expect(parse(first.stdout).sheets[0]!.tables[0]!.indicators[0]).toMatchObject({ cell: "K24", grade: "B" });
    const written = await readSnapshotFromXlsx(fs.readFileSync(out), { sheets: "all" });
    if (!written.ok) throw new Error(written.failure.message.en);
    const graded = sheetOf(written.snapshot, "環境部");
    // 全体の達成度 (B6), 達成率 (J24) and 達成度 (K24) show what was printed, with their cached results.
    expect([graded.values[5]?.[1], graded.values[23]?.[9], graded.values[23]?.[10]]).toEqual(["B", 0.75, "B"]);

    const again = await run(["grade", out, "--json"]);
    expect(parse(again.stdout).sheets[0]!.gradedAt).toBe(parse(first.stdout).sheets[0]!.gradedAt);
  });
});

describe("tassei grade -o on a file exceljs refuses to load", () => {
  it("writes the graded copy, which Tassei reads back", async () => {
    const { handPackage } = await import("../xlsx/package-builder");
    const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
    const bytes = await handPackage({
      sheets: [
        {
          // A sheet name with "/": Excel never writes one, exceljs refuses it, Tassei's reader reads it.
          name: "政策/推進部",
          body:
            `<sheetData><row r="1">${inline("A1", "指標")}${inline("B1", "目標値")}${inline("C1", "実績値")}</row>` +
            `<row r="2">${inline("A2", "相談_x0001_件数")}<c r="B2"><v>100</v></c><c r="C2"><v>80</v></c></row></sheetData>`,
        },
      ],
    });
    // A DOCTYPE in the workbook part, which exceljs's parser refuses.
    const JSZip = (await import("jszip")).default;
    const zip = await JSZip.loadAsync(bytes);
    const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
    zip.file("xl/workbook.xml", workbookXml.replace("?>", "?><!DOCTYPE workbook>"));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tassei-grade-reload-"));
    const input = path.join(dir, "部.xlsx");
    fs.writeFileSync(input, await zip.generateAsync({ type: "uint8array" }));
    const out = path.join(dir, "out.xlsx");
    const r = await run(["grade", input, "-o", out]);
    const written = fs.existsSync(out) ? await readSnapshotFromXlsx(fs.readFileSync(out), { sheets: "all" }) : null;
    const outXml = fs.existsSync(out)
      ? await (await JSZip.loadAsync(fs.readFileSync(out))).file("xl/workbook.xml")!.async("string")
      : "";
    fs.rmSync(dir, { recursive: true, force: true });
    expect(r.stderr).toBe("");
    expect([0, 1]).toContain(r.code);
    if (!written?.ok) throw new Error("the graded copy cannot be read");
    expect(written.snapshot.sheetNames[0]).toBe("政策/推進部");
    const sheet = written.snapshot.sheets[0]!;
    expect(sheet.values[1]?.slice(0, 3)).toEqual(["相談\u0001件数", 100, 80]);
    // The rewritten workbook part lost the DOCTYPE (Excel refuses parts holding one).
    expect(outXml).not.toContain("DOCTYPE");
  });
});

describe("a failed write says why in each language", () => {
  it.each([
    ["ENOSPC", "ディスクの空きが足りません", "no space left"],
    ["EFBIG", "ファイルの大きさの上限", "allowed file size"],
    ["EACCES", "書き込む権限がありません", "permission denied"],
  ])("%s", async (code, ja, en) => {
    const { writeFailureReason } = await import("../../src/cli/write-file");
    const reason = writeFailureReason(Object.assign(new Error(`${code}: system text`), { code }));
    expect(reason.ja).toContain(ja);
    expect(reason.ja).not.toContain("system text");
    expect(reason.en).toContain(en);
  });
});

// The mid-year check (#18): 中間時点 2025/9/30 (half of FY2025) and two interim actuals on 市長公室.
// アクセス数: 30,000 件 against 65,000 × ½ = 32,500 → 12/13 = 92.3%, B (goal 1: the same).
// 人権啓発イベント等の参加者数: 400 人 against 630 × ½ = 315 → 127.0%, A (goal 3: counted 100%, A).
// The department: (12/13 + 1) ÷ 2 = 25/26 = 96.2%, B.
describe("tassei grade at the mid-year check", () => {
  let midYear: string;
  beforeAll(async () => {
    const adapter = xlsxAdapter();
    await adapter.apply(sampleWorkbookPlan());
    const s = await adapter.read({ sheets: "all" });
    const filled = fillKpi(sheetOf(s, "市長公室"), {
      "シティプロモーションサイト へのアクセス数": { 中間実績: "30,000件" },
      "人権啓発イベント等の参加者 数": { 中間実績: 400 },
    });
    // 中間時点, right of its label on the 年度 row (E5).
    const dated = { anchor: { row: 4, column: 4 }, rows: [["2025/9/30"]] };
    await adapter.apply(plan({ ...filled, blocks: [...filled.blocks, dated] }));
    midYear = path.join(dir, "mid-year.xlsx");
    fs.writeFileSync(midYear, adapter.bytes());
  });

  it("--json gives the interim of the department, each goal and each indicator that has one", async () => {
    const r = await run(["grade", midYear, "--json"]);
    const office = JSON.parse(r.stdout).sheets.find((s: { sheet: string }) => s.sheet === "市長公室");
    expect(office.interim).toEqual({
      rule: { basis: "elapsed" },
      date: "2025-09-30",
      dateCell: "E5",
      share: 0.5,
      shareText: "50.0%",
      counts: { A: 1, B: 1, C: 0, D: 0, E: 0, ungraded: 0 },
      department: {
        grade: "B",
        rateText: "96.2%",
        reason: null,
        message: { ja: "達成率 96.2%、達成度 B（概ね達成）", en: "Rate 96.2%, grade B (Mostly achieved)" },
      },
    });
    const indicators = office.tables[0].indicators;
    expect(indicators[0].interim).toMatchObject({ cell: "Q31", rate: 12 / 13, rateText: "92.3%", grade: "B" });
    expect(indicators[2].interim).toMatchObject({ rateText: "127.0%", grade: "A" });
    expect(indicators[1].interim).toBeUndefined();
    expect(office.goals.slice(0, 3).map((g: { interim?: unknown }) => g.interim)).toEqual([
      { grade: "B", rateText: "92.3%", reason: null },
      { grade: null, rateText: null, reason: "no_gradable_indicator" },
      { grade: "A", rateText: "100.0%", reason: null },
    ]);
    // Sheets without a 中間実績 have none.
    expect(
      JSON.parse(r.stdout).sheets.find((s: { sheet: string }) => s.sheet === "政策推進部").interim,
    ).toBeUndefined();
  });

  it("says it in the summary, and -o writes 中間評価 on the sheet", async () => {
    const r = await run(["grade", midYear]);
    expect(r.stdout).toContain("  中間評価 B 96.2%（中間時点 2025/9/30：目標値を年度の経過割合 50.0% で按分）");
    expect(r.stdout).toContain(
      "  Mid-year grade B 96.2% (as of 2025/9/30: the target pro-rated to 50.0%, the share of the fiscal year gone by)",
    );
    const out = path.join(dir, "mid-year-graded.xlsx");
    await run(["grade", midYear, "-o", out]);
    const written = await readSnapshotFromXlsx(fs.readFileSync(out), { sheets: "all" });
    if (!written.ok) throw new Error(written.failure.message.en);
    const office = sheetOf(written.snapshot, "市長公室");
    // Q31 and Q33 (the two indicators), the goals' Q18 (goal 1), the header's G5.
    expect([office.values[30]?.[16], office.values[32]?.[16], office.values[31]?.[16]]).toEqual(["B", "A", null]);
    expect(office.values[17]?.[16]).toBe("B");
    expect(office.values[4]?.[6]).toBe("B");
  });
});
