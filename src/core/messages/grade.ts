import type { MessageSection } from "./types";

/** Texts of the Grade job (「このシートを評価」 and `tassei grade`). Keys are namespaced "grade.…". */
export const gradeMessages = {
  // Why a sheet cannot be graded.
  "grade.fail.no_tassei_table": {
    ja: "シート「{sheet}」に指標の表が見つかりません。表の見出し行に「指標」と「目標値」または「実績値」（例: 指標 | 令和7年度目標値 | 令和7年度実績値）を書くか、指標表を挿入してから評価してください。",
    en: "Sheet “{sheet}” has no indicator table. Give the table a header row with 指標 and 目標値 or 実績値 (e.g. 指標 | 令和7年度目標値 | 令和7年度実績値), or insert a KPI table, then grade.",
  },
  "grade.fail.sheet_missing": {
    ja: "シート「{sheet}」が見つかりません。",
    en: "Sheet “{sheet}” was not found.",
  },
  "grade.fail.sheet_protected": {
    ja: "シート「{sheet}」は保護されているため評価結果を書き込めません。シートの保護を解除してから評価してください。",
    en: "Sheet “{sheet}” is protected, so grades cannot be written. Unprotect it, then grade.",
  },

  // Why an indicator has no grade, beyond the grading engine's reasons.
  "grade.reason.unknown_word": {
    ja: "セル {cell}（{field}）の「{value}」は選択肢にありません（{choices}）。",
    en: "Cell {cell} ({field}): “{value}” is not one of the choices ({choices}).",
  },
  "grade.reason.weight": {
    ja: "セル {cell}（ウェイト）の「{value}」は 0 以上の数値ではありません。",
    en: "Cell {cell} (weight): “{value}” is not a number of 0 or more.",
  },

  // A problem found in a cell: {detail} is the engine's or the number reader's explanation.
  "grade.problem.lowGradeReason": {
    ja: "セル {cell}（{field}）:「{name}」は達成度 {grade} です。{field}に理由（所見）を書いてください。",
    en: "Cell {cell} ({field}): “{name}” is graded {grade}; write the reason in {field}.",
  },
  "grade.problem.cell": {
    ja: "セル {cell}（{field}）: {detail}",
    en: "Cell {cell} ({field}): {detail}",
  },
  "convert.fail.notHandMade": {
    ja: "シート「{sheet}」は手作りの部のシートとして読み取れないため、Tassei 形式に変換できません（すでに Tassei 形式か、指標の表が見つかりません）。",
    en: "Sheet “{sheet}” cannot be converted: it is not a hand-made department sheet Tassei can read (it is already in Tassei's layout, or has no indicator table).",
  },
  "convert.noGoalTitle": { ja: "（重点目標の記載なし）", en: "(no goal given)" },
  "convert.done": {
    ja: "シート「{sheet}」を Tassei 形式で作りました（重点目標 {goals}、指標 {indicators}）。元のシートはそのままです。",
    en: "Made the sheet “{sheet}” in Tassei's layout ({goals} goals, {indicators} indicators). The original sheet is unchanged.",
  },
  "grade.fail.corrections_full": {
    ja: "シート「{sheet}」のこの表には、これ以上の列の指定を保存できません。見出しを「指標」「目標値」「実績値」などに直すと、指定しなくても読み取れます。",
    en: "No more column choices can be saved for this table on sheet “{sheet}”. Renaming its headers to 指標, 目標値, 実績値 and the like makes them read without choices.",
  },
  "grade.fail.notHandMade": {
    ja: "シート「{sheet}」は Tassei の形式のシートです。列の読み取り方は変えられません（見出しで決まります）。",
    en: "Sheet “{sheet}” is in Tassei's layout: how its columns are read follows its headers and cannot be changed.",
  },
  "grade.problem.typedGradeDiffers": {
    ja: "セル {cell}（達成度）: 手で入力された「{typed}」と、目標値・実績値から計算した「{computed}」が異なります。計算した達成度を採用しています。",
    en: "Cell {cell} (達成度): the typed grade “{typed}” differs from “{computed}” computed from the target and actual. The computed grade is used.",
  },
  "grade.problem.typedGoalGradeDiffers": {
    ja: "セル {cell}（重点目標の達成度）: 手で入力された「{typed}」と、指標から計算した「{computed}」が異なります。計算した達成度を採用しています。",
    en: "Cell {cell} (goal grade): the typed grade “{typed}” differs from “{computed}” computed from its indicators. The computed grade is used.",
  },

  // What Tassei writes into the sheet (the sheet is a Japanese city document: only `ja` is written).
  "grade.stamp.cell": {
    ja: "評価日時 {time}（{scale} 第{version}版）",
    en: "Graded {time} ({scale}, version {version})",
  },
  "grade.log.notRestored": {
    ja: "戻していません（評価後に変更されていたため）{time}",
    en: "Not restored (the cell was changed after grading) {time}",
  },

  // Undoing the last conversion.
  "grade.undo.nothing": {
    ja: "シート「{sheet}」に取り消せる評価はありません。",
    en: "Sheet “{sheet}” has no grading to undo.",
  },
  "grade.undo.sheet_missing": {
    ja: "シート「{sheet}」が見つかりません。",
    en: "Sheet “{sheet}” was not found.",
  },
  "grade.undo.sheet_protected": {
    ja: "シート「{sheet}」または「{log}」は保護されているため、評価を取り消せません。",
    en: "Sheet “{sheet}” or “{log}” is protected, so the grading cannot be undone.",
  },

  // The command line: tassei grade <in.xlsx> [-o out.xlsx] [--json].
  "grade.cli.missingInput": {
    ja: "grade には評価する .xlsx ファイルを1つ指定してください。",
    en: "grade takes exactly one .xlsx file to grade.",
  },
  "grade.cli.sameFile": {
    ja: "出力ファイルに入力ファイル {file} は指定できません。入力ファイルは上書きしません。",
    en: "The output cannot be the input file {file}: Tassei never overwrites its input.",
  },
  "grade.cli.outputExists": {
    ja: "出力ファイル {file} はすでにあります。既存のファイルは上書きしません。別の名前を指定してください。",
    en: "The output file {file} already exists. Tassei never overwrites a file: give another name.",
  },
  "grade.cli.unreadable": {
    ja: "{file} を読み取れません: {reason}",
    en: "Cannot read {file}: {reason}",
  },
  "grade.cli.cannotWrite": { ja: "{file} に書き出せません: {reason}", en: "Cannot write {file}: {reason}" },
  "grade.cli.noSheet": {
    ja: "{file} に評価できる部のシートがありません。指標の表に「指標」と「目標値」または「実績値」の見出し行を付けると読み取れます（例: 指標 | 令和7年度目標値 | 令和7年度実績値）。",
    en: "{file} has no department sheet to grade. A table becomes readable with a header row of 指標 and 目標値 or 実績値 (e.g. 指標 | 令和7年度目標値 | 令和7年度実績値).",
  },
  "grade.cli.toFix": { ja: "［要修正］", en: "[to fix]" },
  "grade.cli.waiting": { ja: "［未評価］", en: "[not graded yet]" },
  "grade.cli.sheet": {
    ja: "シート「{sheet}」: 全体の達成度 {grade}（{counts}）、要修正 {problems} 件、未評価 {waiting} 件",
    en: "Sheet “{sheet}”: overall grade {grade} ({counts}), {problems} to fix, {waiting} not graded yet",
  },
  "grade.cli.ungraded": { ja: "未評価", en: "ungraded" },
  "grade.cli.interim": {
    ja: "中間評価 {grade}（{basis}）",
    en: "Mid-year grade {grade} ({basis})",
  },
  "grade.interim.basisElapsed": {
    ja: "中間時点 {date}：目標値を年度の経過割合 {share} で按分",
    en: "as of {date}: the target pro-rated to {share}, the share of the fiscal year gone by",
  },
  "grade.interim.basisElapsedNoShare": {
    ja: "中間時点 {date}",
    en: "as of {date}",
  },
  "grade.interim.basisShare": {
    ja: "目標値の {share} に対して",
    en: "against {share} of the target",
  },
  "grade.interim.basisPlanYear": {
    ja: "{first}からの計画の年数 × {percent}%：目標値の {share} に対して",
    en: "{percent}% per year of a plan from {first}: against {share} of the target",
  },
  "grade.interim.basisPlanYearNoYear": {
    ja: "{first}からの計画の年数 × {percent}%（シートの年度を読み取れません）",
    en: "{percent}% per year of a plan from {first} (the sheet's year cannot be read)",
  },
  "grade.interim.basisPlanYearBefore": {
    ja: "{first}からの計画の年数 × {percent}%（シートの年度は計画の前です）",
    en: "{percent}% per year of a plan from {first} (the sheet's year is before the plan)",
  },
  "grade.interim.noDate": { ja: "中間時点なし", en: "no interim date" },
  "grade.cli.none": { ja: "なし", en: "none" },
  "grade.cli.failed": { ja: "シート「{sheet}」: {reason}", en: "Sheet “{sheet}”: {reason}" },
  "grade.cli.converted": {
    ja: "数値に変換したセル {count} 件（元の入力は「{log}」シートに記録）",
    en: "{count} cell(s) converted to numbers (the original input is kept in the sheet “{log}”)",
  },
  "grade.cli.written": { ja: "{file} に書き出しました。", en: "Wrote {file}." },
} as const satisfies MessageSection;
