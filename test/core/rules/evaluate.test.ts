import { fractionFromRatio } from "../../../src/core/exact/fraction";
import {
  DEFAULT_SCALE,
  type EvaluationOptions,
  GRADING_REASONS,
  type GradingReason,
  INTERIM_SHARE_REASONS,
  type IndicatorInput,
  PRESET_SCALES,
  evaluateIndicator,
} from "../../../src/core/rules";
import { parseCell } from "../../../src/core/numbers/parse";
import { binary, dec, failed, num } from "./cells";

/** The result with its exact rate as "n/d" in lowest terms. */
const exact = (input: IndicatorInput, scale = DEFAULT_SCALE, options: EvaluationOptions = {}) => {
  const r = evaluateIndicator(input, scale, options);
  const f = r.rate === null ? null : fractionFromRatio(r.rate);
  return { ...r, exact: f === null ? null : `${f.n}/${f.d}` };
};

describe("higher is better (actual ÷ target)", () => {
  test("grades on exact bounds of the default scale", () => {
    expect(evaluateIndicator({ target: num("10"), actual: num("10") }).grade).toBe("A");
    expect(evaluateIndicator({ target: num("10"), actual: num("9.999") }).grade).toBe("B");
    expect(evaluateIndicator({ target: num("10"), actual: num("7") }).grade).toBe("B");
    expect(evaluateIndicator({ target: num("10"), actual: num("6.999") }).grade).toBe("C");
    expect(evaluateIndicator({ target: num("10"), actual: num("5") }).grade).toBe("C");
    expect(evaluateIndicator({ target: num("10"), actual: num("4.999") }).grade).toBe("D");
  });

  test("reports the method, the float rate and the text", () => {
    const r = exact({ target: num("186100", "人"), actual: num("185433", "人") });
    expect(r).toMatchObject({
      method: "ratio",
      grade: "B",
      rateText: "99.6%",
      reason: null,
      reasonField: null,
      flags: [],
    });
    expect(r.rateNumber).toBeCloseTo(0.99641590542719, 14);
    expect(r.exact).toBe("185433/186100");
  });

  test("a negative actual gives a negative rate, graded lowest", () => {
    const r = evaluateIndicator({ target: num("100"), actual: num("-5") });
    expect(r).toMatchObject({ grade: "D", rateText: "-5.0%" });
  });

  test("an actual far beyond the target keeps its exact rate", () => {
    expect(exact({ target: num("0.001"), actual: num("123456789012345") })).toMatchObject({
      grade: "A",
      rateText: "12345678901234500000.0%",
      exact: "123456789012345000/1",
    });
  });
});

describe("lower is better", () => {
  test("target ÷ actual by default", () => {
    expect(exact({ target: num("5"), actual: num("4"), direction: "down" })).toMatchObject({
      method: "inverse_ratio",
      grade: "A",
      exact: "5/4",
    });
    expect(exact({ target: num("7"), actual: num("10"), direction: "down" })).toMatchObject({
      grade: "B",
      exact: "7/10",
      rateText: "70.0%",
    });
  });

  test("an actual of 0 against a positive target is the best result, with no finite rate", () => {
    expect(evaluateIndicator({ target: num("5"), actual: num("0"), direction: "down" })).toMatchObject({
      grade: "A",
      rate: null,
      rateText: null,
      flags: ["rate_unbounded"],
    });
  });

  test("a negative actual cannot be a divisor", () => {
    expect(evaluateIndicator({ target: num("5"), actual: num("-1"), direction: "down" })).toMatchObject({
      reason: "negative_base",
      reasonField: "actual",
    });
  });

  test("the city may choose progress from the baseline as the default formula", () => {
    const input: IndicatorInput = { target: num("50"), actual: num("65"), baseline: num("100"), direction: "down" };
    expect(exact(input)).toMatchObject({ method: "inverse_ratio", exact: "10/13" });
    expect(exact(input, DEFAULT_SCALE, { lowerIsBetter: "progress" })).toMatchObject({
      method: "progress",
      exact: "7/10",
      grade: "B",
    });
  });

  test("an indicator's own method wins over the city default", () => {
    const input: IndicatorInput = {
      target: num("50"),
      actual: num("65"),
      baseline: num("100"),
      direction: "down",
      method: "ratio",
    };
    expect(exact(input, DEFAULT_SCALE, { lowerIsBetter: "progress" })).toMatchObject({ method: "inverse_ratio" });
  });
});

