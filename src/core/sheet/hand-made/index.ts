/**
 * A department sheet laid out by hand, read as Tassei reads its own: the fiscal year by one rule, the
 * department's name, the indicator blocks (blocks.ts) and the goals (sections.ts, goals.ts). A
 * hand-made sheet owns no range: nothing here plans a write.
 */
import { fiscalYearInText, parseFiscalYear } from "../../era";
import { foldText } from "../../numbers/chars";
import { cellAddress } from "@tassei/excel-rules";
import type { SheetSnapshot } from "../../workbook/snapshot";
import { readMetadata } from "../metadata";
import { readHeaderCells } from "../header/read-header";
import { type CellBlock, findCellBlocks, firstHeaderRow, yearFromHeaders } from "./blocks";
import { type CellGoal, goalBlocks, goalTables, listGoals } from "./goals";
import { Grid, type TextCell } from "./grid";
import { sectionGoals } from "./sections";
import { headerKey, headerMeaning } from "./words";

export type { CellBlock } from "./blocks";
export type { CellGoal } from "./goals";
export { blockName } from "./blocks";

export type FiscalYearSource = "header" | "metadata" | "title" | "columns" | "sheetName" | "fileName";

export interface FoundFiscalYear {
  readonly year: number;
  readonly source: FiscalYearSource;
  /** A1 of the cell it was read from, when it was read from a cell. */
  readonly cell: string | null;
}

export interface HandMadeLayout {
  readonly fiscalYear: FoundFiscalYear | null;
  readonly department: { readonly name: string; readonly cell: string | null } | null;
  readonly blocks: readonly CellBlock[];
  readonly goals: readonly CellGoal[];
}

/** How many rows from the top a title may be on (and never below the first indicator header). */
const TITLE_ROWS = 12;

/** The title area's text cells, top to bottom: above the first indicator header, never a header word. */
function* titleCells(sheet: SheetSnapshot): Generator<TextCell & { row: number }> {
  const grid = Grid.of(sheet);
  if (!grid) return;
  const end = Math.min(grid.top + TITLE_ROWS, firstHeaderRow(sheet) ?? grid.end);
  for (let row = grid.top; row < end; row++) {
    for (const cell of grid.textCells(row)) if (headerMeaning(cell.text) === null) yield { row, ...cell };
  }
}

/**
 * The sheet's fiscal year, one rule for grading, consolidating and the pane: its 年度 cell, else the
 * year Tassei recorded, else the title (令和7年度 … above the first indicator header), else the years of
 * the column headers, else the sheet's name, else the file's name. Null when none says.
 */
export function sheetFiscalYear(sheet: SheetSnapshot, fileName?: string | null): FoundFiscalYear | null {
  const labelled = readHeaderCells(sheet).fiscalYear;
  if (labelled && labelled.value !== null && typeof labelled.value !== "boolean") {
    const parsed = parseFiscalYear(labelled.value);
    if (parsed.ok) return { year: parsed.year, source: "header", cell: cellAddress(labelled) };
  }
  const metadata = readMetadata(sheet.properties);
  if (metadata?.fiscalYear != null) return { year: metadata.fiscalYear, source: "metadata", cell: null };
  for (const { row, column, text } of titleCells(sheet)) {
    const year = fiscalYearInText(text);
    if (year !== null) return { year, source: "title", cell: cellAddress({ row, column }) };
  }
  const fromColumns = yearFromHeaders(sheet);
  if (fromColumns !== null) return { year: fromColumns, source: "columns", cell: null };
  const fromSheet = fiscalYearInText(sheet.name, true);
  if (fromSheet !== null) return { year: fromSheet, source: "sheetName", cell: null };
  const fromFile = fileName ? fiscalYearInText(fileName, true) : null;
  return fromFile === null ? null : { year: fromFile, source: "fileName", cell: null };
}

const DEPARTMENT_LABELS = new Set(["部", "部局", "部名", "部局名", "所属部", "所管部"]);
/** 市長公室の取り組み, 令和7年度 政策推進部の運営方針, 1. 総合政策部のめざす姿 */
const DEPARTMENT_IN_TITLE =
  /(?:^|[\s.．]|年度)([^\s、。:：.．()（）「」0-9０-９]{1,12}?(?:部|局|公室|室|委員会))(?:の|\s|$)/;
/** Words that end in 部 or 局 but name no department: 所管部局, 担当部, 各部局, 関係部局, 全部局. */
const NOT_A_DEPARTMENT = /^(?:所管|担当|各|関係|全|当該|他|主管)/;

