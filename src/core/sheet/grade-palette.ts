/**
 * Grade colours: one conditional-format rule per letter of the scale on a whole grade column, from a
 * small palette (Excel's own Good / Neutral / Bad colours and steps between them), best grade green,
 * worst red, "not carried out" grey. A scale with more grades than the palette shares colours evenly.
 */
import { columnLetters, type RangeRef } from "@tassei/excel-rules";
import type { ConditionalFormatPlan, ConditionalRule } from "../workbook/plan";
import type { Scale } from "../rules";

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

/** Chart colours, best to worst: strong enough to tell apart on paper, in the cells' order of hues. */
const CHART_PALETTE: readonly string[] = ["#2E7D32", "#8BC34A", "#FFC107", "#F57C00", "#C62828"];
const CHART_NOT_CARRIED_OUT = "#757575";
const CHART_UNGRADED = "#BDBDBD";
/** Lines of departments across years: a qualitative palette that prints apart in colour and in grey. */
export const CHART_LINE_COLOURS: readonly string[] = ["#1F77B4", "#FF7F0E", "#2CA02C", "#D62728", "#9467BD", "#8C564B"];

/** A colour per count column of the summary's chart: the scale's grades best to worst, not carried out, 未評価. */
export function gradeChartColours(scale: Scale, letters: readonly string[]): string[] {
  const graded = scale.grades.map((grade) => grade.letter);
  const others = letters.filter((letter) => !graded.includes(letter) && letter !== scale.notCarriedOut.letter);
  return [
    ...letters.map((letter) => {
      if (letter === scale.notCarriedOut.letter) return CHART_NOT_CARRIED_OUT;
      const index = graded.includes(letter) ? graded.indexOf(letter) : graded.length + others.indexOf(letter);
      const last = CHART_PALETTE.length - 1;
      const position = Math.round((index * last) / Math.max(1, graded.length + others.length - 1));
      return CHART_PALETTE[Math.min(last, position)]!;
    }),
    CHART_UNGRADED,
  ];
}

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
