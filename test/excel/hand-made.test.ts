/**
 * Hand-made sheets through the Office.js adapter on the in-memory Excel, as the pane runs it: grading
 * reads them in a constant number of syncs and writes nothing; a column's role corrected in the pane is
 * saved with the sheet (a custom property, no cell) and used by the next grading.
 */
import { applyPlan } from "../../src/excel/apply";
import { convertHandMadeSheet } from "../../src/excel/jobs/convert";
import { gradeActiveSheet, setColumnRole, type GradeDeps } from "../../src/excel/jobs/grade";
import { readSnapshot } from "../../src/excel/read";
import { emptySheetPlan } from "../../src/core/workbook/plan";
import type { CellValue } from "../../src/core/workbook/snapshot";
import { createInMemoryExcel, type InMemoryExcel } from "@tassei/in-memory-excel";
import { SUMMARY_SHEET_NAME } from "../../src/core/consolidate";
import { consolidateIntoWorkbook } from "../../src/excel/jobs/consolidate";
import { HIRAKATA, twentyDepartments } from "../support/hand-made-workbooks";

const NOW = new Date("2026-03-31T09:00:00Z");

function deps(excel: InMemoryExcel): GradeDeps {
  return { run: (batch) => excel.run(batch), isSetSupported: () => true, now: () => NOW };
}

async function handMade(excel: InMemoryExcel, name: string, rows: readonly (readonly CellValue[])[]): Promise<void> {
  const width = Math.max(...rows.map((r) => r.length));
  const cells = rows.map((r) =>
    Array.from({ length: width }, (_, c) => {
      const v = r[c] ?? null;
      return v === null ? undefined : v;
    }),
  );
  await excel.run(async (context) => {
    await applyPlan(context, {
      sheets: [{ ...emptySheetPlan(name, "create"), blocks: [{ anchor: { row: 0, column: 0 }, rows: cells }] }],
    });
    context.workbook.worksheets.getItem(name).activate();
    await context.sync();
  });
}

const allCells = (excel: InMemoryExcel) =>
  excel.run(async (c) => (await readSnapshot(c, { sheets: "all" })).sheets.map((s) => [s.name, s.values, s.formulas]));

