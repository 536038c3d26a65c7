/**
 * The jobs the pane can run, handed to it as functions: the pane never builds an Excel.run itself.
 * Inside Excel they run through Office.js; in the browser preview, through the in-memory Excel;
 * outside both there are none, and the pane says so.
 */
import type { GradeResult } from "../core/grade";
import type { GradeOutcome, InsertOutcome, UndoOutcome } from "../core/jobs/outcome";
import type { InsertRequest } from "../core/insert/request";

export type { InsertOutcome } from "../core/jobs/outcome";

export interface PaneJobs {
  insert(request: InsertRequest): Promise<InsertOutcome>;
  /** Grade the active sheet. */
  grade(): Promise<GradeOutcome<GradeResult>>;
  /** Undo the last grading's text→number conversions on the active sheet. */
  undo(): Promise<UndoOutcome>;
  /** Show a cell to the user: activate its sheet and select it. */
  selectCell(sheet: string, address: string): Promise<void>;
}
