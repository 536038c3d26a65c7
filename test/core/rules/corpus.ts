/**
 * The boundary corpus: cases where a careless implementation grades wrongly (floats at a bound,
 * display rounding across a bound, zero targets, states). Exported as plain data so that the
 * live Excel formula work can check that its formulas agree with the engine on every case.
 *
 * Values are plain decimal text, as they sit in a cell once read ("0.35", "-53"); states
 * (作業中, 未実施, 見込み) are given as status, the way the sheet's status column carries them.
 */
import type { Direction, GradingReason, IndicatorStatus, PresetName, RateMethod } from "../../../src/core/rules";

export interface CorpusCase {
  readonly name: string;
  readonly target: string | null;
  readonly actual: string | null;
  readonly baseline?: string;
  readonly direction?: Direction;
  readonly method?: RateMethod;
  readonly band?: readonly [string, string];
  readonly status?: IndicatorStatus;
  readonly done?: boolean;
  readonly manual?: { readonly grade: string; readonly reason?: string };
  /** Default "default". */
  readonly scale?: PresetName;
  readonly expected: {
    readonly grade: string | null;
    readonly reason: GradingReason | null;
    readonly rateText: string | null;
    /** The exact rate as numerator/denominator in lowest terms, when there is one. */
    readonly rate?: string;
  };
}

