/**
 * The priority goals table (重点目標表) of a department sheet: one Excel table, one row per initiative
 * (具体的な取組). A goal's own columns are repeated on every row of that goal, so filtering and sorting
 * the table never separate an initiative from its goal; a goal without initiatives has one row with
 * the initiative columns blank.
 *
 * 取組No. numbers a goal's initiatives (1, 2 …). It is not in the seeds, but without it a sorted table
 * could not be read back in the planned order, and an initiative whose cells are all blank could not be
 * told from "no initiative".
 */
export type GoalColumnKey =
  | "no"
  | "title"
  | "masterPlanCodes"
  | "basicPolicyCodes"
  | "measureSheetCodes"
  | "field"
  | "targetStatement"
  | "initiativeNo"
  | "initiative"
  | "section"
  | "result"
  | "status"
  | "grade"
  | "gradeReason"
  | "summary"
  | "nextSteps"
  | "interimGrade";

/** "goal": the same on every row of a goal; "initiative": one initiative's own. */
export type GoalColumnScope = "goal" | "initiative";

export interface GoalColumn {
  readonly key: GoalColumnKey;
  readonly header: string;
  /** Column width in points. */
  readonly width: number;
  readonly scope: GoalColumnScope;
  /** Long text: wrapped. */
  readonly prose: boolean;
}

export const GOAL_COLUMNS: readonly GoalColumn[] = [
  { key: "no", header: "重点目標 No.", width: 54, scope: "goal", prose: false },
  { key: "title", header: "重点目標", width: 220, scope: "goal", prose: true },
  { key: "masterPlanCodes", header: "総合計画", width: 66, scope: "goal", prose: true },
  { key: "basicPolicyCodes", header: "基本政策", width: 54, scope: "goal", prose: true },
  { key: "measureSheetCodes", header: "施策シート", width: 60, scope: "goal", prose: true },
  { key: "field", header: "分野", width: 80, scope: "goal", prose: true },
  { key: "targetStatement", header: "今年度の達成目標", width: 200, scope: "goal", prose: true },
  { key: "initiativeNo", header: "取組No.", width: 42, scope: "initiative", prose: false },
  { key: "initiative", header: "具体的な取組", width: 200, scope: "initiative", prose: true },
  { key: "section", header: "所管課", width: 72, scope: "initiative", prose: true },
  { key: "result", header: "具体的な取組実績", width: 160, scope: "initiative", prose: true },
  { key: "status", header: "達成状況", width: 160, scope: "goal", prose: true },
  { key: "grade", header: "達成度", width: 48, scope: "goal", prose: false },
  { key: "gradeReason", header: "評価理由", width: 140, scope: "goal", prose: true },
  { key: "summary", header: "総合評価・総括", width: 160, scope: "goal", prose: true },
  { key: "nextSteps", header: "今後検討すべきこと", width: 160, scope: "goal", prose: true },
  // The mid-year check (#18), grading's like 達成度: last, so the goals table stays as wide as the KPI table
  // (which gains 中間実績 and 中間評価) and is still stacked above it, every earlier column where it was.
  { key: "interimGrade", header: "中間評価", width: 60, scope: "goal", prose: false },
];

/** Columns grading writes: a formula there is Tassei's, never a person's text (達成度 takes typed hand grades too). */
export const GOAL_COMPUTED_KEYS: readonly GoalColumnKey[] = ["grade", "interimGrade"];

/** The goals' columns grading writes, by header: 達成度 and 中間評価 (what the metadata lists as owned). */
export function goalOwnedHeaders(): string[] {
  return GOAL_COMPUTED_KEYS.map((key) => GOAL_COLUMNS.find((c) => c.key === key)?.header ?? key);
}

/** The headers that identify a goals table, wherever it is. */
export const GOAL_SIGNATURE_HEADERS = ["重点目標 No.", "重点目標"] as const;

/** The code columns, whose cells hold a list of codes. */
export const GOAL_CODE_KEYS = ["masterPlanCodes", "basicPolicyCodes", "measureSheetCodes"] as const;
export type GoalCodeKey = (typeof GOAL_CODE_KEYS)[number];

export function goalColumnIndex(key: GoalColumnKey): number {
  const index = GOAL_COLUMNS.findIndex((c) => c.key === key);
  if (index < 0) throw new Error(`unknown goal column ${key}`);
  return index;
}

/**
 * Codes are written one per line; read back, a line break or a list separator (、 , ，) separates them,
 * so "26, 64" typed by a person reads as two codes.
 */
const CODE_SEPARATORS = /[\r\n、,，]+/;

export function joinCodes(codes: readonly string[]): string {
  return codes.join("\n");
}

export function splitCodes(text: string): string[] {
  return text
    .split(CODE_SEPARATORS)
    .map((code) => code.trim())
    .filter((code) => code !== "");
}
