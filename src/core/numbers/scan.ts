/**
 * The hand-written scanner behind parseCell: one pass over the cell's code units, folding
 * full-width forms on the fly, reading each value as
 *
 *   prefixes (約, 延べ, (見込み), label…)  sign  number (see read-number.ts)
 *   割/unit  suffixes (以上, (個人版), ※note…)
 *
 * and several such values when the cell holds several. It never guesses: a form that could
 * mean two numbers (21,7) stops the scan with a reason.
 */
import type { Decimal } from "../exact/decimal";
import {
  COLON,
  COMMA,
  DOT,
  NOTE_MARK,
  WARI,
  YEN_SIGN,
  closingBracket,
  foldText,
  isDigit,
  isInnerJoiner,
  isMinus,
  isPlus,
  isSpace,
  isWordChar,
} from "./chars";
import { negate } from "./decimal-ops";
import { BIT_BRACKETED, BIT_ESTIMATE, BIT_LOWER, BIT_NOTE, BIT_UPPER, flagBit } from "./flags";
import { NumberReader } from "./read-number";
import {
  ERA_LABELS,
  QUALIFIER_WORDS,
  type QualifierWord,
  normalUnit,
  isPrefixStart,
  isSuffixStart,
  prefixesAt,
  suffixesAt,
} from "./words";

export type { ScanFailure } from "./cursor";

/** One value found in a cell, before it becomes a ParsedNumber. */
export interface ScannedItem {
  value: Decimal;
  unit: string | null;
  flags: number;
  label: string | undefined;
  note: string | undefined;
  start: number;
  end: number;
}

/** A unit longer than this is a sentence, not a unit. */
const MAX_UNIT_LENGTH = 12;
const MAX_LABEL_LENGTH = 30;
/** Kanji numerals also start ordinary words (一部, 十分); they count as a number only with a short unit. */
const MAX_KANJI_NUMBER_UNIT = 2;
/** Look-ahead tries (where does a note end? is this bracket a value?) allowed per cell. */
const LOOKAHEAD_BUDGET = 32;

const DATE_UNIT_START = new Set([0x5e74, 0x6708, 0x65e5]); // 年 月 日
const DATE_WORDS = ["時点", "現在", "確定", "予定", "頃", "末"];
const ESTIMATE_NOTE = /見込|速報|暫定|推計|頃確定|確定予定/;

interface Budget {
  left: number;
}

interface Qualifiers {
  bits: number;
  label: string | undefined;
}

export class CellScanner extends NumberReader {
  readonly items: ScannedItem[] = [];
  /** Two values joined by 〜: a range, reported as several values. */
  range = false;

  constructor(
    s: string,
    start: number,
    end: number,
    /** Shared by the look-ahead scanners of one cell; made on first use. */
    private budget: Budget | null = null,
  ) {
    super(s, start, end);
  }

  /** Reads every value of the range; false with `failure` set when the text is not values. */
  scanAll(): boolean {
    this.skipSpaces();
    let first = true;
    while (this.pos < this.end) {
      if (!this.scanItem(first)) return false;
      first = false;
      this.skipSpaces();
      if (this.pos >= this.end) break;
      const c = this.at(this.pos);
      if (isSeparator(c)) {
        this.pos++;
        this.skipSpaces();
      } else if (isRangeMark(c) || (isHyphen(c) && !isSpace(this.at(this.pos - 1)) && isDigit(this.at(this.pos + 1)))) {
        // 10〜20人, and 10-20 written without spaces: a range, not 10 and −20
        this.range = true;
        this.pos++;
        this.skipSpaces();
      } else if ((c === DOT || c === 0x3002) && this.pos + 1 === this.end) {
        this.pos++; // a sentence's full stop after the last value
      }
    }
    const low = this.items[0];
    const high = this.items[1];
    if (this.items.length === 2 && low && high && low.flags & BIT_LOWER && high.flags & BIT_UPPER) {
      this.range = true; // 70%以上100%未満: a band
    }
    if (this.items.length === 0) {
      this.fail("unreadable", "no_number");
      return false;
    }
    return true;
  }

