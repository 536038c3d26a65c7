/**
 * Grading the indicators of one KPI table: each row read by kpiRowInput (the dropdown words, the hand
 * grade and its reason), its value cells as value-cells.ts reads them,
 * then `evaluateIndicator` on the sheet's scale. Every indicator gets a grade or a reason; the reasons
 * that need someone to change the sheet become problems naming the cell.
 */
import type { Decimal } from "../exact/decimal";
import {
  type EvaluationOptions,
  type GradeFlag,
  type GradingReason,
  type IndicatorInput,
  type IndicatorResult,
  type InterimShare,
  type ReasonField,
  type Scale,
  NO_FLAGS,
  evaluateIndicator,
  evaluateInterim,
  interimOutcomeMessage,
  outcomeMessage,
} from "../rules";
import { kpiRowInput } from "../sheet/kpi/kpi-row-input";
import { KPI_COLUMNS, type KpiColumnKey } from "../sheet/kpi/kpi-table";
import { DIRECTION_WORDS, METHOD_WORDS, STATUS_WORDS } from "../sheet/vocabulary";
import { bilingual } from "../messages";
import { decimalFromExcelNumber } from "../numbers/decimal-ops";
import { parseCell } from "../numbers/parse";
import { type KpiCells, type KpiRow, valuesInColumnOrder } from "../sheet/kpi/kpi-rows";
import { cellProblem, isProblemReason } from "./problems";
import { a1, cellText, goalNumberOf } from "./sheet-cells";
import { withTypedLetter } from "./typed-letter";
import type { CellValue } from "../workbook/snapshot";
import type { GradeProblem, GradedIndicator, GradedInterim } from "./types";
import { type ReadValue, type ValueField, readValues } from "./value-cells";

/** What rollups need of an indicator: its outcome (the engine's shape) and its weight. */
export interface RollupSource {
  readonly outcome: {
    readonly rate: IndicatorResult["rate"];
    readonly grade: string | null;
    readonly reason: GradingReason | null;
    readonly flags: readonly GradeFlag[];
  };
  /** Null: the default weight 1. */
  readonly weight: Decimal | null;
  /** The weight cell holds something that is not a number of 0 or more. */
  readonly weightInvalid: boolean;
}

export interface EvaluatedIndicator extends RollupSource {
  readonly goalNo: number | null;
  readonly graded: GradedIndicator;
  /** 要修正: what the sheet must change before this indicator can be graded. */
  readonly problems: readonly GradeProblem[];
  /** 未評価: ungraded for now, normally (no actual yet, 作業中, a hand grade to give). */
  readonly waiting?: GradeProblem;
  /** The row's mid-year check, when its table has 中間実績 and the row has one: rolled up like the year end's. */
  readonly interim?: RollupSource & { readonly graded: GradedInterim; readonly problem?: GradeProblem };
}

const HEADER = new Map(KPI_COLUMNS.map((c) => [c.key, c.header] as const));
const header = (key: KpiColumnKey) => HEADER.get(key) ?? key;

const CHOICES: Readonly<Record<"direction" | "method" | "status", readonly string[]>> = {
  direction: Object.values(DIRECTION_WORDS),
  method: Object.values(METHOD_WORDS),
  status: Object.values(STATUS_WORDS),
};

/** The column a reason points at. */
const REASON_COLUMN: Readonly<Record<ReasonField, KpiColumnKey>> = {
  target: "target",
  actual: "actual",
  baseline: "baseline",
  band: "target",
  manual: "manualGrade",
  weight: "weight",
  indicators: "grade",
  input: "grade",
};

/**
 * `interim`: the sheet's interim share when the row's table has a 中間実績 column (null otherwise); the row's
 * interim is then graded beside the year end's, from the same cells, and changes nothing of it.
 */
