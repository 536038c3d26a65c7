/**
 * The rows of each section of 全庁サマリー, as cells. Column headers are Japanese (the sheet is a city
 * document). Every text that comes from a source stays a string cell; the only formulas are built
 * here: =SUM over the department rows above the 合計 row, and a reference to a goal's 達成度 cell
 * on a sheet of this workbook, its sheet name quoted by the address module. Each carries the result it
 * gives, worked out from what the planner already has (never by evaluating the formula).
 */
import { formatEraFiscalYear, formatFiscalYear } from "../era";
import { stampTime } from "../grade/time";
import { type MessageKey, message } from "../messages";
import { type CellRef, columnLetters, parseCellAddress, quoteSheetName } from "@tassei/excel-rules";
import { type Formula, type PlannedCell, isFormula } from "../workbook/plan";
import type { CellValue } from "../workbook/snapshot";
import { type GoalLine, UNGRADED } from "./aggregate";
import type { CitySummary, GradeCounts } from "./city";
import type { ExceptionLine } from "./exceptions";
import type { History, YearFigure } from "./history";
import type { GoalChange } from "./previous-year";
import { indicatorLabel } from "./same-indicator";
import type { SignOffLine } from "./sign-offs";
import type { ConsolidatedSource, DepartmentSummary, GroupSummary } from "./types";

export const RATE_FORMAT = "0.0%";
export const YEAR_FORMAT = '0"年度"';

/** A department line: its summary and how the summary names its source and scale. */
export interface DepartmentLine {
  readonly summary: DepartmentSummary;
  readonly label: string;
  readonly scaleName: string;
}

const UNGRADED_HEADER = "未評価";

// ── 全庁 ──────────────────────────────────────────────────────────────────────────────────────────────
export function cityHeaders(letters: readonly string[]): string[] {
  return ["全庁", ...letters, UNGRADED_HEADER, "計"];
}

/**
 * 指標 and 重点目標 per grade, each followed by its 割合 (a share of the row's 計, blank when it is 0), as
 * cities publish their totals; the engine's counts, written as numbers.
 */
export function cityRows(city: CitySummary, letters: readonly string[]): CityRow[] {
  const keys = [...letters, UNGRADED];
  const counts = (label: string, of: GradeCounts): PlannedCell[] => [
    label,
    ...keys.map((key) => of.counts[key] ?? 0),
    of.total,
  ];
  const lines = (label: string, of: GradeCounts, before: GradeCounts | undefined): CityRow[] => [
    { kind: "count", cells: counts(label, of) },
    {
      kind: "share",
      cells: [
        message("consolidate.sheet.share", "ja"),
        ...keys.map((key) => (of.total === 0 ? "" : (of.counts[key] ?? 0) / of.total)),
        of.total === 0 ? "" : 1,
      ],
    },
    // Last year's counts and the change, as 浜松市 prints them beside each mark.
    ...(before === undefined
      ? []
      : [
          { kind: "count", cells: counts("前年度", before) } as CityRow,
          {
            kind: "change",
            cells: [
              "増減",
              ...keys.map((key) => (of.counts[key] ?? 0) - (before.counts[key] ?? 0)),
              of.total - before.total,
            ],
          } as CityRow,
        ]),
  ];
  return [
    ...lines("指標", city.indicators, city.previous?.indicators),
    ...lines("重点目標", city.goals, city.previous?.goals),
  ];
}

/** A row of the 全庁 section and what its numbers are, for their format. */
export interface CityRow {
  readonly kind: "count" | "share" | "change";
  readonly cells: PlannedCell[];
}

/** A change in a count, signed. */
export const COUNT_CHANGE_FORMAT = "+0;-0;0";

/** 全庁の達成率 and 全体の達成度 on one line, with what they are (the departments' rollup). */
export function cityRateRow(city: CitySummary): PlannedCell[] {
  // No department with a rate yet: nothing is averaged, and the note says so rather than "0部局の…の平均".
  const key =
    city.departmentsCounted === 0
      ? "consolidate.sheet.cityRateNoteNone"
      : city.mixedScales
        ? "consolidate.sheet.cityRateNoteMixed"
        : "consolidate.sheet.cityRateNote";
  const note = message(key, "ja", { departments: city.departmentsCounted });
  return ["全庁の達成率", city.rate ?? "", "全体の達成度", city.grade ?? "", note];
}

/** Last year's city rate and grade, and the change in points, under this year's. */
export function previousCityRateRow(city: CitySummary): PlannedCell[] | null {
  const previous = city.previous;
  if (previous === undefined) return null;
  return [
    message("consolidate.sheet.previousCityRate", "ja", { year: formatEraFiscalYear(previous.fiscalYear, "ja") }),
    previous.rate ?? "",
    "前年度の達成度",
    previous.grade ?? "",
    pointsChange(city.rate, previous.rate) ?? "",
  ];
}

