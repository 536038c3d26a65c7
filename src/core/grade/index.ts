/**
 * The Grade job's public face (「このシートを評価」 and `tassei grade`): a snapshot in, a plan and a
 * result out. The pane and the command line call these; adapters apply the plan.
 */
export { LOG_SHEET_NAME, LOG_COLUMNS } from "./log-sheet";
export { planGrade, planGradeSheets, type GradeBatch, type SheetOutcome } from "./plan-grade";
export { planUndoLastConversion } from "./undo";
export { planColumnRole, type ColumnRoleChange } from "./column-role";
export { gradeWritableArea, type GradeWritableArea } from "./writable";
export { STAMP_KEY } from "./stamp";
export type {
  Conversion,
  GradeFailureReason,
  GradeOptions,
  GradeProblem,
  GradeResult,
  GradeRun,
  GradedGoal,
  GradedIndicator,
  GradedInterim,
  GradedTable,
  InterimResult,
  ReadColumn,
  UndoRun,
} from "./types";
export { gradeFormatRanges } from "./format-needs";
export { interimBasisText } from "./interim-text";
