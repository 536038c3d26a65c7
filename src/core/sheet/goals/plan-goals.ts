/** The priority goals section: 【重点目標】 and the goals table, one row per initiative. */
import type { Goal } from "../../department/model";
import type { Scale } from "../../rules";
import type { PlannedCell, StyledRange } from "../../workbook/plan";
import { gradeChoices, gradeConditionalFormat } from "../grade-palette";
import { GOAL_CODE_KEYS, GOAL_COLUMNS, type GoalColumnKey, goalColumnIndex, joinCodes } from "./goals-table";
import type { RangeRef } from "@tassei/excel-rules";
import {
  SECTION_TITLE_STYLE,
  type SheetPart,
  TABLE_BODY_STYLE,
  TABLE_HEADER_STYLE,
  TABLE_STYLE,
  dropdown,
  range,
  textCell,
} from "../sheet-part";

export const GOALS_SECTION_TITLE = "【重点目標】";

export interface GoalsSectionInput {
  /** Sorted by number. */
  readonly goals: readonly Goal[];
  /** Numbered blank goal rows to write when there are no goals. */
  readonly goalCount: number;
  readonly scale: Scale;
  readonly tableName: string;
  /** The section's first row (its title); the table starts below it. */
  readonly top: number;
}

export interface GoalsSection extends SheetPart {
  /** The table, header row included. */
  readonly table: { readonly row: number; readonly rowCount: number };
}

export function planGoalsSection(input: GoalsSectionInput): GoalsSection {
  const headerRow = input.top + 1;
  const body = input.goals.length > 0 ? input.goals.flatMap(goalRows) : blankGoalRows(input.goalCount);
  const bodyRow = headerRow + 1;
  const width = GOAL_COLUMNS.length;
  const column = (key: GoalColumnKey) => goalColumnIndex(key);
  const bodyColumn = (key: GoalColumnKey) => range(bodyRow, column(key), body.length, 1);
  const styles: StyledRange[] = [
    { range: range(input.top, 0, 1, 1), style: SECTION_TITLE_STYLE },
    { range: range(headerRow, 0, 1, width), style: TABLE_HEADER_STYLE },
    ...goalBodyStyles(range(bodyRow, 0, body.length, width), (key) => column(key)),
  ];
  return {
    height: 2 + body.length,
    table: { row: headerRow, rowCount: 1 + body.length },
    blocks: [
      { anchor: { row: input.top, column: 0 }, rows: [[GOALS_SECTION_TITLE]] },
      { anchor: { row: headerRow, column: 0 }, rows: [GOAL_COLUMNS.map((c) => c.header), ...body] },
    ],
    styles,
    tables: [
      {
        name: input.tableName,
        range: range(headerRow, 0, 1 + body.length, width),
        headers: GOAL_COLUMNS.map((c) => c.header),
        style: TABLE_STYLE,
      },
    ],
    validations: [dropdown(bodyColumn("grade"), gradeChoices(input.scale))],
    conditionalFormats: [
      gradeConditionalFormat(bodyColumn("grade"), input.scale),
      gradeConditionalFormat(bodyColumn("interimGrade"), input.scale),
    ],
    widths: GOAL_COLUMNS.map((c) => c.width),
  };
}

/**
 * How body rows of the goals table look: top-aligned, prose wrapped, codes kept as text, numbers and the
 * grade centred. `rows` spans the table's width; `column` says where each known column is on the sheet.
 * For a new table's body, and for rows added to a table later.
 */
export function goalBodyStyles(rows: RangeRef, column: (key: GoalColumnKey) => number | undefined): StyledRange[] {
  const at = (key: GoalColumnKey) => {
    const index = column(key);
    return index === undefined ? [] : [range(rows.row, index, rows.rowCount, 1)];
  };
  return [
    { range: rows, style: TABLE_BODY_STYLE },
    ...GOAL_COLUMNS.filter((c) => c.prose).flatMap((c) => at(c.key).map((r) => ({ range: r, style: { wrap: true } }))),
    // Codes such as 29-01 or 5-2-(1) must stay text when a person types them.
    ...GOAL_CODE_KEYS.flatMap((key) => at(key).map((r) => ({ range: r, style: { numberFormat: "@" } }))),
    ...(["no", "initiativeNo", "grade", "interimGrade"] as const).flatMap((key) =>
      at(key).map((r) => ({ range: r, style: { horizontal: "center" as const } })),
    ),
  ];
}

/** A goal's rows: one per initiative (goal columns repeated), or one without initiative columns. */
export function goalRows(goal: Goal): PlannedCell[][] {
  const shared: Partial<Record<GoalColumnKey, PlannedCell>> = {
    no: goal.no,
    title: textCell(goal.title),
    masterPlanCodes: textCell(joinCodes(goal.masterPlanCodes)),
    basicPolicyCodes: textCell(joinCodes(goal.basicPolicyCodes)),
    measureSheetCodes: textCell(joinCodes(goal.measureSheetCodes)),
    field: textCell(goal.field),
    targetStatement: textCell(goal.targetStatement),
    status: textCell(goal.status),
    grade: goal.manualGrade === null ? undefined : textCell(goal.manualGrade),
    gradeReason: textCell(goal.manualGradeReason),
    summary: textCell(goal.summary),
    nextSteps: textCell(goal.nextSteps),
  };
  if (goal.initiatives.length === 0) return [row(shared)];
  return goal.initiatives.map((initiative, index) =>
    row({
      ...shared,
      initiativeNo: index + 1,
      initiative: textCell(initiative.text),
      section: textCell(initiative.section),
      result: textCell(initiative.result),
    }),
  );
}

/** A new sheet's goal rows: numbered 1…n, everything else left to fill. */
function blankGoalRows(count: number): PlannedCell[][] {
  // A table always has a data row; without goals and without numbered rows it is a blank one.
  if (count === 0) return [row({})];
  return Array.from({ length: count }, (_, index) => row({ no: index + 1 }));
}

function row(cells: Partial<Record<GoalColumnKey, PlannedCell>>): PlannedCell[] {
  return GOAL_COLUMNS.map((c) => cells[c.key]);
}
