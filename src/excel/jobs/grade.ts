/**
 * Grade the active sheet, from the pane or the ribbon: one Excel.run, four syncs whatever the number
 * of rows (read the sheet and Tassei's log: 2, the number formats grading reads: 1; write the plan: 1,
 * plus 1 per extra 4 MB chunk), and one more when the grading rewrites formulas, to log their text
 * for undoing. Grading again with nothing to change: the three reads.
 * Undo the last grading and select a problem's cell are the pane's follow-ups.
 */
import {
  type ColumnRoleChange,
  LOG_SHEET_NAME,
  planColumnRole,
  planGrade,
  planUndoLastConversion,
  type GradeResult,
  type GradeRun,
  gradeFormatRanges,
} from "../../core/grade";
import type { GradeOutcome, UndoOutcome } from "../../core/jobs/outcome";
import { type Bilingual, bilingual } from "../../core/messages";
import { parseRangeAddress } from "@tassei/excel-rules";
import { applyPlan } from "../apply";
import { describeExcelError, withTimeout } from "../errors";
import { readFormulaTexts, readNumberFormats, readSnapshot } from "../read";
import { type WorkbookSnapshot, withFormulaTexts, withNumberFormats } from "../../core/workbook/snapshot";
import { REQUIREMENTS, supports, type IsSetSupported } from "../requirements";
import type { RunBatch } from "../run";

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

/** GRADE_READ, then the number formats grading reads: three syncs. */
export async function readForGrading(context: Excel.RequestContext): Promise<WorkbookSnapshot> {
  const snapshot = await readSnapshot(context, GRADE_READ);
  const sheet = snapshot.sheets.find((s) => s.name === snapshot.activeSheet);
  if (!sheet) return snapshot;
  const formats = await readNumberFormats(context, sheet.name, gradeFormatRanges(sheet));
  return withNumberFormats(snapshot, sheet.name, formats);
}

/** Undoing reads the log's rows too: they say what to put back. */
const UNDO_READ = { sheets: "active", include: [LOG_SHEET_NAME], formulas: "presence" } as const;

export interface GradeDeps {
  readonly run: RunBatch;
  readonly isSetSupported: IsSetSupported;
  readonly now?: () => Date;
  readonly timeoutMs?: number;
}

export async function gradeActiveSheet(deps: GradeDeps): Promise<GradeOutcome<GradeResult>> {
  if (!supports(deps.isSetSupported, "core")) {
    return { status: "refused", message: bilingual("insert.error.tooOld", { version: REQUIREMENTS.core.version }) };
  }
  try {
    return await withTimeout(
      deps.run(async (context): Promise<GradeOutcome<GradeResult>> => {
        const now = (deps.now ?? (() => new Date()))();
        const snapshot = await readForGrading(context);
        const graded = await withLoggedFormulas(context, snapshot, (s) => planGrade(s, s.activeSheet ?? "", { now }));
        if (!graded.ok) {
          return { status: graded.reason === "no_tassei_table" ? "no_table" : "refused", message: graded.message };
        }
        await applyPlan(context, graded.plan);
        return { status: "done", result: graded.result };
      }),
      deps.timeoutMs,
    );
  } catch (error) {
    return { status: "failed", message: failureMessage(error) };
  }
}

/**
 * Saves a person's correction of what a hand-made block's column is and grades the sheet again with it:
 * one Excel.run, the same syncs as grading (read 2, write 1: the correction is a custom property).
 */
export async function setColumnRole(deps: GradeDeps, change: ColumnRoleChange): Promise<GradeOutcome<GradeResult>> {
  try {
    return await withTimeout(
      deps.run(async (context): Promise<GradeOutcome<GradeResult>> => {
        const now = (deps.now ?? (() => new Date()))();
        const snapshot = await readSnapshot(context, { sheets: [change.sheet, LOG_SHEET_NAME], formulas: "presence" });
        const graded = await withLoggedFormulas(context, snapshot, (s) => planColumnRole(s, change, { now }));
        if (!graded.ok) return { status: "refused", message: graded.message };
        await applyPlan(context, graded.plan);
        return { status: "done", result: graded.result };
      }),
      deps.timeoutMs,
    );
  } catch (error) {
    return { status: "failed", message: failureMessage(error) };
  }
}

/**
 * Plans, and when the plan rewrites formulas whose text the lean read did not give, reads those (one
 * sync more) and plans again, so the log keeps what undoing needs.
 */
export async function withLoggedFormulas(
  context: Excel.RequestContext,
  snapshot: WorkbookSnapshot,
  plan: (snapshot: WorkbookSnapshot) => GradeRun,
): Promise<GradeRun> {
  const first = plan(snapshot);
  if (!first.ok || !first.formulasToRead || first.formulasToRead.length === 0) return first;
  const texts = await readFormulaTexts(context, first.formulasToRead);
  let completed = snapshot;
  for (const [sheet, cells] of texts) completed = withFormulaTexts(completed, sheet, cells);
  return plan(completed);
}

export async function undoLastConversion(deps: GradeDeps): Promise<UndoOutcome> {
  try {
    return await withTimeout(
      deps.run(async (context): Promise<UndoOutcome> => {
        const snapshot = await readSnapshot(context, UNDO_READ);
        const undo = planUndoLastConversion(snapshot, snapshot.activeSheet ?? "", {
          now: (deps.now ?? (() => new Date()))(),
        });
        if (!undo.ok) return { status: "nothing", message: undo.message };
        await applyPlan(context, undo.plan);
        return { status: "done", restored: undo.restored };
      }),
      deps.timeoutMs,
    );
  } catch (error) {
    return { status: "failed", message: failureMessage(error) };
  }
}

/** Activates a sheet and selects one cell (a problem's), in one sync. */
export async function selectCell(deps: GradeDeps, sheet: string, address: string): Promise<void> {
  const cell = parseRangeAddress(address);
  await withTimeout(
    deps.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRangeByIndexes(cell.row, cell.column, 1, 1).select();
      await context.sync();
    }),
    deps.timeoutMs,
  );
}

/** Excel's error in words; when part of the grading was written, what that means and what to do. */
function failureMessage(error: unknown): Bilingual {
  const reason = describeExcelError(error);
  const partly = typeof error === "object" && error !== null && (error as { partlyApplied?: unknown }).partlyApplied;
  if (!partly) return reason;
  const more = bilingual("ui.grade.partlyWritten");
  return { ja: `${reason.ja}${more.ja}`, en: `${reason.en} ${more.en}` };
}
