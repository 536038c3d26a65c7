/**
 * Reading and grading sheets laid out by hand: a workbook of 20 department sheets, 2,000 indicators in
 * all (each sheet 10 goals written as section titles, each with a small 枚方-style table of 10 rows,
 * values typed as text with units). Figures, one per line:
 * - through the .xlsx adapter: reading the file, grading every sheet (finding the blocks included),
 *   and consolidating the file into 全庁サマリー's plan;
 * - through the Office.js adapter on the in-memory Excel: grading one sheet from the pane (syncs,
 *   bytes), and consolidating all 20 sheets into this workbook (syncs, bytes) — the sync counts stay
 *   what they are for Tassei's own sheets.
 * Each timing is the second of two runs, so module loading and JIT warm-up are not counted.
 */
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import { planConsolidation } from "../src/core/consolidate";
import { planGradeSheets } from "../src/core/grade";
import { EMPTY_WORKBOOK } from "../src/core/workbook/snapshot";
import { emptySheetPlan, type PlannedCell } from "../src/core/workbook/plan";
import { applyPlan } from "../src/excel/apply";
import { consolidateIntoWorkbook } from "../src/excel/jobs/consolidate";
import { type GradeDeps, gradeActiveSheet } from "../src/excel/jobs/grade";
import { createInMemoryExcel } from "../packages/in-memory-excel/src";
import { readSnapshotFromXlsx } from "../src/xlsx";

const SHEETS = 20;
const GOALS = 10;
const ROWS = 10;
const NOW = new Date("2026-03-31T09:00:00Z");

function departmentRows(d: number): PlannedCell[][] {
  const rows: PlannedCell[][] = [[`令和7年度 第${d}部の運営方針`], []];
  for (let g = 1; g <= GOALS; g++) {
    rows.push([`重点的な取り組み:第${d}部の重点目標${g}`]);
    rows.push(["取り組みの成果を測る指標", "令和7年度目標値", "令和6年度実績(参考)", "令和7年度実績"]);
    for (let i = 1; i <= ROWS; i++) {
      const target = 1000 + i * 37;
      rows.push([
        `指標${g}-${i}`,
        `${target.toLocaleString("en-US")} 件`,
        `${target - 50} 件`,
        `${(target * (60 + i * 4)) / 100} 件`,
      ]);
    }
    rows.push([]);
  }
  return rows;
}

async function workbookBytes(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (let d = 1; d <= SHEETS; d++) {
    const sheet = book.addWorksheet(`第${d}部`);
    departmentRows(d).forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== undefined) sheet.getCell(r + 1, c + 1).value = value as string;
      }),
    );
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

async function twice<T>(work: () => Promise<T> | T): Promise<{ ms: number; result: T }> {
  await work();
  const start = performance.now();
  const result = await work();
  return { ms: performance.now() - start, result };
}

async function main() {
  const bytes = await workbookBytes();
  console.log(`hand-made workbook: ${SHEETS} sheets, ${SHEETS * GOALS * ROWS} indicators, ${bytes.length} bytes`);

  const read = await twice(() => readSnapshotFromXlsx(bytes, { sheets: "all", formulas: "presence" }));
  if (!read.result.ok) throw new Error("unreadable");
  const snapshot = read.result.snapshot;
  console.log(`hand-made xlsx read: ${read.ms.toFixed(0)} ms`);
  const names = snapshot.sheets.map((s) => s.name);
  const graded = await twice(() => planGradeSheets(snapshot, names, { now: NOW }));
  const indicators = graded.result.sheets.reduce(
    (n, s) => n + (s.outcome.ok ? s.outcome.result.tables.reduce((m, t) => m + t.indicators.length, 0) : 0),
    0,
  );
  console.log(`hand-made grade ${names.length} sheets: ${indicators} indicators graded, ${graded.ms.toFixed(0)} ms`);
  const consolidated = await twice(() =>
    planConsolidation(EMPTY_WORKBOOK, [{ kind: "file", fileName: "hand-made.xlsx", snapshot }], { now: NOW }),
  );
  const departments = consolidated.result.ok ? consolidated.result.result.departments.length : 0;
  console.log(`hand-made consolidate plan: ${departments} departments, ${consolidated.ms.toFixed(0)} ms`);

  const excel = createInMemoryExcel({ sheets: [] });
  await excel.run((context) =>
    applyPlan(context, {
      sheets: Array.from({ length: SHEETS }, (_, i) => ({
        ...emptySheetPlan(`第${i + 1}部`, "create"),
        blocks: [{ anchor: { row: 0, column: 0 }, rows: departmentRows(i + 1) }],
      })),
    }),
  );
  const deps: GradeDeps = { run: (batch) => excel.run(batch), isSetSupported: () => true, now: () => NOW };
  const measure = async (label: string, work: () => Promise<unknown>) => {
    const before = excel.stats.syncs.length;
    const start = performance.now();
    await work();
    const syncs = excel.stats.syncs.slice(before);
    const sent = syncs.reduce((sum, s) => sum + s.requestBytes, 0);
    const received = syncs.reduce((sum, s) => sum + s.responseBytes, 0);
    console.log(
      `${label}: ${syncs.length} syncs, ${sent} bytes sent, ${received} bytes received, ${(performance.now() - start).toFixed(0)} ms`,
    );
  };
  await measure("hand-made grade one sheet (Office.js)", () => gradeActiveSheet(deps));
  await measure(`hand-made consolidate ${SHEETS} sheets (Office.js)`, () =>
    consolidateIntoWorkbook(deps, { files: [] }),
  );
}

void main();
