/**
 * The KPI table's 達成率 / 達成度 cells stay live native formulas (grade-formulas.ts): grading writes one
 * only where a person overwrote it, found by comparing each cell with the formula its row should hold.
 * Formulas are compared as Excel may store them — function names upper case, spaces dropped — so that a
 * host's own spelling of the same formula is not taken for an overwrite.
 */
import type { Scale } from "../grading";
import { type KpiFormulaOptions, kpiGradeFormula, kpiRateFormula } from "../layout/grade-formulas";
import { FORMULA_TEXT_UNKNOWN } from "../workbook/snapshot";
import type { KpiTableLocation } from "../layout/find-tables";
import { KPI_COLUMNS } from "../layout/kpi-table";

/** Tassei's column order, from the table's first column: the only layout the formulas can be written for. */
export function isStandardKpiTable(table: Pick<KpiTableLocation, "headers">): boolean {
  return (
    table.headers.length === KPI_COLUMNS.length && table.headers.every((h, i) => h.trim() === KPI_COLUMNS[i]?.header)
  );
}

export interface RowFormulas {
  readonly rate: string;
  readonly grade: string;
}

export function rowFormulas(row: number, firstColumn: number, scale: Scale, options: KpiFormulaOptions): RowFormulas {
  const position = { row, firstColumn };
  return {
    rate: kpiRateFormula(position, scale, options).formula,
    grade: kpiGradeFormula(position, scale, options).formula,
  };
}

/**
 * The formulas of every row of one table. Building a formula takes about 0.1 ms and a sheet can have
 * ten thousand rows, so the formulas are built once, for a sentinel row, and each row's are that text
 * with its row number in the cell references. The first row asked for is also built directly and
 * compared: should the shortcut ever disagree, every row is built directly.
 */
export function tableFormulas(
  firstColumn: number,
  scale: Scale,
  options: KpiFormulaOptions,
): (row: number) => RowFormulas {
  const template = rowFormulas(SENTINEL_ROW, firstColumn, scale, options);
  const rate = template.rate.split(SENTINEL_REFERENCE);
  const grade = template.grade.split(SENTINEL_REFERENCE);
  let trusted: boolean | null = null;
  return (row) => {
    if (trusted === false) return rowFormulas(row, firstColumn, scale, options);
    const number = String(row + 1);
    const fast = { rate: rate.join(number), grade: grade.join(number) };
    if (trusted === null) {
      const direct = rowFormulas(row, firstColumn, scale, options);
      trusted = direct.rate === fast.rate && direct.grade === fast.grade;
      return direct;
    }
    return fast;
  };
}

/** A row no sheet of Tassei's reaches, whose number is matched only inside a cell reference. */
const SENTINEL_ROW = 987_653;
const SENTINEL_REFERENCE = /(?<=[A-Z])987654(?![0-9])/;

/**
 * Same formula, spelled as Excel might store it: outside "text", case and spaces do not matter. A formula
 * whose text was not read (a lean read of a large sheet) is taken as the expected one: what a user types
 * over a formula is a value, which the read does see.
 */
export function sameFormula(found: string | null, expected: string): boolean {
  if (found === null) return false;
  if (found === FORMULA_TEXT_UNKNOWN) return true;
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
