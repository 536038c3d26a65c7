/** Cells as grading reads them: the snapshot's cell, its A1 name, whether a person typed it. */
import { cellAddress } from "@tassei/excel-rules";
import { type SheetCell, isBlankCell } from "../workbook/snapshot";

/** A cell as grading reads it: the snapshot's one cell type. */
export type GradeCell = SheetCell;
export { cellAt as gradeCell, formatAt } from "../workbook/snapshot";

export function a1(cell: { readonly row: number; readonly column: number }): string {
  return cellAddress(cell);
}

/** A constant someone typed (not a formula's result) that is not blank. */
export function isTyped(cell: GradeCell): boolean {
  return cell.formula === null && !isBlankCell(cell.value);
}

export { cellText } from "../workbook/snapshot";

export { sameSheetName } from "@tassei/excel-rules";

export { goalNumberOf } from "../sheet/read-cells";
