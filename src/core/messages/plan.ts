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

  // The pane's plan editor.
  "plan.start": { ja: "作成元", en: "Start from" },
  "plan.start.empty": { ja: "空の計画", en: "An empty plan" },
  "plan.start.sample": { ja: "{city} {department}（{year}）", en: "{city} {department} ({year})" },
  "plan.start.apply": { ja: "この内容で始める", en: "Use this" },
  "plan.start.hint": {
    ja: "市の計画の様式を、部・基本方針・重点目標・取組・指標ごと読み込みます。入力中の内容は置き換わります。",
    en: "Loads a city's plan — department, policy, goals, initiatives and indicators — as a starting point. What is entered now is replaced.",
  },
  "plan.start.loaded": {
    ja: "「{name}」を読み込みました（重点目標 {goals} 件）。",
    en: "Loaded “{name}” ({goals} goals).",
  },
  "plan.start.emptied": { ja: "空の計画にしました。", en: "The plan is empty again." },
  "plan.start.kgis": {
    ja: "複数年度の指標（KGI）{count} 件も、そのまま作成します。",
    en: "Its {count} multi-year indicators (KGI) are made as they are, too.",
  },
  "plan.policy": { ja: "基本方針", en: "Policy (基本方針)" },
  "plan.goals": { ja: "重点目標", en: "Priority goals" },
  "plan.goals.hint": {
    ja: "重点目標の名前を入れずに作成すると、番号だけの行を重点目標の数だけ作ります（Excel で入力できます）。",
    en: "Created without titles, the sheet gets a numbered empty row per goal, to fill in Excel.",
  },
  "plan.goal.heading": { ja: "重点目標 {goal}", en: "Goal {goal}" },
  "plan.goal.untitled": { ja: "（名前なし）", en: "(untitled)" },
  "plan.goal.counts": {
    ja: "取組 {initiatives}・指標 {indicators}",
    en: "{initiatives} initiatives · {indicators} indicators",
  },
  "plan.goal.add": { ja: "重点目標を追加", en: "Add a goal" },
  "plan.goal.expandAll": { ja: "すべて開く", en: "Expand all" },
  "plan.goal.collapseAll": { ja: "すべて閉じる", en: "Collapse all" },
  "plan.codes.hint": {
    ja: "総合計画・基本政策・施策シートのコードが複数あるときは「、」で区切ります。",
    en: "Separate several master plan, basic policy or measure sheet codes with 、 or a comma.",
  },
  "plan.initiatives": { ja: "具体的な取組", en: "Initiatives" },
  "plan.initiative.add": { ja: "取組を追加", en: "Add an initiative" },
  "plan.indicators": { ja: "指標", en: "Indicators" },
  "plan.indicator.add": { ja: "指標を追加", en: "Add an indicator" },
  "plan.value.hint": {
    ja: "「65,000 件」のように単位付きでも入力できます。",
    en: "Units may be typed with the value, e.g. 65,000 件.",
  },
  "plan.weight.hint": { ja: "空欄は 1", en: "Blank means 1" },
  "plan.direction.up": { ja: "増加（高いほど良い）", en: "Up (higher is better)" },
  "plan.direction.down": { ja: "減少（低いほど良い）", en: "Down (lower is better)" },
  "plan.direction.band": { ja: "維持（目標の値を保つ）", en: "Hold (keep at the target)" },
  "plan.direction.binary": { ja: "実施（実施・未実施）", en: "Done or not done" },
  "plan.method.ratio": { ja: "比率（実績 ÷ 目標）", en: "Ratio (actual ÷ target)" },
  "plan.method.progress": { ja: "進捗（基準値からの伸び）", en: "Progress (from the baseline)" },
  "plan.move.up": { ja: "{item}を上へ", en: "Move {item} up" },
  "plan.move.down": { ja: "{item}を下へ", en: "Move {item} down" },
  "plan.remove": { ja: "{item}を削除", en: "Remove {item}" },
  "plan.problems": {
    ja: "入力を確認してください（{count} 件）。",
    en: "Please check what was entered ({count}).",
  },
  "plan.loading": { ja: "読み込んでいます…", en: "Loading…" },

  // The pane's editing of a sheet.
  "edit.sheet": { ja: "追加先: シート「{sheet}」（{department}）", en: "Adding to sheet “{sheet}” ({department})" },
  "edit.read": { ja: "作業中のシートを読み込む", en: "Read the active sheet" },
  "edit.reading": { ja: "シートを読み込んでいます…", en: "Reading the sheet…" },
  "edit.what": { ja: "追加するもの", en: "What to add" },
  "edit.kind.goal": { ja: "重点目標", en: "A goal" },
  "edit.kind.initiative": { ja: "取組", en: "An initiative" },
  "edit.kind.indicator": { ja: "指標", en: "An indicator" },
  "edit.goal": { ja: "追加先の重点目標", en: "Goal to add to" },
  "edit.goal.option": { ja: "{goal}. {title}", en: "{goal}. {title}" },
  "edit.goal.line": { ja: "{title}（{counts}）", en: "{title} ({counts})" },
  "edit.noGoals": {
    ja: "このシートにはまだ重点目標がありません。先に重点目標を追加してください。",
    en: "This sheet has no goal yet. Add a goal first.",
  },
  "edit.submit": { ja: "シートに追加", en: "Add to the sheet" },
  "edit.working": { ja: "追加しています…", en: "Adding…" },
  "edit.unavailable": {
    ja: "Excel でアドインとして開くと、シートに追加できます。",
    en: "Open Tassei as an add-in in Excel to add to a sheet.",
  },

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
