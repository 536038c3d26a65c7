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
  "ui.excel.timeout": {
    ja: "Excel から {seconds} 秒たっても応答がありません。ブックが保存中か、ほかの処理中の可能性があります。しばらくしてからもう一度お試しください。",
    en: "Excel did not answer within {seconds} seconds. The workbook may be saving or busy; try again in a moment.",
  },
  "ui.excel.conflict": {
    ja: "ほかの人が同時にこのブックを編集したため、変更できませんでした。もう一度お試しください。",
    en: "Someone else edited the workbook at the same time, so the change was not made. Please try again.",
  },
  "ui.excel.protected": {
    ja: "シートが保護されているため書き込めません。「校閲」タブの「シート保護の解除」を行ってください。",
    en: "The sheet is protected, so Tassei cannot write to it. Unprotect it under Review › Unprotect Sheet.",
  },
  "ui.excel.cellEdit": {
    ja: "セルの編集中は実行できません。Enter キーで編集を終えてから、もう一度お試しください。",
    en: "Excel is in cell-edit mode. Press Enter to finish editing the cell, then try again.",
  },
  "ui.excel.failed": { ja: "Excel でエラーが起きました: {reason}", en: "Excel reported an error: {reason}" },
  "ui.grade.run": { ja: "このシートを評価", en: "Grade this sheet" },
  "ui.grade.working": { ja: "評価しています…", en: "Grading…" },
  "ui.grade.department": { ja: "部全体の達成度", en: "Department grade" },
  "ui.grade.noGrade": { ja: "評価なし", en: "Not graded" },
  "ui.grade.counts": { ja: "達成度ごとの指標数", en: "Indicators per grade" },
  "ui.grade.ungraded": { ja: "未評価", en: "Ungraded" },
  "ui.grade.gradedAt": { ja: "評価日時: {time}（{scale}）", en: "Graded at {time} ({scale})" },
  "ui.grade.problems": { ja: "確認が必要な項目（{count} 件）", en: "Needs attention ({count})" },
  "ui.grade.noProblems": { ja: "問題はありません。", en: "No problems found." },
  "ui.grade.select": { ja: "セル {cell} を選択", en: "Select cell {cell}" },
  "ui.grade.restored": {
    ja: "上書きされていた計算式を元に戻しました: {cells}",
    en: "Restored formulas that had been overwritten: {cells}",
  },
  "ui.grade.converted": {
    ja: "{count} 個のセルの文字を数値に変換しました（元の入力は「Tassei ログ」シートに記録しました）。",
    en: "Converted text to numbers in {count} cells (the original input is kept on the “Tassei ログ” sheet).",
  },
  "ui.grade.undo": { ja: "元に戻す", en: "Undo" },
  "ui.grade.undone": {
    ja: "{count} 個のセルを元の入力に戻しました。",
    en: "Restored the original input in {count} cells.",
  },
  "ui.grade.noTable": {
    ja: "このシートには Tassei の指標表がありません。「シートを作成」で部のシートを作成できます。",
    en: "This sheet has no Tassei KPI table. Use “Insert a sheet” to create a department sheet.",
  },
  "ui.grade.offerInsert": { ja: "シートを作成する", en: "Insert a sheet" },
  "ui.grade.notInExcel": {
    ja: "Excel でアドインとして開くと、シートを評価できます。",
    en: "Open Tassei in Excel to grade a sheet.",
  },
  "ui.ribbon.gradeSummary": {
    ja: "「{sheet}」を評価しました。部全体の達成度: {grade}。{counts}。確認が必要な項目: {problems} 件。",
    en: "Graded “{sheet}”. Department grade: {grade}. {counts}. Needs attention: {problems}.",
  },
  "ui.consolidate.notInExcel": {
    ja: "Excel でアドインとして開くと、全庁サマリーを作成できます。",
    en: "Open Tassei in Excel to build the city-wide summary.",
  },
  "ui.consolidate.sheets": { ja: "このブックの部のシート", en: "Department sheets in this workbook" },
  "ui.consolidate.noSheets": {
    ja: "このブックに部のシートは見つかりませんでした。ファイルを選んで集約できます。",
    en: "No department sheet was found in this workbook. You can consolidate files instead.",
  },
  "ui.consolidate.listFailed": {
    ja: "ブックのシートを読み取れませんでした。セルの編集を終えてから「シートを再検出」を押してください。",
    en: "The workbook's sheets could not be read. Finish editing any cell, then press “Find sheets again”.",
  },
  "ui.consolidate.refresh": { ja: "シートを再検出", en: "Find sheets again" },
  "ui.consolidate.sheetLabel": { ja: "{sheet}（{department} {year}年度）", en: "{sheet} ({department}, FY{year})" },
  "ui.consolidate.files": { ja: "部のブック（.xlsx）を追加", en: "Add department workbooks (.xlsx)" },
  "ui.consolidate.filesHint": {
    ja: "複数選べます。ファイルはこのパソコンの中で読み取り、どこにも送信しません。",
    en: "You can pick several. Files are read on this computer and sent nowhere.",
  },
  "ui.consolidate.removeFile": { ja: "{file} を外す", en: "Remove {file}" },
  "ui.consolidate.fileReading": { ja: "{file} を読み取っています", en: "Reading {file}" },
  "ui.consolidate.fileRead": { ja: "{file} を読み取りました", en: "Read {file}" },
  "ui.consolidate.fileFailed": { ja: "{file} を読み取れませんでした", en: "Could not read {file}" },
  "ui.consolidate.fileWaiting": { ja: "{file}（待機中）", en: "{file} (waiting)" },
  "ui.consolidate.fileLost": {
    ja: "ファイルを開けませんでした。移動または削除された可能性があります。もう一度選んでください。",
    en: "The file could not be opened; it may have been moved or deleted. Pick it again.",
  },
  "ui.consolidate.copy": {
    ja: "ファイルの部のシートをこのブックにもコピーする",
    en: "Also copy the files' department sheets into this workbook",
  },
  "ui.consolidate.copyUnsupported": {
    ja: "この Excel ではシートをコピーできません（ExcelApi {version} が必要です）。集約はコピーせずに行えます。",
    en: "This Excel cannot copy sheets (ExcelApi {version} is needed). You can consolidate without copying.",
  },
  "ui.consolidate.copied": {
    ja: "{count} 枚のシートをこのブックにコピーしました。",
    en: "Copied {count} sheets into this workbook.",
  },
  "ui.consolidate.copySkipped": {
    ja: "同じ名前のシートがあるためコピーしなかったシート: {sheets}",
    en: "Not copied because a sheet of that name exists: {sheets}",
  },
  "ui.consolidate.run": { ja: "全庁サマリーを作成", en: "Build the city-wide summary" },
  "ui.consolidate.working": { ja: "集約しています…", en: "Consolidating…" },
  "ui.consolidate.nothingPicked": {
    ja: "シートにチェックを入れるか、ファイルを追加してください。",
    en: "Tick a sheet or add a file first.",
  },
  "ui.consolidate.done": {
    ja: "「{sheet}」に {departments} 部・重点目標 {goals} 件を集約しました。",
    en: "Consolidated {departments} departments and {goals} goals into “{sheet}”.",
  },
  "ui.consolidate.departments": { ja: "部ごとの達成度", en: "Grades per department" },
  "ui.consolidate.department": { ja: "部", en: "Department" },
  "ui.consolidate.overall": { ja: "全体", en: "Overall" },
  "ui.consolidate.exceptions": { ja: "要確認事項（{count} 件）", en: "To follow up ({count})" },
  "ui.consolidate.noExceptions": { ja: "要確認事項はありません。", en: "Nothing to follow up." },
  "ui.consolidate.select": { ja: "{sheet} の {cell} を選択", en: "Select {cell} on {sheet}" },
  "ui.consolidate.openSummary": { ja: "全庁サマリーを表示", en: "Show the summary" },
} as const satisfies MessageSection;
