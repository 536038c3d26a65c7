/**
 * The little Decimal arithmetic the number parser needs (× 10^k, +, −, value equality),
 * with overflow reported as null instead of a silently rounded float.
 */
import { type Decimal, EXCEL_SIGNIFICANT_DIGITS } from "../exact/decimal";

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
/** Decimal allows scales up to 20; a value needing more decimals cannot be held exactly. */
export const MAX_SCALE = 20;

const POW10: readonly number[] = Array.from({ length: 23 }, (_, i) => 10 ** i);

export function pow10(k: number): number {
  return POW10[k] ?? 10 ** k;
}

/** coefficient × 10^(−scale) without trailing zeros in the fraction (70.0 → 70). */
export function normalized(coefficient: number, scale: number): Decimal {
  while (scale > 0 && coefficient % 10 === 0) {
    coefficient /= 10;
    scale -= 1;
  }
  // −0 would print as "0" but compare oddly; a Decimal has one zero.
  return { coefficient: coefficient === 0 ? 0 : coefficient, scale: coefficient === 0 ? 0 : scale };
}

/** d × 10^k (k ≥ 0), or null when the result leaves the safe-integer coefficient range. */
export function timesPow10(d: Decimal, k: number): Decimal | null {
  if (k <= d.scale) return normalized(d.coefficient, d.scale - k);
  const factor = pow10(k - d.scale);
  if (Math.abs(d.coefficient) > MAX_SAFE / factor) return null;
  return { coefficient: d.coefficient * factor, scale: 0 };
}

/** d × 10^(−k) (k ≥ 0), or null when more than 20 decimals would be needed. */
export function dividedByPow10(d: Decimal, k: number): Decimal | null {
  if (d.coefficient === 0) return d;
  if (d.scale + k > MAX_SCALE) return null;
  return normalized(d.coefficient, d.scale + k);
}

export function add(a: Decimal, b: Decimal): Decimal | null {
  const scale = Math.max(a.scale, b.scale);
  const fa = pow10(scale - a.scale);
  const fb = pow10(scale - b.scale);
  if (Math.abs(a.coefficient) > MAX_SAFE / fa || Math.abs(b.coefficient) > MAX_SAFE / fb) return null;
  const sum = a.coefficient * fa + b.coefficient * fb;
  if (!Number.isSafeInteger(sum)) return null;
  return normalized(sum, scale);
}

export function negate(d: Decimal): Decimal {
  return d.coefficient === 0 ? d : { coefficient: -d.coefficient, scale: d.scale };
}

/** Same value, whatever the scale: 70 and 70.0 are equal. */
export function sameValue(a: Decimal, b: Decimal): boolean {
  const x = normalized(a.coefficient, a.scale);
  const y = normalized(b.coefficient, b.scale);
  return x.coefficient === y.coefficient && x.scale === y.scale;
}

/** |d| < 10^k, for "the part after 億 must be smaller than 1億" checks. */
export function isBelowPow10(d: Decimal, k: number): boolean {
  // |c| × 10^(−s) < 10^k  ⇔  |c| < 10^(k+s); beyond 10^22 every safe coefficient is below.
  return k + d.scale > 22 || Math.abs(d.coefficient) < pow10(k + d.scale);
}

export type FromNumberResult = Decimal | "too_large" | "beyond_precision";

/**
 * The Decimal an Excel number cell means. Excel keeps 15 significant digits, so the float is
 * read back through 15 digits: 0.1 + 0.2 (0.30000000000000004) is the 0.3 the sheet shows.
 */
export function decimalFromExcelNumber(value: number): FromNumberResult {
  if (Number.isSafeInteger(value) && Math.abs(value) < 1e15) return { coefficient: value === 0 ? 0 : value, scale: 0 };
  const text = value.toPrecision(EXCEL_SIGNIFICANT_DIGITS); // "-1.23450000000000e-7" or "0.300000000000000"
  let i = 0;
  const negative = text.charCodeAt(0) === 0x2d;
  if (negative) i = 1;
  let coefficient = 0;
  let scale = 0;
  let inFraction = false;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e) inFraction = true;
    else if (c >= 0x30 && c <= 0x39) {
      coefficient = coefficient * 10 + (c - 0x30);
      if (inFraction) scale += 1;
    } else break; // "e"
  }
  if (i < text.length) scale -= Number(text.slice(i + 1));
  if (scale < 0) {
    if (-scale > 22 || coefficient > MAX_SAFE / pow10(-scale)) return "too_large";
    coefficient *= pow10(-scale);
    scale = 0;
  }
  const d = normalized(negative ? -coefficient : coefficient, scale);
  if (d.scale > MAX_SCALE) return "beyond_precision";
  return d;
}
