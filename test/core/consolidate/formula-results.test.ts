/**
 * Every formula of the summary carries the result it gives (issue #14), so a file read without
 * recalculation shows the figures. The seeds' plan is checked against the in-memory Excel, which
 * recalculates with HyperFormula; a hand-worked 合計 row checks the sums themselves.
 */
import { SUMMARY_SHEET_NAME, planConsolidation } from "../../../src/core/consolidate";
import { layoutSummary } from "../../../src/core/consolidate/layout";
import type { DepartmentLine } from "../../../src/core/consolidate/sections";
import { planGrade } from "../../../src/core/grade";
import { cellAddress } from "@tassei/excel-rules";
import { type Formula, type SheetPlan, emptySheetPlan, isFormula } from "../../../src/core/workbook/plan";
import { officeJsAdapter } from "../../support/adapters";
import { DEFAULT_SCALE } from "../../../src/core/rules";
import { EMPTY_CITY } from "../../support/city";
import { NOW, plannedCells, seedWorkbook } from "./support";

jest.setTimeout(120_000);

describe("the seeds' summary plan", () => {
  let formulas: [string, Formula][];
  let computed: Map<string, unknown>;

  beforeAll(async () => {
    const adapter = officeJsAdapter();
    await seedWorkbook(adapter);
    // 市長公室 graded on its sheet: its goals' 達成度 cells then hold what the Grade job wrote, not typed grades.
    const toGrade = await adapter.read({ sheets: "all" });
    const graded = planGrade(toGrade, "市長公室", { now: NOW });
    if (!graded.ok) throw new Error(graded.message.en);
    await adapter.apply(graded.plan);

    const snapshot = await adapter.read({ sheets: "all" });
    const run = planConsolidation(snapshot, [{ kind: "this-workbook", snapshot }], { now: NOW });
    if (!run.ok) throw new Error(run.message.en);
    const summary = run.plan.sheets[0] as SheetPlan;
    formulas = [...plannedCells(summary)].filter((entry): entry is [string, Formula] => isFormula(entry[1]));
    await adapter.apply(run.plan);

    // Office.js `values`, not the snapshot: a formula giving "" reads as "" there (the snapshot makes it null).
    computed = await adapter.excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(SUMMARY_SHEET_NAME);
      const ranges = formulas.map(([address]) => [address, sheet.getRange(address).load("values")] as const);
      await context.sync();
      return new Map(ranges.map(([address, range]) => [address, range.values[0]?.[0]]));
    });
  });

  it("has both kinds of formula, some giving a grade and some giving blank", () => {
    const texts = formulas.map(([, f]) => f.formula);
    expect(texts.filter((t) => t.startsWith("=SUM("))).toHaveLength(8);
    const references = formulas.filter(([, f]) => f.formula.startsWith("=IF("));
    expect(references.length).toBeGreaterThan(0);
    expect(references.some(([, f]) => f.result === "")).toBe(true);
    expect(references.some(([, f]) => typeof f.result === "string" && /^[A-E]$/.test(f.result))).toBe(true);
  });

  it("gives every formula a result, the value the in-memory Excel computes for its cell", () => {
    for (const [address, formula] of formulas) {
      expect([address, formula.formula, formula.result]).toEqual([address, formula.formula, computed.get(address)]);
    }
  });
});

describe("the 合計 row of two departments", () => {
  const line = (department: string, counts: Record<string, number>, indicators: number, goals: number) =>
    ({
      summary: {
        department,
        fiscalYear: 2025,
        source: 0,
        goals,
        indicators,
        counts,
        rate: null,
        grade: null,
        scaleId: "default",
        previous: null,
        interim: null,
      },
      label: `${department}.xlsx`,
      scaleName: "標準",
    }) satisfies DepartmentLine;

  it("carries the hand-added sums, a letter off one department's scale counting as nothing", () => {
    const layout = layoutSummary({
      now: NOW,
      letters: ["A", "B", "C", "D", "E"],
      scale: DEFAULT_SCALE,
      city: EMPTY_CITY,
      departments: [
        line("総務部", { A: 3, B: 2, C: 1, D: 0, E: 1, ungraded: 2 }, 9, 3),
        // No E on 市民部's scale: its E cell is blank, not 0.
        line("市民部", { A: 1, B: 4, C: 0, D: 2, ungraded: 0 }, 7, 2),
      ],
      groups: [],
      goals: [],
      changes: [],
      unsigned: [],
      history: null,
      exceptions: [],
      sources: [],
    });
    const { first, count, total } = layout.departmentRows;
    expect(count).toBe(2);
    expect(total).toBe(first + 2);
    const cells = plannedCells({ ...emptySheetPlan(SUMMARY_SHEET_NAME, "create"), ...layout.plan });
    // 部局, A–E, 未評価, 指標数, 重点目標数.
    const totalRow = Array.from({ length: 9 }, (_, c) => cells.get(cellAddress({ row: total as number, column: c })));
    const [a, b] = [first + 1, first + 2];
    // A 3+1, B 2+4, C 1+0, D 0+2, E 1+blank, 未評価 2+0, 指標数 9+7, 重点目標数 3+2.
    expect(totalRow).toEqual([
      "合計",
      { formula: `=SUM(B${a}:B${b})`, result: 4 },
      { formula: `=SUM(C${a}:C${b})`, result: 6 },
      { formula: `=SUM(D${a}:D${b})`, result: 1 },
      { formula: `=SUM(E${a}:E${b})`, result: 2 },
      { formula: `=SUM(F${a}:F${b})`, result: 1 },
      { formula: `=SUM(G${a}:G${b})`, result: 2 },
      { formula: `=SUM(H${a}:H${b})`, result: 16 },
      { formula: `=SUM(I${a}:I${b})`, result: 5 },
    ]);
  });
});