export function evaluateRow(
  row: KpiRow,
  scale: Scale,
  options: EvaluationOptions,
  interim: InterimShare | null = null,
): EvaluatedIndicator {
  const { cells } = row;
  const gradeCellRef = {
    row: row.row,
    column: cells.grade?.column ?? cells.rate?.column ?? cells.actual?.column ?? cells.name?.column ?? 0,
  };
  const name = cellText(cells.name?.value ?? null);
  const goalNo = goalNumberOf(cells.goalNo?.value ?? null) ?? row.goalNo ?? null;
  const weight = readWeight(cells);
  const problems: GradeProblem[] = [];
  if (weight === "invalid" && cells.weight) {
    const cell = a1(cells.weight);
    const raw = cellText(cells.weight.value);
    problems.push({
      cell,
      raw,
      reason: "invalid_weight",
      message: bilingual("grade.reason.weight", { cell, value: raw }),
    });
  }
  const rollupWeight = weight === "invalid" ? null : weight;

  const reading = kpiRowInput(valuesInColumnOrder(cells));
  if (!reading.ok) {
    const word = cells[reading.field];
    const cell = word ? a1(word) : a1(gradeCellRef);
    const raw = cellText(word?.value ?? null);
    const message = bilingual("grade.reason.unknown_word", {
      cell,
      field: header(reading.field),
      value: raw,
      choices: CHOICES[reading.field].join("・"),
    });
    problems.push({ cell, raw, reason: "unknown_word", message });
    return {
      goalNo,
      outcome: { rate: null, grade: null, reason: "invalid_input", flags: [] },
      weight: rollupWeight,
      weightInvalid: weight === "invalid",
      problems,
      graded: {
        row: row.row,
        cell: a1(gradeCellRef),
        name,
        goalNo,
        rate: null,
        rateText: null,
        grade: null,
        reason: "unknown_word",
        flags: [],
        message,
      },
    };
  }
  const values = readValues({
    target: cells.target,
    actual: cells.actual,
    baseline: cells.baseline,
    unit: cells.unit,
  });
  const input = {
    ...reading.input,
    ...(row.estimate && reading.input.status === undefined ? { status: "estimate" as const } : {}),
    target: values.target.gradable,
    actual: values.actual.gradable,
    baseline: values.baseline.gradable,
  };
  const interimOf = (): EvaluatedIndicator["interim"] =>
    interim === null ? undefined : evaluateInterimRow(row, input, interim, scale, options, rollupWeight, weight);
  const result = withTypedLetter(
    evaluateIndicator(input, scale, options),
    cells.grade,
    scale,
    { adopt: row.handMade === true, what: "indicator" },
    problems,
  );
  if (isProblemReason(result.reason)) {
    // A hand grade without its reason points at the cell to type the reason in.
    const key =
      result.reason === "manual_without_reason" ? "manualReason" : REASON_COLUMN[result.reasonField ?? "input"];
    const at = cells[key] ?? { ...gradeCellRef, value: null };
    problems.push(
      cellProblem(a1(at), header(key), cellText(at.value), result.reason, parsedOf(values, result.reasonField)),
    );
  }
  // A low grade (the scale's lowest, or 未実施) is published with a written reason, as city guidelines ask:
  // without one in 評価理由 it is a problem of the grading (where the table has that column to write it in).
  const reasonCell = cells.manualReason;
  if (result.grade !== null && isLowGrade(result.grade, scale) && reasonCell && isBlank(reasonCell.value)) {
    problems.push({
      cell: a1(reasonCell),
      raw: "",
      reason: "low_grade_without_reason",
      message: bilingual("grade.problem.lowGradeReason", {
        cell: a1(reasonCell),
        field: header("manualReason"),
        grade: result.grade,
        name,
      }),
    });
  }
  // 未評価: ungraded for a reason that is normal during the year; the cell to fill in is named.
  const waiting =
    result.grade === null && result.reason !== null && !isProblemReason(result.reason)
      ? waitingFor(result.reason, cells, gradeCellRef, name, outcomeMessage(result, scale))
      : null;
  const interimResult = interimOf();
  // A mistake in 中間実績 (or in what it is read against) is 要修正 as at the year end, named once per cell.
  const interimProblem = interimResult?.problem;
  if (interimProblem && !problems.some((p) => p.cell === interimProblem.cell)) problems.push(interimProblem);
  return {
    goalNo,
    outcome: result,
    weight: rollupWeight,
    weightInvalid: weight === "invalid",
    problems,
    ...(waiting ? { waiting } : {}),
    ...(interimResult ? { interim: interimResult } : {}),
    graded: {
      row: row.row,
      cell: a1(gradeCellRef),
      name,
      goalNo,
      rate: result.rateNumber,
      rateText: result.rateText,
      grade: result.grade,
      reason: result.reason,
      flags: result.flags,
      message: outcomeMessage(result, scale),
      ...(interimResult ? { interim: interimResult.graded } : {}),
    },
  };
}