describe("progress from a baseline", () => {
  test("upwards and downwards give the same formula", () => {
    expect(exact({ target: num("630"), actual: num("550"), baseline: num("365"), method: "progress" }).exact).toBe(
      "37/53",
    );
    expect(
      exact({ target: num("50"), actual: num("65"), baseline: num("100"), method: "progress", direction: "down" })
        .exact,
    ).toBe("7/10");
  });

  test("needs a readable baseline different from the target", () => {
    expect(evaluateIndicator({ target: num("630"), actual: num("550"), method: "progress" })).toMatchObject({
      reason: "baseline_missing",
      reasonField: "baseline",
    });
    expect(
      evaluateIndicator({ target: num("630"), actual: num("550"), baseline: failed("unreadable"), method: "progress" }),
    ).toMatchObject({ reason: "baseline_unreadable" });
    expect(
      evaluateIndicator({ target: num("630"), actual: num("550"), baseline: num("630"), method: "progress" }),
    ).toMatchObject({ reason: "baseline_equals_target" });
  });

  test("exact across very different scales (the difference needs more than 2^53)", () => {
    const r = exact({
      target: num("90000000000000"),
      actual: num("0.00000000000001"),
      baseline: num("-90000000000000"),
      method: "progress",
    });
    // (1e-14 + 9e13) / 1.8e14, exactly
    expect(r.exact).toBe("9000000000000000000000000001/18000000000000000000000000000");
    expect(r.grade).toBe("C");
    expect(r.rateText).toBe("50.0%");
  });
});

describe("keep within a band", () => {
  test("inside the band is 100%, flagged", () => {
    expect(evaluateIndicator({ target: num("0", "人"), actual: num("0", "人"), direction: "band" })).toMatchObject({
      grade: "A",
      rateText: "100.0%",
      flags: ["within_band"],
      method: "band",
    });
    expect(evaluateIndicator({ actual: num("-53"), band: [dec("-100"), dec("100")] })).toMatchObject({
      grade: "A",
      flags: ["within_band"],
    });
  });

  test("outside: progress towards the band from a baseline outside it", () => {
    expect(exact({ target: num("0"), actual: num("-53"), baseline: num("-219"), direction: "band" })).toMatchObject({
      exact: "166/219",
      grade: "B",
    });
    expect(exact({ actual: num("130"), baseline: num("200"), band: [dec("-100"), dec("100")] })).toMatchObject({
      exact: "7/10",
      grade: "B",
    });
    // moved away from the band: negative
    expect(exact({ target: num("0"), actual: num("-300"), baseline: num("-200"), direction: "band" })).toMatchObject({
      exact: "-1/2",
      grade: "D",
    });
  });

  test("outside without a usable baseline is a reason, not a guess", () => {
    expect(evaluateIndicator({ target: num("0"), actual: num("-53"), direction: "band" })).toMatchObject({
      reason: "outside_band",
      reasonField: "actual",
    });
    expect(
      evaluateIndicator({ target: num("0"), actual: num("-53"), baseline: failed("empty"), direction: "band" }),
    ).toMatchObject({ reason: "outside_band" });
    expect(
      evaluateIndicator({ target: num("0"), actual: num("-53"), baseline: num("0"), direction: "band" }),
    ).toMatchObject({ reason: "outside_band" });
    expect(
      evaluateIndicator({ target: num("0"), actual: num("-53"), baseline: failed("unreadable"), direction: "band" }),
    ).toMatchObject({ reason: "baseline_unreadable" });
  });

  test("a reversed band and a missing target are reported", () => {
    expect(evaluateIndicator({ actual: num("5"), band: [dec("10"), dec("0")] })).toMatchObject({
      reason: "band_invalid",
      reasonField: "band",
    });
    expect(evaluateIndicator({ actual: num("5"), direction: "band" })).toMatchObject({ reason: "target_missing" });
  });
});

describe("done / not done", () => {
  test("done grades like 100%, not done is the lowest graded level at 0%", () => {
    expect(evaluateIndicator({ actual: binary(true) })).toMatchObject({
      grade: "A",
      rateText: "100.0%",
      method: "binary",
    });
    expect(evaluateIndicator({ actual: binary(false) })).toMatchObject({ grade: "D", rateText: "0.0%" });
    expect(evaluateIndicator({ actual: binary(false) }, PRESET_SCALES["points-7"]).grade).toBe("1");
    expect(evaluateIndicator({ actual: binary(true) }, PRESET_SCALES["stretch-110"]).grade).toBe("B");
  });

  test("a number where done/not done is expected is unreadable", () => {
    expect(evaluateIndicator({ actual: num("1"), direction: "binary" })).toMatchObject({ reason: "actual_unreadable" });
    expect(evaluateIndicator({ direction: "binary" })).toMatchObject({ reason: "actual_missing" });
    expect(evaluateIndicator({ actual: failed("pending"), direction: "binary" })).toMatchObject({
      reason: "actual_pending",
    });
  });

  test("status 未実施 is E, not D", () => {
    expect(evaluateIndicator({ actual: binary(false), status: "not_carried_out" })).toMatchObject({
      grade: "E",
      flags: ["not_carried_out"],
      method: "state",
    });
  });
});

