/**
 * A department's yearly plan (部長マニフェスト / 運営方針) as the seeds show it: a header, priority goals
 * with their initiatives and owning sections, KPIs with targets and actuals, and multi-year KGIs.
 * Cell contents are kept as written (`"65,000 件"`, `"△53人"`, 0.8): the engine reads them when grading,
 * so nothing typed by a person is lost or reinterpreted on the way in.
 */
import * as z from "zod/mini";

/** A cell's content as a person typed it: text, a number, or nothing. */
export const RawCellSchema = z.union([z.string(), z.number(), z.null()]);
export type RawCell = z.infer<typeof RawCellSchema>;

export const InitiativeSchema = z.object({
  /** 具体的な取組 */
  text: z.string(),
  /** 所管室・課 / 担当課 */
  section: z.string(),
  /** 具体的な取組実績 */
  result: z._default(z.string(), ""),
});
export type Initiative = z.infer<typeof InitiativeSchema>;

export const GoalSchema = z.object({
  /** 重点目標 No. */
  no: z.int().check(z.positive()),
  /** 重点目標 */
  title: z.string().check(z.minLength(1)),
  /** 総合計画 codes, e.g. "目標(5)", "5-2-(1)" */
  masterPlanCodes: z._default(z.array(z.string()), []),
  /** 基本政策 codes, e.g. "64" */
  basicPolicyCodes: z._default(z.array(z.string()), []),
  /** 施策シート codes, e.g. "29-01" */
  measureSheetCodes: z._default(z.array(z.string()), []),
  /** 分野, e.g. "市政運営" */
  field: z._default(z.string(), ""),
  /** 今年度の達成目標 */
  targetStatement: z._default(z.string(), ""),
  initiatives: z._default(z.array(InitiativeSchema), []),
  /** 達成状況 (text) */
  status: z._default(z.string(), ""),
  /** 達成度 entered by hand, overriding the rollup of its KPIs */
  manualGrade: z._default(z.nullable(z.string()), null),
  manualGradeReason: z._default(z.string(), ""),
  /** 総合評価・総括 */
  summary: z._default(z.string(), ""),
  /** 今後検討すべきこと / 課題・今後の方向性 */
  nextSteps: z._default(z.string(), ""),
});
export type Goal = z.infer<typeof GoalSchema>;

export const DirectionSchema = z.enum(["up", "down", "band", "binary"]);
export const MethodSchema = z.enum(["ratio", "progress"]);
export const StatusSchema = z.enum(["final", "estimate", "pending", "not_carried_out"]);

export const IndicatorSchema = z.object({
  /** The goal it measures (重点目標 No.) */
  goalNo: z.int().check(z.positive()),
  /** 指標 */
  name: z.string().check(z.minLength(1)),
  unit: z._default(z.string(), ""),
  direction: z._default(DirectionSchema, "up"),
  method: z._default(MethodSchema, "ratio"),
  /** 基準値 or 前年度実績(参考) */
  baseline: z._default(RawCellSchema, null),
  /** 目標値 */
  target: z._default(RawCellSchema, null),
  /** 実績値 */
  actual: z._default(RawCellSchema, null),
  status: z._default(StatusSchema, "final"),
  /** 達成度 entered by hand (qualitative indicators) and its reason */
  manualGrade: z._default(z.nullable(z.string()), null),
  manualGradeReason: z._default(z.string(), ""),
  weight: z._default(z.number().check(z.nonnegative()), 1),
  note: z._default(z.string(), ""),
  /** 中間実績: the actual as of the sheet's 中間時点, for the mid-year check (中間評価) */
  interimActual: z._default(RawCellSchema, null),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

/** One indicator of the multi-year KGI table (seed 004): values per fiscal year, actual or target. */
export const KgiSchema = z.object({
  name: z.string().check(z.minLength(1)),
  direction: z._default(DirectionSchema, "up"),
  values: z.array(
    z.object({
      fiscalYear: z.int().check(z.gte(1926), z.lte(2100)),
      kind: z.enum(["actual", "target"]),
      value: RawCellSchema,
    }),
  ),
});
export type Kgi = z.infer<typeof KgiSchema>;

/** A head's sign-off (課長確認, 部長確認): who confirmed the sheet and when, as written ("" while not yet). */
export const SignOffSchema = z.object({
  name: z._default(z.string(), ""),
  date: z._default(z.string(), ""),
});
export type SignOff = z.infer<typeof SignOffSchema>;

/** No one has signed off yet. */
export const NO_SIGN_OFFS: { readonly section: SignOff; readonly director: SignOff } = Object.freeze({
  section: Object.freeze({ name: "", date: "" }),
  director: Object.freeze({ name: "", date: "" }),
});

export const DepartmentSchema = z.object({
  /** 部 */
  name: z.string().check(z.trim(), z.minLength(1)),
  /** 部長 */
  head: z._default(z.string(), ""),
  /** 年度 (Western fiscal year, e.g. 2025 for 令和7年度) */
  fiscalYear: z.int().check(z.gte(1989), z.lte(2100)),
  /** 基本方針 / 部長の方針 / 使命 */
  policy: z._default(z.string(), ""),
  goals: z._default(z.array(GoalSchema), []),
  indicators: z._default(z.array(IndicatorSchema), []),
  kgis: z._default(z.array(KgiSchema), []),
  /** The grading scale's preset id */
  scale: z._default(z.string(), "default"),
  /**
   * 課長確認 and 部長確認, as city guidelines ask before grades are published; empty while not signed off,
   * and on a sheet with no place for them (made before Tassei had one, hand-made without the labels).
   */
  signOffs: z._default(z.object({ section: SignOffSchema, director: SignOffSchema }), NO_SIGN_OFFS),
  /**
   * 中間時点: the date of the mid-year check (中間報告), as written ("2026/9/30"); "" while there is none, and on a
   * sheet with no place for it (made before Tassei had one, or without a header block).
   */
  interimDate: z._default(z.string(), ""),
});
export type Department = z.infer<typeof DepartmentSchema>;
export type DepartmentInput = z.input<typeof DepartmentSchema>;
