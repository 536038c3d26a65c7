import type { MessageSection } from "./types";

/** Texts of the Insert job. Keys are namespaced "insert.…". */
export const insertMessages = {
  // Printing "one page wide" is set last and read back: some Excel builds ignore it (office-js #1860).
  "print.notFitted": {
    ja: "シート「{sheet}」の印刷を「横 1 ページ」に設定できませんでした。［ページ レイアウト］タブの［拡大縮小印刷］で、横を「1 ページ」、縦を「自動」にしてください。",
    en: "Excel did not take “fit to one page wide” for sheet “{sheet}”. On the Page Layout tab, under Scale to Fit, set Width to 1 page and Height to Automatic.",
  },
  "insert.department": { ja: "部の名前", en: "Department" },
  "insert.head": { ja: "部長", en: "Head of department" },
  "insert.sheetName": { ja: "シート名", en: "Sheet name" },
  "rollover.done": {
    ja: "「{from}」から次年度のシート「{sheet}」を作りました。",
    en: "Made next year's sheet “{sheet}” from “{from}”.",
  },
  "rollover.none": {
    ja: "このブックには次年度のシートを作れる部のシートがありません。",
    en: "This workbook has no department sheet to make next year's sheet from.",
  },
  "rollover.title": { ja: "次年度のシートを作成", en: "Next year's sheet" },
  "rollover.hint": {
    ja: "目標・取組・指標・尺度はそのまま、今年度の実績を基準値にし、実績と評価を空にした新しいシートを隣に作ります。元のシートは変更しません。",
    en: "A new sheet beside it with the same goals, initiatives, indicators and scale, this year's actuals as the baseline, and actuals and grades cleared. The source sheet is not changed.",
  },
  "rollover.active": { ja: "このシートから作成", en: "From this sheet" },
  "rollover.all": { ja: "すべての部のシートから作成", en: "From every department sheet" },
  "rollover.error.notDepartment": {
    ja: "シート「{sheet}」は部のシートとして読めないため、次年度のシートを作れません。",
    en: "Sheet “{sheet}” cannot be read as a department sheet, so next year's sheet cannot be made from it.",
  },
  "rollover.error.exists": {
    ja: "{year}のシート「{existing}」がすでにあるため、シート「{sheet}」から次年度のシートを作りません。作り直すときは、「{existing}」を削除するか別のブックに移してから、もう一度実行してください。",
    en: "Sheet “{existing}” for {year} already exists, so next year's sheet is not made from sheet “{sheet}”. To make it again, delete “{existing}” or move it to another workbook first, then run this again.",
  },
  "rollover.error.notLater": {
    ja: "シート「{sheet}」は{from}のシートです。次年度にはそれより後の年度（{year}ではなく）を指定してください。",
    en: "Sheet “{sheet}” is for {from}: next year's sheet needs a later year than that (not {year}).",
  },
  "insert.sheetName.hint": {
    ja: "空欄なら部の名前。同じ部の別の年度は「環境部 令和8年度」のように。",
    en: "The department's name when empty; for another year of the same department, e.g. “環境部 令和8年度”.",
  },
  "insert.fiscalYear": { ja: "年度", en: "Fiscal year" },
  "insert.fiscalYear.hint": {
    ja: "2025、R7、令和7 のように入力できます。",
    en: "Type it as 2025, R7 or 令和7.",
  },
  "insert.fiscalYear.shown": { ja: "{era}", en: "{era}" },
  "insert.layouts": { ja: "作成する表", en: "Tables to include" },
  "insert.layout.header": {
    ja: "部の基本情報（部・部長・年度・基本方針）",
    en: "Department header (name, head, year, policy)",
  },
  "insert.layout.goals": { ja: "重点目標と具体的な取組", en: "Priority goals and initiatives" },
  "insert.layout.kpi": {
    ja: "指標表（目標値・実績値・達成率・達成度）",
    en: "KPI table (targets, actuals, rates, grades)",
  },
  "insert.layout.kgi": { ja: "複数年度の指標（KGI）", en: "Multi-year indicators (KGI)" },
  "insert.goalCount": { ja: "重点目標の数", en: "Number of priority goals" },
  "insert.scale": { ja: "達成度の基準", en: "Grading scale" },
  "insert.submit": { ja: "シートを作成", en: "Create the sheet" },
  "insert.working": { ja: "作成しています…", en: "Creating…" },
  "insert.done": { ja: "シート「{sheet}」を作成しました。", en: "Created the sheet “{sheet}”." },
  "insert.renamed": {
    ja: "シート名は「{sheet}」にしました（Excel のシート名の決まりに合わせました）。",
    en: "The sheet is named “{sheet}” to fit Excel's rules for sheet names.",
  },
  "insert.error.departmentEmpty": { ja: "部の名前を入力してください。", en: "Enter the department's name." },
  "insert.error.departmentForbidden": {
    ja: "部の名前に使える文字がありません（[ ] : * ? / \\ はシート名に使えません）。",
    en: "The department's name has no usable character ([ ] : * ? / \\ cannot be used in sheet names).",
  },
  "insert.error.fiscalYearRequired": {
    ja: "年度を入力してください（2025、R7、令和7 など）。",
    en: "The fiscal year is required (e.g. 2025, R7 or 令和7).",
  },
  "insert.error.fiscalYear": {
    ja: "年度「{text}」を読み取れません。2025、R7、令和7 のように入力してください。",
    en: "Cannot read the fiscal year “{text}”. Type it as 2025, R7 or 令和7.",
  },
  "insert.error.fiscalYearRange": {
    ja: "年度は 1989年度（平成元年度）から 2100年度 までです（「{text}」）。",
    en: "The fiscal year must be from 1989 to 2100 (“{text}”).",
  },
  "insert.error.goalCount": {
    ja: "重点目標の数は 1 から {max} までです。",
    en: "The number of priority goals must be from 1 to {max}.",
  },
  "insert.error.noLayout": { ja: "作成する表を 1 つ以上選んでください。", en: "Choose at least one table to include." },
  "insert.interim": { ja: "中間評価の基準", en: "Mid-year check" },
  "insert.interim.elapsed": {
    ja: "年度の経過割合で按分（標準）",
    en: "Pro-rated by the year gone by (standard)",
  },
  "insert.interim.share": { ja: "目標値の一定割合", en: "A fixed share of the target" },
  "insert.interim.planYear": {
    ja: "複数年計画の年数に比例",
    en: "By year of a multi-year plan",
  },
  "insert.interim.percent": { ja: "目標値に対する割合（%）", en: "Share of the target (%)" },
  "insert.interim.perYear": { ja: "1年あたりの割合（%）", en: "Share per year (%)" },
  "insert.interim.firstYear": { ja: "計画の初年度", en: "The plan's first year" },
  "insert.interim.planYearHint": {
    ja: "計画の n 年目は、目標値の「1年あたりの割合 × n」と比べます（例: 20% なら 3 年目は 60%）。",
    en: "Year n of the plan is judged against the share per year × n of the target (20%: 60% in year 3).",
  },
  "insert.interim.hint": {
    ja: "年度途中の中間実績を、この基準の目標と比べて「中間評価」を出します（標準は、中間時点までに過ぎた年度の割合で目標値を按分。年度末の達成度は変わりません）。",
    en: "An interim actual during the year is graded against this target as 中間評価 (standard: the target pro-rated by the share of the year gone by at 中間時点; the year-end grade is unchanged).",
  },
  "insert.error.interim": {
    ja: "中間評価の割合「{value}」を読み取れません。0 より大きく 100 以下のパーセントで入力してください（例: 66.7）。",
    en: "Cannot read the mid-year share “{value}”. Enter a percent above 0 and at most 100 (e.g. 66.7).",
  },
  "insert.error.interimFirstYear": {
    ja: "計画の初年度「{value}」を読み取れません。2024、R6、令和6 のように入力してください。",
    en: "Cannot read the plan's first year “{value}”. Type it as 2024, R6 or 令和6.",
  },
  "insert.error.interimFirstYearAfter": {
    ja: "計画の初年度（{first}）がシートの年度（{year}）より後です。シートの年度が計画の何年目かで中間評価するため、初年度はシートの年度以前にしてください。",
    en: "The plan's first year ({first}) is after the sheet's year ({year}). The mid-year check counts the sheet's year within the plan, so the first year must not be later.",
  },
  "insert.error.interimFirstYearMissing": {
    ja: "計画の初年度を入力してください（例: 令和6）。中間評価は n 年目に 1年あたりの割合 × n の目標と比べます。",
    en: "Enter the plan's first year (e.g. 2024): year n of the plan is judged against the share per year × n.",
  },
  "insert.error.scale": { ja: "達成度の基準「{scale}」はありません。", en: "There is no grading scale “{scale}”." },
  "insert.error.structureProtected": {
    ja: "ブックの構成が保護されているため、シートを追加できません。「校閲」タブの「ブックの保護」を解除してください。",
    en: "The workbook's structure is protected, so no sheet can be added. Unprotect it under Review › Protect Workbook.",
  },
  "insert.error.tooOld": {
    ja: "この Excel ではシートを作成できません（ExcelApi {version} 以上が必要です）。Microsoft 365 の Excel をお使いください。",
    en: "This Excel cannot create the sheet (ExcelApi {version} or later is required). Use Microsoft 365 Excel.",
  },
  "insert.error.sheetExists": {
    ja: "シート「{sheet}」はすでにあります。既存のシートは上書きしません。別のシート名（例:「{suggestion}」）を指定してください。",
    en: "A sheet named “{sheet}” already exists. Tassei never overwrites a sheet: choose another sheet name (for example “{suggestion}”).",
  },
  "insert.error.sheetName.length": {
    ja: "シート名「{sheet}」は長すぎます（{max} 文字まで）。",
    en: "The sheet name “{sheet}” is too long (at most {max} characters).",
  },
  "insert.error.sheetName.character": {
    ja: "シート名「{sheet}」に使えない文字があります（[ ] : * ? / \\ は使えません）。",
    en: "The sheet name “{sheet}” has a character Excel refuses ([ ] : * ? / \\).",
  },
  "insert.error.sheetName.apostrophe": {
    ja: "シート名「{sheet}」の先頭と末尾に「'」は使えません。",
    en: "The sheet name “{sheet}” cannot begin or end with an apostrophe.",
  },
  "insert.error.sheetName.reserved": {
    ja: "「{sheet}」は Excel が予約しているためシート名に使えません。",
    en: "“{sheet}” is reserved by Excel and cannot be a sheet name.",
  },
  "insert.error.excel": {
    ja: "Excel がシートを作成できませんでした: {reason}",
    en: "Excel could not create the sheet: {reason}",
  },
} as const satisfies MessageSection;
