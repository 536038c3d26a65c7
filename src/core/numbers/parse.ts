/**
 * Reads one KPI cell the way a Japanese city document writes it — `65,000 件`, `99. 2%`,
 * `2億7,934万6,300円`, `△53人`, `99%(見込み) ※7月頃確定`, `作業中`, `実施済` — into an exact value
 * with its unit and qualifiers, or says in one word why it cannot (pending, several values,
 * ambiguous, …). It never guesses and never throws.
 */
import type { Decimal } from "../exact/decimal";
import { NOTE_MARK, closingBracket, fold, foldText, isDigit, isSpace } from "./chars";
import { decimalFromExcelNumber } from "./decimal-ops";
import { BIT_NOTE, flagBit, flagsFromBits } from "./flags";
import { parseFast } from "./fast";
import { CellScanner, type ScannedItem } from "./scan";
import { EXCEL_ERRORS, QUALIFIER_WORDS, keywordAt } from "./words";

export type NumberFlag =
  "estimate" | "approximate" | "lower_bound" | "upper_bound" | "cumulative" | "bracketed" | "note";

export type ParseFailureReason =
  "empty" | "pending" | "not_applicable" | "several_values" | "ambiguous" | "unreadable" | "too_many_digits";

export interface ParsedNumber {
  readonly ok: true;
  readonly kind: "number";
  /** In the unit as written: `99.2%` is 99.2 with unit "%", `5 億円` is 500000000 with unit "円". */
  readonly value: Decimal;
  readonly unit: string | null;
  readonly flags: readonly NumberFlag[];
  /** Text after ※ or a dated remark in brackets: `7月頃確定`. */
  readonly note?: string;
  /** What the value is of, when the cell says: `個人版`, `企業版`, `LINE`. */
  readonly label?: string;
  readonly raw: string;
}

export interface ParsedBinary {
  readonly ok: true;
  readonly kind: "binary";
  readonly done: boolean;
  /** The word as written (folded to half-width ASCII where it applies): 実施済, 未実施, TRUE. */
  readonly word: string;
  readonly flags: readonly NumberFlag[];
  readonly raw: string;
}

export interface ParseFailure {
  readonly ok: false;
  readonly reason: ParseFailureReason;
  /** For "several_values": every value found, in order, each with its own raw text and label. */
  readonly values?: readonly ParsedNumber[];
  /**
   * A stable code naming the form met (e.g. "comma_decimal_or_thousands", "range", "excel_error"),
   * or for "pending" the word itself (作業中). Messages for each are in messages/parse.ts.
   */
  readonly detail?: string;
  readonly raw: string;
}

export type ParseResult = ParsedNumber | ParsedBinary | ParseFailure;

const NO_FLAGS = flagsFromBits(0);
/** A plain run of up to 15 ASCII digits is most cells of a sheet; it skips the scanner. */
const FAST_DIGITS = 15;
/** Pending and done words are short; longer heads are not looked up. */
const MAX_KEYWORD_LENGTH = 8;

export function parseCell(raw: string | number | boolean | null | undefined): ParseResult {
  if (raw === null || raw === undefined) return { ok: false, reason: "empty", raw: "" };
  if (typeof raw === "number") return parseExcelNumber(raw);
  if (typeof raw === "boolean") {
    const word = raw ? "TRUE" : "FALSE";
    return { ok: true, kind: "binary", done: raw, word, flags: NO_FLAGS, raw: word };
  }
  if (typeof raw !== "string") return { ok: false, reason: "unreadable", detail: "no_number", raw: String(raw) };
  return parseText(raw);
}

function parseExcelNumber(n: number): ParseResult {
  const raw = String(n);
  if (!Number.isFinite(n)) return { ok: false, reason: "unreadable", detail: "not_finite", raw };
  const value = decimalFromExcelNumber(n);
  if (typeof value === "string") return { ok: false, reason: "too_many_digits", detail: value, raw };
  return { ok: true, kind: "number", value, unit: null, flags: NO_FLAGS, raw };
}

function parseText(s: string, fastPath = true): ParseResult {
  const length = s.length;
  if (fastPath && length > 0 && length <= FAST_DIGITS) {
    let v = 0;
    let i = 0;
    for (; i < length; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x30 || c > 0x39) break;
      v = v * 10 + (c - 0x30);
    }
    if (i === length) {
      return { ok: true, kind: "number", value: { coefficient: v, scale: 0 }, unit: null, flags: NO_FLAGS, raw: s };
    }
  }

  let a = 0;
  let b = length;
  while (a < b && isSpace(fold(s.charCodeAt(a)))) a++;
  while (b > a && isSpace(fold(s.charCodeAt(b - 1)))) b--;
  if (a === b) return { ok: false, reason: "empty", raw: s };

  if (fastPath) {
    const fast = parseFast(s, a, b);
    if (fast !== null) return fast;
  }
  return parseTrimmed(s, a, b);
}

