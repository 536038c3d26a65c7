import fc from "fast-check";
import { decimal } from "../../../src/core/exact/decimal";
import {
  RATIO_ONE,
  compareRatioToPercent,
  compareRatios,
  ratio,
  ratioToTenthsOfPercent,
} from "../../../src/core/exact/ratio";
import type { Ratio } from "../../../src/core/exact/ratio";
import { big, decimalArb, positiveDecimalArb, sign } from "./arbitraries";

/** r against p% by BigInt cross-multiplication: N/D ≥ (P/10^s)/100 ⇔ N·100·10^s ≥ P·D. */
function referenceCompare(r: Ratio, p: { coefficient: number; scale: number }): -1 | 0 | 1 {
  const s = Math.max(r.numerator.scale, r.denominator.scale, p.scale);
  return sign(big(r.numerator, s) * 100n * 10n ** BigInt(s) - big(p, s) * big(r.denominator, s));
}

function referenceTenths(r: Ratio): bigint {
  const s = Math.max(r.numerator.scale, r.denominator.scale);
  const n = big(r.numerator, s) * 1000n;
  const d = big(r.denominator, s);
  const m = n < 0n ? -n : n;
  let q = m / d;
  if ((m - q * d) * 2n >= d) q += 1n;
  return n < 0n ? -q : q;
}

describe("ratio", () => {
  test("keeps the denominator positive and refuses zero", () => {
    const r = ratio(decimal(3), decimal(-4));
    expect(r.numerator.coefficient).toBe(-3);
    expect(r.denominator.coefficient).toBe(4);
    expect(() => ratio(decimal(1), decimal(0))).toThrow(RangeError);
  });

  test("compares exactly on the bound where floats fail", () => {
    // 0.567 / 0.81 is 0.6999999999999998 as floats but exactly 0.7
    const r = ratio(decimal(567, 3), decimal(81, 2));
    expect((0.567 / 0.81) * 100 < 70).toBe(true);
    expect(compareRatioToPercent(r, decimal(70))).toBe(0);
    expect(compareRatioToPercent(ratio(decimal(7), decimal(10)), decimal(70))).toBe(0);
    expect(compareRatioToPercent(ratio(decimal(185433), decimal(186100)), decimal(100))).toBe(-1);
    expect(compareRatioToPercent(ratio(decimal(-1), decimal(3)), decimal(0))).toBe(-1);
  });

  test("agrees with BigInt on random ratios and bounds", () => {
    fc.assert(
      fc.property(decimalArb(), positiveDecimalArb(), decimalArb({ min: 0, max: 100000, maxScale: 3 }), (n, d, p) => {
        const r = ratio(n, d);
        expect(compareRatioToPercent(r, p)).toBe(referenceCompare(r, p));
      }),
      { numRuns: 3000 },
    );
  });

  test("agrees with BigInt exactly on the bound and one step either side", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9_999_999 }),
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 0, max: 20000 }),
        fc.integer({ min: 0, max: 2 }),
        (tc, ts, pc, ps) => {
          // actual = target × p / 100 exactly
          const target = decimal(tc, ts);
          const actualCoefficient = tc * pc;
          const actualScale = ts + ps + 2;
          if (!Number.isSafeInteger(actualCoefficient) || actualScale > 20) return;
          const p = decimal(pc, ps);
          expect(compareRatioToPercent(ratio(decimal(actualCoefficient, actualScale), target), p)).toBe(0);
          expect(compareRatioToPercent(ratio(decimal(actualCoefficient - 1, actualScale), target), p)).toBe(-1);
          expect(compareRatioToPercent(ratio(decimal(actualCoefficient + 1, actualScale), target), p)).toBe(1);
        },
      ),
      { numRuns: 3000 },
    );
  });

  test("compareRatios is exact", () => {
    fc.assert(
      fc.property(decimalArb(), positiveDecimalArb(), decimalArb(), positiveDecimalArb(), (a, b, c, d) => {
        const s = Math.max(a.scale, b.scale, c.scale, d.scale);
        const ref = sign(big(a, s) * big(d, s) - big(c, s) * big(b, s));
        expect(compareRatios(ratio(a, b), ratio(c, d))).toBe(ref);
      }),
    );
    expect(compareRatios(RATIO_ONE, ratio(decimal(10), decimal(10)))).toBe(0);
  });

  test("rounds to tenths of a percent half away from zero, like Excel's ROUND", () => {
    expect(ratioToTenthsOfPercent(ratio(decimal(185433), decimal(186100)))).toBe(996);
    expect(ratioToTenthsOfPercent(ratio(decimal(9965, 4), decimal(1)))).toBe(997);
    expect(ratioToTenthsOfPercent(ratio(decimal(-9965, 4), decimal(1)))).toBe(-997);
    expect(ratioToTenthsOfPercent(ratio(decimal(5, 4), decimal(1)))).toBe(1);
    expect(ratioToTenthsOfPercent(ratio(decimal(-4, 4), decimal(1)))).toBe(0);
    expect(ratioToTenthsOfPercent(ratio(decimal(1, 0), decimal(3, 0)))).toBe(333);
    expect(ratioToTenthsOfPercent(ratio(decimal(999_999_999_999_999), decimal(1, 12)))).toBe(
      999_999_999_999_999_000_000_000_000_000n,
    );
  });

  test("rounding agrees with BigInt, also on exact halves", () => {
    const half = fc
      .tuple(fc.integer({ min: -(10 ** 9), max: 10 ** 9 }), fc.integer({ min: 1, max: 10 ** 6 }))
      .map(([k, t]) => ratio(decimal((2 * k + 1) * t), decimal(2000 * t))); // × 1000 = k + ½ exactly
    const any = fc.tuple(decimalArb(), positiveDecimalArb()).map(([n, d]) => ratio(n, d));
    fc.assert(
      fc.property(fc.oneof(half, any), (r) => {
        expect(BigInt(ratioToTenthsOfPercent(r))).toBe(referenceTenths(r));
      }),
      { numRuns: 3000 },
    );
  });
});
