/**
 * The number grammar of a cell: digits with thousands commas and a point (65,000 · 99. 2 ·
 * 1.2E+05), kanji numerals (三十五 · 二〇二五), 千/百/十 and 万/億/兆 in any sensible mix
 * (2億7,934万6,300 · 10万5千 · 52百万), and 割 (8割5分 = 85%). Forms that could mean two
 * numbers (21,7 · 1,23,456 · 1.234.567 · 2 700) stop with "ambiguous".
 */
import type { Decimal } from "../exact/decimal";
import { BU, COLON, COMMA, DOT, RIN, bigMultiplier, isDigit, isSpace, kanjiDigit, smallMultiplier } from "./chars";
import { Cursor } from "./cursor";
import { add, dividedByPow10, isBelowPow10, normalized, timesPow10 } from "./decimal-ops";

/** Excel keeps 15 significant digits; a cell with more was not typed by a person as a number. */
const MAX_DIGITS = 15;

const ONE: Decimal = { coefficient: 1, scale: 0 };

export class NumberReader extends Cursor {
  /** Whether the number just read had Arabic digits (三十五 has none). */
  protected sawArabic = false;

  /**
   * 2億7,934万6,300 · 10万5千 · 52百万 · 5500 万 · 三十五 · 1.5億: groups of a small number
   * (digits and 千/百/十) each followed by a larger-to-smaller 兆/億/万.
   */
  protected readNumber(): Decimal | null {
    let total: Decimal | null = null;
    let lastBig = 99;
    for (;;) {
      const group = this.readSmallGroup();
      if (group === null) return null;
      const save = this.pos;
      this.skipSpaces();
      const big = bigMultiplier(this.at(this.pos));
      if (big === 0) {
        this.pos = save;
        if (total === null) return group;
        // The part after the last 万/億 is smaller than it: 2億7,934万6,300, never 1万10000.
        if (!isBelowPow10(group, lastBig)) return this.none("unreadable", "multiplier_order");
        const sum = add(total, group);
        if (sum === null) return this.none("too_many_digits", "too_large");
        return sum;
      }
      if (big >= lastBig) return this.none("unreadable", "multiplier_order");
      if (total !== null && !isBelowPow10(group, 4)) return this.none("unreadable", "multiplier_order");
      this.pos++;
      const scaled: Decimal | null = timesPow10(group, big);
      const sum: Decimal | null = scaled && (total === null ? scaled : add(total, scaled));
      if (!sum) return this.none("too_many_digits", "too_large");
      total = sum;
      lastBig = big;
      // Another group follows directly (億7,934万), or after a space when a smaller 万/億 closes it.
      if (this.startsSmallNumber(this.pos)) continue;
      if (!this.continuesAfterSpace(lastBig)) return total;
    }
  }

  /** After `5億 `, is `3000万` the rest of this number (true, pos moved) or the next value? */
  private continuesAfterSpace(lastBig: number): boolean {
    const save = this.pos;
    this.skipSpaces();
    if (this.pos === save || !this.startsSmallNumber(this.pos)) {
      this.pos = save;
      return false;
    }
    const groupStart = this.pos;
    const failureBefore = this.failure;
    const group = this.readSmallGroup();
    this.skipSpaces();
    const big = bigMultiplier(this.at(this.pos));
    const continues = group !== null && big > 0 && big < lastBig;
    this.failure = failureBefore;
    this.pos = continues ? groupStart : save;
    return continues;
  }

  /** 52百 · 千二百 · 三十五 · 1千2百 · 7,934: digits or kanji, with 千/百/十 from larger to smaller. */
  private readSmallGroup(): Decimal | null {
    let group: Decimal | null = null;
    let lastSmall = 99;
    for (;;) {
      const c = this.at(this.pos);
      let base: Decimal | null = null;
      if (isDigit(c) || (c === DOT && isDigit(this.at(this.pos + 1)))) {
        base = this.readArabic();
        if (base === null) return null;
        this.sawArabic = true;
      } else if (kanjiDigit(c) >= 0) {
        base = this.readKanjiDigits();
      }
      const save = this.pos;
      this.skipSpaces();
      const small = smallMultiplier(this.at(this.pos));
      if (small > 0 && (base !== null || this.pos === save)) {
        if (small >= lastSmall) return this.none("unreadable", "multiplier_order");
        const term = timesPow10(base ?? ONE, small);
        if (term === null) return this.none("too_many_digits", "too_large");
        if (group !== null && !isBelowPow10(term, lastSmall)) return this.none("unreadable", "multiplier_order");
        group = group === null ? term : add(group, term);
        if (group === null) return this.none("too_many_digits", "too_large");
        lastSmall = small;
        this.pos++;
        continue;
      }
      this.pos = save;
      if (base === null) {
        if (group === null) return this.none("unreadable", "no_number");
        return group;
      }
      if (group !== null && !isBelowPow10(base, lastSmall)) return this.none("unreadable", "multiplier_order");
      const sum: Decimal | null = group === null ? base : add(group, base);
      if (sum === null) return this.none("too_many_digits", "too_large");
      return sum;
    }
  }

  /** 二〇二五 or 三: kanji digits read positionally, as in dates and 年度. */
  private readKanjiDigits(): Decimal {
    let v = 0;
    let digits = 0;
    for (;;) {
      const d = kanjiDigit(this.at(this.pos));
      if (d < 0 || digits >= MAX_DIGITS) break;
      v = v * 10 + d;
      digits++;
      this.pos++;
    }
    return { coefficient: v, scale: 0 };
  }

