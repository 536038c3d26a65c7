/**
 * One bad source is one exception row and every other source is still consolidated: a file that could
 * not be read, a file or a ticked sheet whose table has merged (blank) header cells, a ticked sheet
 * that is missing; the same department in two sources; departments graded on different scales.
 * Snapshots are built from the seeds' sheet plans without a workbook (fast, and exact).
 */
import { gridSheet } from "../../support/grid-sheet";
import { SUMMARY_SHEET_NAME, departmentCount, planConsolidation } from "../../../src/core/consolidate";
import type { ConsolidationResult, ConsolidationRun, ConsolidationSource } from "../../../src/core/consolidate";
import { planGrade } from "../../../src/core/grade";
import { PRESET_SCALES } from "../../../src/core/rules";
import { planDepartmentSheet } from "../../../src/core/sheet/department-sheet";
import type { SheetPlan } from "../../../src/core/workbook/plan";
import type { SheetSnapshot, WorkbookSnapshot } from "../../../src/core/workbook/snapshot";
import { seed002HirakataShichokoshitsuR7, seed003ToyonakaToshikeieiR5 } from "../../../src/samples";
import { sampleWorkbookPlan } from "../../../src/samples/workbook";
import { snapshotOfPlan } from "../sheet/support";
import { NOW, plannedCells } from "./support";

function workbook(sheets: readonly SheetSnapshot[]): WorkbookSnapshot {
  return {
    sheetNames: sheets.map((s) => s.name),
    tableNames: sheets.flatMap((s) => s.tables.map((t) => t.name)),
    sheets: sheets.map((s, position) => ({ ...s, position })),
    activeSheet: sheets[0]?.name ?? null,
    structureProtected: false,
  };
}

const seeds = (): SheetSnapshot[] => sampleWorkbookPlan().sheets.map(snapshotOfPlan);
const seedSheet = (name: string): SheetSnapshot => {
  const sheet = seeds().find((s) => s.name === name);
  if (!sheet) throw new Error(name);
  return sheet;
};

/** A copy of a sheet as a person built it: no Tassei metadata, and the KPI table's header cells merged. */
/**
 * A sheet Tassei cannot read: meeting notes, with neither an indicator header (指標 with 目標値 or
 * 実績値) nor goals. (A copy of Tassei's table whose Excel-table headers were merged away, and 豊中's table
 * of goals, are no longer unreadable: their cells are read as laid out by hand.)
 */
function unreadableSheet(name: string): SheetSnapshot {
  return gridSheet(name, [["部局", "都市経営部"], ["打合せメモ"], ["目標値は来週までに各課へ確認する"]]);
}

function consolidated(run: ConsolidationRun): ConsolidationResult {
  if (!run.ok) throw new Error(run.message.en);
  expect(run.plan.sheets.map((s) => s.name)).toEqual([SUMMARY_SHEET_NAME]);
  return run.result;
}

const kinds = (result: ConsolidationResult) => result.exceptions.map((e) => [e.kind, e.source, e.subject]);

