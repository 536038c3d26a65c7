/**
 * 次年度作成 from the pane: next year's sheet of the active department sheet, or of every department sheet
 * of the workbook, added beside them. One Excel.run: read (2 syncs), write the new sheets (1, and 1 more
 * when they print one page wide). The source sheets are only read; the decisions are the core's planRollovers.
 */
import { departmentSheetNames } from "../../core/consolidate/find-sheets";
import type { JobOutcome } from "../../core/jobs/outcome";
import { type Bilingual, bilingual } from "../../core/messages";
import { planRollovers } from "../../core/rollover/plan-rollover";
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
        const sheets = names.flatMap((name) => snapshot.sheets.filter((s) => s.name === name));
        const { plans, made, failed } = planRollovers(sheets, {
          existingSheets: snapshot.sheetNames,
          existingTables: snapshot.tableNames,
        });
        const lines: Bilingual[] = [...failed.map((f) => f.message), ...made.map((m) => bilingual("rollover.done", m))];
        if (plans.length === 0) {
          const reason = lines[0] ?? bilingual("rollover.none");
          return { status: "failed", message: reason };
        }
        const notices = printNotices(await applyPlan(context, { sheets: [...plans] }));
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
