/**
 * Cell values as the department model wants them. Text stays text, numbers stay numbers; what the model
 * cannot hold is passed on unchanged so that zod rejects it and the problem names the cell.
 */
import type { RawCell } from "../department/model";
import { foldText } from "../numbers/chars";
import { cellAddress } from "@tassei/excel-rules";
import { type CellValue, type SheetCell, cellText, isBlankCell } from "../workbook/snapshot";

export { cellText };

/** A cell as the model's readers take it: the snapshot's one cell type. */
export type ReadCell = SheetCell;
export { cellAt as readCell } from "../workbook/snapshot";

export function address(cell: { readonly row: number; readonly column: number }): string {
  return cellAddress(cell);
}

/** A target, actual or baseline as written: text, number, or null for an empty cell. */
export function cellRaw(value: CellValue): RawCell {
  if (value === null || value === "") return null;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return value;
}

const PLAIN_NUMBER = /^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)$/;

/**
 * A number typed as a number, or as text of digits (full-width included: "１"). Blank is undefined (the
 * model's default applies); anything else stays text for zod to reject.
 */
export function cellNumber(value: CellValue): number | string | undefined {
  if (value === null || value === "") return undefined;
  if (typeof value === "number") return value;
  const text = foldText(cellText(value)).trim();
  return PLAIN_NUMBER.test(text) ? Number(text) : cellText(value);
}

/** A dropdown word: its model value when known, the word itself otherwise (zod names the choices), undefined when blank. */
export function cellWord<K extends string>(value: CellValue, words: ReadonlyMap<string, K>): K | string | undefined {
  const text = cellText(value).trim();
  if (text === "") return undefined;
  return words.get(text) ?? text;
}

/** A hand-entered grade: null when blank. */
export function cellGrade(value: CellValue): string | null {
  return isBlankCell(value) ? null : cellText(value);
}

const PLAIN_INTEGER = /^[0-9]+$/;

/** A goal number: a whole number of 1 or more, typed as a number or as digits (full-width included). */
export function goalNumberOf(value: CellValue): number | null {
  if (typeof value === "number") return Number.isInteger(value) && value > 0 ? value : null;
  if (typeof value !== "string") return null;
  const text = foldText(value).trim();
  return PLAIN_INTEGER.test(text) && Number(text) > 0 ? Number(text) : null;
}
