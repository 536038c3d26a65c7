/** Helpers for the Grade job's tests: seed sheets, fill in cells by column header, grade through an adapter. */
import { planGrade, LOG_SHEET_NAME, type GradeRun } from "../../../src/core/grade";
import { findGoalsTable, findKpiTables } from "../../../src/core/sheet/find-tables";
import { cellAddress, parseCellAddress } from "@tassei/excel-rules";
import { emptySheetPlan, type PlannedCell, type SheetPlan, type WorkbookPlan } from "../../../src/core/workbook/plan";
import type { SheetSnapshot, WorkbookSnapshot } from "../../../src/core/workbook/snapshot";
import { valueAt } from "../../../src/core/workbook/snapshot";
import type { AdapterUnderTest } from "../../support/adapters";

export function sheetOf(snapshot: WorkbookSnapshot, name: string): SheetSnapshot {
  const sheet = snapshot.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name} in the snapshot`);
  return sheet;
}

/** Reads the sheet to grade and the log, as the pane's Excel job does. */
export async function readForGrading(adapter: AdapterUnderTest, sheet: string): Promise<WorkbookSnapshot> {
  const all = await adapter.read({ sheets: "all" });
  const wanted = all.sheetNames.filter((n) => n === sheet || n === LOG_SHEET_NAME);
  return adapter.read({ sheets: wanted });
}

export async function gradeThrough(adapter: AdapterUnderTest, sheet: string, now: Date): Promise<GradeRun> {
  const run = planGrade(await readForGrading(adapter, sheet), sheet, { now });
  if (run.ok && run.plan.sheets.length > 0) await adapter.apply(run.plan);
  return run;
}

/** What to type in one KPI row, by column header. */
export type RowEdits = Readonly<Record<string, PlannedCell>>;

/** An update plan typing `edits` into the KPI rows named by their 指標 (or, for `#n`, the n-th data row). */
export function fillKpi(sheet: SheetSnapshot, edits: Readonly<Record<string, RowEdits>>): SheetPlan {
  const table = findKpiTables(sheet)[0];
  if (!table) throw new Error(`no KPI table on ${sheet.name}`);
  const nameColumn = table.range.column + table.headers.indexOf("指標");
  const blocks = Object.entries(edits).flatMap(([name, row]) => {
    const at = name.startsWith("#")
      ? table.range.row + Number(name.slice(1))
      : rowWhere(sheet, table.range.row + 1, table.range.row + table.range.rowCount, nameColumn, name);
    return Object.entries(row).map(([header, value]) => {
      const index = table.headers.indexOf(header);
      if (index < 0) throw new Error(`no column ${header}`);
      return { anchor: { row: at, column: table.range.column + index }, rows: [[value]] };
    });
  });
  return { ...emptySheetPlan(sheet.name, "update"), blocks };
}

/** An update plan typing into the goals table: goal number → header → value (on the goal's first row). */
export function fillGoals(sheet: SheetSnapshot, edits: Readonly<Record<number, RowEdits>>): SheetPlan {
  const table = findGoalsTable(sheet);
  if (!table) throw new Error(`no goals table on ${sheet.name}`);
  const noColumn = table.range.column + table.headers.indexOf("重点目標 No.");
  const blocks = Object.entries(edits).flatMap(([no, row]) => {
    const at = rowWhere(sheet, table.range.row + 1, table.range.row + table.range.rowCount, noColumn, Number(no));
    return Object.entries(row).map(([header, value]) => ({
      anchor: { row: at, column: table.range.column + table.headers.indexOf(header) },
      rows: [[value]],
    }));
  });
  return { ...emptySheetPlan(sheet.name, "update"), blocks };
}

function rowWhere(sheet: SheetSnapshot, from: number, to: number, column: number, wanted: unknown): number {
  for (let row = from; row < to; row++) if (valueAt(sheet, row, column) === wanted) return row;
  throw new Error(`no row with ${String(wanted)} on ${sheet.name}`);
}

export function plan(...sheets: SheetPlan[]): WorkbookPlan {
  return { sheets };
}

/** The cell at an A1 address of a snapshot sheet: value, formula, number format. */
export function cellAt(sheet: SheetSnapshot, address: string) {
  const { row, column } = parseCellAddress(address);
  const r = row - (sheet.used?.row ?? 0);
  const c = column - (sheet.used?.column ?? 0);
  return {
    value: sheet.values[r]?.[c] ?? null,
    formula: sheet.formulas[r]?.[c] ?? null,
    numberFormat: sheet.numberFormats[r]?.[c] ?? "General",
  };
}

export { cellAddress };

/** A1 of every cell whose value, formula or number format differs between two snapshots of a sheet. */
export function changedCells(before: SheetSnapshot, after: SheetSnapshot): string[] {
  const bounds = [before.used, after.used].filter((u) => u !== null);
  if (bounds.length === 0) return [];
  const top = Math.min(...bounds.map((u) => u.row));
  const left = Math.min(...bounds.map((u) => u.column));
  const bottom = Math.max(...bounds.map((u) => u.row + u.rowCount));
  const right = Math.max(...bounds.map((u) => u.column + u.columnCount));
  const changed: string[] = [];
  for (let row = top; row < bottom; row++) {
    for (let column = left; column < right; column++) {
      const address = cellAddress({ row, column });
      const a = cellAt(before, address);
      const b = cellAt(after, address);
      if (a.value !== b.value || a.formula !== b.formula || a.numberFormat !== b.numberFormat) changed.push(address);
    }
  }
  return changed;
}

/** Whether a cell lies in one of the ranges. */
export function inRanges(
  ranges: readonly { row: number; column: number; rowCount: number; columnCount: number }[],
  address: string,
): boolean {
  const { row, column } = parseCellAddress(address);
  return ranges.some(
    (r) => row >= r.row && row < r.row + r.rowCount && column >= r.column && column < r.column + r.columnCount,
  );
}
