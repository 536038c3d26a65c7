/**
 * Which typed texts grading turns into numbers. A value cell (目標値, 実績値, 基準値, and 中間実績 read as
 * the actual beside the same target) holding text the number parser reads as one clean value — `5 億円`,
 * `６５，０００件`, `△53人`, `2,400人` — becomes that number, with a format that keeps its unit (unit-format.ts); the text goes to the log sheet. Kept as
 * typed: estimates (見込み), approximations (約), cumulative counts (延べ), bounds (以上・以下), notes
 * (※…), labels, several values, ambiguous or pending cells, words, and cells formatted as text.
 *
 * A row's cells are converted only if the grading engine then reads the row exactly as before (up to
 * percent fractions against percent points, which rates do not see) — the year end's reading and, where
 * the row has a 中間実績, the mid-year check's, which shares the target: the conversion must never change a
 * grade, so grading twice in a row gives the same results.
 */
import type { GradableCell } from "../rules";
import { sameValue, timesPow10 } from "../numbers/decimal-ops";
import type { ParseResult } from "../numbers/parse";
import type { GradeCell } from "./sheet-cells";
import type { Conversion } from "./types";
import { a1 } from "./sheet-cells";
import { convertedNumber } from "./unit-format";
import { type ReadValue, type ValueField, VALUE_FIELDS, readValues } from "./value-cells";

export interface PlannedConversion extends Conversion {
  readonly row: number;
  readonly column: number;
  /** The cell's format before, for undoing. */
  readonly previousFormat: string;
}

type RowField = ValueField | "interimActual";
/** The row's value cells, and its 単位 (read, never converted: a bare number takes its unit). */
type RowCells = Readonly<Partial<Record<RowField | "unit", GradeCell>>>;
const ROW_FIELDS: readonly RowField[] = [...VALUE_FIELDS, "interimActual"];

/** The conversions of one KPI row (none, or every convertible value cell of it). */
export function rowConversions(cells: RowCells, mayConvert: (cell: GradeCell) => boolean): PlannedConversion[] {
  const before = readings(cells);
  const parsed = (field: RowField) => (field === "interimActual" ? before.interim?.actual : before.yearEnd[field]);
  const planned: PlannedConversion[] = [];
  const after: Partial<Record<RowField | "unit", GradeCell>> = { ...cells };
  for (const field of ROW_FIELDS) {
    const cell = cells[field];
    if (cell === undefined || !mayConvert(cell)) continue;
    const conversion = convertible(cell, parsed(field)?.parsed ?? null);
    if (conversion === null) continue;
    planned.push(conversion);
    after[field] = { ...cell, value: conversion.value, numberFormat: conversion.numberFormat };
  }
  if (planned.length === 0) return [];
  const reread = readings(after);
  const same = (a: Record<ValueField, ReadValue>, b: Record<ValueField, ReadValue>) =>
    sameReading(
      VALUE_FIELDS.map((f) => a[f].gradable),
      VALUE_FIELDS.map((f) => b[f].gradable),
    );
  const interimKept = before.interim === null || reread.interim === null || same(before.interim, reread.interim);
  return same(before.yearEnd, reread.yearEnd) && interimKept ? planned : [];
}

/** How the engine reads a row: at the year end, and at the mid-year check (its 中間実績 as the actual). */
function readings(cells: RowCells) {
  const { target, actual, baseline, interimActual, unit } = cells;
  return {
    yearEnd: readValues({ target, actual, baseline, unit }),
    interim: interimActual === undefined ? null : readValues({ target, actual: interimActual, baseline, unit }),
  };
}

function convertible(cell: GradeCell, parsed: ParseResult | null): PlannedConversion | null {
  if (typeof cell.value !== "string" || cell.formula !== null || cell.numberFormat.trim() === "@") return null;
  if (parsed === null || !parsed.ok || parsed.kind !== "number") return null;
  if (parsed.flags.length > 0 || parsed.note !== undefined || parsed.label !== undefined) return null;
  const number = convertedNumber(parsed.value, parsed.unit, cell.value);
  if (number === null) return null;
  return {
    row: cell.row,
    column: cell.column,
    cell: a1(cell),
    original: cell.value,
    value: number.value,
    numberFormat: number.numberFormat,
    previousFormat: cell.numberFormat,
  };
}

/** The same reading, or every number read 100 times smaller (percent fractions for percent points). */
function sameReading(before: readonly (GradableCell | null)[], after: readonly (GradableCell | null)[]): boolean {
  return [0, 2].some((shift) => before.every((b, i) => sameCell(b, after[i] ?? null, shift)));
}

function sameCell(before: GradableCell | null, after: GradableCell | null, shift: number): boolean {
  if (before === null || after === null) return before === after;
  if (!before.ok || !after.ok) return !before.ok && !after.ok && before.reason === after.reason;
  if (before.kind === "binary" || after.kind === "binary") {
    return (
      before.kind === "binary" &&
      after.kind === "binary" &&
      before.done === after.done &&
      sameFlags(before.flags, after.flags)
    );
  }
  const scaled = timesPow10(after.value, shift);
  return (
    scaled !== null &&
    sameValue(before.value, scaled) &&
    before.unit === after.unit &&
    sameFlags(before.flags, after.flags)
  );
}

function sameFlags(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((flag, i) => flag === b[i]);
}
