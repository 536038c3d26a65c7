/** Properties of the engine over random inputs (fast-check). */
import fc from "fast-check";
import { type Decimal, decimal } from "../../../src/core/exact/decimal";
import { FRACTION_ONE, compareFractions, fractionFromRatio, minFraction } from "../../../src/core/exact/fraction";
import { compareRatios } from "../../../src/core/exact/ratio";
import {
  DEFAULT_SCALE,
  type Direction,
  type GradableCell,
  type IndicatorInput,
  type IndicatorStatus,
  PRESET_NAMES,
  PRESET_SCALES,
  type Scale,
  evaluateIndicator,
  rollup,
  scaleFromJson,
} from "../../../src/core/rules";
import type { NumberCell } from "../../../src/core/rules";

const cell = (value: Decimal, unit: string | null = null): NumberCell => ({
  ok: true,
  kind: "number",
  value,
  unit,
  flags: [],
});

/** Decimals as KPI cells carry them: up to 12 digits, up to 4 decimals. */
const value = (min = -999_999_999_999, max = 999_999_999_999) =>
  fc.tuple(fc.integer({ min, max }), fc.integer({ min: 0, max: 4 })).map(([c, s]) => decimal(c, s));
const positive = value(1);

/** Index of a grade on a scale, 0 = best; bigger is worse. */
const rank = (scale: Scale, letter: string | null): number => {
  const i = scale.grades.findIndex((g) => g.letter === letter);
  if (i < 0) throw new Error(`not graded: ${letter}`);
  return i;
};

const sorted = (a: Decimal, b: Decimal): [Decimal, Decimal] => {
  const s = Math.max(a.scale, b.scale);
  const x = BigInt(a.coefficient) * 10n ** BigInt(s - a.scale);
  const y = BigInt(b.coefficient) * 10n ** BigInt(s - b.scale);
  return x <= y ? [a, b] : [b, a];
};

const gradedScales = PRESET_NAMES.filter((n) => !PRESET_SCALES[n].manual).map((n) => PRESET_SCALES[n]);
const scaleArb = fc.constantFrom(...gradedScales);

describe("monotone in the actual", () => {
  test("higher is better: a larger actual never gets a lower rate or grade", () => {
    fc.assert(
      fc.property(positive, value(), value(), scaleArb, (target, a, b, scale) => {
        const [low, high] = sorted(a, b);
        const r1 = evaluateIndicator({ target: cell(target), actual: cell(low) }, scale);
        const r2 = evaluateIndicator({ target: cell(target), actual: cell(high) }, scale);
        expect(compareRatios(r1.rate!, r2.rate!)).toBeLessThanOrEqual(0);
        expect(rank(scale, r2.grade)).toBeLessThanOrEqual(rank(scale, r1.grade));
      }),
      { numRuns: 1000 },
    );
  });

  test("progress upwards (target above baseline) is non-decreasing", () => {
    fc.assert(
      fc.property(value(), value(), value(), value(), scaleArb, (x, y, a, b, scale) => {
        const [baseline, target] = sorted(x, y);
        fc.pre(
          compareRatios(
            { numerator: baseline, denominator: decimal(1) },
            { numerator: target, denominator: decimal(1) },
          ) < 0,
        );
        const [low, high] = sorted(a, b);
        const input = (actual: Decimal): IndicatorInput => ({
          target: cell(target),
          baseline: cell(baseline),
          actual: cell(actual),
          method: "progress",
        });
        const r1 = evaluateIndicator(input(low), scale);
        const r2 = evaluateIndicator(input(high), scale);
        expect(compareRatios(r1.rate!, r2.rate!)).toBeLessThanOrEqual(0);
        expect(rank(scale, r2.grade)).toBeLessThanOrEqual(rank(scale, r1.grade));
      }),
      { numRuns: 500 },
    );
  });

  test("lower is better: a larger actual never gets a higher rate or grade", () => {
    fc.assert(
      fc.property(positive, positive, positive, scaleArb, (target, a, b, scale) => {
        const [low, high] = sorted(a, b);
        const r1 = evaluateIndicator({ target: cell(target), actual: cell(low), direction: "down" }, scale);
        const r2 = evaluateIndicator({ target: cell(target), actual: cell(high), direction: "down" }, scale);
        expect(compareRatios(r1.rate!, r2.rate!)).toBeGreaterThanOrEqual(0);
        expect(rank(scale, r2.grade)).toBeGreaterThanOrEqual(rank(scale, r1.grade));
      }),
      { numRuns: 1000 },
    );
  });

  test("lower is better by progress (target below baseline) is non-increasing", () => {
    fc.assert(
      fc.property(value(), value(), value(), value(), scaleArb, (x, y, a, b, scale) => {
        const [target, baseline] = sorted(x, y);
        fc.pre(
          compareRatios(
            { numerator: target, denominator: decimal(1) },
            { numerator: baseline, denominator: decimal(1) },
          ) < 0,
        );
        const [low, high] = sorted(a, b);
        const input = (actual: Decimal): IndicatorInput => ({
          target: cell(target),
          baseline: cell(baseline),
          actual: cell(actual),
          direction: "down",
          method: "progress",
        });
        const r1 = evaluateIndicator(input(low), scale);
        const r2 = evaluateIndicator(input(high), scale);
        expect(compareRatios(r1.rate!, r2.rate!)).toBeGreaterThanOrEqual(0);
        expect(rank(scale, r2.grade)).toBeGreaterThanOrEqual(rank(scale, r1.grade));
      }),
      { numRuns: 500 },
    );
  });
});

