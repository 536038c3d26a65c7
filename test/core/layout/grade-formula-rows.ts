/**
 * KPI rows for the live-formula tests: cases as sheet inputs, a plan that lays them out one row each
 * with the 達成率 / 達成度 formulas, and the comparison of what a spreadsheet computed with the engine.
 * Shared by the in-memory (HyperFormula) and the LibreOffice tests.
 */
import { evaluateIndicator, type IndicatorResult, type PresetName, type Scale } from "../../../src/core/grading";
import { PRESET_SCALES } from "../../../src/core/grading";
import { fractionFromRatio } from "../../../src/core/exact/fraction";
import {
  PRESS_GRADE_TEXT,
  kpiGradeFormula,
  kpiRateFormula,
  type KpiFormulaOptions,
} from "../../../src/core/layout/grade-formulas";
import { kpiRowInput } from "../../../src/core/layout/formulas/kpi-row-input";
import { KPI_COLUMNS, type KpiColumnKey, kpiColumnIndex } from "../../../src/core/layout/kpi-table";
import { DIRECTION_WORDS, METHOD_WORDS, STATUS_WORDS } from "../../../src/core/layout/vocabulary";
import { emptySheetPlan, type PlannedCell, type WorkbookPlan } from "../../../src/core/workbook/plan";
import type { CellValue, SheetSnapshot } from "../../../src/core/workbook/snapshot";
import type { CorpusCase } from "../grading/corpus";

/** The inputs of one KPI row, by column; a Formula in an input cell stands for a computed value (=NA()). */
export type KpiRowInputs = Partial<Record<KpiColumnKey, PlannedCell>>;

export interface RowCase {
  readonly label: string;
  readonly inputs: KpiRowInputs;
  /** The formula may answer PRESS_GRADE_TEXT (a text only the engine reads). Otherwise it must decide. */
  readonly pressAllowed?: boolean;
}

/** Sheet row of the header; data rows follow. The table starts in column B so that no letter is assumed. */
export const HEADER_ROW = 2;
export const FIRST_COLUMN = 1;

/** A corpus case as a person would type it into the KPI table. `band` has no column: it is left out. */
export function corpusRow(c: CorpusCase): RowCase {
  const number = (text: string | null | undefined) => (text === null || text === undefined ? undefined : Number(text));
  const inputs: KpiRowInputs = {
    name: c.name,
    target: number(c.target),
    // Not done is 未達成 (done and missed, D); 未実施 typed as the actual is not carried out (E), the engine's call.
    actual: c.done !== undefined ? (c.done ? DIRECTION_WORDS.binary : "未達成") : number(c.actual),
    baseline: number(c.baseline),
    direction: c.direction === undefined ? undefined : DIRECTION_WORDS[c.direction],
    method: c.method === undefined ? undefined : METHOD_WORDS[c.method],
    status: c.status === undefined ? undefined : STATUS_WORDS[c.status],
    manualGrade: c.manual?.grade,
    manualReason: c.manual?.reason,
  };
  return { label: c.name, inputs };
}

/** One sheet: a header row, then one row per case with both formulas. */
export function rowsPlan(
  sheet: string,
  rows: readonly RowCase[],
  scale: Scale,
  options: KpiFormulaOptions = {},
): WorkbookPlan {
  const header: PlannedCell[] = KPI_COLUMNS.map((c) => c.header);
  const lines: PlannedCell[][] = rows.map((r, i) => {
    const row = HEADER_ROW + 1 + i;
    const position = { row, firstColumn: FIRST_COLUMN };
    return KPI_COLUMNS.map((column) => {
      if (column.key === "rate") return kpiRateFormula(position, scale, options);
      if (column.key === "grade") return kpiGradeFormula(position, scale, options);
      return r.inputs[column.key];
    });
  });
  return {
    sheets: [
      {
        ...emptySheetPlan(sheet, "create"),
        blocks: [{ anchor: { row: HEADER_ROW, column: FIRST_COLUMN }, rows: [header, ...lines] }],
      },
    ],
  };
}

/** The KPI row's values as the sheet holds them (zero-based data row i). */
export function rowValues(sheet: SheetSnapshot, i: number): CellValue[] {
  const used = sheet.used;
  if (!used) throw new Error("empty sheet");
  const line = sheet.values[HEADER_ROW + 1 + i - used.row] ?? [];
  return KPI_COLUMNS.map((_, c) => normalize(line[FIRST_COLUMN + c - used.column] ?? null));
}

/** LibreOffice saves a formula's "" as an empty cell; both mean "nothing shown". */
function normalize(value: CellValue): CellValue {
  return value === "" ? null : value;
}

