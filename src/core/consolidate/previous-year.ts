/**
 * Last year beside this year (#19): when the sources hold the fiscal year before the summary's, each
 * department is shown with last year's rate and grade and the change, and goals that rose to the top grade
 * or fell to the bottom are named, as cities publish the comparison. Last year is compared, never added in.
 *
 * A department is the same across years by its name as people mean it (sameDepartmentKey); a goal by its
 * department and its title (NFKC, spaces ignored) — numbers are reused for other goals from year to year,
 * titles rarely. "The top grade" is the scale's best letter; "the bottom" is its lowest graded level or
 * not carried out, the same levels the 要確認事項 call D and E.
 */
import type { Scale } from "../rules";
import { rateOfText } from "../rules";
import { sameDepartmentKey } from "./aggregate";
import type { DepartmentRecord } from "./sources";

export interface PreviousFigures {
  readonly fiscalYear: number;
  /** Last year's rate as its sheet showed it (1 = 100%), null when it had none. */
  readonly rate: number | null;
  readonly grade: string | null;
}

export type GoalChangeKind = "newly_top" | "fell_to_bottom";

export interface GoalChange {
  readonly kind: GoalChangeKind;
  readonly department: string;
  readonly no: number;
  readonly title: string;
  readonly grade: string;
  readonly previousGrade: string;
  /** For a sheet of this workbook: the goal's 達成度 cell (linked from the summary). */
  readonly link: { readonly sheet: string; readonly cell: string } | null;
  readonly label: string;
}

/** Last year's record of each department, by its key; the first when a department came twice. */
export function previousByDepartment(previous: readonly DepartmentRecord[]): ReadonlyMap<string, DepartmentRecord> {
  const byKey = new Map<string, DepartmentRecord>();
  for (const record of previous) {
    const key = sameDepartmentKey(record.department.name);
    if (!byKey.has(key)) byKey.set(key, record);
  }
  return byKey;
}

export function previousFigures(record: DepartmentRecord | undefined): PreviousFigures | null {
  if (record === undefined) return null;
  return {
    fiscalYear: record.department.fiscalYear,
    rate: rateOfText(record.result.department.rateText),
    grade: record.result.department.grade,
  };
}

/** The change in rate, in the same units (0.012 = 1.2 points), rounded to the 0.1 point the rates show. */
export function rateChange(rate: number | null, previous: PreviousFigures | null): number | null {
  if (rate === null || previous === null || previous.rate === null) return null;
  return Math.round((rate - previous.rate) * 1000) / 1000;
}

/** Goals that reached the scale's top grade this year, and goals that fell to its bottom, with last year's grade. */
export function goalChanges(
  current: readonly DepartmentRecord[],
  previous: ReadonlyMap<string, DepartmentRecord>,
): GoalChange[] {
  const changes: GoalChange[] = [];
  for (const record of current) {
    const before = previous.get(sameDepartmentKey(record.department.name));
    if (before === undefined) continue;
    const lastYear = new Map(before.result.goals.map((goal) => [sameTitle(goal.title), goal.grade] as const));
    for (const goal of record.result.goals) {
      const previousGrade = lastYear.get(sameTitle(goal.title));
      if (goal.grade === null || previousGrade === undefined || previousGrade === null) continue;
      const kind = changeKind(goal.grade, previousGrade, record.scale);
      if (kind === null) continue;
      changes.push({
        kind,
        department: record.department.name,
        no: goal.no,
        title: goal.title,
        grade: goal.grade,
        previousGrade,
        link: record.inWorkbook && goal.cell !== "" ? { sheet: record.sheetName, cell: goal.cell } : null,
        label: record.label,
      });
    }
  }
  // Good news first, as cities list them: the goals newly at the top, then those that fell.
  return [...changes.filter((c) => c.kind === "newly_top"), ...changes.filter((c) => c.kind === "fell_to_bottom")];
}

function changeKind(grade: string, previousGrade: string, scale: Scale): GoalChangeKind | null {
  const top = scale.grades[0]?.letter;
  const bottom = new Set([scale.grades[scale.grades.length - 1]?.letter, scale.notCarriedOut.letter]);
  if (grade === top && previousGrade !== top) return "newly_top";
  if (bottom.has(grade) && !bottom.has(previousGrade)) return "fell_to_bottom";
  return null;
}

function sameTitle(title: string): string {
  return title.normalize("NFKC").replace(/\s+/gu, "");
}
