/**
 * The 達成率 / 達成度 cells of a KPI row. The grading engine is the one place the rules live; the sheet
 * holds one of two formulas per cell, both short enough for a planning officer to read:
 *
 * - the live formula, for the common case a person would write by hand — actual ÷ target of two
 *   numbers, placed on the bounds printed in the sheet's 【達成度について】 legend:
 *     達成率 =IF(H5="","",IF(AND(ISNUMBER(G5),ISNUMBER(H5),G5>0,OR(D5="",D5="増加"),…),H5/G5,"評価ボタンで判定"))
 *     達成度 =IF(L5<>"","評価ボタンで判定",IF(ISNUMBER(J5),IF(J5>=$A$12,"A",IF(J5>=$A$13,"B",…)),…))
 *   Anything else (a text actual, 未実施, a hand grade, lower-is-better…) shows 評価ボタンで判定.
 * - the graded value, for every other row after grading: the engine's figure, kept only while the row's
 *   inputs are what was graded, so a later change shows 評価ボタンで判定 until the next grading:
 *     =IF(AND(EXACT(G5,"40人"),EXACT(H5,"延べ 35 人"),D5&E5&F5&I5&L5&M5=""),0.875,"評価ボタンで判定")
 *
 * Grading picks, per cell, the live formula when it shows exactly what the engine says (same letter,
 * same rate to the shown 0.1%) and the graded value otherwise; `liveRate` / `liveGrade` say what the
 * live formulas show, as Excel computes them (IEEE division, comparison with the bound's double).
 * Formulas use only functions every spreadsheet program shares, and no number in E notation.
 */
import type { CellRef } from "@tassei/excel-rules";
import { cellAddress } from "@tassei/excel-rules";
import { message } from "../../messages";
import type { CellValue } from "../../workbook/snapshot";
import { type KpiColumnKey, kpiColumnIndex } from "./kpi-table";
import { DIRECTION_WORDS, METHOD_WORDS, STATUS_WORDS } from "../vocabulary";

/** What a formula cell shows when only the grading can work the row out: 「評価ボタンで判定」. */
export const PRESS_GRADE_TEXT: string = message("sheet.formula.pressGrade", "ja");

/** What a 達成率 / 達成度 cell shows: a rate (1 = 100%), a letter, "" or PRESS_GRADE_TEXT. */
export type LiveValue = number | string;

/** The row's cells a formula reads, in the order the graded value checks them. */
const INPUT_KEYS = [
  "direction",
  "method",
  "baseline",
  "target",
  "actual",
  "status",
  "manualGrade",
  "manualReason",
] as const satisfies readonly KpiColumnKey[];
export type InputKey = (typeof INPUT_KEYS)[number];

/** A KPI row's input cells' values, as the sheet holds them. */
export type RowInputs = Readonly<Record<InputKey, CellValue>>;

/** One grade of the scale as the 達成度 formula places a rate: the letter and its lower bound. */
export interface FormulaGrade {
  readonly letter: string;
  /** The bound's value (70% is 0.7); null for the lowest grade. */
  readonly bound: number | null;
  /** Where the legend prints the bound ("$A$13"); null writes the number itself. */
  readonly boundCell: CellRef | null;
}

/** The grades in order, best first; empty for a scale graded by hand. */
export type FormulaScale = readonly FormulaGrade[];

const ALLOWED: Readonly<Record<"direction" | "method" | "status", readonly string[]>> = {
  direction: [DIRECTION_WORDS.up],
  method: [METHOD_WORDS.ratio],
  status: [STATUS_WORDS.final, STATUS_WORDS.estimate],
};

/**
 * Where a row's cells are: Tassei's column order from a first column, or each column where the table has
 * it (a table a person added a column to, or moved one in).
 */
export type KpiColumns = number | Readonly<Partial<Record<KpiColumnKey, number>>>;

/** The columns the formulas read and are written in. */
export const FORMULA_COLUMN_KEYS: readonly KpiColumnKey[] = ["rate", "grade", ...INPUT_KEYS];

function refs(row: number, columns: KpiColumns): Record<KpiColumnKey, string> {
  const ref = (key: KpiColumnKey) => {
    const column = typeof columns === "number" ? columns + kpiColumnIndex(key) : columns[key];
    if (column === undefined) throw new RangeError(`no ${key} column`);
    return cellAddress({ row, column });
  };
  return Object.fromEntries(FORMULA_COLUMN_KEYS.map((key) => [key, ref(key)])) as Record<KpiColumnKey, string>;
}

const quote = (value: string) => `"${value.replace(/"/g, '""')}"`;
const PRESS = quote(PRESS_GRADE_TEXT);

function blankOrOneOf(ref: string, words: readonly string[]): string {
  return `OR(${[`${ref}=""`, ...words.map((w) => `${ref}=${quote(w)}`)].join(",")})`;
}

