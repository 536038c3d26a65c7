/**
 * Finding indicator blocks in a sheet laid out by hand: plain cells, no Excel table, the city's own
 * words. A header row (one row, or two when the upper one is merged over the lower) is a row whose
 * cells read as 指標 and 目標値 / 実績値 (header-words.ts); the block's rows follow it down to a blank
 * row, a new header row or a new section title. Multi-year columns (H29 実績 … R4 目標) are resolved
 * with the sheet's fiscal year: that year's 目標 and 実績 are graded, last year's 実績 is the baseline,
 * the other years are history, kept and shown.
 *
 * A block found here is the same located table as an Excel table (FoundTable), so grading and
 * consolidation read it through the one path they already have.
 */
import { type RangeRef, cellAddress, rangeAddress } from "../workbook/address";
import { type AssignableRole, savedColumnRoles } from "./column-roles";
import { type CellValue, type SheetSnapshot, isBlankCell } from "../workbook/snapshot";
import { type BlockColumnKey, type HeaderMeaning, headerFiscalYear, headerMeaning } from "./header-words";
import type { KpiColumnKey } from "./kpi-table";

/** What a column of a block was taken as: a KPI column, the goal or section of a row, a past year, or nothing. */
export type ColumnRole = BlockColumnKey | "history" | null;

export interface BlockColumn {
  readonly column: number;
  /** The header as the sheet shows it (two merged rows joined). */
  readonly header: string;
  readonly role: ColumnRole;
  /** The fiscal year the header names, if any. */
  readonly year: number | null;
}

/** A goal written as a section title above its indicators (重点的な取り組み:…, 重点目標 1 …). */
export interface SectionGoal {
  readonly no: number;
  readonly title: string;
  readonly cell: { readonly row: number; readonly column: number };
  readonly measureSheetCodes: readonly string[];
}

export interface CellBlock {
  /** Header row(s) through the last row of the block. */
  readonly range: RangeRef;
  /** The header row data rows start under (the lower one of two merged rows). */
  readonly headerRow: number;
  readonly headerRows: number;
  readonly columns: readonly BlockColumn[];
  /** Sheet column of each KPI column the block has. */
  readonly kpiColumns: Readonly<Partial<Record<KpiColumnKey, number>>>;
  readonly goalTitleColumn: number | null;
  readonly sectionColumn: number | null;
  /** The section title above the block, whose goal its indicators measure. */
  readonly goal: SectionGoal | null;
  /** The header says the actuals are estimates (実績(見込み)). */
  readonly estimate: boolean;
  /** A1 of the block's first header cell: the key its saved column roles are kept under. */
  readonly headerCell: string;
  /** Columns whose role a person set (column-roles.ts), not read from the header. */
  readonly corrected: readonly number[];
}

/** A block before its year columns are resolved. */
interface RawBlock {
  readonly headerRow: number;
  readonly headerRows: number;
  readonly lastRow: number;
  readonly headers: readonly {
    readonly column: number;
    readonly text: string;
    readonly meaning: HeaderMeaning | null;
  }[];
}

/** 重点的な取り組み:…, 重点目標 1 …, 重点目標１：… — a goal's title above its indicators. */
const GOAL_TITLE =
  /^(?:重点的な取り?組み?|重点目標|重点取組|重点施策)\s*(?:(?<no>\d{1,2}|[①-⑳])\s*)?[:：.．、\s]\s*(?<title>\S.*)$/s;
const MEASURE_SHEET = /施策シート\s*[:：]\s*(?<code>[0-9０-９][0-9０-９\-－‐ー]*)/;
/** A row that opens a new part of the document: 【…】, <…>, ■ …, "2. …", ①…. */
const SECTION_MARK = /^(?:【|<|＜|■|□|●|◆|◇|[0-9０-９]{1,2}[.．]\s|[①-⑳])/;

function textOf(value: CellValue): string | null {
  if (typeof value !== "string") return null;
  const text = value.trim();
  return text === "" ? null : text;
}

interface Grid {
  readonly sheet: SheetSnapshot;
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
  value(row: number, column: number): CellValue;
}

