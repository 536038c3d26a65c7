/**
 * What the planning division must chase, in the order it is listed: sources that could not be read,
 * the same department in two sources, different scales across sources, then per department its low
 * grades, not-carried-out grades, ungraded indicators (and why), missing actuals and hand grades
 * without a reason — goals before indicators, each with the source cell to look at.
 *
 * "D" and "E" are the scale's lowest graded level and its not-carried-out level (D and E on the
 * default scale, 1 and 0 on the points scale), so every scale's weakest results are caught. A goal
 * with no grade only because none of its indicators has one is not listed: those indicators are.
 */
import { formatFiscalYear } from "../era";
import type { GradeProblem, GradedGoal, GradedIndicator } from "../grade";
import { GRADING_REASONS, type GradingReason, type Scale, outcomeMessage, reasonMessage } from "../rules";
import { isProblemReason } from "../grade/problems";
import { type Bilingual, type Language, type MessageKey, type MessageParams, bilingual, message } from "../messages";
import { cellAddress, parseCellAddress } from "@tassei/excel-rules";
import { sameDepartmentKey, scaleKey } from "./aggregate";
import type { DepartmentRecord, SourceFailure } from "./sources";
import type { ConsolidationException, ExceptionKind } from "./types";

/** An exception and, for a sheet of this workbook, the cell it can link to. */
export interface ExceptionLine {
  readonly exception: ConsolidationException;
  readonly link: { readonly sheet: string; readonly cell: string } | null;
}

/** A message whose parameters depend on the language (a fiscal year, a detail that is itself bilingual). */
function bilingualBy(key: MessageKey, params: (language: Language) => MessageParams): Bilingual {
  return { ja: message(key, "ja", params("ja")), en: message(key, "en", params("en")) };
}

export function exceptionLines(
  failures: readonly SourceFailure[],
  records: readonly DepartmentRecord[],
  scales: readonly Scale[],
): ExceptionLine[] {
  return [
    ...failures.map(unreadable),
    ...duplicates(records),
    ...differentScales(records, scales),
    ...records.flatMap(nothingGraded),
    ...records.flatMap(departmentExceptions),
  ];
}

/**
 * A department with nothing graded yet (評価なし on its row): named among the exceptions, so a summary
 * with such a row is not read as complete (#19).
 */
function nothingGraded(record: DepartmentRecord): ExceptionLine[] {
  const { result } = record;
  const graded = Object.entries(result.counts).some(([grade, n]) => grade !== "ungraded" && n > 0);
  if (graded || result.department.grade !== null) return [];
  const indicators = result.tables.reduce((n, table) => n + table.indicators.length, 0);
  return [
    {
      exception: {
        kind: "nothing_graded",
        department: record.department.name,
        source: record.label,
        cell: null,
        subject: record.department.name,
        message: bilingual("consolidate.exception.nothing_graded", { indicators }),
      },
      link: null,
    },
  ];
}

function unreadable(failure: SourceFailure): ExceptionLine {
  return {
    exception: {
      kind: "unreadable_source",
      department: failure.department,
      source: failure.label,
      cell: null,
      subject: failure.subject,
      message: bilingualBy("consolidate.exception.unreadable", (language) => ({ detail: failure.reason[language] })),
    },
    link: null,
  };
}

/** The same department and fiscal year from two sources or more: all are kept, and said so once. */
function duplicates(records: readonly DepartmentRecord[]): ExceptionLine[] {
  const groups = new Map<string, DepartmentRecord[]>();
  for (const record of records) {
    const key = JSON.stringify([sameDepartmentKey(record.department.name), record.department.fiscalYear]);
    const group = groups.get(key);
    if (group) group.push(record);
    else groups.set(key, [record]);
  }
  return [...groups.values()]
    .filter((group) => group.length > 1)
    .map((group) => {
      const first = group[0] as DepartmentRecord;
      const { name, fiscalYear } = first.department;
      const sources = group.map((r) => r.label).join("、");
      return {
        exception: {
          kind: "duplicate_department",
          department: name,
          source: sources,
          cell: null,
          subject: `${name} ${formatFiscalYear(fiscalYear, "ja")}`,
          message: bilingualBy("consolidate.exception.duplicate", (language) => ({
            department: name,
            year: formatFiscalYear(fiscalYear, language),
            sources,
          })),
        },
        link: null,
      };
    });
}

