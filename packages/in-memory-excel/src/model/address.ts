/**
 * A1 addresses: parsing "B2:D5", "A:C", "3:7" into zero-based rectangles and writing them back the way
 * Excel writes `Range.address` (sheet name quoted only when Excel quotes it).
 */

// Excel's grid and column names are @tassei/excel-rules'; the in-memory Excel adds rectangles and the
// whole-column and whole-row addresses Office.js reports.
import {
  MAX_COLUMNS,
  MAX_ROWS,
  cellAddress as a1CellAddress,
  columnIndex as a1ColumnIndex,
  columnLetters,
  quoteSheetName,
} from "@tassei/excel-rules";

/** A rectangle of cells, zero-based, as Office.js reports rowIndex/columnIndex/rowCount/columnCount. */
export interface CellRect {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

export function rect(row: number, column: number, rowCount = 1, columnCount = 1): CellRect {
  return { row, column, rowCount, columnCount };
}

export function isInsideSheet(r: CellRect): boolean {
  return (
    Number.isInteger(r.row) &&
    Number.isInteger(r.column) &&
    Number.isInteger(r.rowCount) &&
    Number.isInteger(r.columnCount) &&
    r.row >= 0 &&
    r.column >= 0 &&
    r.rowCount >= 1 &&
    r.columnCount >= 1 &&
    r.row + r.rowCount <= MAX_ROWS &&
    r.column + r.columnCount <= MAX_COLUMNS
  );
}

export function lastRow(r: CellRect): number {
  return r.row + r.rowCount - 1;
}

export function lastColumn(r: CellRect): number {
  return r.column + r.columnCount - 1;
}

export function cellCount(r: CellRect): number {
  return r.rowCount * r.columnCount;
}

export function isEntireColumns(r: CellRect): boolean {
  return r.row === 0 && r.rowCount === MAX_ROWS;
}

export function isEntireRows(r: CellRect): boolean {
  return r.column === 0 && r.columnCount === MAX_COLUMNS;
}

export function containsCell(r: CellRect, row: number, column: number): boolean {
  return row >= r.row && row <= lastRow(r) && column >= r.column && column <= lastColumn(r);
}

export function intersect(a: CellRect, b: CellRect): CellRect | null {
  const top = Math.max(a.row, b.row);
  const left = Math.max(a.column, b.column);
  const bottom = Math.min(lastRow(a), lastRow(b));
  const right = Math.min(lastColumn(a), lastColumn(b));
  if (top > bottom || left > right) return null;
  return rect(top, left, bottom - top + 1, right - left + 1);
}

export function boundingRect(a: CellRect, b: CellRect): CellRect {
  const top = Math.min(a.row, b.row);
  const left = Math.min(a.column, b.column);
  const bottom = Math.max(lastRow(a), lastRow(b));
  const right = Math.max(lastColumn(a), lastColumn(b));
  return rect(top, left, bottom - top + 1, right - left + 1);
}

export function sameRect(a: CellRect, b: CellRect): boolean {
  return a.row === b.row && a.column === b.column && a.rowCount === b.rowCount && a.columnCount === b.columnCount;
}

/** "A" → 0, "xfd" → 16383; undefined when the letters name no column (only A–Z count, at most three). */
export function columnIndex(letters: string): number | undefined {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return undefined;
  // Three letters reach past XFD, where the shared rule throws.
  try {
    return a1ColumnIndex(letters);
  } catch {
    return undefined;
  }
}

export function cellAddress(row: number, column: number): string {
  return a1CellAddress({ row, column });
}

/** The local part of an address, as Excel writes it: "B2", "B2:D5", "A:C", "3:7". */
export function rectAddress(r: CellRect): string {
  if (isEntireColumns(r) && !isEntireRows(r)) {
    return `${columnLetters(r.column)}:${columnLetters(lastColumn(r))}`;
  }
  if (isEntireRows(r)) return `${r.row + 1}:${lastRow(r) + 1}`;
  const first = cellAddress(r.row, r.column);
  if (r.rowCount === 1 && r.columnCount === 1) return first;
  return `${first}:${cellAddress(lastRow(r), lastColumn(r))}`;
}

/** "$A$1:$B$3", as Excel writes list sources and defined names. */
export function absoluteRectAddress(r: CellRect): string {
  const corner = (row: number, column: number) => `$${columnLetters(column)}$${row + 1}`;
  if (r.rowCount === 1 && r.columnCount === 1) return corner(r.row, r.column);
  return `${corner(r.row, r.column)}:${corner(lastRow(r), lastColumn(r))}`;
}

export function qualifiedAddress(sheetName: string, r: CellRect): string {
  return `${quoteSheetName(sheetName)}!${rectAddress(r)}`;
}

export interface ParsedAddress {
  /** The sheet named in the address, unquoted, when there is one. */
  readonly sheetName?: string;
  readonly rect: CellRect;
}

interface Corner {
  readonly row?: number;
  readonly column?: number;
}

function parseCorner(text: string): Corner | undefined {
  const m = /^\$?([A-Za-z]{1,3})?\$?([0-9]{1,7})?$/.exec(text);
  if (!m || (m[1] === undefined && m[2] === undefined)) return undefined;
  const column = m[1] === undefined ? undefined : columnIndex(m[1]);
  if (m[1] !== undefined && column === undefined) return undefined;
  const row = m[2] === undefined ? undefined : Number(m[2]) - 1;
  if (row !== undefined && (row < 0 || row >= MAX_ROWS)) return undefined;
  return { row, column };
}

/** Splits "'My sheet'!A1:B2" into its sheet name and local part; the name is unquoted. */
export function splitSheet(address: string): { sheetName?: string; local: string } {
  const trimmed = address.trim();
  if (trimmed.startsWith("'")) {
    const m = /^'((?:[^']|'')+)'!(.*)$/.exec(trimmed);
    if (m && m[1] !== undefined && m[2] !== undefined) return { sheetName: m[1].replace(/''/g, "'"), local: m[2] };
    return { local: trimmed };
  }
  const bang = trimmed.lastIndexOf("!");
  if (bang > 0) return { sheetName: trimmed.slice(0, bang), local: trimmed.slice(bang + 1) };
  return { local: trimmed };
}