/** The live 達成率: actual ÷ target when both are numbers and nothing else on the row asks for more. */
export function liveRateFormula(row: number, columns: KpiColumns): string {
  const r = refs(row, columns);
  const common = [
    `ISNUMBER(${r.target})`,
    `ISNUMBER(${r.actual})`,
    `${r.target}>0`,
    blankOrOneOf(r.direction, ALLOWED.direction),
    blankOrOneOf(r.method, ALLOWED.method),
    blankOrOneOf(r.status, ALLOWED.status),
  ];
  return `=IF(${r.actual}="","",IF(AND(${common.join(",")}),${r.actual}/${r.target},${PRESS}))`;
}

/** The live 達成度: the row's 達成率 placed on the legend's bounds; a hand grade is the grading's job. */
export function liveGradeFormula(row: number, columns: KpiColumns, scale: FormulaScale): string {
  const r = refs(row, columns);
  let placed = PRESS;
  if (scale.length > 0) {
    placed = quote(scale[scale.length - 1]!.letter);
    for (let i = scale.length - 2; i >= 0; i--) {
      const grade = scale[i]!;
      const bound = grade.boundCell ? absolute(grade.boundCell) : numberLiteral(grade.bound ?? 0);
      placed = `IF(${r.rate}>=${bound},${quote(grade.letter)},${placed})`;
    }
  }
  return `=IF(${r.manualGrade}<>"",${PRESS},IF(ISNUMBER(${r.rate}),${placed},IF(${r.rate}="","",${PRESS})))`;
}

/**
 * The graded value: `value` while every input cell holds what it held when graded (texts compared
 * exactly, numbers to 14 significant digits), 評価ボタンで判定 once one changes.
 */
export function gradedValueFormula(row: number, columns: KpiColumns, inputs: RowInputs, value: LiveValue): string {
  const r = refs(row, columns);
  return heldFormula(
    INPUT_KEYS.map((key) => [r[key], inputs[key]] as const),
    value,
  );
}

/**
 * A value held while each referenced cell holds what it held (`checks`: reference and value, in order), else
 * 評価ボタンで判定: the graded value's formula, for any cells (the mid-year check's 中間評価 uses it too).
 */
export function heldFormula(checks: readonly (readonly [string, CellValue])[], value: LiveValue): string {
  const tests: string[] = [];
  const blanks: string[] = [];
  for (const [ref, held] of checks) {
    if (held === null || held === "") blanks.push(ref);
    else if (typeof held === "number") tests.push(sameNumber(ref, held));
    else if (typeof held === "boolean") tests.push(`${ref}=${held ? "TRUE" : "FALSE"}`);
    // An error value (read as its code) is checked without letting the error through.
    else if (ERROR_CODES.has(held)) tests.push(`IF(ISERROR(${ref}),TRUE,EXACT(${ref},${textLiteral(held)}))`);
    else tests.push(sameText(ref, held));
  }
  if (blanks.length > 0) tests.push(`${blanks.join("&")}=""`);
  const shown = typeof value === "number" ? numberLiteral(value) : quote(value);
  return `=IFERROR(IF(AND(${tests.join(",")}),${shown},${PRESS}),${PRESS})`;
}

/**
 * What the row's 中間評価 depends on: the cells its interim grade is computed from — the interim actual and
 * the year end's target, baseline, direction, method and status (未実施) — in the order the formula checks them.
 */
export const INTERIM_INPUT_KEYS = [
  "direction",
  "method",
  "baseline",
  "target",
  "interimActual",
  "status",
] as const satisfies readonly KpiColumnKey[];

/**
 * 中間評価 held by a formula (the grade `value`, or ""): shown while the row's interim inputs and the header's
 * 中間時点 (`date`, when the rule needs it) are as graded, 評価ボタンで判定 once one changes.
 */
export function interimGradeFormula(
  row: number,
  columns: Readonly<Partial<Record<KpiColumnKey, number>>>,
  inputs: Readonly<Partial<Record<KpiColumnKey, CellValue>>>,
  date: { readonly at: CellRef; readonly value: CellValue } | null,
  value: string,
): string {
  const checks: (readonly [string, CellValue])[] = [];
  for (const key of INTERIM_INPUT_KEYS) {
    const column = columns[key];
    if (column === undefined) throw new RangeError(`no ${key} column`);
    checks.push([cellAddress({ row, column }), inputs[key] ?? null]);
  }
  if (date) checks.push([absolute(date.at), date.value]);
  return heldFormula(checks, value);
}

/** How Excel shows an error value in a cell (the snapshot reads it as this text). */
const ERROR_CODES: ReadonlySet<string> = new Set([
  "#N/A",
  "#VALUE!",
  "#REF!",
  "#DIV/0!",
  "#NUM!",
  "#NAME?",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
]);

/** What the live 達成率 shows for these inputs, computed as Excel computes it. */
export function liveRate(inputs: RowInputs): LiveValue {
  const { actual, target } = inputs;
  if (actual === null || actual === "") return "";
  const allowed = (value: CellValue, words: readonly string[]) =>
    value === null || value === "" || (typeof value === "string" && words.includes(value));
  if (
    typeof target === "number" &&
    typeof actual === "number" &&
    target > 0 &&
    allowed(inputs.direction, ALLOWED.direction) &&
    allowed(inputs.method, ALLOWED.method) &&
    allowed(inputs.status, ALLOWED.status)
  ) {
    const rate = actual / target;
    // Excel shows #NUM! past the largest number; the grading holds the engine's figure there instead.
    return Number.isFinite(rate) ? rate : PRESS_GRADE_TEXT;
  }
  return PRESS_GRADE_TEXT;
}

