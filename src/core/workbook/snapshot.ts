/**
 * A snapshot: what an adapter read from a workbook, everything a job needs, read at once.
 * Values are as Excel computed them; `formulas` tells which cells hold a formula.
 */
import type { RangeRef } from "@tassei/excel-rules";
import type { SheetProperties } from "./plan";

/** A cell's value as read: text, number, boolean, or null for an empty cell. Errors read as their text ("#DIV/0!"). */
export type CellValue = string | number | boolean | null;

export interface TableSnapshot {
  readonly name: string;
  /** The whole table, header row included. */
  readonly range: RangeRef;
  readonly headers: readonly string[];
}

export interface SheetSnapshot {
  readonly name: string;
  readonly position: number;
  readonly visible: boolean;
  readonly protected: boolean;
  /** The used range, or null for an empty sheet. `values`, `formulas`, `numberFormats` cover exactly it. */
  readonly used: RangeRef | null;
  readonly values: readonly (readonly CellValue[])[];
  /** The formula of each cell ("=A1/B1"), or null where the cell holds a constant or nothing. */
  readonly formulas: readonly (readonly (string | null)[])[];
  readonly numberFormats: readonly (readonly string[])[];
  readonly tables: readonly TableSnapshot[];
  readonly properties: SheetProperties;
  /** The names of the sheet's charts, where the adapter reads them (a plan that redraws one removes it first). */
  readonly charts?: readonly string[];
}

export interface WorkbookSnapshot {
  /** Every sheet's name, in tab order (also those not read in full). */
  readonly sheetNames: readonly string[];
  /** Every Excel table's name in the workbook (table names are unique workbook-wide). */
  readonly tableNames: readonly string[];
  /** The sheets read in full. */
  readonly sheets: readonly SheetSnapshot[];
  readonly activeSheet: string | null;
  readonly structureProtected: boolean;
}

/**
 * Which sheets to read in full: the active one (and, if they exist, the sheets named in `include`, e.g.
 * Tassei's log), named ones, or all. The active sheet comes first in the snapshot.
 *
 * `formulas: "presence"` reads which cells hold a formula but not the formulas' text (FORMULA_TEXT_UNKNOWN
 * stands in for it): long live formulas on thousands of rows would otherwise swell a response past
 * Excel on the web's 5 MB. Adapters that read files give the text anyway.
 *
 * `cellsOf: "active"` reads the cells of the active sheet only: the sheets in `include` — or, with
 * `sheets: "all"`, every other sheet — come with their used range and properties but no cells (grading
 * appends to its log without reading the log's rows; 次年度作成 learns which departments and years the
 * workbook has from its sheets' metadata). Adapters that read files may give the cells anyway.
 *
 * `numberFormats: "later"` leaves number formats out (every cell reads "General"): the caller reads the
 * few it needs afterwards (withNumberFormats), as most of a large sheet's formats are "General" anyway
 * and would be a third of the response. Adapters that read files may give the formats anyway.
 */
export type SnapshotRequest = {
  readonly formulas?: "text" | "presence";
  readonly cellsOf?: "active";
  readonly numberFormats?: "all" | "later";
} & (
  | { readonly sheets: "active"; readonly include?: readonly string[] }
  | { readonly sheets: "all" }
  | { readonly sheets: readonly string[] }
);

/** A workbook with no sheet: what a new file starts as. */
export const EMPTY_WORKBOOK: WorkbookSnapshot = {
  sheetNames: [],
  tableNames: [],
  sheets: [],
  activeSheet: null,
  structureProtected: false,
};

/** In `formulas`, a cell known to hold a formula whose text was not read. */
export const FORMULA_TEXT_UNKNOWN = "=";

/**
 * One cell of a snapshot with everything a reader looks at: where it is, its value, its formula (null
 * for a constant) and its number format (which carries the unit of a converted value, `#,##0"件"`).
 */
export interface SheetCell {
  readonly row: number;
  readonly column: number;
  readonly value: CellValue;
  readonly formula: string | null;
  readonly numberFormat: string;
}

export function cellAt(sheet: SheetSnapshot, row: number, column: number): SheetCell {
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

/** Nothing typed: an empty cell, or only spaces. The one meaning of "blank" for every reader of a sheet. */
export function isBlankCell(value: CellValue): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}

/** The value at a sheet-absolute position, or null outside the used range. */
export function valueAt(sheet: SheetSnapshot, row: number, column: number): CellValue {
  if (!sheet.used) return null;
  return sheet.values[row - sheet.used.row]?.[column - sheet.used.column] ?? null;
}

export function formulaAt(sheet: SheetSnapshot, row: number, column: number): string | null {
  if (!sheet.used) return null;
  return sheet.formulas[row - sheet.used.row]?.[column - sheet.used.column] ?? null;
}

/** The snapshot with these cells' formula texts filled in (read after a lean read left them unknown). */
export function withFormulaTexts(
  snapshot: WorkbookSnapshot,
  sheetName: string,
  cells: readonly { readonly row: number; readonly column: number; readonly formula: string | null }[],
): WorkbookSnapshot {
  return withCellParts(
    snapshot,
    sheetName,
    "formulas",
    cells.map((c) => ({ ...c, part: c.formula })),
  );
}

/** The snapshot with these cells' number formats filled in (read after a request left them for later). */
export function withNumberFormats(
  snapshot: WorkbookSnapshot,
  sheetName: string,
  cells: readonly { readonly row: number; readonly column: number; readonly numberFormat: string }[],
): WorkbookSnapshot {
  return withCellParts(
    snapshot,
    sheetName,
    "numberFormats",
    cells.map((c) => ({ ...c, part: c.numberFormat })),
  );
}

function withCellParts<K extends "formulas" | "numberFormats">(
  snapshot: WorkbookSnapshot,
  sheetName: string,
  grid: K,
  cells: readonly { readonly row: number; readonly column: number; readonly part: SheetSnapshot[K][number][number] }[],
): WorkbookSnapshot {
  return {
    ...snapshot,
    sheets: snapshot.sheets.map((sheet) => {
      if (sheet.name !== sheetName || !sheet.used) return sheet;
      const used = sheet.used;
      const lines = sheet[grid].map((row) => [...row]) as SheetSnapshot[K][number][number][][];
      for (const cell of cells) {
        const line = lines[cell.row - used.row];
        if (line && cell.column >= used.column && cell.column < used.column + used.columnCount) {
          line[cell.column - used.column] = cell.part;
        }
      }
      return { ...sheet, [grid]: lines };
    }),
  };
}

/** The cell as a person reads it: "" for empty, numbers in JavaScript's shortest form, booleans as Excel shows them. */
export function cellText(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}
