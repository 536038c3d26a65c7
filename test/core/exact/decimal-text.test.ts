import fc from "fast-check";
import { decimal } from "../../../src/core/exact/decimal";
import { decimalFromNumber, decimalFromString, decimalToString } from "../../../src/core/exact/decimal-text";

describe("decimalFromString", () => {
  test.each([
    ["70", 70, 0],
    ["66.7", 667, 1],
    ["-0.35", -35, 2],
    ["+5", 5, 0],
    ["70.00", 70, 0],
    ["0.0", 0, 0],
    ["-0", 0, 0],
    ["007.50", 75, 1],
    ["1e-7", 1, 7],
    ["1.5e3", 1500, 0],
    ["2.5E+2", 250, 0],
    [" 12 ", 12, 0],
  ])("%s", (text, coefficient, scale) => {
    const d = decimalFromString(text);
    expect(d).toEqual({ coefficient, scale });
    expect(Object.is(d!.coefficient, -0)).toBe(false);
  });

  test.each(["", "abc", "1,000", "七十", "1.2.3", "1e", "--1", "0.000000000000000000001", "1234567890123456"])(
    "rejects %j",
    (text) => {
      expect(decimalFromString(text)).toBeNull();
    },
  );
});

describe("decimalFromNumber", () => {
  test("takes the number as it was written, not its binary expansion", () => {
    expect(decimalFromNumber(66.7)).toEqual({ coefficient: 667, scale: 1 });
    expect(decimalFromNumber(0.1)).toEqual({ coefficient: 1, scale: 1 });
    expect(decimalFromNumber(1.5e-7)).toEqual({ coefficient: 15, scale: 8 });
    // a coefficient beyond 2^53 does not fit a Decimal
    expect(decimalFromNumber(1e21)).toBeNull();
  });

  test("rejects non-finite numbers", () => {
    expect(decimalFromNumber(NaN)).toBeNull();
    expect(decimalFromNumber(Infinity)).toBeNull();
  });
});

describe("decimalToString", () => {
  test.each([
    [decimal(70), "70"],
    [decimal(667, 1), "66.7"],
    [decimal(-35, 2), "-0.35"],
    [decimal(5, 3), "0.005"],
  ])("%j → %s", (d, text) => {
    expect(decimalToString(d)).toBe(text);
  });

  test("round-trips with decimalFromString", () => {
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 14), max: 10 ** 14 }), fc.integer({ min: 0, max: 20 }), (c, s) => {
        const d = decimalFromString(decimalToString(decimal(c, s)));
        expect(d).not.toBeNull();
        // same value: c·10^-s = d.c·10^-d.s
        expect(BigInt(d!.coefficient) * 10n ** BigInt(s)).toBe(BigInt(c) * 10n ** BigInt(d!.scale));
      }),
    );
  });
});
