import type { MessageSection } from "./types";

/** Texts of the task pane and the ribbon. Keys are namespaced "ui.…". */
export const uiMessages = {
  "ui.appName": { ja: "達成 Tassei", en: "Tassei" },
  "ui.tagline": {
    ja: "部の重点目標と指標を、作成・評価・全庁集約します。",
    en: "Plan, grade and consolidate departments' goals and KPIs.",
  },
  "ui.language": { ja: "表示言語", en: "Language" },
  "ui.language.ja": { ja: "日本語", en: "日本語 (Japanese)" },
  "ui.language.en": { ja: "English (英語)", en: "English" },
  "ui.host.excel": { ja: "Excel に接続しています。", en: "Connected to Excel." },
  "ui.host.none": {
    ja: "Excel の外で開いています。Excel でアドインとして開くと、ブックを操作できます。",
    en: "Not inside Excel. Open Tassei as an add-in in Excel to work on a workbook.",
  },
  "ui.host.tooOld": {
    ja: "この Excel は古いため使えません（ExcelApi {version} 以上が必要です）。",
    en: "This version of Excel is too old (ExcelApi {version} or later is required).",
  },
  "ui.section.insert": { ja: "シートを作成", en: "Insert a sheet" },
  "ui.section.insert.description": {
    ja: "部の運営方針・重点目標・指標の表を、市で使われている様式で新しいシートに作成します。",
    en: "Create a department sheet with its policy, priority goals and KPI table, in the layouts cities use.",
  },
  "ui.section.grade": { ja: "このシートを評価", en: "Grade this sheet" },
  "ui.section.grade.description": {
    ja: "指標ごとの達成率と達成度（A〜E）、重点目標と部全体の達成度を計算します。",
    en: "Compute each KPI's achievement rate and grade (A–E), and the goals' and department's grades.",
  },
  "ui.section.consolidate": { ja: "全庁集約", en: "Consolidate" },
  "ui.section.consolidate.description": {
    ja: "各部のシートやブックを集約し、全庁サマリーを作成します。",
    en: "Collect every department's sheets and workbooks into a city-wide summary.",
  },
  "ui.notAvailableYet": {
    ja: "この機能はまだ使えません。今後のバージョンで提供します。",
    en: "This job is not available yet. It will come in a later version.",
  },
  "ui.ribbon.gradeDone": { ja: "評価が終わりました。", en: "Grading finished." },
  "ui.ribbon.failed": { ja: "処理できませんでした: {reason}", en: "Could not finish: {reason}" },
} as const satisfies MessageSection;
