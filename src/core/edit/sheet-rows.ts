/**
 * A Tassei department sheet as editing sees it: may it be written at all, its goals and KPI tables, and
 * what each of their rows holds — a goal's row (numbered, something typed), a numbered row still empty
 * (a new sheet's 重点目標 1…n), a blank row, an indicator's row. Positions are the snapshot's.
 */
import type { Scale } from "../rules";
import { sheetScale } from "../grade/grade-sheet";
import { type Bilingual, bilingual } from "../messages";
import {
  type GoalsTableLocation,
  type KpiTableLocation,
  dataRows,
  findGoalsTable,
  findKpiTables,
  isHandMadeSheet,
} from "../sheet/find-tables";
import { GOAL_COLUMNS, type GoalColumnKey } from "../sheet/goals/goals-table";
import { KPI_COLUMNS } from "../sheet/kpi/kpi-table";
import { type DepartmentSheetMetadata, LAYOUT_VERSION, readMetadata } from "../sheet/metadata";
import { type SheetCell, type SheetSnapshot, cellAt, cellText, isBlankCell } from "../workbook/snapshot";
import { goalNumberOf } from "../sheet/read-cells";

/** A department sheet Tassei made, read for editing. */
export interface EditableSheet {
  readonly sheet: SheetSnapshot;
  readonly metadata: DepartmentSheetMetadata;
  readonly scale: Scale;
  readonly goals: GoalsTableLocation | null;
  readonly kpi: KpiTableLocation | null;
  readonly goalRows: readonly GoalRow[];
  readonly kpiRows: readonly KpiRowInfo[];
}

export interface GoalRow {
  /** Zero-based among the table's data rows. */
  readonly index: number;
  /** Zero-based sheet row. */
  readonly row: number;
  /** 重点目標 No., when it is a whole number ≥ 1. */
  readonly no: number | null;
  /** Something typed besides the number (a formula grade written by grading is not typed). */
  readonly content: boolean;
  /** An initiative's cells (取組No., 具体的な取組, 所管課, 具体的な取組実績) hold something. */
  readonly initiative: boolean;
  readonly cells: Readonly<Partial<Record<GoalColumnKey, SheetCell>>>;
}

export interface KpiRowInfo {
  readonly index: number;
  readonly row: number;
  /** 目標No., when it is a whole number ≥ 1. */
  readonly goalNo: number | null;
  /** Nothing typed in the row (the formulas of 達成率 and 達成度 aside): a row left ready to fill. */
  readonly blank: boolean;
}

/**
 * Why the sheet may not be edited, or null when it may: Tassei never writes a sheet it did not make (a
 * sheet laid out by hand is read and graded, never written), nor a protected one, nor one made by a newer
 * Tassei whose layout it does not know.
 */
export function editRefusal(sheet: SheetSnapshot): Bilingual | null {
  const metadata = readMetadata(sheet.properties);
  if (!metadata) {
    return bilingual(isHandMadeSheet(sheet) ? "edit.refused.handMade" : "edit.refused.notTassei", {
      sheet: sheet.name,
    });
  }
  if (metadata.layoutVersion > LAYOUT_VERSION) {
    return bilingual("edit.refused.newerLayout", { sheet: sheet.name });
  }
  if (sheet.protected) return bilingual("edit.refused.protected", { sheet: sheet.name });
  return null;
}

/** The sheet read for editing, or why it may not be edited. */
export function editableSheet(
  sheet: SheetSnapshot,
): { readonly ok: true; readonly editable: EditableSheet } | { readonly ok: false; readonly message: Bilingual } {
  const refusal = editRefusal(sheet);
  const metadata = readMetadata(sheet.properties);
  if (refusal || !metadata)
    return { ok: false, message: refusal ?? bilingual("edit.refused.notTassei", { sheet: sheet.name }) };
  const goals = tassei(findGoalsTable(sheet, metadata));
  const kpi = tassei(findKpiTables(sheet, metadata)[0] ?? null);
  return {
    ok: true,
    editable: {
      sheet,
      metadata,
      // The scale grading uses, so the dropdowns and colours set again are the ones grading checks.
      scale: sheetScale(sheet),
      goals,
      kpi,
      goalRows: goals ? readGoalRows(sheet, goals) : [],
      kpiRows: kpi ? readKpiRows(sheet, kpi) : [],
    },
  };
}

/** A table in an Excel table of the sheet (never plain cells). */
function tassei<T extends GoalsTableLocation | KpiTableLocation>(table: T | null): T | null {
  return table && table.source !== "cells" ? table : null;
}

const INITIATIVE_KEYS: readonly GoalColumnKey[] = ["initiativeNo", "initiative", "section", "result"];

function readGoalRows(sheet: SheetSnapshot, table: GoalsTableLocation): GoalRow[] {
  return dataRows(table).map((row, index) => {
    const cells: Partial<Record<GoalColumnKey, SheetCell>> = {};
    for (const column of GOAL_COLUMNS) {
      const at = table.columns[column.key];
      if (at !== undefined) cells[column.key] = cellAt(sheet, row, at);
    }
    const typed = (key: GoalColumnKey) => isTyped(cells[key]);
    return {
      index,
      row,
      no: goalNumberOf(cells.no?.value ?? null),
      content: GOAL_COLUMNS.some((c) => c.key !== "no" && typed(c.key)),
      initiative: INITIATIVE_KEYS.some(typed),
      cells,
    };
  });
}

/** Something a person typed: a constant that is not blank (grading writes its goal grades as formulas). */
export function isTyped(cell: SheetCell | undefined): boolean {
  return cell !== undefined && cell.formula === null && !isBlankCell(cell.value);
}

function readKpiRows(sheet: SheetSnapshot, table: KpiTableLocation): KpiRowInfo[] {
  return dataRows(table).map((row, index) => {
    const cell = (column: number | undefined) => (column === undefined ? null : cellAt(sheet, row, column).value);
    const blank = KPI_COLUMNS.every((c) => c.computed || isBlankCell(cell(table.columns[c.key])));
    return { index, row, goalNo: goalNumberOf(cell(table.columns.goalNo)), blank };
  });
}

/** A goal's title as its rows hold it: the first one typed. */
export function goalTitle(rows: readonly GoalRow[]): string {
  for (const row of rows) {
    const title = row.cells.title;
    if (isTyped(title)) return cellText(title!.value).trim();
  }
  return "";
}
