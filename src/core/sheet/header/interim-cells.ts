/**
 * The mid-year check's place in the header block (中間報告, #18): 中間時点 — the date of the interim actuals,
 * typed by a person — and 中間評価 — the department's interim grade, grading's — on the 年度 row, in the
 * columns of 課長確認 / 部長確認 above them, so the block keeps its height and nothing below it moves; and
 * the scale's interim rule in words (【中間評価について】…) beside 【達成度について】, where the grades' bounds it
 * uses are printed. Found again by their labels outside the tables, like the sign-offs.
 */
import { foldText } from "../../numbers/chars";
import { formatEraFiscalYear, parseFiscalYear } from "../../era";
import { decimalFromString, decimalToString } from "../../exact/decimal-text";
import { type CalendarDate, type InterimRule, isCalendarDate } from "../../rules";
import { contains } from "@tassei/excel-rules";
import type { PlannedCell } from "../../workbook/plan";
import { dateOfSerial, serialDateText, serialOfDate } from "../../workbook/serial-date";
import { type CellValue, type SheetSnapshot, isBlankCell } from "../../workbook/snapshot";
import { type ReadCell, cellText, readCell } from "../read-cells";
import { textCell } from "../sheet-part";

export const INTERIM_LABELS = { date: "中間時点", grade: "中間評価" } as const;
export const INTERIM_RULE_HEADING = "【中間評価について】";
export const INTERIM_DATE_FORMAT = "yyyy/m/d";

/** The interim rule as the sheet prints it (a city document: Japanese only). */
export function interimRuleLine(rule: InterimRule): string {
  const against =
    rule.basis === "share"
      ? `目標値の${decimalToString(rule.percent)}%`
      : rule.basis === "planYear"
        ? `目標値の${decimalToString(rule.percent)}%に計画の年数（${formatEraFiscalYear(rule.firstYear, "ja")}を1年目とする）を掛けた割合`
        : "中間時点までに過ぎた年度（4月〜3月）の割合で按分した目標値";
  return `${INTERIM_RULE_HEADING}中間実績を、${against}と比べ、達成度と同じ区分で評価します。`;
}

const SHARE_LINE = /^【中間評価について】中間実績を、目標値の([0-9]+(?:\.[0-9]+)?)%と比べ/;
const PLAN_YEAR_LINE =
  /^【中間評価について】中間実績を、目標値の([0-9]+(?:\.[0-9]+)?)%に計画の年数（(.+?)を1年目とする）を掛けた割合と比べ/;

/** The rule a printed line states, or null when the line is not one Tassei prints. */
export function interimRuleOfLine(text: string): InterimRule | null {
  const line = text.trim();
  if (line === interimRuleLine({ basis: "elapsed" })) return { basis: "elapsed" };
  const share = SHARE_LINE.exec(line);
  if (share) {
    const percent = decimalFromString(share[1] ?? "");
    return percent === null ? null : { basis: "share", percent };
  }
  const perYear = PLAN_YEAR_LINE.exec(line);
  if (!perYear) return null;
  const percent = decimalFromString(perYear[1] ?? "");
  const first = parseFiscalYear(perYear[2] ?? "");
  return percent === null || !first.ok ? null : { basis: "planYear", percent, firstYear: first.year };
}

export interface InterimCells {
  /** The cell right of 中間時点. */
  readonly date?: ReadCell;
  /** The cell right of 中間評価 (outside the tables, whose 中間評価 columns are another thing). */
  readonly grade?: ReadCell;
  /** The rule the sheet prints beside its scale, when it prints one as Tassei does. */
  readonly rule?: InterimRule;
}

/**
 * The first 中間時点 label outside the tables with the cell to its right, the 中間評価 label on that same row
 * to its right with the cell right of it (so a note reading 中間評価 elsewhere is never taken for grading's
 * cell), and the printed rule.
 */
export function readInterimCells(sheet: SheetSnapshot): InterimCells {
  const used = sheet.used;
  if (!used) return {};
  const found: { date?: ReadCell; grade?: ReadCell; rule?: InterimRule } = {};
  const outside = (row: number, column: number) =>
    !sheet.tables.some((table) => contains(table.range, { row, column }));
  sheet.values.forEach((line, r) => {
    line.forEach((value, c) => {
      if (typeof value !== "string") return;
      const row = used.row + r;
      const column = used.column + c;
      const text = value.trim();
      if (text.startsWith(INTERIM_RULE_HEADING)) {
        if (found.rule === undefined && outside(row, column)) {
          const rule = interimRuleOfLine(text);
          if (rule) found.rule = rule;
        }
        return;
      }
      if (text !== INTERIM_LABELS.date || found.date !== undefined || !outside(row, column)) return;
      found.date = readCell(sheet, row, column + 1);
      const grade = line.findIndex((v, i) => i > c + 1 && typeof v === "string" && v.trim() === INTERIM_LABELS.grade);
      if (grade >= 0 && outside(row, used.column + grade)) found.grade = readCell(sheet, row, used.column + grade + 1);
    });
  });
  return found;
}

const DATE_TEXT = /^(\d{4})\s*[/\-.年]\s*(\d{1,2})\s*[/\-.月]\s*(\d{1,2})\s*日?$/;
const ERA_DATE_TEXT = /^(令和|平成|[RH])\.?\s*(元|\d{1,2})\s*[/\-.年]\s*(\d{1,2})\s*[/\-.月]\s*(\d{1,2})\s*日?$/i;

/**
 * The date a 中間時点 cell holds: a date (Excel's serial number), or text as documents write it — 2026/9/30,
 * 2026-09-30, 2026年9月30日, 令和8年9月30日, R8.9.30 (full-width too). Null when blank, "unreadable" else.
 */
export function interimDateOf(value: CellValue): CalendarDate | null | "unreadable" {
  if (value === null || isBlankCell(value)) return null;
  if (typeof value === "number") return dateOfSerial(value) ?? "unreadable";
  if (typeof value !== "string") return "unreadable";
  const text = foldText(value.normalize("NFKC")).trim();
  const western = DATE_TEXT.exec(text);
  if (western) return checked(Number(western[1]), Number(western[2]), Number(western[3]));
  const era = ERA_DATE_TEXT.exec(text);
  if (era) {
    const year = parseFiscalYear(`${era[1] ?? ""}${era[2] ?? ""}`);
    if (year.ok) return checked(year.year, Number(era[3]), Number(era[4]));
  }
  return "unreadable";
}

function checked(year: number, month: number, day: number): CalendarDate | "unreadable" {
  const date = { year, month, day };
  return isCalendarDate(date) ? date : "unreadable";
}

/** The cell's date as the department model keeps it: 2026/9/30 for a date, else the text as written. */
export function interimDateText(value: CellValue): string {
  if (typeof value === "number") return serialDateText(value) ?? String(value);
  return cellText(value).trim();
}

/** How a model's 中間時点 is written: a date where it reads as one (shown 2026/9/30), else its text. */
export function plannedInterimDate(text: string): PlannedCell {
  const date = interimDateOf(text);
  if (date === null || date === "unreadable") return textCell(text);
  return serialOfDate(date.year, date.month, date.day) ?? textCell(text);
}

/** ISO yyyy-mm-dd, for JSON. */
export function isoDate(date: CalendarDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}
