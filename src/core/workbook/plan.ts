/**
 * A plan: what a job wants written to a workbook, as plain data. Plans are built by the core, can be
 * printed, compared and tested without any workbook, and are applied by an adapter (Office.js,
 * .xlsx file, in-memory Excel) that only moves the data.
 */
import type { CellRef, RangeRef } from "@tassei/excel-rules";

/** A native Excel formula, the only way a plan writes one. Always begins with "=". */
export interface Formula {
  readonly formula: string;
  /**
   * What the formula gives as the plan writes it. Files keep it as the cell's cached result, so a reader
   * that does not recalculate (LibreOffice's default for .xlsx, file previewers, pandas) shows the figure.
   */
  readonly result?: string | number | boolean;
}

/**
 * What a plan writes to one cell. A string is text and stays text whatever it looks like
 * (`=SUM(A1)`, `+81`, `-`, `@x`, `＝`, `1/2`, `TRUE`): adapters must never let Excel reinterpret it.
 * `undefined` leaves the cell as it is (a hole in a block).
 */
export type PlannedCell = string | number | boolean | Formula | undefined;

/** A rectangle of cells written in one go, anchored at its top-left cell. Rows may be ragged. */
export interface CellBlock {
  readonly anchor: CellRef;
  readonly rows: readonly (readonly PlannedCell[])[];
}

export type HorizontalAlignment = "left" | "center" | "right";
export type VerticalAlignment = "top" | "center" | "bottom";

export interface CellStyle {
  readonly numberFormat?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontColor?: string;
  readonly fontSize?: number;
  readonly fill?: string;
  readonly wrap?: boolean;
  readonly horizontal?: HorizontalAlignment;
  readonly vertical?: VerticalAlignment;
  /** A thin border on every edge of every cell of the range. */
  readonly border?: boolean;
}

export interface StyledRange {
  readonly range: RangeRef;
  readonly style: CellStyle;
}

/** An Excel table (ListObject): its first row is the header row. */
export interface TablePlan {
  readonly name: string;
  readonly range: RangeRef;
  readonly headers: readonly string[];
  readonly style?: string;
}

export interface ValidationPlan {
  readonly range: RangeRef;
  /** In-cell dropdown of these choices. */
  readonly list: readonly string[];
  readonly allowBlank: boolean;
  readonly errorTitle?: string;
  readonly errorMessage?: string;
}

export interface ConditionalRule {
  /** A formula written for the range's top-left cell (relative references move with each cell). */
  readonly formula: string;
  readonly fill?: string;
  readonly fontColor?: string;
}

/** One rule set for a whole range (e.g. a table's grade column), not one rule per cell. */
export interface ConditionalFormatPlan {
  readonly range: RangeRef;
  readonly rules: readonly ConditionalRule[];
}

export interface PrintPlan {
  readonly orientation: "landscape" | "portrait";
  readonly paper: "A4" | "A3";
  readonly fitToWidth: boolean;
  /** Zero-based first and last row repeated at the top of every printed page. */
  readonly titleRows?: { readonly first: number; readonly last: number };
  /**
   * Plain text printed centred at the top of every page (header-footer.ts puts it in Excel's header codes).
   * With a header or a footer, the sheet's headers and footers become these, the same on every page, the
   * sections not named empty; with neither, the sheet's stay as they are.
   */
  readonly header?: string;
  /** Printed centred at the foot of every page: "pages" is the page number and the number of pages, "2 / 5". */
  readonly footer?: "pages";
  /**
   * Zero-based rows that each start a new printed page (above the first row, never through one). The sheet's
   * manual row breaks become exactly these, none when absent: a sheet regenerated in place never keeps old ones.
   */
  readonly rowBreaks?: readonly number[];
}

export type HyperlinkTarget =
  | { readonly kind: "cell"; readonly sheet: string; readonly cell: CellRef }
  | { readonly kind: "url"; readonly url: string };

export interface HyperlinkPlan {
  readonly cell: CellRef;
  readonly target: HyperlinkTarget;
  readonly text: string;
  readonly tooltip?: string;
}

