/**
 * Grading's reason in an empty 評価理由 (#18), on a Tassei sheet of five indicators, every figure by hand:
 *
 * | 指標 | 目標 | 実績     | 評価理由 (typed) | after grading                                   |
 * | 件数 | 100  | 作業中   |                  | 【自動】 + why (作業中): not graded             |
 * | 人数 | 100  |          |                  | 【自動】 + why (no actual yet): not graded      |
 * | 回数 | 100  | 80       |                  | untouched: 80% is a B                           |
 * | 率   | 100  | 作業中   | 調査中のため     | untouched: a person's reason is never touched   |
 * | 面積 | 100  | 50       |                  | untouched: 50% is a C (no reason is asked for)  |
 *
 * Grading again writes nothing; typing 90 into 件数 makes it a B (90%) and clears grading's words; undo puts
 * every cell back; the words are never read as a person's reason.
 */
import { planGrade, planUndoLastConversion } from "../../../src/core/grade";
import { AUTO_REASON_MARK } from "../../../src/core/sheet/kpi/auto-reason";
import { readDepartmentSheet } from "../../../src/core/sheet/read-department";
import { findKpiTables } from "../../../src/core/sheet/find-tables";
import { valueAt } from "../../../src/core/workbook/snapshot";
import { type AdapterUnderTest, officeJsAdapter } from "../../support/adapters";
import { department, goal, indicator, insertDepartments } from "../../support/small-departments";
import { fillKpi, gradeThrough, plan, readForGrading, sheetOf } from "./support";

const SHEET = "総務部";
const NOW = new Date("2026-03-31T01:00:00Z");

async function reasons(adapter: AdapterUnderTest): Promise<Record<string, unknown>> {
  const sheet = sheetOf(await adapter.read({ sheets: [SHEET] }), SHEET);
  const table = findKpiTables(sheet)[0]!;
  const name = table.range.column + table.headers.indexOf("指標");
  const reason = table.range.column + table.headers.indexOf("評価理由");
  const rows = Array.from({ length: 5 }, (_, i) => table.range.row + 1 + i);
  return Object.fromEntries(rows.map((row) => [valueAt(sheet, row, name), valueAt(sheet, row, reason)]));
}

async function graded(): Promise<AdapterUnderTest> {
  const adapter = officeJsAdapter();
  const names = ["件数", "人数", "回数", "率", "面積"];
  await insertDepartments(adapter, [
    [
      SHEET,
      department(
        SHEET,
        2025,
        [goal(1, "窓口")],
        names.map((n) => ({ ...indicator(1, n, 100, 0), actual: null })),
      ),
    ],
  ]);
  const sheet = sheetOf(await adapter.read({ sheets: [SHEET] }), SHEET);
  await adapter.apply(
    plan(
      fillKpi(sheet, {
        件数: { 実績値: "作業中" },
        回数: { 実績値: 80 },
        率: { 実績値: "作業中", 評価理由: "調査中のため" },
        面積: { 実績値: 50 },
      }),
    ),
  );
  return adapter;
}

describe("grading's reason in 評価理由", () => {
  it("is written where the engine gives no grade and the cell is empty, marked 【自動】", async () => {
    const adapter = await graded();
    const run = await gradeThrough(adapter, SHEET, NOW);
    if (!run.ok) throw new Error(run.message.en);
    const indicators = run.result.tables.flatMap((t) => t.indicators);
    const message = (name: string) => indicators.find((i) => i.name === name)!.message.ja;
    expect(await reasons(adapter)).toEqual({
      件数: `${AUTO_REASON_MARK}${message("件数")}`,
      人数: `${AUTO_REASON_MARK}${message("人数")}`,
      回数: null,
      率: "調査中のため",
      面積: null,
    });
    expect(message("件数")).toContain("作業中");
    // Grading again finds nothing to write.
    const again = planGrade(await readForGrading(adapter, SHEET), SHEET, { now: NOW });
    if (!again.ok) throw new Error(again.message.en);
    expect(again.plan.sheets).toEqual([]);
    // The department model reads grading's words as no reason at all.
    const read = readDepartmentSheet(sheetOf(await adapter.read({ sheets: [SHEET] }), SHEET));
    if (!read.ok) throw new Error("not read");
    expect(read.department.indicators.map((i) => i.manualGradeReason)).toEqual(["", "", "", "調査中のため", ""]);
  });

  it("goes once the row is graded, and undo puts the cells back", async () => {
    const adapter = await graded();
    await gradeThrough(adapter, SHEET, NOW);
    const sheet = sheetOf(await adapter.read({ sheets: [SHEET] }), SHEET);
    await adapter.apply(plan(fillKpi(sheet, { 件数: { 実績値: 90 } })));
    const run = await gradeThrough(adapter, SHEET, new Date("2026-04-01T01:00:00Z"));
    if (!run.ok) throw new Error(run.message.en);
    expect(run.result.tables[0]!.indicators.find((i) => i.name === "件数")?.grade).toBe("B");
    const after = await reasons(adapter);
    expect(after["件数"]).toBeNull();
    expect(String(after["人数"])).toMatch(/^【自動】/u);

    const undo = planUndoLastConversion(await readForGrading(adapter, SHEET), SHEET, { now: NOW });
    if (!undo.ok) throw new Error(undo.message.en);
    await adapter.apply(undo.plan);
    expect(String((await reasons(adapter))["件数"])).toMatch(/^【自動】.*作業中/u);
  });

  it("never stands for a person's reason: a hand grade with only grading's words still asks for one", async () => {
    const adapter = await graded();
    await gradeThrough(adapter, SHEET, NOW);
    const sheet = sheetOf(await adapter.read({ sheets: [SHEET] }), SHEET);
    // A hand A on 件数, whose 評価理由 holds only grading's words.
    await adapter.apply(plan(fillKpi(sheet, { 件数: { 手入力評価: "A" } })));
    const run = planGrade(await readForGrading(adapter, SHEET), SHEET, { now: NOW });
    if (!run.ok) throw new Error(run.message.en);
    const problem = run.result.problems.find((p) => p.reason === "manual_without_reason");
    expect(problem).toBeDefined();
  });
});
