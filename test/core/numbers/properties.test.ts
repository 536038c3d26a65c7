/**
 * Properties of the parser over generated input: it never throws, what format.ts writes reads
 * back to the same value and unit, and Excel numbers keep their (up to 15) digits.
 */
import fc from "fast-check";
import { type Decimal, toNumber } from "../../../src/core/exact/decimal";
import { sameValue } from "../../../src/core/numbers/decimal-ops";
import { NUMBER_STYLES, formatDecimal } from "../../../src/core/numbers/format";
import { parseResultToJson } from "../../../src/core/numbers/json";
import { parseCell, parseTextWithoutFastPath } from "../../../src/core/numbers/parse";

/** The characters the parser gives a meaning to, to build strings that exercise every branch. */
const SPECIAL = [
  ..."0123456789０１２３４５６７８９",
  ..."万億兆千百十割分厘〇一二三四五六七八九",
  ..."△▲−－‐-+＋.,．，、 　\t\n",
  ..."()（）<>＜＞〈〉【】[]",
  ..."%％※~～〜→/:：",
  ..."約延べ以上下未満超見込み程度累計",
  ..."人件円団体年度月日tgkm²㎡ha",
  ..."作業中実施済未達成中止なし",
  ..."RH令和平成#",
  "\ud800", // a lone surrogate
];

const special = fc.string({ unit: fc.constantFrom(...SPECIAL), maxLength: 40 });

describe("parseCell never throws", () => {
  const checkTotal = (s: string): void => {
    const r = parseCell(s);
    expect(typeof r.ok).toBe("boolean");
    expect(r.raw).toBe(s);
    // The JSON view (with its messages) must not throw either.
    const json = parseResultToJson(r);
    if (!json.ok) {
      expect(json.message_ja.length).toBeGreaterThan(0);
      expect(json.message_en.length).toBeGreaterThan(0);
    }
  };

  test("on any string", () => {
    fc.assert(fc.property(fc.string(), checkTotal), { numRuns: 2000 });
  });

  test("on any full-Unicode string", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), checkTotal), { numRuns: 2000 });
  });

  test("on strings built from the characters it reads specially", () => {
    fc.assert(fc.property(special, checkTotal), { numRuns: 5000 });
  });

  test("on long strings (look-ahead stays bounded)", () => {
    const long = fc.string({ unit: fc.constantFrom(..."1 ※(,)約人万億5.〜"), minLength: 200, maxLength: 600 });
    fc.assert(fc.property(long, checkTotal), { numRuns: 200 });
  });

  test("on any JS number", () => {
    fc.assert(
      fc.property(fc.double(), (n) => {
        const r = parseCell(n);
        if (r.ok && r.kind === "number") {
          const back = toNumber(r.value);
          expect(Math.abs(back - n)).toBeLessThanOrEqual(Math.abs(n) * 1e-14);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

/** Decimals a sheet can hold: up to 15 significant digits, up to 20 decimals, safe coefficient. */
const decimalArb: fc.Arbitrary<Decimal> = fc
  .record({
    digits: fc.integer({ min: 1, max: 15 }),
    seed: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
    scale: fc.integer({ min: 0, max: 20 }),
    negative: fc.boolean(),
  })
  .map(({ digits, seed, scale, negative }) => {
    const magnitude = Math.floor(seed * 10 ** digits);
    return { coefficient: negative && magnitude !== 0 ? -magnitude : magnitude, scale };
  });

const UNITS = [
  null,
  "人",
  "件",
  "円",
  "%",
  "団体",
  "トン",
  "t",
  "ha/年",
  "g/人",
  "回",
  "本",
  "箇所",
  "km²",
  "施設",
  "校区",
  "名",
  "世帯",
  "時間",
  "日",
];

describe("what format.ts writes parses back to itself", () => {
  test("in every style, with and without unit, full-width or not, with each minus sign", () => {
    fc.assert(
      fc.property(
        decimalArb,
        fc.constantFrom(...NUMBER_STYLES),
        fc.constantFrom(...UNITS),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom("-" as const, "△" as const, "▲" as const),
        (d, style, unit, fullWidth, spaceBeforeUnit, minus) => {
          const text = formatDecimal(d, { style, unit, fullWidth, spaceBeforeUnit, minus });
          const r = parseCell(text);
          if (!r.ok || r.kind !== "number") throw new Error(`${text} → ${JSON.stringify(r)}`);
          expect(sameValue(r.value, d)).toBe(true);
          expect(r.unit).toBe(unit);
          expect(r.flags).toEqual([]);
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe("JS numbers with up to 15 significant digits round-trip", () => {
  test("number → parseCell → toNumber gives the same number, and the exact decimal", () => {
    fc.assert(
      fc.property(decimalArb, (d) => {
        const n = toNumber(d);
        const r = parseCell(n);
        if (!r.ok || r.kind !== "number") throw new Error(`${n} → ${JSON.stringify(r)}`);
        expect(toNumber(r.value)).toBe(n === 0 ? 0 : n);
        expect(sameValue(r.value, d)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  test("the number's text reads the same as the number", () => {
    fc.assert(
      fc.property(decimalArb, (d) => {
        const n = toNumber(d);
        const fromNumber = parseCell(n);
        const fromText = parseCell(formatDecimal(d, { style: "plain" }));
        if (!fromNumber.ok || fromNumber.kind !== "number" || !fromText.ok || fromText.kind !== "number") {
          throw new Error(`${n}`);
        }
        expect(sameValue(fromNumber.value, fromText.value)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("the fast path is only a shortcut", () => {
  const fastAlphabet = fc.constantFrom(..."0123456789０１２３４５６７８９,，.．  　-−△▲%％人件円団体hat/年e", "");
  test("every cell reads the same with and without it", () => {
    fc.assert(
      fc.property(fc.string({ unit: fastAlphabet, maxLength: 16 }), (s) => {
        expect(parseCell(s)).toEqual(parseTextWithoutFastPath(s));
      }),
      { numRuns: 5000 },
    );
  });

  test.each(["65000", "65,000 件", "99.2%", "62, 947 件", "99. 2%", "△53人", "１２３", "－5", "50％", "5パーセント"])(
    "%s",
    (s) => expect(parseCell(s)).toEqual(parseTextWithoutFastPath(s)),
  );
});
