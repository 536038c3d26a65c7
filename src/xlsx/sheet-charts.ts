/**
 * The charts a plan put on each worksheet, kept beside the exceljs workbook (which has no charts) until
 * it is saved, when chart-package.ts writes them into the package. Keyed by the Worksheet object, like
 * the custom properties in sheet-extras.ts.
 */
import type ExcelJS from "exceljs";
import type { ChartPlan } from "../core/workbook/plan";

const chartsBySheet = new WeakMap<ExcelJS.Worksheet, readonly ChartPlan[]>();

export function sheetChartsOf(worksheet: ExcelJS.Worksheet): readonly ChartPlan[] {
  return chartsBySheet.get(worksheet) ?? [];
}

/** Removes the named charts (Excel compares chart names without regard to case); absent names are ignored. */
export function removeSheetCharts(worksheet: ExcelJS.Worksheet, names: readonly string[]): void {
  if (names.length === 0) return;
  const removed = new Set(names.map((n) => n.toLowerCase()));
  chartsBySheet.set(
    worksheet,
    sheetChartsOf(worksheet).filter((c) => !removed.has(c.name.toLowerCase())),
  );
}

/** Adds charts to a sheet; a chart named like one already there replaces it (a regenerated summary). */
export function addSheetCharts(worksheet: ExcelJS.Worksheet, charts: readonly ChartPlan[]): void {
  if (charts.length === 0) return;
  const names = new Set(charts.map((c) => c.name.toLowerCase()));
  const kept = sheetChartsOf(worksheet).filter((c) => !names.has(c.name.toLowerCase()));
  chartsBySheet.set(worksheet, [...kept, ...charts]);
}
