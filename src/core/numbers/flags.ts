/**
 * Flags travel through the scanner as bits and become arrays only at the end, from a cache:
 * the same flag combination is always the same frozen array, so a plain cell allocates none.
 */
import type { NumberFlag } from "./parse";

/** The order flags are listed in, everywhere (results, JSON, messages). */
export const FLAG_ORDER: readonly NumberFlag[] = [
  "estimate",
  "approximate",
  "lower_bound",
  "upper_bound",
  "cumulative",
  "bracketed",
  "note",
];

export function flagBit(flag: NumberFlag): number {
  return 1 << FLAG_ORDER.indexOf(flag);
}

export const BIT_ESTIMATE = flagBit("estimate");
export const BIT_BRACKETED = flagBit("bracketed");
export const BIT_NOTE = flagBit("note");
export const BIT_LOWER = flagBit("lower_bound");
export const BIT_UPPER = flagBit("upper_bound");

const cache: (readonly NumberFlag[])[] = [];

export function flagsFromBits(bits: number): readonly NumberFlag[] {
  const cached = cache[bits];
  if (cached) return cached;
  const list = FLAG_ORDER.filter((_, i) => (bits & (1 << i)) !== 0);
  const frozen = Object.freeze(list);
  cache[bits] = frozen;
  return frozen;
}
