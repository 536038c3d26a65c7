/**
 * Text that must stay text. Excel reinterprets what is written through `range.values` as if typed:
 * `=…`, `+…`, `-…`, `@…` become formulas, `１２３`, `1/2`, `10%`, `TRUE` become numbers, dates or
 * booleans. A leading apostrophe tells Excel "this is text" and is not part of the value, so every
 * non-empty text is written with one (uniform, so no clever guess about Excel's coercion rules can miss).
 */
export const MAX_CELL_TEXT_LENGTH = 32_767;

export function excelTextLiteral(text: string): string {
  return text === "" ? "" : `'${text}`;
}

/** Characters that mark text as a formula when typed or written through `values`, half- and full-width. */
const FORMULA_LEADERS = new Set(["=", "+", "-", "@", "＝", "＋", "－", "＠"]);

export function looksLikeFormula(text: string): boolean {
  return text.length > 0 && FORMULA_LEADERS.has(text[0]!);
}