  /** One value with what surrounds it: prefixes, sign, number, 割 or unit, suffixes. */
  private scanItem(first: boolean): boolean {
    const start = this.pos;
    let flags = 0;
    let label: string | undefined;
    let yen = false;
    let labelTried = false;
    this.sawArabic = false;

    for (;;) {
      // Prefixes: 約, 延べ, (見込み), <, ¥ … in any order.
      for (;;) {
        this.skipSpaces();
        const c = this.at(this.pos);
        if (closingBracket(c) !== 0) {
          const close = this.findClose(this.pos);
          if (close < 0) {
            if (c === 0x3c) {
              flags |= BIT_UPPER; // "<5": less than, not a bracket
              this.pos++;
              continue;
            }
            return this.no("unreadable", "unbalanced_bracket");
          }
          if (this.startsArabicNumber(this.pos + 1, close)) {
            return this.scanBracketedValue(start, close, flags, label);
          }
          const q = this.qualifiers(this.pos + 1, close);
          flags |= q.bits;
          label = joinLabels(label, q.label);
          this.pos = close + 1;
          continue;
        }
        if (c === 0x3e) {
          flags |= BIT_LOWER; // ">5"
          this.pos++;
          continue;
        }
        if (isPrefixStart(c)) {
          const prefix = this.matchPrefix(this.pos);
          if (prefix) {
            flags |= flagBit(prefix.flag);
            this.pos += prefix.word.length;
            continue;
          }
        }
        if (c === YEN_SIGN) {
          yen = true;
          this.pos++;
          continue;
        }
        break;
      }
      if (this.numberStartsAt(this.pos)) break;
      if (labelTried) return this.no("unreadable", first ? "no_number" : "unexpected_text");
      labelTried = true;
      const text = this.scanLabel();
      if (text === null) return this.no("unreadable", first ? "no_number" : "unexpected_text");
      if (ERA_LABELS.has(text)) return this.no("unreadable", "fiscal_year");
      label = joinLabels(label, text);
    }

    // Sign: −, △, ▲, +
    let negative = false;
    const c0 = this.at(this.pos);
    if (isMinus(c0) || isPlus(c0)) {
      negative = isMinus(c0);
      this.pos++;
      this.skipSpaces();
    }

    let value = this.readNumber();
    if (value === null) return false;

    let unit: string | null = null;
    if (this.at(this.pos) === WARI) {
      value = this.readWari(value);
      if (value === null) return false;
      unit = "%";
    } else {
      unit = this.readUnit();
      if (unit !== null && unit.length > MAX_UNIT_LENGTH) return this.no("unreadable", "trailing_text");
    }
    if (!this.sawArabic && unit !== null && unit.length > MAX_KANJI_NUMBER_UNIT) {
      return this.no("unreadable", "no_number"); // 一部達成, 一人ひとり: words, not numbers
    }
    if (unit !== null && unit !== "%") unit = normalUnit(unit);
    if (yen && unit === null) unit = "円";
    if (negative) value = negate(value);

    const item: ScannedItem = { value, unit, flags, label, note: undefined, start, end: this.pos };
    this.items.push(item);
    return this.scanSuffixes(item);
  }

  /** `（100.71%）`, `<100.71%>`: a value written in brackets, usually a rate shown for reference. */
  private scanBracketedValue(start: number, close: number, flags: number, label: string | undefined): boolean {
    if (--this.lookaheads().left < 0) return this.no("unreadable", "too_complex");
    const inner = new CellScanner(this.s, this.pos + 1, close, this.budget);
    if (!inner.scanAll()) {
      this.failure = inner.failure;
      return false;
    }
    if (inner.range) this.range = true;
    for (const item of inner.items) {
      item.flags |= flags | BIT_BRACKETED;
      item.label = joinLabels(label, item.label);
      this.items.push(item);
    }
    this.pos = close + 1;
    const last = this.items[this.items.length - 1];
    if (!last) return this.no("unreadable", "no_number");
    last.start = Math.min(last.start, start);
    last.end = this.pos;
    return this.scanSuffixes(last);
  }

