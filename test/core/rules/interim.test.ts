/**
 * The mid-year check (中間評価, #18) in the engine: the share a scale's rule gives, and each indicator's
 * interim rate and grade against the pro-rated target. Every expected figure is worked out by hand here.
 */
import fc from "fast-check";
import { decimal } from "../../../src/core/exact/decimal";
import { fraction, fractionFromRatio } from "../../../src/core/exact/fraction";
import {
  DEFAULT_SCALE,
  type IndicatorInput,
  PRESET_SCALES,
  evaluateIndicator,
  evaluateInterim,
  interimShare,
  presetScale,
  scaleFromJson,
} from "../../../src/core/rules";
import type { NumberCell } from "../../../src/core/rules";
import { dec, num } from "./cells";
import { parseCell } from "../../../src/core/numbers/parse";

const HALF = fraction(1n, 2n);
const share = (percent: string) => ({ basis: "share" as const, percent: dec(percent) });
const exact = (r: { rate: Parameters<typeof fractionFromRatio>[0] | null }) => {
  if (r.rate === null) return null;
  const f = fractionFromRatio(r.rate);
  return `${f.n}/${f.d}`;
};

describe("the share a rule gives", () => {
  test("the default rule is pro-rated by the fiscal year gone by, on every preset", () => {
    for (const scale of Object.values(PRESET_SCALES)) expect(scale.interim).toEqual({ basis: "elapsed" });
  });

  test("2026-09-30 of FY2026 is six of twelve months: exactly half", () => {
    const got = interimShare(DEFAULT_SCALE.interim, 2026, { year: 2026, month: 9, day: 30 });
    expect(got).toEqual({ ok: true, share: HALF, shareNumber: 0.5, shareText: "50.0%" });
  });

  test("a month in progress counts by its days; January–March belong to the year before's fiscal year", () => {
    // 2025-10-15: April–September (6 months) and 15 of October's 31 days → (6·31 + 15) / (12·31) = 201/372.
    const october = interimShare(DEFAULT_SCALE.interim, 2025, { year: 2025, month: 10, day: 15 });
    expect(october.ok && `${october.share.n}/${october.share.d}`).toBe("67/124");
    expect(october.ok && october.shareText).toBe("54.0%");
    // 2026-03-31 closes FY2025: the whole year.
    const end = interimShare(DEFAULT_SCALE.interim, 2025, { year: 2026, month: 3, day: 31 });
    expect(end.ok && `${end.share.n}/${end.share.d}`).toBe("1/1");
    // 2025-04-01: one day of April's 30 → 1/360.
    const first = interimShare(DEFAULT_SCALE.interim, 2025, { year: 2025, month: 4, day: 1 });
    expect(first.ok && `${first.share.n}/${first.share.d}`).toBe("1/360");
  });

  test("a date outside the fiscal year, none or an unreadable one gives no share and says why", () => {
    const rule = DEFAULT_SCALE.interim;
    expect(interimShare(rule, 2025, { year: 2025, month: 3, day: 31 })).toEqual({
      ok: false,
      reason: "interim_date_outside_year",
    });
    expect(interimShare(rule, 2025, { year: 2026, month: 4, day: 1 })).toEqual({
      ok: false,
      reason: "interim_date_outside_year",
    });
    expect(interimShare(rule, 2025, { year: 2025, month: 2, day: 30 })).toEqual({
      ok: false,
      reason: "interim_date_outside_year",
    });
    expect(interimShare(rule, 2025, null)).toEqual({ ok: false, reason: "interim_date_missing" });
    expect(interimShare(rule, 2025, "unreadable")).toEqual({ ok: false, reason: "interim_date_unreadable" });
  });

  test("a fixed share needs no date: 大阪市's 66.7% after two of three years", () => {
    const got = interimShare(share("66.7"), 2025, null);
    expect(got.ok && `${got.share.n}/${got.share.d}`).toBe("667/1000");
    expect(got.ok && got.shareText).toBe("66.7%");
  });

  test("多摩市's 20% × n: year n of a plan from FY2024 by the sheet's year, whatever the date", () => {
    const tama = { basis: "planYear" as const, percent: dec("20"), firstYear: 2024 };
    const at = (year: number) => {
      const got = interimShare(tama, year, null);
      return got.ok ? [`${got.share.n}/${got.share.d}`, got.shareText] : got.reason;
    };
    // FY2024 is year 1: 20%; FY2026 year 3: 60%; FY2028 year 5: the whole target.
    expect(at(2024)).toEqual(["1/5", "20.0%"]);
    expect(at(2026)).toEqual(["3/5", "60.0%"]);
    expect(at(2028)).toEqual(["1/1", "100.0%"]);
    // Past the plan's last year the whole target still; before its first year, and without a year, none.
    expect(at(2030)).toEqual(["1/1", "100.0%"]);
    expect(at(2023)).toBe("interim_year_before_plan");
    expect(interimShare(tama, null, null)).toEqual({ ok: false, reason: "interim_year_missing" });
    // A third each year (33.3%) over three years: 99.9% in year 3, never rounded up to the whole.
    const third = interimShare({ basis: "planYear", percent: dec("33.3"), firstYear: 2025 }, 2027, null);
    expect(third.ok && [`${third.share.n}/${third.share.d}`, third.shareText]).toEqual(["999/1000", "99.9%"]);
  });
});

