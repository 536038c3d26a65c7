/** The grade job's outcome in one sentence per language, for the ribbon's dialog. */
import type { GradeResult } from "../core/grade";
import type { GradeOutcome, JobOutcome } from "../core/jobs/outcome";
import { bilingual, message, type Language } from "../core/messages";

export function gradeJobOutcome(outcome: GradeOutcome<GradeResult>): JobOutcome {
  if (outcome.status !== "done") return { status: "failed", message: outcome.message };
  const result = outcome.result;
  const counts = (language: Language) =>
    Object.entries(result.counts)
      .filter(([, count]) => count > 0)
      .map(([grade, count]) => `${grade === "ungraded" ? message("ui.grade.ungraded", language) : grade} ${count}`)
      .join(language === "ja" ? "・" : ", ");
  const summary = (language: Language) =>
    message("ui.ribbon.gradeSummary", language, {
      sheet: result.sheet,
      grade:
        (result.department.grade ?? message("ui.grade.noGrade", language)) +
        (result.department.rateText ? ` (${result.department.rateText})` : ""),
      counts: counts(language),
      problems: result.problems.length,
      waiting: result.waiting.length,
    });
  return { status: "done", summary: { ja: summary("ja"), en: summary("en") } };
}

export function outcomeText(outcome: JobOutcome): { ja: string; en: string } {
  switch (outcome.status) {
    case "done":
      return outcome.summary;
    case "failed":
      return outcome.message;
    case "not_available":
      return bilingual("ui.notAvailableYet");
  }
}
