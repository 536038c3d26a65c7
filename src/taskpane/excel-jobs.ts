/** The pane's jobs inside Excel: the Office.js adapter's use-cases on Excel.run. */
import { gradeActiveSheet, selectCell, undoLastConversion } from "../excel/jobs/grade";
import { insertDepartmentSheet } from "../excel/jobs/insert";
import { officeIsSetSupported } from "../excel/requirements";
import { officeRun } from "../excel/run";
import type { PaneJobs } from "./jobs";

export function excelJobs(): PaneJobs {
  const run = officeRun();
  const isSetSupported = officeIsSetSupported();
  return {
    insert: (request) => insertDepartmentSheet(run, isSetSupported, request),
    grade: () => gradeActiveSheet({ run, isSetSupported }),
    undo: () => undoLastConversion({ run, isSetSupported }),
    selectCell: (sheet, address) => selectCell({ run, isSetSupported }, sheet, address),
  };
}
