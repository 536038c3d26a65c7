/**
 * The summary's numbers, from the graded departments: one line per department, one per goal, and the
 * goals grouped by 分野 and by 総合計画 / 基本政策 code across departments. Grades, rates and counts are
 * the engine's; nothing is copied from a cell a person typed a grade into.
 */
import { sameTextKey } from "./same-text";
import { type Scale, rateOfText } from "../rules";
import type { CellValue } from "../workbook/snapshot";
import type { PreviousFigures } from "./previous-year";
import type { DepartmentRecord } from "./sources";
import type { DepartmentSummary, GoalSummary, GroupSummary } from "./types";

export const UNGRADED = "ungraded";

/** A goal with the facts the groups need. */
export interface GoalLine {
  readonly summary: GoalSummary;
  readonly fiscalYear: number;
  readonly field: string;
  readonly masterPlanCodes: readonly string[];
  readonly basicPolicyCodes: readonly string[];
  /** The link's cell is the goal's 達成度 cell (a live reference to it shows the sheet's grade). */
  readonly gradeCellLinked: boolean;
  /** That 達成度 cell's value as this run read it (null when blank or not linked): what the reference gives now. */
  readonly gradeCellValue: CellValue;
  readonly label: string;
}

/** The scales the records use (by id and version), the default scale first, then in order of first use. */
export function scalesInUse(records: readonly DepartmentRecord[]): Scale[] {
  const seen = new Map<string, Scale>();
  for (const record of records) {
    const key = scaleKey(record.scale);
    if (!seen.has(key)) seen.set(key, record.scale);
  }
  return [...seen.values()].sort((a, b) => Number(b.id === "default") - Number(a.id === "default"));
}

export function scaleKey(scale: Scale): string {
  return `${scale.id}@${scale.version}`;
}

/** The count columns: each scale's letters (its grades best first, then not-carried-out), each once. */
export function unionLetters(scales: readonly Scale[]): string[] {
  const letters: string[] = [];
  for (const scale of scales) {
    for (const letter of [...scale.grades.map((g) => g.letter), scale.notCarriedOut.letter]) {
      if (!letters.includes(letter)) letters.push(letter);
    }
  }
  return letters;
}

/** A department name as people mean it (same-text.ts): `市長公室` and `市長\u3000公室` are one department. */
export function sameDepartmentKey(name: string): string {
  return sameTextKey(name);
}

/** How many departments a summary covers: one per department, however many sources gave it (部 counts). */
export function departmentCount(departments: readonly { readonly department: string }[]): number {
  return new Set(departments.map((d) => sameDepartmentKey(d.department))).size;
}

export function departmentSummary(
  record: DepartmentRecord,
  previous: PreviousFigures | null = null,
): DepartmentSummary {
  const indicators = record.result.tables.flatMap((t) => t.indicators);
  return {
    department: record.department.name,
    fiscalYear: record.department.fiscalYear,
    source: record.source,
    goals: record.result.goals.length,
    indicators: indicators.length,
    counts: record.result.counts,
    // As the sheet shows it (its rate text, kept inside the grade's band): never 100.0% beside a B.
    rate: rateOfText(record.result.department.rateText),
    grade: record.result.department.grade,
    scaleId: record.scale.id,
    previous,
    interim: interimOf(record),
  };
}

/** The department's 中間評価 as its grading gave it (the engine's, like every figure here). */
function interimOf(record: DepartmentRecord): DepartmentSummary["interim"] {
  const interim = record.result.interim;
  if (!interim) return null;
  return {
    grade: interim.department.grade,
    rate: rateOfText(interim.department.rateText),
    date: interim.date,
  };
}

