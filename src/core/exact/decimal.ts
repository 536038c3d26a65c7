/**
 * An exact decimal number: value = coefficient × 10^(−scale).
 *
 * Rates and grade bounds are compared exactly on these values, never on binary floats,
 * so that 7 of 10 is exactly 70% and 185,433 of 186,100 is never rounded up to 100%.
 * The coefficient is a safe integer (|c| ≤ 2^53 − 1): city documents never carry more than
 * 15 significant digits (Excel keeps no more either), and staying in plain numbers keeps
 * parsing and grading fast. Arithmetic that could leave the safe range falls back to BigInt.
 */
export interface Decimal {
  readonly coefficient: number;
  readonly scale: number;
}

/** Excel stores and shows at most 15 significant digits; more is float noise (0.1+0.2). */
export const EXCEL_SIGNIFICANT_DIGITS = 15;

export function decimal(coefficient: number, scale = 0): Decimal {
  if (!Number.isSafeInteger(coefficient)) throw new RangeError(`coefficient ${coefficient} is not a safe integer`);
  if (!Number.isInteger(scale) || scale < 0 || scale > 20) throw new RangeError(`scale ${scale} out of range`);
  return { coefficient, scale };
}

/** The nearest binary float, for display and for JSON output only. */
export function toNumber(d: Decimal): number {
  return d.scale === 0 ? d.coefficient : d.coefficient / 10 ** d.scale;
}
