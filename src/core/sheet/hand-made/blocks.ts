/**
 * Indicator blocks in a sheet laid out by hand: plain cells, no Excel table, the city's own words. A
 * header row (grid.ts) whose cells read as 指標 and a target, an actual, a rate or a grade starts a
 * block; its rows follow down to a blank row, a new header row or a new section title. Multi-year
 * columns (H29 実績 … R4 目標) are resolved with the sheet's fiscal year: that year's 目標 and 実績 are
 * graded, last year's 実績 is the baseline, the other years are history, kept and shown.
 *
 * A block found here is the same located table as an Excel table (FoundTable), so grading and
 * consolidation read it through the one path they already have.
 */
import { type RangeRef, cellAddress, rangeAddress } from "@tassei/excel-rules";
import type { SheetSnapshot } from "../../workbook/snapshot";
import { goalNumberOf } from "../read-cells";
import type { KpiColumnKey } from "../kpi/kpi-table";
import { type AssignableRole, savedColumnRoles } from "./column-roles";
import { Grid, type HeaderCell, type HeaderRow, type Meanings, keysOf } from "./grid";
import { type SectionGoal, isSectionTitle, sectionGoals } from "./sections";
import { type BlockColumnKey, type HeaderMeaning, headerFiscalYear, isGradedYear } from "./words";

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

export interface CellBlock {
  /** The data-header row through the last row of the block. */
  readonly range: RangeRef;
  /** The header row data rows start under (the lower one of two merged rows). */
  readonly headerRow: number;
  readonly headerRows: number;
  readonly columns: readonly BlockColumn[];
  /** Sheet column of each KPI column the block has. */
  readonly kpiColumns: Readonly<Partial<Record<KpiColumnKey, number>>>;
  readonly goalTitleColumn: number | null;
  readonly sectionColumn: number | null;
  /** The section title above the block, whose goal its rows measure when they say no other. */
  readonly goal: SectionGoal | null;
  /** Each row's goal number where the block has a 重点目標 column (numbered by No., else by first appearance). */
  readonly rowGoals: ReadonlyMap<number, number>;
  /** The header says the actuals are estimates (実績(見込み)). */
  readonly estimate: boolean;
  /** A1 of the block's first header cell: the key its saved column roles are kept under. */
  readonly headerCell: string;
  /** Columns whose role a person set (column-roles.ts), not read from the header. */
  readonly corrected: readonly number[];
}

/** A block before its year columns are resolved. */
interface RawBlock {
  readonly header: HeaderRow;
  readonly lastRow: number;
}

/** A header row of indicators: 指標 with a target, an actual, a rate or a grade. */
export function isIndicatorHeader(meanings: Meanings): boolean {
  if (meanings.size < 2) return false;
  const keys = keysOf(meanings);
  return keys.has("name") && (keys.has("target") || keys.has("actual") || keys.has("grade") || keys.has("rate"));
}

const rawBlocks = new WeakMap<SheetSnapshot, readonly RawBlock[]>();

function scanBlocks(grid: Grid): readonly RawBlock[] {
  const known = rawBlocks.get(grid.sheet);
  if (known) return known;
  const blocks: RawBlock[] = [];
  for (let row = grid.top; row < grid.end; row++) {
    const header = grid.headerAt(row, isIndicatorHeader);
    if (!header) continue;
    const columns = header.cells.filter((h) => h.meaning !== null).map((h) => h.column);
    const from = Math.min(...columns);
    const to = Math.max(...columns);
    let last = row + header.rows - 1;
    for (let r = last + 1; r < grid.end; r++) {
      if (grid.isBlankRow(r, from, to) || isSectionTitle(grid, r) || isIndicatorHeader(grid.rowMeanings(r))) break;
      last = r;
    }
    blocks.push({ header, lastRow: last });
    row = last;
  }
  rawBlocks.set(grid.sheet, blocks);
  return blocks;
}

/** The first row of the first indicator header, or null: what is above it is the sheet's title area. */
export function firstHeaderRow(sheet: SheetSnapshot): number | null {
  const grid = Grid.of(sheet);
  return grid ? (scanBlocks(grid)[0]?.header.row ?? null) : null;
}

