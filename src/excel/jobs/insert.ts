/**
 * Insert a department sheet: the core's Insert job (core/jobs/insert.ts) in one Excel.run, three syncs
 * (read the workbook's structure, write the plan, then set printing one page wide and read it back:
 * applyPlan's fitToWidth). All decisions (sheet name, refusals, layout) are the core's.
 */
import { bilingual, message } from "../../core/messages";
import { describeExcelError, withTimeout } from "../errors";
import { insertSheet } from "../../core/jobs/insert";
import { validateInsertRequest, type InsertRequest } from "../../core/insert/request";
import type { InsertOutcome } from "../../core/jobs/outcome";
import { officeJsPort } from "../port";
import { REQUIREMENTS, supports, type IsSetSupported } from "../requirements";
import type { RunBatch } from "../run";

export async function insertDepartmentSheet(
  run: RunBatch,
  isSetSupported: IsSetSupported,
  request: InsertRequest,
  timeoutMs?: number,
): Promise<InsertOutcome> {
  const validated = validateInsertRequest(request);
  if (!validated.ok) return { status: "invalid", problems: validated.problems };
  if (!supports(isSetSupported, "core")) {
    return { status: "failed", message: bilingual("insert.error.tooOld", { version: REQUIREMENTS.core.version }) };
  }
  try {
    // Under the same timeout as the other jobs. A retry after a timeout never makes a second sheet: the
    // name is taken by then, and the insert is refused saying so.
    return await withTimeout(
      run((context) => insertSheet(officeJsPort(context), validated.value)),
      timeoutMs,
    );
  } catch (error) {
    const reason = describeExcelError(error);
    return {
      status: "failed",
      message: {
        ja: message("insert.error.excel", "ja", { reason: reason.ja }),
        en: message("insert.error.excel", "en", { reason: reason.en }),
      },
    };
  }
}
