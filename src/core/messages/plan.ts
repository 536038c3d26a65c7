import type { MessageSection } from "./types";

/**
 * Texts of a department's plan as entered in the pane — goals, initiatives and indicators, for a new sheet
 * ("plan.…") and for adding to a sheet later ("edit.…") — and of the problems with what was entered.
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

  // Adding to a sheet: why it is refused.
  "edit.refused.notTassei": {
    ja: "シート「{sheet}」は Tassei が作成したシートではないため、変更しません（Tassei は自分で作成したシートにだけ書き込みます）。",
    en: "Sheet “{sheet}” was not made by Tassei, so it is not changed (Tassei writes only to sheets it made).",
  },
  "edit.refused.handMade": {
    ja: "シート「{sheet}」は手作りのシートのため、変更しません。「このシートを評価」の「Tassei 形式に変換」で Tassei のシートを作ってから追加してください。",
    en: "Sheet “{sheet}” was laid out by hand, so it is not changed. Make a Tassei sheet from it first (Grade this sheet › Convert to Tassei's layout), then add to that one.",
  },
  "edit.refused.protected": {
    ja: "シート「{sheet}」は保護されているため、追加できません。「校閲」タブの「シート保護の解除」をしてから、もう一度お試しください。",
    en: "Sheet “{sheet}” is protected, so nothing can be added. Unprotect it (Review › Unprotect Sheet) and try again.",
  },
  "edit.refused.newerLayout": {
    ja: "シート「{sheet}」は新しい版の Tassei で作られているため、この版では変更しません。",
    en: "Sheet “{sheet}” was made by a newer Tassei, so this version does not change it.",
  },
  "edit.refused.noGoalsTable": {
    ja: "シート「{sheet}」には重点目標の表がないため、重点目標や取組を追加できません。",
    en: "Sheet “{sheet}” has no goals table, so no goal or initiative can be added.",
  },
  "edit.refused.noKpiTable": {
    ja: "シート「{sheet}」には指標の表がないため、指標を追加できません。",
    en: "Sheet “{sheet}” has no KPI table, so no indicator can be added.",
  },
  "edit.refused.splitsTable": {
    ja: "行を追加すると表「{table}」が途中で分かれてしまうため、追加しません。表「{table}」をほかの表の下から移動してから、もう一度お試しください。",
    en: "Adding a row would split table “{table}”, so nothing is added. Move “{table}” out from under the other table and try again.",
  },
  "edit.refused.sheetChanged": {
    ja: "作業中のシートが「{expected}」から「{active}」に変わりました。追加先を確かめて、もう一度お試しください。",
    en: "The active sheet changed from “{expected}” to “{active}”. Check where to add and try again.",
  },
  "edit.refused.noSheet": {
    ja: "作業中のシートがありません。",
    en: "There is no active sheet.",
  },
  "edit.error.noGoal": {
    ja: "重点目標 {goal} はこのシートにありません。",
    en: "This sheet has no goal {goal}.",
  },
  "edit.error.untitledGoal": {
    ja: "重点目標 {goal} にはまだ名前がありません。先に重点目標の名前を入力してください。",
    en: "Goal {goal} has no title yet. Enter its title first.",
  },
  "edit.error.initiativeBlank": {
    ja: "{place}: 「{label}」か所管課を入力してください。",
    en: "{place}: enter the initiative ({label}) or its owning section.",
  },

  "edit.error.request": {
    ja: "追加する内容を読み取れません（{path}）。",
    en: "What to add cannot be read ({path}).",
  },
  "edit.error.excel": {
    ja: "Excel が追加できませんでした: {reason}",
    en: "Excel could not add it: {reason}",
  },

  // Adding to a sheet: what was done.
  "edit.done.goal": {
    ja: "重点目標 {goal}「{title}」を追加しました（取組 {initiatives} 件、指標 {indicators} 件）。",
    en: "Added goal {goal} “{title}” ({initiatives} initiatives, {indicators} indicators).",
  },
  "edit.done.initiative": {
    ja: "重点目標 {goal}「{title}」に取組を追加しました。",
    en: "Added an initiative to goal {goal} “{title}”.",
  },
  "edit.done.indicator": {
    ja: "重点目標 {goal} に指標「{name}」を追加しました。",
    en: "Added the indicator “{name}” to goal {goal}.",
  },
} as const satisfies MessageSection;
