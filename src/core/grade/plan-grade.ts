/**
 * The Grade use-case as pure code: a snapshot in (the sheet to grade and, when it exists, the log
 * sheet), a plan and a result out. Several sheets can be graded in one plan (the command line grades a
 * whole file); their conversions then share one log batch.
 */
import { bilingual } from "../messages";
import type { SheetPlan, WorkbookPlan } from "../workbook/plan";
import type { WorkbookSnapshot } from "../workbook/snapshot";
import { type PlannedConversion } from "./conversion";
import { type RangeRef, parseRangeAddress } from "@tassei/excel-rules";
import { FORMULA_TEXT_UNKNOWN } from "../workbook/snapshot";
import { type Overwrite, gradeSheet } from "./grade-sheet";
import { LOG_SHEET_NAME, type NewLogEntry, type PreviousKind, appendPlan, logState } from "./log-sheet";
import { sameSheetName } from "./sheet-cells";
import { logTime } from "./time";
import type { GradeFailureReason, GradeOptions, GradeResult, GradeRun } from "./types";

export type SheetOutcome = { readonly ok: true; readonly result: GradeResult } | Extract<GradeRun, { ok: false }>;

export interface GradeBatch {
  /** One plan for every sheet graded (and the log). */
  readonly plan: WorkbookPlan;
  /** One outcome per sheet asked for, in the order asked. */
  readonly sheets: readonly { readonly sheet: string; readonly outcome: SheetOutcome }[];
  /**
   * Cells the plan rewrites whose formula text the read did not give (a lean read): the log must keep
   * it for undoing, so the caller reads these and plans again with them (withFormulaTexts).
   */
  readonly formulasToRead: readonly { readonly sheet: string; readonly cells: readonly RangeRef[] }[];
}

export function planGrade(snapshot: WorkbookSnapshot, sheetName: string, options: GradeOptions): GradeRun {
  const batch = planGradeSheets(snapshot, [sheetName], options);
  const outcome = batch.sheets[0]?.outcome;
  if (!outcome) return failure("sheet_missing", sheetName);
  return outcome.ok
    ? { ok: true, plan: batch.plan, result: outcome.result, formulasToRead: batch.formulasToRead }
    : outcome;
}

export function planGradeSheets(
  snapshot: WorkbookSnapshot,
  sheetNames: readonly string[],
  options: GradeOptions,
): GradeBatch {
  const log = logState(snapshot);
  // Every change is logged, for undoing: without a usable log nothing typed is converted.
  const usable = log.kind !== "unusable";
  const mayConvert = () => usable;
  const formulasToRead: { sheet: string; cells: RangeRef[] }[] = [];
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
    entries.push(...graded.overwrites.map((o) => overwriteEntry(time, sheet.name, o)));
    const unknown = graded.overwrites.filter((o) => o.before.formula === FORMULA_TEXT_UNKNOWN);
    if (unknown.length > 0)
      formulasToRead.push({ sheet: sheet.name, cells: unknown.map((o) => parseRangeAddress(o.cell)) });
    // Undo puts back what the log holds: only a grading that logged something can be undone.
    const undoable = usable && graded.conversions.length + graded.overwrites.length > 0;
    return { sheet: name, outcome: { ok: true as const, result: { ...graded.result, undoable } } };
  });
  const logPlan = appendPlan(log, entries);
  // The log first: a write that fails between chunks then never leaves a change without its log row, so
  // 元に戻す can still put back what was written.
  return { plan: { sheets: logPlan ? [logPlan, ...plans] : plans }, sheets, formulasToRead };
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
    previousKind: "文字",
  };
}

function overwriteEntry(time: string, sheet: string, o: Overwrite): NewLogEntry {
  const { formula, value, numberFormat } = o.before;
  return {
    time,
    sheet,
    cell: o.cell,
    original: formula ?? value,
    value: o.after,
    numberFormat: o.numberFormat ?? "",
    previousFormat: numberFormat,
    previousKind: previousKindOf(o),
  };
}

/** What the cell held before, in the log's words. */
function previousKindOf(o: Overwrite): PreviousKind {
  const { formula, value } = o.before;
  if (o.kind === "property") return "プロパティ";
  if (formula !== null) return "数式";
  if (value === null || value === "") return "空白";
  if (typeof value === "number") return "数値";
  if (typeof value === "boolean") return "論理値";
  return "文字";
}
