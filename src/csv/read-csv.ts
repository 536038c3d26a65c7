/**
 * A CSV export (Excel's 「CSV UTF-8」 or its Shift_JIS 「CSV (コンマ区切り)」) read as a one-sheet workbook
 * snapshot, so the command line grades and consolidates it like any hand-made sheet. The encoding is
 * told from the bytes: UTF-8 when they decode as UTF-8 (a BOM or not), else Shift_JIS (Windows-31J), the
 * encoding Excel on Japanese Windows writes. Fields follow RFC 4180 (quotes, doubled quotes, line
 * breaks inside quotes); a field of plain digits is a number, as Excel reads it on opening, and every
 * other field stays the text it was, so nothing typed becomes a formula.
 */
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../core/workbook/snapshot";

export type CsvEncoding = "utf-8" | "shift_jis";

/** The most cells a CSV may hold (a 100,000-row export is refused by the .xlsx reader's limit too). */
export const MAX_CSV_CELLS = 2_000_000;

export type CsvRead =
  | { readonly ok: true; readonly snapshot: WorkbookSnapshot; readonly encoding: CsvEncoding }
  | { readonly ok: false; readonly reason: "too-large" | "binary" };

export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("shift_jis").decode(bytes), encoding: "shift_jis" };
  }
}

/** RFC 4180 fields; a lone CR, LF or CRLF ends a record outside quotes. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  // Something of the last record was read: a quoted empty field ("") at the very end is still a record.
  let started = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    started = true;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
      continue;
    }
    if (c === '"' && field === "") quoted = true;
    else if (c === ",") {
      record.push(field);
      field = "";
    } else if (c === "\r" || c === "\n") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      started = false;
    } else field += c;
  }
  if (started) {
    record.push(field);
    records.push(record);
  }
  return records;
}

const PLAIN_NUMBER = /^-?(?:0|[1-9][0-9]{0,14})(?:\.[0-9]{1,15})?$/;

function cellOf(field: string): CellValue {
  if (field === "") return null;
  return PLAIN_NUMBER.test(field) ? Number(field) : field;
}

/** The CSV as a workbook of one sheet named after the file (without its extension). */
export function readCsv(bytes: Uint8Array, sheetName: string): CsvRead {
  if (bytes.includes(0)) return { ok: false, reason: "binary" };
  const { text, encoding } = decodeCsv(bytes);
  const records = parseCsv(text.startsWith("\ufeff") ? text.slice(1) : text);
  // A loop, not Math.max(...records): a spread of 150,000 rows overflows the call stack.
  let width = 0;
  for (const record of records) width = Math.max(width, record.length);
  // The snapshot holds every row at the widest row's width.
  if (records.length * width > MAX_CSV_CELLS) return { ok: false, reason: "too-large" };
  const values = records.map((r) => Array.from({ length: width }, (_, c) => cellOf(r[c] ?? "")));
  const sheet: SheetSnapshot = {
    name: sheetName,
    position: 0,
    visible: true,
    protected: false,
    used:
      records.length === 0 || width === 0 ? null : { row: 0, column: 0, rowCount: records.length, columnCount: width },
    values,
    formulas: values.map((row) => row.map(() => null)),
    numberFormats: values.map((row) => row.map(() => "General")),
    tables: [],
    properties: {},
  };
  return {
    ok: true,
    encoding,
    snapshot: {
      sheetNames: [sheetName],
      tableNames: [],
      sheets: [sheet],
      activeSheet: sheetName,
      structureProtected: false,
    },
  };
}
