/**
 * Units of one kind at different powers of ten — 1.2km against 900m, 5千円 against 3,000円, 1.5万人 against
 * 9,000人 — are one quantity: grading compares them in the smaller unit, exactly, instead of refusing them
 * as a unit mismatch. Units of different kinds (件 against 人) still do not compare.
 */
import { timesPow10 } from "../numbers/decimal-ops";
import type { NumberCell } from "./cell";

/** Metric units as a power of ten of their base. */
const METRIC: Readonly<Record<string, readonly [string, number]>> = {
  km: ["m", 3],
  m: ["m", 0],
  cm: ["m", -2],
  mm: ["m", -3],
  "km²": ["m²", 6],
  "m²": ["m²", 0],
  kg: ["g", 3],
  g: ["g", 0],
  mg: ["g", -3],
  t: ["g", 6],
  kL: ["L", 3],
  L: ["L", 0],
  mL: ["L", -3],
};

/** The metric units the engine converts between (km, kg, t, mL …). */
export const METRIC_UNITS: readonly string[] = Object.keys(METRIC);

/** Japanese scale words before a unit: 千円, 万人, 億円, 百万円. */
export const SCALE_WORDS: readonly (readonly [string, number])[] = [
  ["百万", 6],
  ["千万", 7],
  ["千", 3],
  ["万", 4],
  ["億", 8],
  ["兆", 12],
];

/**
 * Spellings of one counter that documents mix (a target of 40人 and an actual of 35名 count the same people):
 * compared as the first. Only spellings of one thing — never 世帯 and 戸, or 社 and 団体, which count
 * different things.
 */
const SAME_COUNTER: Readonly<Record<string, string>> = {
  名: "人",
  か所: "箇所",
  ヶ所: "箇所",
  ケ所: "箇所",
  カ所: "箇所",
  ヵ所: "箇所",
  店舗: "店",
};

/** The unit's base and its power of ten: 千円 → 円, 3; km → m, 3; 件 → 件, 0; 35名's 名 → 人, 0. */
export function unitScale(unit: string): { readonly base: string; readonly exponent: number } {
  const metric = METRIC[unit];
  if (metric) return { base: metric[0], exponent: metric[1] };
  const counter = SAME_COUNTER[unit];
  if (counter) return { base: counter, exponent: 0 };
  for (const [word, exponent] of SCALE_WORDS) {
    if (unit.length > word.length && unit.startsWith(word)) {
      const rest = unitScale(unit.slice(word.length));
      return { base: rest.base, exponent: rest.exponent + exponent };
    }
  }
  return { base: unit, exponent: 0 };
}

/**
 * The cells in one unit, or null when their units cannot be compared. Equal units, or cells without a
 * unit, stay as they are; units of one kind are brought to the smallest among them.
 */
export function alignUnits<T extends readonly NumberCell[]>(
  ...cells: T
): { readonly [K in keyof T]: NumberCell } | null {
  const units = [...new Set(cells.flatMap((c) => (c.unit === null ? [] : [c.unit])))];
  if (units.length <= 1) return cells as unknown as { readonly [K in keyof T]: NumberCell };
  const scales = new Map(units.map((unit) => [unit, unitScale(unit)] as const));
  const bases = new Set([...scales.values()].map((s) => s.base));
  if (bases.size !== 1) return null;
  let smaller = units[0]!;
  for (const unit of units) if (scales.get(unit)!.exponent < scales.get(smaller)!.exponent) smaller = unit;
  const low = scales.get(smaller)!.exponent;
  const aligned: NumberCell[] = [];
  for (const cell of cells) {
    if (cell.unit === null) {
      aligned.push(cell);
      continue;
    }
    const value = timesPow10(cell.value, scales.get(cell.unit)!.exponent - low);
    if (value === null) return null;
    aligned.push({ ...cell, value, unit: smaller });
  }
  return aligned as unknown as { readonly [K in keyof T]: NumberCell };
}
