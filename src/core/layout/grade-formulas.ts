/**
 * The live 達成率 and 達成度 formulas of a KPI row: native Excel formulas generated from the workbook's
 * grading scale, so that a grade recalculates the moment someone types an actual — also in a copy
 * opened without the add-in — and agrees with the grading engine (`evaluateIndicator`) on the row as
 * `kpiRowInput` (formulas/kpi-row-input.ts) reads it.
 *
 * What the cells show:
 * - 達成率: the rate (1 = 100%), "" when the engine has no rate (a reason, 未実施, 作業中, a blank
 *   actual, lower-is-better with an actual of 0), or PRESS_GRADE_TEXT;
 * - 達成度: the engine's letter, "" when it gives a reason instead, or PRESS_GRADE_TEXT. It places the
 *   row's 達成率 on the scale rather than repeating the rate's formula, so both must be in the row.
 * PRESS_GRADE_TEXT appears only where the engine could read an input the formula cannot (`5 億円`,
 * `６５，０００件`, `△53人`, `99%(見込み)`, a word off a dropdown list, an error value, a number outside
 * [1e-6, 1e15), a hand grade or reason that starts with a line break or an ideographic space); no
 * input makes either cell show an error value.
 *
 * Only functions that Excel 2016, LibreOffice and HyperFormula share (IF, CHOOSE, MID, FIND, EXACT,
 * TRIM, ROUND, LOG10, …), no IFS, LET or array constants, and no string literal over 255 characters.
 * References are relative A1 to the same row, so the same text in every row is an Excel calculated column.
 *
 * Where a float formula can still disagree with the exact engine (both tiny; the tests generate around them):
 * 1. an exact rate less than 5e-13 below a grade bound is placed on the bound (grade-lookup.ts);
 * 2. progress and band rates are computed on the 12-significant-digit grid of the largest of target,
 *    actual and baseline (rate-tree.ts): inputs finer than that grid (1,234,567 against 0.0000001)
 *    can be rounded onto it.
 */
import type { Scale } from "../grading/scale";
import { message } from "../messages";
import { MAX_COLUMNS, MAX_ROWS } from "../workbook/address";
import type { Formula } from "../workbook/plan";
import { KPI_COLUMNS } from "./kpi-table";
import { STATUS_WORDS } from "./vocabulary";
import { EMPTY, call, isBlank, isOneOf, isWord, text, when } from "./formulas/excel-expr";
import { gradeFromRate } from "./formulas/grade-from-rate";
import { scaleLetters } from "./formulas/grade-lookup";
import { withManualGrade } from "./formulas/manual";
import { type RateTreeOptions, rateTree } from "./formulas/rate-tree";
import { type KpiRowRefs, kpiRowRefs } from "./formulas/row-refs";

export interface KpiRowPosition {
  /** Zero-based sheet row. */
  readonly row: number;
  /** Zero-based column of KPI_COLUMNS[0]. */
  readonly firstColumn: number;
}

export interface KpiFormulaOptions {
  /** The city's default for lower-is-better indicators whose 算定方法 is blank, as EvaluationOptions. */
  readonly lowerIsBetter?: "ratio" | "progress";
}

/** What the formula cells show when only the engine can read an input: 「評価ボタンで判定」. */
export const PRESS_GRADE_TEXT: string = message("sheet.formula.pressGrade", "ja");

const PRESS = text(PRESS_GRADE_TEXT);

/** 達成率: the rate as a fraction (the layout formats it "0.0%"), "" or PRESS_GRADE_TEXT. */
export function kpiRateFormula(position: KpiRowPosition, _scale: Scale, options: KpiFormulaOptions = {}): Formula {
  // The rate does not depend on the scale; the parameter keeps the two formulas' signatures alike.
  const refs = refsFor(position);
  const computed = rateTree(refs, treeOptions(options), PRESS);
  const { graded, notCarriedOut, pending } = statusTests(refs);
  return finish(when(graded, computed, when(`OR(${notCarriedOut},${pending})`, EMPTY, PRESS)));
}

/**
 * 達成度: the scale's letter, "" or PRESS_GRADE_TEXT. The computed grade places the row's 達成率 on the
 * scale (pass the same options to both formulas); on a hand-graded scale only the hand grade counts.
 */
export function kpiGradeFormula(position: KpiRowPosition, scale: Scale, options: KpiFormulaOptions = {}): Formula {
  const refs = refsFor(position);
  const letters = scaleLetters(scale);
  // A scale graded by hand gives no grade without one, whatever the rate (manual_grade_required).
  const computed = scale.manual ? EMPTY : gradeFromRate(refs, letters, treeOptions(options), PRESS);
  const manual = withManualGrade(
    computed,
    { grade: refs.manualGrade, reason: refs.manualReason },
    letters.table,
    PRESS,
  );
  const { graded, notCarriedOut, pending } = statusTests(refs);
  return finish(when(graded, manual, when(notCarriedOut, text(letters.notCarriedOut), when(pending, EMPTY, PRESS))));
}

function treeOptions(options: KpiFormulaOptions): RateTreeOptions {
  return { lowerIsBetter: options.lowerIsBetter ?? "ratio" };
}

function refsFor(position: KpiRowPosition): KpiRowRefs {
  const { row, firstColumn } = position;
  if (!Number.isInteger(row) || row < 0 || row >= MAX_ROWS) throw new RangeError(`row ${row}`);
  // The whole table must fit on the sheet, not only the columns a formula reads.
  if (!Number.isInteger(firstColumn) || firstColumn < 0 || firstColumn + KPI_COLUMNS.length > MAX_COLUMNS) {
    throw new RangeError(`column ${firstColumn}`);
  }
  return kpiRowRefs(row, firstColumn);
}

/** 状況: blank, 確定 or 見込み are graded; 未実施 is the not-carried-out grade; 作業中 has none. */
function statusTests(refs: KpiRowRefs): { graded: string; notCarriedOut: string; pending: string } {
  const s = refs.status;
  return {
    graded: `OR(${isBlank(s)},${isOneOf(s, [STATUS_WORDS.final, STATUS_WORDS.estimate])})`,
    notCarriedOut: isWord(s, STATUS_WORDS.not_carried_out),
    pending: isWord(s, STATUS_WORDS.pending),
  };
}

/** An error value anywhere (an input cell holding #N/A, say) shows the "press Grade" text, never an error. */
function finish(body: string): Formula {
  return { formula: `=${call("IFERROR", body, PRESS)}` };
}
