/**
 * Reading the header block back: each label (部, 部長, 年度, 基本方針) is looked for outside the tables,
 * and its value is the cell to its right, so rows a person inserted above or inside the block do not
 * matter.
 */
import { cellAddress, contains } from "@tassei/excel-rules";
import { serialDateText } from "../../workbook/serial-date";
import type { CellValue, SheetSnapshot } from "../../workbook/snapshot";
import {
  HEADER_FIELDS,
  HEADER_LABELS,
  type HeaderField,
  SIGN_OFF_DATE_LABEL,
  SIGN_OFF_LABELS,
  SIGN_OFF_ROLES,
  type SignOffRole,
} from "./header-block";
import { type ReadCell, cellText, readCell } from "../read-cells";

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

/** What a sheet says of one sign-off: who and when, as written, with the cells to point at. */
export interface SignOffCells {
  readonly name: string;
  readonly date: string;
  /** The cell to fill in: the name's (right of the label). */
  readonly cell: string;
}

/**
 * 課長確認 and 部長確認, found by their labels outside the tables: the name is the next cell to the right, the
 * date the cell right of 確認日 on the same row (a date cell reads as 2026/3/31). Undefined when the sheet
 * has neither label: it has no place for a sign-off.
 */
export function readSignOffs(sheet: SheetSnapshot): Readonly<Partial<Record<SignOffRole, SignOffCells>>> | undefined {
  const used = sheet.used;
  if (!used) return undefined;
  const found: Partial<Record<SignOffRole, SignOffCells>> = {};
  const roleOf = new Map(SIGN_OFF_ROLES.map((role) => [SIGN_OFF_LABELS[role], role] as const));
  sheet.values.forEach((line, r) => {
    line.forEach((value, c) => {
      if (typeof value !== "string") return;
      const role = roleOf.get(value.trim().replace(/[欄印]$/u, ""));
      const at = { row: used.row + r, column: used.column + c };
      if (role === undefined || found[role] !== undefined) return;
      if (sheet.tables.some((table) => contains(table.range, at))) return;
      const dateLabel = line.findIndex((v, i) => i > c && typeof v === "string" && v.trim() === SIGN_OFF_DATE_LABEL);
      const nameCell = readCell(sheet, at.row, at.column + 1);
      // A label beside the label (課長確認印 | 部長確認印, or 確認日) is no one's name.
      const next = cellText(nameCell.value).trim();
      const name = next === SIGN_OFF_DATE_LABEL || roleOf.has(next.replace(/[欄印]$/u, "")) ? "" : next;
      const dateValue = dateLabel < 0 ? null : (line[dateLabel + 1] ?? null);
      found[role] = { name, date: dateText(dateValue), cell: cellAddress(nameCell) };
    });
  });
  return Object.keys(found).length === 0 ? undefined : found;
}

function dateText(value: CellValue): string {
  if (typeof value === "number") return serialDateText(value) ?? String(value);
  return cellText(value).trim();
}
