/**
 * Rolling KPIs up to the goals (重点目標) and the goals up to the department (全体の達成度). The goals
 * table has one row per initiative, a goal's columns repeated on each, so rows are grouped by 重点目標
 * No. In 達成度, a constant someone typed is a hand grade (it then needs a 評価理由); a formula is the
 * Grade job's own earlier result and is not read as one.
 */
import { type GradingReason, type RollupResult, type Scale, outcomeMessage, rollup } from "../rules";
import type { CellGoal } from "../sheet/hand-made";
import { type GoalsTableLocation, dataRows } from "../sheet/find-tables";
import { GOAL_COLUMNS, GOAL_COMPUTED_KEYS, type GoalColumnKey } from "../sheet/goals/goals-table";
import type { Bilingual } from "../messages";
import { type SheetSnapshot, isBlankCell } from "../workbook/snapshot";
import type { EvaluatedIndicator, RollupSource } from "./indicators";
import { cellProblem } from "./problems";
import { type GradeCell, a1, cellText, goalNumberOf, gradeCell, isTyped } from "./sheet-cells";
import type { GradeProblem, GradedGoal } from "./types";
import { withTypedLetter } from "./typed-letter";

export type GoalCells = Readonly<Partial<Record<GoalColumnKey, GradeCell>>>;

export interface GoalRow {
  readonly row: number;
  /** 重点目標 No., or null when the row has none. */
  readonly no: number | null;
  readonly cells: GoalCells;
}

export interface GoalGroup {
  readonly no: number;
  readonly rows: readonly GoalRow[];
}

const HEADER = new Map(GOAL_COLUMNS.map((c) => [c.key, c.header] as const));
/** What a person writes of a goal (達成度 is checked for typed hand grades; 中間評価 is grading's alone). */
const GOAL_TEXT_KEYS = GOAL_COLUMNS.filter((c) => c.key !== "no" && !GOAL_COMPUTED_KEYS.includes(c.key)).map(
  (c) => c.key,
);

export function goalRows(sheet: SheetSnapshot, table: GoalsTableLocation): GoalRow[] {
  return dataRows(table).map((row) => {
    const cells: Partial<Record<GoalColumnKey, GradeCell>> = {};
    for (const column of GOAL_COLUMNS) {
      const at = table.columns[column.key];
      if (at !== undefined) cells[column.key] = gradeCell(sheet, row, at);
    }
    return { row, no: goalNumberOf(cells.no?.value ?? null), cells };
  });
}

/** Goals in number order, each with its rows in sheet order. */
export function groupGoals(rows: readonly GoalRow[]): GoalGroup[] {
  const groups = new Map<number, GoalRow[]>();
  for (const row of rows) {
    if (row.no === null) continue;
    const list = groups.get(row.no);
    if (list) list.push(row);
    else groups.set(row.no, [row]);
  }
  return [...groups].sort(([a], [b]) => a - b).map(([no, list]) => ({ no, rows: list }));
}

/** A numbered row left ready to fill: nothing typed but the number (a formula grade aside). */
export function isPlaceholder(group: GoalGroup): boolean {
  return group.rows.every(
    (row) =>
      GOAL_TEXT_KEYS.every((key) => isBlankCell(row.cells[key]?.value ?? null)) &&
      !(row.cells.grade !== undefined && isTyped(row.cells.grade)),
  );
}

export interface RolledGoal {
  readonly group: GoalGroup;
  readonly outcome: RollupResult | InvalidWeight;
  readonly graded: GradedGoal;
  readonly problems: readonly GradeProblem[];
}

interface InvalidWeight {
  readonly rate: null;
  readonly rateText: null;
  readonly grade: null;
  readonly reason: GradingReason;
  readonly flags: readonly [];
}

const INVALID_WEIGHT: InvalidWeight = { rate: null, rateText: null, grade: null, reason: "invalid_weight", flags: [] };

/**
 * The goals of a sheet laid out by hand, one row each, at the cells they were read from: the title
 * (without the section's prefix), 分野 and the cell of the goal's own 達成度 / 達成状況 letter.
 */
