/**
 * Reading the goals table back into goals. Rows are grouped by 重点目標 No. wherever they are (a sorted
 * or filtered table still reads), goals come out in number order and initiatives in 取組No. order.
 * A goal's own columns are taken from the first row of the goal that fills them; a different value on
 * another row of the same goal is reported, not silently dropped. A 達成度 cell holding a formula was
 * written by the Grade job and is not a hand grade.
 */
import { type Goal, GoalSchema, type Initiative } from "../../department/model";
import { type SheetSnapshot, isBlankCell } from "../../workbook/snapshot";
import { type GoalsTableLocation, dataRows } from "../find-tables";
import { GOAL_COLUMNS, type GoalColumnKey, splitCodes } from "./goals-table";
import { type FieldSource, type LayoutProblem, problem, validationProblems } from "../problems";
import { type ReadCell, address, cellNumber, cellText, readCell } from "../read-cells";

type RowCells = Readonly<Partial<Record<GoalColumnKey, ReadCell>>>;

const HEADER_OF = new Map(GOAL_COLUMNS.map((c) => [c.key, c.header] as const));
/** A goal's own columns a person writes (中間評価 is grading's alone; 達成度 is read for typed hand grades). */
const GOAL_KEYS = GOAL_COLUMNS.filter((c) => c.scope === "goal" && c.key !== "no" && c.key !== "interimGrade").map(
  (c) => c.key,
);

export function readGoals(sheet: SheetSnapshot, table: GoalsTableLocation, problems: LayoutProblem[]): Goal[] {
  const groups = new Map<number, RowCells[]>();
  for (const row of dataRows(table)) {
    const cells = rowCells(sheet, table, row);
    if (isPlaceholder(cells)) continue;
    const no = GoalSchema.shape.no.safeParse(cellNumber(cells.no?.value ?? null));
    if (!no.success) {
      problems.push(...validationProblems(no.error.issues, () => source(cells, "no"), null));
      continue;
    }
    groups.set(no.data, [...(groups.get(no.data) ?? []), cells]);
  }
  const goals: Goal[] = [];
  for (const [no, rows] of [...groups].sort(([a], [b]) => a - b)) {
    const goal = readGoal(no, rows, problems);
    if (goal) goals.push(goal);
  }
  return goals;
}

function rowCells(sheet: SheetSnapshot, table: GoalsTableLocation, row: number): RowCells {
  const cells: Partial<Record<GoalColumnKey, ReadCell>> = {};
  for (const column of GOAL_COLUMNS) {
    const at = table.columns[column.key];
    if (at !== undefined) cells[column.key] = readCell(sheet, row, at);
  }
  return cells;
}

/** A blank row, or one with only its number (a new sheet's numbered rows), perhaps graded by a formula. */
function isPlaceholder(cells: RowCells): boolean {
  return GOAL_COLUMNS.every((c) => {
    const cell = cells[c.key];
    return (
      c.key === "no" ||
      c.key === "interimGrade" ||
      cell === undefined ||
      isBlankCell(c.key === "grade" ? typed(cell) : cell.value)
    );
  });
}

/** A constant a person typed; a formula's result is Tassei's, not the person's. */
/** A hand grade: what a person typed (not a formula's result); only spaces is nothing typed. */
function typed(cell: ReadCell | undefined): string {
  return cell === undefined || cell.formula || isBlankCell(cell.value) ? "" : cellText(cell.value);
}

function source(cells: RowCells, key: GoalColumnKey): FieldSource | undefined {
  const cell = cells[key];
  if (!cell) return undefined;
  return { cell: address(cell), field: HEADER_OF.get(key) ?? key, shown: cellText(cell.value) };
}

function readGoal(no: number, rows: readonly RowCells[], problems: LayoutProblem[]): Goal | null {
  const first = rows[0] ?? {};
  const origin = new Map<GoalColumnKey, RowCells>();
  const values = new Map<GoalColumnKey, string>();
  for (const key of GOAL_KEYS) {
    for (const cells of rows) {
      const text = key === "grade" ? typed(cells[key]) : cellText(cells[key]?.value ?? null);
      if (text === "") continue;
      const taken = values.get(key);
      if (taken === undefined) {
        values.set(key, text);
        origin.set(key, cells);
      } else if (taken !== text) {
        const cell = cells[key];
        const firstCell = origin.get(key)?.[key];
        if (cell && firstCell) {
          problems.push(
            problem(
              "warning",
              "layout.read.goalConflict",
              { field: HEADER_OF.get(key) ?? key, first: address(firstCell) },
              address(cell),
            ),
          );
        }
      }
    }
  }
  const text = (key: GoalColumnKey) => values.get(key) ?? "";
  const raw = {
    no,
    title: text("title"),
    masterPlanCodes: splitCodes(text("masterPlanCodes")),
    basicPolicyCodes: splitCodes(text("basicPolicyCodes")),
    measureSheetCodes: splitCodes(text("measureSheetCodes")),
    field: text("field"),
    targetStatement: text("targetStatement"),
    initiatives: readInitiatives(rows, problems),
    status: text("status"),
    manualGrade: values.get("grade") ?? null,
    manualGradeReason: text("gradeReason"),
    summary: text("summary"),
    nextSteps: text("nextSteps"),
  };
  const parsed = GoalSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  problems.push(
    ...validationProblems(
      parsed.error.issues,
      (field) => source(origin.get(field as GoalColumnKey) ?? first, field as GoalColumnKey),
      null,
    ),
  );
  return null;
}

/**
 * Numbered initiatives in number order, then unnumbered ones in row order. A row without a number and
 * without initiative cells is the goal's own row, not an initiative.
 */
function readInitiatives(rows: readonly RowCells[], problems: LayoutProblem[]): Initiative[] {
  const found: { order: number; row: number; initiative: Initiative }[] = [];
  rows.forEach((cells, index) => {
    const text = cellText(cells.initiative?.value ?? null);
    const section = cellText(cells.section?.value ?? null);
    const result = cellText(cells.result?.value ?? null);
    const numberCell = cells.initiativeNo;
    const raw = numberCell === undefined ? undefined : cellNumber(numberCell.value);
    let order = Number.POSITIVE_INFINITY;
    if (typeof raw === "number" && Number.isFinite(raw)) order = raw;
    else if (raw !== undefined && numberCell) {
      problems.push(
        problem("warning", "layout.read.initiativeNo", { value: cellText(numberCell.value) }, address(numberCell)),
      );
    }
    if (raw === undefined && text === "" && section === "" && result === "") return;
    found.push({ order, row: index, initiative: { text, section, result } });
  });
  return found.sort((a, b) => a.order - b.order || a.row - b.row).map((f) => f.initiative);
}
