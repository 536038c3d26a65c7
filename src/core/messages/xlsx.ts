import type { MessageSection } from "./types";

/** Texts of the .xlsx file adapter. Keys are namespaced "xlsx.…". */
export const xlsxMessages = {
  "xlsx.read.empty": {
    ja: "ファイルが空です（0 バイト）。",
    en: "The file is empty (0 bytes).",
  },
  "xlsx.read.encrypted": {
    ja: "パスワードで保護されたブックは読み込めません。Excel でパスワードを解除して保存し直してください。",
    en: "This workbook is password-protected. Remove the password in Excel, save it, and try again.",
  },
  "xlsx.read.legacy": {
    ja: "古い Excel 形式（.xls）などのファイルです。Excel で「Excel ブック (*.xlsx)」として保存し直してください。",
    en: "This is an old Excel (.xls) or other binary Office file. Save it in Excel as “Excel Workbook (*.xlsx)”.",
  },
  "xlsx.read.notZip": {
    ja: "Excel ブック（.xlsx）ではありません（CSV・PDF・テキストなどのファイルです）。",
    en: "This is not an Excel workbook (.xlsx); it looks like a CSV, PDF, text or other file.",
  },
  "xlsx.read.corrupt": {
    ja: "ファイルが壊れているか、途中で切れているため読み込めません。元のファイルをもう一度保存してください。",
    en: "The file is damaged or incomplete and cannot be read. Save the original again.",
  },
  "xlsx.read.notWorkbook": {
    ja: "Excel ブック（.xlsx / .xlsm）ではありません（Word・PowerPoint・バイナリ形式 .xlsb などのファイルです）。",
    en: "This is not an Excel workbook (.xlsx / .xlsm); it may be a Word, PowerPoint or binary .xlsb file.",
  },
  "xlsx.read.packageTooLarge": {
    ja: "ファイルの中身を展開すると合計で大きすぎるため読みません（上限 {limit} MB）。壊れているか、不正に作られたファイルの可能性があります。",
    en: "The parts inside the file are too large together once unzipped (the limit is {limit} MB), so it is not read: the file may be damaged or deliberately crafted.",
  },
  "xlsx.read.inflatedTooLarge": {
    ja: "ファイル内の {part} を展開すると大きすぎるため読みません（上限 {limit} MB）。壊れているか、不正に作られたファイルの可能性があります。",
    en: "{part} inside the file is too large once unzipped (the limit is {limit} MB), so it is not read: the file may be damaged or deliberately crafted.",
  },
  "xlsx.read.tooLarge": {
    ja: "シート「{sheet}」の使用範囲が大きすぎます（{cells} セル、上限 {limit} セル）。不要な行や列を削除してください。",
    en: "Sheet “{sheet}” uses too large a range ({cells} cells, limit {limit}). Delete unused rows or columns.",
  },
  "xlsx.load.willLose": {
    ja: "このブックには保存時に失われる要素があります: {features}",
    en: "This workbook holds things that would be lost when it is saved: {features}",
  },
  "xlsx.apply.sheetExists": {
    ja: "シート「{sheet}」は既にあります。別の名前を指定してください。",
    en: "A sheet named “{sheet}” already exists. Choose another name.",
  },
  "xlsx.apply.sheetMissing": {
    ja: "シート「{sheet}」が見つかりません。",
    en: "There is no sheet named “{sheet}”.",
  },
  "xlsx.apply.sheetName": {
    ja: "「{sheet}」はシート名に使えません（31 文字以内、: \\ / ? * [ ] と前後の ' は使えません）。",
    en: "“{sheet}” cannot be a sheet name (at most 31 characters, none of : \\ / ? * [ ], no ' at either end).",
  },
  "xlsx.apply.duplicateSheet": {
    ja: "シート「{sheet}」が計画に 2 回出てきます。",
    en: "Sheet “{sheet}” appears twice in the plan.",
  },
  "xlsx.apply.outOfRange": {
    ja: "シート「{sheet}」への書き込みがシートの範囲（1,048,576 行 × 16,384 列）を超えます。",
    en: "A write to sheet “{sheet}” goes beyond the sheet (1,048,576 rows × 16,384 columns).",
  },
  "xlsx.apply.textTooLong": {
    ja: "シート「{sheet}」のセル {cell} の文字列が長すぎます（{length} 文字、上限 {limit} 文字）。",
    en: "The text for cell {cell} on sheet “{sheet}” is too long ({length} characters, limit {limit}).",
  },
  "xlsx.apply.formula": {
    ja: "シート「{sheet}」のセル {cell} の数式が「=」で始まっていません。",
    en: "The formula for cell {cell} on sheet “{sheet}” does not begin with “=”.",
  },
  "xlsx.apply.number": {
    ja: "シート「{sheet}」のセル {cell} の数値が有限ではありません。",
    en: "The number for cell {cell} on sheet “{sheet}” is not finite.",
  },
  "xlsx.apply.color": {
    ja: "シート「{sheet}」の色「{color}」は #RRGGBB 形式ではありません。",
    en: "Colour “{color}” on sheet “{sheet}” is not in #RRGGBB form.",
  },
  "xlsx.apply.tableName": {
    ja: "「{table}」はテーブル名に使えません（先頭は文字か _、空白・記号なし、255 文字以内、セル番地と同じ名前は不可）。",
    en: "“{table}” cannot be a table name (start with a letter or _, no spaces or symbols, at most 255 characters, not a cell address).",
  },
  "xlsx.apply.tableNameTaken": {
    ja: "テーブル名「{table}」は別のシートで使われています。",
    en: "The table name “{table}” is already used on another sheet.",
  },
  "xlsx.apply.tableHeaders": {
    ja: "シート「{sheet}」のテーブル「{table}」の見出しが範囲の列数と合わないか、空・重複があるか、セルの内容と異なります。",
    en: "The headers of table “{table}” on sheet “{sheet}” do not match its columns, are empty or repeated, or differ from the cells.",
  },
  "xlsx.apply.validationList": {
    ja: "シート「{sheet}」の {range} の入力規則の選択肢が使えません（空、「,」を含む、または合計 255 文字超）。",
    en: "The choices of the validation list on {range} of sheet “{sheet}” cannot be used (empty, containing “,”, or over 255 characters).",
  },
  "xlsx.apply.propertyTooLong": {
    ja: "シート「{sheet}」のプロパティ「{key}」の値が {limit} 文字を超えています。",
    en: "The value of property “{key}” on sheet “{sheet}” is longer than {limit} characters.",
  },
  "xlsx.apply.inPlace": {
    ja: "シート「{sheet}」の{feature}は、元のファイルに直接書き込む方法では作れません（Tassei の不具合です）。",
    en: "The {feature} of sheet “{sheet}” cannot be made by writing into the file in place (a defect in Tassei).",
  },
  "xlsx.apply.rowInsert": {
    ja: "シート「{sheet}」の表に行を挿入する変更は、ファイルには適用できません。Excel で Tassei の作業ウィンドウから追加してください。",
    en: "Rows inserted into the tables of sheet “{sheet}” cannot be applied to a file. Add them from Tassei's pane in Excel.",
  },
  "xlsx.unsupported.chart": {
    ja: "シート「{sheet}」のグラフ「{chart}」は .xlsx ファイルには作成できません。Excel でアドインから作成してください。",
    en: "Chart “{chart}” on sheet “{sheet}” cannot be created in an .xlsx file; create it with the add-in in Excel.",
  },
} as const satisfies MessageSection;
