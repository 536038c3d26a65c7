/** Hand-built cells for grading tests, shaped like the number parser's results. */
import { decimalFromString } from "../../../src/core/exact/decimal-text";
import type { Decimal } from "../../../src/core/exact/decimal";
import type { BinaryCell, FailedCell, NumberCell } from "../../../src/core/rules";

export function dec(text: string): Decimal {
  const d = decimalFromString(text);
  if (d === null) throw new Error(`not a decimal: ${text}`);
  return d;
}

export function num(text: string, unit: string | null = null, flags: readonly string[] = []): NumberCell {
  return { ok: true, kind: "number", value: dec(text), unit, flags };
}

export function binary(done: boolean, flags: readonly string[] = []): BinaryCell {
  return { ok: true, kind: "binary", done, flags };
}

export function failed(reason: string): FailedCell {
  return { ok: false, reason };
}
