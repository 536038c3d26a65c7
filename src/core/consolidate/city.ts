/**
 * The city-wide (全庁) figures of one fiscal year: indicators and goals per grade with their shares, and the
 * city's own rate and grade.
 *
 * One definition, the department's rollup one level up: the city's 達成率 is the capped mean of its
 * departments' rates — each department weighs 1, each rate counted up to 100%, so one department far over
 * its targets cannot hide another that missed them — graded on the city's scale. A department's rate is
 * taken as its sheet shows it (its rate text), so the city's figure can be worked out by hand from the
 * 部局別 rows. A department with no rate yet is left out and the number counted is said. The city's scale is
 * the one every department uses; when they differ, the default scale, and the summary says so.
 */
import { decimal } from "../exact/decimal";
import { decimalFromNumber } from "../exact/decimal-text";
import { type Ratio, ratio } from "../exact/ratio";
import { DEFAULT_SCALE, NO_FLAGS, type RollupItem, type Scale, rateOfText, rollup } from "../rules";
import { UNGRADED } from "./aggregate";
import type { DepartmentSummary } from "./types";

export interface GradeCounts {
  /** Per grade letter of the summary's count columns, plus "ungraded". */
  readonly counts: Readonly<Record<string, number>>;
  readonly total: number;
}

export interface CitySummary {
  readonly indicators: GradeCounts;
  readonly goals: GradeCounts;
  /** The city's rate (1 = 100%) as its rate text shows it, null while no department has a rate. */
  readonly rate: number | null;
  readonly rateText: string | null;
  readonly grade: string | null;
  readonly scaleId: string;
  /** Departments whose rate the city's rate averages. */
  readonly departmentsCounted: number;
  /** The departments used different scales: the city is graded on the default scale. */
  readonly mixedScales: boolean;
  /** The year before's figures, when its departments were among the sources (compared, never added in). */
  readonly previous?: PreviousCity;
}

export interface PreviousCity {
  readonly fiscalYear: number;
  readonly rate: number | null;
  readonly rateText: string | null;
  readonly grade: string | null;
  readonly indicators: GradeCounts;
  readonly goals: GradeCounts;
}

export function citySummary(
  departments: readonly DepartmentSummary[],
  goalGrades: readonly (string | null)[],
  letters: readonly string[],
  scales: readonly Scale[],
): CitySummary {
  const mixedScales = scales.length > 1;
  const scale = scales.length === 1 ? scales[0]! : DEFAULT_SCALE;
  const items: RollupItem[] = departments.flatMap((d) => {
    const rate = exactRate(d.rate);
    // The grade itself is not used (no flags say it was typed by hand): the rate speaks for the department.
    return rate === null ? [] : [{ outcome: { rate, grade: d.grade ?? "", reason: null, flags: NO_FLAGS } }];
  });
  const rolled = items.length === 0 ? null : rollup(items, scale);
  return {
    indicators: countsOf(
      letters,
      departments.flatMap((d) => Object.entries(d.counts)),
    ),
    goals: countsOf(
      letters,
      goalGrades.map((grade) => [grade !== null && letters.includes(grade) ? grade : UNGRADED, 1] as const),
    ),
    rate: rateOfText(rolled?.rateText ?? null),
    rateText: rolled?.rateText ?? null,
    grade: rolled?.grade ?? null,
    scaleId: scale.id,
    departmentsCounted: rolled?.counted ?? 0,
    mixedScales,
  };
}

/** A department's rate exactly as its text shows it (0.784 → 784/1000), so the city's mean can be checked by hand. */
function exactRate(rate: number | null): Ratio | null {
  const exact = rate === null ? null : decimalFromNumber(rate);
  return exact === null ? null : ratio(exact, decimal(1));
}

function countsOf(letters: readonly string[], entries: readonly (readonly [string, number])[]): GradeCounts {
  const counts: Record<string, number> = Object.fromEntries([...letters, UNGRADED].map((key) => [key, 0]));
  let total = 0;
  for (const [key, n] of entries) {
    // A letter not among the count columns (another year's scale) counts as 未評価, so the row adds up.
    const column = key in counts ? key : UNGRADED;
    counts[column] = (counts[column] ?? 0) + n;
    total += n;
  }
  return { counts, total };
}