// ── 部局別 ──────────────────────────────────────────────────────────────────────────────────────────
/**
 * 部局 first and the counts right after it, so that the chart's source is one contiguous range; the
 * mid-year check's 中間評価 after 全体の達成度 when a department has one (`withInterim`, #18); last year's
 * rate, grade and the change after those when the sources hold the year before (`withPrevious`).
 */
export function departmentHeaders(letters: readonly string[], withPrevious = false, withInterim = false): string[] {
  return [
    "部局",
    ...letters,
    UNGRADED_HEADER,
    "指標数",
    "重点目標数",
    "達成率",
    "全体の達成度",
    ...(withInterim ? [INTERIM_HEADER] : []),
    ...(withPrevious ? PREVIOUS_HEADERS : []),
    "年度",
    "評価尺度",
    "取込元",
  ];
}

const PREVIOUS_HEADERS = ["前年度の達成率", "前年度の達成度", "増減（ポイント）"] as const;
/** The mid-year check's grade, a department's 中間評価 (blank for one without). */
const INTERIM_HEADER = "中間評価";
/** A change in points (+1.2, -3.0), signed as cities print it. */
export const POINTS_FORMAT = "+0.0;-0.0;0.0";

export const departmentColumns = (letters: readonly string[], withPrevious = false, withInterim = false) => {
  const n = letters.length;
  const interim = withInterim ? 1 : 0;
  const shift = interim + (withPrevious ? PREVIOUS_HEADERS.length : 0);
  const previousFormats: Record<number, string> = withPrevious
    ? { [n + 6 + interim]: RATE_FORMAT, [n + 8 + interim]: POINTS_FORMAT }
    : {};
  return {
    /** The count columns the 合計 row sums: letters, 未評価, 指標数, 重点目標数. */
    summed: { first: 1, count: n + 3 },
    /** The chart's series: letters and 未評価. */
    charted: n + 1,
    formats: { [n + 4]: RATE_FORMAT, ...previousFormats, [n + 6 + shift]: YEAR_FORMAT } as Record<number, string>,
  };
};

export function departmentRow(
  line: DepartmentLine,
  letters: readonly string[],
  withPrevious = false,
  withInterim = false,
): PlannedCell[] {
  const { summary } = line;
  // A letter not on this department's scale stays blank rather than 0: it was never a possible grade.
  const count = (key: string) => (key in summary.counts ? (summary.counts[key] ?? 0) : "");
  const previous = summary.previous;
  const change = pointsChange(summary.rate, previous?.rate ?? null);
  return [
    summary.department,
    ...letters.map(count),
    count(UNGRADED),
    summary.indicators,
    summary.goals,
    summary.rate ?? "",
    summary.grade ?? "",
    ...(withInterim ? [summary.interim?.grade ?? ""] : []),
    ...(withPrevious ? [previous?.rate ?? "", previous?.grade ?? "", change ?? ""] : []),
    summary.fiscalYear,
    line.scaleName,
    line.label,
  ];
}

/**
 * A department's share of its indicators per grade (and 未評価): its counts over its 指標数, blank for a letter
 * not on its scale and for a department without indicators; the city's shares are the 割合 row under 合計.
 */
export function departmentShareRow(line: DepartmentLine, letters: readonly string[]): PlannedCell[] {
  const { summary } = line;
  const share = (key: string) =>
    !(key in summary.counts) || summary.indicators === 0 ? "" : (summary.counts[key] ?? 0) / summary.indicators;
  return [summary.department, ...letters.map(share), share(UNGRADED)];
}

export function departmentShareHeaders(letters: readonly string[]): string[] {
  return ["部局", ...letters, UNGRADED_HEADER];
}

/** This year's rate less last year's, in points to the 0.1 the rates show (0.744 and 0.71 → 3.4). */
export function pointsChange(rate: number | null, previous: number | null): number | null {
  return rate === null || previous === null ? null : Math.round((rate - previous) * 1000) / 10;
}

/**
 * 合計: live sums over the department rows just above it (`rows`, the first at sheet row `first`, zero-based),
 * each carrying the sum it gives, so a reader that does not recalculate still shows the totals.
 */
export function totalRow(
  letters: readonly string[],
  rows: readonly (readonly PlannedCell[])[],
  first: number,
): PlannedCell[] {
  const { summed } = departmentColumns(letters);
  const last = first + rows.length - 1;
  const sums: Formula[] = Array.from({ length: summed.count }, (_, i) => {
    const column = summed.first + i;
    const letter = columnLetters(column);
    return {
      formula: `=SUM(${letter}${first + 1}:${letter}${last + 1})`,
      result: sumOfNumbers(rows.map((row) => row[column])),
    };
  });
  return [message("consolidate.sheet.total", "ja"), ...sums];
}

