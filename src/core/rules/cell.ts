/**
 * What grading needs to know about one cell once it has been read: a number with its unit,
 * a done/not-done word, or a failure with the reader's reason.
 *
 * The number parser's ParseResult (src/core/numbers/parse.ts) has exactly this shape, so its
 * results are passed straight in; grading only asks for the fields it uses, which keeps this
 * room testable with hand-built cells and free of the parser's internals.
 */
import type { Decimal } from "../exact/decimal";

export interface NumberCell {
  readonly ok: true;
  readonly kind: "number";
  readonly value: Decimal;
  readonly unit: string | null;
  readonly flags: readonly string[];
}

export interface BinaryCell {
  readonly ok: true;
  readonly kind: "binary";
  readonly done: boolean;
  /** The word as written (未実施, 実施済), where the reader gives it. */
  readonly word?: string;
  readonly flags: readonly string[];
}

export interface FailedCell {
  readonly ok: false;
  /** the parser's reason: "empty" | "pending" | "not_applicable" | "several_values" | "ambiguous" | "unreadable" | "too_many_digits" */
  readonly reason: string;
}

export type GradableCell = NumberCell | BinaryCell | FailedCell;
