/**
 * Adding to a Tassei department sheet after it was made: a goal (with its initiatives and indicators), an
 * initiative of a goal, or an indicator of a goal. Pure: a snapshot of the sheet in, a plan out.
 *
 * Rows go inside the table they belong to (Excel table rows, `insertRows`), so only the cells below, in that
 * table's columns, move: the tables are stacked widest first, so a table below moves whole and none is ever
 * split (checked all the same, and refused if it would be). Where a row is already there to fill — a new
 * sheet's numbered goal row with nothing typed yet, a goal's row without an initiative — it is filled
 * instead, and nothing a person typed is ever written over. New rows get their formulas (the live 達成率 /
 * 達成度), formats, and the dropdowns and grade colours are set again over the grown columns, as a new
 * sheet has them. Goals keep their numbers: a new goal takes the next one (or a numbered row still empty),
 * an indicator takes its goal's number and its place among that goal's indicators.
 */
import type { Indicator } from "../department/model";
import { type Bilingual, bilingual } from "../messages";
import { gradeChoices, gradeConditionalFormat } from "../sheet/grade-palette";
import { GOAL_COLUMNS, type GoalColumnKey } from "../sheet/goals/goals-table";
import { goalBodyStyles, goalRows } from "../sheet/goals/plan-goals";
import { findLegend, formulaScale } from "../sheet/header/legend";
import type { KpiColumnKey } from "../sheet/kpi/kpi-table";
import { indicatorCells, kpiBodyStyles, kpiDropdowns, liveFormulaCells } from "../sheet/kpi/plan-kpi";
import { FORMULA_COLUMN_KEYS } from "../sheet/kpi/live-formulas";
import { tableBreak } from "../sheet/print-setup";
import { dropdown } from "../sheet/sheet-part";
import { type CellRef, type RangeRef, sameTableName } from "@tassei/excel-rules";
import {
  type CellBlock,
  type ConditionalFormatPlan,
  type PlannedCell,
  type SheetPlan,
  type StyledRange,
  type ValidationPlan,
  emptySheetPlan,
} from "../workbook/plan";
import { type SheetSnapshot, cellAt, cellText } from "../workbook/snapshot";
import {
  type GoalDraft,
  type IndicatorDraft,
  type InitiativeDraft,
  type PlanProblem,
  goalFromDraft,
  goalPlace,
  indicatorFromDraft,
  initiativeFromDraft,
  placeProblem,
  rowPlace,
} from "../insert/draft";
import { type SheetOutline, outlineAfter, outlineOf } from "./outline";
import { type EditableSheet, type GoalRow, editableSheet, goalTitle, isTyped } from "./sheet-rows";

export type SheetEdit =
  | { readonly kind: "goal"; readonly goal: GoalDraft }
  | { readonly kind: "initiative"; readonly goalNo: number; readonly initiative: InitiativeDraft }
  | { readonly kind: "indicator"; readonly goalNo: number; readonly indicator: IndicatorDraft };

export type EditPlan =
  | {
      readonly ok: true;
      readonly plan: SheetPlan;
      /** What was added, in both languages, for the pane. */
      readonly done: Bilingual;
      /** The goal added to, or the new goal's number. */
      readonly goalNo: number;
      /** The sheet's goals as they are once the plan is applied. */
      readonly outline: SheetOutline;
    }
  /** Refused (the sheet may not be edited, the goal is not there) or what was entered must be corrected. */
  | { readonly ok: false; readonly problems: readonly PlanProblem[] };

export function planSheetEdit(sheet: SheetSnapshot, edit: SheetEdit): EditPlan {
  const read = editableSheet(sheet);
  if (!read.ok) return refused(read.message);
  const editable = read.editable;
  switch (edit.kind) {
    case "goal":
      return planGoal(editable, edit.goal);
    case "initiative":
      return planInitiative(editable, edit.goalNo, edit.initiative);
    case "indicator":
      return planIndicator(editable, edit.goalNo, edit.indicator);
  }
}

function refused(message: Bilingual, field?: string): EditPlan {
  return { ok: false, problems: [field === undefined ? message : { ...message, field }] };
}

/** Rows to add or fill in one table: `fill` (existing rows, filled where blank) then `count` new rows at `index`. */
interface TableChange<K extends string> {
  readonly table: { readonly name: string; readonly range: RangeRef; readonly columns: Partial<Record<K, number>> };
  /** Existing data rows (zero-based sheet rows, as in the snapshot) and the cells to write where nothing is typed. */
  readonly fills: readonly { readonly row: number; readonly cells: Partial<Record<K, PlannedCell>> }[];
  /** Where the new rows go among the data rows, and their cells. */
  readonly index: number;
  readonly rows: readonly Partial<Record<K, PlannedCell>>[];
}

