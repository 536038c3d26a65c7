/**
 * A person corrects what a column of a hand-made block was taken as (the pane's dropdown): the choice is
 * saved with the sheet (a custom property, never a cell) and the sheet graded again with it, in one plan.
 */
import { handMadeLayout } from "../sheet/hand-made";
import { findCellBlocks } from "../sheet/hand-made/blocks";
import { type AssignableRole, columnRolesKey, withColumnRole } from "../sheet/hand-made/column-roles";
import { isHandMadeSheet } from "../sheet/find-tables";
import { bilingual } from "../messages";
import { columnIndex } from "@tassei/excel-rules";
import { emptySheetPlan } from "../workbook/plan";
import type { SheetSnapshot, WorkbookSnapshot } from "../workbook/snapshot";
import { planGrade } from "./plan-grade";
import { sameSheetName } from "./sheet-cells";
import type { GradeOptions, GradeRun } from "./types";

export interface ColumnRoleChange {
  readonly sheet: string;
  /** A1 of the block's first header cell (GradedTable.block.headerCell). */
  readonly headerCell: string;
  /** The column's letters. */
  readonly column: string;
  readonly role: AssignableRole;
}

/** What the header alone says of the column (its saved correction set aside). */
function roleAsRead(sheet: SheetSnapshot, change: ColumnRoleChange): AssignableRole {
  const key = columnRolesKey(change.headerCell).toLowerCase();
  const properties = Object.fromEntries(
    Object.entries(sheet.properties).filter(([name]) => name.toLowerCase() !== key),
  );
  const block = findCellBlocks({ ...sheet, properties }, handMadeLayout(sheet).fiscalYear?.year ?? null).find(
    (b) => b.headerCell === change.headerCell,
  );
  const role = block?.columns.find((c) => c.column === columnIndex(change.column))?.role ?? null;
  return role === null ? "none" : role;
}

export function planColumnRole(snapshot: WorkbookSnapshot, change: ColumnRoleChange, options: GradeOptions): GradeRun {
  const sheet = snapshot.sheets.find((s) => sameSheetName(s.name, change.sheet));
  if (!sheet)
    return {
      ok: false,
      reason: "sheet_missing",
      message: bilingual("grade.fail.sheet_missing", { sheet: change.sheet }),
    };
  if (!isHandMadeSheet(sheet)) {
    return {
      ok: false,
      reason: "no_tassei_table",
      message: bilingual("grade.fail.notHandMade", { sheet: sheet.name }),
    };
  }
  const column = columnIndex(change.column);
  const properties = withColumnRole(
    sheet.properties,
    change.headerCell,
    column,
    change.role,
    roleAsRead(sheet, change),
  );
  if (properties === null) {
    return {
      ok: false,
      reason: "sheet_protected",
      message: bilingual("grade.fail.corrections_full", { sheet: sheet.name }),
    };
  }
  const updated: WorkbookSnapshot = {
    ...snapshot,
    sheets: snapshot.sheets.map((s) => (s === sheet ? { ...s, properties: { ...s.properties, ...properties } } : s)),
  };
  const graded = planGrade(updated, sheet.name, options);
  if (!graded.ok) return graded;
  const save = { ...emptySheetPlan(sheet.name, "update"), properties };
  return { ok: true, plan: { sheets: [save, ...graded.plan.sheets] }, result: graded.result };
}
