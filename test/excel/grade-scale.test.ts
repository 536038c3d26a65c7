/**
 * Grading's round trips do not grow with the sheet: 10 and 10,000 typed indicator rows (the worst case:
 * thousands of texts converted to numbers, each with its own number format and a log row) are graded in
 * one Excel.run and at most three syncs, every request and response under Excel on the web's 5 MB.
 *
 * The sheet's live formulas are not computed here (an engine that leaves them empty): grading reads the
 * input cells and where the formulas are, never their results, and HyperFormula would spend a minute
 * parsing 20,000 long formulas that have no bearing on the round trips counted.
 */
import { planDepartmentSheet } from "../../src/core/layout/department-sheet";
import { applyPlan } from "../../src/excel/apply";
import { gradeActiveSheet } from "../../src/excel/jobs/grade";
import { buildInMemoryExcel, EXCEL_WEB_PAYLOAD_LIMIT, type FormulaEngine, type InMemoryExcel } from "../../src/preview";
import { typedIndicatorsDepartment } from "../support/plans";

jest.setTimeout(180_000);

const SHEET = "政策推進部";

/** Keeps contents, computes nothing: every formula reads as an empty cell. */
function formulasLeftEmpty(): FormulaEngine {
  return {
    addSheet: () => undefined,
    removeSheet: () => undefined,
    renameSheet: () => undefined,
    setName: () => undefined,
    setCells: () => undefined,
    getValue: () => null,
    batch: (work) => work(),
    destroy: () => undefined,
  };
}

async function typedSheet(rows: number): Promise<InMemoryExcel> {
  const excel = buildInMemoryExcel(formulasLeftEmpty, { sheets: [] });
  const plan = planDepartmentSheet(typedIndicatorsDepartment(SHEET, rows), { sheetName: SHEET, sheetId: "scale" });
  await excel.run((context) => applyPlan(context, { sheets: [plan] }));
  return excel;
}

async function grade(excel: InMemoryExcel, now: string) {
  const before = { runs: excel.stats.runCount, syncs: excel.stats.syncs.length };
  const outcome = await gradeActiveSheet({
    run: (batch) => excel.run(batch),
    isSetSupported: () => true,
    now: () => new Date(now),
  });
  const syncs = excel.stats.syncs.slice(before.syncs);
  return { outcome, runs: excel.stats.runCount - before.runs, syncs };
}

describe.each([10, 10_000])("grading %i typed indicator rows", (rows) => {
  let excel: InMemoryExcel;
  beforeAll(async () => {
    excel = await typedSheet(rows);
  });

  it("takes one Excel.run and at most three syncs, converting the typed texts", async () => {
    const { outcome, runs, syncs } = await grade(excel, "2025-07-01T01:00:00Z");
    expect(outcome.status).toBe("done");
    if (outcome.status !== "done") return;
    expect(runs).toBe(1);
    expect(syncs.length).toBeLessThanOrEqual(3);
    for (const sync of syncs) {
      expect(sync.outcome).toBe("ok");
      expect(sync.requestBytes).toBeLessThan(EXCEL_WEB_PAYLOAD_LIMIT);
      expect(sync.responseBytes).toBeLessThan(EXCEL_WEB_PAYLOAD_LIMIT);
    }
    // The five kinds of row in turn: `1000件` target and actual (2); `51%` target, its `(見込み)` actual
    // kept (1); `△12人` baseline and `△2人` actual (2); numbers (0); `2,400人` target, 作業中 kept (1).
    const perKind = [2, 1, 2, 0, 1];
    const expected = Array.from({ length: rows }, (_, i) => perKind[i % 5]!).reduce((a, b) => a + b, 0);
    expect(outcome.result.conversions).toHaveLength(expected);
  });

  it("grading again reads in at most three syncs and writes nothing", async () => {
    const { outcome, runs, syncs } = await grade(excel, "2025-07-02T01:00:00Z");
    expect(outcome.status).toBe("done");
    expect(runs).toBe(1);
    expect(syncs.length).toBeLessThanOrEqual(3);
    expect(syncs.every((sync) => sync.requestBytes < 10_000)).toBe(true);
  });
});
