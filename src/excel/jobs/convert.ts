/**
 * 「Tassei 形式に変換」: one Excel.run, three syncs (read the hand-made sheet and the workbook's structure:
 * 2; write the new sheet: 1). The hand-made sheet is only read; all decisions are the core's planConvertHandMade.
 */
import { planConvertHandMade } from "../../core/convert/plan-convert";
import type { JobOutcome } from "../../core/jobs/outcome";
import { bilingual } from "../../core/messages";
import { applyPlan, printNotices } from "../apply";
import { describeExcelError, withTimeout } from "../errors";
import { readSnapshot } from "../read";
import type { GradeDeps } from "./grade";

export async function convertHandMadeSheet(deps: GradeDeps, sheet: string): Promise<JobOutcome> {
  try {
    return await withTimeout(
      deps.run(async (context): Promise<JobOutcome> => {
        const snapshot = await readSnapshot(context, { sheets: [sheet], formulas: "presence" });
        const planned = planConvertHandMade(snapshot, sheet);
        if (!planned.ok) return { status: "failed", message: planned.message };
        const notices = printNotices(await applyPlan(context, planned.plan));
        const { sheet: made, goals, indicators } = planned;
        const done = bilingual("convert.done", { sheet: made, goals, indicators });
        // The ribbon and the pane show one text: what could not be set follows what was done.
        const summary = {
          ja: [done.ja, ...notices.map((n) => n.ja)].join("\n"),
          en: [done.en, ...notices.map((n) => n.en)].join("\n"),
        };
        return { status: "done", summary };
      }),
      deps.timeoutMs,
    );
  } catch (error) {
    return { status: "failed", message: describeExcelError(error) };
  }
}
