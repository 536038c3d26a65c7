/**
 * Reading KPI tables back into indicators, row by row in table order. Blank rows (the ones left ready to
 * fill, formulas and all) are skipped; a row that fails validation is reported cell by cell and left out.
 * 達成率 and 達成度 are Tassei's formulas and are not read.
 */
import { personReason } from "./auto-reason";
import { type Indicator, IndicatorSchema } from "../../department/model";
import { type SheetSnapshot, isBlankCell } from "../../workbook/snapshot";
import type { KpiTableLocation } from "../find-tables";
import { type KpiCells, kpiRows } from "./kpi-rows";
import { KPI_COLUMNS, type KpiColumnKey } from "./kpi-table";
import { type FieldSource, type LayoutProblem, validationProblems } from "../problems";
import { address, cellGrade, cellNumber, cellRaw, cellText, cellWord, goalNumberOf } from "../read-cells";
import {
  DIRECTION_BY_WORD,
  DIRECTION_WORDS,
  METHOD_BY_WORD,
  METHOD_WORDS,
  STATUS_BY_WORD,
  STATUS_WORDS,
} from "../vocabulary";

/** Model field → the column it is read from. */
const FIELD_COLUMN: Readonly<Record<string, KpiColumnKey>> = {
  goalNo: "goalNo",
  name: "name",
  unit: "unit",
  direction: "direction",
  method: "method",
  baseline: "baseline",
  target: "target",
  actual: "actual",
  status: "status",
  manualGrade: "manualGrade",
  manualGradeReason: "manualReason",
  weight: "weight",
  note: "note",
  interimActual: "interimActual",
};

const CHOICES: Partial<Record<KpiColumnKey, readonly string[]>> = {
  direction: Object.values(DIRECTION_WORDS),
  method: Object.values(METHOD_WORDS),
  status: Object.values(STATUS_WORDS),
};

const HEADER_OF = new Map(KPI_COLUMNS.map((c) => [c.key, c.header] as const));

/**
 * A hand-made block's row takes its goal as grading does: its 目標No., its 重点目標 column's, the section
 * title's above, else `defaultGoal`; a row that still has none is left out without a problem (grading
 * counts it for the department).
 */
export function readIndicators(
  sheet: SheetSnapshot,
  table: KpiTableLocation,
  problems: LayoutProblem[],
  defaultGoal: number | null = null,
): Indicator[] {
  return readIndicatorRows(sheet, table, problems, defaultGoal).map((r) => r.indicator);
}

/** readIndicators with each indicator's sheet row (0-based), for joining with grading's results. */
export function readIndicatorRows(
  sheet: SheetSnapshot,
  table: KpiTableLocation,
  problems: LayoutProblem[],
  defaultGoal: number | null = null,
): { readonly row: number; readonly indicator: Indicator }[] {
  const indicators: { row: number; indicator: Indicator }[] = [];
  for (const { row, cells, goalNo: rowGoal } of kpiRows(sheet, table)) {
    if (isBlankRow(cells)) continue;
    const value = (key: KpiColumnKey) => cells[key]?.value ?? null;
    // A hand-made row's goal: its own number, its 重点目標 column's, else the section's (as grading reads it).
    const goalNo =
      table.source === "cells"
        ? (goalNumberOf(value("goalNo")) ?? rowGoal ?? defaultGoal ?? undefined)
        : cellNumber(value("goalNo"));
    if (goalNo === undefined && table.source === "cells") continue;
    const raw = {
      goalNo,
      name: cellText(value("name")),
      unit: cellText(value("unit")),
      direction: cellWord(value("direction"), DIRECTION_BY_WORD),
      method: cellWord(value("method"), METHOD_BY_WORD),
      baseline: cellRaw(value("baseline")),
      target: cellRaw(value("target")),
      actual: cellRaw(value("actual")),
      status: cellWord(value("status"), STATUS_BY_WORD),
      manualGrade: cellGrade(value("manualGrade")),
      manualGradeReason: cellText(personReason(value("manualReason"))),
      weight: cellNumber(value("weight")),
      note: cellText(value("note")),
      interimActual: cellRaw(value("interimActual")),
    };
    const parsed = IndicatorSchema.safeParse(raw);
    if (parsed.success) indicators.push({ row, indicator: parsed.data });
    else problems.push(...validationProblems(parsed.error.issues, (field) => source(cells, field), null));
  }
  return indicators;
}

/** Nothing typed: every input cell empty (the computed columns, formulas in every row, are not read). */
function isBlankRow(cells: KpiCells): boolean {
  return KPI_COLUMNS.every((column) => column.computed || isBlankCell(cells[column.key]?.value ?? null));
}

function source(cells: KpiCells, field: string): FieldSource | undefined {
  const key = FIELD_COLUMN[field];
  const cell = key === undefined ? undefined : cells[key];
  if (key === undefined || cell === undefined) return undefined;
  const choices = CHOICES[key];
  return {
    cell: address(cell),
    field: HEADER_OF.get(key) ?? key,
    shown: cellText(cell.value),
    ...(choices ? { choices } : {}),
  };
}