/** The fiscal year the blocks' own headers point at: the latest with a target and an actual, else the first target year. */
export function yearFromHeaders(sheet: SheetSnapshot): number | null {
  const grid = Grid.of(sheet);
  if (!grid) return null;
  const targets = new Set<number>();
  const actuals = new Set<number>();
  for (const block of scanBlocks(grid)) {
    for (const { meaning } of block.header.cells) {
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
  const grid = Grid.of(sheet);
  if (!grid) return [];
  const goals = sectionGoals(grid);
  return scanBlocks(grid).map((raw) => {
    const block = resolve(grid, raw, fiscalYear, goals);
    const saved = savedColumnRoles(sheet.properties, block.headerCell);
    return saved.size === 0 ? block : corrected(block, saved, grid);
  });
}

/** The section goal above `row`: the last one written before it (goals are in sheet order). */
function goalAbove(goals: readonly SectionGoal[], row: number): SectionGoal | null {
  for (let i = goals.length - 1; i >= 0; i--) {
    const goal = goals[i] as SectionGoal;
    if (goal.cell.row < row) return goal;
  }
  return null;
}

/**
 * The graded year's column among dated ones: the sheet's year (当年度 always), else, for a target only,
 * the nearest later year (a plan's target is often its final year's, 目標値(R9)).
 */
function gradedColumn(
  dated: readonly HeaderCell[],
  key: "target" | "actual",
  gradedYear: number | null,
): number | null {
  const of = dated.filter((h) => h.meaning?.key === key);
  const exact = of.find((h) => isGradedYear(h.meaning?.year ?? null, gradedYear));
  if (exact) return exact.column;
  if (key === "actual" || gradedYear === null) return null;
  const later = of
    .map((h) => ({ column: h.column, year: headerFiscalYear(h.meaning?.year ?? null, gradedYear) }))
    .filter((h): h is { column: number; year: number } => h.year !== null && h.year > gradedYear)
    .sort((a, b) => a.year - b.year);
  return later[0]?.column ?? null;
}

function resolve(grid: Grid, raw: RawBlock, fiscalYear: number | null, goals: readonly SectionGoal[]): CellBlock {
  const cells = raw.header.cells;
  const kpi: Partial<Record<KpiColumnKey, number>> = {};
  const roles = new Map<number, ColumnRole>();
  let goalTitleColumn: number | null = null;
  let sectionColumn: number | null = null;
  const take = (key: KpiColumnKey, column: number): boolean => {
    if (kpi[key] !== undefined) return false;
    kpi[key] = column;
    roles.set(column, key);
    return true;
  };

  // Undated columns first, the column's own word before a synonym (目標値 before 目標); a bare 目標 that
  // finds 目標値 taken is the goal the row belongs to.
  const undated = cells
    .filter((h): h is HeaderCell & { meaning: HeaderMeaning } => h.meaning !== null && h.meaning.year === null)
    .sort((a, b) => Number(b.meaning.exact) - Number(a.meaning.exact));
  for (const { column, meaning } of undated) {
    if (meaning.key === "goalTitle") {
      if (goalTitleColumn === null) roles.set((goalTitleColumn = column), "goalTitle");
    } else if (meaning.key === "section") {
      if (sectionColumn === null) roles.set((sectionColumn = column), "section");
    } else if (!take(meaning.key, column) && meaning.key === "target" && goalTitleColumn === null) {
      roles.set((goalTitleColumn = column), "goalTitle");
    }
  }

  // Dated columns: the graded year's target and actual, last year's actual as the baseline, the rest history.
  const dated = cells.filter((h) => h.meaning !== null && h.meaning.year !== null);
  const gradedYear = fiscalYear ?? bothYear(dated);
  for (const key of ["target", "actual"] as const) {
    const column = gradedColumn(dated, key, gradedYear);
    if (column !== null) take(key, column);
  }
  for (const { column, meaning } of dated) {
    if (meaning === null || roles.has(column)) continue;
    const year = headerFiscalYear(meaning.year, gradedYear);
    if (
      meaning.key === "actual" &&
      year !== null &&
      gradedYear !== null &&
      year === gradedYear - 1 &&
      take("baseline", column)
    )
      continue;
    const current = isGradedYear(meaning.year, gradedYear);
    if ((meaning.key === "grade" || meaning.key === "rate") && current && take(meaning.key, column)) continue;
    if (meaning.key !== "target" && meaning.key !== "actual" && meaning.key !== "grade" && meaning.key !== "rate") {
      if (meaning.key !== "goalTitle" && meaning.key !== "section" && take(meaning.key, column)) continue;
    }
    roles.set(column, "history");
  }

  const columns: BlockColumn[] = cells.map(({ column, text, meaning }) => ({
    column,
    header: text,
    role: roles.get(column) ?? null,
    year: meaning === null ? null : headerFiscalYear(meaning.year, gradedYear),
  }));
  const headerRow = raw.header.row + raw.header.rows - 1;
  const from = Math.min(...cells.map((h) => h.column));
  const to = Math.max(...cells.map((h) => h.column));
  const estimate = cells.some((h) => h.column === kpi.actual && h.meaning?.estimate === true);
  const range = { row: headerRow, column: from, rowCount: raw.lastRow - headerRow + 1, columnCount: to - from + 1 };
  return {
    headerCell: cellAddress({ row: raw.header.row, column: from }),
    corrected: [],
    range,
    headerRow,
    headerRows: raw.header.rows,
    columns,
    kpiColumns: kpi,
    goalTitleColumn,
    sectionColumn,
    goal: goalAbove(goals, raw.header.row),
    rowGoals: rowGoals(grid, range, goalTitleColumn, kpi.goalNo),
    estimate,
  };
}

/** Without the sheet's year: the latest year that has both a target and an actual column. */
function bothYear(dated: readonly HeaderCell[]): number | null {
  const years = (key: string) =>
    new Set(
      dated
        .filter((h) => h.meaning?.key === key && h.meaning.year?.kind === "year")
        .map((h) => headerFiscalYear(h.meaning?.year ?? null, null)),
    );
  const targets = years("target");
  const both = [...years("actual")].filter((y): y is number => y !== null && targets.has(y));
  return both.length > 0 ? Math.max(...both) : null;
}

/**
 * A plain list's goals: each row's 重点目標 numbered by its No. column, else by the order its title first
 * appears; a row with neither keeps the goal of the row above (merged goal cells leave them blank).
 */
function rowGoals(
  grid: Grid,
  range: RangeRef,
  titleColumn: number | null,
  numberColumn: number | undefined,
): ReadonlyMap<number, number> {
  const goals = new Map<number, number>();
  if (titleColumn === null) return goals;
  const byTitle = new Map<string, number>();
  let current: number | null = null;
  for (let row = range.row + 1; row < range.row + range.rowCount; row++) {
    const written = numberColumn === undefined ? null : goalNumberOf(grid.value(row, numberColumn));
    const title = grid.text(row, titleColumn);
    if (written !== null) current = written;
    else if (title !== null) current = byTitle.get(title) ?? byTitle.size + 1;
    if (title !== null && current !== null && !byTitle.has(title)) byTitle.set(title, current);
    if (current !== null) goals.set(row, current);
  }
  return goals;
}

/** The block with the roles a person saved: each saved column takes its role from whichever column had it. */
function corrected(block: CellBlock, saved: ReadonlyMap<number, AssignableRole>, grid: Grid): CellBlock {
  const kpi: Partial<Record<KpiColumnKey, number>> = { ...block.kpiColumns };
  let goalTitleColumn = block.goalTitleColumn;
  let sectionColumn = block.sectionColumn;
  const roles = new Map(block.columns.map((c) => [c.column, c.role] as const));
  const inside = [...saved].filter(
    ([column]) => column >= block.range.column && column < block.range.column + block.range.columnCount,
  );
  const release = (column: number) => {
    for (const key of Object.keys(kpi) as KpiColumnKey[]) if (kpi[key] === column) delete kpi[key];
    if (goalTitleColumn === column) goalTitleColumn = null;
    if (sectionColumn === column) sectionColumn = null;
    roles.set(column, null);
  };
  const holderOf = (role: AssignableRole): number | null => {
    if (role === "goalTitle") return goalTitleColumn;
    if (role === "section") return sectionColumn;
    if (role === "history" || role === "none") return null;
    return kpi[role] ?? null;
  };
  for (const [column, role] of inside) {
    release(column);
    const holder = holderOf(role);
    if (holder !== null) release(holder);
    if (role === "goalTitle") goalTitleColumn = column;
    else if (role === "section") sectionColumn = column;
    else if (role !== "history" && role !== "none") kpi[role as KpiColumnKey] = column;
    roles.set(column, role === "none" ? null : role);
  }
  const known = new Map(block.columns.map((c) => [c.column, c] as const));
  const columns = [...roles.keys()]
    .sort((a, b) => a - b)
    .map((column) => ({
      column,
      header: known.get(column)?.header ?? grid.text(block.headerRow, column) ?? "",
      role: roles.get(column) ?? null,
      year: known.get(column)?.year ?? null,
    }));
  return {
    ...block,
    columns,
    kpiColumns: kpi,
    goalTitleColumn,
    sectionColumn,
    rowGoals: rowGoals(grid, block.range, goalTitleColumn, kpi.goalNo),
    corrected: inside.map(([column]) => column),
  };
}

/** A block's name as the pane, --json and the summary show it: where it is, header rows included. */
export function blockName(block: CellBlock): string {
  const top = block.headerRow - block.headerRows + 1;
  return rangeAddress({ ...block.range, row: top, rowCount: block.range.rowCount + block.headerRows - 1 });
}