describe("status", () => {
  test("未実施 grades E without a rate whatever the cells say", () => {
    expect(evaluateIndicator({ target: num("10"), actual: num("10"), status: "not_carried_out" })).toMatchObject({
      grade: "E",
      rate: null,
      rateText: null,
      reason: null,
      flags: ["not_carried_out"],
    });
    expect(evaluateIndicator({ status: "not_carried_out" }, PRESET_SCALES["points-7"]).grade).toBe("0");
  });

  test("作業中 has no grade even with a value", () => {
    expect(evaluateIndicator({ target: num("10"), actual: num("10"), status: "pending" })).toMatchObject({
      grade: null,
      reason: "actual_pending",
      reasonField: "actual",
    });
  });

  test("見込み is graded and flagged, whether from the status or the cell", () => {
    expect(evaluateIndicator({ target: num("100"), actual: num("99"), status: "estimate" })).toMatchObject({
      grade: "B",
      flags: ["estimate"],
    });
    expect(evaluateIndicator({ target: num("100", "%"), actual: num("99", "%", ["estimate", "note"]) })).toMatchObject({
      grade: "B",
      flags: ["estimate"],
    });
    expect(evaluateIndicator({ target: num("100"), actual: num("99") }).flags).toEqual([]);
  });

  test("approximate values (約) are flagged", () => {
    expect(evaluateIndicator({ target: num("2400", null, ["approximate"]), actual: num("2400") }).flags).toEqual([
      "approximate",
    ]);
  });
});

describe("grades entered by hand", () => {
  test("override the computed grade when they have a reason, keeping the rate", () => {
    expect(
      evaluateIndicator({ target: num("10"), actual: num("6"), manual: { grade: "B", reason: "下半期に挽回" } }),
    ).toMatchObject({
      grade: "B",
      rateText: "60.0%",
      flags: ["manual"],
      method: "manual",
    });
  });

  test("without a reason are a problem, not a grade", () => {
    for (const reason of [undefined, null, "", "  "]) {
      expect(evaluateIndicator({ target: num("10"), actual: num("6"), manual: { grade: "B", reason } })).toMatchObject({
        grade: null,
        reason: "manual_without_reason",
        reasonField: "manual",
        rateText: "60.0%",
      });
    }
  });

  test("must be a grade of the scale (letter or symbol)", () => {
    expect(evaluateIndicator({ manual: { grade: "Z", reason: "x" } })).toMatchObject({
      reason: "manual_grade_unknown",
    });
    expect(evaluateIndicator({ manual: { grade: "○", reason: "x" } }, PRESET_SCALES["qualitative-5"]).grade).toBe("A");
    expect(evaluateIndicator({ manual: { grade: "E", reason: "事業中止" } })).toMatchObject({
      grade: "E",
      flags: ["not_carried_out", "manual"],
    });
  });

  test("a scale graded by hand needs one", () => {
    expect(evaluateIndicator({ target: num("10"), actual: num("6") }, PRESET_SCALES["qualitative-5"])).toMatchObject({
      grade: null,
      reason: "manual_grade_required",
      reasonField: "manual",
    });
    expect(evaluateIndicator({ actual: binary(true) }, PRESET_SCALES["qualitative-5"]).reason).toBe(
      "manual_grade_required",
    );
  });
});

