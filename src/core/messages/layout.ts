import type { MessageSection } from "./types";

/** Texts of the department sheet layouts: planning a sheet and reading it back. Keys are namespaced "layout.…". */
export const layoutMessages = {
  // Planning a sheet: inputs no sheet can hold.
  "layout.plan.sheetId": {
    ja: "シートの識別子「{id}」は使えません（半角英数字と _ で 1〜{max} 文字）。",
    en: "“{id}” cannot be a sheet id (1–{max} ASCII letters, digits or _).",
  },
  "layout.plan.propertyTooLong": {
    ja: "シートの管理情報「{key}」が {length} 文字になり、Excel の上限 {limit} 文字を超えます。",
    en: "Sheet metadata “{key}” would be {length} characters, over Excel's limit of {limit}.",
  },
  "layout.plan.rowCount": {
    ja: "{what} の行数 {count} は使えません（{min}〜{max}）。",
    en: "{what}: {count} rows is not allowed ({min}–{max}).",
  },

  // The dropdown's error alert, shown in the sheet when a person types a word not on the list.
  "layout.validation.title": {
    ja: "一覧にない値です",
    en: "Not on the list",
  },
  "layout.validation.message": {
    ja: "一覧から選んでください（{choices}）。",
    en: "Choose one of the list ({choices}).",
  },

  // Reading a sheet back: whole-sheet problems.
  "layout.read.notDepartment": {
    ja: "シート「{sheet}」は部のシートとして読み取れません（Tassei の管理情報も、部・年度の見出しも、重点目標・指標の表も見つかりません）。",
    en: "Sheet “{sheet}” cannot be read as a department sheet (no Tassei metadata, no 部/年度 header, no goals or KPI table).",
  },
  "layout.read.newerLayout": {
    ja: "シート「{sheet}」は新しい版の Tassei で作られています（様式 {found}、この版は {known} まで）。読める範囲で読み込みます。",
    en: "Sheet “{sheet}” was made by a newer Tassei (layout {found}; this version knows up to {known}). What can be read is read.",
  },
  "layout.read.nameMissing": {
    ja: "部の名前（「部」の右のセル）が見つからないため、「{name}」を部の名前として使います。",
    en: "No department name (the cell right of “部”) was found, so “{name}” is used as the name.",
  },
  "layout.read.fiscalYearNotFound": {
    ja: "シート「{sheet}」の年度が見つかりません。タイトル（1行目など）に「令和7年度」のように年度を書くか、見出しに「令和7年度目標値」のように年度を付けてください。",
    en: "No fiscal year found on sheet “{sheet}”. Write it in the title (e.g. 令和7年度 in row 1), or put it in the headers (e.g. 令和7年度目標値).",
  },
  "layout.read.fiscalYearMissing": {
    ja: "年度が見つかりません。「年度」の右のセルに 令和7年度 や 2025 のように入力してください。",
    en: "No fiscal year found. Enter one (e.g. 令和7年度 or 2025) in the cell right of “年度”.",
  },
  "layout.read.fiscalYear": {
    ja: "セル {cell}（年度）の「{value}」を年度として読み取れません（例: 令和7年度、R7、2025年度）。",
    en: "Cell {cell} (fiscal year): “{value}” cannot be read as a fiscal year (e.g. 令和7年度, R7, 2025年度).",
  },
  "layout.read.fiscalYearFromSheet": {
    ja: "セル {cell}（年度）が読み取れないため、シートのタイトルや見出しにある年度 {year} を使います。",
    en: "Cell {cell} (fiscal year) cannot be read, so the year {year} from the sheet's title or headers is used.",
  },
  "layout.read.fiscalYearFromMetadata": {
    ja: "セル {cell}（年度）が読み取れないため、シート作成時の年度 {year} を使います。",
    en: "Cell {cell} (fiscal year) cannot be read, so the year the sheet was made for ({year}) is used.",
  },

  // Reading a sheet back: one cell's problem. {field} is the column header or label of the cell.
  "layout.read.required": {
    ja: "セル {cell}（{field}）が空です。入力してください。この行は読み込みません。",
    en: "Cell {cell} ({field}) is empty; it is required. This row is not read.",
  },
  "layout.read.notNumber": {
    ja: "セル {cell}（{field}）の「{value}」は数値ではありません。この行は読み込みません。",
    en: "Cell {cell} ({field}): “{value}” is not a number. This row is not read.",
  },
  "layout.read.notWholeNumber": {
    ja: "セル {cell}（{field}）の「{value}」は整数ではありません。この行は読み込みません。",
    en: "Cell {cell} ({field}): “{value}” is not a whole number. This row is not read.",
  },
  "layout.read.tooSmall": {
    ja: "セル {cell}（{field}）の {value} は小さすぎます（{bound}）。この行は読み込みません。",
    en: "Cell {cell} ({field}): {value} is too small ({bound}). This row is not read.",
  },
  "layout.read.tooLarge": {
    ja: "セル {cell}（{field}）の {value} は大きすぎます（{bound} 以下）。この行は読み込みません。",
    en: "Cell {cell} ({field}): {value} is too large (at most {bound}). This row is not read.",
  },
  "layout.read.unknownWord": {
    ja: "セル {cell}（{field}）の「{value}」は選択肢にありません（{choices}）。この行は読み込みません。",
    en: "Cell {cell} ({field}): “{value}” is not one of the choices ({choices}). This row is not read.",
  },
  "layout.read.invalid": {
    ja: "セル {cell}（{field}）の「{value}」を読み取れません。この行は読み込みません。",
    en: "Cell {cell} ({field}): “{value}” cannot be read. This row is not read.",
  },
  "layout.read.goalConflict": {
    ja: "セル {cell}（{field}）が同じ重点目標のセル {first} と異なります。{first} の内容を使います。",
    en: "Cell {cell} ({field}) differs from cell {first} of the same goal; {first} is used.",
  },
  "layout.read.initiativeNo": {
    ja: "セル {cell}（取組No.）の「{value}」は番号として読めないため、番号なしの取組として末尾に並べます。",
    en: "Cell {cell} (initiative No.): “{value}” is not a number, so the initiative is placed last, unnumbered.",
  },
  "layout.read.kgiHeader": {
    ja: "KGI 表の見出し {cell}「{value}」を年度と実績・目標として読み取れないため、この列は読み込みません（例: R3 目標 (2021)）。",
    en: "KGI table header {cell} “{value}” names no fiscal year and kind, so the column is not read (e.g. R3 目標 (2021)).",
  },
  "layout.read.kgiDuplicateColumn": {
    ja: "KGI 表の見出し {cell}「{value}」は {first} と同じ年度・種類です。{first} の列を使います。",
    en: "KGI table header {cell} “{value}” is the same year and kind as {first}; the column {first} is used.",
  },
} as const satisfies MessageSection;