function planGoal(editable: EditableSheet, draft: GoalDraft): EditPlan {
  const goals = editable.goals;
  if (!goals) return refused(bilingual("edit.refused.noGoalsTable", { sheet: editable.sheet.name }));
  const rows = editable.goalRows;
  const used = new Set(rows.filter((r) => r.content && r.no !== null).map((r) => r.no));
  const highest = Math.max(0, ...rows.map((r) => r.no ?? 0), ...editable.kpiRows.map((r) => r.goalNo ?? 0));
  // A numbered row with nothing typed yet (a new sheet's 重点目標 1…n) is the new goal's; else a blank row; else a new one.
  const placeholder = rows
    .filter((r) => r.no !== null && !r.content && !used.has(r.no))
    .sort((a, b) => a.no! - b.no! || a.row - b.row)[0];
  const lastUsed = Math.max(-1, ...rows.filter((r) => r.no !== null || r.content).map((r) => r.index));
  const blankRow = rows.find((r) => r.no === null && !r.content && r.index > lastUsed);
  const filled = placeholder ?? blankRow;
  const no = placeholder?.no ?? highest + 1;

  const problems: PlanProblem[] = [];
  const drafted = goalFromDraft(draft, no, goalPlace(no, ""), problems);
  if (!drafted) return { ok: false, problems };
  if (drafted.indicators.length > 0 && !editable.kpi) {
    return refused(bilingual("edit.refused.noKpiTable", { sheet: editable.sheet.name }), "indicators");
  }
  const cells = goalRows(drafted.goal).map(byGoalKey);
  const goalChange: TableChange<GoalColumnKey> = filled
    ? {
        table: goals,
        // The number a placeholder has is kept as typed; a blank row gets one.
        fills: [{ row: filled.row, cells: placeholder ? { ...cells[0], no: undefined } : cells[0]! }],
        index: filled.index + 1,
        rows: cells.slice(1),
      }
    : { table: goals, fills: [], index: lastUsed + 1, rows: cells };
  const kpiChange = editable.kpi ? indicatorChange(editable, no, drafted.indicators) : null;
  const title = drafted.goal.title;
  const done = bilingual("edit.done.goal", {
    goal: no,
    title,
    initiatives: drafted.goal.initiatives.length,
    indicators: drafted.indicators.length,
  });
  const added = {
    goalNo: no,
    title,
    initiatives: drafted.goal.initiatives.length,
    indicators: drafted.indicators.length,
  };
  return planChanges(editable, goalChange, kpiChange, done, added, { table: "goals", key: "title" });
}

function planInitiative(editable: EditableSheet, goalNo: number, draft: InitiativeDraft): EditPlan {
  const goals = editable.goals;
  if (!goals) return refused(bilingual("edit.refused.noGoalsTable", { sheet: editable.sheet.name }));
  const rows = editable.goalRows.filter((r) => r.no === goalNo);
  if (rows.length === 0) return refused(bilingual("edit.error.noGoal", { goal: goalNo }), "goalNo");
  if (goalTitle(rows) === "") return refused(bilingual("edit.error.untitledGoal", { goal: goalNo }), "goalNo");
  const problems: PlanProblem[] = [];
  const place = rowPlace(goalPlace(goalNo, ""), "initiative", initiativeCount(rows), "");
  const initiative = initiativeFromDraft(draft, place, problems);
  if (!initiative) {
    return {
      ok: false,
      problems: problems.length > 0 ? problems : [placeProblem("edit.error.initiativeBlank", place, "text")],
    };
  }
  const own = { text: initiative.text, section: initiative.section };
  const cells = (n: number): Partial<Record<GoalColumnKey, PlannedCell>> => ({
    initiativeNo: n,
    initiative: own.text === "" ? undefined : own.text,
    section: own.section === "" ? undefined : own.section,
  });
  const first = rows.find((r) => !r.initiative);
  // The goal's own row, without an initiative yet, takes it; otherwise a row after the goal's last.
  const change: TableChange<GoalColumnKey> =
    rows.every((r) => !r.initiative) && first
      ? { table: goals, fills: [{ row: first.row, cells: cells(1) }], index: first.index + 1, rows: [] }
      : {
          table: goals,
          fills: [],
          index: Math.max(...rows.map((r) => r.index)) + 1,
          rows: [{ ...goalCells(rows), no: goalNo, ...cells(nextInitiativeNo(rows)) }],
        };
  const done = bilingual("edit.done.initiative", { goal: goalNo, title: goalTitle(rows) });
  const added = { goalNo, initiatives: 1, indicators: 0 };
  return planChanges(editable, change, null, done, added, { table: "goals", key: "initiative" });
}

