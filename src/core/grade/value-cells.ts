/**
 * 目標値, 実績値 and 基準値 as the grading engine reads them. Text goes through the number parser; a
 * number keeps the unit its format shows (see unit-format.ts). A percent cell holds a fraction (40% is
 * 0.4) while text reads in percent points ("35%" is 35): when a row mixes the two, the fraction is read
 * in points so that both speak the same scale. A row of numbers only is read as the numbers it holds.
 *
 * A bare number (text or number showing no unit) is in the unit of the row's 単位 cell, when that holds a
 * unit Tassei is sure of (row-unit.ts): 目標値 500 with 単位 t is 500 t, so an actual typed `450kg` is
 * compared with it as kg against t (0.09%), and `400件` is a unit mismatch, not 400 t. A 単位 that is
 * blank, a word or a compound unit changes nothing: bare numbers take no unit, as before. Percent points
 * and fractions are scaled as above whatever 単位 says.
 */
import type { GradableCell } from "../rules";
import { timesPow10 } from "../numbers/decimal-ops";
import { type ParseResult, parseCell } from "../numbers/parse";
import { rowUnitOf } from "./row-unit";
import type { GradeCell } from "./sheet-cells";
import { unitOfFormat } from "./unit-format";

export type ValueField = "target" | "actual" | "baseline";
export const VALUE_FIELDS: readonly ValueField[] = ["target", "actual", "baseline"];

export interface ReadValue {
  /** The parser's reading of the cell as it is (text or number), null for an empty cell. */
  readonly parsed: ParseResult | null;
  /** What the engine is given. */
  readonly gradable: GradableCell | null;
}

const NO_FLAGS: readonly string[] = Object.freeze([]);

/** `unit`: the row's 単位 cell, whose unit a bare number takes. */
export function readValues(
  cells: Readonly<Partial<Record<ValueField | "unit", GradeCell>>>,
): Record<ValueField, ReadValue> {
  const rowUnit = rowUnitOf(cells.unit);
  const parsed = {
    target: parseValue(cells.target),
    actual: parseValue(cells.actual),
    baseline: parseValue(cells.baseline),
  };
  const percentText = VALUE_FIELDS.some((field) => {
    const cell = cells[field];
    const p = parsed[field];
    return typeof cell?.value === "string" && p !== null && p.ok && p.kind === "number" && p.unit === "%";
  });
  const read = (field: ValueField): ReadValue => {
    const p = parsed[field];
    const cell = cells[field];
    if (p === null || cell === undefined || !p.ok || p.kind !== "number") return { parsed: p, gradable: p };
    const format = typeof cell.value === "number" ? unitOfFormat(cell.numberFormat) : null;
    if (format === null) {
      return { parsed: p, gradable: p.unit === null && rowUnit !== null ? { ...p, unit: rowUnit } : p };
    }
    const value = format.percent && percentText ? (timesPow10(p.value, 2) ?? p.value) : p.value;
    return { parsed: p, gradable: { ok: true, kind: "number", value, unit: format.unit, flags: NO_FLAGS } };
  };
  return { target: read("target"), actual: read("actual"), baseline: read("baseline") };
}

function parseValue(cell: GradeCell | undefined): ParseResult | null {
  if (cell === undefined || cell.value === null) return null;
  return parseCell(cell.value);
}