describe("bad sources", () => {
  const target = workbook([seedSheet("市長公室")]);

  it("an unreadable file is one row, first; the other sources are consolidated", () => {
    const reason = { ja: "ZIP 形式ではありません。", en: "Not a zip file." };
    const result = consolidated(
      planConsolidation(
        target,
        [
          { kind: "unreadable", fileName: "壊れた.xlsx", reason },
          { kind: "this-workbook", snapshot: target },
        ],
        { now: NOW },
      ),
    );
    expect(result.sources.map((s) => [s.file, s.sheet, s.status])).toEqual([
      ["壊れた.xlsx", null, "failed"],
      [null, "市長公室", "ok"],
    ]);
    expect(result.departments.map((d) => [d.department, d.source])).toEqual([["市長公室", 1]]);
    expect(result.exceptions[0]).toEqual({
      kind: "unreadable_source",
      department: null,
      source: "壊れた.xlsx",
      cell: null,
      subject: "壊れた.xlsx",
      message: {
        ja: "読み込めないため集計していません: ZIP 形式ではありません。",
        en: "Not consolidated, it cannot be read: Not a zip file.",
      },
    });
  });

  it("a file whose only sheet holds no indicator table: one row naming the file and its sheets", () => {
    const file = workbook([unreadableSheet("都市経営部")]);
    const result = consolidated(
      planConsolidation(
        target,
        [
          { kind: "this-workbook", snapshot: target },
          { kind: "file", fileName: "toyonaka.xlsx", snapshot: file },
        ],
        { now: NOW },
      ),
    );
    expect(result.departments.map((d) => d.department)).toEqual(["市長公室"]);
    expect(kinds(result)[0]).toEqual(["unreadable_source", "toyonaka.xlsx", "toyonaka.xlsx"]);
    expect(result.exceptions[0]?.message.ja).toMatch(
      /^読み込めないため集計していません: 部局のシートが見つかりません（シート: 都市経営部）。読み取れるようにするには.*見出し行を付ける/,
    );
    expect(result.exceptions[0]?.message.en).toContain("(sheets: 都市経営部)");
    expect(result.sources[1]).toMatchObject({ file: "toyonaka.xlsx", sheet: null, status: "failed" });
  });

  it("a ticked sheet with no indicator table, and a ticked sheet that is gone: one row each", () => {
    const broken = unreadableSheet("手作りの表");
    const book = workbook([seedSheet("市長公室"), broken]);
    const result = consolidated(
      planConsolidation(
        book,
        [{ kind: "this-workbook", snapshot: book, sheets: ["市長公室", "手作りの表", "消えた部"] }],
        {
          now: NOW,
        },
      ),
    );
    expect(result.sources.map((s) => [s.sheet, s.status])).toEqual([
      ["市長公室", "ok"],
      ["手作りの表", "failed"],
      ["消えた部", "failed"],
    ]);
    expect(kinds(result).slice(0, 2)).toEqual([
      ["unreadable_source", "手作りの表", "手作りの表"],
      ["unreadable_source", "消えた部", "消えた部"],
    ]);
    expect(result.exceptions[0]?.message.ja).toContain("指標表");
    expect(result.exceptions[1]?.message.ja).toContain("「消えた部」が見つからない");
  });

  it("a protected source sheet is consolidated all the same: it is only read", () => {
    const book = workbook([{ ...seedSheet("都市経営部"), protected: true }]);
    const result = consolidated(planConsolidation(book, [{ kind: "this-workbook", snapshot: book }], { now: NOW }));
    expect(result.sources.map((s) => [s.sheet, s.status])).toEqual([["都市経営部", "ok"]]);
    // Seed 003: 8割 vs 80% → A; 全6回実施 vs 6回 → A.
    expect(result.departments[0]?.counts).toEqual({ A: 2, B: 0, C: 0, D: 0, E: 0, ungraded: 0 });
  });

  it("only failed sources: the summary is still written, with no department rows, 合計 or chart", () => {
    const empty = workbook([]);
    const run = planConsolidation(
      empty,
      [{ kind: "unreadable", fileName: "a.xlsx", reason: { ja: "暗号化されています。", en: "Encrypted." } }],
      { now: NOW },
    );
    consolidated(run);
    const sheet = (run.ok ? run.plan.sheets[0] : undefined) as SheetPlan;
    expect(sheet.charts).toEqual([]);
    const texts = [...plannedCells(sheet).values()];
    expect(texts).not.toContain("合計");
    expect(texts).toContain("該当なし");
  });

  it("no department sheet and no failed source → no_sources", () => {
    const empty = workbook([]);
    for (const sources of [[], [{ kind: "this-workbook", snapshot: empty }]] as ConsolidationSource[][]) {
      const run = planConsolidation(empty, sources, { now: NOW });
      expect(run.ok ? null : [run.reason, run.message.ja]).toEqual([
        "no_sources",
        expect.stringContaining("部局のシート"),
      ]);
    }
  });
});

