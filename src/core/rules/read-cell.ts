/**
 * Turning a read cell into the number a formula needs, or the reason it cannot have one.
 * Returning the reason as a plain string (instead of wrapping either case) keeps the hot path
 * free of allocations.
 */
import type { GradableCell, NumberCell } from "./cell";
import type { GradingReason } from "./reasons";

export type CellField = "target" | "actual" | "baseline";

const MISSING = { target: "target_missing", actual: "actual_missing", baseline: "baseline_missing" } as const;
const UNREADABLE = {
  target: "target_unreadable",
  actual: "actual_unreadable",
  baseline: "baseline_unreadable",
} as const;

/** The number in a cell, or why there is none. A done/not-done word is not a number. */
export function numberOrReason(cell: GradableCell | null | undefined, field: CellField): NumberCell | GradingReason {
  if (cell === null || cell === undefined) return MISSING[field];
  if (cell.ok) return cell.kind === "number" ? cell : UNREADABLE[field];
  return failureReason(cell.reason, field);
}

/** The parser's reason, seen from grading. A target or baseline "作業中" is simply not there yet. */
export function failureReason(parserReason: string, field: CellField): GradingReason {
  switch (parserReason) {
    case "empty":
      return MISSING[field];
    case "pending":
      return field === "actual" ? "actual_pending" : MISSING[field];
    case "not_applicable":
      return field === "baseline" ? MISSING[field] : "not_applicable";
    case "several_values":
      return "several_values";
    case "ambiguous":
      return "ambiguous";
    default:
      return UNREADABLE[field];
  }
}

/** Units agree when they are equal or one side has none (a bare number next to "65,000 件"). */
export function unitsAgree(a: NumberCell, b: NumberCell): boolean {
  return a.unit === null || b.unit === null || a.unit === b.unit;
}

export function cellHasFlag(cell: GradableCell | null | undefined, flag: string): boolean {
  return cell !== null && cell !== undefined && cell.ok && cell.flags.length > 0 && cell.flags.includes(flag);
}