/**
 * The department's name: a 部 / 部局 label's value, else a name in the title (…部, …局, …室), else the
 * sheet's name. Only the title area is read (above the first indicator header, never a header word).
 */
export function sheetDepartmentName(sheet: SheetSnapshot): { name: string; cell: string | null } {
  const grid = Grid.of(sheet);
  const cells = [...titleCells(sheet)];
  for (const { row, column, text } of cells) {
    if (!DEPARTMENT_LABELS.has(headerKey(text)) || !grid) continue;
    const value = grid.text(row, column + 1);
    if (value !== null && headerMeaning(value) === null)
      return { name: value, cell: cellAddress({ row, column: column + 1 }) };
  }
  for (const { row, column, text } of cells) {
    const name = DEPARTMENT_IN_TITLE.exec(foldText(text))?.[1];
    if (name && !NOT_A_DEPARTMENT.test(name)) return { name, cell: cellAddress({ row, column }) };
  }
  return { name: sheet.name.trim(), cell: null };
}

const layouts = new WeakMap<SheetSnapshot, Map<string, HandMadeLayout>>();

/**
 * Everything Tassei reads on a hand-made sheet (computed once per snapshot and file name). Goals come
 * from goal blocks, goal tables, section titles and a list's 重点目標 column, in that order of trust: a
 * number taken by an earlier kind is not taken again.
 */
export function handMadeLayout(sheet: SheetSnapshot, fileName?: string | null): HandMadeLayout {
  const byFile = layouts.get(sheet) ?? new Map<string, HandMadeLayout>();
  layouts.set(sheet, byFile);
  const known = byFile.get(fileName ?? "");
  if (known) return known;
  const grid = Grid.of(sheet);
  const fiscalYear = sheetFiscalYear(sheet, fileName);
  const found = findCellBlocks(sheet, fiscalYear?.year ?? null);
  const blocks = grid ? underGoalBlocks(found, goalBlocks(grid)) : found;
  const byNumber = new Map<number, CellGoal>();
  const tables = grid ? goalTables(grid) : [];
  if (grid) {
    const sections = sectionGoals(grid).map((goal): CellGoal => ({
      no: goal.no,
      title: goal.title,
      titleCell: goal.cell,
      gradeCell: null,
      field: "",
      masterPlanCodes: [],
      measureSheetCodes: goal.measureSheetCodes,
    }));
    for (const goal of [...goalBlocks(grid), ...tables, ...sections, ...listGoals(grid, blocks)]) {
      if (!byNumber.has(goal.no)) byNumber.set(goal.no, goal);
    }
  }
  const goals = [...byNumber.values()].sort((a, b) => a.no - b.no);
  const readable = blocks.length > 0 || goals.some((goal) => goal.gradeCell !== null) || tables.length > 0;
  const layout: HandMadeLayout = {
    fiscalYear,
    department: readable ? sheetDepartmentName(sheet) : null,
    blocks,
    goals,
  };
  byFile.set(fileName ?? "", layout);
  return layout;
}

/**
 * Indicator tables that each follow their goal's block (柏原's goal block, then that goal's indicators,
 * then the next goal's block …) measure that goal. Only where goal blocks and indicator tables alternate
 * — a table between every two goal blocks — is the goal block above a table taken as its goal: goal blocks
 * listed together, with the indicators further down under section titles, leave the tables as they are. A
 * table that already knows its goal (a section title above it) keeps it.
 */
function underGoalBlocks(blocks: readonly CellBlock[], goals: readonly CellGoal[]): CellBlock[] {
  if (goals.length === 0 || blocks.length === 0) return [...blocks];
  const goalRows = goals.map((goal) => goal.titleCell.row).sort((a, b) => a - b);
  const tableRows = blocks.map((block) => block.range.row);
  const alternate = goalRows.every((row, i) => {
    const next = goalRows[i + 1] ?? Infinity;
    return tableRows.some((table) => table > row && table < next);
  });
  if (!alternate) return [...blocks];
  return blocks.map((block) => {
    if (block.goal !== null) return block;
    const above = [...goals].reverse().find((goal) => goal.titleCell.row < block.range.row);
    if (!above) return block;
    const goal = {
      no: above.no,
      title: above.title,
      cell: above.titleCell,
      measureSheetCodes: above.measureSheetCodes,
    };
    return { ...block, goal };
  });
}

/**
 * A hand-made sheet Tassei can read: an indicator block, goal blocks with their 達成状況 letters, or a
 * table of numbered goals (graded where it has a 評価 column, listed as ungraded where it has none).
 */
export function isReadableHandMade(sheet: SheetSnapshot): boolean {
  return handMadeLayout(sheet).department !== null;
}