export function cellGoalRows(sheet: SheetSnapshot, goals: readonly CellGoal[]): GoalRow[] {
  return goals.map((goal) => {
    const at = (cell: { row: number; column: number }, value: string): GradeCell => ({
      ...gradeCell(sheet, cell.row, cell.column),
      value,
      formula: null,
    });
    const cells: Partial<Record<GoalColumnKey, GradeCell>> = {
      no: at(goal.titleCell, String(goal.no)),
      title: at(goal.titleCell, goal.title),
      ...(goal.field === "" ? {} : { field: at(goal.titleCell, goal.field) }),
      ...(goal.gradeCell ? { grade: gradeCell(sheet, goal.gradeCell.row, goal.gradeCell.column) } : {}),
    };
    return { row: goal.titleCell.row, no: goal.no, cells };
  });
}

/**
 * A goal's grade from its KPIs (or its hand grade, with a reason). On a sheet laid out by hand a
 * letter typed as the goal's 達成度 is the sheet's own grade: it stands when the goal has nothing to
 * compute from; where the KPIs give another grade, a problem says so and the computed grade stands.
 */
export function rollGoal(
  group: GoalGroup,
  kpis: readonly EvaluatedIndicator[],
  scale: Scale,
  handMade = false,
): RolledGoal {
  if (handMade) return rollTypedGoal(group, kpis, scale);
  const hand = firstTyped(group, "grade");
  const reasonText = firstText(group, "gradeReason");
  const manual = hand === null ? null : { grade: cellText(hand.value), reason: reasonText };
  const outcome = rollSources(kpis, scale, manual);
  const first = group.rows[0];
  const gradeAt = first?.cells.grade ?? first?.cells.no;
  const problems: GradeProblem[] = [];
  if (hand !== null && (outcome.reason === "manual_without_reason" || outcome.reason === "manual_grade_unknown")) {
    const missingReason = outcome.reason === "manual_without_reason";
    const reasonCell = rowOf(group, hand)?.cells.gradeReason;
    const at = missingReason && reasonCell ? reasonCell : hand;
    const field = HEADER.get(missingReason && reasonCell ? "gradeReason" : "grade") ?? "";
    problems.push(cellProblem(a1(at), field, cellText(at.value), outcome.reason, null));
  }
  return rolled(group, outcome, problems, gradeAt, hand !== null);
}

function rollTypedGoal(group: GoalGroup, kpis: readonly EvaluatedIndicator[], scale: Scale): RolledGoal {
  const typed = firstTyped(group, "grade");
  const computed = rollSources(kpis, scale);
  const problems: GradeProblem[] = [];
  // A rollup that cannot be trusted (an unreadable weight) is said as it is, typed letter or not.
  const outcome =
    computed.reason === "invalid_weight"
      ? computed
      : withTypedLetter(computed as RollupResult, typed, scale, { adopt: true, what: "goal" }, problems);
  const first = group.rows[0];
  return rolled(
    group,
    outcome,
    problems,
    first?.cells.grade ?? first?.cells.title ?? first?.cells.no,
    outcome !== computed,
  );
}

function rolled(
  group: GoalGroup,
  outcome: RollupResult | InvalidWeight,
  problems: readonly GradeProblem[],
  gradeAt: GradeCell | undefined,
  manual: boolean,
): RolledGoal {
  return {
    group,
    outcome,
    problems,
    graded: {
      no: group.no,
      title: firstText(group, "title"),
      cell: gradeAt ? a1(gradeAt) : "",
      grade: outcome.grade,
      rateText: outcome.rateText,
      reason: outcome.reason,
      manual,
    },
  };
}

/** Roll items up; one unreadable weight makes the whole rollup unreliable, so it is said instead. */
export function rollSources(
  items: readonly RollupSource[],
  scale: Scale,
  manual: { grade: string; reason: string } | null = null,
): RollupResult | InvalidWeight {
  if (items.some((item) => item.weightInvalid)) return INVALID_WEIGHT;
  return rollup(
    items.map((item) => ({ outcome: item.outcome, weight: item.weight })),
    scale,
    { manual },
  );
}

export function rollupMessage(outcome: RollupResult | InvalidWeight, scale: Scale): Bilingual {
  return outcomeMessage(outcome, scale);
}

function rowOf(group: GoalGroup, cell: GradeCell): GoalRow | undefined {
  return group.rows.find((row) => row.row === cell.row);
}

function firstTyped(group: GoalGroup, key: GoalColumnKey): GradeCell | null {
  for (const row of group.rows) {
    const cell = row.cells[key];
    if (cell !== undefined && isTyped(cell)) return cell;
  }
  return null;
}

function firstText(group: GoalGroup, key: GoalColumnKey): string {
  for (const row of group.rows) {
    const text = cellText(row.cells[key]?.value ?? null).trim();
    if (text !== "") return text;
  }
  return "";
}