function planIndicator(editable: EditableSheet, goalNo: number, draft: IndicatorDraft): EditPlan {
  if (!editable.kpi) return refused(bilingual("edit.refused.noKpiTable", { sheet: editable.sheet.name }));
  if (!Number.isInteger(goalNo) || goalNo < 1)
    return refused(bilingual("edit.error.noGoal", { goal: goalNo }), "goalNo");
  if (editable.goals && !editable.goalRows.some((r) => r.no === goalNo)) {
    return refused(bilingual("edit.error.noGoal", { goal: goalNo }), "goalNo");
  }
  const problems: PlanProblem[] = [];
  const count = editable.kpiRows.filter((r) => !r.blank && r.goalNo === goalNo).length;
  const place = rowPlace(goalPlace(goalNo, ""), "indicator", count, "");
  const indicator = indicatorFromDraft(draft, goalNo, place, problems);
  if (!indicator) {
    return {
      ok: false,
      problems: problems.length > 0 ? problems : [placeProblem("plan.error.indicatorName", place, "name")],
    };
  }
  const done = bilingual("edit.done.indicator", { goal: goalNo, name: indicator.name });
  const added = { goalNo, initiatives: 0, indicators: 1 };
  return planChanges(editable, null, indicatorChange(editable, goalNo, [indicator]), done, added, {
    table: "kpi",
    key: "name",
  });
}

/** A goal's indicators go after the indicators of its goal and of the goals numbered before it. */
function indicatorChange(
  editable: EditableSheet,
  goalNo: number,
  indicators: readonly Indicator[],
): TableChange<KpiColumnKey> | null {
  const kpi = editable.kpi;
  if (!kpi || indicators.length === 0) return null;
  return { table: kpi, fills: [], index: indicatorIndex(editable, goalNo), rows: indicators.map(indicatorCells) };
}

/**
 * Where goal `goalNo`'s next indicator goes among the KPI table's data rows: after the last indicator of a
 * goal numbered up to it, else before the first of a later goal, else after the last indicator, else first.
 * Rows left ready to fill stay after the indicators.
 */
export function indicatorIndex(editable: Pick<EditableSheet, "kpiRows">, goalNo: number): number {
  const filled = editable.kpiRows.filter((r) => !r.blank);
  const upTo = filled.filter((r) => r.goalNo !== null && r.goalNo <= goalNo).at(-1);
  if (upTo) return upTo.index + 1;
  const later = filled.find((r) => r.goalNo !== null && r.goalNo > goalNo);
  if (later) return later.index;
  const last = filled.at(-1);
  return last ? last.index + 1 : 0;
}

function initiativeCount(rows: readonly GoalRow[]): number {
  return rows.filter((r) => r.initiative).length;
}

function nextInitiativeNo(rows: readonly GoalRow[]): number {
  const numbers = rows.map((r) => r.cells.initiativeNo?.value).filter((v): v is number => typeof v === "number");
  return Math.max(initiativeCount(rows), ...numbers.map(Math.floor)) + 1;
}

const GOAL_SCOPE_KEYS: readonly GoalColumnKey[] = [
  "title",
  "masterPlanCodes",
  "basicPolicyCodes",
  "measureSheetCodes",
  "field",
  "targetStatement",
  "status",
  "grade",
  "gradeReason",
  "summary",
  "nextSteps",
];

/** A string constant as grading writes a goal's grade (="B"): copied to a new row of the goal as it is. */
const LITERAL_FORMULA = /^="(?:[^"]|"")*"$/;

/**
 * The goal's own cells, repeated on a new row of the goal as on every other: each the first typed on the
 * goal's rows (as reading takes it); a goal grade written by grading goes with them.
 */
