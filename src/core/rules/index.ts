/** The grading room's public face: rates, grades and rollups on exact decimals, scales as data. */
export type { BinaryCell, FailedCell, GradableCell, NumberCell } from "./cell";
export { evaluateIndicator, evaluateInterim } from "./evaluate";
export { FLAG, GRADE_FLAGS, type GradeFlag, NO_FLAGS } from "./flags";
export { type GradeTable, gradeTable } from "./grade-table";
export { interimOutcomeMessage, outcomeMessage, reasonMessage } from "./outcome-message";
export {
  DEFAULT_SCALE,
  PRESET_NAMES,
  PRESET_SCALES,
  type PresetName,
  isPresetName,
  presetOrDefault,
  presetScale,
} from "./presets";
export {
  type CalendarDate,
  INTERIM_SHARE_REASONS,
  type InterimRuleJson,
  type InterimShare,
  type InterimShareReason,
  fiscalMonthsGone,
  interimRuleJson,
  interimRuleKey,
  interimShare,
  isCalendarDate,
  scaleWithInterim,
} from "./interim";
export { formatTenths, rateOfText, rateText } from "./rate-text";
export { GRADING_REASONS, type GradingReason, type ReasonField, gradingReasonSchema } from "./reasons";
export { type RollupItem, type RollupMode, type RollupOptions, type RollupResult, rollup } from "./rollup";
export {
  DEFAULT_INTERIM_RULE,
  type Grade,
  type InterimRule,
  type Scale,
  type ScaleJson,
  interimRuleSchema,
  isInterimShare,
  scaleSchema,
} from "./scale";
export { type ScaleError, type ScaleReadResult, scaleErrorsText, scaleFromJson } from "./scale-json";
export type {
  Direction,
  EvaluationOptions,
  GradeOutcome,
  GradingMethod,
  IndicatorInput,
  IndicatorResult,
  IndicatorStatus,
  ManualGrade,
  RateMethod,
} from "./types";
