/**
 * 「Tassei 形式に変換」: the core's job (core/jobs/convert.ts) in one Excel.run, three syncs (read the
 * hand-made sheet and the workbook's structure: 2; write the new sheet: 1). The hand-made sheet is only read.
 */
import * as jobs from "../../core/jobs/convert";
import type { JobOutcome } from "../../core/jobs/outcome";
import { bilingual } from "../../core/messages";
import { describeExcelError, withTimeout } from "../errors";
import { officeJsPort } from "../port";
import type { GradeDeps } from "./grade";

export async function convertHandMadeSheet(deps: GradeDeps, sheet: string): Promise<JobOutcome> {
  try {
    const converted = await withTimeout(
      deps.run((context) => jobs.convertHandMadeSheet(officeJsPort(context), sheet)),
      deps.timeoutMs,
    );
    if (converted.status === "refused") return { status: "failed", message: converted.message };
    const { sheet: made, goals, indicators, notices } = converted;
    const done = bilingual("convert.done", { sheet: made, goals, indicators });
    // The ribbon and the pane show one text: what could not be set follows what was done.
    const summary = {
      ja: [done.ja, ...notices.map((n) => n.ja)].join("\n"),
      en: [done.en, ...notices.map((n) => n.en)].join("\n"),
    };
    return { status: "done", summary };
  } catch (error) {
    return { status: "failed", message: describeExcelError(error) };
  }
}
