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
  "ui.host.tryPreview": {
    ja: "Excel がなくても、プレビューで試せます。",
    en: "Without Excel, try it in the preview.",
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
  "ui.section.edit": { ja: "計画を編集", en: "Edit the plan" },
  "ui.section.edit.description": {
    ja: "Tassei で作成した部のシートに、表を崩さずに重点目標・取組・指標を追加します。",
    en: "Add goals, initiatives and indicators to a department sheet Tassei made, without breaking its tables.",
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
    ja: "Excel から {seconds} 秒たっても応答がありません。ブックが保存中か、ほかの処理中の可能性があります。処理は後で反映されることがあるため、シートを確認してから、必要ならもう一度お試しください。",
    en: "Excel did not answer within {seconds} seconds. The workbook may be saving or busy, and the job may still complete: check the sheet, then try again if needed.",
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
  "ui.excel.unsupported": {
    ja: "この Excel では使えない機能が含まれているため、処理できませんでした（Web 版 Excel では、グラフ・コメント・ピボットテーブル・スライサーのあるシートはコピーできません）。デスクトップ版 Excel で開くか、その要素を外してからやり直してください。",
    en: "This Excel cannot do it because of a feature it does not support here (Excel on the web cannot copy a sheet holding a chart, comment, PivotTable or slicer). Open the workbook in desktop Excel, or remove that feature, and try again.",
  },
  "ui.excel.tooMuchData": {
    ja: "一度に Excel とやり取りするデータが多すぎました（Web 版 Excel の上限は 5 MB）。ファイルやシートを分けて、もう一度お試しください。",
    en: "Too much data for one exchange with Excel (Excel on the web allows 5 MB). Split the files or sheets and try again.",
  },
  "ui.excel.notFound": {
    ja: "シートまたは表が見つかりませんでした。名前が変わったか、削除された可能性があります。シートを選び直して、もう一度お試しください。",
    en: "A sheet or table was not found: it may have been renamed or deleted. Select the sheet again and retry.",
  },
  "ui.excel.exists": {
    ja: "同じ名前のシートまたは表がすでにあります。名前を変えてから、もう一度お試しください。",
    en: "A sheet or table of that name already exists. Rename it and try again.",
  },
  "ui.excel.invalidArgument": {
    ja: "Excel がこの指定を受け付けませんでした（{reason}）。シートに結合セルや保護がないか確認して、もう一度お試しください。",
    en: "Excel did not accept the request ({reason}). Check the sheet for merged cells or protection, and try again.",
  },
  "ui.excel.general": {
    ja: "Excel の内部でエラーが起きました。ブックを保存して Excel を開き直してから、もう一度お試しください。",
    en: "Excel had an internal error. Save the workbook, reopen Excel, and try again.",
  },
  "ui.grade.run": { ja: "このシートを評価", en: "Grade this sheet" },
  "ui.grade.working": { ja: "評価しています…", en: "Grading…" },
  "ui.grade.department": { ja: "部全体の達成度", en: "Department grade" },
  "ui.grade.noGrade": { ja: "評価なし", en: "Not graded" },
  "ui.grade.counts": { ja: "達成度ごとの指標数", en: "Indicators per grade" },
  "ui.grade.interim": { ja: "中間評価", en: "Mid-year check (中間評価)" },
  "ui.grade.interimDepartment": { ja: "部全体の中間評価", en: "Department mid-year grade" },
  "ui.grade.interimCounts": {
    ja: "中間評価ごとの指標数（中間実績のある指標）",
    en: "Indicators per mid-year grade (those with an interim actual)",
  },
  "ui.grade.interimHint": {
    ja: "中間実績を按分した目標と比べた評価です。年度末の達成度は変わりません。",
    en: "Interim actuals against the pro-rated target. The year-end grades are unchanged.",
  },
  "ui.grade.ungraded": { ja: "未評価", en: "Ungraded" },
  "ui.grade.gradedAt": { ja: "評価日時: {time}（{scale}）", en: "Graded at {time} Japan time ({scale})" },
  "ui.grade.problems": { ja: "要修正（{count} 件）", en: "To fix ({count})" },
  "ui.grade.problemsHint": {
    ja: "シートを直さないと評価できない項目です。",
    en: "These cannot be graded until the sheet is changed.",
  },
  "ui.grade.waiting": { ja: "未評価（{count} 件）", en: "Not graded yet ({count})" },
  "ui.grade.waitingHint": {
    ja: "実績値の入力待ちや作業中など、年度の途中では通常の状態です。",
    en: "Waiting for an actual, 作業中 and the like: normal during the year.",
  },
  "ui.grade.noProblems": { ja: "問題はありません。", en: "No problems found." },
  "ui.consolidate.year": { ja: "集計する年度", en: "Fiscal year consolidated" },
  "ui.consolidate.yearHint": {
    ja: "全庁サマリーは1つの年度で作ります。他の年度のシートは対象外として取込元に載ります。",
    en: "A summary covers one fiscal year; sheets of other years are listed as skipped among the sources.",
  },
  "ui.grade.convert": { ja: "Tassei 形式に変換", en: "Convert to Tassei's layout" },
  "ui.grade.convertHint": {
    ja: "このシートを元に、計算式と入力リストのある Tassei 形式のシートを新しく作ります。元のシートは変更しません。",
    en: "Makes a new sheet in Tassei's layout, with live formulas and dropdowns, from this one. This sheet is not changed.",
  },
  "ui.grade.columns": { ja: "読み取った列（表 {table}）", en: "Columns as read (table {table})" },
  "ui.grade.columnsHint": {
    ja: "手作りの表は見出しから列を読み取りました。違っていれば役割を選び直してください。選んだ内容はこのシートに保存され、次回も使われます（セルは変更しません）。",
    en: "This hand-made table's columns were read from its headers. If one is wrong, choose its role; the choice is saved with the sheet and used next time (no cell is changed).",
  },
  "ui.grade.columnRole": { ja: "{column} 列「{header}」の役割", en: "Role of column {column} “{header}”" },
  "ui.grade.columnYear": { ja: "{year}年度", en: "FY{year}" },
  "ui.role.goalNo": { ja: "目標No.", en: "Goal No." },
  "ui.role.name": { ja: "指標", en: "Indicator" },
  "ui.role.unit": { ja: "単位", en: "Unit" },
  "ui.role.direction": { ja: "方向", en: "Direction" },
  "ui.role.method": { ja: "算定方法", en: "Method" },
  "ui.role.baseline": { ja: "基準値", en: "Baseline" },
  "ui.role.target": { ja: "目標値", en: "Target" },
  "ui.role.actual": { ja: "実績値", en: "Actual" },
  "ui.role.status": { ja: "状況", en: "Status" },
  "ui.role.rate": { ja: "達成率", en: "Rate" },
  "ui.role.grade": { ja: "達成度", en: "Grade" },
  "ui.role.weight": { ja: "ウェイト", en: "Weight" },
  "ui.role.note": { ja: "備考", en: "Note" },
  "ui.role.goalTitle": { ja: "重点目標", en: "Goal" },
  "ui.role.section": { ja: "担当課", en: "Section" },
  "ui.role.history": { ja: "他の年度（参考）", en: "Other year (kept)" },
  "ui.role.none": { ja: "使わない", en: "Not used" },
  "ui.grade.select": { ja: "セル {cell} を選択", en: "Select cell {cell}" },
  "ui.grade.restored": {
    ja: "上書きされていた計算式を元に戻しました: {cells}",
    en: "Restored formulas that had been overwritten: {cells}",
  },
  "ui.grade.converted": {
    ja: "{count} 個のセルの文字を数値に変換しました（元の入力は「Tassei ログ」シートに記録しました）。",
    en: "Cells whose text became a number: {count} (the original input is kept on the “Tassei ログ” sheet).",
  },
  "ui.grade.undo": { ja: "元に戻す", en: "Undo" },
  "ui.grade.partlyWritten": {
    ja: "評価の一部はシートに書き込まれています。書き込まれた変更は「Tassei ログ」に記録されているので、「元に戻す」で評価前に戻すか、もう一度評価してください。",
    en: "Part of the grading was written to the sheet. What was written is on the “Tassei ログ” sheet: Undo puts the sheet back as it was, or grade again.",
  },
  "ui.grade.changed": {
    ja: "評価結果をシートに書き込みました（変更前の内容は「Tassei ログ」シートに記録しました）。",
    en: "Wrote the grading to the sheet (what it replaced is kept on the “Tassei ログ” sheet).",
  },
  "ui.grade.undone": {
    ja: "{count} 個のセルを評価前の状態に戻しました。",
    en: "Cells restored to how they were before grading: {count}.",
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
    ja: "「{sheet}」を評価しました。部全体の達成度: {grade}。{counts}。要修正 {problems} 件、未評価 {waiting} 件。",
    en: "Graded “{sheet}”. Department grade: {grade}. {counts}. To fix: {problems}; not graded yet: {waiting}.",
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
  "ui.consolidate.copyFailed": {
    ja: "{file} のシート（{sheets}）はコピーできませんでした: {reason}",
    en: "The sheets of {file} ({sheets}) were not copied: {reason}",
  },
  "ui.consolidate.copyTooLarge": {
    ja: "ファイルが大きすぎて Excel に一度に送れません（{size} MB、上限 {limit} MB）。ファイルを開いてシートを手で移動またはコピーしてください。",
    en: "the file is too large to send to Excel in one request ({size} MB, the limit is {limit} MB); open it and move or copy the sheets by hand.",
  },
  "ui.consolidate.copyUnsupportedContent": {
    ja: "Excel on the web はグラフ・コメント・ピボットテーブル・スライサーを含むシートをコピーできません。デスクトップ版 Excel で実行するか、ファイルを開いてシートを手でコピーしてください。",
    en: "Excel on the web cannot copy sheets holding charts, comments, PivotTables or slicers; run this in desktop Excel, or open the file and copy the sheets by hand.",
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
    en: "Consolidated into “{sheet}”: departments {departments}, goals {goals}.",
  },
  "ui.consolidate.departments": { ja: "部ごとの達成度", en: "Grades per department" },
  "ui.consolidate.history": { ja: "年度推移", en: "Across the years" },
  "ui.consolidate.historyItem": { ja: "部・指標", en: "Department / indicator" },
  "ui.consolidate.historyIndicator": {
    ja: "{department}の指標 {indicator}",
    en: "{department}'s indicator {indicator}",
  },
  "ui.resultDropped": {
    ja: "ブックが変更されたため、前回の結果を消しました。もう一度実行すると今のシートの結果になります。",
    en: "The workbook changed, so the last result was cleared. Run it again for the sheets as they are now.",
  },
  "ui.consolidate.printHeading": { ja: "印刷と PDF", en: "Printing and PDF" },
  "ui.consolidate.printSet": {
    ja: "「{sheet}」は {paper} {orientation}・1 ページ幅・見出し行の繰り返しで印刷されるよう設定しました。",
    en: "“{sheet}” is set to print on {paper} {orientation}, one page wide, with its title rows on every page.",
  },
  "ui.consolidate.printPdf": {
    ja: "公表用の PDF は、Excel の［ファイル］›［エクスポート］›［PDF/XPS ドキュメントの作成］で作れます（Excel on the web では［ファイル］›［印刷］›［PDF として保存］）。コマンドラインでは tassei consolidate … --pdf で作れます。",
    en: "For the publication PDF use Excel's File › Export › Create PDF/XPS (on the web: File › Print › Save as PDF). On the command line, tassei consolidate … --pdf writes it.",
  },
  "ui.print.landscape": { ja: "横", en: "landscape" },
  "ui.print.portrait": { ja: "縦", en: "portrait" },
  "ui.consolidate.notSignedOff": {
    ja: "課長確認・部長確認が済んでいない部局 {count} 部: {departments}",
    en: "Not yet signed off by the section and department heads ({count}): {departments}",
  },
  "ui.consolidate.notSubmitted": {
    ja: "未提出 {count} 部（部局一覧 {roster} 部のうち）: {departments}",
    en: "Not submitted: {count} of {roster} departments on the roster: {departments}",
  },
  "ui.consolidate.previousCity": {
    ja: "前年度（{year}）: {grade}（{rate}）",
    en: "The year before ({year}): {grade} ({rate})",
  },
  "ui.consolidate.city": {
    ja: "全庁: {grade}（{rate}）　{departments} 部局の達成率の平均",
    en: "City-wide: {grade} ({rate}), the mean of {departments} departments' rates",
  },
  "ui.consolidate.department": { ja: "部", en: "Department" },
  "ui.consolidate.overall": { ja: "全体", en: "Overall" },
  "ui.consolidate.exceptions": { ja: "要確認事項（{count} 件）", en: "To follow up ({count})" },
  "ui.consolidate.noExceptions": { ja: "要確認事項はありません。", en: "Nothing to follow up." },
  "ui.consolidate.select": { ja: "{sheet} の {cell} を選択", en: "Select {cell} on {sheet}" },
  "ui.consolidate.openSummary": { ja: "全庁サマリーを表示", en: "Show the summary" },
} as const satisfies MessageSection;
