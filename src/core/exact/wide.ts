/**
 * A decimal whose coefficient may outgrow 2^53: the result of subtracting two exact decimals
 * of different scales (actual − baseline) can need more digits than either operand. The fast
 * path stays in plain numbers; BigInt appears only when the digits really need it.
 */

/** coefficient × 10^(−scale); a number coefficient is always a safe integer. */
export interface WideDecimal {
  readonly coefficient: number | bigint;
  readonly scale: number;
}

/** Exact powers of ten as floats: 10^0 … 10^22 are all representable. */
const POW10: readonly number[] = Array.from({ length: 23 }, (_, i) => 10 ** i);
const POW10_BIG: bigint[] = [];

export function pow10(exponent: number): number {
  const value = POW10[exponent];
  return value === undefined ? 10 ** exponent : value;
}

export function pow10Big(exponent: number): bigint {
  let value = POW10_BIG[exponent];
  if (value === undefined) {
    value = 10n ** BigInt(exponent);
    if (exponent < 64) POW10_BIG[exponent] = value;
  }
  return value;
}

export function wideSign(w: WideDecimal): -1 | 0 | 1 {
  const c = w.coefficient;
  return c > 0 ? 1 : c < 0 ? -1 : 0;
}

export function wideNegate(w: WideDecimal): WideDecimal {
  const c = w.coefficient;
  return { coefficient: typeof c === "bigint" ? -c : c === 0 ? 0 : -c, scale: w.scale };
}

/** The nearest float; for display, JSON output and the float filter in front of exact comparisons. */
export function wideToNumber(w: WideDecimal): number {
  const c = typeof w.coefficient === "bigint" ? Number(w.coefficient) : w.coefficient;
  return w.scale === 0 ? c : c / pow10(w.scale);
}

/** coefficient × 10^(scale − w.scale) as a BigInt; `scale` must be ≥ w.scale. */
export function wideToBigInt(w: WideDecimal, scale: number): bigint {
  const c = typeof w.coefficient === "bigint" ? w.coefficient : BigInt(w.coefficient);
  return scale === w.scale ? c : c * pow10Big(scale - w.scale);
}

/** Exact a − b. */
export function wideSubtract(a: WideDecimal, b: WideDecimal): WideDecimal {
  const scale = a.scale > b.scale ? a.scale : b.scale;
  if (typeof a.coefficient === "number" && typeof b.coefficient === "number") {
    const x = a.coefficient * pow10(scale - a.scale);
    const y = b.coefficient * pow10(scale - b.scale);
    const difference = x - y;
    // Every step is exact while the numbers stay safe; a rounded result would not be safe.
    if (Number.isSafeInteger(x) && Number.isSafeInteger(y) && Number.isSafeInteger(difference)) {
      return { coefficient: difference === 0 ? 0 : difference, scale };
    }
  }
  const exact = wideToBigInt(a, scale) - wideToBigInt(b, scale);
  return narrow(exact, scale);
}

/** Exact a + b. */
export function wideAdd(a: WideDecimal, b: WideDecimal): WideDecimal {
  return wideSubtract(a, wideNegate(b));
}

/** Exact ordering of two decimals. */
export function wideCompare(a: WideDecimal, b: WideDecimal): -1 | 0 | 1 {
  return wideSign(wideSubtract(a, b));
}

export function wideEquals(a: WideDecimal, b: WideDecimal): boolean {
  return wideCompare(a, b) === 0;
}

/** Back to a number coefficient when it fits, so later arithmetic takes the fast path. */
function narrow(coefficient: bigint, scale: number): WideDecimal {
  const asNumber = Number(coefficient);
  return Number.isSafeInteger(asNumber) ? { coefficient: asNumber, scale } : { coefficient, scale };
}
