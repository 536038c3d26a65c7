/**
 * Finding a department sheet's tables: first the ones its metadata names, then any table whose headers
 * say what it is — a KPI table a person built by copying Tassei's has 目標値, 実績値, 達成率 and 達成度,
 * whatever its name and wherever it is. Columns are found by header, so a moved or missing column does
 * not shift the others.
 */
import { type RangeRef, sameTableName } from "@tassei/excel-rules";
import type { SheetSnapshot, TableSnapshot } from "../workbook/snapshot";
import { GOAL_COLUMNS, GOAL_SIGNATURE_HEADERS, type GoalColumnKey } from "./goals/goals-table";
import { KGI_FIXED_COLUMNS, KGI_SIGNATURE_HEADER, type KgiFixedKey } from "./kgi/kgi-table";
import { KPI_COLUMNS, KPI_SIGNATURE_HEADERS, type KpiColumnKey } from "./kpi/kpi-table";
import { type CellBlock, blockName, handMadeLayout } from "./hand-made";
import { type DepartmentSheetMetadata, readMetadata } from "./metadata";

export interface FoundTable<K extends string> {
  readonly name: string;
  /** The whole table, header row included, as it is now. */
  readonly range: RangeRef;
  readonly headers: readonly string[];
  /** How it was recognised: by Tassei's metadata, by its Excel table's headers, or in plain cells. */
  readonly source: "metadata" | "headers" | "cells";
  /** The sheet column of each known column the table has. */
  readonly columns: Readonly<Partial<Record<K, number>>>;
  /** A block found in plain cells: what each column was taken as, and the goal above it. */
  readonly block?: CellBlock;
}

export type KpiTableLocation = FoundTable<KpiColumnKey>;
export type GoalsTableLocation = FoundTable<GoalColumnKey>;
export type KgiTableLocation = FoundTable<KgiFixedKey>;

function normalise(header: string): string {
  return header.trim();
}

function hasHeaders(table: TableSnapshot, wanted: readonly string[]): boolean {
  const present = new Set(table.headers.map(normalise));
  return wanted.every((header) => present.has(header));
}

function columnsOf<K extends string>(
  table: TableSnapshot,
  known: readonly { readonly key: K; readonly header: string }[],
): Partial<Record<K, number>> {
  const columns: Partial<Record<K, number>> = {};
  table.headers.forEach((header, index) => {
    const column = known.find((c) => c.header === normalise(header));
    // The first column of a header wins, as Excel keeps table headers unique anyway.
    if (column && columns[column.key] === undefined) columns[column.key] = table.range.column + index;
  });
  return columns;
}

function byPosition(a: TableSnapshot, b: TableSnapshot): number {
  return a.range.row - b.range.row || a.range.column - b.range.column;
}

/** The tables named by `metadataName` (if any) and then those with `signature`, in sheet order. */
function find<K extends string>(
  sheet: SheetSnapshot,
  metadataName: string | null,
  signature: readonly string[],
  known: readonly { readonly key: K; readonly header: string }[],
): FoundTable<K>[] {
  const named = metadataName === null ? undefined : sheet.tables.find((t) => sameTableName(t.name, metadataName));
  const others = sheet.tables
    .filter((t) => t !== named && hasHeaders(t, signature))
    .sort(byPosition)
    .map((t) => located(t, "headers", known));
  return named ? [located(named, "metadata", known), ...others] : others;
}

function located<K extends string>(
  table: TableSnapshot,
  source: "metadata" | "headers",
  known: readonly { readonly key: K; readonly header: string }[],
): FoundTable<K> {
  return { name: table.name, range: table.range, headers: table.headers, source, columns: columnsOf(table, known) };
}

function metadataOf(sheet: SheetSnapshot, metadata?: DepartmentSheetMetadata | null): DepartmentSheetMetadata | null {
  return metadata === undefined ? readMetadata(sheet.properties) : metadata;
}

/**
 * Every KPI table of the sheet: the one its metadata names first, then copies, top to bottom. A sheet
 * laid out by hand (isHandMadeSheet) is read for its indicator blocks in plain cells; `fileName` is the
 * last place its fiscal year is looked for, which decides its year columns.
 */
export function findKpiTables(
  sheet: SheetSnapshot,
  metadata?: DepartmentSheetMetadata | null,
  fileName?: string | null,
): KpiTableLocation[] {
  const known = metadataOf(sheet, metadata);
  if (known === null && isHandMadeSheet(sheet)) {
    return handMadeLayout(sheet, fileName).blocks.map((block) => ({
      name: blockName(block),
      range: block.range,
      headers: block.columns.map((c) => c.header),
      source: "cells",
      columns: block.kpiColumns,
      block,
    }));
  }
  return find(sheet, known?.kpi?.table ?? null, KPI_SIGNATURE_HEADERS, KPI_COLUMNS);
}

/**
 * The one definition of a sheet laid out by hand: no Tassei metadata, and no Excel table Tassei knows
 * by its headers (a KPI, goals or KGI table copied from one of its sheets). Such a sheet owns no range.
 */
export function isHandMadeSheet(sheet: SheetSnapshot): boolean {
  if (readMetadata(sheet.properties) !== null) return false;
  return (
    find(sheet, null, KPI_SIGNATURE_HEADERS, KPI_COLUMNS).length === 0 &&
    find(sheet, null, GOAL_SIGNATURE_HEADERS, GOAL_COLUMNS).length === 0 &&
    find(sheet, null, [KGI_SIGNATURE_HEADER], KGI_FIXED_COLUMNS).length === 0
  );
}

/** The goals table: the one the metadata names, else the first with 重点目標 No. and 重点目標. */
export function findGoalsTable(
  sheet: SheetSnapshot,
  metadata?: DepartmentSheetMetadata | null,
): GoalsTableLocation | null {
  return (
    find(sheet, metadataOf(sheet, metadata)?.goals?.table ?? null, GOAL_SIGNATURE_HEADERS, GOAL_COLUMNS)[0] ?? null
  );
}

/** The multi-year KGI table: the one the metadata names, else the first with a KGI column. */
export function findKgiTable(sheet: SheetSnapshot, metadata?: DepartmentSheetMetadata | null): KgiTableLocation | null {
  return (
    find(sheet, metadataOf(sheet, metadata)?.kgi?.table ?? null, [KGI_SIGNATURE_HEADER], KGI_FIXED_COLUMNS)[0] ?? null
  );
}

/** Data rows of a table (below its header row). */
export function dataRows(table: { readonly range: RangeRef }): number[] {
  return Array.from({ length: Math.max(0, table.range.rowCount - 1) }, (_, i) => table.range.row + 1 + i);
}
