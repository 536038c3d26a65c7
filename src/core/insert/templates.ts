/**
 * A department's plan as a starting point for a new one (the pane's 「作成元」: the seed samples): its
 * header, its goals with their codes, initiatives and indicators, and its multi-year indicators, as the
 * Insert form holds them. What belongs to a year that has been lived — actuals, statuses, grades, reasons,
 * results, year-end summaries — is left behind: a plan is written before the year starts.
 */
import { type DepartmentInput, DepartmentSchema, type Kgi, type RawCell } from "../department/model";
import type { GoalDraft } from "./draft";

export interface PlanTemplate {
  readonly department: string;
  readonly head: string;
  readonly policy: string;
  readonly goals: readonly GoalDraft[];
  readonly kgis: readonly Kgi[];
}

/** Codes as the form's field shows them: separated by 、 (read back split on it). */
export const CODE_SEPARATOR = "、";

export function planTemplate(input: DepartmentInput): PlanTemplate {
  const department = DepartmentSchema.parse(input);
  const goals = [...department.goals].sort((a, b) => a.no - b.no);
  return {
    department: department.name,
    head: department.head,
    policy: department.policy,
    goals: goals.map((goal) => ({
      title: goal.title,
      field: goal.field,
      masterPlanCodes: goal.masterPlanCodes.join(CODE_SEPARATOR),
      basicPolicyCodes: goal.basicPolicyCodes.join(CODE_SEPARATOR),
      measureSheetCodes: goal.measureSheetCodes.join(CODE_SEPARATOR),
      targetStatement: goal.targetStatement,
      initiatives: goal.initiatives.map((initiative) => ({ text: initiative.text, section: initiative.section })),
      indicators: department.indicators
        .filter((indicator) => indicator.goalNo === goal.no)
        .map((indicator) => ({
          name: indicator.name,
          unit: indicator.unit,
          direction: indicator.direction,
          method: indicator.method,
          baseline: asText(indicator.baseline),
          target: asText(indicator.target),
          weight: String(indicator.weight),
        })),
    })),
    kgis: department.kgis,
  };
}

/** A cell's value as the form's text field shows it. */
function asText(value: RawCell): string {
  return value === null ? "" : String(value);
}
