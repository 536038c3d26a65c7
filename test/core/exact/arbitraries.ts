/** fast-check generators of exact decimals, and BigInt references to check the fast paths against. */
import fc from "fast-check";
import { type Decimal, decimal } from "../../../src/core/exact/decimal";
import type { WideDecimal } from "../../../src/core/exact/wide";

/** Up to 15 significant digits, up to 12 decimal places, as city documents carry. */
export const decimalArb = (opts: { min?: number; max?: number; maxScale?: number } = {}): fc.Arbitrary<Decimal> =>
  fc
    .tuple(
      fc.integer({ min: opts.min ?? -999_999_999_999_999, max: opts.max ?? 999_999_999_999_999 }),
      fc.integer({ min: 0, max: opts.maxScale ?? 12 }),
    )
    .map(([c, s]) => decimal(c, s));

export const positiveDecimalArb = (maxScale = 12): fc.Arbitrary<Decimal> => decimalArb({ min: 1, maxScale });

/** value × 10^scale as an exact BigInt pair. */
export function big(w: WideDecimal, scale: number): bigint {
  return BigInt(w.coefficient) * 10n ** BigInt(scale - w.scale);
}

export function sign(x: bigint): -1 | 0 | 1 {
  return x > 0n ? 1 : x < 0n ? -1 : 0;
}