/**
 * Parses "A1", "$B$2:d5", "A:C", "3:7", optionally sheet-qualified. Returns undefined when the
 * text is not an A1 address (it may then be a defined name).
 */
export function parseAddress(address: string): ParsedAddress | undefined {
  const { sheetName, local } = splitSheet(address);
  const parts = local.split(":");
  if (parts.length > 2 || parts.some((p) => p.length === 0)) return undefined;
  const first = parseCorner(parts[0] ?? "");
  const second = parts.length === 2 ? parseCorner(parts[1] ?? "") : first;
  if (!first || !second) return undefined;
  const wholeColumns = first.row === undefined && second.row === undefined;
  const wholeRows = first.column === undefined && second.column === undefined;
  if (parts.length === 1 && (first.row === undefined || first.column === undefined)) return undefined;
  if (!wholeColumns && !wholeRows && (first.row === undefined || second.row === undefined)) return undefined;
  if (!wholeColumns && !wholeRows && (first.column === undefined || second.column === undefined)) return undefined;
  const r1 = wholeColumns ? 0 : (first.row ?? 0);
  const r2 = wholeColumns ? MAX_ROWS - 1 : (second.row ?? 0);
  const c1 = wholeRows ? 0 : (first.column ?? 0);
  const c2 = wholeRows ? MAX_COLUMNS - 1 : (second.column ?? 0);
  const top = Math.min(r1, r2);
  const left = Math.min(c1, c2);
  const parsed = rect(top, left, Math.abs(r2 - r1) + 1, Math.abs(c2 - c1) + 1);
  return sheetName === undefined ? { rect: parsed } : { sheetName, rect: parsed };
}
