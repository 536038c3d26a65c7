/** The one-line bilingual text that goes beside a result (message_ja / message_en). */
import { type Bilingual, type Language, bilingual, message } from "../messages";
import { FLAG, maskFromFlags } from "./flags";
import { NOT_CARRIED_OUT_INDEX, gradeTable } from "./grade-table";
import type { GradingReason } from "./reasons";
import type { Scale } from "./scale";
import type { GradeOutcome } from "./types";

export function reasonMessage(reason: GradingReason): Bilingual {
  return bilingual(`grading.reason.${reason}`);
}

export function outcomeMessage(
  outcome: Pick<GradeOutcome, "grade" | "reason" | "rateText" | "flags">,
  scale: Scale,
): Bilingual {
  if (outcome.reason !== null) return reasonMessage(outcome.reason);
  if (outcome.grade === null) return reasonMessage("invalid_input");
  const grade = outcome.grade;
  const index = gradeTable(scale).lookup.get(grade);
  const entry =
    index === undefined ? null : index === NOT_CARRIED_OUT_INDEX ? scale.notCarriedOut : scale.grades[index];
  const mask = maskFromFlags(outcome.flags);
  const line = (language: Language): string => {
    const label = entry ? entry.label[language] : grade;
    const head =
      outcome.rateText !== null
        ? message("grading.outcome.gradedWithRate", language, { rate: outcome.rateText, grade, label })
        : message("grading.outcome.graded", language, { grade, label });
    const notes: string[] = [];
    if (mask & FLAG.manual) notes.push(message("grading.outcome.manual", language));
    if (mask & FLAG.estimate) notes.push(message("grading.outcome.estimate", language));
    // Lower is better and the actual is 0: no rate to show (target ÷ 0), and the best grade.
    if (mask & FLAG.rate_unbounded) notes.push(message("grading.outcome.rateUnbounded", language));
    if (notes.length === 0) return head;
    // The head has no full stop of its own; each note brings one.
    return language === "ja" ? head + "。" + notes.join("") : head + ". " + notes.join(" ");
  };
  return { ja: line("ja"), en: line("en") };
}

/**
 * What an interim result (中間評価) says: as the year end's, but a reason about the actual names the interim
 * actual (中間実績), the cell it is about.
 */
export function interimOutcomeMessage(
  outcome: Pick<GradeOutcome, "grade" | "reason" | "rateText" | "flags" | "reasonField">,
  scale: Scale,
): Bilingual {
  if (
    outcome.reasonField === "actual" &&
    (outcome.reason === "actual_unreadable" || outcome.reason === "unit_mismatch")
  ) {
    return bilingual(`grading.interim.reason.${outcome.reason}`);
  }
  return outcomeMessage(outcome, scale);
}