function goalCells(rows: readonly GoalRow[]): Partial<Record<GoalColumnKey, PlannedCell>> {
  const cells: Partial<Record<GoalColumnKey, PlannedCell>> = {};
  for (const key of GOAL_SCOPE_KEYS) {
    const typed = rows.map((r) => r.cells[key]).find(isTyped);
    if (typed && typed.value !== null) {
      cells[key] = typed.value;
      continue;
    }
    const formula = rows.map((r) => r.cells[key]).find((c) => c?.formula && LITERAL_FORMULA.test(c.formula));
    if (key === "grade" && formula?.formula) {
      cells[key] = { formula: formula.formula, result: formula.value === null ? "" : cellText(formula.value) };
    }
  }
  return cells;
}

function byGoalKey(row: readonly PlannedCell[]): Partial<Record<GoalColumnKey, PlannedCell>> {
  return Object.fromEntries(GOAL_COLUMNS.map((column, i) => [column.key, row[i]]));
}

/** Where each change's rows are once every insert is made, and the plan that makes them. */
function planChanges(
  editable: EditableSheet,
  goals: TableChange<GoalColumnKey> | null,
  kpi: TableChange<KpiColumnKey> | null,
  done: Bilingual,
  added: Parameters<typeof outlineAfter>[1],
  select: { readonly table: "goals" | "kpi"; readonly key: GoalColumnKey | KpiColumnKey },
): EditPlan {
  const sheet = editable.sheet;
  const changes: { change: TableChange<string>; kpi: boolean }[] = [
    ...(goals ? [{ change: goals as TableChange<string>, kpi: false }] : []),
    ...(kpi ? [{ change: kpi as TableChange<string>, kpi: true }] : []),
  ];
  const inserts: Insert[] = changes
    .filter(({ change }) => change.rows.length > 0)
    .map(({ change }) => ({
      table: change.table,
      index: change.index,
      at: change.table.range.row + 1 + change.index,
      count: change.rows.length,
    }));
  // Excel moves the cells below a new row in the table's columns only: every table below must move whole.
  for (const insert of inserts) {
    const split = splitTable(sheet, insert.table, insert.at);
    if (split) return refused(bilingual("edit.refused.splitsTable", { table: split, sheet: sheet.name }));
  }
  const layout = new Layout(inserts);
  const scale = editable.scale;
  // The 達成度 formulas read the bounds printed in the legend, wherever it is once the rows are in.
  const formulas = formulaScale(scale, findLegend(sheet, scale)).map((grade) =>
    grade.boundCell
      ? { ...grade, boundCell: { ...grade.boundCell, row: layout.moved(grade.boundCell.row, grade.boundCell.column) } }
      : grade,
  );
  const blocks: CellBlock[] = [];
  const styles: StyledRange[] = [];
  const validations: ValidationPlan[] = [];
  const conditionalFormats: ConditionalFormatPlan[] = [];
  let selected: CellRef | null = null;

  for (const { change, kpi: isKpi } of changes) {
    const table = change.table;
    const column = (key: string) => (table.columns as Partial<Record<string, number>>)[key];
    const insert = inserts.find((i) => i.table === table);
    const written = [
      ...change.fills.map((f) => ({ row: layout.moved(f.row, table.range.column), origin: f.row, cells: f.cells })),
      ...change.rows.map((cells, k) => ({ row: insert ? layout.firstNewRow(insert) + k : -1, origin: null, cells })),
    ];
    for (const { row, origin, cells } of written) {
      const all: Partial<Record<string, PlannedCell>> = { ...cells };
      if (isKpi && origin === null && FORMULA_COLUMN_KEYS.every((key) => column(key) !== undefined)) {
        Object.assign(
          all,
          liveFormulaCells(row, table.columns as Partial<Record<KpiColumnKey, number>>, all, formulas),
        );
      }
      const line = Array.from<PlannedCell>({ length: table.range.columnCount });
      for (const [key, cell] of Object.entries(all)) {
        const at = column(key);
        if (at === undefined || cell === undefined) continue;
        // Filling a row writes only where nothing is typed.
        if (origin !== null && isTyped(cellAt(sheet, origin, at))) continue;
        line[at - table.range.column] = cell;
      }
      blocks.push({ anchor: { row, column: table.range.column }, rows: [line] });
      const at = column(select.key);
      if (selected === null && (select.table === "kpi") === isKpi && at !== undefined) selected = { row, column: at };
    }
    if (!insert) continue;
    styles.push(
      ...(isKpi ? kpiBodyStyles : goalBodyStyles)(
        { ...table.range, row: layout.firstNewRow(insert), rowCount: insert.count },
        column,
      ),
    );
    // The dropdowns and the grade colours over the grown columns, as a new sheet has them.
    const now = layout.tableNow(table);
    const body = { row: now.row + 1, rowCount: now.rowCount - 1 };
    const grade = column("grade");
    if (isKpi) validations.push(...kpiDropdowns(body, column, scale));
    else if (grade !== undefined) {
      validations.push(dropdown({ ...body, column: grade, columnCount: 1 }, gradeChoices(scale)));
    }
    for (const key of ["grade", "interimGrade"] as const) {
      const at = column(key);
      if (at !== undefined)
        conditionalFormats.push(gradeConditionalFormat({ ...body, column: at, columnCount: 1 }, scale));
    }
  }

  return {
    ok: true,
    plan: {
      ...emptySheetPlan(sheet.name, "update"),
      insertRows: inserts.map((insert) => ({
        table: insert.table.name,
        index: insert.index,
        count: insert.count,
        range: { ...insert.table.range, row: layout.firstNewRow(insert), rowCount: insert.count },
      })),
      blocks,
      styles,
      validations,
      conditionalFormats,
      ...pageBreaks(editable, layout),
      ...(selected ? { activate: { select: selected } } : {}),
    },
    done,
    goalNo: added.goalNo,
    outline: outlineAfter(outlineOf(editable), added),
  };
}

