/**
 * Undo, then grade again, over random departments (issue #14): the sheet goes back cell for cell to what
 * it was before the grading — texts, numbers, formulas, formats, grades, the stamp — and grading again
 * leaves it exactly as the first grading did. Through the pane's own path (gradeActiveSheet and
 * undoLastConversion on the in-memory Excel, lean reads included), with a person's edits between the
 * insert and the grading: a typed-over 達成率 and a text typed as an actual.
 */
import fc from "fast-check";
import type { Indicator } from "../../../src/core/department/model";
import { LOG_SHEET_NAME } from "../../../src/core/grade";
import { planInsert } from "../../../src/core/insert/plan";
import { EMPTY_WORKBOOK, type SheetSnapshot } from "../../../src/core/workbook/snapshot";
import { applyPlan } from "../../../src/excel/apply";
import { gradeActiveSheet, undoLastConversion } from "../../../src/excel/jobs/grade";
import { readSnapshot } from "../../../src/excel/read";
import { createInMemoryExcel, type InMemoryExcel } from "@tassei/in-memory-excel";
import { randomDepartment, randomIndicator } from "../../support/random-department";
import { changedCells, fillKpi, plan } from "./support";

jest.setTimeout(120_000);

const NOW = new Date("2026-03-31T09:00:00Z");

interface Edits {
  readonly rateTypedOver: number | null;
  readonly actualText: { readonly row: number; readonly text: string } | null;
}

async function sheetNow(excel: InMemoryExcel, name: string): Promise<SheetSnapshot> {
  return (await excel.run((c) => readSnapshot(c, { sheets: [name] }))).sheets[0]!;
}

async function check(indicators: readonly Partial<Indicator>[], edits: Edits): Promise<void> {
  const planned = planInsert(
    {
      department: randomDepartment(indicators),
      goalCount: 2,
      layouts: { header: true, goals: true, kpi: true, kgi: false },
      scale: "default",
    },
    EMPTY_WORKBOOK,
  );
  if (!planned.ok) throw new Error("insert refused");
  const name = planned.plan.name;
  const excel = createInMemoryExcel({ sheets: [] });
  await excel.run((c) => applyPlan(c, { sheets: [planned.plan] }));
  const typed: Record<string, Record<string, string | number>> = {};
  if (edits.rateTypedOver !== null) typed[`#${(edits.rateTypedOver % indicators.length) + 1}`] = { 達成率: 0.5 };
  if (edits.actualText !== null) {
    const key = `#${(edits.actualText.row % indicators.length) + 1}`;
    typed[key] = { ...typed[key], 実績値: edits.actualText.text };
  }
  if (Object.keys(typed).length > 0) {
    const fill = plan(fillKpi(await sheetNow(excel, name), typed));
    await excel.run((c) => applyPlan(c, fill));
  }
  const pane = { run: (batch: never) => excel.run(batch), isSetSupported: () => true, now: () => NOW };

  const before = await sheetNow(excel, name);
  const first = await gradeActiveSheet(pane as never);
  if (first.status !== "done") throw new Error(JSON.stringify(first));
  const graded = await sheetNow(excel, name);

  if (first.result.undoable) {
    const undone = await undoLastConversion(pane as never);
    expect(undone.status).toBe("done");
    const after = await sheetNow(excel, name);
    expect(changedCells(before, after)).toEqual([]);
  } else {
    expect(changedCells(before, graded)).toEqual([]);
  }

  const again = await gradeActiveSheet(pane as never);
  if (again.status !== "done") throw new Error(JSON.stringify(again));
  expect(again.result.tables).toEqual(first.result.tables);
  expect(again.result.department).toEqual(first.result.department);
  const regraded = await sheetNow(excel, name);
  expect(changedCells(graded, regraded)).toEqual([]);
  expect(regraded.properties).toEqual(graded.properties);
  const names = (await excel.run((c) => readSnapshot(c, { sheets: [] }))).sheetNames;
  expect(names.includes(LOG_SHEET_NAME)).toBe(first.result.undoable);
}

it("undo puts the sheet back exactly, and grading again gives the first grading's sheet", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(randomIndicator, { minLength: 1, maxLength: 5 }),
      fc.record({
        rateTypedOver: fc.option(fc.nat(10), { nil: null }),
        actualText: fc.option(
          fc.record({ row: fc.nat(10), text: fc.constantFrom("1,200件", "延べ 35 人", "全6回実施", "△5人") }),
          { nil: null },
        ),
      }),
      check,
    ),
    { numRuns: 30, seed: 20261207, endOnFailure: true },
  );
});
