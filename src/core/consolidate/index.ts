/**
 * The Consolidate job's public face (全庁サマリー, `tassei consolidate`): department sheets and files in,
 * one summary sheet plan and a result out. The pane and the command line call these; adapters apply.
 */
export { SUMMARY_SHEET_NAME, SUMMARY_KEYS, SUMMARY_KIND, isSummarySheet } from "./summary-sheet";
export { findDepartmentSheets, isDepartmentSheet } from "./find-sheets";
export { planConsolidation, planGradedConsolidation } from "./plan-consolidation";
export { sourceGrading } from "./sources";
export { CHART_NAME } from "./layout";
export { departmentCount } from "./aggregate";
export type {
  ConsolidateFailureReason,
  ConsolidateOptions,
  ConsolidatedSource,
  ConsolidationException,
  ConsolidationResult,
  ConsolidationRun,
  ConsolidationSource,
  DepartmentSheetCandidate,
  DepartmentSummary,
  ExceptionKind,
  GoalSummary,
  GroupSummary,
} from "./types";
