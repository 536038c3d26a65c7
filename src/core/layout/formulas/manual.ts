/**
 * A grade entered by hand (手入力評価) with its reason (評価理由), decided as evaluateIndicator's
 * applyManual does: the hand grade, trimmed, must be a letter or symbol of the scale (else no grade,
 * manual_grade_unknown); it applies only with a reason that is not blank (else no grade,
 * manual_without_reason). The engine trims with JavaScript's trim, Excel's TRIM only removes spaces,
 * so the formula decides only when the two trims cannot differ, and shows the "press Grade" text
 * otherwise (a reason that starts with a line break or an ideographic space, say).
 */
import type { GradeTable } from "../../grading/grade-table";
import { NOT_CARRIED_OUT_INDEX } from "../../grading/grade-table";
import { EMPTY, call, isBlank, isJsWhitespace, text, when } from "./excel-expr";

export interface ManualRefs {
  readonly grade: string;
  readonly reason: string;
}

/** Every spelling the engine accepts (letters, symbols, the not-carried-out letter) and the letter it stands for. */
function spellings(table: GradeTable): readonly { readonly spelling: string; readonly letter: string }[] {
  return [...table.lookup].map(([spelling, index]) => ({
    spelling,
    letter: index === NOT_CARRIED_OUT_INDEX ? table.notCarriedOut : (table.letters[index] as string),
  }));
}

/**
 * The cell says `spelling` for JavaScript's trim too. TRIM(cell) equal to a spelling without spaces means
 * the cell is that spelling with spaces around it (TRIM only removes spaces, and keeps one between
 * words); a spelling with a space inside is compared untrimmed.
 */
function says(ref: string, spelling: string): string {
  return /\s/.test(spelling) ? `EXACT(${ref},${text(spelling)})` : `EXACT(TRIM(${ref}),${text(spelling)})`;
}

/** `computed` unless a hand grade is entered; the hand grade's outcome when it is. */
export function withManualGrade(computed: string, refs: ManualRefs, table: GradeTable, press: string): string {
  const { grade, reason } = refs;
  const options = spellings(table);
  const matches = options.map((o) => says(grade, o.spelling));
  const anyMatch = call("OR", ...matches);
  let letter = EMPTY;
  for (let i = options.length - 1; i >= 0; i--) {
    letter = when(matches[i] as string, text((options[i] as { letter: string }).letter), letter);
  }
  // Not a spelling, and nothing at either end that JavaScript would trim: the engine finds no such grade either.
  const surelyUnknown = `AND(NOT(${isJsWhitespace(`LEFT(${grade},1)`)}),NOT(${isJsWhitespace(`RIGHT(${grade},1)`)}))`;
  // A reason whose first character (after Excel's TRIM) is not whitespace is not blank for JavaScript either.
  const reasonGiven = `NOT(${isJsWhitespace(`LEFT(TRIM(${reason}),1)`)})`;
  const decided = when(
    anyMatch,
    when(isBlank(reason), EMPTY, when(reasonGiven, letter, press)),
    when(surelyUnknown, EMPTY, press),
  );
  // A boolean reads "TRUE" in Excel but "1" in LibreOffice: no letter can be trusted from it.
  return when(isBlank(grade), computed, when(`ISLOGICAL(${grade})`, press, decided));
}
