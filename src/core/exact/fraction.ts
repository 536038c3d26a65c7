/**
 * Exact rational arithmetic on BigInt, for rollups (weighted means of many rates).
 * Rollups run once per goal, not once per cell, so clarity wins over speed here.
 */
import type { Ratio } from "./ratio";
import { type WideDecimal, wideToBigInt } from "./wide";

/** n ÷ d in lowest terms, d > 0. */
export interface Fraction {
  readonly n: bigint;
  readonly d: bigint;
}

export const FRACTION_ZERO: Fraction = Object.freeze({ n: 0n, d: 1n });
export const FRACTION_ONE: Fraction = Object.freeze({ n: 1n, d: 1n });

export function fraction(n: bigint, d: bigint): Fraction {
  if (d === 0n) throw new RangeError("fraction with a zero denominator");
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const g = gcd(n < 0n ? -n : n, d);
  return g > 1n ? { n: n / g, d: d / g } : { n, d };
}

export function fractionFromDecimal(w: WideDecimal): Fraction {
  return fraction(wideToBigInt(w, w.scale), 10n ** BigInt(w.scale));
}

export function fractionFromRatio(r: Ratio): Fraction {
  const scale = Math.max(r.numerator.scale, r.denominator.scale);
  return fraction(wideToBigInt(r.numerator, scale), wideToBigInt(r.denominator, scale));
}

/** Back to a Ratio (scale-0 decimals), the type every rate is reported in. */
export function fractionToRatio(f: Fraction): Ratio {
  return { numerator: narrowInteger(f.n), denominator: narrowInteger(f.d) };
}

export function addFractions(a: Fraction, b: Fraction): Fraction {
  return fraction(a.n * b.d + b.n * a.d, a.d * b.d);
}

export function multiplyFractions(a: Fraction, b: Fraction): Fraction {
  return fraction(a.n * b.n, a.d * b.d);
}

export function divideFractions(a: Fraction, b: Fraction): Fraction {
  if (b.n === 0n) throw new RangeError("division by a zero fraction");
  return fraction(a.n * b.d, a.d * b.n);
}

export function compareFractions(a: Fraction, b: Fraction): -1 | 0 | 1 {
  const left = a.n * b.d;
  const right = b.n * a.d;
  return left > right ? 1 : left < right ? -1 : 0;
}

export function minFraction(a: Fraction, b: Fraction): Fraction {
  return compareFractions(a, b) <= 0 ? a : b;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

function narrowInteger(x: bigint): WideDecimal {
  const asNumber = Number(x);
  return Number.isSafeInteger(asNumber) ? { coefficient: asNumber, scale: 0 } : { coefficient: x, scale: 0 };
}
