/**
 * Starts the preview's workbook: an in-memory Excel (HyperFormula calculating) with the five seed
 * departments applied through the Office.js adapter's applyPlan, exactly as the Insert job writes a
 * sheet, and the pane's jobs on the same Excel through the same adapter code as inside Excel.
 */
import { applyPlan } from "../../excel/apply";
import type { RunBatch } from "../../excel/run";
import { excelJobs } from "../../taskpane/excel-jobs";
import type { PaneJobs } from "../../taskpane/jobs";
import { type InMemoryExcel, type InMemoryExcelOptions, createInMemoryExcel } from "../index";
import { handMadeSheetPlan } from "../../samples/hand-made";
import { sampleWorkbookPlan } from "../../samples/workbook";
import { PreviewWorkbook } from "./grid/preview-workbook";
import { previewIsSetSupported } from "./requirements";

export interface PreviewSession {
  readonly excel: InMemoryExcel;
  readonly workbook: PreviewWorkbook;
  readonly jobs: PaneJobs;
}

/**
 * The pane's jobs on the in-memory Excel; like officeRun, they wait while the user edits a cell. A person's
 * edits are the grid's (Office.js's change event is not modelled).
 */
export function previewJobs(excel: InMemoryExcel, workbook?: PreviewWorkbook): PaneJobs {
  const run: RunBatch = (batch) => excel.run({ delayForCellEdit: true }, batch);
  return excelJobs(run, previewIsSetSupported, workbook?.onUserEdit ?? (() => () => undefined));
}

export async function bootPreview(options: InMemoryExcelOptions = {}): Promise<PreviewSession> {
  const excel = createInMemoryExcel({ sheets: [], ...options });
  await excel.run(async (context) => {
    const seeds = sampleWorkbookPlan();
    // The seeds as Tassei's sheets, then one laid out by hand, so both kinds can be tried.
    await applyPlan(context, { sheets: [...seeds.sheets, handMadeSheetPlan()] });
  });
  const workbook = new PreviewWorkbook(excel);
  return { excel, workbook, jobs: previewJobs(excel, workbook) };
}
