/**
 * The summary sheet as a plan: sections stacked top to bottom from A1, a blank row between them —
 * title, 部局別 (with a live 合計 row and, right of everything, a stacked column chart of the grade
 * counts), 分野別, 総合計画別, 基本政策別, 重点目標一覧, 要確認事項, 取込元. No Excel tables: the sheet is
 * regenerated in place, and tables left from the previous run would collide with new ones. Printed with
 * the title at the top of every page, "page X / Y" at its foot, and 重点目標一覧 and 要確認事項 each
 * starting a new page.
 */
import { stampTime } from "../grade/time";
import { message } from "../messages";
import type { RangeRef } from "@tassei/excel-rules";
import type { ChartPlan, ColumnWidth, PlannedCell, SheetPlan } from "../workbook/plan";
import { emptySheetPlan } from "../workbook/plan";
import { type GoalLine, departmentCount } from "./aggregate";
import type { ExceptionLine } from "./exceptions";
import type { GoalChange } from "./previous-year";
import type { SignOffLine } from "./sign-offs";
import type { History } from "./history";
import type { CitySummary } from "./city";
import {
  type DepartmentLine,
  CHANGE_HEADERS,
  CHANGE_TITLE_COLUMN,
  COUNT_CHANGE_FORMAT,
  POINTS_FORMAT,
  SIGN_OFF_HEADERS,
  departmentShareHeaders,
  departmentShareRow,
  historyHeaders,
  historyIndicatorHeaders,
  historyIndicatorRows,
  historyRows,
  signOffRow,
  changeRow,
  changeTitle,
  cityHeaders,
  cityRateRow,
  cityRows,
  previousCityRateRow,
  EXCEPTION_CELL_COLUMN,
  EXCEPTION_HEADERS,
  GOAL_FORMATS,
  GOAL_HEADERS,
  GOAL_TITLE_COLUMN,
  SOURCE_FORMATS,
  SOURCE_HEADERS,
  departmentColumns,
  departmentHeaders,
  departmentRow,
  exceptionRow,
  goalRow,
  groupHeaders,
  groupRow,
  sourceRow,
  RATE_FORMAT,
  shareRow,
  totalRow,
  yearsText,
} from "./sections";
import { CHART_LINE_COLOURS, gradeChartColours } from "../sheet/grade-palette";
import type { Scale } from "../rules";
import { contentWidths, totalPoints } from "./column-widths";
import { type PlacedSection, SheetBuilder, TOTAL_STYLE } from "./sheet-builder";
import { SUMMARY_SHEET_NAME } from "./summary-sheet";
import type { ConsolidatedSource, GroupSummary } from "./types";

export const CHART_NAME = "Tassei_Summary_Grades";
export const HISTORY_CHART_NAME = "Tassei_Summary_History";
/** Every chart the summary draws: a regeneration removes these, never a user's own. */
export const SUMMARY_CHART_NAMES: readonly string[] = [CHART_NAME, HISTORY_CHART_NAME];

/** Rows 0–1 (title and 作成日時) stay in view and are printed on every page. */
const TITLE_ROWS = 2;

export interface SummaryContent {
  readonly now: Date;
  readonly letters: readonly string[];
  /** The scale the count columns start with (the default, or the one all departments use): the chart's colours. */
  readonly scale: Scale;
  readonly city: CitySummary;
  readonly departments: readonly DepartmentLine[];
  readonly groups: readonly GroupSummary[];
  readonly goals: readonly GoalLine[];
  readonly changes: readonly GoalChange[];
  readonly unsigned: readonly SignOffLine[];
  readonly history: History | null;
  readonly exceptions: readonly ExceptionLine[];
  readonly sources: readonly ConsolidatedSource[];
}

export interface SummaryLayout {
  /** Everything but mode, clear and properties (the caller's: they depend on the sheet that exists). */
  readonly plan: Omit<SheetPlan, "mode" | "clear" | "properties" | "name">;
  /** The cells written (the chart aside), which the next run clears. */
  readonly used: RangeRef;
  /** Where the department rows are (zero-based), for tests and callers that point at them. */
  readonly departmentRows: { readonly first: number; readonly count: number; readonly total: number | null };
}