interface PlacedTable {
  readonly name: string;
  readonly range: RangeRef;
}

/** New rows in a table: before data row `index`, sheet row `at` of the snapshot. */
interface Insert {
  readonly table: PlacedTable;
  readonly index: number;
  readonly at: number;
  readonly count: number;
}

/** The sheet once the rows are in: where a cell of the snapshot moves, where new rows and tables are. */
class Layout {
  constructor(readonly inserts: readonly Insert[]) {}

  /** A cell of the snapshot moves down by the rows inserted at or above it in its column. */
  moved(row: number, column: number): number {
    let shift = 0;
    for (const insert of this.inserts) {
      const { range } = insert.table;
      if (insert.at <= row && column >= range.column && column < range.column + range.columnCount) {
        shift += insert.count;
      }
    }
    return row + shift;
  }

  /** An insert's first new row: below the row above it, wherever that row went. */
  firstNewRow(insert: Insert): number {
    return this.moved(insert.at - 1, insert.table.range.column) + 1;
  }

  tableNow(table: PlacedTable): RangeRef {
    const own = this.inserts.find((i) => sameTableName(i.table.name, table.name));
    return {
      ...table.range,
      row: this.moved(table.range.row, table.range.column),
      rowCount: table.range.rowCount + (own?.count ?? 0),
    };
  }
}

/**
 * The name of a table that new rows at sheet row `at` of `table` would split: one that shares some of its
 * columns and reaches down to `at` or below without lying whole within its columns, below the new rows.
 */
function splitTable(sheet: SheetSnapshot, table: PlacedTable, at: number): string | null {
  const first = table.range.column;
  const last = first + table.range.columnCount - 1;
  for (const other of sheet.tables) {
    if (sameTableName(other.name, table.name)) continue;
    const r = other.range;
    const otherLast = r.column + r.columnCount - 1;
    const sharesColumns = r.column <= last && otherLast >= first;
    const reachesDown = r.row + r.rowCount - 1 >= at;
    const movesWhole = r.column >= first && otherLast <= last && r.row >= at;
    if (sharesColumns && reachesDown && !movesWhole) return other.name;
  }
  return null;
}

/**
 * Tassei's page break before the lower of the goals and KPI tables, where its rule puts it now: planned
 * only when the upper table grew (the lower one moved, and the break Excel keeps in its row with it not).
 */
function pageBreaks(editable: EditableSheet, layout: Layout): { rowBreaks?: readonly number[] } {
  const { goals, kpi, sheet } = editable;
  if (!goals || !kpi) return {};
  const [upper, lower] = goals.range.row < kpi.range.row ? [goals, kpi] : [kpi, goals];
  if (!layout.inserts.some((i) => sameTableName(i.table.name, upper.name))) return {};
  const upperNow = layout.tableNow(upper);
  const lowerNow = layout.tableNow(lower);
  // The rows repeated on every page: the title alone with a header block, else down to the first table's header.
  const lastTitleRow = editable.metadata.header
    ? 0
    : Math.min(...sheet.tables.map((t) => layout.moved(t.range.row, t.range.column)));
  const row = tableBreak(upperNow, lowerNow.row - 1, lastTitleRow);
  return { rowBreaks: row === null ? [] : [row] };
}