describe("a hand-made sheet in Excel", () => {
  it("grades in one Excel.run and at most three syncs, and writes nothing", async () => {
    const excel = createInMemoryExcel();
    await handMade(excel, HIRAKATA.name, HIRAKATA.rows);
    const before = await allCells(excel);
    const stats = { runs: excel.stats.runCount, syncs: excel.stats.syncCount };
    const outcome = await gradeActiveSheet(deps(excel));
    expect(excel.stats.runCount - stats.runs).toBe(1);
    expect(excel.stats.syncCount - stats.syncs).toBeLessThanOrEqual(3);
    if (outcome.status !== "done") throw new Error(JSON.stringify(outcome));
    expect(outcome.result.department).toMatchObject({ grade: "B", rateText: "86.3%" });
    expect(outcome.result.tables[0]?.block?.columns.map((c) => [c.column, c.role])).toEqual([
      ["A", "name"],
      ["B", "target"],
      ["C", "baseline"],
      ["D", "actual"],
    ]);
    expect(await allCells(excel)).toEqual(before);
  });

  it("saves a corrected column role with the sheet and grades with it, now and next time", async () => {
    const excel = createInMemoryExcel();
    // 年度末見込 is no header Tassei knows: the block has no actual until a person says which column it is.
    await handMade(excel, "環境部", [
      ["令和7年度 環境部の運営方針"],
      ["指標", "目標値", "年度末見込"],
      ["リサイクル率", "25%", "20%"],
      ["環境学習講座の参加者数", "400人", "500人"],
    ]);
    const before = await allCells(excel);
    const first = await gradeActiveSheet(deps(excel));
    if (first.status !== "done") throw new Error(JSON.stringify(first));
    expect(first.result.tables[0]?.indicators.map((i) => i.reason)).toEqual(["actual_missing", "actual_missing"]);
    expect(first.result.tables[0]?.block?.columns[2]).toMatchObject({ column: "C", header: "年度末見込", role: null });

    const stats = { runs: excel.stats.runCount, syncs: excel.stats.syncCount };
    const changed = await setColumnRole(deps(excel), {
      sheet: "環境部",
      headerCell: "A2",
      column: "C",
      role: "actual",
    });
    expect(excel.stats.runCount - stats.runs).toBe(1);
    expect(excel.stats.syncCount - stats.syncs).toBeLessThanOrEqual(3);
    if (changed.status !== "done") throw new Error(JSON.stringify(changed));
    // 20% ÷ 25% = 80%: B; 500人 ÷ 400人 = 125%: A.
    expect(changed.result.tables[0]?.indicators.map((i) => [i.rateText, i.grade])).toEqual([
      ["80.0%", "B"],
      ["125.0%", "A"],
    ]);
    expect(changed.result.tables[0]?.block?.columns[2]).toMatchObject({ role: "actual", corrected: true });

    // No cell changed; the choice is a property of the sheet, and the next grading reads with it.
    expect(await allCells(excel)).toEqual(before);
    const saved = await excel.run(async (c) => (await readSnapshot(c, { sheets: ["環境部"] })).sheets[0]?.properties);
    expect(saved).toMatchObject({ "tassei.columns.A2": "C=actual" });
    const again = await gradeActiveSheet(deps(excel));
    if (again.status !== "done") throw new Error(JSON.stringify(again));
    expect(again.result.tables[0]?.indicators.map((i) => i.grade)).toEqual(["B", "A"]);

    // Setting it back to "not used" is saved the same way.
    const off = await setColumnRole(deps(excel), { sheet: "環境部", headerCell: "A2", column: "C", role: "none" });
    if (off.status !== "done") throw new Error(JSON.stringify(off));
    expect(off.result.tables[0]?.indicators.map((i) => i.reason)).toEqual(["actual_missing", "actual_missing"]);
  });

  it("converts to Tassei's layout on a new sheet in one Excel.run and four syncs (the last sets printing), the hand-made sheet unchanged", async () => {
    const excel = createInMemoryExcel();
    await handMade(excel, HIRAKATA.name, HIRAKATA.rows);
    const before = (await allCells(excel)).find(([name]) => name === HIRAKATA.name);
    const stats = { runs: excel.stats.runCount, syncs: excel.stats.syncCount };
    const outcome = await convertHandMadeSheet(deps(excel), HIRAKATA.name);
    expect(excel.stats.runCount - stats.runs).toBe(1);
    expect(excel.stats.syncCount - stats.syncs).toBeLessThanOrEqual(4);
    expect(outcome).toMatchObject({ status: "done", summary: { ja: expect.stringContaining("市長公室（Tassei）") } });
    const after = await allCells(excel);
    expect(after.find(([name]) => name === HIRAKATA.name)).toEqual(before);
    expect(after.map(([name]) => name)).toContain("市長公室（Tassei）");
  });

  it("consolidates 20 hand-made department sheets in one Excel.run and at most four syncs, writing only the summary", async () => {
    const excel = createInMemoryExcel();
    for (const sheet of twentyDepartments()) await handMade(excel, sheet.name, sheet.rows);
    const before = await allCells(excel);
    const stats = { runs: excel.stats.runCount, syncs: excel.stats.syncCount };
    const outcome = await consolidateIntoWorkbook(deps(excel), { files: [] });
    expect(excel.stats.runCount - stats.runs).toBe(1);
    expect(excel.stats.syncCount - stats.syncs).toBeLessThanOrEqual(4);
    if (outcome.status !== "done") throw new Error(JSON.stringify(outcome));
    expect(outcome.result.departments).toHaveLength(20);
    expect(outcome.result.departments.every((d) => d.grade === "A")).toBe(true);
    const after = await allCells(excel);
    expect(after.filter(([name]) => name !== SUMMARY_SHEET_NAME)).toEqual(before);
  });
});
