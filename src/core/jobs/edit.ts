/**
 * Adding to the active Tassei department sheet, written once against the port: a goal, an initiative of
 * a goal or an indicator of a goal, and reading the sheet's goals for the pane. Every decision (where the
 * rows go, what they hold, whether the sheet may be written at all) is the core's planSheetEdit.
 */
import { type SheetOutline, sheetOutline } from "../edit/outline";
import { type SheetEdit, planSheetEdit } from "../edit/plan-edit";
import { bilingual } from "../messages";
import type { WorkbookSnapshot } from "../workbook/snapshot";
import type { EditOutcome } from "./outcome";
import type { WorkbookPort, WorkbookReader } from "./port";

/** The active sheet with its tables and its formulas' text (a goal grade written by grading is copied). */
const EDIT_READ = { sheets: "active" } as const;

export async function readActiveOutline(port: WorkbookReader): Promise<SheetOutline> {
  return outlineOfActive(await port.read(EDIT_READ));
}

/** Adds to `sheet`, which must still be the active sheet: the pane showed that sheet's goals. */
export async function addToActiveSheet(
  port: WorkbookPort,
  sheetName: string,
  edit: SheetEdit,
): Promise<Exclude<EditOutcome, { readonly status: "failed" }>> {
  const snapshot = await port.read(EDIT_READ);
  const sheet = snapshot.sheets.find((s) => s.name === snapshot.activeSheet);
  const outline = outlineOfActive(snapshot);
  if (!sheet) return { status: "invalid", problems: [bilingual("edit.refused.noSheet")], outline };
  // The pane showed another sheet's goals: adding to this one would put the rows where nobody meant.
  if (sheet.name !== sheetName) {
    const changed = bilingual("edit.refused.sheetChanged", { expected: sheetName, active: sheet.name });
    return { status: "invalid", problems: [changed], outline };
  }
  const planned = planSheetEdit(sheet, edit);
  if (!planned.ok) return { status: "invalid", problems: planned.problems, outline };
  await port.apply({ sheets: [planned.plan] });
  return { status: "done", summary: planned.done, outline: planned.outline };
}

function outlineOfActive(snapshot: WorkbookSnapshot): SheetOutline {
  const sheet = snapshot.sheets.find((s) => s.name === snapshot.activeSheet);
  return sheet ? sheetOutline(sheet) : { status: "refused", sheet: null, message: bilingual("edit.refused.noSheet") };
}
