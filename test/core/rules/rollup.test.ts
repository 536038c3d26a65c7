import { fractionFromRatio } from "../../../src/core/exact/fraction";
import {
  DEFAULT_SCALE,
  type IndicatorResult,
  PRESET_SCALES,
  type RollupItem,
  type RollupResult,
  evaluateIndicator,
  rollup,
} from "../../../src/core/rules";
import { binary, dec, num } from "./cells";

const kpi = (
  actual: string,
  target = "100",
  extra: Partial<Parameters<typeof evaluateIndicator>[0]> = {},
): IndicatorResult => evaluateIndicator({ target: num(target), actual: num(actual), ...extra });
const items = (...outcomes: IndicatorResult[]): RollupItem[] => outcomes.map((outcome) => ({ outcome }));
const exactRate = (r: RollupResult) => {
  if (r.rate === null) return null;
  const f = fractionFromRatio(r.rate);
  return `${f.n}/${f.d}`;
};

describe("rollup modes", () => {
  const two = items(kpi("120"), kpi("60"));

  test("capped mean by default: an over-achiever cannot hide a miss", () => {
    const r = rollup(two, DEFAULT_SCALE);
    expect(exactRate(r)).toBe("4/5");
    expect(r).toMatchObject({
      grade: "B",
      rateText: "80.0%",
      counted: 2,
      excluded: [],
      reason: null,
      method: "rollup",
    });
  });

  test("plain mean, uncapped", () => {
    expect(exactRate(rollup(two, DEFAULT_SCALE, { mode: "mean" }))).toBe("9/10");
  });

  test("minimum", () => {
    const r = rollup(two, DEFAULT_SCALE, { mode: "minimum" });
    expect(exactRate(r)).toBe("3/5");
    expect(r.grade).toBe("C");
  });

  test("weights, exactly", () => {
    const weighted: RollupItem[] = [
      { outcome: kpi("100"), weight: dec("3") },
      { outcome: kpi("0"), weight: dec("1") },
    ];
    expect(exactRate(rollup(weighted, DEFAULT_SCALE))).toBe("3/4");
    const thirds: RollupItem[] = [
      { outcome: kpi("7", "10"), weight: dec("0.1") },
      { outcome: kpi("2.1", "3"), weight: dec("0.2") },
    ];
    const r = rollup(thirds, DEFAULT_SCALE);
    expect(exactRate(r)).toBe("7/10");
    expect(r.grade).toBe("B");
  });

  test("weight 0 takes no part; a negative weight is a problem", () => {
    expect(exactRate(rollup([{ outcome: kpi("100") }, { outcome: kpi("0"), weight: dec("0") }], DEFAULT_SCALE))).toBe(
      "1/1",
    );
    expect(rollup([{ outcome: kpi("100"), weight: dec("-1") }], DEFAULT_SCALE)).toMatchObject({
      reason: "invalid_weight",
      reasonField: "weight",
      grade: null,
    });
  });
});

describe("what each KPI counts as", () => {
  test("E (not carried out) counts as 0%", () => {
    const r = rollup(items(kpi("100"), evaluateIndicator({ status: "not_carried_out" })), DEFAULT_SCALE);
    expect(exactRate(r)).toBe("1/2");
    expect(r.grade).toBe("C");
  });

  test("a hand grade counts as its grade's lower bound", () => {
    const byHand = evaluateIndicator({ manual: { grade: "B", reason: "説明あり" } });
    expect(exactRate(rollup(items(byHand), DEFAULT_SCALE))).toBe("7/10");
    const lowest = evaluateIndicator({ manual: { grade: "D", reason: "説明あり" } });
    expect(exactRate(rollup(items(lowest), DEFAULT_SCALE))).toBe("0/1");
  });

  test("done and not done count as 100% and 0%", () => {
    expect(
      exactRate(
        rollup(
          items(evaluateIndicator({ actual: binary(true) }), evaluateIndicator({ actual: binary(false) })),
          DEFAULT_SCALE,
        ),
      ),
    ).toBe("1/2");
  });

  test("an unbounded lower-is-better rate counts as 100%", () => {
    const zero = evaluateIndicator({ target: num("5"), actual: num("0"), direction: "down" });
    expect(exactRate(rollup(items(zero, kpi("50")), DEFAULT_SCALE, { mode: "mean" }))).toBe("3/4");
  });

  test("KPIs without a grade are left out and listed", () => {
    const r = rollup(
      items(
        kpi("80"),
        evaluateIndicator({ target: num("0"), actual: num("1") }),
        evaluateIndicator({ status: "pending" }),
      ),
      DEFAULT_SCALE,
    );
    expect(r).toMatchObject({ counted: 1, excluded: [1, 2], grade: "B" });
    expect(exactRate(r)).toBe("4/5");
  });

  test("estimates stay flagged in the rollup", () => {
    expect(rollup(items(kpi("80"), kpi("90", "100", { status: "estimate" })), DEFAULT_SCALE).flags).toEqual([
      "estimate",
    ]);
    expect(rollup(items(kpi("80")), DEFAULT_SCALE).flags).toEqual([]);
  });
});

