/**
 * The rows of a KPI table, read in one place for grading and for the department model alike: each cell
 * found by its column (KPI_COLUMNS' header, or a hand-made block's column as read), so a copy of
 * Tassei's table with a moved or missing column still reads. A row is an indicator when something is
 * typed in it that says so (a name, a value, a hand grade); rows left ready to fill — formulas,
 * dropdown defaults — are not.
 */
import { personReason } from "./auto-reason";
import { type SheetCell, type SheetSnapshot, cellAt, isBlankCell } from "../../workbook/snapshot";
import { type KpiTableLocation, dataRows } from "../find-tables";
import { KPI_COLUMNS, type KpiColumnKey } from "./kpi-table";

export type KpiCells = Readonly<Partial<Record<KpiColumnKey, SheetCell>>>;

export interface KpiRow {
  /** Zero-based sheet row. */
  readonly row: number;
  readonly cells: KpiCells;
  /** A hand-made row's goal when its 目標No. says none: its 重点目標 column's, else the section title's above. */
  readonly goalNo?: number | null;
  /** The block's header says its actuals are estimates (実績(見込み)). */
  readonly estimate?: boolean;
  /** A row of a sheet laid out by hand, where a letter typed in 達成度 is the sheet's own grade. */
  readonly handMade?: boolean;
}

/** The cells whose content makes a row an indicator. */
const CONTENT_KEYS: readonly KpiColumnKey[] = ["name", "baseline", "target", "actual", "manualGrade", "manualReason"];

export function kpiRows(sheet: SheetSnapshot, table: KpiTableLocation): KpiRow[] {
  return dataRows(table).map((row) => {
    const cells: Partial<Record<KpiColumnKey, SheetCell>> = {};
    for (const column of KPI_COLUMNS) {
      const at = table.columns[column.key];
      if (at === undefined) continue;
      const cell = cellAt(sheet, row, at);
      // Grading's own 【自動】 words in 評価理由 are read as the empty cell they were written into.
      cells[column.key] = column.key === "manualReason" ? { ...cell, value: personReason(cell.value) } : cell;
    }
    const block = table.block;
    if (!block) return { row, cells };
    const goalNo = block.rowGoals.get(row) ?? block.goal?.no ?? null;
    return { row, cells, goalNo, estimate: block.estimate, handMade: true };
  });
}

export function isIndicatorRow(row: KpiRow): boolean {
  return CONTENT_KEYS.some((key) => {
    const cell = row.cells[key];
    return cell !== undefined && !isBlankCell(cell.value);
  });
}

/** The row's values in KPI_COLUMNS order, as kpiRowInput takes them. */
export function valuesInColumnOrder(cells: KpiCells): SheetCell["value"][] {
  return KPI_COLUMNS.map((column) => cells[column.key]?.value ?? null);
}
