/**
 * Consolidate into this workbook's 全庁サマリー, from the pane: the core's job (core/jobs/consolidate.ts)
 * in one Excel.run that reads every sheet (where the formulas are, not their text) in 2 syncs, plans the
 * summary from the ticked department sheets and the files already read, and writes it in 1 more — 3
 * syncs whether there are 5 or 50 sheets (one more when the summary prints one page wide). Sheets copied
 * from picked files follow, one request per file: copying is Excel's alone.
 */
import { nameKey } from "@tassei/excel-rules";
import {
  SUMMARY_SHEET_NAME,
  type ConsolidationResult,
  type ConsolidationSource,
  type DepartmentSheetCandidate,
} from "../../core/consolidate";
import * as jobs from "../../core/jobs/consolidate";
import type { ConsolidateOutcome, CopyReport } from "../../core/jobs/outcome";
import { type Bilingual, bilingual } from "../../core/messages";
import { describeExcelError, withTimeout } from "../errors";
import { insertWorksheetsFromBase64 } from "../newer-api";
import { PAYLOAD_BUDGET_BYTES, WRITE_OVERHEAD_BYTES } from "../payload";
import { officeJsPort } from "../port";
import { REQUIREMENTS, supports } from "../requirements";
import type { GradeDeps } from "./grade";

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

/** The department sheets of this workbook, for the pane's tick list. */
export async function listDepartmentSheets(deps: GradeDeps): Promise<DepartmentSheetCandidate[]> {
  return withTimeout(
    deps.run((context) => jobs.listDepartmentSheets(officeJsPort(context))),
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
        const planned = await jobs.consolidate(
          officeJsPort(context),
          {
            thisWorkbook: {
              ...(request.sheets ? { sheets: request.sheets } : {}),
              ...(request.exclude ? { exclude: request.exclude } : {}),
            },
            eachSource: async (add) => request.files.forEach(add),
          },
          {
            now: (deps.now ?? (() => new Date()))(),
            ...(request.fiscalYear === undefined ? {} : { fiscalYear: request.fiscalYear }),
          },
        );
        if (planned.status === "refused") return { status: "refused", message: planned.message };
        const { result, notices, sheetNames } = planned;
        // After the summary has landed, one request per file: a file Excel refuses loses only itself.
        const copies = await copySheets(context, sheetNames, request.copy ?? []);
        return {
          status: "done",
          result,
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
 * Each file goes in a request of its own, its base64 counted against the request budget: Excel on the web
 * refuses requests over 5 MB, and sheets holding charts, comments, PivotTables or slicers (UnsupportedFeature).
 */
async function copySheets(
  context: Excel.RequestContext,
  existing: readonly string[],
  copies: readonly SheetCopy[],
): Promise<CopyReport> {
  const taken = new Set([...existing, SUMMARY_SHEET_NAME].map(nameKey));
  const copied: string[] = [];
  const skipped: string[] = [];
  const failed: { fileName: string; sheets: string[]; reason: Bilingual }[] = [];
  for (const copy of copies) {
    const names = copy.sheets.filter((name) => {
      const free = !taken.has(nameKey(name));
      if (!free) skipped.push(name);
      return free;
    });
    if (names.length === 0) continue;
    const bytes = copy.base64.length + WRITE_OVERHEAD_BYTES;
    if (bytes > PAYLOAD_BUDGET_BYTES) {
      const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);
      const reason = bilingual("ui.consolidate.copyTooLarge", { size: mb(bytes), limit: mb(PAYLOAD_BUDGET_BYTES) });
      failed.push({ fileName: copy.fileName, sheets: names, reason });
      continue;
    }
    insertWorksheetsFromBase64(context.workbook, copy.base64, names);
    try {
      // One request per file, by design: two files together could pass the 5 MB limit, and a file Excel
      // refuses must not take the others (or the summary) with it.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      copied.push(...names);
      for (const name of names) taken.add(nameKey(name));
    } catch (error) {
      failed.push({ fileName: copy.fileName, sheets: names, reason: copyFailure(error) });
    }
  }
  return { copied, skipped, failed };
}

function copyFailure(error: unknown): Bilingual {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "UnsupportedFeature" ? bilingual("ui.consolidate.copyUnsupportedContent") : describeExcelError(error);
}
