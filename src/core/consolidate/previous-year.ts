/**
 * Last year beside this year (#19): when the sources hold the fiscal year before the summary's, each
 * department is shown with last year's rate and grade and the change, and goals that rose to the top grade
 * or fell to the bottom are named, as cities publish the comparison. Last year is compared, never added in.
 *
 * A department is the same across years by its name as people mean it (sameDepartmentKey); a goal by its
 * department and its title (NFKC, spaces ignored) — numbers are reused for other goals from year to year,
 * titles rarely; an indicator by its goal's number and its name (same-indicator.ts, the rule 年度推移
 * follows too), since a department may count 参加者数 under two goals. "The top grade" is the scale's best
 * letter; "the bottom" is its lowest graded level or not carried out, the same levels the 要確認事項 call D
 * and E.
 */
import { sameTextKey } from "./same-text";
import type { Scale } from "../rules";
import { rateOfText } from "../rules";
import { sameDepartmentKey } from "./aggregate";
import { type IndicatorPlace, indicatorPlaces, keyedIndicators } from "./same-indicator";
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
  /** A priority goal (重点目標) or an indicator (指標). */
  readonly what: "goal" | "indicator";
  readonly department: string;
  /** The goal's number; null for an indicator. */
  readonly no: number | null;
  readonly title: string;
  /** An indicator whose name another of its department's has this year: which goal it belongs to. */
  readonly place?: IndicatorPlace;
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

/**
 * Goals and indicators that reached the scale's top grade this year, and those that fell to its bottom, with
 * last year's grade; an indicator is the same across years by its goal's number and name, a goal by its title.
 */
export function goalChanges(
  current: readonly DepartmentRecord[],
  previous: ReadonlyMap<string, DepartmentRecord>,
): GoalChange[] {
  const changes: GoalChange[] = [];
  for (const record of current) {
    const before = previous.get(sameDepartmentKey(record.department.name));
    if (before === undefined) continue;
    const items = (r: DepartmentRecord) => {
      const indicators = keyedIndicators(r.result);
      const places = indicatorPlaces(indicators.map(({ indicator, nth }) => ({ ...indicator, nth })));
      return [
        ...r.result.goals.map((goal) => ({
          key: `goal:${sameTextKey(goal.title)}`,
          what: "goal" as const,
          no: goal.no,
          title: goal.title,
          place: undefined,
          grade: goal.grade,
          cell: goal.cell,
        })),
        ...indicators.map(({ key, indicator }, i) => ({
          key: `indicator:${key}`,
          what: "indicator" as const,
          no: null,
          title: indicator.name,
          place: places[i],
          grade: indicator.grade,
          cell: indicator.cell,
        })),
      ];
    };
    const lastYear = new Map(items(before).map((item) => [item.key, item.grade] as const));
    for (const item of items(record)) {
      const previousGrade = lastYear.get(item.key);
      if (item.grade === null || previousGrade === undefined || previousGrade === null) continue;
      const kind = changeKind(item.grade, record.scale, previousGrade, before.scale);
      if (kind === null) continue;
      changes.push({
        kind,
        what: item.what,
        department: record.department.name,
        no: item.no,
        title: item.title,
        ...(item.place === undefined ? {} : { place: item.place }),
        grade: item.grade,
        previousGrade,
        link: record.inWorkbook && item.cell !== "" ? { sheet: record.sheetName, cell: item.cell } : null,
        label: record.label,
      });
    }
  }
  // Good news first, as cities list them: what is newly at the top, then what fell; goals before indicators.
  const order = (c: GoalChange) => (c.kind === "newly_top" ? 0 : 2) + (c.what === "goal" ? 0 : 1);
  return changes
    .map((c, i) => [c, i] as const)
    .sort((a, b) => order(a[0]) - order(b[0]) || a[1] - b[1])
    .map(([c]) => c);
}

/** Each grade read on its own year's scale: the top and the bottom are that scale's. */
function changeKind(grade: string, scale: Scale, previousGrade: string, previousScale: Scale): GoalChangeKind | null {
  const top = (s: Scale, g: string) => g === s.grades[0]?.letter;
  const bottom = (s: Scale, g: string) => g === s.grades[s.grades.length - 1]?.letter || g === s.notCarriedOut.letter;
  if (top(scale, grade) && !top(previousScale, previousGrade)) return "newly_top";
  if (bottom(scale, grade) && !bottom(previousScale, previousGrade)) return "fell_to_bottom";
  return null;
}
