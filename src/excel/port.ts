/**
 * The Office.js adapter behind the jobs' port (core/jobs/port.ts), on one request context: the reads are
 * read.ts's (a constant number of syncs whatever the size), the writes apply.ts's. The same code drives
 * Excel and the in-memory Excel of the tests and the preview.
 */
import type { WorkbookPort } from "../core/jobs/port";
import { applyPlan, printNotices } from "./apply";
import { readFormulaTexts, readNumberFormats, readSnapshot } from "./read";

export function officeJsPort(context: Excel.RequestContext): WorkbookPort {
  return {
    read: (request) => readSnapshot(context, request),
    readNumberFormats: (sheet, ranges) => readNumberFormats(context, sheet, ranges),
    readFormulaTexts: (requests) => readFormulaTexts(context, requests),
    apply: async (plan) => printNotices(await applyPlan(context, plan)),
  };
}
