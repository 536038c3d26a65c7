/**
 * Consolidate into this workbook's 全庁サマリー, from the pane: one Excel.run that reads every sheet (where
 * the formulas are, not their text) in 2 syncs, lets the core plan the summary from the ticked department
 * sheets and the files already read, and writes it in 1 more — 3 syncs whether there are 5 or 50 sheets.
 * Source sheets are only read; the plan holds the summary sheet alone.
 */
import {
  SUMMARY_SHEET_NAME,
  findDepartmentSheets,
  planConsolidation,
  type ConsolidationResult,
  type ConsolidationSource,
  type DepartmentSheetCandidate,
} from "../../core/consolidate";
import type { ConsolidateOutcome } from "../../core/jobs/outcome";
import { bilingual } from "../../core/messages";
import { applyPlan, printNotices } from "../apply";
import { describeExcelError, withTimeout } from "../errors";
import { readSnapshot } from "../read";
import { REQUIREMENTS, supports } from "../requirements";
import type { GradeDeps } from "./grade";

const CONSOLIDATE_READ = { sheets: "all", formulas: "presence" } as const;

export interface ConsolidateRequest {
  /** The department sheets of this workbook to include; all found when absent. */
  readonly sheets?: readonly string[];
  /**
   * Department sheets to leave out (unticked in the pane). Everything else found is included, so a sheet
   * added after the pane listed them is not silently missed.
   */
  readonly exclude?: readonly string[];
  /** Files picked in the pane, already read by the .xlsx adapter (or unreadable, with the reason). */
  readonly files: readonly ConsolidationSource[];
  /** Files whose department sheets are also copied into this workbook (ExcelApi 1.13). */
  readonly copy?: readonly SheetCopy[];
  /** The fiscal year to consolidate; the latest found when absent. */
  readonly fiscalYear?: number;
}

/** A picked file's department sheets to copy into this workbook, with the file as base64 (Excel's input). */
export interface SheetCopy {
  readonly fileName: string;
  readonly base64: string;
  readonly sheets: readonly string[];
}

/** What copying the picked files' sheets did: the sheets copied, and those left out because the name is taken. */
interface CopyReport {
  readonly copied: readonly string[];
  readonly skipped: readonly string[];
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
  if ((request.copy ?? []).length > 0 && !supports(deps.isSetSupported, "insertWorksheets")) {
    return {
      status: "refused",
      message: bilingual("ui.consolidate.copyUnsupported", { version: REQUIREMENTS.insertWorksheets.version }),
    };
  }
  try {
    return await withTimeout(
      deps.run(async (context): Promise<ConsolidateOutcome<ConsolidationResult>> => {
        const snapshot = await readSnapshot(context, CONSOLIDATE_READ);
        const thisWorkbook: ConsolidationSource = {
          kind: "this-workbook",
          snapshot,
          ...(request.sheets ? { sheets: request.sheets } : {}),
          ...(request.exclude ? { exclude: request.exclude } : {}),
        };
        const planned = planConsolidation(snapshot, [thisWorkbook, ...request.files], {
          now: (deps.now ?? (() => new Date()))(),
          ...(request.fiscalYear === undefined ? {} : { fiscalYear: request.fiscalYear }),
        });
        if (!planned.ok) return { status: "refused", message: planned.message };
        // Queued before the summary's writes, so the copies travel in the same request: no extra sync.
        const copies = queueCopies(context, snapshot.sheetNames, request.copy ?? []);
        const notices = printNotices(await applyPlan(context, planned.plan));
        return {
          status: "done",
          result: planned.result,
          ...(request.copy ? { copies } : {}),
          ...(notices.length > 0 ? { notices } : {}),
        };
      }),
      deps.timeoutMs,
    );
  } catch (error) {
    return { status: "failed", message: describeExcelError(error) };
  }
}

/**
 * Copies each file's department sheets whose names this workbook (and the copies before) do not use yet:
 * Excel refuses a sheet name twice, and renaming someone's sheet on the way in would hide where it came from.
 */
function queueCopies(
  context: Excel.RequestContext,
  existing: readonly string[],
  copies: readonly SheetCopy[],
): CopyReport {
  const taken = new Set([...existing, SUMMARY_SHEET_NAME].map((name) => name.toLowerCase()));
  const copied: string[] = [];
  const skipped: string[] = [];
  for (const copy of copies) {
    const names = copy.sheets.filter((name) => {
      const free = !taken.has(name.toLowerCase());
      (free ? copied : skipped).push(name);
      taken.add(name.toLowerCase());
      return free;
    });
    if (names.length === 0) continue;
    context.workbook.insertWorksheetsFromBase64(copy.base64, { sheetNamesToInsert: names, positionType: "End" });
  }
  return { copied, skipped };
}