describe("departments that need a second look", () => {
  it("the same department and year in two sources: both consolidated, one row naming both", () => {
    const book = workbook([seedSheet("市長公室"), seedSheet("都市経営部")]);
    const file = workbook([seedSheet("市長公室")]);
    const run = planConsolidation(
      book,
      [
        { kind: "this-workbook", snapshot: book },
        { kind: "file", fileName: "hirakata.xlsx", snapshot: file },
      ],
      { now: NOW },
    );
    const result = consolidated(run);
    // 都市経営部 is of 2023: one fiscal year per summary, so it is skipped with its year, never added in.
    expect(result.departments.map((d) => [d.department, d.fiscalYear, d.source])).toEqual([
      ["市長公室", 2025, 0],
      ["市長公室", 2025, 2],
    ]);
    expect(result.sources[1]).toMatchObject({ sheet: "都市経営部", fiscalYear: 2023, status: "skipped" });
    // 部 counts count departments: 市長公室 twice is one department (and one duplicate exception).
    expect(departmentCount(result.departments)).toBe(1);
    expect(String(plannedCells((run.ok ? run.plan.sheets[0] : undefined) as SheetPlan).get("A2"))).toContain(
      "部局 1　取込元 3",
    );
    expect(result.exceptions[0]).toMatchObject({
      kind: "duplicate_department",
      department: "市長公室",
      source: "市長公室、hirakata.xlsx / 市長公室",
      cell: null,
      subject: "市長公室 令和7年度 (2025年度)",
    });
    expect(result.exceptions[0]?.message.en).toContain("FY2025");
    // The file's goals are not in this workbook: no link, no live reference.
    const fileGoals = result.goals.filter((g) => g.source === 2);
    expect(fileGoals).toHaveLength(10);
    expect(fileGoals.every((g) => g.link === null)).toBe(true);
    expect(result.goals.filter((g) => g.source === 0).every((g) => g.link?.sheet === "市長公室")).toBe(true);
  });

  it("the same department written with other spaces or character widths is still the same department", () => {
    const book = workbook([seedSheet("市長公室")]);
    const spaced = snapshotOfPlan(
      planDepartmentSheet(
        { ...seed002HirakataShichokoshitsuR7.department, name: "市長　公室 " },
        { sheetName: "市長公室（写し）", sheetId: "copy" },
      ),
    );
    const file = workbook([spaced]);
    const result = consolidated(
      planConsolidation(
        book,
        [
          { kind: "this-workbook", snapshot: book },
          { kind: "file", fileName: "copy.xlsx", snapshot: file },
        ],
        { now: NOW },
      ),
    );
    expect(result.exceptions.filter((e) => e.kind === "duplicate_department")).toHaveLength(1);
  });

  it("different scales: letters of both, default first; each counted on its own scale; said once", () => {
    const points = snapshotOfPlan(
      planDepartmentSheet(seed002HirakataShichokoshitsuR7.department, {
        sheetName: "市長公室 7段階",
        sheetId: "points",
        scale: PRESET_SCALES["points-7"],
      }),
    );
    // Seed 003's department in the same fiscal year as 市長公室 (2025): one year per summary.
    const toyonaka = snapshotOfPlan(
      planDepartmentSheet(
        { ...seed003ToyonakaToshikeieiR5.department, fiscalYear: 2025 },
        { sheetName: "都市経営部", sheetId: "t2025" },
      ),
    );
    const book = workbook([points, toyonaka]);
    const run = planConsolidation(book, [{ kind: "this-workbook", snapshot: book }], { now: NOW });
    const result = consolidated(run);
    expect(result.letters).toEqual(["A", "B", "C", "D", "E", "7", "6", "5", "4", "3", "2", "1", "0"]);
    expect(result.departments.map((d) => [d.department, d.scaleId])).toEqual([
      ["市長公室", "points-7"],
      ["都市経営部", "default"],
    ]);
    // Seed 002 has no actuals yet: all ten indicators are ungraded on the points scale.
    expect(result.departments[0]?.counts).toEqual({
      "7": 0,
      "6": 0,
      "5": 0,
      "4": 0,
      "3": 0,
      "2": 0,
      "1": 0,
      "0": 0,
      ungraded: 10,
    });
    // Seed 003: 8割 vs 80% → A; 全6回実施 vs 6回 → A (6 times of 回; 実施 is what was done).
    expect(result.departments[1]?.counts).toEqual({ A: 2, B: 0, C: 0, D: 0, E: 0, ungraded: 0 });
    expect(result.exceptions[0]).toMatchObject({
      kind: "different_scales",
      department: null,
      source: "市長公室 7段階",
      subject: "達成度 A〜E（標準）、7段階評価（10%刻み）",
    });
    expect(result.exceptions[0]?.message.ja).toContain("各部局はそれぞれの評価尺度で評価");
    expect(result.exceptions[0]?.message.ja).toContain("7段階評価（10%刻み）: 市長公室");
    // On the sheet, a letter a department's scale does not have is blank for it, not 0.
    const sheet = (run.ok ? run.plan.sheets[0] : undefined) as SheetPlan;
    const cells = plannedCells(sheet);
    const header = [...cells].find(([, v]) => v === "部局")?.[0] ?? "";
    const row = Number(header.slice(1)) + 1;
    expect(["B", "F", "G", "N", "O"].map((c) => cells.get(`${c}${row}`))).toEqual(["", "", 0, 0, 10]);
    // 都市経営部 (default scale): A 2 (8割 and 全6回実施), E 0, no points-7 letters, 未評価 0.
    expect(["B", "F", "G", "N", "O"].map((c) => cells.get(`${c}${row + 1}`))).toEqual([2, 0, "", "", 0]);
  });

  // #19: a department whose row says 評価なし is named among the exceptions, so the summary is not read as complete.
  it("a department with nothing graded yet is one exception naming how many indicators wait", () => {
    const department = {
      ...seed003ToyonakaToshikeieiR5.department,
      indicators: [
        { goalNo: 1, name: "まだの指標", unit: "件", target: 10 },
        { goalNo: 1, name: "作業中の指標", unit: "件", target: 10, actual: "作業中" },
      ],
    };
    const sheet = snapshotOfPlan(planDepartmentSheet(department, { sheetName: "都市経営部", sheetId: "n" }));
    const book = workbook([sheet]);
    const result = consolidated(planConsolidation(book, [{ kind: "this-workbook", snapshot: book }], { now: NOW }));
    const nothing = result.exceptions.filter((e) => e.kind === "nothing_graded");
    expect(nothing.map((e) => [e.department, e.message.ja])).toEqual([
      ["都市経営部", "評価できた指標がまだありません（指標 2 件）。部局の行は「評価なし」です。"],
    ]);
    // A department with one graded indicator is not named so.
    const graded = {
      ...department,
      indicators: [{ goalNo: 1, name: "済んだ指標", unit: "件", target: 10, actual: 10 }],
    };
    const other = workbook([snapshotOfPlan(planDepartmentSheet(graded, { sheetName: "都市経営部", sheetId: "g" }))]);
    const run = consolidated(planConsolidation(other, [{ kind: "this-workbook", snapshot: other }], { now: NOW }));
    expect(run.exceptions.some((e) => e.kind === "nothing_graded")).toBe(false);
  });

  it("D and E are the scale's lowest graded level and its not-carried-out level", () => {
    const department = {
      ...seed003ToyonakaToshikeieiR5.department,
      indicators: [
        { goalNo: 1, name: "低い指標", unit: "件", target: 10, actual: 1 },
        { goalNo: 1, name: "取りやめ", unit: "件", target: 10, status: "not_carried_out" as const },
      ],
    };
    const sheet = snapshotOfPlan(
      planDepartmentSheet(department, { sheetName: "都市経営部", sheetId: "p", scale: PRESET_SCALES["points-7"] }),
    );
    const book = workbook([sheet]);
    const result = consolidated(planConsolidation(book, [{ kind: "this-workbook", snapshot: book }], { now: NOW }));
    expect(result.exceptions.map((e) => [e.kind, e.subject, e.message.ja])).toEqual([
      ["grade_d", "重点目標 1: 効果的・効率的な政策マネジメントの推進", "達成率 5.0%、達成度 1（1点（50%未満））"],
      ["grade_d", "低い指標", "達成率 10.0%、達成度 1（1点（50%未満））。評価理由（所見）が書かれていません。"],
      ["grade_e", "取りやめ", "達成度 0（未実施）。評価理由（所見）が書かれていません。"],
    ]);
  });
});