  /** 以上, 見込み, (個人版), ※7月頃確定 … after a value, applied to it. */
  private scanSuffixes(item: ScannedItem): boolean {
    for (;;) {
      const save = this.pos;
      this.skipSpaces();
      if (this.pos >= this.end) {
        this.pos = save;
        break;
      }
      const c = this.at(this.pos);
      if (isSuffixStart(c)) {
        const suffix = this.matchSuffix(this.pos);
        if (suffix) {
          item.flags |= flagBit(suffix.flag);
          this.pos += suffix.word.length;
          item.end = this.pos;
          continue;
        }
      }
      if (c === NOTE_MARK) {
        this.readNote(item);
        continue;
      }
      if (closingBracket(c) !== 0) {
        const close = this.findClose(this.pos);
        if (close < 0) return this.no("unreadable", "unbalanced_bracket");
        if (this.startsArabicNumber(this.pos + 1, close)) {
          const kind = this.bracketKind(close);
          if (kind === "failed") return false;
          if (kind === "value") {
            this.pos = save; // a second value in brackets: the next item
            break;
          }
          item.flags |= BIT_NOTE; // (7月頃確定): a date or remark, not a value
          item.note = joinNotes(item.note, this.s.slice(this.pos + 1, close).trim());
        } else {
          const q = this.qualifiers(this.pos + 1, close);
          item.flags |= q.bits;
          item.label = joinLabels(item.label, q.label);
        }
        this.pos = close + 1;
        item.end = this.pos;
        continue;
      }
      this.pos = save;
      break;
    }
    return true;
  }

  /** Does the bracket at pos hold a value (a second one for this cell) or a dated remark? */
  private bracketKind(close: number): "value" | "note" | "failed" {
    if (--this.lookaheads().left < 0) {
      this.fail("unreadable", "too_complex");
      return "failed";
    }
    const inner = new CellScanner(this.s, this.pos + 1, close, this.budget);
    if (!inner.scanAll()) {
      const reason = inner.failure?.reason;
      if (reason === "ambiguous" || reason === "too_many_digits") {
        this.failure = inner.failure;
        return "failed";
      }
      return "note";
    }
    return inner.items.some((i) => i.unit !== null && isDateUnit(i.unit)) ? "note" : "value";
  }

  /** ※ starts a remark that runs to the end, or to the next value (`※6月頃確定 2,898万円`). */
  private readNote(item: ScannedItem): void {
    this.pos++;
    this.skipSpaces();
    const noteStart = this.pos;
    let noteEnd = this.end;
    for (let i = noteStart; i < this.end; i++) {
      if (!isSpace(this.at(i))) continue;
      let j = i;
      while (j < this.end && isSpace(this.at(j))) j++;
      if (j >= this.end || !this.startsArabicNumber(j, this.end)) continue;
      if (--this.lookaheads().left < 0) break;
      if (new CellScanner(this.s, j, this.end, this.budget).scanAll()) {
        noteEnd = i;
        break;
      }
    }
    const note = this.s.slice(noteStart, noteEnd).trim();
    item.flags |= BIT_NOTE;
    // ※速報値, ※7月頃確定: the value before it is not final yet.
    if (ESTIMATE_NOTE.test(note)) item.flags |= BIT_ESTIMATE;
    item.note = joinNotes(item.note, note);
    this.pos = noteEnd;
    item.end = noteEnd;
  }

  /** 件, 人, ha/年, km², 団体 …; stops before 以上, brackets, ※, digits and punctuation. */
  private readUnit(): string | null {
    const save = this.pos;
    this.skipSpaces();
    const start = this.pos;
    let p = start;
    let squared = false;
    for (;;) {
      const c = this.at(p);
      if (c < 0) break;
      if (isSuffixStart(c) && this.matchSuffix(p)) break;
      if (isWordChar(c)) {
        p++;
        // m2, km3 written with plain digits mean m², km³
        if (c === 0x6d && (this.at(p) === 0x32 || this.at(p) === 0x33) && !isDigit(this.at(p + 1))) {
          p++;
          squared = true;
        }
        continue;
      }
      if (p > start && isInnerJoiner(c) && isWordChar(this.at(p + 1))) {
        p++;
        continue;
      }
      break;
    }
    if (p === start) {
      this.pos = save;
      return null;
    }
    this.pos = p;
    if (p - start === 1) return singleCharUnit(this.at(start));
    const text = foldText(this.s.slice(start, p));
    // m2, km3 written with plain digits mean m², km³
    // As written (m2 read as m²); the caller makes it the unit grading compares (normalUnit).
    return squared ? text.replace(/m([23])$/, (_, n: string) => (n === "2" ? "m²" : "m³")) : text;
  }

