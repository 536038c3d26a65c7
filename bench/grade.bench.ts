/**
 * The Grade job in the in-memory Excel through the Office.js adapter, for sheets of 10, 1,000 and 10,000
 * indicator rows, as the pane's Excel job runs it: readForGrading (the sheet's values, where its formulas
 * are, the log's size, then the value columns' formats), planGrade (and, when it rewrites formulas, their
 * text read for the log and a second plan), applyPlan. Round trips and bytes are what Excel would see;
 * times are the in-memory Excel's (HyperFormula recalculating the formulas included) and the core's,
 * not Excel's. Beside each plan time: the engine alone (evaluateIndicator) on the same rows.
 *
 * Each sheet is graded twice: the first grading converts typed texts (`1,200件`, `△5人`) to numbers,
 * writes the engine's figures where the live formula cannot show them, and logs it all; the second finds
 * nothing to change.
 */
import { performance } from "node:perf_hooks";
import { planGrade } from "../src/core/grade";
import { planDepartmentSheet } from "../src/core/sheet/department-sheet";
import { applyPlan } from "../src/excel/apply";
import { DEFAULT_SCALE, evaluateIndicator } from "../src/core/rules";
import { findKpiTables } from "../src/core/sheet/find-tables";
import { kpiRowInput } from "../src/core/sheet/kpi/kpi-row-input";
import { isIndicatorRow, kpiRows, valuesInColumnOrder } from "../src/core/sheet/kpi/kpi-rows";
import type { WorkbookSnapshot } from "../src/core/workbook/snapshot";
import { readForGrading, withLoggedFormulas } from "../src/core/jobs/grade";
import { officeJsPort } from "../src/excel/port";
import { createInMemoryExcel, type InMemoryExcel } from "../packages/in-memory-excel/src";
import { typedIndicatorsDepartment } from "../test/support/plans";

const SHEET = "政策推進部";

interface Figures {
  syncs: number;
  bytesSent: number;
  bytesReceived: number;
  ms: number;
}

async function measured<T>(excel: InMemoryExcel, work: () => Promise<T>): Promise<[T, Figures]> {
  const before = excel.stats.syncs.length;
  const start = performance.now();
  const value = await work();
  const ms = performance.now() - start;
  const syncs = excel.stats.syncs.slice(before);
  return [
    value,
    {
      syncs: syncs.length,
      bytesSent: syncs.reduce((sum, s) => sum + s.requestBytes, 0),
      bytesReceived: syncs.reduce((sum, s) => sum + s.responseBytes, 0),
      ms,
    },
  ];
}

async function gradeOnce(excel: InMemoryExcel, now: Date, label: string): Promise<void> {
  const [snapshot, read] = await measured(excel, () => excel.run((context) => readForGrading(officeJsPort(context))));
  const start = performance.now();
  const planned = planGrade(snapshot, SHEET, { now });
  const planMs = performance.now() - start;
  const [run, logged] = await measured(excel, () =>
    excel.run((context) =>
      withLoggedFormulas(officeJsPort(context), snapshot, (s) =>
        s === snapshot ? planned : planGrade(s, SHEET, { now }),
      ),
    ),
  );
  if (!run.ok) throw new Error(run.message.en);
  const [, apply] = await measured(excel, () => excel.run((context) => applyPlan(context, run.plan)));
  const rows = run.result.tables.reduce((n, t) => n + t.indicators.length, 0);
  const p = `grade ${rows} rows ${label}`;
  console.log(
    `${p} read: ${read.syncs} syncs, ${read.bytesSent} bytes sent, ${read.bytesReceived} bytes received, ${read.ms.toFixed(0)} ms`,
  );
  console.log(
    `${p} plan: ${planMs.toFixed(0)} ms, ${run.result.conversions.length} conversions; engine alone on the same rows: ${engineMs(snapshot).toFixed(1)} ms`,
  );
  console.log(`${p} formula text for the log: ${logged.syncs} syncs, ${logged.bytesReceived} bytes received`);
  console.log(`${p} apply: ${apply.syncs} syncs, ${apply.bytesSent} bytes sent, ${apply.ms.toFixed(0)} ms`);
  console.log(
    `${p} total: ${read.syncs + logged.syncs + apply.syncs} syncs, ${(read.ms + logged.ms + apply.ms).toFixed(0)} ms`,
  );
}

/** evaluateIndicator alone over the sheet's KPI rows, as grading reads them. */
function engineMs(snapshot: WorkbookSnapshot): number {
  const sheet = snapshot.sheets.find((x) => x.name === SHEET)!;
  const rows = findKpiTables(sheet)
    .flatMap((table) => kpiRows(sheet, table))
    .filter(isIndicatorRow);
  const inputs = rows.map((row) => {
    const reading = kpiRowInput(valuesInColumnOrder(row.cells));
    return reading.ok ? reading.input : null;
  });
  const start = performance.now();
  for (const input of inputs) if (input) evaluateIndicator(input, DEFAULT_SCALE);
  return performance.now() - start;
}

async function main() {
  for (const rows of [10, 1_000, 10_000]) {
    const excel = createInMemoryExcel({ sheets: [] });
    const sheet = planDepartmentSheet(typedIndicatorsDepartment(SHEET, rows), { sheetName: SHEET, sheetId: "bench" });
    const start = performance.now();
    await excel.run((context) => applyPlan(context, { sheets: [sheet] }));
    console.log(`grade ${rows} rows setup (insert, not graded): ${(performance.now() - start).toFixed(0)} ms`);
    await gradeOnce(excel, new Date("2025-07-01T01:00:00Z"), "first");
    await gradeOnce(excel, new Date("2025-07-02T01:00:00Z"), "again");
  }
}

void main();