describe("a scale's interim rule as data", () => {
  const base = {
    id: "city",
    version: 1,
    name: { ja: "市の尺度", en: "The city's scale" },
    grades: [
      { letter: "A", label: { ja: "達成", en: "Achieved" }, min: 100 },
      { letter: "B", label: { ja: "未達成", en: "Not achieved" } },
    ],
    notCarriedOut: { letter: "E", label: { ja: "未実施", en: "Not carried out" } },
  };

  test("left out, it is the default; a share is read as the exact decimal written", () => {
    const plain = scaleFromJson(base);
    expect(plain.ok && plain.scale.interim).toEqual({ basis: "elapsed" });
    const tama = scaleFromJson({ ...base, interim: { basis: "share", percent: 40 } });
    expect(tama.ok && tama.scale.interim).toEqual({ basis: "share", percent: decimal(40, 0) });
    const perYear = scaleFromJson({ ...base, interim: { basis: "planYear", percent: 20, firstYear: 2024 } });
    expect(perYear.ok && perYear.scale.interim).toEqual({
      basis: "planYear",
      percent: decimal(20, 0),
      firstYear: 2024,
    });
  });

  test("a per-year rule needs a share per year within 0–100% and a whole first year", () => {
    const over = scaleFromJson({ ...base, interim: { basis: "planYear", percent: 120, firstYear: 2024 } });
    expect(!over.ok && over.errors[0]?.field).toBe("interim.percent");
    for (const firstYear of [2024.5, "R6", undefined]) {
      const read = scaleFromJson({ ...base, interim: { basis: "planYear", percent: 20, firstYear } });
      expect(read.ok).toBe(false);
    }
  });

  test("a share of 0, over 100 or an unknown basis is refused, naming the field in both languages", () => {
    for (const percent of [0, -5, 100.1]) {
      const read = scaleFromJson({ ...base, interim: { basis: "share", percent } });
      expect(read.ok).toBe(false);
      if (!read.ok) {
        expect(read.errors[0]?.field).toBe("interim.percent");
        expect(read.errors[0]?.message.ja).toContain("中間評価の割合");
        expect(read.errors[0]?.message.en).toContain("mid-year share");
      }
    }
    const unknown = scaleFromJson({ ...base, interim: { basis: "months" } });
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.errors[0]?.message.en).toContain("mid-year rule");
  });
});

