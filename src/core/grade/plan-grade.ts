/**
 * The Grade use-case as pure code: a snapshot in (the sheet to grade and, when it exists, the log
 * sheet), a plan and a result out. Several sheets can be graded in one plan (the command line grades a
 * whole file); their conversions then share one log batch.
 */
import { bilingual } from "../messages";
import type { SheetPlan, WorkbookPlan } from "../workbook/plan";
import type { WorkbookSnapshot } from "../workbook/snapshot";
import { type PlannedConversion } from "./conversion";
import { gradeSheet } from "./grade-sheet";
import { LOG_SHEET_NAME, type LogState, type NewLogEntry, appendPlan, logState } from "./log-sheet";
import { a1, cellText, sameSheetName } from "./sheet-cells";
import { logTime } from "./time";
import type { GradeFailureReason, GradeOptions, GradeResult, GradeRun } from "./types";

export type SheetOutcome = { readonly ok: true; readonly result: GradeResult } | Extract<GradeRun, { ok: false }>;

export interface GradeBatch {
  /** One plan for every sheet graded (and the log). */
  readonly plan: WorkbookPlan;
  /** One outcome per sheet asked for, in the order asked. */
  readonly sheets: readonly { readonly sheet: string; readonly outcome: SheetOutcome }[];
}

export function planGrade(snapshot: WorkbookSnapshot, sheetName: string, options: GradeOptions): GradeRun {
  const batch = planGradeSheets(snapshot, [sheetName], options);
  const outcome = batch.sheets[0]?.outcome;
  if (!outcome) return failure("sheet_missing", sheetName);
  return outcome.ok ? { ok: true, plan: batch.plan, result: outcome.result } : outcome;
}

export function planGradeSheets(
  snapshot: WorkbookSnapshot,
  sheetNames: readonly string[],
  options: GradeOptions,
): GradeBatch {
  const log = logState(snapshot);
  const undone = undoneTexts(log);
  const usable = log.kind !== "unusable";
  const mayConvert = (sheet: string, cell: { row: number; column: number; value: unknown }) =>
    usable &&
    (undone.size === 0 ||
      !undone.has(undoneKey(sheet, a1(cell), cellText(typeof cell.value === "string" ? cell.value : null))));
  const plans: SheetPlan[] = [];
  const entries: NewLogEntry[] = [];
  const time = logTime(options.now);
  const sheets = sheetNames.map((name) => {
    const sheet = snapshot.sheets.find((s) => sameSheetName(s.name, name));
    if (!sheet) return { sheet: name, outcome: failure("sheet_missing", name) };
    if (sheet.protected) return { sheet: name, outcome: failure("sheet_protected", sheet.name) };
    if (sameSheetName(sheet.name, LOG_SHEET_NAME))
      return { sheet: name, outcome: failure("no_tassei_table", sheet.name) };
    const graded = gradeSheet(sheet, {
      now: options.now,
      lowerIsBetter: options.lowerIsBetter ?? "ratio",
      mayConvert,
      fileName: options.fileName ?? null,
    });
    if (!graded) return { sheet: name, outcome: failure("no_tassei_table", sheet.name) };
    if (graded.plan) plans.push(graded.plan);
    entries.push(...graded.conversions.map((c) => logEntry(time, sheet.name, c)));
    return { sheet: name, outcome: { ok: true as const, result: graded.result } };
  });
  const logPlan = appendPlan(log, entries);
  return { plan: { sheets: logPlan ? [...plans, logPlan] : plans }, sheets };
}

function failure(reason: GradeFailureReason, sheet: string): Extract<GradeRun, { ok: false }> {
  return { ok: false, reason, message: bilingual(`grade.fail.${reason}`, { sheet }) };
}

function logEntry(time: string, sheet: string, c: PlannedConversion): NewLogEntry {
  return {
    time,
    sheet,
    cell: c.cell,
    original: c.original,
    value: c.value,
    numberFormat: c.numberFormat,
    previousFormat: c.previousFormat,
  };
}

/** A conversion someone undid is not made again while the cell still holds the same text. */
function undoneTexts(log: LogState): Set<string> {
  if (log.kind !== "ours") return new Set();
  return new Set(log.entries.filter((e) => e.undone !== "").map((e) => undoneKey(e.sheet, e.cell, e.original)));
}

function undoneKey(sheet: string, cell: string, text: string): string {
  return JSON.stringify([sheet.toLowerCase(), cell, text]);
}
