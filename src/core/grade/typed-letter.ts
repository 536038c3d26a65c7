/**
 * A letter a person typed as a grade (an indicator's or a goal's 達成度 on a hand-made sheet, or over
 * Tassei's formula): one rule for both. It stands when nothing can be computed (a qualitative item),
 * counting as a hand grade (E as not carried out); where the engine computes another grade, the
 * computed grade stands and a problem names the cell.
 */
import { type GradeFlag, type GradeOutcome, type Scale, gradeTable } from "../rules";
import { bilingual } from "../messages";
import { type GradeCell, a1, cellText, isTyped } from "./sheet-cells";
import type { GradeProblem } from "./types";

/** The letter typed in `cell` when it is one of the scale's, else null. */
export function typedLetter(cell: GradeCell | undefined | null, scale: Scale): string | null {
  if (!cell || !isTyped(cell)) return null;
  const letter = cellText(cell.value).trim();
  return gradeTable(scale).lookup.has(letter) ? letter : null;
}

/**
 * `computed` with the typed letter applied: adopted when nothing was computed and `adopt` allows it,
 * else unchanged, with a problem in `problems` when the two differ.
 */
export function withTypedLetter<T extends Pick<GradeOutcome, "grade" | "reason" | "reasonField" | "flags">>(
  computed: T,
  cell: GradeCell | undefined | null,
  scale: Scale,
  options: { readonly adopt: boolean; readonly what: "indicator" | "goal" },
  problems: GradeProblem[],
): T {
  const letter = typedLetter(cell, scale);
  if (letter === null || !cell) return computed;
  if (computed.grade === null) {
    if (!options.adopt) return computed;
    const off = letter === scale.notCarriedOut.letter || letter === scale.notCarriedOut.symbol;
    const flags: GradeFlag[] = [
      ...new Set<GradeFlag>([...computed.flags, "manual", ...(off ? (["not_carried_out"] as const) : [])]),
    ];
    return { ...computed, grade: letter, reason: null, reasonField: null, method: "manual", flags };
  }
  if (computed.grade !== letter) {
    const at = a1(cell);
    const key = options.what === "goal" ? "grade.problem.typedGoalGradeDiffers" : "grade.problem.typedGradeDiffers";
    problems.push({
      cell: at,
      raw: letter,
      reason: "typed_grade_differs",
      message: bilingual(key, { cell: at, typed: letter, computed: computed.grade }),
    });
  }
  return computed;
}
