/**
 * A department's yearly plan (部長マニフェスト / 運営方針) as the seeds show it: a header, priority goals
 * with their initiatives and owning sections, KPIs with targets and actuals, and multi-year KGIs.
 * Cell contents are kept as written (`"65,000 件"`, `"△53人"`, 0.8): the engine reads them when grading,
 * so nothing typed by a person is lost or reinterpreted on the way in.
 */
import { z } from "zod";

/** A cell's content as a person typed it: text, a number, or nothing. */
export const RawCellSchema = z.union([z.string(), z.number(), z.null()]);
export type RawCell = z.infer<typeof RawCellSchema>;

export const InitiativeSchema = z.object({
  /** 具体的な取組 */
  text: z.string(),
  /** 所管室・課 / 担当課 */
  section: z.string(),
  /** 具体的な取組実績 */
  result: z.string().default(""),
});
export type Initiative = z.infer<typeof InitiativeSchema>;

export const GoalSchema = z.object({
  /** 重点目標 No. */
  no: z.number().int().positive(),
  /** 重点目標 */
  title: z.string().min(1),
  /** 総合計画 codes, e.g. "目標(5)", "5-2-(1)" */
  masterPlanCodes: z.array(z.string()).default([]),
  /** 基本政策 codes, e.g. "64" */
  basicPolicyCodes: z.array(z.string()).default([]),
  /** 施策シート codes, e.g. "29-01" */
  measureSheetCodes: z.array(z.string()).default([]),
  /** 分野, e.g. "市政運営" */
  field: z.string().default(""),
  /** 今年度の達成目標 */
  targetStatement: z.string().default(""),
  initiatives: z.array(InitiativeSchema).default([]),
  /** 達成状況 (text) */
  status: z.string().default(""),
  /** 達成度 entered by hand, overriding the rollup of its KPIs */
  manualGrade: z.string().nullable().default(null),
  manualGradeReason: z.string().default(""),
  /** 総合評価・総括 */
  summary: z.string().default(""),
  /** 今後検討すべきこと / 課題・今後の方向性 */
  nextSteps: z.string().default(""),
});
export type Goal = z.infer<typeof GoalSchema>;

export const DirectionSchema = z.enum(["up", "down", "band", "binary"]);
export const MethodSchema = z.enum(["ratio", "progress"]);
export const StatusSchema = z.enum(["final", "estimate", "pending", "not_carried_out"]);

export const IndicatorSchema = z.object({
  /** The goal it measures (重点目標 No.) */
  goalNo: z.number().int().positive(),
  /** 指標 */
  name: z.string().min(1),
  unit: z.string().default(""),
  direction: DirectionSchema.default("up"),
  method: MethodSchema.default("ratio"),
  /** 基準値 or 前年度実績(参考) */
  baseline: RawCellSchema.default(null),
  /** 目標値 */
  target: RawCellSchema.default(null),
  /** 実績値 */
  actual: RawCellSchema.default(null),
  status: StatusSchema.default("final"),
  /** 達成度 entered by hand (qualitative indicators) and its reason */
  manualGrade: z.string().nullable().default(null),
  manualGradeReason: z.string().default(""),
  weight: z.number().nonnegative().default(1),
  note: z.string().default(""),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

/** One indicator of the multi-year KGI table (seed 004): values per fiscal year, actual or target. */
export const KgiSchema = z.object({
  name: z.string().min(1),
  direction: DirectionSchema.default("up"),
  values: z.array(
    z.object({
      fiscalYear: z.number().int().min(1926).max(2100),
      kind: z.enum(["actual", "target"]),
      value: RawCellSchema,
    }),
  ),
});
export type Kgi = z.infer<typeof KgiSchema>;

export const DepartmentSchema = z.object({
  /** 部 */
  name: z.string().trim().min(1),
  /** 部長 */
  head: z.string().default(""),
  /** 年度 (Western fiscal year, e.g. 2025 for 令和7年度) */
  fiscalYear: z.number().int().min(1989).max(2100),
  /** 基本方針 / 部長の方針 / 使命 */
  policy: z.string().default(""),
  goals: z.array(GoalSchema).default([]),
  indicators: z.array(IndicatorSchema).default([]),
  kgis: z.array(KgiSchema).default([]),
  /** The grading scale's preset id */
  scale: z.string().default("default"),
});
export type Department = z.infer<typeof DepartmentSchema>;
export type DepartmentInput = z.input<typeof DepartmentSchema>;
