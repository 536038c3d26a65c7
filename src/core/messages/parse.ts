import type { MessageSection } from "./types";

/**
 * Texts of the parse room. Keys are namespaced "parse.…".
 * `parse.<reason>` says why a cell could not be read as one number; `parse.<reason>.<detail>`
 * says it more precisely for the form met. {raw} is the cell as written.
 */
export const parseMessages = {
  "parse.empty": {
    ja: "セルが空欄です。値を入力してください。",
    en: "The cell is empty. Enter a value.",
  },
  "parse.not_applicable": {
    ja: "「{raw}」は対象外（該当なし）を示しています。この値は評価に使いません。",
    en: "“{raw}” means not applicable; the value is not used for grading.",
  },
  "parse.pending": {
    ja: "「{raw}」はまだ値が確定していないことを示しています。確定した値が入るまで評価できません。",
    en: "“{raw}” says the value is not final yet. It can be graded once the value is entered.",
  },
  "parse.several_values": {
    ja: "1つのセルに {count} つの値が書かれています（{values}）。どれで評価するか決められないため、1つのセルに1つの値を入力してください。",
    en: "This cell holds {count} values ({values}). Tassei will not pick one for you: put one value per cell.",
  },
  "parse.several_values.range": {
    ja: "「{raw}」は範囲（{values}）です。評価には1つの値が必要です。目標値なら下限か上限のどちらかを入力してください。",
    en: "“{raw}” is a range ({values}). Grading needs one value: enter either the lower or the upper end.",
  },
  "parse.ambiguous": {
    ja: "「{raw}」は2通りに読めるため、数値を確定できません。",
    en: "“{raw}” can be read two ways, so the number is not certain.",
  },
  "parse.ambiguous.comma_decimal_or_thousands": {
    ja: "「{raw}」のカンマが小数点なのか桁区切りなのか判断できません。小数点は「.」で、桁区切りは3桁ごとの「,」で書いてください。",
    en: "In “{raw}” the comma could be a decimal point or a thousands separator. Write decimals with “.” and group thousands by three digits with “,”.",
  },
  "parse.ambiguous.irregular_grouping": {
    ja: "「{raw}」のカンマの位置が3桁ごとになっていません。桁区切りの誤りか、別の値の区切りか判断できません。",
    en: "The commas in “{raw}” do not group three digits at a time: it could be a typo or two values run together.",
  },
  "parse.ambiguous.dots_as_separators": {
    ja: "「{raw}」には点が2つ以上あります。点が桁区切りなのか小数点なのか判断できません。",
    en: "“{raw}” has more than one dot: they could be thousands separators or a decimal point.",
  },
  "parse.ambiguous.dot_and_comma": {
    ja: "「{raw}」は点とカンマの順序が逆です（1.234,5 の書き方）。どちらが小数点か判断できません。",
    en: "“{raw}” has a dot before a comma (as in 1.234,5): either could be the decimal point.",
  },
  "parse.ambiguous.space_between_digits": {
    ja: "「{raw}」は数字の間に空白があります。1つの数値なのか2つの値なのか判断できません。",
    en: "“{raw}” has a space between digits: it could be one number or two values.",
  },
  "parse.unreadable": {
    ja: "「{raw}」を数値として読み取れません。",
    en: "“{raw}” cannot be read as a number.",
  },
  "parse.unreadable.no_number": {
    ja: "「{raw}」には数値が見当たりません。数値か、実施・未実施、作業中などを入力してください。",
    en: "“{raw}” contains no number. Enter a number, or a word such as 実施 (done), 未実施 (not done) or 作業中 (in progress).",
  },
  "parse.unreadable.unexpected_text": {
    ja: "「{raw}」の数値の後ろに、読み取れない文字があります。",
    en: "“{raw}” has text after the number that cannot be read.",
  },
  "parse.unreadable.trailing_text": {
    ja: "「{raw}」の単位が長すぎます。文章ではなく「件」「人」などの単位を書いてください。",
    en: "The unit in “{raw}” is too long to be a unit. Write a unit such as 件 or 人, not a sentence.",
  },
  "parse.unreadable.unbalanced_bracket": {
    ja: "「{raw}」の括弧が閉じられていません。",
    en: "A bracket in “{raw}” is not closed.",
  },
  "parse.unreadable.multiplier_order": {
    ja: "「{raw}」の万・億・千などの順序が正しくありません（例：2億7,934万6,300円）。",
    en: "The 万/億/千 multipliers in “{raw}” are out of order (the usual form is 2億7,934万6,300円).",
  },
  "parse.unreadable.fiscal_year": {
    ja: "「{raw}」は年度を表しているようです。値のセルには数値を入力してください。",
    en: "“{raw}” looks like a fiscal year, not a value.",
  },
  "parse.unreadable.date_or_fraction": {
    ja: "「{raw}」は日付か分数のようです。数値として評価できません。",
    en: "“{raw}” looks like a date or a fraction, not a value that can be graded.",
  },
  "parse.unreadable.time_or_ratio": {
    ja: "「{raw}」は時刻か比率のようです。数値として評価できません。",
    en: "“{raw}” looks like a time or a ratio, not a value that can be graded.",
  },
  "parse.unreadable.excel_error": {
    ja: "セルが Excel のエラー値「{raw}」になっています。数式を確認してください。",
    en: "The cell shows the Excel error “{raw}”. Check its formula.",
  },
  "parse.unreadable.too_complex": {
    ja: "「{raw}」は括弧や注記が多く、値を読み取れません。",
    en: "“{raw}” has too many brackets or notes to read a value from.",
  },
  "parse.unreadable.not_finite": {
    ja: "セルの値が数値になっていません（無限大または計算不能）。",
    en: "The cell's value is not a finite number.",
  },
  "parse.too_many_digits": {
    ja: "「{raw}」は有効数字が15桁を超えています。Excel は15桁までしか正確に扱えません。",
    en: "“{raw}” has more than 15 significant digits, more than Excel keeps exactly.",
  },
  "parse.too_many_digits.too_large": {
    ja: "「{raw}」は大きすぎて正確に扱えません。",
    en: "“{raw}” is too large to be handled exactly.",
  },
  "parse.too_many_digits.beyond_precision": {
    ja: "「{raw}」は小数点以下の桁が多すぎて正確に扱えません（小数第20位まで）。",
    en: "“{raw}” has too many decimal places to be handled exactly (20 at most).",
  },
  "parse.flag.estimate": { ja: "見込み", en: "estimate" },
  "parse.flag.approximate": { ja: "概数", en: "approximate" },
  "parse.flag.lower_bound": { ja: "以上", en: "or more" },
  "parse.flag.upper_bound": { ja: "以下", en: "or less" },
  "parse.flag.cumulative": { ja: "延べ", en: "cumulative" },
  "parse.flag.bracketed": { ja: "括弧書き", en: "in brackets" },
  "parse.flag.note": { ja: "注記あり", en: "with a note" },
  "parse.binary.done": { ja: "実施", en: "done" },
  "parse.binary.notDone": { ja: "未実施", en: "not done" },
  "parse.fiscalYear.empty": {
    ja: "年度が入力されていません。",
    en: "No fiscal year is given.",
  },
  "parse.fiscalYear.unreadable": {
    ja: "「{raw}」を年度として読み取れません。「令和7年度」「R7」「2025年度」のように入力してください。",
    en: "“{raw}” is not a fiscal year. Write it as 令和7年度, R7 or 2025.",
  },
  "parse.fiscalYear.out_of_range": {
    ja: "「{raw}」は扱える年度（{first}年度〜{last}年度）の範囲外です。",
    en: "“{raw}” is outside the fiscal years Tassei handles ({first}–{last}).",
  },
  "parse.fiscalYear.inconsistent": {
    ja: "「{raw}」の和暦と西暦が一致しません。",
    en: "The era year and the western year in “{raw}” do not match.",
  },
} as const satisfies MessageSection;