export function goalLines(record: DepartmentRecord): GoalLine[] {
  const facts = new Map(record.department.goals.map((goal) => [goal.no, goal] as const));
  const gradeColumn = record.goalsGradeColumn;
  return record.result.goals.map((graded) => {
    const goal = facts.get(graded.no);
    const sections = unique((goal?.initiatives ?? []).map((i) => i.section.trim()).filter((s) => s !== ""));
    const linked = record.inWorkbook && graded.cell !== "";
    const gradeCellLinked = linked && gradeColumn;
    return {
      summary: {
        department: record.department.name,
        source: record.source,
        no: graded.no,
        title: goal?.title ?? graded.title,
        sections: sections.join("、"),
        grade: graded.grade,
        rate: rateOfText(graded.rateText),
        rateText: graded.rateText,
        link: linked ? { sheet: record.sheetName, cell: graded.cell } : null,
      },
      fiscalYear: record.department.fiscalYear,
      field: (goal?.field ?? "").trim(),
      masterPlanCodes: unique((goal?.masterPlanCodes ?? []).map((c) => c.trim()).filter((c) => c !== "")),
      basicPolicyCodes: unique((goal?.basicPolicyCodes ?? []).map((c) => c.trim()).filter((c) => c !== "")),
      gradeCellLinked,
      gradeCellValue: gradeCellLinked ? (record.goalGradeCells.get(graded.cell) ?? null) : null,
      label: record.label,
    };
  });
}

/** Goals grouped by 分野 (in order of first appearance) and by each code (in natural order). */
export function groupSummaries(goals: readonly GoalLine[], letters: readonly string[]): GroupSummary[] {
  const fields = groupBy(goals, "field", (g) => (g.field === "" ? [] : [g.field]), letters);
  const masterPlan = groupBy(goals, "masterPlan", (g) => g.masterPlanCodes, letters);
  const basicPolicy = groupBy(goals, "basicPolicy", (g) => g.basicPolicyCodes, letters);
  return [...fields, ...masterPlan.sort(byKey), ...basicPolicy.sort(byKey)];
}

function groupBy(
  goals: readonly GoalLine[],
  kind: GroupSummary["kind"],
  keys: (goal: GoalLine) => readonly string[],
  letters: readonly string[],
): GroupSummary[] {
  const groups = new Map<string, { departments: string[]; goals: number; counts: Record<string, number> }>();
  for (const goal of goals) {
    for (const key of keys(goal)) {
      let group = groups.get(key);
      if (!group) {
        group = { departments: [], goals: 0, counts: emptyCounts(letters) };
        groups.set(key, group);
      }
      if (!group.departments.includes(goal.summary.department)) group.departments.push(goal.summary.department);
      group.goals += 1;
      const grade = goal.summary.grade;
      const column = grade !== null && grade in group.counts ? grade : UNGRADED;
      group.counts[column] = (group.counts[column] ?? 0) + 1;
    }
  }
  return [...groups].map(([key, group]) => ({ kind, key, ...group }));
}

export function emptyCounts(letters: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const letter of letters) counts[letter] = 0;
  counts[UNGRADED] = 0;
  return counts;
}

function byKey(a: GroupSummary, b: GroupSummary): number {
  return naturalCompare(a.key, b.key);
}

/** "5-2-(10)" after "5-2-(9)", "64" after "7": digit runs compare as numbers, the rest by code point. */
export function naturalCompare(a: string, b: string): number {
  const chunks = (s: string) => s.match(/[0-9]+|[^0-9]+/g) ?? [];
  const x = chunks(a);
  const y = chunks(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const p = x[i] ?? "";
    const q = y[i] ?? "";
    if (p === q) continue;
    const numeric = /^[0-9]/.test(p) && /^[0-9]/.test(q);
    if (numeric) {
      const m = p.replace(/^0+(?=.)/, "");
      const n = q.replace(/^0+(?=.)/, "");
      if (m.length !== n.length) return m.length - n.length;
      if (m !== n) return m < n ? -1 : 1;
      return p.length - q.length;
    }
    return p < q ? -1 : 1;
  }
  return x.length - y.length || (a < b ? -1 : a > b ? 1 : 0);
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}