/**
 * parseCell without its shortcuts, for the property test that checks the fast path reads every
 * cell it takes exactly as the full scanner does.
 */
export function parseTextWithoutFastPath(s: string): ParseResult {
  return parseText(s, false);
}

function parseTrimmed(s: string, a: number, b: number): ParseResult {
  if (!isDigit(fold(s.charCodeAt(a)))) {
    const keyword = matchKeyword(s, a, b, true);
    if (keyword !== null) return keyword;
  }

  const scanner = new CellScanner(s, a, b);
  if (!scanner.scanAll()) {
    const failure = scanner.failure ?? { reason: "unreadable" as const, detail: "no_number" };
    return { ok: false, reason: failure.reason, detail: failure.detail, raw: s };
  }
  const items = scanner.items;
  const only = items.length === 1 ? items[0] : undefined;
  if (only) return toParsedNumber(only, s);
  return {
    ok: false,
    reason: "several_values",
    values: items.map((item) => toParsedNumber(item, s.slice(item.start, item.end).trim())),
    detail: scanner.range ? "range" : "list",
    raw: s,
  };
}

function toParsedNumber(item: ScannedItem, raw: string): ParsedNumber {
  const flags = flagsFromBits(item.flags);
  if (item.label === undefined && item.note === undefined) {
    return { ok: true, kind: "number", value: item.value, unit: item.unit, flags, raw };
  }
  const result: { -readonly [K in keyof ParsedNumber]: ParsedNumber[K] } = {
    ok: true,
    kind: "number",
    value: item.value,
    unit: item.unit,
    flags,
    raw,
  };
  if (item.note !== undefined) result.note = item.note;
  if (item.label !== undefined) result.label = item.label;
  return result;
}

/**
 * 作業中, 実施済, #N/A …: a whole cell that is one word, possibly with qualifiers after it
 * (`実施(見込み)`, `作業中 ※8月確定`) or in brackets (`（集計中）`). Null when the cell is not one.
 */
function matchKeyword(s: string, a: number, b: number, unwrap: boolean): ParseResult | null {
  const first = fold(s.charCodeAt(a));
  if (unwrap && closingBracket(first) !== 0 && fold(s.charCodeAt(b - 1)) === closingBracket(first)) {
    return matchKeyword(s, a + 1, b - 1, false);
  }
  if (first === 0x23 && EXCEL_ERRORS.has(foldText(s.slice(a, b)).toUpperCase())) {
    return { ok: false, reason: "unreadable", detail: "excel_error", raw: s };
  }
  let p = a;
  while (p < b) {
    const c = fold(s.charCodeAt(p));
    if (isSpace(c) || closingBracket(c) !== 0 || c === NOTE_MARK) break;
    // No keyword has a digit or is long: 約2,400人 is not looked up.
    if (p - a >= MAX_KEYWORD_LENGTH || isDigit(c)) return null;
    p++;
  }
  if (p === a) return null;
  const keyword = keywordAt(s, a, p);
  if (keyword === null) return null;

  const bits = trailingQualifiers(s, p, b);
  if (bits === null) return null;
  const { word, kind } = keyword;
  if (kind === "pending" || kind === "not_applicable") return { ok: false, reason: kind, detail: word, raw: s };
  return { ok: true, kind: "binary", done: kind === "done", word, flags: flagsFromBits(bits), raw: s };
}

/** Flags of what follows a keyword — brackets of words and a ※ note — or null if a value follows. */
function trailingQualifiers(s: string, from: number, to: number): number | null {
  let bits = 0;
  let p = from;
  while (p < to) {
    const c = fold(s.charCodeAt(p));
    if (isSpace(c)) {
      p++;
      continue;
    }
    if (c === NOTE_MARK) return bits | BIT_NOTE;
    const close = closingBracket(c);
    if (close === 0) return null;
    const closeAt = closeIndexFolded(s, p + 1, to, close);
    if (closeAt < 0) return null;
    const inner = foldText(s.slice(p + 1, closeAt));
    if (/^\s*[-−△▲+]?\s*\d/.test(inner)) return null; // 実施(3回): a value, for the scanner
    for (const piece of inner.split(/[・･、,/\s]+/)) {
      const flag = QUALIFIER_WORDS.get(piece);
      if (flag) bits |= flagBit(flag);
    }
    p = closeAt + 1;
  }
  return bits;
}

function closeIndexFolded(s: string, from: number, to: number, close: number): number {
  for (let i = from; i < to; i++) if (fold(s.charCodeAt(i)) === close) return i;
  return -1;
}