const ja = (key: Parameters<typeof message>[0], params?: Parameters<typeof message>[2]) => message(key, "ja", params);

export function layoutSummary(content: SummaryContent): SummaryLayout {
  const b = new SheetBuilder();
  const { letters } = content;
  const title = ja("consolidate.sheet.title", {
    years: yearsText(content.departments.map((d) => d.summary.fiscalYear)),
  }).trim();
  b.captionRows.add(b.add([title]));
  b.style({ row: 0, column: 0, rowCount: 1, columnCount: 1 }, { bold: true, fontSize: 14 });
  const infoAt = b.add([
    ja("consolidate.sheet.info", {
      time: stampTime(content.now),
      departments: departmentCount(content.departments.map((d) => d.summary)),
      sources: content.sources.length,
      exceptions: content.exceptions.length,
    }),
  ]);
  b.blank();

  // 全庁 first, as cities publish their totals: counts and shares per grade, then the city's rate and grade.
  const cityLines = cityRows(content.city, letters);
  const city = b.section({
    title: ja("consolidate.sheet.section.city"),
    headers: cityHeaders(letters),
    rows: cityLines.map((line) => line.cells),
    none: ja("consolidate.sheet.none"),
  });
  cityLines.forEach((line, i) => {
    if (line.kind === "count") return;
    const numberFormat = line.kind === "share" ? RATE_FORMAT : COUNT_CHANGE_FORMAT;
    b.style({ row: city.firstRow + i, column: 1, rowCount: 1, columnCount: city.width - 1 }, { numberFormat });
  });
  b.captionRows.add(infoAt);
  // The city's rate rows end in a note and a long label: captions, left out of the widths.
  const rateAt = b.add(cityRateRow(content.city));
  b.captionRows.add(rateAt);
  b.style({ row: rateAt, column: 0, rowCount: 1, columnCount: 4 }, TOTAL_STYLE);
  b.style({ row: rateAt, column: 1, rowCount: 1, columnCount: 1 }, { numberFormat: RATE_FORMAT });
  const previousCity = previousCityRateRow(content.city);
  if (previousCity !== null) {
    const at = b.add(previousCity);
    b.captionRows.add(at);
    b.style({ row: at, column: 1, rowCount: 1, columnCount: 1 }, { numberFormat: RATE_FORMAT });
    b.style({ row: at, column: 4, rowCount: 1, columnCount: 1 }, { numberFormat: POINTS_FORMAT });
  }
  b.blank();

  // 部局別, its 合計 row and the chart's source.
  const withPrevious = content.departments.some((line) => line.summary.previous !== null);
  // 中間評価 only when a department has had its mid-year check (#18): a year-end summary is as it was.
  const withInterim = content.departments.some((line) => line.summary.interim !== null);
  const departmentRows = content.departments.map((line) => departmentRow(line, letters, withPrevious, withInterim));
  const departments = b.section({
    title: ja("consolidate.sheet.section.departments"),
    headers: departmentHeaders(letters, withPrevious, withInterim),
    rows: departmentRows,
    formats: departmentColumns(letters, withPrevious, withInterim).formats,
    none: ja("consolidate.sheet.none"),
  });
  let totalAt: number | null = null;
  if (departments.rowCount > 0) {
    const total = totalRow(letters, departmentRows, departments.firstRow);
    totalAt = b.add(total);
    b.style({ row: totalAt, column: 0, rowCount: 1, columnCount: departments.width }, TOTAL_STYLE);
    // 割合: each grade's share of the city's indicators, as cities publish it (#19).
    const shareAt = b.add(shareRow(letters, total, totalAt));
    const { summed, charted } = departmentColumns(letters);
    b.style({ row: shareAt, column: summed.first, rowCount: 1, columnCount: charted }, { numberFormat: RATE_FORMAT });
  }
  b.blank();
  // Each department's shares per grade, as cities publish them beside the counts (#19).
  if (departments.rowCount > 0) {
    const shares = b.section({
      title: ja("consolidate.sheet.section.departmentShares"),
      headers: departmentShareHeaders(letters),
      rows: content.departments.map((line) => departmentShareRow(line, letters)),
      none: ja("consolidate.sheet.none"),
    });
    b.style(
      { row: shares.firstRow, column: 1, rowCount: shares.rowCount, columnCount: letters.length + 1 },
      { numberFormat: RATE_FORMAT },
    );
    b.blank();
  }
  // The grade shares chart sits in rows kept empty for it under the tables, inside the printed width.
  const gradeChartAt = departments.rowCount > 0 ? reserveRows(b, chartRows(departments.rowCount + 1)) : null;

  for (const kind of ["field", "masterPlan", "basicPolicy"] as const) {
    b.section({
      title: ja(`consolidate.sheet.section.${kind === "field" ? "fields" : kind}`),
      headers: groupHeaders(kind, letters),
      rows: content.groups.filter((g) => g.kind === kind).map((g) => groupRow(g, letters)),
      wrap: { [letters.length + 3]: WRAP_WIDTHS.departments },
      none: ja("consolidate.sheet.none"),
    });
    b.blank();
  }

  const goals = b.section({
    title: ja("consolidate.sheet.section.goals"),
    headers: GOAL_HEADERS,
    rows: content.goals.map(goalRow),
    formats: GOAL_FORMATS,
    wrap: { [GOAL_TITLE_COLUMN]: WRAP_WIDTHS.goal },
    none: ja("consolidate.sheet.none"),
  });
  b.linkRows(
    goals,
    GOAL_TITLE_COLUMN,
    content.goals,
    (line) => line.summary.link,
    (line) => line.summary.title,
  );
  b.blank();

  // 前年度からの変化: only when the year before was among the sources.
  if (withPrevious) {
    const changes = b.section({
      title: ja("consolidate.sheet.section.changes"),
      headers: CHANGE_HEADERS,
      rows: content.changes.map(changeRow),
      wrap: { [CHANGE_TITLE_COLUMN]: WRAP_WIDTHS.goal },
      none: ja("consolidate.sheet.none"),
    });
    b.linkRows(changes, CHANGE_TITLE_COLUMN, content.changes, (change) => change.link, changeTitle);
    b.blank();
  }

  // 年度推移: every year of a department the sources hold, when some department has two or more; the
  // departments' rates drawn as one line each.
  let historyChart: ChartPlan | null = null;
  if (content.history !== null) {
    const years = content.history.years.length;
    const trend = b.section({
      title: ja("consolidate.sheet.section.history"),
      headers: historyHeaders(content.history),
      rows: historyRows(content.history),
      none: ja("consolidate.sheet.none"),
    });
    b.style(
      { row: trend.firstRow, column: 1, rowCount: trend.rowCount, columnCount: years },
      { numberFormat: RATE_FORMAT },
    );
    b.blank();
    const at = reserveRows(b, chartRows(trend.rowCount));
    historyChart = {
      name: HISTORY_CHART_NAME,
      kind: "line",
      seriesBy: "rows",
      source: { row: trend.headerRow, column: 0, rowCount: trend.rowCount + 1, columnCount: 1 + years },
      title: ja("consolidate.sheet.historyChartTitle"),
      placement: { row: at.row, column: 0, rowCount: at.rowCount, columnCount: CHART_COLUMNS },
      colors: content.history.departments.map((_, i) => CHART_LINE_COLOURS[i % CHART_LINE_COLOURS.length]!),
    };
    const indicators = b.section({
      title: ja("consolidate.sheet.section.historyIndicators"),
      headers: historyIndicatorHeaders(content.history),
      rows: historyIndicatorRows(content.history),
      wrap: { 1: WRAP_WIDTHS.goal },
      none: ja("consolidate.sheet.none"),
    });
    b.style(
      { row: indicators.firstRow, column: 2, rowCount: indicators.rowCount, columnCount: years },
      { numberFormat: RATE_FORMAT },
    );
    b.blank();
  }

  // Before publishing: the departments whose heads have not confirmed their sheet.
  const signOffs = b.section({
    title: ja("consolidate.sheet.section.signOffs"),
    headers: SIGN_OFF_HEADERS,
    rows: content.unsigned.map(signOffRow),
    none: ja("consolidate.sheet.none"),
  });
  b.linkRows(
    signOffs,
    0,
    content.unsigned,
    (line) => line.link,
    (line) => line.department,
  );
  b.blank();

  const exceptions = b.section({
    title: ja("consolidate.sheet.section.exceptions"),
    headers: EXCEPTION_HEADERS,
    rows: content.exceptions.map(exceptionRow),
    wrap: { 4: WRAP_WIDTHS.subject, 5: WRAP_WIDTHS.content },
    none: ja("consolidate.sheet.none"),
  });
  b.linkRows(
    exceptions,
    EXCEPTION_CELL_COLUMN,
    content.exceptions,
    (line) => line.link,
    (line) => line.link?.cell ?? "",
  );
  b.blank();

  b.section({
    title: ja("consolidate.sheet.section.sources"),
    headers: SOURCE_HEADERS,
    rows: content.sources.map(sourceRow),
    formats: SOURCE_FORMATS,
    none: ja("consolidate.sheet.none"),
  });

  const width = b.width;
  const used: RangeRef = { row: 0, column: 0, rowCount: b.rows.length, columnCount: width };
  const widths = contentWidths(b.rows, b.captionRows, width, b.wrapWidths);
  const charts = [
    ...(gradeChartAt === null ? [] : [gradeChart(departments, letters, content.scale, gradeChartAt)]),
    ...(historyChart === null ? [] : [historyChart]),
  ];
  return {
    plan: {
      ...emptySheetPlan(SUMMARY_SHEET_NAME, "create"),
      blocks: [{ anchor: { row: 0, column: 0 }, rows: b.rows as PlannedCell[][] }],
      styles: b.styles,
      columnWidths: widths,
      freeze: { rows: TITLE_ROWS, columns: 0 },
      print: {
        orientation: "landscape",
        paper: paperFor(widths),
        fitToWidth: true,
        titleRows: { first: 0, last: TITLE_ROWS - 1 },
        // Every page says what it is (the title: 全庁サマリー and the fiscal year) and which page of how many.
        header: title,
        footer: "pages",
        // The long lists each start a page of their own, at their section title, never after a table's foot.
        rowBreaks: [goals.titleRow, exceptions.titleRow],
      },
      hyperlinks: b.hyperlinks,
      charts,
      activate: { select: { row: 0, column: 0 } },
    },
    used,
    departmentRows: { first: departments.firstRow, count: departments.rowCount, total: totalAt },
  };
}