  /** `LINE`, `個人版：`, `フォロワー` before a number; null when no number follows. */
  private scanLabel(): string | null {
    const start = this.pos;
    let p = start;
    for (;;) {
      const c = this.at(p);
      if (c < 0) return null;
      if (this.numberStartsAt(p) && p > start) break;
      if (isPrefixStart(c) && p > start && this.matchPrefix(p)) break;
      if (isWordChar(c) || isSpace(c) || c === COLON || (isInnerJoiner(c) && p > start)) {
        p++;
        if (p - start > MAX_LABEL_LENGTH) return null;
        continue;
      }
      return null;
    }
    this.pos = p;
    let text = foldText(this.s.slice(start, p)).trim();
    while (text.endsWith(":")) text = text.slice(0, -1).trimEnd();
    return text.length > 0 ? text : null;
  }

  /** The words inside a bracket that is not a value: flags (見込み, 累計) and a label (個人版). */
  private qualifiers(from: number, to: number): Qualifiers {
    let bits = 0;
    let label: string | undefined;
    let p = from;
    while (p < to) {
      while (p < to && isPieceSeparator(this.at(p))) p++;
      const start = p;
      while (p < to && !isPieceSeparator(this.at(p))) p++;
      if (p === start) break;
      const piece = foldText(this.s.slice(start, p));
      const flag = QUALIFIER_WORDS.get(piece);
      if (flag) bits |= flagBit(flag);
      else label = label === undefined ? piece : `${label}・${piece}`;
    }
    return { bits, label };
  }

  private lookaheads(): Budget {
    if (this.budget === null) this.budget = { left: LOOKAHEAD_BUDGET };
    return this.budget;
  }

  /** Arabic digits (after optional spaces, 約-like prefixes and a sign) start the range [p, to). */
  private startsArabicNumber(p: number, to: number): boolean {
    while (p < to && isSpace(this.at(p))) p++;
    for (let guard = 0; guard < 4 && p < to; guard++) {
      const prefix = isPrefixStart(this.at(p)) ? this.matchPrefix(p) : null;
      if (!prefix) break;
      p += prefix.word.length;
      while (p < to && isSpace(this.at(p))) p++;
    }
    const c = this.at(p);
    if ((isMinus(c) || isPlus(c)) && p + 1 < to) p++;
    return p < to && (isDigit(this.at(p)) || (this.at(p) === DOT && isDigit(this.at(p + 1))));
  }

  private matchPrefix(p: number): QualifierWord | null {
    for (const prefix of prefixesAt(this.at(p))) {
      if (this.matches(p, prefix.word)) return prefix;
    }
    return null;
  }

  private matchSuffix(p: number): QualifierWord | null {
    for (const suffix of suffixesAt(this.at(p))) {
      if (!this.matches(p, suffix.word)) continue;
      if (suffix.boundary && !isBoundary(this.at(p + suffix.word.length))) continue;
      return suffix;
    }
    return null;
  }
}

function isSeparator(c: number): boolean {
  // , 、 ; ・ ･ and → (76%→80%: a before and an after)
  return c === COMMA || c === 0x3001 || c === 0x3b || c === 0x30fb || c === 0xff65 || c === 0x2192;
}

function isHyphen(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2011 || c === 0x2012 || c === 0x2013 || c === 0x2212;
}

/** What splits the words of `(個人版・見込み)`. */
function isPieceSeparator(c: number): boolean {
  return isSpace(c) || c === 0x30fb || c === 0xff65 || c === 0x3001 || c === COMMA || c === 0x2f; // ・ ･ 、 , /
}

function isRangeMark(c: number): boolean {
  return c === 0x7e || c === 0x301c || c === 0x223c; // ~ (and ～) 〜 ∼
}

/** Where a one-character suffix like 超 or 強 may end a value. */
function isBoundary(c: number): boolean {
  return c < 0 || isSpace(c) || closingBracket(c) !== 0 || c === NOTE_MARK || isSeparator(c) || c === 0x3002;
}

function isDateUnit(unit: string): boolean {
  return DATE_UNIT_START.has(unit.charCodeAt(0)) || DATE_WORDS.some((w) => unit.includes(w));
}

function joinLabels(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return `${a}・${b}`;
}

function joinNotes(a: string | undefined, b: string): string {
  return a === undefined || a.length === 0 ? b : `${a} ${b}`;
}

/** One-character units are few and repeat on every row: hand out the same string each time. */
const unitCache = new Map<number, string>();
function singleCharUnit(c: number): string {
  let u = unitCache.get(c);
  if (u === undefined) {
    u = foldText(String.fromCharCode(c));
    unitCache.set(c, u);
  }
  return u;
}
