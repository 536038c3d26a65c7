/**
 * The Grade job, written once against the port: grade the active sheet (the pane, the ribbon), a
 * hand-made block's column corrected, and the last grading undone (every department sheet of a workbook,
 * for the command line, is grade-all.ts: the ribbon's bundle need not carry how sheets are found). Read → plan (core/grade) → apply; when the plan rewrites formulas whose text a lean
 * read left out, that text is read (for the log, so undoing can put it back) and the plan made again.
 */
import {
  type ColumnRoleChange,
  type GradeResult,
  type GradeRun,
  LOG_SHEET_NAME,
  gradeFormatRanges,
  planColumnRole,
  planGrade,
  planUndoLastConversion,
} from "../grade";
import type { GradeBatch } from "../grade/plan-grade";
import { type WorkbookSnapshot, withFormulaTexts, withNumberFormats } from "../workbook/snapshot";
import type { GradeOutcome, UndoOutcome } from "./outcome";
import type { CellsOfSheet, WorkbookPort, WorkbookReader } from "./port";

/**
 * The sheet to grade, with where the formulas are but not their text (on a large sheet the formulas'
 * text would swell the response), its number formats read afterwards where grading needs them
 * (gradeFormatRanges), and Tassei's log without its rows: grading only appends to it.
 */
export const GRADE_READ = {
  sheets: "active",
  include: [LOG_SHEET_NAME],
  formulas: "presence",
  cellsOf: "active",
  numberFormats: "later",
} as const;

/** Undoing reads the log's rows too: they say what to put back. */
const UNDO_READ = { sheets: "active", include: [LOG_SHEET_NAME], formulas: "presence" } as const;

export interface GradeJobOptions {
  readonly now: Date;
}

/** A grading's outcome as a job gives it; Excel's own failures are the adapter's to word. */
export type GradeJobOutcome = Exclude<GradeOutcome<GradeResult>, { readonly status: "failed" }>;

/** GRADE_READ, then the number formats grading reads. */
export async function readForGrading(port: WorkbookReader): Promise<WorkbookSnapshot> {
  const snapshot = await port.read(GRADE_READ);
  const sheet = snapshot.sheets.find((s) => s.name === snapshot.activeSheet);
  if (!sheet) return snapshot;
  const formats = await port.readNumberFormats(sheet.name, gradeFormatRanges(sheet));
  return withNumberFormats(snapshot, sheet.name, formats);
}

export async function gradeActiveSheet(port: WorkbookPort, options: GradeJobOptions): Promise<GradeJobOutcome> {
  const snapshot = await readForGrading(port);
  const graded = await withLoggedFormulas(port, snapshot, (s) => planGrade(s, s.activeSheet ?? "", options));
  if (!graded.ok) {
    return { status: graded.reason === "no_tassei_table" ? "no_table" : "refused", message: graded.message };
  }
  await port.apply(graded.plan);
  return { status: "done", result: graded.result };
}

/** Saves a person's correction of what a hand-made block's column is, and grades the sheet again with it. */
export async function setColumnRole(
  port: WorkbookPort,
  change: ColumnRoleChange,
  options: GradeJobOptions,
): Promise<GradeJobOutcome> {
  const snapshot = await port.read({ sheets: [change.sheet, LOG_SHEET_NAME], formulas: "presence" });
  const graded = await withLoggedFormulas(port, snapshot, (s) => planColumnRole(s, change, options));
  if (!graded.ok) return { status: "refused", message: graded.message };
  await port.apply(graded.plan);
  return { status: "done", result: graded.result };
}

export async function undoLastGrading(port: WorkbookPort, options: GradeJobOptions): Promise<UndoOutcome> {
  const snapshot = await port.read(UNDO_READ);
  const undo = planUndoLastConversion(snapshot, snapshot.activeSheet ?? "", options);
  if (!undo.ok) return { status: "nothing", message: undo.message };
  await port.apply(undo.plan);
  return { status: "done", restored: undo.restored };
}

/**
 * Plans, and when the plan rewrites formulas whose text the lean read did not give, reads those (one
 * read more) and plans again, so the log keeps what undoing needs.
 */
export async function withLoggedFormulas<Run extends GradeRun | GradeBatch>(
  port: WorkbookReader,
  snapshot: WorkbookSnapshot,
  plan: (snapshot: WorkbookSnapshot) => Run,
): Promise<Run> {
  const first = plan(snapshot);
  const toRead: readonly CellsOfSheet[] =
    "ok" in first ? (first.ok ? (first.formulasToRead ?? []) : []) : first.formulasToRead;
  if (toRead.length === 0) return first;
  const texts = await port.readFormulaTexts(toRead);
  let completed = snapshot;
  for (const [sheet, cells] of texts) completed = withFormulaTexts(completed, sheet, cells);
  return plan(completed);
}
