/**
 * The 次年度作成 job, written once against the port: next year's sheet of department sheets, read from
 * one workbook and written into another — the same one in the pane (each right after its source), a new file on the
 * command line. The sources are only read; the decisions are planRollovers'.
 */
import { departmentSheetNames } from "../consolidate/find-sheets";
import type { Bilingual } from "../messages";
import { existingDepartmentSheets, planRollovers } from "../rollover/plan-rollover";
import type { WorkbookPort, WorkbookReader } from "./port";

export interface RolloverJobRequest {
  /** The active sheet, or every department sheet of the source. */
  readonly scope: "active" | "all";
  /** The new fiscal year; each source's next year by default. */
  readonly fiscalYear?: number;
  /** The source's file name, where it is a file (a hand-made sheet's department may be named by it). */
  readonly fileName?: string | null;
}

export interface RolloverJobOutcome {
  /** The sheets made, each from its source. */
  readonly made: readonly { readonly from: string; readonly sheet: string }[];
  /** The sheets that could not be rolled over, with the reason; the others are written. */
  readonly failed: readonly { readonly sheet: string; readonly message: Bilingual }[];
  /** What landed but not as planned (printing not set one page wide…). */
  readonly notices: readonly Bilingual[];
}

export async function rolloverSheets(
  source: WorkbookReader,
  target: WorkbookPort,
  request: RolloverJobRequest,
): Promise<RolloverJobOutcome> {
  // The active sheet's cells, or every sheet's; either way every sheet's metadata, to know which departments
  // and years the workbook has already.
  const snapshot = await source.read({
    sheets: "all",
    formulas: "presence",
    ...(request.scope === "active" ? { cellsOf: "active" as const } : {}),
  });
  const names =
    request.scope === "active"
      ? snapshot.activeSheet === null
        ? []
        : [snapshot.activeSheet]
      : departmentSheetNames(snapshot);
  const sheets = names.flatMap((name) => snapshot.sheets.filter((s) => s.name === name));
  // Into the same workbook: its sheets are the snapshot's; into another (a new file), that workbook's.
  const into = source === target ? snapshot : await target.read({ sheets: [] });
  const { plans, made, failed } = planRollovers(sheets, {
    existingSheets: into.sheetNames,
    existingTables: into.tableNames,
    existingDepartments: existingDepartmentSheets(into),
    // Into the same workbook, each new sheet goes beside its source (the pane says so).
    ...(source === target ? { sheetOrder: snapshot.sheetNames } : {}),
    ...(request.fiscalYear === undefined ? {} : { fiscalYear: request.fiscalYear }),
    ...(request.fileName === undefined ? {} : { fileName: request.fileName }),
  });
  const notices = plans.length > 0 ? await target.apply({ sheets: [...plans] }) : [];
  return { made, failed, notices };
}
