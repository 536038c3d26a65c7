import type { MessageSection } from "./types";

/** Texts of command-line commands other than parse/eval. Keys are namespaced "cli.…". */
export const cliMessages = {
  "cli.new.missingOutput": {
    ja: "new には書き出す .xlsx ファイルを1つ指定してください。",
    en: "new takes exactly one .xlsx file to write.",
  },
  "cli.new.exists": {
    ja: "ファイル {file} はすでにあります。既存のファイルは上書きしません。別の名前を指定してください。",
    en: "The file {file} already exists. Tassei never overwrites a file: give another name.",
  },
  "cli.new.written": { ja: "{file} にシート「{sheet}」を書き出しました。", en: "Wrote the sheet “{sheet}” to {file}." },
  "cli.new.cannotWrite": { ja: "{file} に書き出せません: {reason}", en: "Cannot write {file}: {reason}" },
  "cli.write.noSpace": { ja: "ディスクの空きが足りません（{code}）", en: "no space left on the disk ({code})" },
  "cli.write.tooLarge": {
    ja: "ファイルの大きさの上限を超えます（{code}）",
    en: "the file would exceed the allowed file size ({code})",
  },
  "cli.write.denied": { ja: "書き込む権限がありません（{code}）", en: "permission denied ({code})" },
  "cli.write.readOnly": { ja: "読み取り専用の場所です（{code}）", en: "the location is read-only ({code})" },
  "cli.write.noFolder": {
    ja: "書き出す先のフォルダーがありません（{code}）",
    en: "the folder does not exist ({code})",
  },
  "cli.write.taken": {
    ja: "書き出す間に同じ名前のファイルができました。上書きはしません（{code}）",
    en: "a file of that name appeared meanwhile; it is not overwritten ({code})",
  },
  "cli.write.other": { ja: "システムのエラーです（{code}: {detail}）", en: "a system error ({code}: {detail})" },
  "cli.rollover.usage": {
    ja: "rollover には入力の .xlsx ファイルを1つと、書き出すファイル（-o <出力.xlsx>）を指定してください。",
    en: "rollover takes one input .xlsx file and the file to write (-o <out.xlsx>).",
  },
  "cli.rollover.made": {
    ja: "シート「{from}」から次年度のシート「{sheet}」を作りました。",
    en: "Made next year's sheet “{sheet}” from “{from}”.",
  },
  "cli.rollover.failed": { ja: "シート「{sheet}」: {reason}", en: "Sheet “{sheet}”: {reason}" },
  "cli.rollover.nothing": {
    ja: "{file} には次年度のシートを作れる部のシートがありません。",
    en: "{file} has no department sheet to make next year's sheet from.",
  },
  "cli.new.layout": {
    ja: "--layout には header, goals, kpi, kgi をカンマ区切りで指定してください（{value}）。",
    en: "--layout takes header, goals, kpi, kgi separated by commas ({value}).",
  },
  "cli.consolidate.noInputs": {
    ja: "consolidate には部のファイルかフォルダを1つ以上指定してください。",
    en: "consolidate takes one or more department files or folders.",
  },
  "cli.consolidate.noOutput": {
    ja: "書き出すファイルを -o <出力.xlsx> で指定してください。",
    en: "Give the file to write with -o <out.xlsx>.",
  },
  "cli.consolidate.notFound": {
    ja: "{path} が見つかりません。",
    en: "{path} does not exist.",
  },
  "cli.consolidate.folderUnreadable": {
    ja: "フォルダ {path} を読めません: {reason}",
    en: "Cannot read the folder {path}: {reason}",
  },
  "cli.consolidate.noFiles": {
    ja: "指定したフォルダに .xlsx ファイルがありません: {paths}",
    en: "There is no .xlsx file in the folders given: {paths}",
  },
  "cli.consolidate.outputIsInput": {
    ja: "{file} は集計元のファイルです。集計元は変更しません。別の出力ファイルを指定してください。",
    en: "{file} is one of the sources. Sources are never changed: give another output file.",
  },
  "cli.consolidate.outputExists": {
    ja: "ファイル {file} はすでにあり、Tassei の「{sheet}」を含みません。既存のファイルは上書きしません。別の名前を指定してください。",
    en: "The file {file} already exists and holds no Tassei “{sheet}” sheet. Tassei never overwrites a file: give another name.",
  },
  "cli.consolidate.outputUnreadable": {
    ja: "出力ファイル {file} はすでにありますが、読めないため書き換えません: {reason}",
    en: "The output file {file} exists but cannot be read, so it is not rewritten: {reason}",
  },
  "cli.consolidate.outputWouldLose": {
    ja: "{file} を書き換えると失われるものがあります（{features}）。新しいファイルに書き出してください。",
    en: "Rewriting {file} would lose {features}. Write to a new file instead.",
  },
  "cli.consolidate.cannotWrite": { ja: "{file} に書き出せません: {reason}", en: "Cannot write {file}: {reason}" },
  "cli.file.cannotOpen": {
    ja: "{file} を開けません: {reason}",
    en: "Cannot open {file}: {reason}",
  },
  "cli.file.notRegular": {
    ja: "{file} は通常のファイルではない（名前付きパイプや装置など）ため、読みません。",
    en: "{file} is not a regular file (a named pipe, a device…), so it is not read.",
  },
  "cli.file.tooLarge": {
    ja: "{file} は大きすぎるため読みません（{size} MB 以上、上限 {limit} MB）。",
    en: "{file} is too large to read (at least {size} MB; the limit is {limit} MB).",
  },
  "cli.consolidate.progressRead": { ja: "読み込みました", en: "read" },
  "cli.usageHint": { ja: "使い方: tassei --help", en: "Usage: tassei --help" },
  "cli.optionNeedsValue": { ja: "オプション {option} には値が必要です。", en: "Option {option} needs a value." },
  "cli.pdf.extension": {
    ja: "PDF のファイル名は .pdf で終わる必要があります: {file}",
    en: "The PDF file name must end in .pdf: {file}",
  },
  "cli.pdf.noLibreOffice": {
    ja: "PDF を作るには LibreOffice が必要です（Debian / Ubuntu: {hint}。Windows・macOS は libreoffice.org から）。{file} は書き出していません。",
    en: "Making a PDF needs LibreOffice (Debian / Ubuntu: {hint}; Windows and macOS: libreoffice.org). {file} was not written.",
  },
  "cli.pdf.failed": {
    ja: "PDF {file} を書き出せません: {reason}",
    en: "Cannot write the PDF {file}: {reason}",
  },
  "cli.pdf.workbookWritten": {
    ja: "{workbook} は書き出しました。{reason}",
    en: "{workbook} was written. {reason}",
  },
  "cli.pdf.written": { ja: "PDF を書き出しました: {file}", en: "Wrote the PDF {file}" },
  "cli.outputExtension": {
    ja: "出力ファイル名は .xlsx で終わる必要があります: {file}",
    en: "The output file name must end in .xlsx: {file}",
  },
  "cli.csv.binary": {
    ja: "CSV ファイルではありません（文字以外のデータを含んでいます）。",
    en: "This is not a CSV file (it holds data other than text).",
  },
  "cli.csv.too-large": {
    ja: "CSV が大きすぎます（200 万セルまで）。部ごとのファイルに分けてください。",
    en: "The CSV is too large (at most 2 million cells). Split it into one file per department.",
  },
  "cli.csv.noPdf": {
    ja: "CSV ファイルからは PDF を作れません（--pdf は .xlsx / .xlsm に使います）。",
    en: "A CSV file cannot be printed to a PDF (--pdf takes an .xlsx or .xlsm file).",
  },
  "cli.csv.noOutput": {
    ja: "CSV には評価結果を書き込めません（-o は .xlsx の入力だけに使えます）。--json で結果を確認するか、Excel で .xlsx として保存してから評価してください。",
    en: "Grades cannot be written into a CSV (-o takes .xlsx inputs only). Use --json to see the results, or save it as .xlsx in Excel and grade that.",
  },
  "cli.consolidate.progressNoDepartment": {
    ja: "開けましたが、部のシートが見つかりません",
    en: "opened, but no department sheet was found",
  },
  "cli.consolidate.progressUnreadable": { ja: "読めません（{reason}）", en: "cannot be read ({reason})" },
  "cli.consolidate.city": {
    ja: "  全庁: {grade}（{rate}）、{departments} 部局の達成率の平均",
    en: "  City-wide: {grade} ({rate}), the mean of {departments} departments' rates",
  },
  "cli.consolidate.notSignedOff": {
    ja: "  課長確認・部長確認が済んでいない部局 {count} 部: {departments}",
    en: "  Not yet signed off by the section and department heads: {count}: {departments}",
  },
  "cli.consolidate.notSubmitted": {
    ja: "  未提出 {count} 部（部局一覧 {roster} 部のうち）: {departments}",
    en: "  Not submitted: {count} of {roster} departments on the roster: {departments}",
  },
  "cli.consolidate.rosterComplete": {
    ja: "  部局一覧の {roster} 部はすべて提出済みです。",
    en: "  Every one of the {roster} departments on the roster sent a source.",
  },
  "cli.consolidate.rosterUnreadable": {
    ja: "部局一覧 {file} を読み取れません（テキスト、CSV、.xlsx のいずれかにしてください）。",
    en: "Cannot read the roster {file} (give a text, CSV or .xlsx file).",
  },
  "cli.consolidate.rosterEmpty": {
    ja: "部局一覧 {file} に部局がありません（1行に1部局を書いてください）。",
    en: "The roster {file} names no department (write one a line).",
  },
  "cli.consolidate.previousCity": {
    ja: "  前年度（{year}）の全庁: {grade}（{rate}）",
    en: "  City-wide the year before ({year}): {grade} ({rate})",
  },
  "cli.consolidate.previousSource": {
    ja: "  前年度として比較（集計に含めない）: {source}（{year}）",
    en: "  Compared as the year before (not included): {source} ({year})",
  },
  "cli.consolidate.year": {
    ja: "  {year} を集計しました（他の年度のため対象外: {skipped}）。",
    en: "  Consolidated {year} (left out as other years: {skipped}).",
  },
  "cli.consolidate.skippedSource": {
    ja: "  {source}: {year} のため対象外",
    en: "  {source}: {year}, not included",
  },
  "cli.consolidate.written": {
    ja: "{file} に「{sheet}」を書き出しました: 部 {departments}、集計元 {sources}（うち集計できなかったもの {failed}）、要確認 {exceptions} 件。",
    en: "Wrote “{sheet}” to {file}: {departments} departments, {sources} sources ({failed} not consolidated), {exceptions} exceptions.",
  },
  "cli.consolidate.regenerated": {
    ja: "{file} の「{sheet}」を作り直しました: 部 {departments}、集計元 {sources}（うち集計できなかったもの {failed}）、要確認 {exceptions} 件。",
    en: "Regenerated “{sheet}” in {file}: {departments} departments, {sources} sources ({failed} not consolidated), {exceptions} exceptions.",
  },
  "cli.consolidate.department": {
    ja: "  {department}（{year}）: 全体の達成度 {grade}、{counts}",
    en: "  {department} ({year}): overall grade {grade}, {counts}",
  },
  "cli.consolidate.failedSource": {
    ja: "  {source}: {reason}",
    en: "  {source}: {reason}",
  },
  "cli.consolidate.exceptionCount": { ja: "  {kind}: {count} 件", en: "  {kind}: {count}" },
  "cli.consolidate.exceptionsHeading": { ja: "要確認（種類別）:", en: "Exceptions by kind:" },
  "cli.consolidate.none": { ja: "なし", en: "none" },
  "cli.consolidate.ungraded": { ja: "未評価", en: "ungraded" },
} as const satisfies MessageSection;
