/**
 * The log sheet `Tassei ログ`: one row per cell a grading changed — each input cell converted from text
 * to a number, and each cell of Tassei's it rewrote (達成率, 達成度, the goals' and the department's
 * grades, the stamp, the printed scale, the stamp property) — with what the cell held before, so nothing
 * typed is lost and the last grading can be undone exactly. Tassei owns the sheet (a custom property
 * says so); a sheet of that name that is not Tassei's, that is protected, or that was not read is left
 * alone, and grading then converts nothing.
 */
import { property } from "../workbook/properties";
import { type CellBlock, type PlannedCell, type SheetPlan, emptySheetPlan } from "../workbook/plan";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../workbook/snapshot";
import { cellText, gradeCell, sameSheetName } from "./sheet-cells";

export const LOG_SHEET_NAME = "Tassei ログ";

const KIND_KEY = "tassei.kind";
const LOG_KIND = "log";
const VERSION_KEY = "tassei.logVersion";
const LOG_VERSION = "2";

/**
 * Column order. 元の表示形式 (the cell's format before the conversion) comes last, after the columns a
 * person reads, so that undoing restores the cell's format too.
 */
export const LOG_COLUMNS = [
  "日時",
  "シート",
  "セル",
  "元の入力",
  "変換後の値",
  "表示形式",
  "取り消し済み",
  "元の表示形式",
  "元の種類",
] as const;

const COLUMN = {
  time: 0,
  sheet: 1,
  cell: 2,
  original: 3,
  value: 4,
  format: 5,
  undone: 6,
  previousFormat: 7,
  previousKind: 8,
} as const;

const WIDTHS = [150, 120, 54, 160, 100, 160, 150, 100, 70];

/**
 * What the cell held before: 文字 is a typed text (every conversion), 数式 a formula (its text is in
 * 元の入力), プロパティ the sheet's stamp property (セル names it). Logs written before this column
 * hold conversions only, so a blank reads 文字.
 */
export type PreviousKind = "文字" | "数値" | "論理値" | "数式" | "空白" | "プロパティ";
const PREVIOUS_KINDS: readonly PreviousKind[] = ["文字", "数値", "論理値", "数式", "空白", "プロパティ"];

export interface LogEntry {
  /** Zero-based row on the log sheet. */
  readonly row: number;
  readonly time: string;
  readonly sheet: string;
  readonly cell: string;
  /** The cell's content before: its text, number or boolean, or a formula's text. */
  readonly original: CellValue;
  /** What the grading left the cell showing (a number for conversions). */
  readonly value: CellValue;
  readonly numberFormat: string;
  /** Blank while the change stands. */
  readonly undone: string;
  readonly previousFormat: string;
  readonly previousKind: PreviousKind;
}

export interface NewLogEntry {
  readonly time: string;
  readonly sheet: string;
  readonly cell: string;
  readonly original: CellValue;
  readonly value: CellValue;
  readonly numberFormat: string;
  readonly previousFormat: string;
  readonly previousKind: PreviousKind;
}

export type LogState =
  | { readonly kind: "absent" }
  | {
      readonly kind: "ours";
      readonly sheet: SheetSnapshot;
      readonly entries: readonly LogEntry[];
      readonly nextRow: number;
    }
  | { readonly kind: "unusable" };

export function logState(snapshot: WorkbookSnapshot): LogState {
  const named = snapshot.sheetNames.find((name) => sameSheetName(name, LOG_SHEET_NAME));
  if (named === undefined) return snapshot.structureProtected ? { kind: "unusable" } : { kind: "absent" };
  const sheet = snapshot.sheets.find((s) => sameSheetName(s.name, LOG_SHEET_NAME));
  if (!sheet || sheet.protected || !isLogSheet(sheet)) return { kind: "unusable" };
  const nextRow = sheet.used ? sheet.used.row + sheet.used.rowCount : 1;
  return { kind: "ours", sheet, entries: readEntries(sheet), nextRow: Math.max(1, nextRow) };
}

function isLogSheet(sheet: SheetSnapshot): boolean {
  return property(sheet.properties, KIND_KEY) === LOG_KIND;
}

function readEntries(sheet: SheetSnapshot): LogEntry[] {
  if (!sheet.used) return [];
  const entries: LogEntry[] = [];
  const end = sheet.used.row + sheet.used.rowCount;
  for (let row = Math.max(1, sheet.used.row); row < end; row++) {
    const text = (column: number) => cellText(gradeCell(sheet, row, column).value);
    const kind = text(COLUMN.previousKind).trim();
    const previousKind = PREVIOUS_KINDS.find((k) => k === kind) ?? "文字";
    const original = gradeCell(sheet, row, COLUMN.original).value;
    const entry: LogEntry = {
      row,
      time: text(COLUMN.time),
      sheet: text(COLUMN.sheet),
      cell: text(COLUMN.cell),
      // A conversion's original is text, whatever it looks like.
      original: previousKind === "文字" ? cellText(original) : original,
      value: gradeCell(sheet, row, COLUMN.value).value,
      numberFormat: text(COLUMN.format),
      undone: text(COLUMN.undone).trim(),
      previousFormat: text(COLUMN.previousFormat),
      previousKind,
    };
    if (entry.time !== "" && entry.sheet !== "" && entry.cell !== "") entries.push(entry);
  }
  return entries;
}

/** The plan that adds `entries` to the log (creating the sheet when it is absent), or null for none. */
export function appendPlan(state: LogState, entries: readonly NewLogEntry[]): SheetPlan | null {
  if (entries.length === 0 || state.kind === "unusable") return null;
  // Text stays text in the log (a formula's text included): a plan never turns a string into a formula.
  const rows: PlannedCell[][] = entries.map((e) => [
    e.time,
    e.sheet,
    e.cell,
    e.original ?? undefined,
    e.value ?? undefined,
    e.numberFormat,
    undefined,
    e.previousFormat,
    e.previousKind,
  ]);
  if (state.kind === "ours") {
    // A log begun before 元の種類 existed (narrower than today's columns) gets its heading.
    const heading = (state.sheet.used?.columnCount ?? 0) < LOG_COLUMNS.length;
    return {
      ...emptySheetPlan(state.sheet.name, "update"),
      blocks: [
        { anchor: { row: state.nextRow, column: 0 }, rows },
        ...(heading
          ? [{ anchor: { row: 0, column: COLUMN.previousKind }, rows: [[LOG_COLUMNS[COLUMN.previousKind]]] }]
          : []),
      ],
    };
  }
  const width = LOG_COLUMNS.length;
  return {
    ...emptySheetPlan(LOG_SHEET_NAME, "create"),
    blocks: [{ anchor: { row: 0, column: 0 }, rows: [[...LOG_COLUMNS], ...rows] }],
    styles: [
      {
        range: { row: 0, column: 0, rowCount: 1, columnCount: width },
        style: { bold: true, fill: "#DDEBF7", border: true },
      },
    ],
    columnWidths: WIDTHS.map((points, column) => ({ column, points })),
    freeze: { rows: 1, columns: 0 },
    properties: { [KIND_KEY]: LOG_KIND, [VERSION_KEY]: LOG_VERSION },
  };
}

/** Writes `text` into the 取り消し済み cell of each entry. */
export function undoneBlocks(entries: readonly { readonly row: number; readonly text: string }[]): CellBlock[] {
  return entries.map((e) => ({ anchor: { row: e.row, column: COLUMN.undone }, rows: [[e.text]] }));
}
