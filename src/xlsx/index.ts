/**
 * The .xlsx file adapter: Tassei's two verbs (read a snapshot, apply a plan) over workbook files, for the
 * command line and for files picked in the task pane. Bytes in, bytes out: no file system here.
 */
export { readSnapshotFromXlsx, MAX_SNAPSHOT_CELLS } from "./read-snapshot";
export { applyPlanToXlsx } from "./apply-plan";
export { applyPlanInPlace } from "./patch/apply-in-place";
export { emptyWorkbookPackage } from "./patch/empty-workbook";
export { newXlsxWorkbook, loadXlsx, saveXlsx } from "./workbook-io";
export type { XlsxLoadResult } from "./workbook-io";
export type {
  ApplyReport,
  UnsupportedFeature,
  XlsxApplyError,
  XlsxApplyErrorCode,
  XlsxReadFailure,
  XlsxReadFailureReason,
  XlsxReadResult,
} from "./types";
export { pointsToColumnWidth, columnWidthToPoints } from "./units";
