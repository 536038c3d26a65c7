/**
 * The Office.js adapter on the in-memory Excel: round trips, bytes sent and time to apply a plan of
 * 10, 1,000 and 10,000 indicator rows and to read it back. Round trips and bytes are what Excel
 * would see; the time is the in-memory Excel's (HyperFormula included), not Excel's.
 */
import { performance } from "node:perf_hooks";
import { applyPlan } from "../src/excel/apply";
import { readSnapshot } from "../src/excel/read";
import { createInMemoryExcel } from "../packages/in-memory-excel/src";
import { rowsPlan } from "../test/support/plans";

async function main() {
  for (const rows of [10, 1_000, 10_000]) {
    const excel = createInMemoryExcel();
    let start = performance.now();
    await excel.run((context) => applyPlan(context, rowsPlan("指標", rows)));
    const applyMs = performance.now() - start;
    const applySyncs = excel.stats.syncCount;
    const applyBytes = excel.stats.totalRequestBytes;
    start = performance.now();
    await excel.run((context) => readSnapshot(context, { sheets: ["指標"] }));
    const readMs = performance.now() - start;
    const read = excel.stats.syncs.slice(applySyncs);
    const responseBytes = read.reduce((sum, s) => sum + s.responseBytes, 0);
    console.log(
      `office.js adapter ${rows} rows apply: ${applySyncs} sync, ${applyBytes} bytes sent, ${applyMs.toFixed(0)} ms`,
    );
    console.log(
      `office.js adapter ${rows} rows read: ${read.length} syncs, ${responseBytes} bytes received, ${readMs.toFixed(0)} ms`,
    );
  }
}

void main();
