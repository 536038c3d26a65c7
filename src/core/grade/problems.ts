/**
 * Which outcomes are problems to fix, and how a problem names its cell. A missing or pending actual,
 * an estimate, or a goal waiting for its hand grade is the normal state of a sheet during the year, not
 * a problem; an unreadable value, a unit mismatch or a hand grade without its reason needs someone to
 * change the sheet.
 */
import { type Bilingual, type Language, message } from "../messages";
import type { GradingReason } from "../rules";
import { reasonMessage } from "../rules";
import { describeFailure } from "../numbers/describe";
import type { ParseResult } from "../numbers/parse";
import type { GradeProblem } from "./types";

const NOT_PROBLEMS: ReadonlySet<string> = new Set<GradingReason>([
  "actual_missing",
  "actual_pending",
  "not_applicable",
  "manual_grade_required",
  "no_gradable_indicator",
]);

export function isProblemReason(reason: string | null): reason is string {
  return reason !== null && !NOT_PROBLEMS.has(reason);
}

/** "Cell H31 (実績値): <why>", the why being the number reader's precise text when it could not read the cell. */
export function cellProblem(
  cell: string,
  field: string,
  raw: string,
  reason: GradingReason,
  parsed: ParseResult | null,
): GradeProblem {
  const detail: Bilingual =
    parsed !== null &&
    !parsed.ok &&
    parsed.reason !== "empty" &&
    parsed.reason !== "pending" &&
    parsed.reason !== "not_applicable"
      ? describeFailure(parsed)
      : reasonMessage(reason);
  const line = (language: Language) =>
    message("grade.problem.cell", language, { cell, field, detail: detail[language] });
  return { cell, raw, reason, message: { ja: line("ja"), en: line("en") } };
}
