/**
 * The cached values of a chart, read from the exceljs worksheet when the file is saved: a reader that
 * does not recalculate (a viewer, a preview pane) draws the chart from them.
 */
import type ExcelJS from "exceljs";
import type { RangeRef } from "@tassei/excel-rules";
import type { ChartPlan } from "../core/workbook/plan";
import { type ChartData, chartRanges } from "./chart-part";
import { decodeOoxmlText } from "./ooxml-text";

/** A cell's value as exceljs holds it: a constant, or a formula with the result it was loaded with. */
function plainValue(value: ExcelJS.CellValue): unknown {
  if (value === null || typeof value !== "object" || value instanceof Date) return value;
  if ("result" in value) return value.result;
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("text" in value) return value.text;
  return null;
}

function cellOf(worksheet: ExcelJS.Worksheet, row: number, column: number): unknown {
  const found = worksheet.findRow(row + 1);
  if (!found) return null;
  const value = plainValue(found.getCell(column + 1).value);
  // Texts are kept encoded (ooxml-text.ts) while they sit in exceljs.
  return typeof value === "string" ? decodeOoxmlText(value) : value;
}

/** A cell's plain value (text, number, …) at a zero-based position, or null. */
export type CellRead = (row: number, column: number) => unknown;

function textAt(read: CellRead, row: number, column: number): string | null {
  const value = read(row, column);
  if (value === null || value === undefined || value === "") return null;
  return typeof value === "string" ? value : String(value);
}

function numberAt(read: CellRead, row: number, column: number): number | null {
  const value = read(row, column);
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

/** The cells of a one-row or one-column range, in order. */
function cells<T>(range: RangeRef, read: (row: number, column: number) => T): T[] {
  if (range.rowCount === 1 && range.columnCount > 1) {
    return Array.from({ length: range.columnCount }, (_, i) => read(range.row, range.column + i));
  }
  return Array.from({ length: range.rowCount }, (_, i) => read(range.row + i, range.column));
}

export function chartData(worksheet: ExcelJS.Worksheet, plan: ChartPlan): ChartData {
  return chartDataFrom((row, column) => cellOf(worksheet, row, column), plan);
}

/** The values a chart shows, from whatever holds the cells. */
export function chartDataFrom(read: CellRead, plan: ChartPlan): ChartData {
  const ranges = chartRanges(plan.source, plan.seriesBy);
  return {
    categories: cells(ranges.categories, (r, c) => textAt(read, r, c)),
    series: ranges.values.map((values, i) => {
      const name = ranges.names[i];
      return {
        name: name ? textAt(read, name.row, name.column) : null,
        values: cells(values, (r, c) => numberAt(read, r, c)),
      };
    }),
  };
}