/** One line when the departments use more than one scale (`scales`, default first); it names those off the first. */
function differentScales(records: readonly DepartmentRecord[], scales: readonly Scale[]): ExceptionLine[] {
  const reference = scales[0];
  if (scales.length < 2 || reference === undefined) return [];
  const others = records.filter((r) => scaleKey(r.scale) !== scaleKey(reference));
  const departmentsOn = (scale: Scale) =>
    records.filter((r) => scaleKey(r.scale) === scaleKey(scale)).map((r) => r.department.name);
  return [
    {
      exception: {
        kind: "different_scales",
        department: null,
        source: others.map((r) => r.label).join("、"),
        cell: null,
        subject: scales.map((s) => s.name.ja).join("、"),
        message: bilingualBy("consolidate.exception.different_scales", (language) => ({
          scales: scales
            .map((s) => `${s.name[language]}: ${departmentsOn(s).join(language === "ja" ? "、" : ", ")}`)
            .join(language === "ja" ? "／" : "; "),
        })),
      },
      link: null,
    },
  ];
}

interface Finding {
  readonly kind: ExceptionKind;
  readonly cell: string | null;
  readonly subject: string;
  readonly message: Bilingual;
}

const KIND_ORDER: readonly ExceptionKind[] = [
  "grade_d",
  "grade_e",
  "ungraded",
  "missing_actual",
  "manual_without_reason",
];

