/**
 * The fast path: most KPI cells are `65000`, `65,000 件`, `99.2%`, `△53人` — a signed decimal
 * with well-formed thousands commas and at most one plain unit word at the end. This reads
 * exactly those (full-width digits and PDF spaces after a comma or point included), with few
 * allocations; anything else (万/億, brackets, notes, suffixes, odd commas, folded units) returns
 * null and goes to the full scanner, which reads these the same way (a property test checks it).
 */
import type { Decimal } from "../exact/decimal";
import {
  COMMA,
  DOT,
  PERCENT,
  SPACE,
  WARI,
  bigMultiplier,
  fold,
  isMinus,
  isWordChar,
  kanjiDigit,
  smallMultiplier,
} from "./chars";
import { MAX_SCALE } from "./decimal-ops";
import { flagsFromBits } from "./flags";
import type { ParsedNumber } from "./parse";
import { isSuffixStart, normalUnit } from "./words";

const NO_FLAGS = flagsFromBits(0);
const MAX_DIGITS = 15;
const MAX_UNIT_LENGTH = 12;

/**
 * 1 where a character may be part of a fast-path unit: a word character that needs no folding
 * and starts no multiplier, kanji digit, 割 or suffix word (以上, 見込み…).
 */
const UNIT_CHAR: Uint8Array = buildUnitTable();

function buildUnitTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (!isWordChar(c)) continue;
    if (c >= 0xff00 || (c >= 0x3380 && c <= 0x33ff)) continue; // needs folding
    if (c === 0x65 || c === 0x45) continue; // e/E could be an exponent
    if (bigMultiplier(c) || smallMultiplier(c) || kanjiDigit(c) >= 0 || c === WARI || isSuffixStart(c)) continue;
    table[c] = 1;
  }
  return table;
}

/** One-character units, shared across calls. */
const unitStrings = new Map<number, string>();

export function parseFast(s: string, a: number, b: number): ParsedNumber | null {
  let p = a;
  let c = at(s, p);
  let negative = false;
  if (isMinus(c)) {
    negative = true;
    c = at(s, ++p);
  }
  let coefficient = 0;
  let scale = 0;
  let significant = 0;
  let digitsSeen = 0;
  let groupLength = 0;
  let grouped = false;
  while (p < b) {
    if (c >= 0x30 && c <= 0x39) {
      if (coefficient !== 0 || c !== 0x30) significant++;
      coefficient = coefficient * 10 + (c - 0x30);
      digitsSeen++;
      groupLength++;
    } else if (c === COMMA) {
      // A thousands comma: 1–3 digits before the first, exactly 3 between, 3 after;
      // PDF extraction may leave a space after it (62, 947).
      if (groupLength === 0 || groupLength > 3 || (grouped && groupLength !== 3)) return null;
      grouped = true;
      groupLength = 0;
      while (p + 1 < b && at(s, p + 1) === SPACE) p++;
    } else break;
    c = ++p < b ? at(s, p) : -1;
  }
  if (digitsSeen === 0 || (grouped && groupLength !== 3)) return null;
  if (c === DOT) {
    // 99.2, or 99. 2 as PDF extraction leaves it
    do c = ++p < b ? at(s, p) : -1;
    while (c === SPACE);
    if (!(c >= 0x30 && c <= 0x39)) return null;
    while (c >= 0x30 && c <= 0x39) {
      if (coefficient !== 0 || c !== 0x30) significant++;
      coefficient = coefficient * 10 + (c - 0x30);
      scale++;
      c = ++p < b ? at(s, p) : -1;
    }
  }
  if (significant > MAX_DIGITS || scale > MAX_SCALE) return null;
  let unit: string | null = null;
  if (p < b) {
    while (c === SPACE) c = at(s, ++p);
    const start = p;
    if (b - start === 1 && c === PERCENT) {
      unit = "%"; // % or ％
    } else {
      for (; p < b; p++) {
        const raw = s.charCodeAt(p);
        if (raw !== PERCENT && UNIT_CHAR[raw] !== 1) return null;
      }
      const length = b - start;
      if (length === 0 || length > MAX_UNIT_LENGTH) return null;
      unit = length === 1 ? oneCharUnit(s.charCodeAt(start)) : normalUnit(s.slice(start, b));
    }
  }
  while (scale > 0 && coefficient % 10 === 0) {
    coefficient /= 10;
    scale--;
  }
  const value: Decimal = {
    coefficient: negative && coefficient !== 0 ? -coefficient : coefficient,
    scale: coefficient === 0 ? 0 : scale,
  };
  return { ok: true, kind: "number", value, unit, flags: NO_FLAGS, raw: s };
}

/** The folded code unit at i; printable ASCII needs no table. */
function at(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return c > 0x20 && c < 0x80 ? c : fold(c);
}

function oneCharUnit(code: number): string {
  let unit = unitStrings.get(code);
  if (unit === undefined) {
    unit = String.fromCharCode(code);
    unitStrings.set(code, unit);
  }
  return unit;
}
