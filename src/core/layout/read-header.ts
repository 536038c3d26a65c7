/**
 * Reading the header block back: each label (部, 部長, 年度, 基本方針) is looked for outside the tables,
 * and its value is the cell to its right, so rows a person inserted above or inside the block do not
 * matter.
 */
import { contains } from "../workbook/address";
import type { SheetSnapshot } from "../workbook/snapshot";
import { HEADER_FIELDS, HEADER_LABELS, type HeaderField } from "./header-block";
import { type ReadCell, cellText, readCell } from "./read-cells";

export type HeaderCells = Readonly<Partial<Record<HeaderField, ReadCell>>>;

/**
 * The value cell of each label found. Labels are looked for in one column, the column of the first
 * label met in row-major order, so a value that happens to read "部長" is never taken for a label.
 */
export function readHeaderCells(sheet: SheetSnapshot): HeaderCells {
  const found: Partial<Record<HeaderField, ReadCell>> = {};
  const used = sheet.used;
  if (!used) return found;
  const byLabel = new Map(HEADER_FIELDS.map((field) => [HEADER_LABELS[field], field] as const));
  const labelAt = (r: number, c: number): HeaderField | undefined => {
    const value = sheet.values[r]?.[c];
    if (typeof value !== "string") return undefined;
    const field = byLabel.get(value.trim());
    if (field === undefined) return undefined;
    const at = { row: used.row + r, column: used.column + c };
    return sheet.tables.some((table) => contains(table.range, at)) ? undefined : field;
  };
  const first = firstLabel(sheet, labelAt);
  if (first === null) return found;
  sheet.values.forEach((_, r) => {
    const field = labelAt(r, first);
    if (field === undefined || found[field] !== undefined) return;
    found[field] = readCell(sheet, used.row + r, used.column + first + 1);
  });
  return found;
}

/** The used-range column of the first label in row-major order, or null. */
function firstLabel(sheet: SheetSnapshot, labelAt: (r: number, c: number) => HeaderField | undefined): number | null {
  for (let r = 0; r < sheet.values.length; r++) {
    const line = sheet.values[r] ?? [];
    for (let c = 0; c < line.length; c++) if (labelAt(r, c) !== undefined) return c;
  }
  return null;
}

export function headerText(cells: HeaderCells, field: HeaderField): string | undefined {
  const cell = cells[field];
  return cell === undefined ? undefined : cellText(cell.value);
}