/**
 * 割合 (#19): each grade's and 未評価's share of the city's indicators, live from the 合計 row (`totalAt`,
 * zero-based) and carrying its result; blank when the city has no indicator.
 */
export function shareRow(letters: readonly string[], total: readonly PlannedCell[], totalAt: number): PlannedCell[] {
  const { summed, charted } = departmentColumns(letters);
  const indicatorsColumn = summed.first + charted;
  const indicators = valueOf(total[indicatorsColumn]);
  const shares: Formula[] = Array.from({ length: charted }, (_, i) => {
    const column = summed.first + i;
    const count = valueOf(total[column]);
    const of = `${columnLetters(indicatorsColumn)}${totalAt + 1}`;
    return {
      formula: `=IF(${of}=0,"",${columnLetters(column)}${totalAt + 1}/${of})`,
      result: indicators === 0 ? "" : count / indicators,
    };
  });
  return [message("consolidate.sheet.share", "ja"), ...shares];
}

function valueOf(cell: PlannedCell): number {
  const value = isFormula(cell) ? cell.result : cell;
  return typeof value === "number" ? value : 0;
}

/** What SUM gives over a range: its numbers added; text, booleans and blanks (a letter off a scale) are skipped. */
function sumOfNumbers(cells: readonly PlannedCell[]): number {
  return cells.reduce<number>((sum, cell) => {
    const value = isFormula(cell) ? cell.result : cell;
    return typeof value === "number" ? sum + value : sum;
  }, 0);
}

// ── 分野別 / 総合計画別 / 基本政策別 ──────────────────────────────────────────────────────────────────
export const GROUP_KEY_HEADERS: Readonly<Record<GroupSummary["kind"], string>> = {
  field: "分野",
  masterPlan: "総合計画",
  basicPolicy: "基本政策",
};

export function groupHeaders(kind: GroupSummary["kind"], letters: readonly string[]): string[] {
  return [GROUP_KEY_HEADERS[kind], ...letters, UNGRADED_HEADER, "重点目標数", "部局"];
}

export function groupRow(group: GroupSummary, letters: readonly string[]): PlannedCell[] {
  return [
    group.key,
    ...letters.map((letter) => group.counts[letter] ?? 0),
    group.counts[UNGRADED] ?? 0,
    group.goals,
    group.departments.join("、"),
  ];
}

// ── 重点目標一覧 ───────────────────────────────────────────────────────────────────────────────────
export const GOAL_HEADERS = [
  "部局",
  "年度",
  "No.",
  "重点目標",
  "所管課",
  "達成度",
  "達成率",
  "シート上の達成度",
  "分野",
  "総合計画",
  "基本政策",
  "取込元",
] as const;
export const GOAL_TITLE_COLUMN = GOAL_HEADERS.indexOf("重点目標");
export const GOAL_FORMATS: Record<number, string> = {
  [GOAL_HEADERS.indexOf("年度")]: YEAR_FORMAT,
  [GOAL_HEADERS.indexOf("達成率")]: RATE_FORMAT,
};

export function goalRow(line: GoalLine): PlannedCell[] {
  const { summary } = line;
  const live =
    line.gradeCellLinked && summary.link
      ? sheetGradeFormula(summary.link.sheet, summary.link.cell, line.gradeCellValue)
      : "";
  return [
    summary.department,
    line.fiscalYear,
    summary.no,
    summary.title,
    summary.sections,
    summary.grade ?? "",
    summary.rate ?? "",
    live,
    line.field,
    line.masterPlanCodes.join("、"),
    line.basicPolicyCodes.join("、"),
    line.label,
  ];
}

/**
 * `=IF(政策推進部!$M$18="","",政策推進部!$M$18)`: the sheet's own 達成度, blank while it has none. Its result is
 * `value`, the cell as consolidation read it (the summary never writes that sheet, so it is what the formula
 * gives). An error value reads as its text ("#N/A") and is kept as that text.
 */
export function sheetGradeFormula(sheet: string, cell: string, value: CellValue): Formula {
  const ref = `${quoteSheetName(sheet)}!${absolute(parseCellAddress(cell))}`;
  return { formula: `=IF(${ref}="","",${ref})`, result: value === null || value === "" ? "" : value };
}

function absolute(cell: CellRef): string {
  return `$${columnLetters(cell.column)}$${cell.row + 1}`;
}

// ── 前年度からの変化 ───────────────────────────────────────────────────────────────────────────────
export const CHANGE_HEADERS = ["変化", "区分", "部局", "No.", "名称", "前年度", "今年度", "取込元"] as const;
export const CHANGE_TITLE_COLUMN = CHANGE_HEADERS.indexOf("名称");

