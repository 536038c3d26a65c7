import fc from "fast-check";
import { decimal } from "../../../src/core/exact/decimal";
import { wideAdd, wideCompare, wideEquals, wideNegate, wideSubtract, wideToNumber } from "../../../src/core/exact/wide";
import { big, decimalArb } from "./arbitraries";

describe("wide decimals", () => {
  test("subtraction is exact, in numbers when it fits and BigInt when it does not", () => {
    expect(wideSubtract(decimal(7), decimal(21, 1))).toEqual({ coefficient: 49, scale: 1 });
    const wide = wideSubtract(decimal(999_999_999_999_999), decimal(-1, 12));
    expect(wide).toEqual({ coefficient: 999_999_999_999_999_000_000_000_001n, scale: 12 });
    // and back to a number once it fits again
    expect(wideSubtract(wide, { coefficient: 999_999_999_999_999_000_000_000_000n, scale: 12 })).toEqual({
      coefficient: 1,
      scale: 12,
    });
  });

  test("subtraction, addition and comparison agree with BigInt", () => {
    fc.assert(
      fc.property(decimalArb(), decimalArb(), (a, b) => {
        const scale = Math.max(a.scale, b.scale);
        const d = wideSubtract(a, b);
        expect(big(d, Math.max(scale, d.scale))).toBe(
          big(a, Math.max(scale, d.scale)) - big(b, Math.max(scale, d.scale)),
        );
        const s = wideAdd(a, b);
        expect(big(s, Math.max(scale, s.scale))).toBe(
          big(a, Math.max(scale, s.scale)) + big(b, Math.max(scale, s.scale)),
        );
        const ref = big(a, scale) - big(b, scale);
        expect(wideCompare(a, b)).toBe(ref > 0n ? 1 : ref < 0n ? -1 : 0);
        expect(wideEquals(a, b)).toBe(ref === 0n);
        if (typeof d.coefficient === "number") expect(Number.isSafeInteger(d.coefficient)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  test("negation never produces -0 and converts to floats", () => {
    expect(Object.is(wideNegate(decimal(0)).coefficient, -0)).toBe(false);
    expect(wideToNumber(decimal(-35, 2))).toBe(-0.35);
    expect(wideToNumber({ coefficient: 10n ** 30n, scale: 10 })).toBe(1e20);
  });
});
