import type { MessageSection } from "./types";

/**
 * Texts of the Consolidate job (全庁サマリー). Keys are namespaced "consolidate.…". The summary sheet is a
 * city document: the sheet's cells use the Japanese text, the result keeps both for the pane.
 */
export const consolidateMessages = {
  // Why no summary can be written.
  "consolidate.fail.year_not_found": {
    ja: "{year} の部のシートがありません（あるのは {found}）。全庁サマリーは変更していません。",
    en: "No department sheet is of {year} (there are {found}). The summary was not changed.",
  },
  "consolidate.fail.summary_not_ours": {
    ja: "シート「{sheet}」がありますが、Tassei が作成したものではないため上書きしません。名前を変えるか削除してから、もう一度集計してください。",
    en: "A sheet “{sheet}” exists that Tassei did not create, so it is not overwritten. Rename or delete it, then consolidate again.",
  },
  "consolidate.fail.summary_protected": {
    ja: "シート「{sheet}」は保護されているため書き込めません。シートの保護を解除してから、もう一度集計してください。",
    en: "Sheet “{sheet}” is protected, so it cannot be written. Unprotect it, then consolidate again.",
  },
  "consolidate.fail.summary_not_read": {
    ja: "シート「{sheet}」の内容が読み込まれていないため、作り直せません。シートを読み込んでから集計してください。",
    en: "Sheet “{sheet}” was not read, so it cannot be regenerated. Read it, then consolidate.",
  },
  "consolidate.fail.structure_protected": {
    ja: "ブックの構成が保護されているため、シート「{sheet}」を追加できません。ブックの保護を解除してから集計してください。",
    en: "The workbook's structure is protected, so sheet “{sheet}” cannot be added. Unprotect the workbook, then consolidate.",
  },
  "consolidate.fail.no_sources": {
    ja: "集計する部局のシートがありません。部局のシート（指標表のあるシート）またはファイルを選んでください。",
    en: "There is no department sheet to consolidate. Pick department sheets (sheets with a KPI table) or files.",
  },

  // Why a source could not be consolidated ({detail} is the reader's or the grader's explanation).
  "consolidate.reason.noDepartmentSheet": {
    ja: "部局のシートが見つかりません（シート: {sheets}）。読み取れるようにするには、指標の表に「指標」と「目標値」または「実績値」の見出し行を付けるか（例: 指標 | 令和7年度目標値 | 令和7年度実績値）、重点目標ごとに「目標」「分野」「達成状況」の見出しと達成度の記号を書いてください。",
    en: "No department sheet was found (sheets: {sheets}). To make it readable, give each indicator table a header row with 指標 and 目標値 or 実績値 (e.g. 指標 | 令和7年度目標値 | 令和7年度実績値), or give each goal 目標, 分野 and 達成状況 labels with its grade letter.",
  },
  "consolidate.reason.sheetMissing": {
    ja: "シート「{sheet}」が見つからないか、読み込まれていません。",
    en: "Sheet “{sheet}” was not found or not read.",
  },
  "consolidate.reason.notDepartment": {
    ja: "シート「{sheet}」を部局のシートとして読み取れません。",
    en: "Sheet “{sheet}” cannot be read as a department sheet.",
  },
  "consolidate.exception.unreadable": {
    ja: "読み込めないため集計していません: {detail}",
    en: "Not consolidated, it cannot be read: {detail}",
  },
  "consolidate.exception.duplicate": {
    ja: "「{department}」{year}が複数の取込元にあります（{sources}）。すべて集計しています。重複していないか確認してください。",
    en: "“{department}” {year} is in several sources ({sources}). All are consolidated; check whether one is a duplicate.",
  },
  "consolidate.exception.different_scales": {
    ja: "取込元によって評価尺度が異なります（{scales}）。各部局はそれぞれの評価尺度で評価し、件数はその尺度の達成度ごとに数えています。",
    en: "The sources use different grading scales ({scales}). Each department is graded on its own scale and counted by that scale's grades.",
  },
  "consolidate.exception.text_cut": {
    ja: "全庁サマリーの {cell} の文字が長すぎるため（{length} 文字）、{limit} 文字に切り詰めて「…（以下省略）」を付けました。取込元の文字を確認してください。",
    en: "The text for {cell} of the summary was too long ({length} characters): it was cut to {limit}, ending in “…（以下省略）”. Check the source's text.",
  },
  "consolidate.exception.nothing_graded": {
    ja: "評価できた指標がまだありません（指標 {indicators} 件）。部局の行は「評価なし」です。",
    en: "No indicator is graded yet ({indicators} indicators); the department's row says 評価なし.",
  },
  "consolidate.exception.reasonMissing": {
    ja: "{outcome}。評価理由（所見）が書かれていません。",
    en: "{outcome}; no reason (所見) is written.",
  },
  "consolidate.exception.missing_actual": {
    ja: "実績値が入力されていません。",
    en: "The actual has not been entered.",
  },

  // The 種別 column of 要確認事項.
  "consolidate.kind.grade_d": { ja: "低い達成度", en: "Low grade" },
  "consolidate.kind.grade_e": { ja: "未実施", en: "Not carried out" },
  "consolidate.kind.ungraded": { ja: "要修正", en: "To fix" },
  "consolidate.kind.missing_actual": { ja: "未評価", en: "Not graded yet" },
  "consolidate.kind.manual_without_reason": { ja: "理由のない手入力評価", en: "Hand grade without reason" },
  "consolidate.kind.unreadable_source": { ja: "読み込めない取込元", en: "Unreadable source" },
  "consolidate.kind.duplicate_department": { ja: "部局の重複", en: "Duplicate department" },
  "consolidate.kind.different_scales": { ja: "評価尺度の違い", en: "Different scales" },
  "consolidate.kind.text_cut": { ja: "長すぎる文字", en: "Text too long" },
  "consolidate.kind.nothing_graded": { ja: "評価なしの部局", en: "Department with nothing graded" },
  "consolidate.kind.not_submitted": { ja: "未提出", en: "Not submitted" },
  "consolidate.exception.not_submitted": {
    ja: "部局一覧にある部局ですが、この年度の取込元がありません。",
    en: "On the roster of departments, but no source of this fiscal year was given.",
  },
  "consolidate.roster.given": { ja: "部局名簿", en: "Roster of departments" },
  "consolidate.roster.previous_summary": { ja: "前回の全庁サマリー", en: "The previous summary" },

  // What the summary sheet shows (only `ja` is written into the sheet).
  "consolidate.sheet.title": { ja: "全庁サマリー　{years}", en: "City-wide summary, {years}" },
  "consolidate.sheet.info": {
    ja: "作成日時 {time}　部局 {departments}　取込元 {sources}　要確認事項 {exceptions}件",
    en: "Created {time}; departments {departments}; sources {sources}; {exceptions} items to check",
  },
  "consolidate.sheet.section.departments": {
    ja: "部局別（指標の達成度別件数）",
    en: "By department (indicators per grade)",
  },
  "consolidate.sheet.section.fields": {
    ja: "分野別（重点目標の達成度別件数）",
    en: "By policy field (goals per grade)",
  },
  "consolidate.sheet.section.masterPlan": {
    ja: "総合計画別（重点目標の達成度別件数）",
    en: "By master plan code (goals per grade)",
  },
  "consolidate.sheet.section.basicPolicy": {
    ja: "基本政策別（重点目標の達成度別件数）",
    en: "By basic policy code (goals per grade)",
  },
  "consolidate.sheet.section.goals": { ja: "重点目標一覧", en: "Every priority goal" },
  "consolidate.sheet.section.exceptions": { ja: "要確認事項", en: "Items to check" },
  "consolidate.sheet.section.sources": { ja: "取込元", en: "Sources" },
  "consolidate.sheet.total": { ja: "合計", en: "Total" },
  "consolidate.sheet.share": { ja: "割合", en: "Share" },
  "consolidate.sheet.section.departmentShares": {
    ja: "部局別（指標の達成度別割合）",
    en: "By department (share of indicators per grade)",
  },
  "consolidate.sheet.section.city": { ja: "全庁（達成度別の件数と割合）", en: "City-wide (count and share per grade)" },
  "consolidate.sheet.cityRateNote": {
    ja: "{departments}部局の達成率（各100%まで）の平均を、部局と同じ尺度で判定",
    en: "Mean of {departments} departments' rates (each up to 100%), graded on their scale",
  },
  "consolidate.sheet.cityRateNoteNone": {
    ja: "達成率のある部局がまだないため、全庁の達成率はありません",
    en: "No department has a rate yet, so there is no city-wide rate",
  },
  "consolidate.sheet.cityRateNoteMixed": {
    ja: "{departments}部局の達成率（各100%まで）の平均を、部局ごとに尺度が異なるため標準の尺度で判定",
    en: "Mean of {departments} departments' rates (each up to 100%), graded on the default scale as the departments' scales differ",
  },
  "consolidate.sheet.none": { ja: "該当なし", en: "None" },
  "consolidate.sheet.chartTitle": {
    ja: "部局別・全庁の達成度の割合（指標数）",
    en: "Grade shares per department and city-wide (indicators)",
  },
  "consolidate.sheet.notGraded": {
    ja: "未評価（集計時に評価）",
    en: "Not graded on the sheet (graded when consolidating)",
  },
  "consolidate.sheet.statusOk": { ja: "集計済み", en: "Consolidated" },
  "consolidate.sheet.statusFailed": { ja: "読み込めません", en: "Cannot be read" },
  "consolidate.sheet.statusPrevious": {
    ja: "前年度（比較のみ、集計に含めない）",
    en: "The year before: compared, not included",
  },
  "consolidate.sheet.previousCityRate": { ja: "前年度（{year}）の達成率", en: "Rate in {year}" },
  "consolidate.sheet.section.changes": {
    ja: "前年度からの変化（重点目標・指標）",
    en: "Changes from the year before (goals and indicators)",
  },
  "consolidate.change.newly_top": { ja: "新たに最上位", en: "Newly at the top grade" },
  "consolidate.change.fell_to_bottom": {
    ja: "最下位・未実施に低下",
    en: "Fell to the lowest grade or not carried out",
  },
  "consolidate.sheet.section.history": {
    ja: "年度推移（部局の達成率）",
    en: "Across the years (departments' rates)",
  },
  "consolidate.sheet.section.historyIndicators": {
    ja: "年度推移（指標の達成率）",
    en: "Across the years (indicators' rates)",
  },
  "consolidate.indicator.ofGoal": { ja: "{name}（目標{no}）", en: "{name} (goal {no})" },
  "consolidate.indicator.ofGoalNth": { ja: "{name}（目標{no}・{nth}番目）", en: "{name} (goal {no}, #{nth})" },
  "consolidate.indicator.noGoal": { ja: "{name}（目標なし）", en: "{name} (no goal)" },
  "consolidate.indicator.noGoalNth": { ja: "{name}（目標なし・{nth}番目）", en: "{name} (no goal, #{nth})" },
  "consolidate.sheet.historyChartTitle": { ja: "部局の達成率の推移", en: "Departments' rates across the years" },
  "consolidate.sheet.section.signOffs": {
    ja: "確認が済んでいない部局（課長確認・部長確認）",
    en: "Departments not yet signed off (section and department heads)",
  },
  "consolidate.sheet.notSigned": { ja: "未", en: "Not yet" },
  "consolidate.sheet.statusSkipped": { ja: "他の年度のため対象外", en: "Another fiscal year: not included" },
  "consolidate.sheet.thisWorkbook": { ja: "（このブック）", en: "(this workbook)" },
  "consolidate.sheet.scaleVersion": { ja: "{scale} 第{version}版", en: "{scale}, version {version}" },
  "consolidate.sheet.goalSubject": { ja: "重点目標 {no}: {title}", en: "Goal {no}: {title}" },
} as const satisfies MessageSection;
