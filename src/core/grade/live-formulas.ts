/**
 * What grading leaves in each 達成率 / 達成度 cell of Tassei's own KPI table (layout/live-formulas.ts):
 * the live formula where it shows what the engine says, else the engine's figure held by a formula that
 * turns to 評価ボタンで判定 when the row's inputs change. A cell is written only when it does not show
 * that already: compared by formula text when the read gave it (files), by value when the read gave only
 * where formulas are (the pane, whose 10,000-row reads must stay small).
 */
import { rateOfText } from "../rules/rate-text";
import { type KpiTableLocation } from "../sheet/find-tables";
import {
  FORMULA_COLUMN_KEYS,
  type FormulaScale,
  type KpiColumns,
  INPUT_KEYS,
  type LiveValue,
  type RowInputs,
  gradedValueFormula,
  liveGrade,
  liveGradeFormula,
  liveRate,
  liveRateFormula,
  shownPercent,
} from "../sheet/kpi/live-formulas";
import type { Formula } from "../workbook/plan";
import { FORMULA_TEXT_UNKNOWN, type CellValue } from "../workbook/snapshot";
import type { GradeCell } from "./sheet-cells";

/** Every column the formulas read or are written in is in the table, wherever it is. */
export function hasFormulaColumns(table: Pick<KpiTableLocation, "columns">): boolean {
  return FORMULA_COLUMN_KEYS.every((key) => table.columns[key] !== undefined);
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
  columns: KpiColumns,
  inputs: RowInputs,
  scale: FormulaScale,
  engine: EngineFigures | null,
): RowFormulas {
  const live = liveRate(inputs);
  // A row the engine does not take for an indicator (a space typed in it, say) shows nothing.
  const rateShown = engine === null ? live === "" : rateAgrees(live, engine.rateText);
  const rate: PlannedFormula = rateShown
    ? { result: live, formula: () => liveRateFormula(row, columns) }
    : heldValue(row, columns, inputs, rateValue(engine?.rateText ?? null));
  const wantedGrade = engine?.grade ?? "";
  const liveLetter = liveGrade(rate.result, inputs.manualGrade, scale);
  const grade: PlannedFormula =
    liveLetter === wantedGrade
      ? { result: liveLetter, formula: () => liveGradeFormula(row, columns, scale) }
      : heldValue(row, columns, inputs, wantedGrade);
  return { rate, grade };
}

function heldValue(row: number, columns: KpiColumns, inputs: RowInputs, value: LiveValue): PlannedFormula {
  return { result: value, formula: () => gradedValueFormula(row, columns, inputs, value) };
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

/**
 * A cell shows this value: blank for blank ("" and empty alike), numbers within a relative 1e-12 (what
 * Excel hands back of a double it computed), anything else exactly.
 */
export function sameValue(found: CellValue, wanted: CellValue): boolean {
  const blank = (v: CellValue) => v === null || v === "";
  if (blank(wanted) || blank(found)) return blank(wanted) && blank(found);
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