function gridOf(sheet: SheetSnapshot): Grid | null {
  const used = sheet.used;
  if (!used) return null;
  return {
    sheet,
    top: used.row,
    left: used.column,
    rows: used.rowCount,
    columns: used.columnCount,
    value: (row, column) => sheet.values[row - used.row]?.[column - used.column] ?? null,
  };
}

type Meanings = Map<number, HeaderMeaning>;

function rowMeanings(grid: Grid, headers: readonly { column: number; text: string }[]): Meanings {
  const meanings: Meanings = new Map();
  for (const { column, text } of headers) {
    const meaning = headerMeaning(text);
    if (meaning) meanings.set(column, meaning);
  }
  return meanings;
}

function keysOf(meanings: Meanings): Set<BlockColumnKey> {
  return new Set([...meanings.values()].map((m) => m.key));
}

/** A header row of indicators: 指標 with a target, an actual or a grade; or a target and an actual. */
function isIndicatorHeader(meanings: Meanings): boolean {
  const keys = keysOf(meanings);
  if (meanings.size < 2) return false;
  if (keys.has("name")) return keys.has("target") || keys.has("actual") || keys.has("grade") || keys.has("rate");
  return false;
}

function singleRow(grid: Grid, row: number): { column: number; text: string }[] {
  const cells: { column: number; text: string }[] = [];
  for (let c = grid.left; c < grid.left + grid.columns; c++) {
    const text = textOf(grid.value(row, c));
    if (text !== null) cells.push({ column: c, text });
  }
  return cells;
}

/**
 * Two header rows read as one: a merged upper cell (its text in the leftmost cell only) spans the
 * lower cells to its right, so 令和7年度 over 目標値 | 実績値 gives 令和7年度目標値 and 令和7年度実績値.
 */
function twoRows(grid: Grid, row: number): { column: number; text: string }[] {
  const cells: { column: number; text: string }[] = [];
  let carried: string | null = null;
  for (let c = grid.left; c < grid.left + grid.columns; c++) {
    const upper = textOf(grid.value(row, c));
    const lower = textOf(grid.value(row + 1, c));
    if (upper !== null) carried = upper;
    else if (lower === null) carried = null;
    const top = upper ?? (lower !== null ? carried : null);
    if (top === null && lower === null) continue;
    cells.push({ column: c, text: [top, lower].filter((t) => t !== null).join("") });
  }
  return cells;
}

/** The best reading of the header at `row`: one row, or two when the lower row adds columns. */
function headerAt(
  grid: Grid,
  row: number,
  accept: (meanings: Meanings) => boolean = isIndicatorHeader,
): { headers: RawBlock["headers"]; rows: number } | null {
  const one = singleRow(grid, row);
  const oneMeanings = rowMeanings(grid, one);
  let best: { headers: typeof one; meanings: Meanings; rows: number } | null = accept(oneMeanings)
    ? { headers: one, meanings: oneMeanings, rows: 1 }
    : null;
  if (row + 1 < grid.top + grid.rows && rowHasNoNumber(grid, row + 1) && singleRow(grid, row + 1).length > 0) {
    const two = twoRows(grid, row);
    const twoMeanings = rowMeanings(grid, two);
    // Each column of two rows: the joined text, else the lower, else the upper cell's own meaning.
    for (const { column, text } of two) {
      if (twoMeanings.has(column)) continue;
      const lower = textOf(grid.value(row + 1, column));
      const fallback =
        (lower !== null ? headerMeaning(lower) : null) ??
        headerMeaning(text.slice(0, text.length - (lower?.length ?? 0)));
      if (fallback) twoMeanings.set(column, fallback);
    }
    if (
      accept(twoMeanings) &&
      twoMeanings.size > (best?.meanings.size ?? 0) &&
      !accept(rowMeanings(grid, singleRow(grid, row + 1)))
    ) {
      best = { headers: two, meanings: twoMeanings, rows: 2 };
    }
  }
  if (!best) return null;
  const meanings = best.meanings;
  return {
    headers: best.headers.map(({ column, text }) => ({ column, text, meaning: meanings.get(column) ?? null })),
    rows: best.rows,
  };
}

function rowHasNoNumber(grid: Grid, row: number): boolean {
  for (let c = grid.left; c < grid.left + grid.columns; c++) if (typeof grid.value(row, c) === "number") return false;
  return true;
}

