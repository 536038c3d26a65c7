/**
 * 次年度作成 from the pane: next year's sheet of the active department sheet, or of every department sheet
 * of the workbook, added beside them. One Excel.run: read (2 syncs), write the new sheets (1, and 1 more
 * when they print one page wide). The source sheets are only read; the decisions are the core's planRollover.
 */
import { departmentSheetNames } from "../../core/consolidate/find-sheets";
import type { JobOutcome } from "../../core/jobs/outcome";
import { type Bilingual, bilingual } from "../../core/messages";
import { planRollover } from "../../core/rollover/plan-rollover";
import type { SheetPlan } from "../../core/workbook/plan";
import { applyPlan, printNotices } from "../apply";
import { describeExcelError, withTimeout } from "../errors";
import { readSnapshot } from "../read";
import type { GradeDeps } from "./grade";

export type RolloverScope = "active" | "all";

export async function rolloverSheets(deps: GradeDeps, scope: RolloverScope): Promise<JobOutcome> {
  try {
    return await withTimeout(
      deps.run(async (context): Promise<JobOutcome> => {
        const snapshot = await readSnapshot(context, {
          sheets: scope === "active" ? "active" : "all",
          formulas: "presence",
        });
        const names =
          scope === "active"
            ? snapshot.activeSheet === null
              ? []
              : [snapshot.activeSheet]
            : departmentSheetNames(snapshot);
        const plans: SheetPlan[] = [];
        const lines: Bilingual[] = [];
        for (const name of names) {
          const sheet = snapshot.sheets.find((s) => s.name === name);
          if (!sheet) continue;
          const rolled = planRollover(sheet, {
            existingSheets: [...snapshot.sheetNames, ...plans.map((p) => p.name)],
            existingTables: [...snapshot.tableNames, ...plans.flatMap((p) => p.tables.map((t) => t.name))],
          });
          if (!rolled.ok) {
            lines.push(rolled.message);
            continue;
          }
          plans.push(rolled.plan);
          lines.push(bilingual("rollover.done", { sheet: rolled.sheetName, from: name }));
        }
        if (plans.length === 0) {
          const reason = lines[0] ?? bilingual("rollover.none");
          return { status: "failed", message: reason };
        }
        const notices = printNotices(await applyPlan(context, { sheets: plans }));
        const all = [...lines, ...notices];
        return {
          status: "done",
          summary: { ja: all.map((l) => l.ja).join("\n"), en: all.map((l) => l.en).join("\n") },
        };
      }),
      deps.timeoutMs,
    );
  } catch (error) {
    return { status: "failed", message: describeExcelError(error) };
  }
}
