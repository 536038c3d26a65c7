/**
 * Rolling grades up: KPIs into a goal, goals into the department. The same function serves both
 * levels because a goal's result has the same shape as a KPI's.
 *
 * Rules:
 * - modes: "capped_mean" (default) — weighted mean of rates each capped at 100%, so one
 *   over-achieved KPI cannot hide a missed one; "mean" — weighted mean, uncapped; "minimum" —
 *   the weakest rate. With no weights given every weight is 1 (a plain mean).
 * - what an item contributes: its exact rate; not carried out (E) → 0%; a grade entered by hand →
 *   the lower bound of that grade (0% for the lowest), since the hand grade, not the formula,
 *   speaks for it; an unbounded lower-is-better rate (actual 0) → 100%.
 * - items without a grade (a reason) are left out and listed in `excluded`; weight 0 items are
 *   left out of every mode; a negative weight is reported (invalid_weight), not guessed.
 * - nothing left to count → reason no_gradable_indicator, no rate, no grade.
 * - a manual grade for the goal overrides the computed one when it has a reason; without a
 *   reason the goal gets reason manual_without_reason (the computed rate is still shown).
 * All arithmetic is exact (BigInt fractions); the grade is read off the scale like a KPI's.
 */
import type { Decimal } from "../exact/decimal";
import {
  FRACTION_ONE,
  FRACTION_ZERO,
  type Fraction,
  sumFractions,
  divideFractions,
  fractionFromDecimal,
  fractionFromRatio,
  fractionToRatio,
  minFraction,
  multiplyFractions,
} from "../exact/fraction";
import { ratioToNumber } from "../exact/ratio";
import { FLAG, flagsFromMask, maskFromFlags } from "./flags";
import { type GradeTable, NOT_CARRIED_OUT_INDEX, gradeFloor, gradeIndexFor, gradeTable } from "./grade-table";
import { rateText } from "./rate-text";
import type { GradingReason, ReasonField } from "./reasons";
import type { Scale } from "./scale";
import type { GradeOutcome, ManualGrade } from "./types";

export type RollupMode = "capped_mean" | "mean" | "minimum";

export interface RollupItem {
  readonly outcome: Pick<GradeOutcome, "rate" | "grade" | "reason" | "flags">;
  /** Default 1. */
  readonly weight?: Decimal | null;
}

export interface RollupOptions {
  readonly mode?: RollupMode;
  readonly manual?: ManualGrade | null;
}

export interface RollupResult extends GradeOutcome {
  readonly method: "rollup" | "manual";
  /** How many items took part. */
  readonly counted: number;
  /** Indexes of items left out because they have no grade. */
  readonly excluded: readonly number[];
}

export function rollup(items: readonly RollupItem[], scale: Scale, options: RollupOptions = {}): RollupResult {
  const table = gradeTable(scale);
  const mode = options.mode ?? "capped_mean";
  const excluded: number[] = [];
  let mask = 0;
  let counted = 0;
  const weightedTerms: Fraction[] = [];
  const weights: Fraction[] = [];
  let lowest: Fraction | null = null;
  let needsHand = false;

  for (let i = 0; i < items.length; i++) {
    const item = items[i] as RollupItem;
    const { outcome } = item;
    if (outcome.grade === null || outcome.reason !== null) {
      excluded.push(i);
      continue;
    }
    const weight = item.weight ? fractionFromDecimal(item.weight) : FRACTION_ONE;
    if (weight.n < 0n) return problem("invalid_weight", "weight", excluded);
    if (weight.n === 0n) continue;
    const contribution = contributionOf(outcome, table);
    if (contribution === null) {
      needsHand = true;
      continue;
    }
    counted += 1;
    mask |= maskFromFlags(outcome.flags) & (FLAG.estimate | FLAG.approximate);
    const rate = mode === "capped_mean" ? minFraction(contribution, FRACTION_ONE) : contribution;
    weightedTerms.push(multiplyFractions(rate, weight));
    weights.push(weight);
    lowest = lowest === null ? contribution : minFraction(lowest, contribution);
  }

  const exact =
    counted === 0
      ? null
      : mode === "minimum"
        ? lowest
        : divideFractions(sumFractions(weightedTerms), sumFractions(weights));
  const rate = exact === null ? null : fractionToRatio(exact);
  const graded = table.bounds.length > 0;
  let rateFloat: number | null = null;
  let text: string | null = null;
  let index = -1;
  if (rate !== null) {
    rateFloat = ratioToNumber(rate);
    if (graded) index = gradeIndexFor(table, rate, rateFloat);
    text = rateText(rate, rateFloat, graded ? table : null, index);
  }
  const finish = (
    grade: string | null,
    reason: GradingReason | null,
    reasonField: ReasonField | null,
    flagMask: number,
    method: RollupResult["method"] = "rollup",
  ): RollupResult => ({
    rate,
    rateNumber: rateFloat,
    rateText: text,
    grade,
    reason,
    reasonField,
    flags: flagsFromMask(flagMask),
    method,
    counted,
    excluded,
  });

  const manual = options.manual ?? null;
  if (manual !== null) {
    const handIndex = table.lookup.get(manual.grade.trim());
    if (handIndex === undefined) return finish(null, "manual_grade_unknown", "manual", mask);
    if (!manual.reason || manual.reason.trim() === "") return finish(null, "manual_without_reason", "manual", mask);
    if (handIndex === NOT_CARRIED_OUT_INDEX) {
      return finish(table.notCarriedOut, null, null, mask | FLAG.manual | FLAG.not_carried_out, "manual");
    }
    return finish(table.letters[handIndex] ?? null, null, null, mask | FLAG.manual, "manual");
  }
  if (!graded || needsHand) return finish(null, "manual_grade_required", "manual", mask);
  if (rate === null) return finish(null, "no_gradable_indicator", "indicators", mask);
  return finish(table.letters[index] ?? null, null, null, mask);
}

/** What one graded item counts as (see the module comment); null when only a hand grade could say. */
function contributionOf(outcome: RollupItem["outcome"], table: GradeTable): Fraction | null {
  const flags = maskFromFlags(outcome.flags);
  if (flags & FLAG.not_carried_out) return FRACTION_ZERO;
  if (flags & FLAG.manual) {
    const index = outcome.grade === null ? undefined : table.lookup.get(outcome.grade);
    if (index === undefined) return null;
    const floor = gradeFloor(table, index);
    return floor === null ? null : divideFractions(fractionFromDecimal(floor), { n: 100n, d: 1n });
  }
  if (flags & FLAG.rate_unbounded) return FRACTION_ONE;
  return outcome.rate === null ? null : fractionFromRatio(outcome.rate);
}

function problem(reason: GradingReason, field: ReasonField, excluded: readonly number[]): RollupResult {
  return {
    rate: null,
    rateNumber: null,
    rateText: null,
    grade: null,
    reason,
    reasonField: field,
    flags: flagsFromMask(0),
    method: "rollup",
    counted: 0,
    excluded,
  };
}
