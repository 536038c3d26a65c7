/**
 * The jobs the pane can run, handed to it as functions: the pane never builds an Excel.run itself.
 * Inside Excel they run through Office.js; in the browser preview, through the in-memory Excel;
 * outside both there are none, and the pane says so.
 */
import type { ConsolidationResult, DepartmentSheetCandidate } from "../core/consolidate/types";
import type { ColumnRoleChange, GradeResult } from "../core/grade";
import type {
  ConsolidateOutcome,
  EditOutcome,
  GradeOutcome,
  InsertOutcome,
  JobOutcome,
  OutlineOutcome,
  UndoOutcome,
} from "../core/jobs/outcome";
import type { InsertRequest } from "../core/insert/request";
import type { SheetEditRequest } from "../core/edit/request";

export type { EditOutcome, InsertOutcome, OutlineOutcome } from "../core/jobs/outcome";

export interface PaneJobs {
  insert(request: InsertRequest): Promise<InsertOutcome>;
  /** The active sheet's goals, to add to them (or why the sheet may not be edited). */
  readOutline(): Promise<OutlineOutcome>;
  /** Add a goal, an initiative or an indicator to the active sheet (the one `readOutline` showed). */
  addToSheet(request: SheetEditRequest): Promise<EditOutcome>;
  /** Grade the active sheet. */
  grade(): Promise<GradeOutcome<GradeResult>>;
  /** Save what a column of a hand-made block is, and grade its sheet again with it. */
  setColumnRole(change: ColumnRoleChange): Promise<GradeOutcome<GradeResult>>;
  /** 「Tassei 形式に変換」: a Tassei department sheet made from a hand-made one, on a new sheet. */
  convert(sheet: string): Promise<JobOutcome>;
  /** 次年度作成: next year's sheet of the active department sheet, or of every one, beside them. */
  rollover(scope: "active" | "all"): Promise<JobOutcome>;
  /** Undo the last grading's text→number conversions on the active sheet. */
  undo(): Promise<UndoOutcome>;
  /** Show a cell to the user: activate its sheet and select it. */
  selectCell(sheet: string, address: string): Promise<void>;
  /** Whether this Excel can copy sheets from other workbooks (ExcelApi 1.13: insertWorksheetsFromBase64). */
  readonly canCopySheets: boolean;
  /** The department sheets of this workbook, for the Consolidate tab's tick list. */
  departmentSheets(): Promise<readonly DepartmentSheetCandidate[]>;
  /** Consolidate the ticked sheets and the picked files into this workbook's 全庁サマリー. */
  consolidate(
    request: ConsolidateRequest,
    onProgress?: (progress: FileProgress) => void,
  ): Promise<ConsolidateOutcome<ConsolidationResult>>;
  /**
   * Calls `listener` when a person changes the workbook (not Tassei's own jobs), so a job's result computed
   * from the sheet as it was can be dropped; returns the function that stops listening. Absent where the
   * host cannot tell.
   */
  readonly watchEdits?: (listener: () => void) => () => void;
}

/** A department workbook picked in the pane (a browser File is one). */
export interface PickedFile {
  readonly name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface ConsolidateRequest {
  /** This workbook's department sheets the user unticked; every other one found is consolidated. */
  readonly exclude: readonly string[];
  readonly files: readonly PickedFile[];
  /** Also copy the files' department sheets into this workbook (only where `canCopySheets`). */
  readonly copySheets: boolean;
  /** The one fiscal year to consolidate; the latest found when absent. */
  readonly fiscalYear?: number;
}

/** Where reading one picked file stands (files are read one after another, before Excel is touched). */
export interface FileProgress {
  readonly index: number;
  readonly state: "reading" | "read" | "failed";
}
