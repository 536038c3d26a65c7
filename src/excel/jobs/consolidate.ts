/**
 * Consolidate into this workbook's 全庁サマリー, from the pane: one Excel.run that reads every sheet (where
 * the formulas are, not their text) in 2 syncs, lets the core plan the summary from the ticked department
 * sheets and the files already read, and writes it in 1 more — 3 syncs whether there are 5 or 50 sheets.
 * Source sheets are only read; the plan holds the summary sheet alone.
 */
import {
  findDepartmentSheets,
  planConsolidation,
  type ConsolidationResult,
  type ConsolidationSource,
  type DepartmentSheetCandidate,
} from "../../core/consolidate";
import type { ConsolidateOutcome } from "../../core/jobs/outcome";
import { bilingual } from "../../core/messages";
import { applyPlan } from "../apply";
import { describeExcelError, withTimeout } from "../errors";
import { readSnapshot } from "../read";
import { REQUIREMENTS, supports } from "../requirements";
import type { GradeDeps } from "./grade";

export const CONSOLIDATE_READ = { sheets: "all", formulas: "presence" } as const;

export interface ConsolidateRequest {
  /** The department sheets of this workbook to include (ticked in the pane); all found when absent. */
  readonly sheets?: readonly string[];
  /** Files picked in the pane, already read by the .xlsx adapter (or unreadable, with the reason). */
  readonly files: readonly ConsolidationSource[];
}

/** The department sheets of this workbook, for the pane's tick list. */
export async function listDepartmentSheets(deps: GradeDeps): Promise<DepartmentSheetCandidate[]> {
  return withTimeout(
    deps.run(async (context) => findDepartmentSheets(await readSnapshot(context, CONSOLIDATE_READ))),
    deps.timeoutMs,
  );
}

export async function consolidateIntoWorkbook(
  deps: GradeDeps,
  request: ConsolidateRequest,
): Promise<ConsolidateOutcome<ConsolidationResult>> {
  if (!supports(deps.isSetSupported, "core")) {
    return { status: "refused", message: bilingual("insert.error.tooOld", { version: REQUIREMENTS.core.version }) };
  }
  try {
    return await withTimeout(
      deps.run(async (context): Promise<ConsolidateOutcome<ConsolidationResult>> => {
        const snapshot = await readSnapshot(context, CONSOLIDATE_READ);
        const thisWorkbook: ConsolidationSource = {
          kind: "this-workbook",
          snapshot,
          ...(request.sheets ? { sheets: request.sheets } : {}),
        };
        const planned = planConsolidation(snapshot, [thisWorkbook, ...request.files], {
          now: (deps.now ?? (() => new Date()))(),
        });
        if (!planned.ok) return { status: "refused", message: planned.message };
        await applyPlan(context, planned.plan);
        return { status: "done", result: planned.result };
      }),
      deps.timeoutMs,
    );
  } catch (error) {
    return { status: "failed", message: describeExcelError(error) };
  }
}
