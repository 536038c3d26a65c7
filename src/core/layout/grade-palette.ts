/**
 * Grade colours: one conditional-format rule per letter of the scale on a whole grade column, from a
 * small palette (Excel's own Good / Neutral / Bad colours and steps between them), best grade green,
 * worst red, "not carried out" grey. A scale with more grades than the palette shares colours evenly.
 */
import { columnLetters, type RangeRef } from "../workbook/address";
import type { ConditionalFormatPlan, ConditionalRule } from "../workbook/plan";
import type { Scale } from "../grading";

export interface GradeColour {
  readonly fill: string;
  readonly fontColor: string;
}

/** Best to worst. */
export const GRADE_PALETTE: readonly GradeColour[] = [
  { fill: "#C6EFCE", fontColor: "#006100" },
  { fill: "#E2EFDA", fontColor: "#375623" },
  { fill: "#FFEB9C", fontColor: "#9C5700" },
  { fill: "#FCE4D6", fontColor: "#843C0C" },
  { fill: "#FFC7CE", fontColor: "#9C0006" },
];

export const NOT_CARRIED_OUT_COLOUR: GradeColour = { fill: "#D9D9D9", fontColor: "#404040" };

export function gradeColour(index: number, gradeCount: number): GradeColour {
  const last = GRADE_PALETTE.length - 1;
  const position = gradeCount <= 1 ? 0 : Math.round((index * last) / (gradeCount - 1));
  return GRADE_PALETTE[Math.min(last, Math.max(0, position))] ?? NOT_CARRIED_OUT_COLOUR;
}

/** The scale's letters (and symbols) as they may be typed in a grade cell, best first, not-carried-out last. */
export function gradeMarks(scale: Scale): { readonly marks: readonly string[]; readonly colour: GradeColour }[] {
  const grades = scale.grades.map((grade, index) => ({
    marks: grade.symbol === undefined ? [grade.letter] : [grade.letter, grade.symbol],
    colour: gradeColour(index, scale.grades.length),
  }));
  const off = scale.notCarriedOut;
  return [
    ...grades,
    { marks: off.symbol === undefined ? [off.letter] : [off.letter, off.symbol], colour: NOT_CARRIED_OUT_COLOUR },
  ];
}

/** One rule set for the whole column `range` (a single column), each rule written for its top cell. */
export function gradeConditionalFormat(range: RangeRef, scale: Scale): ConditionalFormatPlan {
  const cell = `$${columnLetters(range.column)}${range.row + 1}`;
  const rules: ConditionalRule[] = gradeMarks(scale).map(({ marks, colour }) => {
    const tests = marks.map((mark) => `${cell}="${mark.replace(/"/g, '""')}"`);
    return {
      formula: tests.length === 1 ? `=${tests[0]}` : `=OR(${tests.join(",")})`,
      fill: colour.fill,
      fontColor: colour.fontColor,
    };
  });
  return { range, rules };
}

/** The dropdown of a grade cell: the scale's letters and its not-carried-out letter. */
export function gradeChoices(scale: Scale): string[] {
  return [...scale.grades.map((grade) => grade.letter), scale.notCarriedOut.letter];
}
