/**
 * The Grade job over a whole workbook (the command line's `tassei grade`): every department sheet graded
 * in one plan, with one log batch, by the same steps as grading the active sheet (grade.ts).
 */
import { isDepartmentSheet } from "../consolidate/find-sheets";
import { type SheetOutcome, planGradeSheets } from "../grade";
import { type GradeJobOptions, withLoggedFormulas } from "./grade";
import type { WorkbookPort } from "./port";

export interface GradeSheetsOptions extends GradeJobOptions {
  readonly lowerIsBetter?: "ratio" | "progress";
  /** The file's name, where the workbook is a file: a hand-made sheet's department may be named by it. */
  readonly fileName?: string | null;
}

/** Every department sheet of the workbook graded in one plan; none found is an outcome of its own. */
export type GradeSheetsOutcome =
  | { readonly status: "done"; readonly sheets: readonly { readonly sheet: string; readonly outcome: SheetOutcome }[] }
  | { readonly status: "no_sheet" };

export async function gradeDepartmentSheets(
  port: WorkbookPort,
  options: GradeSheetsOptions,
): Promise<GradeSheetsOutcome> {
  const snapshot = await port.read({ sheets: "all" });
  const names = snapshot.sheets.filter(isDepartmentSheet).map((s) => s.name);
  if (names.length === 0) return { status: "no_sheet" };
  const batch = await withLoggedFormulas(port, snapshot, (s) => planGradeSheets(s, names, options));
  await port.apply(batch.plan);
  return { status: "done", sheets: batch.sheets };
}
