/**
 * Adding to the active Tassei department sheet from the pane: a goal, an initiative of a goal or an
 * indicator of a goal. One Excel.run, three syncs (read the active sheet and its tables: 2; write: 1).
 * Reading the sheet's goals for the pane is one Excel.run of two syncs. Every decision (where the rows go,
 * what they hold, whether the sheet may be written at all) is the core's planSheetEdit.
 */
import { type SheetOutline, sheetOutline } from "../../core/edit/outline";
import { planSheetEdit } from "../../core/edit/plan-edit";
import { type SheetEditRequest, validateSheetEditRequest } from "../../core/edit/request";
import type { EditOutcome, OutlineOutcome } from "../../core/jobs/outcome";
import { bilingual, message } from "../../core/messages";
import type { WorkbookSnapshot } from "../../core/workbook/snapshot";
import { applyPlan } from "../apply";
import { describeExcelError, withTimeout } from "../errors";
import { readSnapshot } from "../read";
import type { GradeDeps } from "./grade";

/** The active sheet with its tables and its formulas' text (a goal grade written by grading is copied). */
const EDIT_READ = { sheets: "active" } as const;

export async function readActiveOutline(deps: GradeDeps): Promise<OutlineOutcome> {
  try {
    return await withTimeout(
      deps.run(async (context): Promise<OutlineOutcome> => {
        const snapshot = await readSnapshot(context, EDIT_READ);
        return { status: "done", outline: outlineOfActive(snapshot) };
      }),
      deps.timeoutMs,
    );
  } catch (error) {
    return { status: "failed", message: describeExcelError(error) };
  }
}

export async function editActiveSheet(deps: GradeDeps, request: SheetEditRequest): Promise<EditOutcome> {
  const validated = validateSheetEditRequest(request);
  if (!validated.ok) {
    return { status: "invalid", problems: [{ ...bilingual("edit.error.request", { path: validated.path }) }] };
  }
  try {
    return await withTimeout(
      deps.run(async (context): Promise<EditOutcome> => {
        const snapshot = await readSnapshot(context, EDIT_READ);
        const sheet = snapshot.sheets.find((s) => s.name === snapshot.activeSheet);
        const outline = outlineOfActive(snapshot);
        if (!sheet) return { status: "invalid", problems: [bilingual("edit.refused.noSheet")], outline };
        // The pane showed another sheet's goals: adding to this one would put the rows where nobody meant.
        if (sheet.name !== validated.sheet) {
          const changed = bilingual("edit.refused.sheetChanged", { expected: validated.sheet, active: sheet.name });
          return { status: "invalid", problems: [changed], outline };
        }
        const planned = planSheetEdit(sheet, validated.edit);
        if (!planned.ok) return { status: "invalid", problems: planned.problems, outline };
        await applyPlan(context, { sheets: [planned.plan] });
        return { status: "done", summary: planned.done, outline: planned.outline };
      }),
      deps.timeoutMs,
    );
  } catch (error) {
    const reason = describeExcelError(error);
    return {
      status: "failed",
      message: {
        ja: message("edit.error.excel", "ja", { reason: reason.ja }),
        en: message("edit.error.excel", "en", { reason: reason.en }),
      },
    };
  }
}

function outlineOfActive(snapshot: WorkbookSnapshot): SheetOutline {
  const sheet = snapshot.sheets.find((s) => s.name === snapshot.activeSheet);
  return sheet ? sheetOutline(sheet) : { status: "refused", sheet: null, message: bilingual("edit.refused.noSheet") };
}