/** What the live 達成度 shows, given what the row's 達成率 cell shows. */
export function liveGrade(rate: LiveValue, manualGrade: CellValue, scale: FormulaScale): LiveValue {
  if (manualGrade !== null && manualGrade !== "") return PRESS_GRADE_TEXT;
  if (typeof rate === "number") {
    if (scale.length === 0) return PRESS_GRADE_TEXT;
    // Excel compares numbers to 15 significant digits (=2.4/3>=0.8 is TRUE though the double is below 0.8).
    const compared = Number(rate.toPrecision(15));
    for (const grade of scale) if (grade.bound === null || compared >= grade.bound) return grade.letter;
    return scale[scale.length - 1]!.letter;
  }
  return rate === "" ? "" : PRESS_GRADE_TEXT;
}

/**
 * The rate as Excel shows it in the 0.0% format: the value to 15 significant digits, rounded half away
 * from zero to a tenth of a percent ("87.5%"). Null where the sign of a rounded zero is in doubt.
 */
export function shownPercent(rate: number): string | null {
  if (!Number.isFinite(rate)) return null;
  const negative = rate < 0;
  const [digits, exponentText] = Math.abs(rate).toExponential(14).split("e");
  const mantissa = (digits ?? "").replace(".", "");
  // Tenths of a percent: the value × 1000, from the 15 digits d.dddd × 10^e.
  const shift = Number(exponentText) + 3;
  const whole = shift >= 0 ? mantissa.padEnd(shift + 1, "0").slice(0, shift + 1) : "0";
  const rest = shift >= 0 ? mantissa.slice(shift + 1) : "0".repeat(-shift - 1) + mantissa;
  let tenths = BigInt(whole || "0");
  if ((rest[0] ?? "0") >= "5") tenths += 1n;
  if (tenths === 0n && negative) return null;
  const text = tenths.toString().padStart(2, "0");
  return `${negative ? "-" : ""}${text.slice(0, -1)}.${text.slice(-1)}%`;
}

/**
 * Equal to about 14 significant digits (within a power of ten 13 places below the number's first digit):
 * the same number typed or computed again reads the same, a changed one does not.
 */
function sameNumber(ref: string, value: number): string {
  if (value === 0 || !Number.isFinite(value)) return `AND(ISNUMBER(${ref}),${ref}=${numberLiteral(value)})`;
  const tolerance = Number(`1e${Math.floor(Math.log10(Math.abs(value))) - 13}`);
  return `AND(ISNUMBER(${ref}),ABS(${ref}-${numberLiteral(value)})<=${numberLiteral(tolerance)})`;
}

/**
 * The cell holds this text. A long one (a reason of a page, say) is checked by its length and its two
 * ends, so that eight inputs never make a formula past Excel's 8,192 characters.
 */
function sameText(ref: string, text: string): string {
  if (text.length <= LONG_TEXT) return `EXACT(${ref},${textLiteral(text)})`;
  let head = TEXT_END;
  if (/[\uD800-\uDBFF]/.test(text[head - 1] ?? "")) head -= 1;
  let tail = TEXT_END;
  if (/[\uDC00-\uDFFF]/.test(text[text.length - tail] ?? "")) tail -= 1;
  return (
    `AND(LEN(${ref})=${text.length},EXACT(LEFT(${ref},${head}),${textLiteral(text.slice(0, head))}),` +
    `EXACT(RIGHT(${ref},${tail}),${textLiteral(text.slice(-tail))}))`
  );
}

const LONG_TEXT = 600;
const TEXT_END = 255;

/** A number in plain decimal notation (no E notation, which not every spreadsheet program reads alike). */
export function numberLiteral(value: number): string {
  const text = String(value);
  if (!/e/i.test(text)) return text.startsWith("-") ? `(${text})` : text;
  const negative = value < 0;
  const [digits, exponentText] = Math.abs(value).toExponential().split("e");
  const mantissa = (digits ?? "0").replace(".", "");
  const exponent = Number(exponentText);
  const plain =
    exponent >= 0
      ? mantissa.padEnd(exponent + 1, "0")
      : `0.${"0".repeat(-exponent - 1)}${mantissa}`.replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, "");
  return negative ? `(-${plain})` : plain;
}

/** Excel refuses a string literal over 255 characters; longer texts are joined from pieces. */
function textLiteral(value: string): string {
  const characters = [...value];
  if (characters.length <= 255) return quote(value);
  const pieces: string[] = [];
  for (let i = 0; i < characters.length; i += 255) pieces.push(quote(characters.slice(i, i + 255).join("")));
  return `(${pieces.join("&")})`;
}

function absolute(cell: CellRef): string {
  const address = cellAddress(cell);
  return address.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
}

export { INPUT_KEYS };
