/**
 * A1 addresses as zero-based row/column numbers, the way every adapter speaks to its workbook.
 * Excel's limits: 1,048,576 rows × 16,384 columns (XFD).
 */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export interface CellRef {
  readonly row: number;
  readonly column: number;
}

export interface RangeRef {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

export function columnLetters(column: number): string {
  if (!Number.isInteger(column) || column < 0 || column >= MAX_COLUMNS) throw new RangeError(`column ${column}`);
  let n = column + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const code = ch.charCodeAt(0) - 64;
    if (code < 1 || code > 26) throw new RangeError(`not a column: ${letters}`);
    n = n * 26 + code;
  }
  if (n < 1 || n > MAX_COLUMNS) throw new RangeError(`not a column: ${letters}`);
  return n - 1;
}

export function cellAddress(ref: CellRef): string {
  return `${columnLetters(ref.column)}${ref.row + 1}`;
}

export function rangeAddress(range: RangeRef): string {
  const start = cellAddress(range);
  if (range.rowCount === 1 && range.columnCount === 1) return start;
  return `${start}:${cellAddress({ row: range.row + range.rowCount - 1, column: range.column + range.columnCount - 1 })}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/;

export function parseCellAddress(text: string): CellRef {
  const match = CELL.exec(text.trim());
  if (!match || !match[1] || !match[2]) throw new RangeError(`not a cell address: ${text}`);
  const row = Number(match[2]) - 1;
  if (row < 0 || row >= MAX_ROWS) throw new RangeError(`row out of range: ${text}`);
  return { row, column: columnIndex(match[1]) };
}

/** "A1:C3", "B2", or "Sheet!A1:C3" (the sheet part is dropped). */
export function parseRangeAddress(text: string): RangeRef {
  const bang = text.lastIndexOf("!");
  const local = bang >= 0 ? text.slice(bang + 1) : text;
  const [first, second] = local.split(":");
  const a = parseCellAddress(first ?? "");
  const b = second === undefined ? a : parseCellAddress(second);
  const row = Math.min(a.row, b.row);
  const column = Math.min(a.column, b.column);
  return { row, column, rowCount: Math.abs(a.row - b.row) + 1, columnCount: Math.abs(a.column - b.column) + 1 };
}

/**
 * The areas of a multi-area address ("'総務,部'!A1:B2,'総務,部'!D4"): split on the commas between areas,
 * never on one inside a quoted sheet name (a name Tassei itself may create holds commas).
 */
export function splitAreas(address: string): string[] {
  const areas: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < address.length; i++) {
    const c = address[i];
    if (c === "'") quoted = !quoted;
    else if (c === "," && !quoted) {
      areas.push(address.slice(start, i));
      start = i + 1;
    }
  }
  areas.push(address.slice(start));
  return areas.filter((area) => area !== "");
}

/**
 * A sheet name as Excel writes it in a formula: bare when it is made of letters (any script), digits,
 * "_" and "." and cannot be read as a cell reference or number (政策推進部!A1); quoted otherwise
 * ('集計 2025'!A1, '2025'!A1, 'It''s'!A1, 'R1C1'!A1).
 */
export function quoteSheetName(name: string): string {
  return needsQuotes(name) ? `'${name.replace(/'/g, "''")}'` : name;
}

/** A1 or R1C1 references (B2, R1C1, R, C) Excel would read the bare name as. */
const CELL_LIKE = /^(?:[A-Za-z]{1,3}[0-9]+|[Rr][0-9]*[Cc][0-9]*|[Rr]|[Cc])$/;

/** Whether Excel writes the sheet name in single quotes in a formula. */
export function needsQuotes(name: string): boolean {
  if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name)) return true;
  if (CELL_LIKE.test(name)) return true;
  const upper = name.toUpperCase();
  return upper === "TRUE" || upper === "FALSE";
}

/** `inner` lies wholly inside `outer`. */
export function rangeWithin(outer: RangeRef, inner: RangeRef): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.rowCount <= outer.row + outer.rowCount &&
    inner.column + inner.columnCount <= outer.column + outer.columnCount
  );
}

export function contains(outer: RangeRef, inner: CellRef): boolean {
  return (
    inner.row >= outer.row &&
    inner.row < outer.row + outer.rowCount &&
    inner.column >= outer.column &&
    inner.column < outer.column + outer.columnCount
  );
}

/**
 * The key under which Excel tells names apart: sheet names, table names and a table's column names are
 * compared without regard to case. For a name used as a map or set key; sameSheetName compares two.
 */
export function nameKey(name: string): string {
  return name.toLowerCase();
}

/** Excel compares sheet names, and table names, without regard to case. */
export function sameSheetName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

export const sameTableName = sameSheetName;