describe("one indicator's interim grade", () => {
  test("target 120, interim actual 50 at half the year: against 60, 83.3%, B", () => {
    const input: IndicatorInput = { target: num("120"), actual: null };
    const r = evaluateInterim(input, num("50"), HALF);
    expect(r).toMatchObject({ grade: "B", rateText: "83.3%", method: "ratio", reason: null });
    expect(exact(r)).toBe("5/6");
  });

  test("the same bounds as the year end: 60 of 120 at half is 100%, A; 29 is 48.3%, D", () => {
    expect(evaluateInterim({ target: num("120") }, num("60"), HALF)).toMatchObject({ grade: "A", rateText: "100.0%" });
    expect(evaluateInterim({ target: num("120") }, num("29"), HALF)).toMatchObject({ grade: "D", rateText: "48.3%" });
  });

  test("大阪市: a three-year goal of 30 with 20 done after two years is 20 ÷ (30 × 66.7%) = 99.95%, B", () => {
    const osaka = fraction(667n, 1000n);
    const r = evaluateInterim({ target: num("30") }, num("20"), osaka);
    // 20 / 20.01 = 2000/2001: just under 100%, so B, shown 99.9% (never 100.0% beside a B).
    expect(exact(r)).toBe("2000/2001");
    expect(r).toMatchObject({ grade: "B", rateText: "99.9%" });
  });

  test("lower is better: target ÷ actual with the target pro-rated (100件以下 for the year, 40 at half: 125%)", () => {
    const r = evaluateInterim({ target: num("100", "件"), direction: "down" }, num("40", "件"), HALF);
    expect(exact(r)).toBe("5/4");
    expect(r).toMatchObject({ grade: "A", method: "inverse_ratio", rateText: "125.0%" });
  });

  test("progress from a baseline: the distance to go is pro-rated (baseline 100, target 200, 130 at half: 60%, C)", () => {
    const r = evaluateInterim({ target: num("200"), baseline: num("100"), method: "progress" }, num("130"), HALF);
    // (130 − 100) ÷ ((200 − 100) × ½) = 30 / 50.
    expect(exact(r)).toBe("3/5");
    expect(r).toMatchObject({ grade: "C", method: "progress" });
  });

  test("a band and done / not done are levels: judged as they are, not pro-rated", () => {
    expect(evaluateInterim({ target: num("0", "人"), direction: "band" }, num("0", "人"), HALF)).toMatchObject({
      grade: "A",
      flags: ["within_band"],
    });
    expect(evaluateInterim({ target: parseCell("実施") }, parseCell("実施"), HALF)).toMatchObject({
      grade: "A",
      method: "binary",
    });
  });

  test("a target written as a ceiling (30分以内, 850g以下) is a level to stay under all year: never pro-rated", () => {
    // 30分以内 with 25分 at half the year: 30 ÷ 25 = 120%, A (pro-rated it would be 15 ÷ 25 = 60%, C).
    const ceiling = { target: parseCell("30分以内") };
    const within = evaluateInterim(ceiling, parseCell("25分"), HALF);
    expect(exact(within)).toBe("6/5");
    expect(within).toMatchObject({ grade: "A", method: "inverse_ratio" });
    // 40分: 30 ÷ 40 = 75%, B — as at the year end.
    expect(evaluateInterim(ceiling, parseCell("40分"), HALF)).toMatchObject({ grade: "B", rateText: "75.0%" });
    expect(evaluateInterim({ target: parseCell("850g以下") }, parseCell("900g"), HALF)).toMatchObject({
      grade: "B",
      rateText: "94.4%",
    });
  });

  test("未実施 is the not-carried-out grade; 作業中 and a hand grade are the year end's and do not count", () => {
    const input: IndicatorInput = { target: num("120"), status: "pending", manual: { grade: "A", reason: "理由" } };
    expect(evaluateInterim(input, num("50"), HALF)).toMatchObject({ grade: "B", flags: [] });
    expect(evaluateInterim({ ...input, status: "not_carried_out" }, num("50"), HALF)).toMatchObject({
      grade: "E",
      flags: ["not_carried_out"],
    });
    expect(evaluateInterim({ target: num("120") }, parseCell("中止"), HALF)).toMatchObject({ grade: "E" });
  });

  test("reasons are the year end's: no interim actual, a unit mismatch, target 0", () => {
    expect(evaluateInterim({ target: num("120") }, null, HALF)).toMatchObject({
      grade: null,
      reason: "actual_missing",
    });
    expect(evaluateInterim({ target: num("120", "件") }, num("50", "人"), HALF)).toMatchObject({
      reason: "unit_mismatch",
    });
    expect(evaluateInterim({ target: num("0") }, num("5"), HALF)).toMatchObject({ reason: "target_zero" });
  });

  test("a scale graded by hand gives no interim grade: a hand grade is the year end's", () => {
    const r = evaluateInterim({ target: num("120") }, num("50"), HALF, presetScale("qualitative-5") ?? DEFAULT_SCALE);
    expect(r).toMatchObject({ grade: null, reason: "manual_grade_required" });
  });
});

describe("properties", () => {
  const amount = fc.integer({ min: 1, max: 10_000_000 }).map((n) => decimal(n, 0));
  const cell = (value: ReturnType<typeof decimal>): NumberCell => ({
    ok: true,
    kind: "number",
    value,
    unit: null,
    flags: [],
  });
  const shares = fc
    .tuple(fc.integer({ min: 1, max: 366 }), fc.integer({ min: 1, max: 366 }))
    .map(([a, b]) => fraction(BigInt(Math.min(a, b)), BigInt(Math.max(a, b))));
  const rank = (letter: string | null) => DEFAULT_SCALE.grades.findIndex((g) => g.letter === letter);

  test("monotone in the interim actual (higher is better): more done never grades lower", () => {
    fc.assert(
      fc.property(amount, amount, amount, shares, (target, a, b, s) => {
        const [low, high] = a.coefficient <= b.coefficient ? [a, b] : [b, a];
        const lower = evaluateInterim({ target: cell(target) }, cell(low), s);
        const higher = evaluateInterim({ target: cell(target) }, cell(high), s);
        expect(rank(higher.grade)).toBeLessThanOrEqual(rank(lower.grade));
      }),
    );
  });

  test("at the whole year (share 1) the interim is the year end's grade of the same actual", () => {
    fc.assert(
      fc.property(amount, amount, fc.constantFrom("up" as const, "down" as const), (target, actual, direction) => {
        const year = evaluateIndicator({ target: cell(target), actual: cell(actual), direction });
        const interim = evaluateInterim({ target: cell(target), direction }, cell(actual), fraction(1n, 1n));
        expect(interim.grade).toBe(year.grade);
        expect(interim.rateText).toBe(year.rateText);
      }),
    );
  });

  test("the year-end result of an input is the same whatever interim is computed beside it", () => {
    fc.assert(
      fc.property(amount, amount, amount, shares, (target, actual, interim, s) => {
        const input: IndicatorInput = { target: cell(target), actual: cell(actual) };
        const before = evaluateIndicator(input);
        evaluateInterim(input, cell(interim), s);
        expect(evaluateIndicator(input)).toEqual(before);
      }),
    );
  });
});