function departmentExceptions(record: DepartmentRecord): ExceptionLine[] {
  const { scale, result } = record;
  const lowest = scale.grades[scale.grades.length - 1]?.letter;
  const notCarriedOut = scale.notCarriedOut.letter;
  const actualCell = actualCells(record);
  // The cell grading names for a row's problem (the input to fix), so 「セルを選択」 goes where Grade's does.
  const problemCell = new Map<number, string>();
  for (const problem of result.problems) {
    const row = parseCellAddress(problem.cell).row;
    if (!problemCell.has(row)) problemCell.set(row, problem.cell);
  }
  // The cell grading names for a row still waiting (its 実績値, or 手入力評価 on a scale graded by hand).
  const waitingCell = new Map<number, string>();
  for (const waiting of result.waiting) {
    const row = parseCellAddress(waiting.cell).row;
    if (!waitingCell.has(row)) waitingCell.set(row, waiting.cell);
  }
  // A D or E without its written reason: the summary says so and points at 評価理由, as grading does.
  const reasonMissing = new Map<number, GradeProblem>();
  for (const problem of result.problems) {
    if (problem.reason === "low_grade_without_reason") reasonMissing.set(parseCellAddress(problem.cell).row, problem);
  }
  const indicatorFinding = (indicator: GradedIndicator) => ({
    cell: problemCell.get(indicator.row) ?? indicator.cell,
    subject: indicator.name,
    message: indicator.message,
  });
  const findings: Finding[] = [];

  const gradeKind = (grade: string | null): ExceptionKind | null =>
    grade === null ? null : grade === notCarriedOut ? "grade_e" : grade === lowest ? "grade_d" : null;

  for (const goal of result.goals) {
    const subject = goalSubject(goal);
    const cell = goal.cell === "" ? null : goal.cell;
    const low = gradeKind(goal.grade);
    if (low) {
      const flags = goal.manual ? (["manual"] as const) : ([] as const);
      findings.push({ kind: low, cell, subject, message: outcomeMessage({ ...goal, reason: null, flags }, scale) });
    } else if (goal.reason === "manual_without_reason") {
      findings.push({ kind: "manual_without_reason", cell, subject, message: reasonMessage(goal.reason) });
    } else if (goal.reason !== null && isProblemReason(goal.reason)) {
      findings.push({ kind: "ungraded", cell, subject, message: reasonText(goal.reason) });
    }
  }
  for (const table of result.tables) {
    for (const indicator of table.indicators) {
      const low = gradeKind(indicator.grade);
      const unexplained = low ? reasonMissing.get(indicator.row) : undefined;
      if (low && unexplained) {
        findings.push({
          kind: low,
          cell: unexplained.cell,
          subject: indicator.name,
          message: {
            ja: message("consolidate.exception.reasonMissing", "ja", { outcome: indicator.message.ja }),
            en: message("consolidate.exception.reasonMissing", "en", { outcome: indicator.message.en }),
          },
        });
      } else if (low)
        findings.push({ kind: low, cell: indicator.cell, subject: indicator.name, message: indicator.message });
      else if (indicator.reason !== null && !isProblemReason(indicator.reason)) {
        // 未評価, as grading names it: normal during the year (no actual yet, 作業中), the actual's cell to fill in.
        findings.push({
          kind: "missing_actual",
          cell: waitingCell.get(indicator.row) ?? actualCell(table.name, indicator) ?? indicator.cell,
          subject: indicator.name,
          message:
            indicator.reason === "actual_missing"
              ? bilingual("consolidate.exception.missing_actual")
              : indicator.message,
        });
      } else if (indicator.reason === "manual_without_reason") {
        findings.push({ kind: "manual_without_reason", ...indicatorFinding(indicator) });
      } else if (indicator.reason !== null) {
        findings.push({ kind: "ungraded", ...indicatorFinding(indicator) });
      }
    }
  }
  // Every other 要修正 grading found — a typed letter its row's rate disagrees with, a 中間実績 it cannot read,
  // a 年度 that is no year — is listed too, so the summary's 要修正 are grading's, one for one.
  const toFix = new Set(
    findings.filter((f) => f.kind === "ungraded" || f.kind === "manual_without_reason").map((f) => f.cell),
  );
  const nameOfRow = new Map(
    result.tables.flatMap((table) => table.indicators.map((indicator) => [indicator.row, indicator.name] as const)),
  );
  for (const problem of result.problems) {
    // A missing reason is listed under its own heading (its D or E, or 手入力・理由なし) already.
    const listed = problem.reason === "low_grade_without_reason" || problem.reason === "manual_without_reason";
    if (listed || toFix.has(problem.cell)) continue;
    toFix.add(problem.cell);
    const subject = nameOfRow.get(parseCellAddress(problem.cell).row) ?? "";
    findings.push({ kind: "ungraded", cell: problem.cell, subject, message: problem.message });
  }
  // Stable: within a kind, goals (in number order) come before indicators (in sheet order).
  return KIND_ORDER.flatMap((kind) =>
    findings
      .filter((f) => f.kind === kind)
      .map((f) => ({
        exception: {
          kind,
          department: record.department.name,
          source: record.label,
          cell: f.cell,
          subject: f.subject,
          message: f.message,
        },
        link: record.inWorkbook && f.cell !== null ? { sheet: record.sheetName, cell: f.cell } : null,
      })),
  );
}

/** A goal's reason is one of the engine's (or "invalid_weight"); anything else reads as unreadable input. */
function reasonText(reason: string): Bilingual {
  const known = (GRADING_REASONS as readonly string[]).includes(reason);
  return reasonMessage(known ? (reason as GradingReason) : "invalid_input");
}

function goalSubject(goal: GradedGoal): string {
  return message("consolidate.sheet.goalSubject", "ja", { no: goal.no, title: goal.title });
}

/** The 実績値 cell of an indicator's row, where the KPI table has that column. */
function actualCells(record: DepartmentRecord) {
  return (tableName: string, indicator: GradedIndicator): string | null => {
    const column = record.actualColumns.get(tableName);
    return column === undefined ? null : cellAddress({ row: indicator.row, column });
  };
}