/**
 * The row's mid-year check: its 中間実績 in place of the actual (read as value cells are, so a percent or a unit
 * format, and the row's 単位, read alike), graded by the engine against the pro-rated target. Undefined for a
 * row without one.
 */
function evaluateInterimRow(
  row: KpiRow,
  input: IndicatorInput,
  share: InterimShare,
  scale: Scale,
  options: EvaluationOptions,
  weight: Decimal | null,
  read: Decimal | null | "invalid",
): EvaluatedIndicator["interim"] {
  const { cells } = row;
  const actualCell = cells.interimActual;
  if (actualCell === undefined || isBlank(actualCell.value)) return undefined;
  const values = readValues({ target: cells.target, actual: actualCell, baseline: cells.baseline, unit: cells.unit });
  const result: IndicatorResult = share.ok
    ? evaluateInterim(
        { ...input, target: values.target.gradable, baseline: values.baseline.gradable },
        values.actual.gradable,
        share.share,
        scale,
        options,
      )
    : {
        rate: null,
        rateNumber: null,
        rateText: null,
        grade: null,
        reason: share.reason,
        reasonField: "input",
        flags: NO_FLAGS,
        method: null,
      };
  const at = cells.interimGrade ?? actualCell;
  // Only the row's own inputs: a share the sheet cannot give (中間時点, 年度) is the department's to say.
  const problemAt =
    share.ok && isProblemReason(result.reason)
      ? result.reasonField === "target" || result.reasonField === "baseline" || result.reasonField === "band"
        ? cells[REASON_COLUMN[result.reasonField]]
        : actualCell
      : undefined;
  const problem: GradeProblem | undefined =
    problemAt && result.reason !== null
      ? {
          ...cellProblem(
            a1(problemAt),
            header(problemAt === actualCell ? "interimActual" : REASON_COLUMN[result.reasonField ?? "input"]),
            cellText(problemAt.value),
            result.reason,
            problemAt === actualCell ? values.actual.parsed : parsedOf(values, result.reasonField),
          ),
          interim: true,
        }
      : undefined;
  return {
    ...(problem ? { problem } : {}),
    outcome: result,
    weight,
    weightInvalid: read === "invalid",
    graded: {
      cell: a1(at),
      rate: result.rateNumber,
      rateText: result.rateText,
      grade: result.grade,
      reason: result.reason,
      flags: result.flags,
      message: interimOutcomeMessage(result, scale),
    },
  };
}

/** The cell a waiting indicator needs filled in: its actual, or its hand grade where the scale is graded by hand. */
function waitingFor(
  reason: string,
  cells: KpiCells,
  fallback: { row: number; column: number },
  name: string,
  message: GradeProblem["message"],
): GradeProblem {
  const key: KpiColumnKey = reason === "manual_grade_required" ? "manualGrade" : "actual";
  const at = cells[key] ?? fallback;
  const raw = cellText(cells[key]?.value ?? null);
  const line = (language: "ja" | "en") => `${name}: ${message[language]}`;
  return { cell: a1(at), raw, reason, message: { ja: line("ja"), en: line("en") } };
}

function parsedOf(values: Record<ValueField, ReadValue>, field: ReasonField | null) {
  if (field === "target" || field === "actual" || field === "baseline") return values[field].parsed;
  return null;
}

/** ウェイト: null when blank (weight 1), the number when it is one of 0 or more, "invalid" otherwise. */
function readWeight(cells: KpiCells): Decimal | null | "invalid" {
  const value = cells.weight?.value ?? null;
  if (value === null || (typeof value === "string" && value.trim() === "")) return null;
  if (typeof value === "number") {
    const d = decimalFromExcelNumber(value);
    return typeof d === "string" || d.coefficient < 0 ? "invalid" : d;
  }
  if (typeof value === "boolean") return "invalid";
  const parsed = parseCell(value);
  if (!parsed.ok || parsed.kind !== "number" || parsed.unit !== null || parsed.value.coefficient < 0) return "invalid";
  return parsed.value;
}

/** The scale's lowest grade, or its 未実施 letter: the ones a city explains in writing. */
function isLowGrade(grade: string, scale: Scale): boolean {
  return grade === scale.notCarriedOut.letter || grade === scale.grades[scale.grades.length - 1]?.letter;
}

function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}
