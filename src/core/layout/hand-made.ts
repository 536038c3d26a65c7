/**
 * A department sheet laid out by hand, read as Tassei reads its own: the fiscal year by one rule, the
 * department's name, the indicator blocks (find-blocks.ts) and the goals — section titles above the
 * blocks (枚方), goal blocks with 目標 / 分野 / 達成状況 labels and a letter typed by hand (柏原), or a
 * 重点目標 column of a plain list. A hand-made sheet owns no range: nothing here plans a write.
 */
import { fiscalYearInText, parseFiscalYear } from "../era";
import { foldText } from "../numbers/chars";
import { cellAddress } from "../workbook/address";
import type { CellValue, SheetSnapshot } from "../workbook/snapshot";
import { type CellBlock, findCellBlocks, findGoalTables, findSectionGoals, yearFromHeaders } from "./find-blocks";
import { headerKey, headerMeaning } from "./header-words";
import { readMetadata } from "./metadata";
import { readHeaderCells } from "./read-header";

export type FiscalYearSource = "header" | "metadata" | "title" | "columns" | "sheetName" | "fileName";

export interface FoundFiscalYear {
  readonly year: number;
  readonly source: FiscalYearSource;
  /** A1 of the cell it was read from, when it was read from a cell. */
  readonly cell: string | null;
}

/** A goal of a hand-made sheet, with the cells it was read from. */
export interface CellGoal {
  readonly no: number;
  readonly title: string;
  readonly titleCell: { readonly row: number; readonly column: number };
  /** The cell holding the goal's 達成度 / 達成状況 letter, when the layout has one. */
  readonly gradeCell: { readonly row: number; readonly column: number } | null;
  readonly field: string;
  readonly masterPlanCodes: readonly string[];
  readonly measureSheetCodes: readonly string[];
}

export interface HandMadeLayout {
  readonly fiscalYear: FoundFiscalYear | null;
  readonly department: { readonly name: string; readonly cell: string | null } | null;
  readonly blocks: readonly CellBlock[];
  readonly goals: readonly CellGoal[];
}

/** How many rows from the top a title may be on. */
const TITLE_ROWS = 12;

function textAt(sheet: SheetSnapshot, row: number, column: number): string | null {
  const used = sheet.used;
  if (!used) return null;
  const value: CellValue = sheet.values[row - used.row]?.[column - used.column] ?? null;
  if (typeof value !== "string") return typeof value === "number" ? String(value) : null;
  const text = value.trim();
  return text === "" ? null : text;
}

function* textCells(sheet: SheetSnapshot, fromRow: number, toRow: number) {
  const used = sheet.used;
  if (!used) return;
  for (let row = Math.max(fromRow, used.row); row <= Math.min(toRow, used.row + used.rowCount - 1); row++) {
    for (let column = used.column; column < used.column + used.columnCount; column++) {
      const text = textAt(sheet, row, column);
      if (text !== null) yield { row, column, text };
    }
  }
}

/**
 * The sheet's fiscal year, one rule for grading, consolidating and the pane: its 年度 cell, else the
 * year Tassei recorded, else the title (令和7年度 … in the top rows), else the years of the column
 * headers, else the sheet's name, else the file's name. Null when none says.
 */
