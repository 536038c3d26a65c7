/**
 * The cells whose number format grading reads: the KPI tables' value cells (目標値, 実績値, 基準値: a
 * format can carry the unit, or mark text as text) and the printed scale it restores. A large sheet's
 * other formats are "General" almost everywhere and would be a third of the read, so the pane reads
 * these alone, after the values (see GRADE_READ). Of 中間実績 (the mid-year check, #18), filled in on few
 * sheets, only the rows from its first filled cell to its last: a format matters to a number there, and to
 * text, which grading converts (`400t`) unless the cell is formatted as text.
 */
import { findKpiTables } from "../sheet/find-tables";
import { findLegend, legendRange } from "../sheet/header/legend";
import { readMetadata } from "../sheet/metadata";
import type { RangeRef } from "@tassei/excel-rules";
import { type SheetSnapshot, isBlankCell, valueAt } from "../workbook/snapshot";
import { sheetScale } from "./grade-sheet";

const VALUE_KEYS = ["baseline", "target", "actual"] as const;

export function gradeFormatRanges(sheet: SheetSnapshot, fileName?: string | null): RangeRef[] {
  const ranges: RangeRef[] = [];
  for (const table of findKpiTables(sheet, readMetadata(sheet.properties), fileName)) {
    const body = { row: table.range.row + 1, rowCount: table.range.rowCount - 1 };
    if (body.rowCount <= 0) continue;
    for (const key of VALUE_KEYS) {
      const column = table.columns[key];
      if (column !== undefined) ranges.push({ ...body, column, columnCount: 1 });
    }
    const interim = table.columns.interimActual;
    if (interim !== undefined) {
      const rows = Array.from({ length: body.rowCount }, (_, i) => body.row + i).filter(
        (row) => !isBlankCell(valueAt(sheet, row, interim)),
      );
      const first = rows[0];
      const last = rows[rows.length - 1];
      if (first !== undefined && last !== undefined) {
        ranges.push({ row: first, rowCount: last - first + 1, column: interim, columnCount: 1 });
      }
    }
  }
  const scale = sheetScale(sheet);
  const legend = findLegend(sheet, scale);
  if (legend) ranges.push(legendRange(legend, scale));
  return ranges;
}
