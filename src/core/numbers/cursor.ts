/**
 * A cursor over one cell's code units [start, end): folds full-width forms as it reads, looks
 * ahead without moving, and records the first reason the cell cannot be read.
 */
import { DOT, closingBracket, fold, isDigit, isMinus, isPlus, isSpace, kanjiDigit, smallMultiplier } from "./chars";
import type { ParseFailureReason } from "./parse";

export interface ScanFailure {
  readonly reason: ParseFailureReason;
  /** A stable code saying which form was met (see messages/parse.ts), e.g. "comma_decimal_or_thousands". */
  readonly detail: string;
}

export class Cursor {
  failure: ScanFailure | null = null;
  protected pos: number;

  constructor(
    protected readonly s: string,
    start: number,
    protected readonly end: number,
  ) {
    this.pos = start;
  }

  /** The folded code unit at i, −1 past the end. Printable ASCII needs no table. */
  protected at(i: number): number {
    if (i >= this.end) return -1;
    const c = this.s.charCodeAt(i);
    return c > 0x20 && c < 0x80 ? c : fold(c);
  }

  protected skipSpaces(): void {
    while (this.pos < this.end && isSpace(this.at(this.pos))) this.pos++;
  }

  protected matches(p: number, word: string): boolean {
    if (p + word.length > this.end) return false;
    for (let i = 0; i < word.length; i++) {
      if (this.at(p + i) !== word.charCodeAt(i)) return false;
    }
    return true;
  }

  /** Index of the bracket closing the one at `open` (nesting counted), or −1. */
  protected findClose(open: number): number {
    const o = this.at(open);
    const c = closingBracket(o);
    let depth = 0;
    for (let i = open; i < this.end; i++) {
      const x = this.at(i);
      if (x === o) depth++;
      else if (x === c && --depth === 0) return i;
    }
    return -1;
  }

  /** A digit, a point before a digit, a kanji digit or 十/百/千 (千円 is 1000円). */
  protected startsSmallNumber(p: number): boolean {
    const c = this.at(p);
    return isDigit(c) || (c === DOT && isDigit(this.at(p + 1))) || kanjiDigit(c) >= 0 || smallMultiplier(c) > 0;
  }

  /** A number, possibly signed (△ 53). */
  protected numberStartsAt(p: number): boolean {
    const c = this.at(p);
    if (this.startsSmallNumber(p)) return true;
    if (isMinus(c) || isPlus(c)) {
      let q = p + 1;
      while (isSpace(this.at(q))) q++;
      return this.startsSmallNumber(q);
    }
    return false;
  }

  protected fail(reason: ParseFailureReason, detail: string): void {
    if (this.failure === null) this.failure = { reason, detail };
  }

  /** Records the failure; for the functions that answer true/false. */
  protected no(reason: ParseFailureReason, detail: string): false {
    this.fail(reason, detail);
    return false;
  }

  /** Records the failure; for the functions that answer a value or null. */
  protected none(reason: ParseFailureReason, detail: string): null {
    this.fail(reason, detail);
    return null;
  }
}
