/**
 * Why something was not graded: a closed set, so that every consumer (pane, summary sheet,
 * command line) can count, filter and translate reasons without parsing text.
 * Each reason has a catalogue message "grading.reason.<reason>".
 *
 * "Not carried out" (未実施) is deliberately not here: it is a grade (E), not a failure to grade.
 * It is reported as grade E with the flag "not_carried_out".
 */
import * as z from "zod/mini";

export const GRADING_REASONS = [
  // the target cell
  "target_missing",
  "target_unreadable",
  "target_zero",
  // the actual cell
  "actual_missing",
  "actual_pending",
  "actual_unreadable",
  // a dash or 該当なし in the target or the actual: the indicator does not apply
  "not_applicable",
  // the baseline cell (progress method, band deviation)
  "baseline_missing",
  "baseline_unreadable",
  "baseline_equals_target",
  // any number cell
  "several_values",
  "ambiguous",
  "negative_base",
  "unit_mismatch",
  // keep-within-a-band indicators
  "outside_band",
  "band_invalid",
  // grades entered by hand
  "manual_without_reason",
  "manual_grade_unknown",
  "manual_grade_required",
  // rollups
  "no_gradable_indicator",
  "invalid_weight",
  // the mid-year check's date (中間時点), needed to pro-rate the target by the year gone by
  "interim_date_missing",
  "interim_date_unreadable",
  "interim_date_outside_year",
  // a multi-year plan's mid-year rule: the sheet's fiscal year unknown, or before the plan's first year
  "interim_year_missing",
  "interim_year_before_plan",
  // the command line's input lines
  "invalid_input",
  "invalid_scale",
] as const;

export const gradingReasonSchema = z.enum(GRADING_REASONS);

export type GradingReason = z.infer<typeof gradingReasonSchema>;

/** Which input a reason is about, so a pane can point at the cell to fix. */
export type ReasonField = "target" | "actual" | "baseline" | "band" | "manual" | "weight" | "indicators" | "input";
