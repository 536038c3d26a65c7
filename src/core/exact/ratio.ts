/**
 * An achievement rate kept as an exact quotient of two decimals, never as a float.
 *
 * Comparisons first try the float quotient and fall back to BigInt cross-multiplication only
 * when the float lies within a hair of the bound: the float is right by a margin almost always,
 * and exactness costs something only on the boundary cases that need it (7/10 against 70%).
 */
import type { Decimal } from "./decimal";
import { type WideDecimal, pow10, pow10Big, wideNegate, wideSign, wideToBigInt } from "./wide";

/** numerator ÷ denominator; the denominator is always positive. */
export interface Ratio {
  readonly numerator: WideDecimal;
  readonly denominator: WideDecimal;
}

export const RATIO_ZERO: Ratio = Object.freeze({
  numerator: Object.freeze({ coefficient: 0, scale: 0 }),
  denominator: Object.freeze({ coefficient: 1, scale: 0 }),
});

export const RATIO_ONE: Ratio = Object.freeze({
  numerator: Object.freeze({ coefficient: 1, scale: 0 }),
  denominator: Object.freeze({ coefficient: 1, scale: 0 }),
});

/** Builds numerator ÷ denominator with a positive denominator; a zero denominator is a caller bug. */
export function ratio(numerator: WideDecimal, denominator: WideDecimal): Ratio {
  const sign = wideSign(denominator);
  if (sign === 0) throw new RangeError("ratio with a zero denominator");
  return sign > 0
    ? { numerator, denominator }
    : { numerator: wideNegate(numerator), denominator: wideNegate(denominator) };
}

/** The nearest float (1 = 100%), for display and JSON. */
export function ratioToNumber(r: Ratio): number {
  const n = r.numerator;
  const d = r.denominator;
  if (typeof n.coefficient === "number" && typeof d.coefficient === "number") {
    // One division of the coefficients, then the power of ten: fewer roundings than two quotients.
    const shift = d.scale - n.scale;
    const q = n.coefficient / d.coefficient;
    return shift === 0 ? q : shift > 0 ? q * pow10(shift) : q / pow10(-shift);
  }
  return bigQuotientToNumber(wideToBigInt(n, Math.max(n.scale, d.scale)), wideToBigInt(d, Math.max(n.scale, d.scale)));
}

/** Relative margin inside which a float comparison is not trusted (true error is ~1e-15). */
const FLOAT_MARGIN = 1e-12;

/**
 * Exact ordering of r against a bound written in percent (70 means 70%): −1, 0 or 1.
 * `rateFloat` may pass ratioToNumber(r) when the caller already has it.
 */
export function compareRatioToPercent(
  r: Ratio,
  percent: Decimal,
  rateFloat = ratioToNumber(r),
  percentFloat = percentToNumber(percent),
): -1 | 0 | 1 {
  const rate100 = rateFloat * 100;
  const difference = rate100 - percentFloat;
  const margin = FLOAT_MARGIN * (Math.abs(percentFloat) + Math.abs(rate100));
  if (difference > margin) return 1;
  if (difference < -margin) return -1;
  return compareRatioToPercentExactly(r, percent);
}

/** The percent bound as a float, e.g. 70 for 70%. */
export function percentToNumber(percent: Decimal): number {
  return percent.scale === 0 ? percent.coefficient : percent.coefficient / pow10(percent.scale);
}

/** With N, D, P the integers of n, d, p at one common scale S: n/d ≥ p/100 ⇔ N·100·10^S ≥ P·D (D > 0). */
function compareRatioToPercentExactly(r: Ratio, percent: Decimal): -1 | 0 | 1 {
  const scale = Math.max(r.numerator.scale, r.denominator.scale, percent.scale);
  const left = wideToBigInt(r.numerator, scale) * 100n * pow10Big(scale);
  const right = wideToBigInt(percent, scale) * wideToBigInt(r.denominator, scale);
  return left > right ? 1 : left < right ? -1 : 0;
}

/** Exact ordering of two ratios. */
export function compareRatios(a: Ratio, b: Ratio): -1 | 0 | 1 {
  const scale = Math.max(a.numerator.scale, a.denominator.scale, b.numerator.scale, b.denominator.scale);
  const left = wideToBigInt(a.numerator, scale) * wideToBigInt(b.denominator, scale);
  const right = wideToBigInt(b.numerator, scale) * wideToBigInt(a.denominator, scale);
  return left > right ? 1 : left < right ? -1 : 0;
}

/**
 * r in tenths of a percent (r × 1000), rounded half away from zero like Excel's ROUND:
 * 0.99642 → 996 (99.6%), 0.99650 → 997, −0.0005 → −1.
 */
export function ratioToTenthsOfPercent(r: Ratio, rateFloat = ratioToNumber(r)): number | bigint {
  const x = rateFloat * 1000;
  const magnitude = Math.abs(x);
  if (magnitude < 1e9) {
    const fraction = magnitude - Math.floor(magnitude);
    // Only a value next to …5 can round either way; elsewhere the float decides.
    if (Math.abs(fraction - 0.5) > 1e-5) {
      const rounded = Math.floor(magnitude + 0.5);
      return x < 0 && rounded !== 0 ? -rounded : rounded;
    }
  }
  return exactTenthsOfPercent(r);
}

function exactTenthsOfPercent(r: Ratio): number | bigint {
  const scale = Math.max(r.numerator.scale, r.denominator.scale);
  const n = wideToBigInt(r.numerator, scale) * 1000n;
  const d = wideToBigInt(r.denominator, scale);
  const negative = n < 0n;
  const magnitude = negative ? -n : n;
  let q = magnitude / d;
  if ((magnitude - q * d) * 2n >= d) q += 1n;
  const signed = negative ? -q : q;
  const asNumber = Number(signed);
  return Number.isSafeInteger(asNumber) ? asNumber : signed;
}

/** A quotient of two big integers as a float without overflowing to Infinity on huge operands. */
function bigQuotientToNumber(n: bigint, d: bigint): number {
  const bits = Math.max(bitLength(n < 0n ? -n : n), bitLength(d));
  if (bits > 1000) {
    const shift = BigInt(bits - 900);
    return Number(n >> shift) / Number(d >> shift);
  }
  return Number(n) / Number(d);
}

function bitLength(x: bigint): number {
  return x === 0n ? 0 : x.toString(2).length;
}
