/**
 * Grading one indicator: every input gets a result — a grade, or the reason there is none.
 *
 * Order of decisions:
 * 1. status 未実施, or 未実施 / 中止 typed as the actual → the scale's not-carried-out grade (E), flag
 *    not_carried_out, no rate; status 作業中 → no grade, reason actual_pending;
 * 2. the rate, by direction and method (rate-methods.ts), target problems reported before actual ones;
 * 3. the grade: the first grade whose exact bound the rate reaches;
 * 4. a grade entered by hand replaces it, but only with a reason; a scale graded by hand needs one.
 * Estimates (status 見込み or "(見込み)" in the cell) are graded and flagged "estimate".
 * Units: target 件 against actual 人 is reason unit_mismatch (that rate would mean nothing);
 * a unit on one side only (65000 against 62,947 件) is accepted; km against m, 千円 against 円 are
 * compared in the smaller unit (unit-scale.ts).
 * The full list of rules, with the reasons for each choice, is in README.md beside this file.
 */
import type { Decimal } from "../exact/decimal";
import {
  type Fraction,
  divideFractions,
  fractionFromRatio,
  fractionToRatio,
  multiplyFractions,
} from "../exact/fraction";
import { type Ratio, ratioToNumber } from "../exact/ratio";
import { NOT_CARRIED_OUT_WORDS } from "../numbers/words";
import type { GradableCell } from "./cell";
import { FLAG, flagsFromMask } from "./flags";
import { type GradeTable, NOT_CARRIED_OUT_INDEX, gradeIndexFor, gradeTable, lowestIndex } from "./grade-table";
import { DEFAULT_SCALE } from "./presets";
import { rateText } from "./rate-text";
import {
  type RateOutcome,
  bandRate,
  binaryRate,
  inverseRatioRate,
  missing,
  progressRate,
  ratioRate,
} from "./rate-methods";
import { cellHasFlag, numberOrReason } from "./read-cell";
import type { GradingReason, ReasonField } from "./reasons";
import type { Scale } from "./scale";
import type {
  Direction,
  EvaluationOptions,
  GradingMethod,
  IndicatorInput,
  IndicatorResult,
  ManualGrade,
} from "./types";

const NO_OPTIONS: EvaluationOptions = {};

export function evaluateIndicator(
  input: IndicatorInput,
  scale: Scale = DEFAULT_SCALE,
  options: EvaluationOptions = NO_OPTIONS,
): IndicatorResult {
  const table = gradeTable(scale);
  const status = input.status ?? "final";
  if (status === "not_carried_out") {
    return result(null, null, null, table.notCarriedOut, null, null, FLAG.not_carried_out, "state");
  }
  if (status === "pending") return result(null, null, null, null, "actual_pending", "actual", 0, null);
  if (saysNotCarriedOut(input.actual)) {
    return result(null, null, null, table.notCarriedOut, null, null, FLAG.not_carried_out, "state");
  }

  let mask = 0;
  if (status === "estimate" || cellHasFlag(input.actual, "estimate")) mask |= FLAG.estimate;
  if (cellHasFlag(input.actual, "approximate") || cellHasFlag(input.target, "approximate")) mask |= FLAG.approximate;

  const outcome = computeRate(input, options);
  return placed(outcome, mask, input.manual ?? null, table);
}

/**
 * The mid-year check (中間評価) of one indicator: its interim actual against the target pro-rated by
 * `share` (a fraction of 1; see interim.ts for how the scale's rule gives it), on the same grade bounds.
 * The rate is the year-end method's (direction, 算定方法, baseline as the row says) with the target
 * scaled: actual ÷ target and progress from a baseline are divided by the share, target ÷ actual is
 * multiplied by it (the pro-rated target is the dividend); a band to keep within, done / not done and a
 * target written as a ceiling (850g以下, 30分以内, 5件未満: a level to stay under all year, not an amount
 * that builds up) are levels, and are judged as they are. 未実施 (status or word) is the not-carried-out grade;
 * 作業中 and 見込み speak of the year-end actual and do not hold the interim back; a hand grade is the
 * year end's and is not the interim's. The year-end result is computed apart and never changed by this.
 */
export function evaluateInterim(
  input: IndicatorInput,
  interimActual: GradableCell | null | undefined,
  share: Fraction,
  scale: Scale = DEFAULT_SCALE,
  options: EvaluationOptions = NO_OPTIONS,
): IndicatorResult {
  const table = gradeTable(scale);
  if (share.n <= 0n) throw new RangeError("an interim share must be above 0");
  if (input.status === "not_carried_out" || saysNotCarriedOut(interimActual)) {
    return result(null, null, null, table.notCarriedOut, null, null, FLAG.not_carried_out, "state");
  }
  const interim: IndicatorInput = { ...input, actual: interimActual ?? null, status: "final", manual: null };
  let mask = 0;
  if (cellHasFlag(interimActual, "estimate")) mask |= FLAG.estimate;
  if (cellHasFlag(interimActual, "approximate") || cellHasFlag(input.target, "approximate")) mask |= FLAG.approximate;
  const outcome = computeRate(interim, options);
  if (!outcome.ok || outcome.rate === null || outcome.placement !== "bounds") return placed(outcome, mask, null, table);
  const rate = fractionFromRatio(outcome.rate);
  const scaled = cellHasFlag(input.target, "upper_bound")
    ? rate
    : outcome.method === "ratio" || outcome.method === "progress"
      ? divideFractions(rate, share)
      : outcome.method === "inverse_ratio"
        ? multiplyFractions(rate, share)
        : rate;
  return placed({ ...outcome, rate: fractionToRatio(scaled) }, mask, null, table);
}

