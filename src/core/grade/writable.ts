/**
 * Where grading a sheet may write, besides the input cells it converts and the log sheet: what Tassei
 * owns (ownedRanges: 全体の達成度, the goals' 達成度, the KPI 達成率 / 達成度 columns), the stamp cell
 * right of 全体の達成度, the printed scale's rows under 【達成度について】 (bounds and lines), and the
 * stamp property. Tests hold every plan to this.
 */
import { findLegend, legendRange } from "../layout/legend";
import { ownedRanges } from "../layout/owned-ranges";
import type { RangeRef } from "../workbook/address";
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
  if (owned?.departmentGrade) {
    const { row, column } = owned.departmentGrade;
    ranges.push({ row, column, rowCount: 1, columnCount: 2 });
  }
  const scale = sheetScale(sheet);
  const legend = owned ? findLegend(sheet, scale) : null;
  if (legend) ranges.push(legendRange(legend, scale));
  return { ranges, properties: [STAMP_KEY] };
}
