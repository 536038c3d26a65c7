/**
 * The A1 references of one KPI row's input cells, found from KPI_COLUMNS (never hard-coded letters),
 * relative in both directions so that the same formula text in every row forms an Excel calculated column.
 */
import { cellAddress } from "../../workbook/address";
import { type KpiColumnKey, kpiColumnIndex } from "../kpi-table";

export interface KpiRowRefs {
  readonly target: string;
  readonly actual: string;
  readonly baseline: string;
  readonly direction: string;
  readonly method: string;
  readonly status: string;
  readonly manualGrade: string;
  readonly manualReason: string;
  /** The row's own 達成率 cell, which the 達成度 formula places on the scale. */
  readonly rate: string;
}

export function kpiRowRefs(row: number, firstColumn: number): KpiRowRefs {
  const ref = (key: KpiColumnKey) => cellAddress({ row, column: firstColumn + kpiColumnIndex(key) });
  return {
    target: ref("target"),
    actual: ref("actual"),
    baseline: ref("baseline"),
    direction: ref("direction"),
    method: ref("method"),
    status: ref("status"),
    manualGrade: ref("manualGrade"),
    manualReason: ref("manualReason"),
    rate: ref("rate"),
  };
}
