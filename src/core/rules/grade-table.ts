/**
 * A scale prepared for fast grading: bounds as exact decimals beside their floats, the
 * letter lookup for hand-entered grades, and the display steps next to each bound.
 * Built once per scale object and cached, so grading a million rows compiles the scale once.
 */
import type { Decimal } from "../exact/decimal";
import { type Ratio, compareRatioToPercent, percentToNumber } from "../exact/ratio";
import { pow10, pow10Big } from "../exact/wide";
import type { Scale } from "./scale";

export interface GradeTable {
  readonly scale: Scale;
  /** Letters best first; the last one takes every rate below the last bound. */
  readonly letters: readonly string[];
  /** bounds[i] is the exact lower bound (percent) of letters[i]; one fewer than letters. Empty for manual scales. */
  readonly bounds: readonly Decimal[];
  readonly boundFloats: readonly number[];
  /** ⌈10 × bound⌉: the first display step (tenths of a percent) at or above each bound. */
  readonly boundTenthsCeil: readonly number[];
  readonly notCarriedOut: string;
  /** letter or symbol → index into letters; the not-carried-out letter maps to −1. */
  readonly lookup: ReadonlyMap<string, number>;
}

export const NOT_CARRIED_OUT_INDEX = -1;

const cache = new WeakMap<Scale, GradeTable>();
/** The scale graded last: a sheet grades every row on one scale, so this skips the WeakMap. */
let lastTable: GradeTable | null = null;

export function gradeTable(scale: Scale): GradeTable {
  if (lastTable !== null && lastTable.scale === scale) return lastTable;
  let table = cache.get(scale);
  if (table === undefined) {
    table = buildTable(scale);
    cache.set(scale, table);
  }
  lastTable = table;
  return table;
}

function buildTable(scale: Scale): GradeTable {
  const letters = scale.grades.map((g) => g.letter);
  const bounds: Decimal[] = [];
  if (!scale.manual) {
    for (let i = 0; i < scale.grades.length - 1; i++) {
      const min = scale.grades[i]?.min;
      if (min === null || min === undefined) throw new Error(`scale ${scale.id}: grade ${i} has no bound`);
      bounds.push(min);
    }
  }
  const lookup = new Map<string, number>();
  scale.grades.forEach((g, i) => {
    lookup.set(g.letter, i);
    if (g.symbol !== undefined) lookup.set(g.symbol, i);
  });
  lookup.set(scale.notCarriedOut.letter, NOT_CARRIED_OUT_INDEX);
  if (scale.notCarriedOut.symbol !== undefined) lookup.set(scale.notCarriedOut.symbol, NOT_CARRIED_OUT_INDEX);
  return {
    scale,
    letters,
    bounds,
    boundFloats: bounds.map(percentToNumber),
    boundTenthsCeil: bounds.map(tenthsCeil),
    notCarriedOut: scale.notCarriedOut.letter,
    lookup,
  };
}

/** The grade index for an exact rate; `rateFloat` is ratioToNumber(rate) when the caller has it. */
export function gradeIndexFor(table: GradeTable, rate: Ratio, rateFloat: number): number {
  const { bounds, boundFloats } = table;
  for (let i = 0; i < bounds.length; i++) {
    if (compareRatioToPercent(rate, bounds[i] as Decimal, rateFloat, boundFloats[i] as number) >= 0) return i;
  }
  return bounds.length;
}

export function lowestIndex(table: GradeTable): number {
  return table.letters.length - 1;
}

/** The exact lower bound of a grade in percent, 0 for the lowest, null on a manual scale. */
export function gradeFloor(table: GradeTable, index: number): Decimal | null {
  if (table.bounds.length === 0) return null;
  if (index === NOT_CARRIED_OUT_INDEX || index >= table.bounds.length) return { coefficient: 0, scale: 0 };
  return table.bounds[index] ?? null;
}

function tenthsCeil(bound: Decimal): number {
  // 10 × bound = coefficient × 10^(1 − scale); exact integer division when there are more decimals.
  if (bound.scale <= 1) return bound.coefficient * pow10(1 - bound.scale);
  const c = BigInt(bound.coefficient);
  const p = pow10Big(bound.scale - 1);
  const q = c / p;
  return Number(c > q * p ? q + 1n : q);
}