describe("grade bounds are exact", () => {
  /** A two-grade scale with one bound b. */
  const scaleWithBound = (b: Decimal): Scale => {
    const read = scaleFromJson({
      id: "b",
      version: 1,
      name: { ja: "b", en: "b" },
      grades: [
        { letter: "HI", label: { ja: "h", en: "h" }, min: `${b.coefficient}e-${b.scale}` },
        { letter: "LO", label: { ja: "l", en: "l" } },
      ],
      notCarriedOut: { letter: "E", label: { ja: "e", en: "e" } },
    });
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    return read.scale;
  };

  test("actual = b·t grades at the bound; one step below grades lower", () => {
    fc.assert(
      fc.property(
        fc.tuple(fc.integer({ min: 1, max: 30000 }), fc.integer({ min: 0, max: 2 })).map(([c, s]) => decimal(c, s)),
        fc
          .tuple(fc.integer({ min: 1, max: 99_999_999 }), fc.integer({ min: 0, max: 4 }))
          .map(([c, s]) => decimal(c, s)),
        (b, t) => {
          const scale = scaleWithBound(b);
          // b% of t = (b.c · t.c) · 10^-(b.s + t.s + 2), exactly
          const onBound = decimal(b.coefficient * t.coefficient, b.scale + t.scale + 2);
          const below = decimal(onBound.coefficient - 1, onBound.scale);
          expect(evaluateIndicator({ target: cell(t), actual: cell(onBound) }, scale).grade).toBe("HI");
          expect(evaluateIndicator({ target: cell(t), actual: cell(below) }, scale).grade).toBe("LO");
        },
      ),
      { numRuns: 2000 },
    );
  });

  test("on every preset bound, for random targets", () => {
    const cases = gradedScales.flatMap((scale) =>
      scale.grades.flatMap((g, i) =>
        g.min && i < scale.grades.length - 1
          ? [{ scale, min: g.min, letter: g.letter, next: scale.grades[i + 1]!.letter }]
          : [],
      ),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...cases),
        fc.tuple(fc.integer({ min: 1, max: 999_999_999 }), fc.integer({ min: 0, max: 5 })),
        ({ scale, min, letter, next }, [tc, ts]) => {
          const onBound = decimal(min.coefficient * tc, min.scale + ts + 2);
          const below = decimal(onBound.coefficient - 1, onBound.scale);
          expect(evaluateIndicator({ target: cell(decimal(tc, ts)), actual: cell(onBound) }, scale).grade).toBe(letter);
          expect(evaluateIndicator({ target: cell(decimal(tc, ts)), actual: cell(below) }, scale).grade).toBe(next);
        },
      ),
      { numRuns: 2000 },
    );
  });

  test("the text shown sits in the same grade band as the exact rate", () => {
    fc.assert(
      fc.property(positive, value(0), (target, actual) => {
        const r = evaluateIndicator({ target: cell(target), actual: cell(actual) }, DEFAULT_SCALE);
        const shown = Number(r.rateText!.replace("%", ""));
        const byText = shown >= 100 ? "A" : shown >= 70 ? "B" : shown >= 50 ? "C" : "D";
        expect(byText).toBe(r.grade);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("rollups", () => {
  const rateArb = fc
    .tuple(value(-2000, 30000), positive)
    .map(([a, t]) => evaluateIndicator({ target: cell(t), actual: cell(a) }));
  const modeArb = fc.constantFrom("capped_mean" as const, "mean" as const, "minimum" as const);

  test("identical rates roll up to that rate (capped at 100% in the capped mean)", () => {
    fc.assert(
      fc.property(
        rateArb,
        fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 8 }),
        modeArb,
        (kpi, weights, mode) => {
          const r = rollup(
            weights.map((w) => ({ outcome: kpi, weight: decimal(w, 1) })),
            DEFAULT_SCALE,
            { mode },
          );
          const expected = fractionFromRatio(kpi.rate!);
          const capped =
            mode === "capped_mean" && compareFractions(expected, FRACTION_ONE) > 0 ? FRACTION_ONE : expected;
          expect(fractionFromRatio(r.rate!)).toEqual(capped);
          if (mode !== "capped_mean" || compareFractions(expected, FRACTION_ONE) <= 0) expect(r.grade).toBe(kpi.grade);
        },
      ),
      { numRuns: 500 },
    );
  });

  test("the capped mean never exceeds 100% nor falls below the smallest capped rate", () => {
    fc.assert(
      fc.property(fc.array(rateArb, { minLength: 1, maxLength: 10 }), (kpis) => {
        const r = rollup(
          kpis.map((outcome) => ({ outcome })),
          DEFAULT_SCALE,
        );
        const mean = fractionFromRatio(r.rate!);
        expect(compareFractions(mean, FRACTION_ONE)).toBeLessThanOrEqual(0);
        const minimum = fractionFromRatio(
          rollup(
            kpis.map((outcome) => ({ outcome })),
            DEFAULT_SCALE,
            { mode: "minimum" },
          ).rate!,
        );
        expect(compareFractions(minFraction(minimum, FRACTION_ONE), mean)).toBeLessThanOrEqual(0);
      }),
      { numRuns: 500 },
    );
  });
});

describe("every input gets a result", () => {
  const cellArb: fc.Arbitrary<GradableCell | null> = fc.oneof(
    fc.constant(null),
    fc.tuple(value(), fc.constantFrom(null, "件", "人", "%")).map(([v, unit]) => cell(v, unit)),
    fc.boolean().map((done): GradableCell => ({ ok: true, kind: "binary", done, flags: [] })),
    fc
      .constantFrom("empty", "pending", "several_values", "ambiguous", "unreadable", "too_many_digits", "something_new")
      .map((reason): GradableCell => ({ ok: false, reason })),
  );
  const inputArb: fc.Arbitrary<IndicatorInput> = fc.record({
    target: cellArb,
    actual: cellArb,
    baseline: cellArb,
    direction: fc.constantFrom<Direction | undefined>(undefined, "up", "down", "band", "binary"),
    method: fc.constantFrom(undefined, "ratio" as const, "progress" as const),
    band: fc.option(fc.tuple(value(), value()), { nil: null }),
    status: fc.constantFrom<IndicatorStatus | undefined>(undefined, "final", "estimate", "pending", "not_carried_out"),
    manual: fc.option(
      fc.record({ grade: fc.constantFrom("A", "B", "Z", "E", "◎"), reason: fc.constantFrom(undefined, "", "理由") }),
      { nil: null },
    ),
  });

  test("a grade or a reason, never both, never an exception", () => {
    fc.assert(
      fc.property(
        inputArb,
        fc.constantFrom(...PRESET_NAMES),
        fc.constantFrom("ratio" as const, "progress" as const),
        (input, preset, lowerIsBetter) => {
          const r = evaluateIndicator(input, PRESET_SCALES[preset], { lowerIsBetter });
          expect((r.grade === null) !== (r.reason === null)).toBe(true);
          expect(r.reason === null).toBe(r.reasonField === null);
          expect(r.rate === null).toBe(r.rateText === null);
          expect(r.rate === null).toBe(r.rateNumber === null);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
