/**
 * Adding to the active Tassei department sheet from the pane: the core's job (core/jobs/edit.ts) in one
 * Excel.run, three syncs (read the active sheet and its tables: 2; write: 1). Reading the sheet's goals
 * for the pane is one Excel.run of two syncs.
 */
import { type SheetEditRequest, validateSheetEditRequest } from "../../core/edit/request";
import * as jobs from "../../core/jobs/edit";
import type { EditOutcome, OutlineOutcome } from "../../core/jobs/outcome";
import { bilingual, message } from "../../core/messages";
import { describeExcelError, withTimeout } from "../errors";
import { officeJsPort } from "../port";
import type { GradeDeps } from "./grade";

export async function readActiveOutline(deps: GradeDeps): Promise<OutlineOutcome> {
  try {
    const outline = await withTimeout(
      deps.run((context) => jobs.readActiveOutline(officeJsPort(context))),
      deps.timeoutMs,
    );
    return { status: "done", outline };
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
      deps.run((context) => jobs.addToActiveSheet(officeJsPort(context), validated.sheet, validated.edit)),
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
