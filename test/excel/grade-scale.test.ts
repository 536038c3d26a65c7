/**
 * Grading's round trips do not grow with the sheet: 10 and 10,000 typed indicator rows (the worst case:
 * thousands of texts converted to numbers, each with its own number format and a log row) are graded in
 * one Excel.run and a constant number of syncs (read 2, the number formats grading reads 1, the
 * rewritten formulas' text for the log 1, write 1 plus 1 per extra 4 MB chunk), every request and response under Excel on the web's 5 MB.
 * The in-memory Excel computes the formulas (HyperFormula): a second grading compares what the
 * 達成率 / 達成度 cells show with the engine's figures, and finds nothing to write.
 */
import { planDepartmentSheet } from "../../src/core/sheet/department-sheet";
import { applyPlan } from "../../src/excel/apply";
import { gradeActiveSheet, undoLastConversion } from "../../src/excel/jobs/grade";
import { readSnapshot } from "../../src/excel/read";
import { changedCells } from "../core/grade/support";
import { createInMemoryExcel, EXCEL_WEB_PAYLOAD_LIMIT, type InMemoryExcel } from "@tassei/in-memory-excel";
import { typedIndicatorsDepartment } from "../support/plans";

jest.setTimeout(180_000);

const SHEET = "政策推進部";

async function typedSheet(rows: number): Promise<InMemoryExcel> {
  const excel = createInMemoryExcel({ sheets: [] });
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

  it("takes one Excel.run and a constant number of syncs, converting the typed texts", async () => {
    const { outcome, runs, syncs } = await grade(excel, "2025-07-01T01:00:00Z");
    expect(outcome.status).toBe("done");
    if (outcome.status !== "done") return;
    expect(runs).toBe(1);
    // Read 3, and the replaced formulas' text for the log, 1 per 8,000 cells (each of the 10,000 rows has a
    // typed text, so both its cells change); then write: one sync per batch of at most 4 MB, and one more
    // when the sheet's details do not fit beside the last batch.
    const textReads = Math.ceil((2 * rows) / 8_000);
    const reads = syncs.findIndex((sync, i) => i >= 3 && sync.responseBytes < 100);
    expect(reads).toBeGreaterThanOrEqual(3);
    expect(reads).toBeLessThanOrEqual(3 + textReads);
    const writeBytes = syncs.slice(reads).reduce((n, s) => n + s.requestBytes, 0);
    expect(syncs.length - reads).toBeLessThanOrEqual(2 + Math.floor(writeBytes / 4_000_000));
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

  it("grading again reads in at most three syncs, the log's rows not among them, and writes nothing", async () => {
    const { outcome, runs, syncs } = await grade(excel, "2025-07-02T01:00:00Z");
    expect(outcome.status).toBe("done");
    expect(runs).toBe(1);
    expect(syncs.length).toBeLessThanOrEqual(3);
    expect(syncs.every((sync) => sync.requestBytes < 10_000)).toBe(true);
    // 10,000 rows: about 1.6 MB (values 0.93 MB, the 作業中 rows' 【自動】 reasons in 評価理由 0.2 MB, the
    // value columns' formats 0.48 MB); the other formats and the log's rows are not read.
    expect(syncs.reduce((n, sync) => n + sync.responseBytes, 0)).toBeLessThan(165 * rows + 50_000);
  });
});

// #16 item 6: a write that fails after an earlier chunk landed leaves every written change with its log row
// (the log is written first), says so, and 元に戻す puts the sheet back as it was before the grading.
describe("a grading whose last write fails after its first chunk landed", () => {
  it("says part was written; undo puts the sheet back cell for cell", async () => {
    const now = () => new Date("2025-07-01T01:00:00Z");
    // A twin sheet graded in full tells how many syncs a grading of it takes: the last one is made to fail.
    const twin = await typedSheet(8_000);
    const start = twin.stats.syncCount;
    const full = await gradeActiveSheet({ run: (batch) => twin.run(batch), isSetSupported: () => true, now });
    expect(full.status).toBe("done");
    const last = twin.stats.syncCount - start;

    const excel = await typedSheet(8_000);
    const before = (await excel.run((c) => readSnapshot(c, { sheets: [SHEET] }))).sheets[0]!;
    const failing = await gradeActiveSheet({
      run: (batch) =>
        excel.run(async (context) => {
          const sync = context.sync.bind(context);
          let count = 0;
          (context as { sync: () => Promise<void> }).sync = () => {
            count += 1;
            if (count === last) excel.faults.failNextSync({ code: "GeneralException" });
            return sync();
          };
          return batch(context);
        }),
      isSetSupported: () => true,
      now,
    });
    expect(failing.status).toBe("failed");
    if (failing.status === "failed") {
      expect(failing.message.en).toContain("Part of the grading was written");
      expect(failing.message.ja).toContain("「元に戻す」で評価前に戻す");
    }
    const partly = (await excel.run((c) => readSnapshot(c, { sheets: [SHEET] }))).sheets[0]!;
    // Something was written (the first chunk): a partial grading, not nothing.
    expect(changedCells(before, partly).length).toBeGreaterThan(0);
    const undone = await undoLastConversion({ run: (batch) => excel.run(batch), isSetSupported: () => true, now });
    expect(undone.status).toBe("done");
    const after = (await excel.run((c) => readSnapshot(c, { sheets: [SHEET] }))).sheets[0]!;
    expect(changedCells(before, after)).toEqual([]);
  });
});
