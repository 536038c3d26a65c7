/**
 * Grading's own words in 評価理由 (#18): where the engine gives an indicator no grade, it says why in the
 * row's empty 評価理由, marked 【自動】 so that everyone — and Tassei — can tell them from a person's
 * reason. A marked text is never taken for a person's reason (a hand grade still needs one), is rewritten
 * when the reason changes and cleared once the row is graded; a person's text is never touched.
 */
import type { CellValue } from "../../workbook/snapshot";

export const AUTO_REASON_MARK = "【自動】";

export function isAutoReason(value: CellValue): boolean {
  return typeof value === "string" && value.startsWith(AUTO_REASON_MARK);
}

export function autoReasonText(reason: string): string {
  return `${AUTO_REASON_MARK}${reason}`;
}

/** The 評価理由 a person wrote: grading's own words read as an empty cell. */
export function personReason(value: CellValue): CellValue {
  return isAutoReason(value) ? null : value;
}