/**
 * Grade shares per department and for the city (#19): the 部局 column and the count columns, header row,
 * department rows and 合計 (the city) included, as 100% stacked bars.
 */
function gradeChart(section: PlacedSection, letters: readonly string[], scale: Scale, at: RangeRef): ChartPlan {
  return {
    name: CHART_NAME,
    kind: "barStacked100",
    source: {
      row: section.headerRow,
      column: 0,
      rowCount: section.rowCount + 2,
      columnCount: 1 + departmentColumns(letters).charted,
    },
    title: ja("consolidate.sheet.chartTitle"),
    placement: { row: at.row, column: 0, rowCount: at.rowCount, columnCount: CHART_COLUMNS },
    colors: gradeChartColours(scale, letters),
  };
}

/**
 * A4 landscape while the columns fit it at a readable size (shrunk to no less than about 80%); A3 landscape,
 * as cities print wide tables, when they do not. Printable widths with Excel's normal margins, in points.
 */
function paperFor(widths: readonly ColumnWidth[]): "A4" | "A3" {
  const A4_LANDSCAPE_POINTS = 770;
  return totalPoints(widths) <= A4_LANDSCAPE_POINTS / 0.8 ? "A4" : "A3";
}

/** A chart spans this many columns from A: within the printed width of the tables above it. */
const CHART_COLUMNS = 8;

/** Rows for a chart of `items` bars or lines: room for each, a title and a legend. */
function chartRows(items: number): number {
  return Math.max(14, Math.ceil(items * 1.5) + 6);
}

/** Keeps `count` empty rows for a chart to sit in, then a blank one; where they are. */
function reserveRows(b: SheetBuilder, count: number): RangeRef {
  const row = b.nextRow;
  for (let i = 0; i <= count; i++) b.blank();
  return { row, column: 0, rowCount: count, columnCount: CHART_COLUMNS };
}

/** Points kept by the columns whose long texts wrap: a goal's title, an exception's subject and content. */
const WRAP_WIDTHS = { goal: 200, departments: 130, subject: 160, content: 240 } as const;