describe("「セルを選択」 goes to the same cell from Grade and from Consolidate", () => {
  it("names the input to fix, not the grade cell, for an indicator grading could not grade", () => {
    const sheet = gridSheet("環境部", [
      ["令和7年度 環境部"],
      ["指標", "目標値", "実績値", "達成度"],
      ["講座の開催", "10件", "8人", null],
    ]);
    const book = workbook([sheet]);
    const graded = planGrade(book, "環境部", { now: NOW });
    if (!graded.ok) throw new Error(graded.message.en);
    // 件 against 人: the unit mismatch is the actual's, C3.
    expect(graded.result.problems.map((p) => [p.cell, p.reason])).toEqual([["C3", "unit_mismatch"]]);
    const result = consolidated(planConsolidation(book, [{ kind: "this-workbook", snapshot: book }], { now: NOW }));
    const ungraded = result.exceptions.filter((e) => e.kind === "ungraded");
    expect(ungraded.map((e) => e.cell)).toEqual(["C3"]);
  });
});

describe("未評価 on a scale graded by hand", () => {
  it("names the 手入力評価 cell to fill in, from Consolidate as from Grade, and no goal as 要修正", () => {
    const department = {
      ...seed003ToyonakaToshikeieiR5.department,
      fiscalYear: 2025,
      indicators: [{ goalNo: 1, name: "手で評価する指標", unit: "件", target: 10, actual: 8 }],
    };
    const sheet = snapshotOfPlan(
      planDepartmentSheet(department, {
        sheetName: "都市経営部",
        sheetId: "q5",
        scale: PRESET_SCALES["qualitative-5"],
      }),
    );
    const book = workbook([sheet]);
    const graded = planGrade(book, "都市経営部", { now: NOW });
    if (!graded.ok) throw new Error(graded.message.en);
    expect(graded.result.waiting.map((w) => w.reason)).toEqual(["manual_grade_required"]);
    const result = consolidated(planConsolidation(book, [{ kind: "this-workbook", snapshot: book }], { now: NOW }));
    const waiting = result.exceptions.filter((e) => e.kind === "missing_actual");
    expect(waiting.map((e) => e.cell)).toEqual(graded.result.waiting.map((w) => w.cell));
    expect(result.exceptions.filter((e) => e.kind === "ungraded")).toEqual([]);
  });
});
