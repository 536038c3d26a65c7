/**
 * One cell of a snapshot with everything grading looks at: its value, whether a formula computed it,
 * and its number format (which carries the unit of a converted value, e.g. `#,##0"件"`).
 */
import { cellAddress } from "../workbook/address";
import { type CellValue, type SheetSnapshot, formulaAt, isBlankCell, valueAt } from "../workbook/snapshot";

export interface GradeCell {
  readonly row: number;
  readonly column: number;
  readonly value: CellValue;
  readonly formula: string | null;
  readonly numberFormat: string;
}

export function gradeCell(sheet: SheetSnapshot, row: number, column: number): GradeCell {
  return {
    row,
    column,
    value: valueAt(sheet, row, column),
    formula: formulaAt(sheet, row, column),
    numberFormat: formatAt(sheet, row, column),
  };
}

export function formatAt(sheet: SheetSnapshot, row: number, column: number): string {
  if (!sheet.used) return "General";
  return sheet.numberFormats[row - sheet.used.row]?.[column - sheet.used.column] ?? "General";
}

export function a1(cell: { readonly row: number; readonly column: number }): string {
  return cellAddress(cell);
}

/** A constant someone typed (not a formula's result) that is not blank. */
export function isTyped(cell: GradeCell): boolean {
  return cell.formula === null && !isBlankCell(cell.value);
}

/** The cell as a person reads it: "" for empty, numbers in JavaScript's shortest form, booleans as Excel shows them. */
export function cellText(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

export { sameSheetName } from "../workbook/address";

export { goalNumberOf } from "../layout/read-cells";