  /**
   * 65,000 · 62, 947 · 99. 2 · 0.05 · 1.2E+05. Commas group exactly three digits; any other
   * use of commas and dots (21,7 · 1,23,456 · 1.234.567) is ambiguous and stops the scan.
   */
  private readArabic(): Decimal | null {
    let coefficient = 0;
    let scale = 0;
    let significant = 0;
    let pendingZeros = 0; // fraction zeros kept back: 40.0 is 40, 0.05 needs them
    let tooMany = false;
    let p = this.pos;
    let c = this.at(p);

    // Integer part, with thousands separators.
    let groupLength = 0;
    let commaGroups = 0;
    while (isDigit(c)) {
      const d = c - 0x30;
      if (coefficient !== 0 || d !== 0) {
        if (++significant > MAX_DIGITS) tooMany = true;
        else coefficient = coefficient * 10 + d;
      }
      groupLength++;
      c = this.at(++p);
      if (c === COMMA) {
        let q = p + 1;
        while (isSpace(this.at(q))) q++;
        if (!isDigit(this.at(q))) break; // "5人, 6人": the comma separates values
        let n = 0;
        while (isDigit(this.at(q + n))) n++;
        const next = this.at(q + n);
        if (n !== 3 || (commaGroups === 0 && groupLength > 3)) {
          this.pos = q + n;
          const lastGroup = next !== COMMA && !(next === DOT && isDigit(this.at(q + n + 1)));
          return this.none(
            "ambiguous",
            commaGroups === 0 && lastGroup && groupLength <= 3 ? "comma_decimal_or_thousands" : "irregular_grouping",
          );
        }
        commaGroups++;
        groupLength = 0;
        p = q;
        c = this.at(p);
      }
    }

    // Fraction, possibly with a space after the point (99. 2%).
    if (c === DOT) {
      let q = p + 1;
      while (isSpace(this.at(q))) q++;
      if (isDigit(this.at(q))) {
        p = q;
        c = this.at(p);
        while (isDigit(c)) {
          const d = c - 0x30;
          if (d === 0) pendingZeros++;
          else {
            const added = coefficient === 0 ? 1 : pendingZeros + 1;
            significant += added;
            if (significant > MAX_DIGITS) tooMany = true;
            else {
              for (let z = 0; z < pendingZeros; z++) coefficient *= 10;
              coefficient = coefficient * 10 + d;
              scale += pendingZeros + 1;
            }
            pendingZeros = 0;
          }
          c = this.at(++p);
        }
        if (c === DOT && isDigit(this.at(p + 1))) {
          this.pos = p + 1;
          return this.none("ambiguous", "dots_as_separators"); // 1.234.567
        }
        if (c === COMMA && isDigit(this.at(p + 1))) {
          this.pos = p + 1;
          return this.none("ambiguous", "dot_and_comma"); // 1.234,56
        }
      }
    }

    // Exponent: 1.2E+05, as Excel shows large or small numbers.
    if (c === 0x65 || c === 0x45) {
      let q = p + 1;
      let expNegative = false;
      const s = this.at(q);
      if (s === 0x2b || s === 0x2d) {
        expNegative = s === 0x2d;
        q++;
      }
      if (isDigit(this.at(q))) {
        let exp = 0;
        while (isDigit(this.at(q)) && exp < 1000) exp = exp * 10 + (this.at(q++) - 0x30);
        p = q;
        c = this.at(p);
        if (!tooMany) {
          this.pos = p;
          const base = normalized(coefficient, scale);
          const scaled = expNegative ? dividedByPow10(base, exp) : timesPow10(base, exp);
          if (scaled === null) return this.none("too_many_digits", expNegative ? "beyond_precision" : "too_large");
          return scaled;
        }
      }
    }

    // 2 700: a space between digits could be a thousands space or two values.
    if (isSpace(c)) {
      let q = p + 1;
      while (isSpace(this.at(q))) q++;
      if (isDigit(this.at(q))) {
        this.pos = q;
        return this.none("ambiguous", "space_between_digits");
      }
    }
    if (c === 0x2f && isDigit(this.at(p + 1))) {
      this.pos = p;
      return this.none("unreadable", "date_or_fraction"); // 4/1, 3/4
    }
    if (c === COLON && isDigit(this.at(p + 1))) {
      this.pos = p;
      return this.none("unreadable", "time_or_ratio"); // 10:30
    }
    this.pos = p;
    if (tooMany) return this.none("too_many_digits", "too_many_digits");
    return normalized(coefficient, scale);
  }

  /** 8割 = 80%, 8割5分 = 85%, 3割2分5厘 = 32.5%. */
  protected readWari(value: Decimal): Decimal | null {
    this.pos++;
    let percent = timesPow10(value, 1);
    if (percent === null) return this.none("too_many_digits", "too_large");
    const bu = this.digitBefore(BU);
    if (bu >= 0) {
      percent = add(percent, { coefficient: bu, scale: 0 });
      const rin = this.digitBefore(RIN);
      if (rin >= 0 && percent) percent = add(percent, { coefficient: rin, scale: 1 });
    }
    if (percent === null) return this.none("too_many_digits", "too_large");
    return percent;
  }

  /** A single digit (5 or 五) directly followed by `mark`; consumed and returned, else −1. */
  private digitBefore(mark: number): number {
    const c = this.at(this.pos);
    const d = isDigit(c) ? c - 0x30 : kanjiDigit(c);
    if (d < 0 || this.at(this.pos + 1) !== mark) return -1;
    this.pos += 2;
    return d;
  }
}