export interface ChartPlan {
  readonly name: string;
  /** barStacked100: each category's bar split into shares of 100%, as cities show grade shares. */
  readonly kind: "columnStacked" | "columnClustered" | "barStacked" | "barStacked100" | "line";
  /**
   * Source data including its header row and first column. By columns (the default): the first column holds
   * the categories and each other column is a series; by rows: the header row holds the categories and each
   * other row is a series (a table of departments by year, drawn as one line per department).
   */
  readonly source: RangeRef;
  readonly seriesBy?: "columns" | "rows";
  /**
   * A colour per series ("#2E7D32"), so a file opened anywhere shows grades in their colours; without one,
   * the program's own palette. Excel applies its theme's palette when a chart is added through Office.js.
   */
  readonly colors?: readonly string[];
  readonly title: string;
  /** Where the chart is drawn on the sheet. */
  readonly placement: RangeRef;
}

export interface ColumnWidth {
  readonly column: number;
  /** Width in points, as Office.js's `format.columnWidth`; the .xlsx adapter converts to characters. */
  readonly points: number;
}

/** Worksheet custom properties (key → value). Each value stays within 255 characters (Excel's limit). */
export type SheetProperties = Readonly<Record<string, string>>;

/**
 * New rows inside an Excel table (Office.js `table.rows.add`): the table grows by `count` rows at data row
 * `index`, and only the cells below, in the table's own columns, move down — Excel refuses to move part of
 * another table, so a plan inserts only where every table below lies within these columns. Formulas
 * anywhere that refer to moved cells follow them; validations and conditional formats on the table's
 * columns grow.
 */
export interface TableRowsInsert {
  readonly table: string;
  /** Zero-based among the table's data rows as the sheet is when this insert comes: 0 is first, the data row count appends. */
  readonly index: number;
  readonly count: number;
  /** Where the new rows are on the sheet once inserted (the table's columns): what the rest of the plan writes into. */
  readonly range: RangeRef;
}

export interface SheetPlan {
  readonly name: string;
  /** "create": the sheet must not exist yet. "update": it must exist. Never renames or deletes. */
  readonly mode: "create" | "update";
  /**
   * Where a "create" plan's new sheet goes: its zero-based place among the workbook's sheets as they are
   * when it is added (plans are applied in order), the sheets from there on moving one to the right. At
   * most the number of sheets already there (that is the end; Excel refuses a place past it). Absent: the end.
   */
  readonly position?: number;
  /**
   * Rows added inside tables before anything else, in order, each as the sheet is after the ones before:
   * every other range of the plan (clear, blocks, styles, validations…) speaks of the sheet after them.
   * Only "update" plans insert rows.
   */
  readonly insertRows?: readonly TableRowsInsert[];
  /**
   * The sheet's manual row breaks become exactly these (zero-based rows, each starting a new printed page),
   * without touching the rest of its printing; for a plan with no `print`. Absent: the breaks stay.
   */
  readonly rowBreaks?: readonly number[];
  /** Ranges this plan owns and clears (values, formats, validation, conditional formats) before writing. */
  readonly clear: readonly RangeRef[];
  readonly blocks: readonly CellBlock[];
  readonly styles: readonly StyledRange[];
  readonly columnWidths: readonly ColumnWidth[];
  readonly tables: readonly TablePlan[];
  readonly validations: readonly ValidationPlan[];
  readonly conditionalFormats: readonly ConditionalFormatPlan[];
  readonly freeze?: { readonly rows: number; readonly columns: number };
  readonly print?: PrintPlan;
  readonly hyperlinks: readonly HyperlinkPlan[];
  readonly charts: readonly ChartPlan[];
  /** Charts to delete (by name) before `charts` are drawn: a sheet regenerated in place redraws its own. */
  readonly removeCharts?: readonly string[];
  readonly properties: SheetProperties;
  /** Make this the active sheet and select this cell when done. */
  readonly activate?: { readonly select: CellRef };
}

export interface WorkbookPlan {
  readonly sheets: readonly SheetPlan[];
}

export const MAX_PROPERTY_VALUE_LENGTH = 255;

/** A sheet plan with nothing in it, to build on with spread syntax. */
export function emptySheetPlan(name: string, mode: SheetPlan["mode"]): SheetPlan {
  return {
    name,
    mode,
    clear: [],
    blocks: [],
    styles: [],
    columnWidths: [],
    tables: [],
    validations: [],
    conditionalFormats: [],
    hyperlinks: [],
    charts: [],
    properties: {},
  };
}

export function isFormula(cell: PlannedCell): cell is Formula {
  return typeof cell === "object" && cell !== null;
}