describe("reasons from the cells", () => {
  const cases: [string, IndicatorInput, GradingReason, string][] = [
    ["target missing", { actual: num("1") }, "target_missing", "target"],
    ["target empty", { target: failed("empty"), actual: num("1") }, "target_missing", "target"],
    ["target 作業中", { target: failed("pending"), actual: num("1") }, "target_missing", "target"],
    ["target unreadable", { target: failed("unreadable"), actual: num("1") }, "target_unreadable", "target"],
    ["target too many digits", { target: failed("too_many_digits"), actual: num("1") }, "target_unreadable", "target"],
    ["target is a word", { target: binary(true), actual: num("1"), direction: "up" }, "target_unreadable", "target"],
    ["target zero", { target: num("0"), actual: num("1") }, "target_zero", "target"],
    [
      "target zero, lower is better",
      { target: num("0"), actual: num("1"), direction: "down" },
      "target_zero",
      "target",
    ],
    ["target negative", { target: num("-1"), actual: num("1") }, "negative_base", "target"],
    [
      "target negative, lower is better",
      { target: num("-1"), actual: num("1"), direction: "down" },
      "negative_base",
      "target",
    ],
    ["actual missing", { target: num("1") }, "actual_missing", "actual"],
    ["actual 作業中", { target: num("1"), actual: failed("pending") }, "actual_pending", "actual"],
    ["actual －", { target: num("1"), actual: failed("not_applicable") }, "not_applicable", "actual"],
    ["target 該当なし", { target: failed("not_applicable"), actual: num("3") }, "not_applicable", "target"],
    ["actual unreadable", { target: num("1"), actual: failed("unreadable") }, "actual_unreadable", "actual"],
    ["several values", { target: failed("several_values"), actual: num("1") }, "several_values", "target"],
    ["ambiguous", { target: num("1"), actual: failed("ambiguous") }, "ambiguous", "actual"],
    ["unit mismatch", { target: num("1", "件"), actual: num("1", "人") }, "unit_mismatch", "actual"],
    [
      "unit mismatch, lower is better",
      { target: num("1", "件"), actual: num("1", "人"), direction: "down" },
      "unit_mismatch",
      "actual",
    ],
    [
      "unit mismatch, baseline",
      { target: num("2", "件"), actual: num("1", "件"), baseline: num("0", "人"), method: "progress" },
      "unit_mismatch",
      "baseline",
    ],
    [
      "unit mismatch, band",
      { target: num("0", "件"), actual: num("1", "人"), direction: "band" },
      "unit_mismatch",
      "actual",
    ],
  ];
  test.each(cases)("%s", (_name, input, reason, field) => {
    expect(evaluateIndicator(input)).toMatchObject({ grade: null, reason, reasonField: field, rate: null });
  });

  test("a missing unit on one side is not a mismatch", () => {
    expect(evaluateIndicator({ target: num("65000", "件"), actual: num("62947") }).grade).toBe("B");
  });

  test("target problems are reported before actual ones", () => {
    expect(evaluateIndicator({ target: failed("unreadable"), actual: failed("pending") }).reason).toBe(
      "target_unreadable",
    );
  });

  test("every reason of an indicator has a test above or in the corpus", () => {
    const covered = new Set<GradingReason>([
      ...cases.map((c) => c[2]),
      "baseline_missing",
      "baseline_unreadable",
      "baseline_equals_target",
      "outside_band",
      "band_invalid",
      "manual_without_reason",
      "manual_grade_unknown",
      "manual_grade_required",
    ]);
    const rollupOrLine: GradingReason[] = ["no_gradable_indicator", "invalid_weight", "invalid_input", "invalid_scale"];
    // The mid-year check's date: tested with interimShare (interim.test.ts).
    rollupOrLine.push(...INTERIM_SHARE_REASONS);
    expect(GRADING_REASONS.filter((r) => !covered.has(r) && !rollupOrLine.includes(r))).toEqual([]);
  });
});

describe("rules sheets laid out by hand need (the same for Tassei's sheets)", () => {
  const read = (text: string) => parseCell(text);

  test("a target written 以下, 以内 or 未満 is lower-is-better when no 方向 says otherwise", () => {
    // 850 ÷ 900 = 0.9444…: B; higher-is-better would have given 900 ÷ 850 = 105.9%: A.
    expect(evaluateIndicator({ target: read("850g以下"), actual: read("900g") })).toMatchObject({
      method: "inverse_ratio",
      grade: "B",
      rateText: "94.4%",
    });
    // 30 ÷ 25 = 1.2: A
    expect(evaluateIndicator({ target: read("30分以内"), actual: read("25分") })).toMatchObject({ grade: "A" });
    expect(evaluateIndicator({ target: read("5件未満"), actual: read("10件") })).toMatchObject({
      grade: "C", // 5 ÷ 10 = 50%
      rateText: "50.0%",
    });
  });

  test("a 方向 column wins over 以下, and 以上 stays higher-is-better", () => {
    expect(evaluateIndicator({ target: read("850g以下"), actual: read("900g"), direction: "up" })).toMatchObject({
      method: "ratio",
      grade: "A",
    });
    expect(evaluateIndicator({ target: read("100人以上"), actual: read("80人") })).toMatchObject({
      method: "ratio",
      grade: "B",
    });
  });

  test.each(["未実施", "中止", "取りやめ"])("%s typed as the actual is E, not carried out, not D", (word) => {
    expect(evaluateIndicator({ target: read("10件"), actual: read(word) })).toMatchObject({
      grade: "E",
      rate: null,
      flags: ["not_carried_out"],
      method: "state",
    });
    expect(evaluateIndicator({ actual: read(word), direction: "binary" })).toMatchObject({ grade: "E" });
  });

  test("未達成 typed as the actual is done and missed: D at 0%", () => {
    expect(evaluateIndicator({ actual: read("未達成") })).toMatchObject({ grade: "D", rateText: "0.0%" });
  });
});