describe("goals without a computable grade", () => {
  test("no gradable KPI is reported, not guessed", () => {
    for (const list of [[], items(evaluateIndicator({ status: "pending" }))]) {
      expect(rollup(list, DEFAULT_SCALE)).toMatchObject({
        grade: null,
        rate: null,
        reason: "no_gradable_indicator",
        reasonField: "indicators",
        counted: 0,
      });
    }
  });

  test("a qualitative scale needs the goal's grade by hand", () => {
    const scale = PRESET_SCALES["qualitative-5"];
    const kpis = items(evaluateIndicator({ manual: { grade: "○", reason: "r" } }, scale));
    expect(rollup(kpis, scale)).toMatchObject({ grade: null, reason: "manual_grade_required" });
    expect(rollup(kpis, scale, { manual: { grade: "◎", reason: "全体として上回った" } })).toMatchObject({
      grade: "S",
      method: "manual",
    });
  });
});

describe("a manual goal grade", () => {
  const kpis = items(kpi("60"), kpi("70"));

  test("overrides the computed one when it has a reason", () => {
    const r = rollup(kpis, DEFAULT_SCALE, { manual: { grade: "A", reason: "年度末に全件完了" } });
    expect(r).toMatchObject({ grade: "A", reason: null, flags: ["manual"], method: "manual", rateText: "65.0%" });
  });

  test("without a reason is a problem; the computed rate stays visible", () => {
    expect(rollup(kpis, DEFAULT_SCALE, { manual: { grade: "A", reason: "" } })).toMatchObject({
      grade: null,
      reason: "manual_without_reason",
      reasonField: "manual",
      rateText: "65.0%",
    });
  });

  test("must be on the scale; E is allowed", () => {
    expect(rollup(kpis, DEFAULT_SCALE, { manual: { grade: "S", reason: "x" } }).reason).toBe("manual_grade_unknown");
    expect(rollup(kpis, DEFAULT_SCALE, { manual: { grade: "E", reason: "中止" } })).toMatchObject({
      grade: "E",
      flags: ["not_carried_out", "manual"],
    });
  });

  test("also decides a goal with no gradable KPI", () => {
    expect(rollup([], DEFAULT_SCALE, { manual: { grade: "C", reason: "定性的に判断" } })).toMatchObject({
      grade: "C",
      rate: null,
    });
  });
});

describe("department rollup", () => {
  test("goals roll up like KPIs; ungraded goals are listed", () => {
    const goalA = rollup(items(kpi("100"), kpi("100")), DEFAULT_SCALE); // 100%
    const goalB = rollup(items(kpi("40")), DEFAULT_SCALE); // 40%
    const goalC = rollup([], DEFAULT_SCALE); // no grade
    const department = rollup(
      [goalA, goalB, goalC].map((outcome) => ({ outcome })),
      DEFAULT_SCALE,
    );
    expect(exactRate(department)).toBe("7/10");
    expect(department).toMatchObject({ grade: "B", counted: 2, excluded: [2] });
  });

  test("a goal graded by hand counts at its grade's bound", () => {
    const byHand = rollup([], DEFAULT_SCALE, { manual: { grade: "C", reason: "定性的に判断" } });
    expect(
      exactRate(rollup([{ outcome: byHand }, { outcome: rollup(items(kpi("100")), DEFAULT_SCALE) }], DEFAULT_SCALE)),
    ).toBe("3/4");
  });
});
