/**
 * How a mid-year check (中間評価) says what it was judged against, in the pane and on the command line alike:
 * "中間時点 2025/9/30：目標値を年度の経過割合 50.0% で按分", "目標値の 66.7% に対して" or
 * "令和6年度からの計画の年数 × 20%：目標値の 60.0% に対して".
 */
import { formatEraFiscalYear } from "../era";
import { type Language, message } from "../messages";
import type { InterimResult } from "./types";

export function interimBasisText(interim: InterimResult, language: Language): string {
  if (interim.rule.basis === "share") {
    return message("grade.interim.basisShare", language, { share: `${interim.rule.percent}%` });
  }
  if (interim.rule.basis === "planYear") {
    const { percent, firstYear } = interim.rule;
    const first = formatEraFiscalYear(firstYear, language);
    if (interim.shareText === null) {
      const why = interim.department.reason === "interim_year_missing" ? "NoYear" : "Before";
      return message(`grade.interim.basisPlanYear${why}`, language, { percent, first });
    }
    return message("grade.interim.basisPlanYear", language, { percent, first, share: interim.shareText });
  }
  if (interim.date === null) return message("grade.interim.noDate", language);
  const [year, month, day] = interim.date.split("-").map(Number);
  const date = `${year}/${month}/${day}`;
  // A date the share cannot come from (outside the sheet's year): named as it is, the reason says why.
  if (interim.shareText === null) return message("grade.interim.basisElapsedNoShare", language, { date });
  return message("grade.interim.basisElapsed", language, { date, share: interim.shareText });
}
