/**
 * The pane's jobs: the Office.js adapter's use-cases on a request context. Inside Excel that is
 * Excel.run; the browser preview passes the in-memory Excel's run, so both go through the same code.
 */
import { gradeActiveSheet, selectCell, undoLastConversion } from "../excel/jobs/grade";
import { insertDepartmentSheet } from "../excel/jobs/insert";
import { type IsSetSupported, officeIsSetSupported } from "../excel/requirements";
import { type RunBatch, officeRun } from "../excel/run";
import type { PaneJobs } from "./jobs";

export function excelJobs(
  run: RunBatch = officeRun(),
  isSetSupported: IsSetSupported = officeIsSetSupported(),
): PaneJobs {
  return {
    insert: (request) => insertDepartmentSheet(run, isSetSupported, request),
    grade: () => gradeActiveSheet({ run, isSetSupported }),
    undo: () => undoLastConversion({ run, isSetSupported }),
    selectCell: (sheet, address) => selectCell({ run, isSetSupported }, sheet, address),
  };
}
