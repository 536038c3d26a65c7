/** The inputs and outputs of grading one indicator. */
import type { Decimal } from "../exact/decimal";
import type { Ratio } from "../exact/ratio";
import type { GradableCell } from "./cell";
import type { GradeFlag } from "./flags";
import type { GradingReason, ReasonField } from "./reasons";

/** up: higher is better (増加); down: lower is better (減少); band: keep within (維持・均衡); binary: done or not (実施). */
export type Direction = "up" | "down" | "band" | "binary";

/** ratio: actual ÷ target (target ÷ actual when lower is better); progress: (actual − baseline) ÷ (target − baseline). */
export type RateMethod = "ratio" | "progress";

/** 確定 final, 見込み estimate, 作業中 pending, 未実施 not carried out. */
export type IndicatorStatus = "final" | "estimate" | "pending" | "not_carried_out";

/** A grade entered by hand; the reason is required (a grade without one is reported, not used). */
export interface ManualGrade {
  readonly grade: string;
  readonly reason?: string | null;
}

export interface IndicatorInput {
  readonly target?: GradableCell | null;
  readonly actual?: GradableCell | null;
  readonly baseline?: GradableCell | null;
  /** Default: "binary" when a cell reads as done/not done, "band" when a band is given, else "up". */
  readonly direction?: Direction;
  /** Overrides the city's default method for this indicator. */
  readonly method?: RateMethod;
  /** [min, max] for keep-within indicators; defaults to [target, target]. */
  readonly band?: readonly [Decimal, Decimal] | null;
  readonly status?: IndicatorStatus;
  readonly manual?: ManualGrade | null;
}

/** The city's evaluation rules. */
export interface EvaluationOptions {
  /** How lower-is-better indicators are rated unless they say otherwise. Default "ratio" (target ÷ actual). */
  readonly lowerIsBetter?: RateMethod;
}

/** Which formula produced the rate (or "state" for 未実施, "manual" for a hand-entered grade). */
export type GradingMethod = "ratio" | "inverse_ratio" | "progress" | "band" | "binary" | "manual" | "state";

/** The common shape of every graded thing: an indicator, a goal, a department. */
export interface GradeOutcome {
  /** Exact rate (1 = 100%), or null when there is none. */
  readonly rate: Ratio | null;
  /** The nearest float of `rate`, for display and JSON. */
  readonly rateNumber: number | null;
  /** `rate` in percent to 0.1%, e.g. "99.6%" (see rate-text.ts for the rounding rule). */
  readonly rateText: string | null;
  /** A letter of the scale (or its not-carried-out letter), null when not graded. */
  readonly grade: string | null;
  /** Why there is no grade; null when graded. */
  readonly reason: GradingReason | null;
  /** Which input the reason is about. */
  readonly reasonField: ReasonField | null;
  readonly flags: readonly GradeFlag[];
}

export interface IndicatorResult extends GradeOutcome {
  readonly method: GradingMethod | null;
}