export const BOUNDARY_CORPUS: readonly CorpusCase[] = [
  // Exactly on a bound: never one grade lower because of floating point.
  {
    name: "7 of 10 is exactly 70%",
    target: "10",
    actual: "7",
    expected: { grade: "B", reason: null, rateText: "70.0%", rate: "7/10" },
  },
  {
    name: "0.35 of 0.5 is exactly 70%",
    target: "0.5",
    actual: "0.35",
    expected: { grade: "B", reason: null, rateText: "70.0%", rate: "7/10" },
  },
  {
    name: "2.1 of 3 is exactly 70%",
    target: "3",
    actual: "2.1",
    expected: { grade: "B", reason: null, rateText: "70.0%", rate: "7/10" },
  },
  {
    name: "0.567 of 0.81 is 70% (float says 69.99…%)",
    target: "0.81",
    actual: "0.567",
    expected: { grade: "B", reason: null, rateText: "70.0%", rate: "7/10" },
  },
  {
    name: "5.81 of 8.3 is 70% (float says 69.99…%)",
    target: "8.3",
    actual: "5.81",
    expected: { grade: "B", reason: null, rateText: "70.0%", rate: "7/10" },
  },
  {
    name: "5 of 10 is exactly 50%",
    target: "10",
    actual: "5",
    expected: { grade: "C", reason: null, rateText: "50.0%", rate: "1/2" },
  },
  {
    name: "target reached exactly",
    target: "186100",
    actual: "186100",
    expected: { grade: "A", reason: null, rateText: "100.0%", rate: "1/1" },
  },
  {
    name: "over the target",
    target: "65000",
    actual: "70000",
    expected: { grade: "A", reason: null, rateText: "107.7%", rate: "14/13" },
  },
  // Just below a bound: the grade below, and the text never shows the bound.
  {
    name: "185,433 of 186,100 is 99.6%, B",
    target: "186100",
    actual: "185433",
    expected: { grade: "B", reason: null, rateText: "99.6%", rate: "185433/186100" },
  },
  {
    name: "186,099 of 186,100 rounds to 100.0% but is shown 99.9%",
    target: "186100",
    actual: "186099",
    expected: { grade: "B", reason: null, rateText: "99.9%", rate: "186099/186100" },
  },
  {
    name: "69.99% is C and shown 69.9%",
    target: "100",
    actual: "69.99",
    expected: { grade: "C", reason: null, rateText: "69.9%", rate: "6999/10000" },
  },
  {
    name: "49.96% is D and shown 49.9%",
    target: "100",
    actual: "49.96",
    expected: { grade: "D", reason: null, rateText: "49.9%", rate: "1249/2500" },
  },
  {
    name: "62,947 of 65,000",
    target: "65000",
    actual: "62947",
    expected: { grade: "B", reason: null, rateText: "96.8%", rate: "62947/65000" },
  },
  {
    name: "half a tenth rounds away from zero",
    target: "1",
    actual: "0.9965",
    expected: { grade: "B", reason: null, rateText: "99.7%", rate: "1993/2000" },
  },
  {
    name: "nothing achieved",
    target: "630",
    actual: "0",
    expected: { grade: "D", reason: null, rateText: "0.0%", rate: "0/1" },
  },
  // Zero and missing values: a reason, not a division by zero.
  {
    name: "target 0 with the ratio method",
    target: "0",
    actual: "-53",
    expected: { grade: null, reason: "target_zero", rateText: null },
  },
  {
    name: "target missing",
    target: null,
    actual: "5",
    expected: { grade: null, reason: "target_missing", rateText: null },
  },
  {
    name: "actual missing",
    target: "5",
    actual: null,
    expected: { grade: null, reason: "actual_missing", rateText: null },
  },
  {
    name: "negative target",
    target: "-10",
    actual: "5",
    expected: { grade: null, reason: "negative_base", rateText: null },
  },
  // States.
  {
    name: "作業中 (pending)",
    target: "40",
    actual: null,
    status: "pending",
    expected: { grade: null, reason: "actual_pending", rateText: null },
  },
  {
    name: "未実施 (not carried out) is E",
    target: "40",
    actual: null,
    status: "not_carried_out",
    expected: { grade: "E", reason: null, rateText: null },
  },
  {
    name: "見込み (estimate) is graded",
    target: "100",
    actual: "99",
    status: "estimate",
    expected: { grade: "B", reason: null, rateText: "99.0%", rate: "99/100" },
  },
  // Grades by hand.
  {
    name: "manual grade with a reason",
    target: null,
    actual: null,
    manual: { grade: "B", reason: "研修は予定どおり実施" },
    expected: { grade: "B", reason: null, rateText: null },
  },
  {
    name: "manual grade without a reason",
    target: null,
    actual: null,
    manual: { grade: "B" },
    expected: { grade: null, reason: "manual_without_reason", rateText: null },
  },
  // Lower is better.
  {
    name: "lower is better: 4 against 5",
    target: "5",
    actual: "4",
    direction: "down",
    expected: { grade: "A", reason: null, rateText: "125.0%", rate: "5/4" },
  },
  {
    name: "lower is better: 20 against 10",
    target: "10",
    actual: "20",
    direction: "down",
    expected: { grade: "C", reason: null, rateText: "50.0%", rate: "1/2" },
  },
  {
    name: "lower is better, progress: 100 → 65 towards 50",
    target: "50",
    actual: "65",
    baseline: "100",
    direction: "down",
    method: "progress",
    expected: { grade: "B", reason: null, rateText: "70.0%", rate: "7/10" },
  },
  // Progress from a baseline.
  {
    name: "progress: 365 → 550 towards 630",
    target: "630",
    actual: "550",
    baseline: "365",
    method: "progress",
    expected: { grade: "C", reason: null, rateText: "69.8%", rate: "37/53" },
  },
  {
    name: "progress backwards",
    target: "200",
    actual: "90",
    baseline: "100",
    method: "progress",
    expected: { grade: "D", reason: null, rateText: "-10.0%", rate: "-1/10" },
  },
  {
    name: "progress with baseline = target",
    target: "100",
    actual: "90",
    baseline: "100",
    method: "progress",
    expected: { grade: null, reason: "baseline_equals_target", rateText: null },
  },
  // Keep at a value (社会移動数 target 0人).
  {
    name: "band: △53 against 0, no baseline",
    target: "0",
    actual: "-53",
    direction: "band",
    expected: { grade: null, reason: "outside_band", rateText: null },
  },
  {
    name: "band: △219 → △53 towards 0",
    target: "0",
    actual: "-53",
    baseline: "-219",
    direction: "band",
    expected: { grade: "B", reason: null, rateText: "75.8%", rate: "166/219" },
  },
  {
    name: "band: on the value",
    target: "0",
    actual: "0",
    direction: "band",
    expected: { grade: "A", reason: null, rateText: "100.0%", rate: "1/1" },
  },
  {
    name: "band: inside [-100, 100]",
    target: "0",
    actual: "-53",
    band: ["-100", "100"],
    direction: "band",
    expected: { grade: "A", reason: null, rateText: "100.0%", rate: "1/1" },
  },
  // Done / not done.
  {
    name: "done",
    target: null,
    actual: null,
    direction: "binary",
    done: true,
    expected: { grade: "A", reason: null, rateText: "100.0%", rate: "1/1" },
  },
  {
    name: "not done",
    target: null,
    actual: null,
    direction: "binary",
    done: false,
    expected: { grade: "D", reason: null, rateText: "0.0%", rate: "0/1" },
  },
  // Other scales.
  {
    name: "A≥100/B≥90/C≥80: 89.99% is C",
    target: "100",
    actual: "89.99",
    scale: "strict-90-80",
    expected: { grade: "C", reason: null, rateText: "89.9%", rate: "8999/10000" },
  },
  {
    name: "A≥110: 109.99% is B, shown 109.9%",
    target: "100",
    actual: "109.99",
    scale: "stretch-110",
    expected: { grade: "B", reason: null, rateText: "109.9%", rate: "10999/10000" },
  },
  {
    name: "A≥110: exactly 110%",
    target: "10",
    actual: "11",
    scale: "stretch-110",
    expected: { grade: "A", reason: null, rateText: "110.0%", rate: "11/10" },
  },
  {
    name: "7 points: 69.9% is 3",
    target: "1000",
    actual: "699",
    scale: "points-7",
    expected: { grade: "3", reason: null, rateText: "69.9%", rate: "699/1000" },
  },
  {
    name: "7 points: 60% is 3",
    target: "10",
    actual: "6",
    scale: "points-7",
    expected: { grade: "3", reason: null, rateText: "60.0%", rate: "3/5" },
  },
  {
    name: "qualitative: needs a hand grade",
    target: "10",
    actual: "6",
    scale: "qualitative-5",
    expected: { grade: null, reason: "manual_grade_required", rateText: "60.0%", rate: "3/5" },
  },
  {
    name: "qualitative: ◎ by hand is S",
    target: null,
    actual: null,
    scale: "qualitative-5",
    manual: { grade: "◎", reason: "全校区で実施" },
    expected: { grade: "S", reason: null, rateText: null },
  },
];