export function sheetFiscalYear(sheet: SheetSnapshot, fileName?: string | null): FoundFiscalYear | null {
  const labelled = readHeaderCells(sheet).fiscalYear;
  if (labelled && labelled.value !== null && typeof labelled.value !== "boolean") {
    const parsed = parseFiscalYear(labelled.value);
    if (parsed.ok) return { year: parsed.year, source: "header", cell: cellAddress(labelled) };
  }
  const metadata = readMetadata(sheet.properties);
  if (metadata?.fiscalYear != null) return { year: metadata.fiscalYear, source: "metadata", cell: null };
  const top = sheet.used?.row ?? 0;
  for (const { row, column, text } of textCells(sheet, top, top + TITLE_ROWS - 1)) {
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
  /(?:^|[\s\u3000.．]|年度)([^\s\u3000、。:：.．()（）「」0-9０-９]{1,12}?(?:部|局|公室|室|委員会))(?:の|[\s\u3000]|$)/;

/** The department's name: a 部 / 部局 label's value, else a name in the title, else the sheet's name. */
export function sheetDepartmentName(sheet: SheetSnapshot): { name: string; cell: string | null } {
  const top = sheet.used?.row ?? 0;
  for (const { row, column, text } of textCells(sheet, top, top + TITLE_ROWS - 1)) {
    if (!DEPARTMENT_LABELS.has(headerKey(text))) continue;
    const value = textAt(sheet, row, column + 1);
    if (value !== null) return { name: value, cell: cellAddress({ row, column: column + 1 }) };
  }
  for (const { row, column, text } of textCells(sheet, top, top + TITLE_ROWS - 1)) {
    const match = DEPARTMENT_IN_TITLE.exec(foldText(text));
    if (match?.[1]) return { name: match[1], cell: cellAddress({ row, column }) };
  }
  return { name: sheet.name.trim(), cell: null };
}

const GOAL_LABEL = "目標";
const FIELD_LABEL = "分野";

/**
 * Goal blocks as seed 000 lays them out: a label row `No | 目標 | (5) | … | 分野 | 市政運営 | 令和7年度達成状況`
 * and under it the goal's title, with the letter typed under 達成状況. The number may sit on either row
 * (a merged cell keeps it in its top cell).
 */
function goalBlocks(sheet: SheetSnapshot): CellGoal[] {
  const used = sheet.used;
  if (!used) return [];
  const goals: CellGoal[] = [];
  for (let row = used.row; row < used.row + used.rowCount - 1; row++) {
    const cells = [...textCells(sheet, row, row)];
    const goalLabel = cells.find((c) => headerKey(c.text) === GOAL_LABEL);
    const fieldLabel = cells.find((c) => headerKey(c.text) === FIELD_LABEL);
    const gradeLabel = cells.find((c) => headerMeaning(c.text)?.key === "grade");
    if (!goalLabel || !fieldLabel || !gradeLabel) continue;
    const numberAt = (r: number) => {
      for (let column = used.column; column < goalLabel.column; column++) {
        const text = textAt(sheet, r, column);
        if (text !== null && /^[0-9０-９]{1,2}$/.test(text)) return { no: Number(text.normalize("NFKC")), column };
      }
      return null;
    };
    const number = numberAt(row) ?? numberAt(row + 1);
    const titleCell = [...textCells(sheet, row + 1, row + 1)].find(
      (c) => c.column < gradeLabel.column && c.column !== number?.column && !/^[0-9０-９]{1,2}$/.test(c.text),
    );
    if (!titleCell) continue;
    const code = textAt(sheet, row, goalLabel.column + 1);
    goals.push({
      no: number?.no ?? goals.length + 1,
      title: titleCell.text,
      titleCell: { row: titleCell.row, column: titleCell.column },
      gradeCell: { row: row + 1, column: gradeLabel.column },
      field: textAt(sheet, row, fieldLabel.column + 1) ?? "",
      masterPlanCodes: code !== null && /^[(（]?[0-9０-９]/.test(code) ? [`${GOAL_LABEL}${code}`] : [],
      measureSheetCodes: [],
    });
    row += 1;
  }
  return goals;
}

/** Goals of a plain list: its 重点目標 column, numbered by its No. column or in order of appearance. */
function listGoals(sheet: SheetSnapshot, blocks: readonly CellBlock[]): CellGoal[] {
  const goals = new Map<number, CellGoal>();
  for (const block of blocks) {
    const titleColumn = block.goalTitleColumn;
    if (titleColumn === null) continue;
    let no = 0;
    for (let row = block.headerRow + 1; row < block.range.row + block.range.rowCount; row++) {
      const title = textAt(sheet, row, titleColumn);
      const numberColumn = block.kpiColumns.goalNo;
      const written = numberColumn === undefined ? null : textAt(sheet, row, numberColumn);
      if (written !== null && /^[0-9０-９]{1,3}$/.test(written)) no = Number(written.normalize("NFKC"));
      else if (title !== null && ![...goals.values()].some((g) => g.title === title)) no = goals.size + 1;
      if (title === null || no === 0 || goals.has(no)) continue;
      goals.set(no, {
        no,
        title,
        titleCell: { row, column: titleColumn },
        gradeCell: null,
        field: "",
        masterPlanCodes: [],
        measureSheetCodes: [],
      });
    }
  }
  return [...goals.values()];
}

const layouts = new WeakMap<SheetSnapshot, HandMadeLayout>();

/** Everything Tassei reads on a hand-made sheet (computed once per snapshot). */
export function handMadeLayout(sheet: SheetSnapshot): HandMadeLayout {
  const known = layouts.get(sheet);
  if (known) return known;
  const fiscalYear = sheetFiscalYear(sheet);
  const blocks = findCellBlocks(sheet, fiscalYear?.year ?? null);
  const sections = findSectionGoals(sheet).map((goal): CellGoal => ({
    no: goal.no,
    title: goal.title,
    titleCell: goal.cell,
    gradeCell: null,
    field: "",
    masterPlanCodes: [],
    measureSheetCodes: goal.measureSheetCodes,
  }));
  const byNumber = new Map<number, CellGoal>();
  const tables = findGoalTables(sheet).map((goal): CellGoal => ({
    ...goal,
    field: "",
    masterPlanCodes: [],
    measureSheetCodes: [],
  }));
  for (const goal of [...goalBlocks(sheet), ...tables, ...sections, ...listGoals(sheet, blocks)]) {
    if (!byNumber.has(goal.no)) byNumber.set(goal.no, goal);
  }
  const goals = [...byNumber.values()].sort((a, b) => a.no - b.no);
  const hasContent = blocks.length > 0 || goals.some((goal) => goal.gradeCell !== null) || tables.length > 0;
  const layout: HandMadeLayout = {
    fiscalYear,
    department: hasContent ? sheetDepartmentName(sheet) : null,
    blocks,
    goals,
  };
  layouts.set(sheet, layout);
  return layout;
}

/**
 * A hand-made sheet Tassei can read: an indicator block, goal blocks with their 達成状況 letters, or a
 * table of numbered goals (graded where it has a 評価 column, listed as ungraded where it has none).
 */
export function isReadableHandMade(sheet: SheetSnapshot): boolean {
  return handMadeLayout(sheet).department !== null;
}
