/**
 * Text that must stay text. Excel reinterprets what is written through `range.values` as if typed:
 * `=…`, `+…`, `-…`, `@…` become formulas, `１２３`, `1/2`, `10%`, `TRUE` become numbers, dates or
 * booleans. A leading apostrophe tells Excel "this is text" and is not part of the value, so every
 * non-empty text is written with one (uniform, so no clever guess about Excel's coercion rules can miss).
 */
export const MAX_CELL_TEXT_LENGTH = 32_767;

export function excelTextLiteral(text: string): string {
  if (text === "") return "";
  if (text.length < MAX_CELL_TEXT_LENGTH) return `'${text}`;
  // At Excel's length limit there is no room for the apostrophe; a text that long cannot read as a
  // number, date or boolean, so only a formula-like start is a danger.
  if (text.length > MAX_CELL_TEXT_LENGTH || looksLikeFormula(text) || text.startsWith("'")) {
    throw new RangeError(
      `text of ${text.length} characters cannot be written as text (Excel's limit is ${MAX_CELL_TEXT_LENGTH})`,
    );
  }
  return text;
}

/** Characters that mark text as a formula when typed or written through `values`, half- and full-width. */
const FORMULA_LEADERS = new Set(["=", "+", "-", "@", "＝", "＋", "－", "＠"]);

export function looksLikeFormula(text: string): boolean {
  return text.length > 0 && FORMULA_LEADERS.has(text[0]!);
}
