/**
 * Small builders of Excel formula text, limited to what Excel 2016, LibreOffice and HyperFormula
 * (the in-memory Excel) all read the same way: no array constants (HyperFormula's dialect reads them
 * differently), no number literals in E notation, no function added after Excel 2007 (those are
 * stored as `_xlfn.…` and need a newer Excel).
 */

/** Excel refuses a formula whose string literal is longer than this (the text it builds may be longer). */
export const MAX_LITERAL_LENGTH = 255;

/**
 * A string literal: "…" with inner quotes doubled. A longer text is joined from pieces of at most
 * MAX_LITERAL_LENGTH characters, ("…"&"…"), which Excel accepts.
 */
export function text(value: string): string {
  const characters = [...value];
  if (characters.length <= MAX_LITERAL_LENGTH) return quote(value);
  const pieces: string[] = [];
  for (let i = 0; i < characters.length; i += MAX_LITERAL_LENGTH) {
    pieces.push(quote(characters.slice(i, i + MAX_LITERAL_LENGTH).join("")));
  }
  return `(${pieces.join("&")})`;
}

function quote(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

/** `NAME(a,b,…)`. */
export function call(name: string, ...args: readonly string[]): string {
  return `${name}(${args.join(",")})`;
}

/** IF(condition, then, else). Excel and LibreOffice evaluate only the branch taken. */
export function when(condition: string, then: string, otherwise: string): string {
  return call("IF", condition, then, otherwise);
}

export const EMPTY = text("");

/** The cell is empty or holds only spaces (Excel's TRIM removes spaces; a number or boolean is never blank). */
export function isBlank(ref: string): string {
  return `TRIM(${ref})=""`;
}

/**
 * The cell says exactly `word`, spaces around it aside. EXACT is case-sensitive, like the engine's
 * word lookups. A word with a space inside would be collapsed by TRIM, so none is accepted.
 */
export function isWord(ref: string, word: string): string {
  assertListWord(word);
  return `EXACT(TRIM(${ref}),${text(word)})`;
}

/**
 * The cell says one of `words`. One FIND in "|w1|w2|…|" instead of an array constant: FIND is
 * case-sensitive and has no wildcards, and every engine reads it alike. A "|" typed in the cell is
 * doubled first, so "作業中|集計中" can never match across two entries (the list has no "||").
 */
export function isOneOf(ref: string, words: readonly string[]): string {
  if (words.length === 0) return "FALSE";
  if (words.length === 1) return isWord(ref, words[0] as string);
  words.forEach(assertListWord);
  const list = `|${words.join("|")}|`;
  return `ISNUMBER(FIND("|"&SUBSTITUTE(TRIM(${ref}),"|","||")&"|",${text(list)}))`;
}

function assertListWord(word: string): void {
  if (word === "" || word.trim() !== word || /\s|\|/.test(word)) {
    throw new RangeError(`"${word}" cannot be matched in a formula (blank, space or "|")`);
  }
}

/**
 * Every character JavaScript's String.prototype.trim removes (WhiteSpace and LineTerminator of
 * ECMA-262). The engine trims a hand grade and its reason with it; Excel's TRIM removes only spaces.
 */
export const JS_WHITESPACE: readonly string[] = [
  "\t",
  "\n",
  "\v",
  "\f",
  "\r",
  " ",
  "\u00a0",
  "\u1680",
  "\u2000",
  "\u2001",
  "\u2002",
  "\u2003",
  "\u2004",
  "\u2005",
  "\u2006",
  "\u2007",
  "\u2008",
  "\u2009",
  "\u200a",
  "\u2028",
  "\u2029",
  "\u202f",
  "\u205f",
  "\u3000",
  "\ufeff",
];

/** JS_WHITESPACE as a formula string: control characters through CHAR (a file cannot hold them literally). */
export const JS_WHITESPACE_TEXT: string = (() => {
  const controls = JS_WHITESPACE.filter((c) => c.charCodeAt(0) < 0x20).map((c) => `CHAR(${c.charCodeAt(0)})`);
  const printable = JS_WHITESPACE.filter((c) => c.charCodeAt(0) >= 0x20).join("");
  return [text(printable), ...controls].join("&");
})();

/** `character` (one character of text) is whitespace for JavaScript's trim. An empty text counts as whitespace. */
export function isJsWhitespace(character: string): string {
  return `ISNUMBER(FIND(${character},${JS_WHITESPACE_TEXT}))`;
}
