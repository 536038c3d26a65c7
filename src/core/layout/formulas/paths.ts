/**
 * The first decision of the live formulas: from what the 実績値 and 目標値 cells hold and the 方向
 * word, which way the engine goes — no grade, only the engine can tell, done, not done, or a rate
 * from two numbers. Written here in TypeScript, mirroring `evaluateIndicator` step by step, and
 * compiled into a table of digits that the formula indexes with MID: one lookup replaces a tree that
 * would repeat each cell's word lists in every branch.
 */
import { CELL_CLASS, CELL_CLASS_COUNT, type CellClass } from "./cell-class";
import { text } from "./excel-expr";

export const DIRECTION_KIND = {
  /** 方向 left blank: the engine infers it (binary when a cell reads as done/not done, else up). */
  inferred: 0,
  /** 増加, 減少 or 維持: a rate from numbers. */
  numeric: 1,
  /** 実施: done or not done. */
  binary: 2,
  /** A word off the list, in 方向 or in 算定方法: the row cannot be read. */
  unknown: 3,
} as const;

export type DirectionKind = (typeof DIRECTION_KIND)[keyof typeof DIRECTION_KIND];

export const DIRECTION_KIND_COUNT = 4;

export const PATH = {
  /** The engine gives a reason, not a grade. */
  none: 0,
  /** Only the engine can read an input: show the "press Grade" text. */
  press: 1,
  /** Done: graded like 100%. */
  done: 2,
  /** Not done: the scale's lowest graded level, 0%. */
  notDone: 3,
  /** Two numbers: the method decides (see rate-tree.ts). */
  numbers: 4,
} as const;

export type Path = (typeof PATH)[keyof typeof PATH];

const C = CELL_CLASS;

function isBinaryClass(c: CellClass): boolean {
  return c === C.done || c === C.notDone;
}

/**
 * evaluateIndicator's route for these cells. Any reason counts the same (the cell shows nothing), so
 * where every possible reading of an unknown text ends in a reason, the answer is "none", not "press".
 */
export function decidePath(actual: CellClass, target: CellClass, direction: DirectionKind): Path {
  // No actual (or 作業中): whatever the direction, no rate can exist.
  if (actual === C.blank || actual === C.pending) return PATH.none;
  if (direction === DIRECTION_KIND.unknown) return PATH.press;
  const binaryEvidence = isBinaryClass(actual) || isBinaryClass(target);
  if (direction === DIRECTION_KIND.binary || (direction === DIRECTION_KIND.inferred && binaryEvidence)) {
    if (actual === C.done) return PATH.done;
    if (actual === C.notDone) return PATH.notDone;
    // A number (in the window or not) or an error where a word is expected: actual_unreadable.
    return actual === C.unknownText ? PATH.press : PATH.none;
  }
  // Inferred direction: an unknown text could still read as done/not done (実施済(見込み)).
  if (direction === DIRECTION_KIND.inferred && (actual === C.unknownText || target === C.unknownText)) {
    return PATH.press;
  }
  // A rate from numbers: the target is read first, then the actual; either failing is a reason.
  if (target === C.blank || target === C.pending || isBinaryClass(target) || target === C.unreadable) {
    return PATH.none;
  }
  if (isBinaryClass(actual) || actual === C.unreadable) return PATH.none;
  if (target === C.number && actual === C.number) return PATH.numbers;
  return PATH.press;
}

/** Index into PATH_TABLE: 1 + actual + 8 × target + 64 × direction (MID counts from 1). */
export function pathIndex(actual: CellClass, target: CellClass, direction: DirectionKind): number {
  return 1 + actual + CELL_CLASS_COUNT * target + CELL_CLASS_COUNT * CELL_CLASS_COUNT * direction;
}

/** decidePath for every combination, one digit each, in pathIndex order. */
export const PATH_TABLE: string = (() => {
  let digits = "";
  for (let direction = 0; direction < DIRECTION_KIND_COUNT; direction++) {
    for (let target = 0; target < CELL_CLASS_COUNT; target++) {
      for (let actual = 0; actual < CELL_CLASS_COUNT; actual++) {
        digits += String(decidePath(actual as CellClass, target as CellClass, direction as DirectionKind));
      }
    }
  }
  return digits;
})();

/** The path digit as a number 1…5 for CHOOSE: FIND in "01234" (no text-to-number coercion, which LibreOffice may refuse). */
export function pathChoiceExpr(actualClass: string, targetClass: string, directionKind: string): string {
  const n = CELL_CLASS_COUNT;
  return `FIND(MID(${text(PATH_TABLE)},1+${actualClass}+${n}*${targetClass}+${n * n}*${directionKind},1),"01234")`;
}
