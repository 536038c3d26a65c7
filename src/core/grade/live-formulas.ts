/**
 * What grading leaves in each 達成率 / 達成度 cell of Tassei's own KPI table (layout/live-formulas.ts):
 * the live formula where it shows what the engine says, else the engine's figure held by a formula that
 * turns to 評価ボタンで判定 when the row's inputs change. A cell is written only when it does not show
 * that already: compared by formula text when the read gave it (files), by value when the read gave only
 * where formulas are (the pane, whose 10,000-row reads must stay small).
 */
import { rateOfText } from "../grading/rate-text";
import { type KpiTableLocation } from "../layout/find-tables";
import { KPI_COLUMNS } from "../layout/kpi-table";
import {
  type FormulaScale,
  INPUT_KEYS,
  type LiveValue,
  type RowInputs,
  gradedValueFormula,
  liveGrade,
  liveGradeFormula,
  liveRate,
  liveRateFormula,
  shownPercent,
} from "../layout/live-formulas";
import type { Formula } from "../workbook/plan";
import { FORMULA_TEXT_UNKNOWN, type CellValue } from "../workbook/snapshot";
import type { GradeCell } from "./sheet-cells";

/** Tassei's column order, from the table's first column: the only layout the formulas can be written for. */
export function isStandardKpiTable(table: Pick<KpiTableLocation, "headers">): boolean {
  return (
    table.headers.length === KPI_COLUMNS.length && table.headers.every((h, i) => h.trim() === KPI_COLUMNS[i]?.header)
  );
}

/** The engine's figures for a row: its rate as shown ("87.5%") and its grade, null where it has none. */
export interface EngineFigures {
  readonly rateText: string | null;
  readonly grade: string | null;
}

/** One cell's planned formula: what it shows, and its text, built only when needed. */
export interface PlannedFormula {
  readonly result: LiveValue;
  readonly formula: () => string;
}

export interface RowFormulas {
  readonly rate: PlannedFormula;
  readonly grade: PlannedFormula;
}

/**
 * The row's two cells. `engine` is null for a row that is not an indicator (blank, ready to fill): it
 * gets the live formulas.
 */
export function rowFormulas(
  row: number,
  firstColumn: number,
  inputs: RowInputs,
  scale: FormulaScale,
  engine: EngineFigures | null,
): RowFormulas {
  const live = liveRate(inputs);
  const rateShown = engine === null || rateAgrees(live, engine.rateText);
  const rate: PlannedFormula = rateShown
    ? { result: live, formula: () => liveRateFormula(row, firstColumn) }
    : heldValue(row, firstColumn, inputs, rateValue(engine.rateText));
  const wantedGrade = engine?.grade ?? "";
  const liveLetter = liveGrade(rate.result, inputs.manualGrade, scale);
  const grade: PlannedFormula =
    engine === null || liveLetter === wantedGrade
      ? { result: liveLetter, formula: () => liveGradeFormula(row, firstColumn, scale) }
      : heldValue(row, firstColumn, inputs, wantedGrade);
  return { rate, grade };
}

function heldValue(row: number, firstColumn: number, inputs: RowInputs, value: LiveValue): PlannedFormula {
  return { result: value, formula: () => gradedValueFormula(row, firstColumn, inputs, value) };
}

/** The live rate shows the engine's figure: none for none, else the same text in the 0.0% format. */
function rateAgrees(live: LiveValue, rateText: string | null): boolean {
  if (rateText === null) return live === "";
  return typeof live === "number" && shownPercent(live) === rateText;
}

/** The number a 0.0% cell holds to show the engine's text; "" for no rate. */
function rateValue(rateText: string | null): LiveValue {
  return rateOfText(rateText) ?? "";
}

/** The row's input values as the formulas read them, after the conversions this grading writes. */
export function rowInputs(
  cells: Partial<Record<string, GradeCell>>,
  converted: ReadonlyMap<string, number>,
): RowInputs {
  const entries = INPUT_KEYS.map((key) => {
    const cell = cells[key];
    if (!cell) return [key, null] as const;
    const value = converted.get(`${cell.row}:${cell.column}`);
    return [key, value ?? cell.value] as const;
  });
  return Object.fromEntries(entries) as unknown as RowInputs;
}

/**
 * Whether the cell already shows the planned formula. With its text read (a file), the formula must be
 * the same and so must the result saved with it: a live 達成度 whose 達成率 cell changes is written
 * again so that the file carries the new result for readers that do not recalculate.
 */
export function alreadyShows(cell: GradeCell, planned: PlannedFormula): boolean {
  if (cell.formula === null) return false;
  if (!sameValue(cell.value, planned.result)) return false;
  return cell.formula === FORMULA_TEXT_UNKNOWN || sameFormula(cell.formula, planned.formula());
}

/** The cell as a plan writes it, carrying its result for files. */
export function formulaCell(planned: PlannedFormula): Formula {
  return { formula: planned.formula(), result: planned.result };
}

function sameValue(found: CellValue, wanted: LiveValue): boolean {
  if (wanted === "") return found === null || found === "";
  if (typeof wanted === "number") {
    return typeof found === "number" && Math.abs(found - wanted) <= 1e-12 * Math.max(1, Math.abs(wanted));
  }
  return found === wanted;
}

/** Same formula, spelled as Excel might store it: outside "text", case and spaces do not matter. */
export function sameFormula(found: string | null, expected: string): boolean {
  if (found === null) return false;
  if (found === expected) return true;
  return canonical(found) === canonical(expected);
}

function canonical(formula: string): string {
  let out = "";
  let quoted = false;
  for (const c of formula) {
    if (c === '"') quoted = !quoted;
    if (quoted || c === '"') out += c;
    else if (!/\s/.test(c)) out += c.toUpperCase();
  }
  return out;
}