function isSectionTitle(grid: Grid, row: number): boolean {
  const cells = singleRow(grid, row);
  return (
    cells.some(({ text }) => GOAL_TITLE.test(text)) || (cells.length === 1 && SECTION_MARK.test(cells[0]?.text ?? ""))
  );
}

function isBlankRow(grid: Grid, row: number, from: number, to: number): boolean {
  for (let c = from; c <= to; c++) if (!isBlankCell(grid.value(row, c))) return false;
  return true;
}

function scanBlocks(grid: Grid): RawBlock[] {
  const blocks: RawBlock[] = [];
  const end = grid.top + grid.rows;
  for (let row = grid.top; row < end; row++) {
    const header = headerAt(grid, row);
    if (!header) continue;
    const { headers, rows: headerRows } = header;
    const columns = headers.filter((h) => h.meaning !== null).map((h) => h.column);
    const from = Math.min(...columns);
    const to = Math.max(...columns);
    let last = row + headerRows - 1;
    for (let r = last + 1; r < end; r++) {
      if (isBlankRow(grid, r, from, to) || isSectionTitle(grid, r) || headerAt(grid, r) !== null) break;
      last = r;
    }
    blocks.push({ headerRow: row, headerRows, lastRow: last, headers });
    row = last;
  }
  return blocks;
}

/** Every goal written as a section title, in sheet order, numbered as written or by their order. */
function sectionGoals(grid: Grid): SectionGoal[] {
  const goals: { no: number; title: string; cell: { row: number; column: number }; codes: string[] }[] = [];
  for (let row = grid.top; row < grid.top + grid.rows; row++) {
    for (const { column, text } of singleRow(grid, row)) {
      const match = GOAL_TITLE.exec(text);
      if (match?.groups) {
        const written = match.groups.no;
        const no = written === undefined ? goals.length + 1 : circledOrNumber(written);
        goals.push({ no, title: (match.groups.title ?? "").trim(), cell: { row, column }, codes: [] });
        continue;
      }
      const code = MEASURE_SHEET.exec(text)?.groups?.code;
      const current = goals[goals.length - 1];
      if (code !== undefined && current) current.codes.push(code.normalize("NFKC").replace(/[－‐ー]/g, "-"));
    }
  }
  return goals.map(({ no, title, cell, codes }) => ({ no, title, cell, measureSheetCodes: codes }));
}

function circledOrNumber(text: string): number {
  const c = text.charCodeAt(0);
  return c >= 0x2460 && c <= 0x2473 ? c - 0x2460 + 1 : Number(text.normalize("NFKC"));
}

/** The fiscal year the blocks' own headers point at: the latest with a target and an actual, else the first target year. */
export function yearFromHeaders(sheet: SheetSnapshot): number | null {
  const grid = gridOf(sheet);
  if (!grid) return null;
  const targets = new Set<number>();
  const actuals = new Set<number>();
  for (const block of scanBlocks(grid)) {
    for (const { meaning } of block.headers) {
      if (meaning?.year?.kind !== "year") continue;
      if (meaning.key === "target") targets.add(meaning.year.year);
      if (meaning.key === "actual") actuals.add(meaning.year.year);
    }
  }
  const both = [...targets].filter((year) => actuals.has(year));
  if (both.length > 0) return Math.max(...both);
  return targets.size > 0 ? Math.min(...targets) : null;
}

/** The indicator blocks of a sheet, their year columns resolved with `fiscalYear` (null: unknown). */
export function findCellBlocks(sheet: SheetSnapshot, fiscalYear: number | null): CellBlock[] {
  const grid = gridOf(sheet);
  if (!grid) return [];
  const goals = sectionGoals(grid);
  return scanBlocks(grid).map((raw) => {
    const block = resolve(raw, fiscalYear, goals);
    const saved = savedColumnRoles(sheet.properties, block.headerCell);
    return saved.size === 0 ? block : corrected(block, saved, grid);
  });
}

