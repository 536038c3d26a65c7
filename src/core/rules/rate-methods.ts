/**
 * The formulas that turn target, actual and baseline into an exact rate, one per method.
 * Each returns either a rate (with the method that produced it) or the reason there is none;
 * none of them rounds, and none divides by zero: a zero divisor is a reason.
 */
import type { Decimal } from "../exact/decimal";
import { type Ratio, RATIO_ONE, RATIO_ZERO, ratio } from "../exact/ratio";
import { type WideDecimal, wideCompare, wideSign, wideSubtract } from "../exact/wide";
import type { GradableCell, NumberCell } from "./cell";
import { FLAG } from "./flags";
import { failureReason, numberOrReason, unitsAgree } from "./read-cell";
import { alignUnits } from "./unit-scale";
import type { GradingReason, ReasonField } from "./reasons";
import type { GradingMethod } from "./types";

export interface RateFound {
  readonly ok: true;
  /** null only when the rate is unbounded (see `placement`). */
  readonly rate: Ratio | null;
  readonly method: GradingMethod;
  /** "bounds": grade the rate on the scale; "lowest"/"top": a fixed place (not done / unbounded). */
  readonly placement: "bounds" | "lowest" | "top";
  /** FLAG bits the method adds (within_band, rate_unbounded). */
  readonly flagMask: number;
}

export interface RateMissing {
  readonly ok: false;
  readonly reason: GradingReason;
  readonly field: ReasonField;
}

export type RateOutcome = RateFound | RateMissing;

export function missing(reason: GradingReason, field: ReasonField): RateMissing {
  return { ok: false, reason, field };
}

function found(
  rate: Ratio | null,
  method: GradingMethod,
  placement: RateFound["placement"] = "bounds",
  flagMask = 0,
): RateFound {
  return { ok: true, rate, method, placement, flagMask };
}

/** Higher is better: actual ÷ target. */
export function ratioRate(targetCell: NumberCell, actualCell: NumberCell): RateOutcome {
  const aligned = alignUnits(targetCell, actualCell);
  if (!aligned) return missing("unit_mismatch", "actual");
  const [target, actual] = aligned;
  const targetSign = wideSign(target.value);
  if (targetSign === 0) return missing("target_zero", "target");
  if (targetSign < 0) return missing("negative_base", "target");
  // target > 0, so it is already a valid denominator: no sign normalisation, no allocation but one object.
  return found({ numerator: actual.value, denominator: target.value }, "ratio");
}

/** Lower is better: target ÷ actual. An actual of 0 against a positive target is the best possible result. */
export function inverseRatioRate(targetCell: NumberCell, actualCell: NumberCell): RateOutcome {
  const aligned = alignUnits(targetCell, actualCell);
  if (!aligned) return missing("unit_mismatch", "actual");
  const [target, actual] = aligned;
  const targetSign = wideSign(target.value);
  if (targetSign === 0) return missing("target_zero", "target");
  if (targetSign < 0) return missing("negative_base", "target");
  const actualSign = wideSign(actual.value);
  if (actualSign < 0) return missing("negative_base", "actual");
  if (actualSign === 0) return found(null, "inverse_ratio", "top", FLAG.rate_unbounded);
  return found({ numerator: target.value, denominator: actual.value }, "inverse_ratio");
}

/**
 * Progress from a baseline, either direction: (actual − baseline) ÷ (target − baseline).
 * For lower-is-better this is the same number as (baseline − actual) ÷ (baseline − target).
 */
export function progressRate(
  targetCell: NumberCell,
  actualCell: NumberCell,
  baselineCell: GradableCell | null | undefined,
): RateOutcome {
  const baselineRead = numberOrReason(baselineCell, "baseline");
  if (typeof baselineRead === "string") return missing(baselineRead, "baseline");
  if (!alignUnits(targetCell, actualCell)) return missing("unit_mismatch", "actual");
  const aligned = alignUnits(targetCell, actualCell, baselineRead);
  if (!aligned) return missing("unit_mismatch", "baseline");
  const [target, actual, baseline] = aligned;
  const span = wideSubtract(target.value, baseline.value);
  if (wideSign(span) === 0) return missing("baseline_equals_target", "baseline");
  return found(ratio(wideSubtract(actual.value, baseline.value), span), "progress");
}

/**
 * Keep within a band (維持・均衡), e.g. net migration 0人:
 * - inside [min, max] (inclusive) → 100%;
 * - outside, with a baseline outside the band → how much of the baseline's distance to the band
 *   was closed: (d(baseline) − d(actual)) ÷ d(baseline), negative when it moved away;
 * - outside without such a baseline → reason outside_band (no honest rate exists).
 */
export function bandRate(
  band: readonly [Decimal, Decimal],
  actual: NumberCell,
  baselineCell: GradableCell | null | undefined,
): RateOutcome {
  const [low, high] = band;
  if (wideCompare(low, high) > 0) return missing("band_invalid", "band");
  const actualDistance = distanceToBand(actual.value, low, high);
  if (wideSign(actualDistance) === 0) return found(RATIO_ONE, "band", "bounds", FLAG.within_band);
  if (baselineCell === null || baselineCell === undefined) return missing("outside_band", "actual");
  if (!baselineCell.ok) {
    const reason = failureReason(baselineCell.reason, "baseline");
    return reason === "baseline_missing" ? missing("outside_band", "actual") : missing(reason, "baseline");
  }
  const baseline = numberOrReason(baselineCell, "baseline");
  if (typeof baseline === "string") return missing(baseline, "baseline");
  if (!unitsAgree(actual, baseline)) return missing("unit_mismatch", "baseline");
  const baselineDistance = distanceToBand(baseline.value, low, high);
  if (wideSign(baselineDistance) === 0) return missing("outside_band", "actual");
  return found(ratio(wideSubtract(baselineDistance, actualDistance), baselineDistance), "band");
}

function distanceToBand(x: WideDecimal, low: WideDecimal, high: WideDecimal): WideDecimal {
  if (wideCompare(x, low) < 0) return wideSubtract(low, x);
  if (wideCompare(x, high) > 0) return wideSubtract(x, high);
  return { coefficient: 0, scale: 0 };
}

/** Done → 100% (graded like a rate of 100%), not done → 0% on the scale's lowest graded level. */
export function binaryRate(actualCell: GradableCell | null | undefined): RateOutcome {
  if (actualCell === null || actualCell === undefined) return missing("actual_missing", "actual");
  if (!actualCell.ok) return missing(failureReason(actualCell.reason, "actual"), "actual");
  if (actualCell.kind !== "binary") return missing("actual_unreadable", "actual");
  return actualCell.done ? found(RATIO_ONE, "binary") : found(RATIO_ZERO, "binary", "lowest");
}
