/**
 * 次年度作成 from the pane: the core's job (core/jobs/rollover.ts) on the open workbook — next year's sheet
 * of the active department sheet, or of every department sheet, added beside them. One Excel.run: read
 * (2 syncs), write the new sheets (1, and 1 more when they print one page wide).
 */
import * as jobs from "../../core/jobs/rollover";
import type { JobOutcome } from "../../core/jobs/outcome";
import { type Bilingual, bilingual } from "../../core/messages";
import { describeExcelError, withTimeout } from "../errors";
import { officeJsPort } from "../port";
import type { GradeDeps } from "./grade";

export type RolloverScope = "active" | "all";

export async function rolloverSheets(deps: GradeDeps, scope: RolloverScope): Promise<JobOutcome> {
  try {
    const { made, failed, notices } = await withTimeout(
      deps.run((context) => {
        const port = officeJsPort(context);
        return jobs.rolloverSheets(port, port, { scope });
      }),
      deps.timeoutMs,
    );
    const lines: Bilingual[] = [...failed.map((f) => f.message), ...made.map((m) => bilingual("rollover.done", m))];
    if (made.length === 0) return { status: "failed", message: lines[0] ?? bilingual("rollover.none") };
    const all = [...lines, ...notices];
    return {
      status: "done",
      summary: { ja: all.map((l) => l.ja).join("\n"), en: all.map((l) => l.en).join("\n") },
    };
  } catch (error) {
    return { status: "failed", message: describeExcelError(error) };
  }
}