/** The block with the roles a person saved: each saved column takes its role from whichever column had it. */
function corrected(block: CellBlock, saved: ReadonlyMap<number, AssignableRole>, grid: Grid): CellBlock {
  const kpi: Partial<Record<KpiColumnKey, number>> = { ...block.kpiColumns };
  let goalTitleColumn = block.goalTitleColumn;
  let sectionColumn = block.sectionColumn;
  const columns = new Map<number, { -readonly [K in keyof BlockColumn]: BlockColumn[K] }>(
    block.columns.map((c) => [c.column, { ...c }] as const),
  );
  const release = (column: number) => {
    for (const key of Object.keys(kpi) as KpiColumnKey[]) if (kpi[key] === column) delete kpi[key];
    if (goalTitleColumn === column) goalTitleColumn = null;
    if (sectionColumn === column) sectionColumn = null;
  };
  for (const [column, role] of saved) {
    if (column < block.range.column || column >= block.range.column + block.range.columnCount) continue;
    release(column);
    const taken =
      role === "goalTitle" || role === "section" || role === "history" || role === "none" ? null : kpi[role];
    if (taken !== undefined && taken !== null) {
      release(taken);
      const previous = columns.get(taken);
      if (previous) previous.role = null;
    }
    if (role === "goalTitle") goalTitleColumn = column;
    else if (role === "section") sectionColumn = column;
    else if (role !== "history" && role !== "none") kpi[role] = column;
    const header = columns.get(column)?.header ?? textOf(grid.value(block.headerRow, column)) ?? "";
    columns.set(column, {
      column,
      header,
      role: role === "none" ? null : role,
      year: columns.get(column)?.year ?? null,
    });
  }
  return {
    ...block,
    columns: [...columns.values()].sort((a, b) => a.column - b.column),
    kpiColumns: kpi,
    goalTitleColumn,
    sectionColumn,
    corrected: [...saved.keys()],
  };
}

/** Every section goal of the sheet (also those with no indicator block under them). */
export function findSectionGoals(sheet: SheetSnapshot): SectionGoal[] {
  const grid = gridOf(sheet);
  return grid ? sectionGoals(grid) : [];
}

function resolve(raw: RawBlock, fiscalYear: number | null, goals: readonly SectionGoal[]): CellBlock {
  const columns: BlockColumn[] = [];
  const kpi: Partial<Record<KpiColumnKey, number>> = {};
  let goalTitleColumn: number | null = null;
  let sectionColumn: number | null = null;
  let estimate = false;
  const yearOf = (meaning: HeaderMeaning) => headerFiscalYear(meaning.year, fiscalYear);
  // Which year's target and actual are graded: the sheet's year; without one, the year with both.
  const dated = raw.headers.filter(
    (h) => h.meaning?.year && (h.meaning.key === "target" || h.meaning.key === "actual"),
  );
  const gradedYear =
    fiscalYear ??
    (() => {
      const years = (key: string) =>
        new Set(dated.filter((h) => h.meaning?.key === key).map((h) => (h.meaning ? yearOf(h.meaning) : null)));
      const targets = years("target");
      const both = [...years("actual")].filter((y) => y !== null && targets.has(y)) as number[];
      return both.length > 0 ? Math.max(...both) : null;
    })();

  const take = (key: KpiColumnKey, column: number): boolean => {
    if (kpi[key] !== undefined) return false;
    kpi[key] = column;
    return true;
  };
  // Undated columns first claim their key; dated ones then fill the graded year, last year's actual
  // becomes the baseline, and the rest is history.
  for (const { column, text, meaning } of raw.headers) {
    if (meaning === null || meaning.year !== null) continue;
    let role: ColumnRole = meaning.key;
    if (meaning.key === "goalTitle") goalTitleColumn ??= column;
    else if (meaning.key === "section") sectionColumn ??= column;
    else if (!take(meaning.key, column)) role = null;
    if (role === "actual" && meaning.estimate) estimate = true;
    columns.push({ column, header: text, role, year: null });
  }
  for (const { column, text, meaning } of raw.headers) {
    if (meaning === null || meaning.year === null) continue;
    const year = yearOf(meaning);
    let role: ColumnRole = "history";
    if (meaning.key === "target" || meaning.key === "actual") {
      if (year !== null && year === gradedYear && take(meaning.key, column)) role = meaning.key;
      else if (
        meaning.key === "actual" &&
        year !== null &&
        gradedYear !== null &&
        year === gradedYear - 1 &&
        take("baseline", column)
      )
        role = "baseline";
    } else if (meaning.key === "baseline") {
      role = take("baseline", column) ? "baseline" : "history";
    } else if (meaning.key === "grade" || meaning.key === "rate") {
      role = (year === null || year === gradedYear) && take(meaning.key, column) ? meaning.key : "history";
    } else if (meaning.key !== "goalTitle" && meaning.key !== "section") {
      role = take(meaning.key, column) ? meaning.key : null;
    }
    if (role === "actual" && meaning.estimate) estimate = true;
    columns.push({ column, header: text, role, year });
  }
  for (const { column, text, meaning } of raw.headers) {
    if (meaning === null) columns.push({ column, header: text, role: null, year: null });
  }
  columns.sort((a, b) => a.column - b.column);

  const headerRow = raw.headerRow + raw.headerRows - 1;
  const from = Math.min(...raw.headers.map((h) => h.column));
  const to = Math.max(...raw.headers.map((h) => h.column));
  const goal = [...goals].reverse().find((g) => g.cell.row < raw.headerRow) ?? null;
  return {
    headerCell: cellAddress({ row: raw.headerRow, column: from }),
    corrected: [],
    range: { row: headerRow, column: from, rowCount: raw.lastRow - headerRow + 1, columnCount: to - from + 1 },
    headerRow,
    headerRows: raw.headerRows,
    columns,
    kpiColumns: kpi,
    goalTitleColumn,
    sectionColumn,
    goal,
    estimate,
  };
}

