/**
 * The Insert job, written once against the port: a department sheet planned into the workbook (the pane's
 * form into the open workbook, `tassei new` into a new file). The request is validated by the caller
 * first (validateInsertRequest), so that a form's mistakes never open the workbook.
 */
import { planInsert } from "../insert/plan";
import type { ValidatedInsert } from "../insert/request";
import type { InsertOutcome } from "./outcome";
import type { WorkbookPort } from "./port";

export type InsertJobOutcome = Exclude<InsertOutcome, { readonly status: "failed" }>;

export async function insertSheet(port: WorkbookPort, request: ValidatedInsert): Promise<InsertJobOutcome> {
  const structure = await port.read({ sheets: [] });
  const planned = planInsert(request, structure);
  if (!planned.ok) return { status: "invalid", problems: planned.problems };
  const notices = await port.apply({ sheets: [planned.plan] });
  return {
    status: "done",
    sheet: planned.sheetName,
    renamed: planned.renamed,
    ...(notices.length > 0 ? { notices } : {}),
  };
}
