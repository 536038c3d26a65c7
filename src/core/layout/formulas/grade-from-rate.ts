/**
 * The 達成度 formula's computed grade, read off the row's own 達成率 cell: the rate formula already
 * took every decision of computeRate, so the grade only places its number on the scale. Two routes
 * leave the same mark in the 達成率 cell and are told apart here from the inputs:
 * - "" is a reason, except lower-is-better by ratio with an actual of 0 against a positive target:
 *   the engine's unbounded best case, the top grade;
 * - 0 is placed on the bounds, except a milestone not done, which is the lowest level even on a
 *   scale where 0% reaches a higher bound (tested only on such scales).
 * A 達成率 cell a person typed over is placed as it stands; the engine grades from the inputs.
 */
import { DIRECTION_WORDS, METHOD_WORDS } from "../vocabulary";
import { NOT_DONE_CELL_WORDS } from "./cell-words";
import { EMPTY, isBlank, isOneOf, isWord, text, when } from "./excel-expr";
import { type ScaleLetters, gradeByBounds } from "./grade-lookup";
import type { RateTreeOptions } from "./rate-tree";
import type { KpiRowRefs } from "./row-refs";

export function gradeFromRate(
  refs: KpiRowRefs,
  letters: ScaleLetters,
  options: RateTreeOptions,
  press: string,
): string {
  const { rate, target: t, actual: a, direction: d, method: m } = refs;
  const byRatio =
    options.lowerIsBetter === "progress"
      ? isWord(m, METHOD_WORDS.ratio)
      : `OR(${isBlank(m)},${isWord(m, METHOD_WORDS.ratio)})`;
  // Numbers, not booleans (LibreOffice's FALSE is also a number 0); nested IFs, because AND would
  // evaluate A5=0 on an error value too.
  const numbers = `AND(NOT(ISLOGICAL(${a})),NOT(ISLOGICAL(${t})),${a}=0,${t}>0)`;
  const unbounded = `AND(${isWord(d, DIRECTION_WORDS.down)},${byRatio},${when(
    `ISNUMBER(${a})`,
    when(`ISNUMBER(${t})`, numbers, "FALSE"),
    "FALSE",
  )})`;
  const placed = gradeByBounds(rate, letters.table);
  const notDone = when(`ISLOGICAL(${a})`, `NOT(${a})`, isOneOf(a, NOT_DONE_CELL_WORDS));
  const number = letters.zeroIsLowest ? placed : when(`AND(${rate}=0,${notDone})`, text(letters.lowest), placed);
  return when(`ISNUMBER(${rate})`, number, when(`${rate}=""`, when(unbounded, text(letters.top), EMPTY), press));
}