export interface Disagreement {
  readonly label: string;
  readonly inputs: readonly CellValue[];
  readonly formula: { readonly rate: CellValue; readonly grade: CellValue };
  readonly engine:
    { readonly rate: number | null; readonly grade: string | null; readonly reason: string | null } | "unknown word";
}

/** What the engine says about the row as the sheet holds it. */
export function engineResult(
  values: readonly CellValue[],
  scale: Scale,
  options: KpiFormulaOptions,
): IndicatorResult | null {
  const reading = kpiRowInput(values);
  return reading.ok ? evaluateIndicator(reading.input, scale, options) : null;
}

/** Rates agree within 1e-12 (relative above 1): floats against the exact rate. */
export function sameRate(formula: CellValue, engine: number | null): boolean {
  if (engine === null) return formula === null;
  return typeof formula === "number" && Math.abs(formula - engine) <= 1e-12 * Math.max(1, Math.abs(engine));
}

/**
 * Every row where the spreadsheet's 達成率 / 達成度 differ from the engine's. Each cell must show what
 * the engine says; PRESS_GRADE_TEXT is accepted in place of it only where the case allows it (a text
 * only the engine reads) or where the row holds a word off a dropdown list (the reading stops there).
 */
export function disagreements(
  sheet: SheetSnapshot,
  rows: readonly RowCase[],
  scale: Scale,
  options: KpiFormulaOptions = {},
): Disagreement[] {
  const out: Disagreement[] = [];
  const rateColumn = kpiColumnIndex("rate");
  const gradeColumn = kpiColumnIndex("grade");
  rows.forEach((r, i) => {
    const values = rowValues(sheet, i);
    const rate = values[rateColumn] ?? null;
    const grade = values[gradeColumn] ?? null;
    const inputs = values.filter((_, c) => c !== rateColumn && c !== gradeColumn);
    const result = engineResult(values, scale, options);
    // A word off the dropdown lists: the reading stops, there is nothing to grade, and "press Grade" is fair.
    const allowed = r.pressAllowed === true || result === null;
    const rateOk = rate === PRESS_GRADE_TEXT ? allowed : sameRate(rate, result?.rateNumber ?? null);
    const gradeOk = grade === PRESS_GRADE_TEXT ? allowed : grade === (result?.grade ?? null);
    const agrees = rateOk && gradeOk;
    if (!agrees) {
      out.push({
        label: r.label,
        inputs,
        formula: { rate, grade },
        engine:
          result === null ? "unknown word" : { rate: result.rateNumber, grade: result.grade, reason: result.reason },
      });
    }
  });
  return out;
}

/** Every value the formula cells show is a number, "", a letter of the scale or PRESS_GRADE_TEXT — never an error. */
export function errorValues(sheet: SheetSnapshot, count: number): { row: number; rate: CellValue; grade: CellValue }[] {
  const found: { row: number; rate: CellValue; grade: CellValue }[] = [];
  for (let i = 0; i < count; i++) {
    const values = rowValues(sheet, i);
    const rate = values[kpiColumnIndex("rate")] ?? null;
    const grade = values[kpiColumnIndex("grade")] ?? null;
    if ([rate, grade].some((v) => typeof v === "string" && v.startsWith("#"))) found.push({ row: i, rate, grade });
  }
  return found;
}

/** The exact rate of an engine result as a bigint fraction, for the float-boundary filter. */
export function exactRate(result: IndicatorResult): { n: bigint; d: bigint } | null {
  return result.rate === null ? null : fractionFromRatio(result.rate);
}

/** The presets with bounds, and the hand-graded one. */
export const PRESETS: readonly PresetName[] = ["default", "strict-90-80", "stretch-110", "points-7", "qualitative-5"];

export function preset(name: PresetName): Scale {
  return PRESET_SCALES[name];
}

/** Texts only the grading engine reads: as an actual against a numeric target they must show PRESS_GRADE_TEXT. */
export const ENGINE_ONLY_TEXTS: readonly string[] = [
  "5 億円",
  "６５，０００件",
  "△53人",
  "▲12",
  "99%(見込み)",
  "65,000 件",
  "62, 947 件",
  "99. 2%",
  "2億7,934万6,300円",
  "延べ 35 人",
  "約2,400人",
  "5500 万円",
  "１２３",
  "65000",
  "実施済(見込み)",
  "作業中 ※8月確定",
  "5 億円(個人版) 5500 万円(企業版)",
  "abc",
  "Ｎ／Ａ",
];
