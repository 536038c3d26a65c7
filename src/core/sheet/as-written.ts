/**
 * A department as a sheet holds it. Writing a department and reading it back gives exactly this; it
 * differs from the department itself only where cells cannot tell two models apart:
 * - an empty text value (target "", a hand grade "") is an empty cell, which reads as no value (null);
 *   a hand grade of only spaces is nothing typed either (blank means one thing: workbook/snapshot.ts);
 * - goals are in number order; codes are one per line, so a code is a trimmed, non-empty line;
 * - a KGI's values are in column order (oldest year first, actual before target), one per year and
 *   kind (the last one written wins), and an empty one is no value;
 * - the scale is the one the sheet was made with;
 * - 中間時点 is a date where it reads as one, and reads back as 2026/9/30 (2026-09-30, 令和8年9月30日 alike).
 * The seeds' departments are already in this form.
 */
import type { Department, DepartmentInput, Goal, Indicator, Kgi, RawCell } from "../department/model";
import { DepartmentSchema } from "../department/model";
import { isBlankCell } from "../workbook/snapshot";
import { joinCodes, splitCodes } from "./goals/goals-table";
import { compareYearColumns } from "./kgi/kgi-table";
import { interimDateText, plannedInterimDate } from "./header/interim-cells";
import { isFormula } from "../workbook/plan";

export function departmentAsWritten(input: DepartmentInput, scaleId?: string): Department {
  const department = DepartmentSchema.parse(input);
  return {
    ...department,
    goals: [...department.goals].sort((a, b) => a.no - b.no).map(goalAsWritten),
    indicators: department.indicators.map(indicatorAsWritten),
    kgis: department.kgis.map(kgiAsWritten),
    scale: scaleId ?? department.scale,
    interimDate: dateAsWritten(department.interimDate),
  };
}

function dateAsWritten(text: string): string {
  const planned = plannedInterimDate(text);
  return interimDateText(planned === undefined || isFormula(planned) ? null : planned);
}

function goalAsWritten(goal: Goal): Goal {
  return {
    ...goal,
    masterPlanCodes: splitCodes(joinCodes(goal.masterPlanCodes)),
    basicPolicyCodes: splitCodes(joinCodes(goal.basicPolicyCodes)),
    measureSheetCodes: splitCodes(joinCodes(goal.measureSheetCodes)),
    manualGrade: emptyAsNull(goal.manualGrade),
  };
}

function indicatorAsWritten(indicator: Indicator): Indicator {
  return {
    ...indicator,
    baseline: rawAsWritten(indicator.baseline),
    target: rawAsWritten(indicator.target),
    actual: rawAsWritten(indicator.actual),
    interimActual: rawAsWritten(indicator.interimActual),
    manualGrade: emptyAsNull(indicator.manualGrade),
  };
}

function kgiAsWritten(kgi: Kgi): Kgi {
  const last = new Map<string, Kgi["values"][number]>();
  for (const value of kgi.values) last.set(`${value.fiscalYear}:${value.kind}`, value);
  const values = [...last.values()]
    .map((value) => ({ ...value, value: rawAsWritten(value.value) }))
    .filter((value) => value.value !== null)
    .sort(compareYearColumns);
  return { ...kgi, values };
}

function rawAsWritten(value: RawCell): RawCell {
  if (value === "") return null;
  if (typeof value === "number" && Object.is(value, -0)) return 0;
  return value;
}

function emptyAsNull(text: string | null): string | null {
  return text === null || isBlankCell(text) ? null : text;
}
