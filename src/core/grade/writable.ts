/**
 * Where grading a sheet may write, besides the input cells it converts and the log sheet: what Tassei
 * owns (ownedRanges: 全体の達成度 and, on a sheet made with the mid-year check, the header's 中間評価; the goals'
 * 達成度 and 中間評価, the KPI 達成率 / 達成度 / 中間評価 columns), the stamp cell
 * right of 全体の達成度, the printed scale's rows under 【達成度について】 (bounds and lines), and the
 * stamp property, and — on Tassei's own KPI tables — 評価理由, where grading says why a row has no grade
 * (only into an empty cell or over its own marked words). Tests hold every plan to this.
 */
import { findKpiTables } from "../sheet/find-tables";
import { findLegend, legendRange } from "../sheet/header/legend";
import { readMetadata } from "../sheet/metadata";
import { ownedRanges } from "../sheet/owned-ranges";
import type { RangeRef } from "@tassei/excel-rules";
import type { SheetSnapshot } from "../workbook/snapshot";
import { sheetScale } from "./grade-sheet";
import { STAMP_KEY } from "./stamp";

export interface GradeWritableArea {
  readonly ranges: readonly RangeRef[];
  readonly properties: readonly string[];
}

export function gradeWritableArea(sheet: SheetSnapshot): GradeWritableArea {
  const owned = ownedRanges(sheet);
  const ranges: RangeRef[] = owned ? owned.columns.map((c) => c.range) : [];
  // 評価理由 of Tassei's own KPI tables, where grading writes its marked words (auto-reason.ts).
  if (owned) ranges.push(...reasonColumns(sheet));
  if (owned?.departmentGrade) {
    const { row, column } = owned.departmentGrade;
    ranges.push({ row, column, rowCount: 1, columnCount: 2 });
  }
  if (owned?.interimGrade) ranges.push({ ...owned.interimGrade, rowCount: 1, columnCount: 1 });
  const scale = sheetScale(sheet);
  const legend = owned ? findLegend(sheet, scale) : null;
  if (legend) ranges.push(legendRange(legend, scale));
  return { ranges, properties: [STAMP_KEY] };
}

function reasonColumns(sheet: SheetSnapshot): RangeRef[] {
  return findKpiTables(sheet, readMetadata(sheet.properties)).flatMap((table) => {
    const column = table.columns.manualReason;
    const rows = table.range.rowCount - 1;
    return column === undefined || rows <= 0 || table.block
      ? []
      : [{ row: table.range.row + 1, column, rowCount: rows, columnCount: 1 }];
  });
}
