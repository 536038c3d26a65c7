/**
 * Grade the active sheet, from the pane or the ribbon: the core's Grade job (core/jobs/grade.ts) in one
 * Excel.run, four syncs whatever the number of rows (read the sheet and Tassei's log: 2, the number
 * formats grading reads: 1; write the plan: 1, plus 1 per extra 4 MB chunk), and one more when the
 * grading rewrites formulas, to log their text for undoing. Grading again with nothing to change: the
 * three reads. Undo the last grading and select a problem's cell are the pane's follow-ups.
 */
import * as jobs from "../../core/jobs/grade";
import type { ColumnRoleChange, GradeResult } from "../../core/grade";
import type { GradeOutcome, UndoOutcome } from "../../core/jobs/outcome";
import { type Bilingual, bilingual } from "../../core/messages";
import { parseRangeAddress } from "@tassei/excel-rules";
import { describeExcelError, withTimeout } from "../errors";
import { officeJsPort } from "../port";
import { REQUIREMENTS, supports, type IsSetSupported } from "../requirements";
import type { RunBatch } from "../run";

export interface GradeDeps {
  readonly run: RunBatch;
  readonly isSetSupported: IsSetSupported;
  readonly now?: () => Date;
  readonly timeoutMs?: number;
}

function now(deps: GradeDeps): Date {
  return (deps.now ?? (() => new Date()))();
}

export async function gradeActiveSheet(deps: GradeDeps): Promise<GradeOutcome<GradeResult>> {
  if (!supports(deps.isSetSupported, "core")) {
    return { status: "refused", message: bilingual("insert.error.tooOld", { version: REQUIREMENTS.core.version }) };
  }
  try {
    return await withTimeout(
      deps.run((context) => jobs.gradeActiveSheet(officeJsPort(context), { now: now(deps) })),
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
      deps.run((context) => jobs.setColumnRole(officeJsPort(context), change, { now: now(deps) })),
      deps.timeoutMs,
    );
  } catch (error) {
    return { status: "failed", message: failureMessage(error) };
  }
}

export async function undoLastConversion(deps: GradeDeps): Promise<UndoOutcome> {
  try {
    return await withTimeout(
      deps.run((context) => jobs.undoLastGrading(officeJsPort(context), { now: now(deps) })),
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
