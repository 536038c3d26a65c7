/**
 * The Consolidate job, written once against the port: 全庁サマリー planned into the target workbook from its
 * own department sheets (the open workbook in the pane; an existing summary file on the command line) and
 * from sources handed over one by one — the files picked in the pane, or the command line's files, each
 * graded as soon as it is read so that hundreds never sit in memory at once. Sources are only read; the
 * plan holds the summary sheet alone.
 */
import {
  type ConsolidateFailureReason,
  type ConsolidateOptions,
  type ConsolidationResult,
  type ConsolidationSource,
  type DepartmentSheetCandidate,
  findDepartmentSheets,
  planGradedConsolidation,
  sourceGrading,
} from "../consolidate";
import type { Bilingual } from "../messages";
import type { WorkbookPort, WorkbookReader } from "./port";

/** Every sheet, where the formulas are but not their text: grading reads values. */
const CONSOLIDATE_READ = { sheets: "all", formulas: "presence" } as const;

export interface ConsolidateJobRequest {
  /**
   * The target's own department sheets as a source: those named (all found when absent), less those
   * excluded (unticked in the pane: a sheet added after the pane listed them is not silently missed).
   * Null where the target is a new file.
   */
  readonly thisWorkbook: { readonly sheets?: readonly string[]; readonly exclude?: readonly string[] } | null;
  /** Hands over the other sources one by one. */
  readonly eachSource: (add: (source: ConsolidationSource) => void) => Promise<void>;
}

export type ConsolidateJobOutcome =
  | {
      readonly status: "done";
      readonly result: ConsolidationResult;
      readonly notices: readonly Bilingual[];
      /** The target's sheets as read, before the summary: what a copy into it must not name again. */
      readonly sheetNames: readonly string[];
    }
  | { readonly status: "refused"; readonly reason: ConsolidateFailureReason; readonly message: Bilingual };

export async function consolidate(
  port: WorkbookPort,
  request: ConsolidateJobRequest,
  options: ConsolidateOptions,
): Promise<ConsolidateJobOutcome> {
  const snapshot = await port.read(CONSOLIDATE_READ);
  const grading = sourceGrading(options);
  if (request.thisWorkbook !== null) {
    const { sheets, exclude } = request.thisWorkbook;
    grading.add({
      kind: "this-workbook",
      snapshot,
      ...(sheets ? { sheets } : {}),
      ...(exclude ? { exclude } : {}),
    });
  }
  await request.eachSource((source) => grading.add(source));
  const planned = planGradedConsolidation(snapshot, grading.graded(), options);
  if (!planned.ok) return { status: "refused", reason: planned.reason, message: planned.message };
  const notices = await port.apply(planned.plan);
  return { status: "done", result: planned.result, notices, sheetNames: snapshot.sheetNames };
}

/** The target's department sheets, for the pane's tick list. */
export async function listDepartmentSheets(port: WorkbookReader): Promise<DepartmentSheetCandidate[]> {
  return findDepartmentSheets(await port.read(CONSOLIDATE_READ));
}
