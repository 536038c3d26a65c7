/**
 * Several years side by side (#18): when the sources hold more than one fiscal year of a department, its
 * figures of each year — the department's rate and grade, and each indicator's — in one table, oldest year
 * first, so a trend can be read (and drawn). Every year is only shown; the summary's own figures stay
 * the summary's one year (plan-consolidation.ts). A department is the same across years by its name as
 * people mean it; an indicator by its goal's number and its name (same-indicator.ts, the rule the changes
 * from the year before follow too).
 */
import { rateOfText } from "../rules";
import { sameDepartmentKey } from "./aggregate";
import { type IndicatorPlace, indicatorPlaces, keyedIndicators } from "./same-indicator";
import type { DepartmentRecord } from "./sources";

/** One year's figure: the rate as shown (1 = 100%), its text as grading wrote it, and the grade. */
export interface YearFigure {
  readonly rate: number | null;
  readonly rateText: string | null;
  readonly grade: string | null;
}

export interface DepartmentHistory {
  readonly department: string;
  /** Index for index with History.years. */
  readonly years: readonly (YearFigure | null)[];
  /** Indicators found in at least two of the years. */
  readonly indicators: readonly IndicatorHistory[];
}

export interface IndicatorHistory {
  /** Its name in the latest year that has it. */
  readonly name: string;
  /** Only when another indicator of the department shown has the same name: which goal it belongs to. */
  readonly place?: IndicatorPlace;
  /** Index for index with History.years. */
  readonly years: readonly (YearFigure | null)[];
}

export interface History {
  /** The fiscal years shown, oldest first. */
  readonly years: readonly number[];
  readonly departments: readonly DepartmentHistory[];
}

/** The departments with two years or more among `records`, in order of first appearance; null when none. */
export function departmentHistory(records: readonly DepartmentRecord[]): History | null {
  const byDepartment = new Map<string, Map<number, DepartmentRecord>>();
  for (const record of records) {
    const key = sameDepartmentKey(record.department.name);
    const years = byDepartment.get(key) ?? new Map<number, DepartmentRecord>();
    // The first source of a department's year counts; a second one is the duplicate the exceptions name.
    if (!years.has(record.department.fiscalYear)) years.set(record.department.fiscalYear, record);
    byDepartment.set(key, years);
  }
  const several = [...byDepartment.values()].filter((years) => years.size >= 2);
  if (several.length === 0) return null;
  const years = [...new Set(several.flatMap((y) => [...y.keys()]))].sort((a, b) => a - b);
  const departments = several.map((byYear) => {
    const records = years.map((year) => byYear.get(year) ?? null);
    const latest = [...records].reverse().find((r) => r !== null)!;
    return {
      department: latest.department.name,
      years: records.map((r) => (r === null ? null : figureOf(r.result.department))),
      indicators: indicatorHistory(records),
    };
  });
  return { years, departments };
}

function indicatorHistory(records: readonly (DepartmentRecord | null)[]): IndicatorHistory[] {
  type Found = YearFigure & { readonly name: string; readonly goalNo: number | null; readonly nth: number };
  const perYear = records.map(
    (record) =>
      new Map<string, Found>(
        (record === null ? [] : keyedIndicators(record.result)).map(({ key, indicator, nth }) => [
          key,
          { name: indicator.name, goalNo: indicator.goalNo, nth, ...figureOf(indicator) },
        ]),
      ),
  );
  // In the order of the latest year that has them, then any older ones.
  const keys: string[] = [];
  for (const year of [...perYear].reverse()) for (const key of year.keys()) if (!keys.includes(key)) keys.push(key);
  const shown = keys.flatMap((key) => {
    const figures = perYear.map((year) => year.get(key) ?? null);
    if (figures.filter((f) => f !== null).length < 2) return [];
    return [{ latest: [...figures].reverse().find((f) => f !== null)!, figures }];
  });
  const places = indicatorPlaces(shown.map(({ latest }) => latest));
  return shown.map(({ latest, figures }, i) => {
    const place = places[i];
    const years = figures.map((f) => (f === null ? null : figureOf(f)));
    return place === undefined ? { name: latest.name, years } : { name: latest.name, place, years };
  });
}

/** The engine's figure as graded: the same rate text wherever it is shown (one truth, #14). */
function figureOf(graded: { readonly rateText: string | null; readonly grade: string | null }): YearFigure {
  return { rate: rateOfText(graded.rateText), rateText: graded.rateText, grade: graded.grade };
}
