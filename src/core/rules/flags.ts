/**
 * Facts about a result that a reader must see beside the grade; a flag never prevents grading
 * (a reason does). Inside the engine flags travel as a bit mask, so that a million rows share a
 * handful of frozen arrays instead of allocating one each.
 */
export const GRADE_FLAGS = [
  /** the actual is an estimate (status 見込み, or "(見込み)" in the cell): graded, not final */
  "estimate",
  /** a value was written as approximate (約…) */
  "approximate",
  /** status 未実施: graded with the scale's not-carried-out letter (E), counts as 0% in rollups */
  "not_carried_out",
  /** the grade was entered by hand (with a reason) */
  "manual",
  /** keep-within-a-band indicator inside its band: 100% */
  "within_band",
  /** lower-is-better with an actual of 0 against a positive target: best possible, no finite rate */
  "rate_unbounded",
] as const;

export type GradeFlag = (typeof GRADE_FLAGS)[number];

export const FLAG = {
  estimate: 1,
  approximate: 2,
  not_carried_out: 4,
  manual: 8,
  within_band: 16,
  rate_unbounded: 32,
} as const satisfies Record<GradeFlag, number>;

export const NO_FLAGS: readonly GradeFlag[] = Object.freeze([]);

const byMask: (readonly GradeFlag[])[] = [];

/** The flags of a mask, in canonical order; the same frozen array for the same mask. */
export function flagsFromMask(mask: number): readonly GradeFlag[] {
  if (mask === 0) return NO_FLAGS;
  let flags = byMask[mask];
  if (flags === undefined) {
    flags = Object.freeze(GRADE_FLAGS.filter((flag) => (mask & FLAG[flag]) !== 0));
    byMask[mask] = flags;
  }
  return flags;
}

export function maskFromFlags(flags: readonly GradeFlag[]): number {
  let mask = 0;
  for (const flag of flags) mask |= FLAG[flag];
  return mask;
}
