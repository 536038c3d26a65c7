/**
 * The jobs the pane can run, handed to it as functions: the pane never builds an Excel.run itself.
 * Inside Excel they run through Office.js; in the browser preview, through the in-memory Excel;
 * outside both there are none, and the pane says so.
 */
import type { InsertOutcome } from "../core/jobs/outcome";
import type { InsertRequest } from "../core/insert/request";

export type { InsertOutcome } from "../core/jobs/outcome";

export interface PaneJobs {
  insert(request: InsertRequest): Promise<InsertOutcome>;
}