/** A rate found (or not) placed on the scale: the grade, the text, a hand grade where one is given. */
function placed(
  outcome: RateOutcome,
  flagMask: number,
  manual: ManualGrade | null,
  table: GradeTable,
): IndicatorResult {
  let mask = flagMask;
  if (!outcome.ok) {
    if (manual !== null) return applyManual(null, null, null, mask, manual, table, null);
    return result(null, null, null, null, outcome.reason, outcome.field, mask, null);
  }
  mask |= outcome.flagMask;
  const rate = outcome.rate;
  const graded = table.bounds.length > 0;
  let index = outcome.placement === "lowest" ? lowestIndex(table) : 0;
  let rateFloat: number | null = null;
  let text: string | null = null;
  if (rate !== null) {
    rateFloat = ratioToNumber(rate);
    if (graded && outcome.placement === "bounds") index = gradeIndexFor(table, rate, rateFloat);
    text = rateText(rate, rateFloat, graded ? table : null, graded ? index : -1);
  }
  if (manual !== null) return applyManual(rate, rateFloat, text, mask, manual, table, outcome.method);
  if (!graded) return result(rate, rateFloat, text, null, "manual_grade_required", "manual", mask, outcome.method);
  return result(rate, rateFloat, text, table.letters[index] as string, null, null, mask, outcome.method);
}

function computeRate(input: IndicatorInput, options: EvaluationOptions): RateOutcome {
  const direction = input.direction ?? inferDirection(input);
  if (direction === "binary") return binaryRate(input.actual);
  if (direction === "band") return bandOutcome(input);

  const target = numberOrReason(input.target, "target");
  if (typeof target === "string") return missing(target, "target");
  const actual = numberOrReason(input.actual, "actual");
  if (typeof actual === "string") return missing(actual, "actual");
  const method = input.method ?? (direction === "down" ? (options.lowerIsBetter ?? "ratio") : "ratio");
  if (method === "progress") return progressRate(target, actual, input.baseline);
  return direction === "down" ? inverseRatioRate(target, actual) : ratioRate(target, actual);
}

function bandOutcome(input: IndicatorInput): RateOutcome {
  let band: readonly [Decimal, Decimal];
  const target = input.target === null || input.target === undefined ? null : numberOrReason(input.target, "target");
  if (input.band) {
    band = input.band;
  } else {
    if (target === null) return missing("target_missing", "target");
    if (typeof target === "string") return missing(target, "target");
    band = [target.value, target.value];
  }
  const actual = numberOrReason(input.actual, "actual");
  if (typeof actual === "string") return missing(actual, "actual");
  if (
    target !== null &&
    typeof target !== "string" &&
    target.unit !== null &&
    actual.unit !== null &&
    target.unit !== actual.unit
  ) {
    return missing("unit_mismatch", "actual");
  }
  return bandRate(band, actual, input.baseline);
}

/** Without a 方向: done/not-done words are binary; a target written 850g以下, 30分以内 or 5件未満 is lower-is-better. */
function inferDirection(input: IndicatorInput): Direction {
  if (isBinary(input.actual) || isBinary(input.target)) return "binary";
  if (input.band) return "band";
  if (cellHasFlag(input.target, "upper_bound")) return "down";
  return "up";
}

/** 未実施, 中止 … typed as the actual: the work was not carried out (E), not carried out and missed (D). */
function saysNotCarriedOut(cell: GradableCell | null | undefined): boolean {
  return (
    cell !== null &&
    cell !== undefined &&
    cell.ok &&
    cell.kind === "binary" &&
    !cell.done &&
    cell.word !== undefined &&
    NOT_CARRIED_OUT_WORDS.has(cell.word.trim())
  );
}

function isBinary(cell: GradableCell | null | undefined): boolean {
  return cell !== null && cell !== undefined && cell.ok && cell.kind === "binary";
}

function applyManual(
  rate: Ratio | null,
  rateFloat: number | null,
  text: string | null,
  mask: number,
  manual: ManualGrade,
  table: GradeTable,
  method: GradingMethod | null,
): IndicatorResult {
  const index = table.lookup.get(manual.grade.trim());
  if (index === undefined) return result(rate, rateFloat, text, null, "manual_grade_unknown", "manual", mask, method);
  if (!manual.reason || manual.reason.trim() === "") {
    return result(rate, rateFloat, text, null, "manual_without_reason", "manual", mask, method);
  }
  if (index === NOT_CARRIED_OUT_INDEX)
    return result(
      rate,
      rateFloat,
      text,
      table.notCarriedOut,
      null,
      null,
      mask | FLAG.manual | FLAG.not_carried_out,
      "manual",
    );
  return result(rate, rateFloat, text, table.letters[index] as string, null, null, mask | FLAG.manual, "manual");
}

function result(
  rate: Ratio | null,
  rateNumber: number | null,
  rateText: string | null,
  grade: string | null,
  reason: GradingReason | null,
  reasonField: ReasonField | null,
  mask: number,
  method: GradingMethod | null,
): IndicatorResult {
  return { rate, rateNumber, rateText, grade, reason, reasonField, flags: flagsFromMask(mask), method };
}
