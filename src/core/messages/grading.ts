import type { MessageSection } from "./types";

/** Texts of the grading room. Keys are namespaced "grading.…". */
export const gradingMessages = {
  // Why an indicator, goal or department has no grade (one per GradingReason).
  "grading.reason.target_missing": {
    ja: "目標値がありません。目標値を入力してください。",
    en: "The target is missing. Enter a target.",
  },
  "grading.reason.target_unreadable": {
    ja: "目標値を数値として読み取れません。",
    en: "The target cannot be read as a number.",
  },
  "grading.reason.target_zero": {
    ja: "目標値が 0 のため、達成率を計算できません（実績と目標の比になるため）。0 を保つ・0 にする指標は、方向を「維持」にしてください。",
    en: "The target is 0, so no rate can be computed (it is a ratio of actual and target). For an indicator that keeps or brings a value to 0, set its direction to 「維持」 (keep).",
  },
  "grading.reason.actual_missing": {
    ja: "実績値がありません。",
    en: "The actual is missing.",
  },
  "grading.reason.not_applicable": {
    ja: "対象外です（「－」「該当なし」など）。この指標は評価しません。",
    en: "Not applicable (“－”, 該当なし or similar): this indicator is not graded.",
  },
  "grading.reason.actual_pending": {
    ja: "実績は作業中です。確定値または見込み値が入ると評価します。",
    en: "The actual is still in progress (作業中). It is graded once a final or estimated value is entered.",
  },
  "grading.reason.actual_unreadable": {
    ja: "実績値を数値として読み取れません。",
    en: "The actual cannot be read as a number.",
  },
  "grading.reason.baseline_missing": {
    ja: "基準値がありません。基準値からの進捗で評価するには基準値が必要です。",
    en: "The baseline is missing; progress from a baseline needs one.",
  },
  "grading.reason.baseline_unreadable": {
    ja: "基準値を数値として読み取れません。",
    en: "The baseline cannot be read as a number.",
  },
  "grading.reason.baseline_equals_target": {
    ja: "基準値と目標値が同じため、進捗率を計算できません。",
    en: "The baseline equals the target, so progress cannot be computed.",
  },
  "grading.reason.several_values": {
    ja: "1つのセルに複数の値があります。指標を分けて入力してください。",
    en: "One cell holds several values. Split them into separate indicators.",
  },
  "grading.reason.ambiguous": {
    ja: "値の読み方が一つに定まりません。数値を確認してください。",
    en: "The value can be read in more than one way. Check the number.",
  },
  "grading.reason.negative_base": {
    ja: "割る数（目標値、または減少を目指す指標の実績値）が負のため、達成率を計算できません。基準値からの進捗で評価してください。",
    en: "The divisor (the target, or the actual of a lower-is-better indicator) is negative, so no rate can be computed. Use progress from a baseline.",
  },
  "grading.reason.unit_mismatch": {
    ja: "目標値と実績値（または基準値）の単位が違います。同じ単位で入力してください。",
    en: "The target and the actual (or the baseline) have different units. Use the same unit.",
  },
  "grading.reason.outside_band": {
    ja: "実績が目標の範囲外です。範囲外の基準値があれば、範囲への近づき具合で評価します。基準値を入力するか、手入力で評価してください。",
    en: "The actual is outside the target band. With a baseline outside the band, the rate measures how far it moved towards the band; enter one, or grade by hand.",
  },
  "grading.reason.band_invalid": {
    ja: "範囲の下限が上限より大きくなっています。",
    en: "The band's lower end is above its upper end.",
  },
  "grading.reason.manual_without_reason": {
    ja: "手入力の達成度には理由が必要です。理由を入力してください。",
    en: "A grade entered by hand needs a reason. Enter the reason.",
  },
  "grading.reason.manual_grade_unknown": {
    ja: "手入力の達成度が評価尺度にありません。",
    en: "The grade entered by hand is not on the scale.",
  },
  "grading.reason.manual_grade_required": {
    ja: "この評価尺度は手入力で評価します。達成度と理由を入力してください。",
    en: "This scale is graded by hand. Enter a grade and a reason.",
  },
  "grading.reason.no_gradable_indicator": {
    ja: "評価できる指標がないため、達成度を決められません。",
    en: "No indicator could be graded, so there is no overall grade.",
  },
  "grading.reason.invalid_weight": {
    ja: "重みは 0 以上の数値にしてください。",
    en: "Weights must be numbers of 0 or more.",
  },
  "grading.reason.interim_date_missing": {
    ja: "中間時点（中間実績の日付）がありません。ヘッダーの「中間時点」に日付を入力すると、年度の経過割合で按分した目標と比べて中間評価します。",
    en: "The interim date (中間時点) is missing. Enter it in the header and the interim actuals are graded against the target pro-rated by the share of the year gone by.",
  },
  "grading.reason.interim_date_unreadable": {
    ja: "中間時点を日付として読み取れません。2025/9/30 や 令和7年9月30日 のように入力してください。",
    en: "The interim date (中間時点) cannot be read as a date. Type it as 2025/9/30 or 令和7年9月30日.",
  },
  "grading.reason.interim_year_missing": {
    ja: "シートの年度を読み取れないため、計画の何年目かが分からず中間評価できません。タイトルの年度を確認してください。",
    en: "The sheet's fiscal year cannot be read, so the year of the plan is unknown and there is no mid-year grade. Check the title's year.",
  },
  "grading.reason.interim_year_before_plan": {
    ja: "シートの年度が中間評価の基準にある計画の初年度より前のため、中間評価できません。",
    en: "The sheet's fiscal year is before the first year of the plan the mid-year rule counts from, so there is no mid-year grade.",
  },
  "grading.reason.interim_date_outside_year": {
    ja: "中間時点がシートの年度（4月〜3月）の中にありません。",
    en: "The interim date (中間時点) is not within the sheet's fiscal year (April to March).",
  },
  "grading.interim.reason.actual_unreadable": {
    ja: "中間実績を数値として読み取れません。",
    en: "The interim actual (中間実績) cannot be read as a number.",
  },
  "grading.interim.reason.unit_mismatch": {
    ja: "目標値と中間実績（または基準値）の単位が違います。同じ単位で入力してください。",
    en: "The target and the interim actual (or the baseline) have different units. Use the same unit.",
  },
  "grading.reason.invalid_input": {
    ja: "入力を読み取れません。",
    en: "The input cannot be read.",
  },
  "grading.reason.invalid_scale": {
    ja: "評価尺度が正しくありません。",
    en: "The grading scale is not valid.",
  },

  // What a graded result says.
  "grading.outcome.gradedWithRate": {
    ja: "達成率 {rate}、達成度 {grade}（{label}）",
    en: "Rate {rate}, grade {grade} ({label})",
  },
  "grading.outcome.graded": { ja: "達成度 {grade}（{label}）", en: "Grade {grade} ({label})" },
  "grading.outcome.rateUnbounded": {
    ja: "実績が 0 のため達成率は計算しません（少ないほど良い指標で、目標を上回っています）。",
    en: "The actual is 0, so there is no rate (lower is better, and it beats the target).",
  },
  "grading.outcome.estimate": { ja: "実績は見込みです。", en: "The actual is an estimate." },
  "grading.outcome.manual": { ja: "手入力の達成度です。", en: "Graded by hand." },

  // Errors in a scale read from JSON; {field} is the path, e.g. grades[1].min.
  "grading.scale.error.required": { ja: "{field} がありません。", en: "{field} is missing." },
  "grading.scale.error.type": {
    ja: "{field} の形式が正しくありません（{expected}が必要です）。",
    en: "{field} has the wrong type ({expected} expected).",
  },
  "grading.scale.error.empty": { ja: "{field} が空です。", en: "{field} is empty." },
  "grading.scale.error.tooFewGrades": {
    ja: "{field} には少なくとも {minimum} つの段階が必要です。",
    en: "{field} needs at least {minimum} grades.",
  },
  "grading.scale.error.tooLong": {
    ja: "{field} が長すぎます（{maximum} 文字まで）。",
    en: "{field} is too long ({maximum} characters at most).",
  },
  "grading.scale.error.notPositive": {
    ja: "{field} は 1 以上の整数にしてください。",
    en: "{field} must be a whole number of 1 or more.",
  },
  "grading.scale.error.unknownKey": {
    ja: "{field} に不明な項目があります: {keys}",
    en: "{field} has unknown keys: {keys}",
  },
  "grading.scale.error.bound": {
    ja: "{field} はパーセントの数値にしてください（例: 70）。",
    en: "{field} must be a number in percent (e.g. 70).",
  },
  "grading.scale.error.boundOnManual": {
    ja: "{field}: 手入力で評価する尺度には下限を設定できません。",
    en: "{field}: a scale graded by hand has no bounds.",
  },
  "grading.scale.error.boundMissing": {
    ja: "{field}: 段階 {letter} に下限（パーセント）がありません。最後の段階以外には下限が必要です。",
    en: "{field}: grade {letter} has no lower bound (percent). Every grade but the last needs one.",
  },
  "grading.scale.error.lastBound": {
    ja: "{field}: 最後の段階 {letter} の下限は省略するか 0 にしてください（それより低い達成率はすべてこの段階です）。",
    en: "{field}: the last grade {letter} takes every lower rate; leave its bound out or set it to 0.",
  },
  "grading.scale.error.notDescending": {
    ja: "{field}: 段階 {letter} の下限は、一つ上の段階の下限より小さくしてください。",
    en: "{field}: the bound of grade {letter} must be below the bound of the grade above it.",
  },
  "grading.scale.error.duplicateLetter": {
    ja: "{field}: 記号 {letter} が重複しています。",
    en: "{field}: the letter {letter} is used twice.",
  },
  "grading.scale.error.invalid": { ja: "{field} が正しくありません。", en: "{field} is not valid." },
  "grading.scale.error.interimShare": {
    ja: "{field}: 中間評価の割合は 0 より大きく 100 以下のパーセントにしてください（例: 50）。",
    en: "{field}: the mid-year share must be a percent above 0 and at most 100 (e.g. 50).",
  },
  "grading.scale.error.interimRule": {
    ja: '{field}: 中間評価の基準は {"basis": "elapsed"}（年度の経過割合で按分）、{"basis": "share", "percent": 50}（目標値の一定割合）か {"basis": "planYear", "percent": 20, "firstYear": 2024}（計画の n 年目に 20% × n）にしてください。',
    en: '{field}: the mid-year rule is {"basis": "elapsed"} (pro-rated by the fiscal year gone by), {"basis": "share", "percent": 50} (a fixed share of the target) or {"basis": "planYear", "percent": 20, "firstYear": 2024} (20% × n in year n of a plan).',
  },

  // The command line.
  "grading.cli.usage": {
    ja: [
      "使い方: tassei <コマンド>",
      '  tassei parse "<テキスト>"   セルの値を読み取り、結果を JSON で1行出力します。',
      "  tassei eval [--scale <尺度>] [--lower-is-better ratio|progress]",
      "      標準入力の JSON Lines（1行に1指標）を評価し、1行ずつ JSON で出力します。",
      "  tassei new <出力.xlsx> --department <部> --year <年度> [--head <部長>] [--layout header,goals,kpi,kgi]",
      "      [--goals <数>] [--scale <尺度>] [--interim elapsed|<割合%>|<割合%>/年:<初年度>] [--sheet <シート名>]",
      "      部のシートを新しい .xlsx ファイルに書き出します（年度は 2025、R7、令和7。--interim は中間評価の基準:",
      "      elapsed は中間時点までの年度の経過割合で目標値を按分（標準）、66.7% は目標値の 66.7%、",
      "      20%/年:R6 は令和6年度からの計画の n 年目に目標値の 20% × n）。",
      "  tassei rollover <入力.xlsx> -o <出力.xlsx> [--year <年度>]",
      "      部のシートごとに次年度のシートを作り、新しいファイルに書き出します（今年度の実績は基準値に、実績・評価は空に）。",
      "  tassei grade <入力.xlsx> [-o <出力.xlsx>] [--pdf <出力.pdf>] [--json] [--lower-is-better ratio|progress]",
      "      部のシートをすべて評価します。-o で評価結果を書き込んだ新しいファイルを作ります（入力ファイルは変更しません）。",
      "      --pdf で公表用の PDF を作ります（LibreOffice が必要です）。",
      "      問題があれば終了コード 1、使い方の誤りや読めないファイルは 2 です。",
      "  tassei consolidate <ファイルまたはフォルダ…> -o <出力.xlsx> [--pdf <出力.pdf>] [--json] [--year <年度>]",
      "      [--roster <部局一覧>] [--lower-is-better ratio|progress]",
      "      部のブックを集めて「全庁サマリー」を作ります。集計するのは1つの年度（--year、省略時は最新の年度）で、",
      "      他の年度のシートは対象外として一覧に載せます（前年度のシートは比較に使います）。--roster は市の部局の一覧（1行に1部局の",
      "      テキスト・CSV、または .xlsx）で、取込元のない部局を「未提出」として載せます。",
      "      フォルダはその中の .xlsx / .xlsm / .csv ファイル（サブフォルダは含まず、",
      "      名前順、~$ で始まる一時ファイルは除く）。集計元のファイルは変更しません。出力ファイルが既にあり全庁サマリーを",
      "      含むときは、そのシートだけを作り直します（そのブックの部のシートも集計します）。",
      "      集計できないファイルや未提出の部局があれば終了コード 1、使い方の誤りは 2 です。",
      "  tassei --help   この説明を表示します。",
      "  tassei --version  版を表示します。",
      "尺度: {scales}",
    ].join("\n"),
    en: [
      "Usage: tassei <command>",
      '  tassei parse "<text>"   Read one cell\'s value and print the result as one JSON line.',
      "  tassei eval [--scale <scale>] [--lower-is-better ratio|progress]",
      "      Grade JSON Lines from standard input (one indicator per line), one JSON line out per line in.",
      "  tassei new <out.xlsx> --department <name> --year <year> [--head <name>] [--layout header,goals,kpi,kgi]",
      "      [--goals <n>] [--scale <scale>] [--interim elapsed|<share%>|<share%>/year:<first year>] [--sheet <name>]",
      "      Write a department sheet to a new .xlsx file (year: 2025, R7, 令和7; --interim is the mid-year check's",
      "      rule: elapsed pro-rates the target by the fiscal year gone by (standard), 66.7% judges against 66.7% of it,",
      "      20%/year:2024 judges year n of a plan from FY2024 against 20% × n of it).",
      "  tassei rollover <in.xlsx> -o <out.xlsx> [--year <year>]",
      "      Make next year's sheet of every department sheet in a new file (this year's actual becomes the baseline).",
      "  tassei grade <in.xlsx> [-o <out.xlsx>] [--pdf <out.pdf>] [--json] [--lower-is-better ratio|progress]",
      "      Grade every department sheet. -o writes the graded workbook to a new file (the input is never changed);",
      "      --pdf writes the publication PDF (needs LibreOffice).",
      "      Exit 1 when problems are found, 2 on a wrong command line or an unreadable file.",
      "  tassei consolidate <files or folders…> -o <out.xlsx> [--pdf <out.pdf>] [--json] [--year <fiscal year>]",
      "      [--roster <file>] [--lower-is-better ratio|progress]",
      "      Consolidate department workbooks into a city-wide summary sheet of one fiscal year (--year, else the",
      "      latest found); sheets of other years are listed as skipped (the year before is used for comparison).",
      "      --roster names the city's departments (one a line in a text or CSV file, or an .xlsx); those with no",
      "      source are listed as not submitted. A folder stands for the .xlsx / .xlsm / .csv",
      "      files in it (not in its subfolders; by name; Excel's ~$ lock files left out). Sources are never changed.",
      "      When the output exists and holds a Tassei summary, only that sheet is regenerated (and the department",
      "      sheets of that workbook are consolidated too).",
      "      Exit 1 when a source could not be consolidated or a department sent nothing, 2 on a wrong command line.",
      "  tassei --help   Show this help.",
      "  tassei --version  Show the version.",
      "Scales: {scales}",
    ].join("\n"),
  },
  "grading.cli.unknownCommand": { ja: "不明なコマンドです: {command}", en: "Unknown command: {command}" },
  "grading.cli.noCommand": { ja: "コマンドを指定してください。", en: "Give a command." },
  "grading.cli.parseArgument": {
    ja: "parse には読み取るテキストを1つ指定してください。",
    en: "parse takes exactly one text to read.",
  },
  "grading.cli.unknownOption": { ja: "不明なオプションです: {option}", en: "Unknown option: {option}" },
  "grading.cli.optionValue": {
    ja: "オプション {option} の値が正しくありません: {value}",
    en: "Option {option} has an invalid value: {value}",
  },
  "grading.cli.unknownScale": {
    ja: "不明な評価尺度です: {name}（使えるもの: {names}）",
    en: "Unknown scale: {name} (available: {names})",
  },
  "grading.cli.stdinUnreadable": {
    ja: "標準入力を読み取れません: {detail}",
    en: "Cannot read standard input: {detail}",
  },

  // Problems with one line of `tassei eval` input; {line} is its line number.
  "grading.input.notJson": {
    ja: "{line} 行目を JSON として読み取れません。",
    en: "Line {line} is not valid JSON.",
  },
  "grading.input.notObject": {
    ja: "{line} 行目は JSON オブジェクトではありません。",
    en: "Line {line} is not a JSON object.",
  },
  "grading.input.field": {
    ja: "{line} 行目の {field} が正しくありません。",
    en: "Line {line}: {field} is not valid.",
  },
  "grading.input.scale": {
    ja: "{line} 行目の評価尺度が正しくありません: {detail}",
    en: "Line {line}: the scale is not valid: {detail}",
  },
} as const satisfies MessageSection;
