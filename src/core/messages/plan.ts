import type { MessageSection } from "./types";

/**
 * Texts of a department's plan as entered in the pane — goals, initiatives and indicators, for a new sheet
 * and for adding to a sheet later — and of the problems with what was entered. Keys are "plan.…".
 */
export const planMessages = {
  // Fields, as the form labels them and the problems name them.
  "plan.goal.title": { ja: "重点目標", en: "Goal" },
  "plan.goal.field": { ja: "分野", en: "Policy field" },
  "plan.goal.masterPlanCodes": { ja: "総合計画", en: "Master plan (総合計画)" },
  "plan.goal.basicPolicyCodes": { ja: "基本政策", en: "Basic policy (基本政策)" },
  "plan.goal.measureSheetCodes": { ja: "施策シート", en: "Measure sheet (施策シート)" },
  "plan.goal.targetStatement": { ja: "今年度の達成目標", en: "This year's target" },
  "plan.initiative.text": { ja: "具体的な取組", en: "Initiative" },
  "plan.initiative.section": { ja: "所管課", en: "Owning section" },
  "plan.indicator.name": { ja: "指標", en: "Indicator" },
  "plan.indicator.unit": { ja: "単位", en: "Unit" },
  "plan.indicator.direction": { ja: "方向", en: "Direction" },
  "plan.indicator.method": { ja: "算定方法", en: "Method" },
  "plan.indicator.baseline": { ja: "基準値", en: "Baseline" },
  "plan.indicator.target": { ja: "目標値", en: "Target" },
  "plan.indicator.weight": { ja: "ウェイト", en: "Weight" },

  // Where a problem is.
  "plan.place.goal": { ja: "重点目標 {goal}", en: "Goal {goal}" },
  "plan.place.initiative": { ja: "{place} の取組 {row}", en: "{place}, initiative {row}" },
  "plan.place.indicator": { ja: "{place} の指標 {row}", en: "{place}, indicator {row}" },

  // Problems with what was entered.
  "plan.error.goalTitle": {
    ja: "{place}: 「{label}」（目標の名前）を入力してください。不要な重点目標は削除してください。",
    en: "{place}: enter the goal's title ({label}), or remove the goal if it is not needed.",
  },
  "plan.error.indicatorName": {
    ja: "{place}: 「{label}」（指標の名前）を入力してください。",
    en: "{place}: enter the indicator's name ({label}).",
  },
  "plan.error.weight": {
    ja: "{place}: 「{label}」の「{value}」は 0 以上の数で入力してください（空欄は 1）。",
    en: "{place}: {label} “{value}” must be a number of 0 or more (blank means 1).",
  },
  "plan.error.tooLong": {
    ja: "{place}: 「{label}」が長すぎます（{length} 文字。{max} 文字まで）。",
    en: "{place}: {label} is too long ({length} characters; at most {max}).",
  },
  "plan.error.invalid": {
    ja: "{place}: 「{label}」の入力を読み取れません。",
    en: "{place}: what was entered in {label} cannot be read.",
  },
  "plan.error.tooManyGoals": {
    ja: "重点目標は {max} 件までです（{count} 件あります）。",
    en: "A plan has at most {max} goals ({count} entered).",
  },
} as const satisfies MessageSection;