export function changeRow(change: GoalChange): PlannedCell[] {
  return [
    message(`consolidate.change.${change.kind}`, "ja"),
    change.what === "goal" ? "重点目標" : "指標",
    change.department,
    change.no ?? "",
    changeTitle(change),
    change.previousGrade,
    change.grade,
    change.label,
  ];
}

/** A goal's title, or an indicator's name with its goal where another indicator of its department has the name. */
export function changeTitle(change: GoalChange): string {
  return change.what === "indicator" ? indicatorLabel(change.title, change.place, "ja") : change.title;
}

// ── 年度推移 ───────────────────────────────────────────────────────────────────────────────────────
const yearHeaders = (history: History) => history.years.map((year) => formatEraFiscalYear(year, "ja"));
const gradesInARow = (years: readonly (YearFigure | null)[]) => years.map((f) => f?.grade ?? "－").join(" → ");
const rates = (years: readonly (YearFigure | null)[]) => years.map((figure) => figure?.rate ?? "");

/** 部局, then one column per year, then the grades in a row: the table the line chart draws. */
export function historyHeaders(history: History): string[] {
  return ["部局", ...yearHeaders(history), "達成度の推移"];
}

/** Each department's own rate per year (blank without one). */
export function historyRows(history: History): PlannedCell[][] {
  return history.departments.map((d) => [d.department, ...rates(d.years), gradesInARow(d.years)]);
}

export function historyIndicatorHeaders(history: History): string[] {
  return ["部局", "指標", ...yearHeaders(history), "達成度の推移"];
}

/** Each indicator found in two years or more, under its department. */
export function historyIndicatorRows(history: History): PlannedCell[][] {
  return history.departments.flatMap((d) =>
    d.indicators.map((indicator) => [
      d.department,
      indicatorLabel(indicator.name, indicator.place, "ja"),
      ...rates(indicator.years),
      gradesInARow(indicator.years),
    ]),
  );
}

// ── 確認が済んでいない部局 ─────────────────────────────────────────────────────────────────────────
export const SIGN_OFF_HEADERS = ["部局", "課長確認", "部長確認", "取込元"] as const;

export function signOffRow(line: SignOffLine): PlannedCell[] {
  const shown = (signOff: SignOffLine["section"]) =>
    signOff === null ? message("consolidate.sheet.notSigned", "ja") : `${signOff.name}\u3000${signOff.date}`.trim();
  return [line.department, shown(line.section), shown(line.director), line.label];
}

// ── 要確認事項 ─────────────────────────────────────────────────────────────────────────────────────
export const EXCEPTION_HEADERS = ["種別", "部局", "取込元", "セル", "対象", "内容"] as const;
export const EXCEPTION_CELL_COLUMN = EXCEPTION_HEADERS.indexOf("セル");

export function exceptionRow(line: ExceptionLine): PlannedCell[] {
  const e = line.exception;
  return [
    message(`consolidate.kind.${e.kind}`, "ja"),
    e.department ?? "",
    e.source,
    e.cell ?? "",
    e.subject,
    e.message.ja,
  ];
}

// ── 取込元 ─────────────────────────────────────────────────────────────────────────────────────────
export const SOURCE_HEADERS = ["No.", "ファイル", "シート", "部局", "年度", "評価日時", "評価尺度", "状態"] as const;
export const SOURCE_FORMATS: Record<number, string> = { [SOURCE_HEADERS.indexOf("年度")]: YEAR_FORMAT };

const SOURCE_STATUS = {
  ok: "consolidate.sheet.statusOk",
  failed: "consolidate.sheet.statusFailed",
  skipped: "consolidate.sheet.statusSkipped",
  previous: "consolidate.sheet.statusPrevious",
} as const satisfies Record<ConsolidatedSource["status"], MessageKey>;

export function sourceRow(source: ConsolidatedSource, index: number): PlannedCell[] {
  const ok = source.status === "ok";
  const graded =
    source.gradedAt !== null
      ? stampTime(new Date(source.gradedAt))
      : ok
        ? message("consolidate.sheet.notGraded", "ja")
        : "";
  return [
    index + 1,
    source.file ?? message("consolidate.sheet.thisWorkbook", "ja"),
    source.sheet ?? "",
    source.department ?? "",
    source.fiscalYear ?? "",
    graded,
    source.scale
      ? message("consolidate.sheet.scaleVersion", "ja", { scale: source.scale.name.ja, version: source.scale.version })
      : "",
    message(SOURCE_STATUS[source.status], "ja"),
  ];
}

// ── The title ──────────────────────────────────────────────────────────────────────────────────────
/** 令和7年度 (2025年度), or the first and last year when the departments' years differ. */
export function yearsText(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined) return "";
  const text = (year: number) => formatFiscalYear(year, "ja");
  return first === last ? text(first) : `${text(first)}〜${text(last)}`;
}