/** A block's name as the pane, --json and the summary show it: where it is. */
export function blockName(block: CellBlock): string {
  return rangeAddress({
    ...block.range,
    row: block.headerRow - block.headerRows + 1,
    rowCount: block.range.rowCount + block.headerRows - 1,
  });
}

/** A goal of a table of goals (seed 003: No | 当年度目標 | 実績 | 課題・今後の方向性, maybe 自己評価). */
export interface TableGoal {
  readonly no: number;
  readonly title: string;
  readonly titleCell: { readonly row: number; readonly column: number };
  readonly gradeCell: { readonly row: number; readonly column: number } | null;
}

/** A header of goals: a No. column and a goal column (当年度目標, 重点目標), no indicator column. */
function isGoalHeader(meanings: Meanings): boolean {
  const keys = keysOf(meanings);
  return keys.has("goalNo") && (keys.has("goalTitle") || keys.has("target")) && !keys.has("name");
}

const GOAL_NUMBER = /^[0-9０-９]{1,2}$/;

/**
 * Tables of goals laid out by hand, one numbered row per goal: its title is the first line of the goal
 * column, its grade the letter in a 評価 / 自己評価 / 達成度 column when there is one. A table ends at a blank
 * row or a new header; rows without a number (continuations, sub-tables) belong to the goal above.
 */
export function findGoalTables(sheet: SheetSnapshot): TableGoal[] {
  const grid = gridOf(sheet);
  if (!grid) return [];
  const goals: TableGoal[] = [];
  const end = grid.top + grid.rows;
  for (let row = grid.top; row < end; row++) {
    const header = headerAt(grid, row, isGoalHeader);
    if (!header) continue;
    const column = (key: BlockColumnKey) => header.headers.find((h) => h.meaning?.key === key)?.column;
    const noColumn = column("goalNo");
    const titleColumn = column("goalTitle") ?? column("target");
    const gradeColumn = column("grade");
    if (noColumn === undefined || titleColumn === undefined) continue;
    let last = row + header.rows - 1;
    for (let r = last + 1; r < end; r++) {
      if (isBlankRow(grid, r, grid.left, grid.left + grid.columns - 1) || headerAt(grid, r, isGoalHeader)) break;
      last = r;
      const no = grid.value(r, noColumn);
      const text = typeof no === "number" ? String(no) : (textOf(no) ?? "");
      const title = textOf(grid.value(r, titleColumn))?.split(/\r?\n/)[0]?.trim() ?? "";
      if (!GOAL_NUMBER.test(text) || title === "") continue;
      goals.push({
        no: Number(text.normalize("NFKC")),
        title,
        titleCell: { row: r, column: titleColumn },
        gradeCell: gradeColumn === undefined ? null : { row: r, column: gradeColumn },
      });
    }
    row = last;
  }
  return goals;
}
