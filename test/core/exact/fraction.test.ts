import fc from "fast-check";
import { decimal } from "../../../src/core/exact/decimal";
import {
  FRACTION_ONE,
  FRACTION_ZERO,
  addFractions,
  compareFractions,
  divideFractions,
  fraction,
  fractionFromDecimal,
  fractionFromRatio,
  fractionToRatio,
  minFraction,
  multiplyFractions,
  sumFractions,
} from "../../../src/core/exact/fraction";
import { ratio, ratioToNumber } from "../../../src/core/exact/ratio";

describe("fractions", () => {
  test("are kept in lowest terms with a positive denominator", () => {
    expect(fraction(6n, -8n)).toEqual({ n: -3n, d: 4n });
    expect(fraction(0n, 5n)).toEqual({ n: 0n, d: 1n });
    expect(() => fraction(1n, 0n)).toThrow(RangeError);
  });

  test("do exact arithmetic", () => {
    const third = fraction(1n, 3n);
    expect(addFractions(third, addFractions(third, third))).toEqual(FRACTION_ONE);
    expect(multiplyFractions(fraction(2n, 3n), fraction(3n, 4n))).toEqual({ n: 1n, d: 2n });
    expect(divideFractions(fraction(1n, 2n), fraction(1n, 4n))).toEqual({ n: 2n, d: 1n });
    expect(() => divideFractions(FRACTION_ONE, fraction(0n, 1n))).toThrow(RangeError);
    expect(compareFractions(fraction(1n, 3n), fraction(33n, 100n))).toBe(1);
    expect(minFraction(fraction(1n, 3n), fraction(33n, 100n))).toEqual({ n: 33n, d: 100n });
  });

  test("convert from decimals and ratios and back", () => {
    expect(fractionFromDecimal(decimal(-35, 2))).toEqual({ n: -7n, d: 20n });
    expect(fractionFromRatio(ratio(decimal(21, 1), decimal(3)))).toEqual({ n: 7n, d: 10n });
    const big = fraction(10n ** 30n + 1n, 3n);
    const r = fractionToRatio(big);
    expect(r.numerator.coefficient).toBe(10n ** 30n + 1n);
    expect(ratioToNumber(r)).toBeCloseTo(3.333333333333333e29, -15);
    expect(fractionToRatio(fraction(7n, 10n))).toEqual({
      numerator: { coefficient: 7, scale: 0 },
      denominator: { coefficient: 10, scale: 0 },
    });
  });
});

describe("sumFractions", () => {
  it("is the sum one addition at a time gives, exactly, in lowest terms", () => {
    const term = fc
      .tuple(fc.bigInt({ min: -(10n ** 9n), max: 10n ** 9n }), fc.bigInt({ min: 1n, max: 10n ** 6n }))
      .map(([n, d]) => fraction(n, d));
    fc.assert(
      fc.property(fc.array(term, { maxLength: 40 }), (terms) => {
        const oneByOne = terms.reduce(addFractions, FRACTION_ZERO);
        expect(sumFractions(terms)).toEqual(oneByOne);
      }),
    );
  });

  it("adds 1/1 + 1/2 + … + 1/10 to 7381/2520", () => {
    const terms = Array.from({ length: 10 }, (_, i) => fraction(1n, BigInt(i + 1)));
    expect(sumFractions(terms)).toEqual({ n: 7381n, d: 2520n });
    expect(sumFractions([])).toEqual(FRACTION_ZERO);
  });
});
