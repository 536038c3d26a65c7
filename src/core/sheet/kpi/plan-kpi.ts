/**
 * The KPI section: 【指標（KPI）】 and the KPI table, exactly KPI_COLUMNS, one row per indicator and then
 * blank rows ready to fill. Every row, blank ones included, holds the same relative live 達成率 / 達成度
 * formulas (live-formulas.ts), so the columns are calculated columns: rows added to the table later get
 * them too.
 */
import type { Indicator } from "../../department/model";
import type { Scale } from "../../rules";
import type { RangeRef } from "@tassei/excel-rules";
import type { ConditionalFormatPlan, Formula, PlannedCell, StyledRange, ValidationPlan } from "../../workbook/plan";
import type { CellValue } from "../../workbook/snapshot";
import {
  type FormulaScale,
  type KpiColumns,
  type RowInputs,
  INPUT_KEYS,
  liveGrade,
  liveGradeFormula,
  liveRate,
  liveRateFormula,
} from "./live-formulas";
import { gradeChoices, gradeConditionalFormat } from "../grade-palette";
import { KPI_COLUMNS, type KpiColumnKey, kpiColumnIndex } from "./kpi-table";
import {
  SECTION_TITLE_STYLE,
  type SheetPart,
  TABLE_BODY_STYLE,
  TABLE_HEADER_STYLE,
  TABLE_STYLE,
  dropdown,
  range,
  rawCell,
  textCell,
} from "../sheet-part";
import { DIRECTION_WORDS, METHOD_WORDS, STATUS_WORDS } from "../vocabulary";

export const KPI_SECTION_TITLE = "【指標（KPI）】";

/** 達成率 as a percentage to one decimal, as the seeds print it (99.2%). */
export const RATE_NUMBER_FORMAT = "0.0%";

export interface KpiSectionInput {
  readonly indicators: readonly Indicator[];
  /** Blank rows after the indicators. */
  readonly blankRows: number;
  readonly scale: Scale;
  /** The grades' bounds as the 達成度 formulas read them (the header's legend, when there is one). */
  readonly formulaScale: FormulaScale;
  readonly tableName: string;
  readonly top: number;
}

export interface KpiSection extends SheetPart {
  readonly table: { readonly row: number; readonly rowCount: number };
}

export function planKpiSection(input: KpiSectionInput): KpiSection {
  const headerRow = input.top + 1;
  const bodyRow = headerRow + 1;
  const rowCount = input.indicators.length + input.blankRows;
  const body = Array.from({ length: rowCount }, (_, index) => {
    const indicator = input.indicators[index];
    const cells = indicator === undefined ? {} : indicatorCells(indicator);
    return row({ ...cells, ...liveFormulaCells(bodyRow + index, 0, cells, input.formulaScale) });
  });
  const width = KPI_COLUMNS.length;
  const styles: StyledRange[] = [
    { range: range(input.top, 0, 1, 1), style: SECTION_TITLE_STYLE },
    { range: range(headerRow, 0, 1, width), style: TABLE_HEADER_STYLE },
    ...kpiBodyStyles(range(bodyRow, 0, rowCount, width), kpiColumnIndex),
  ];
  return {
    height: 2 + rowCount,
    table: { row: headerRow, rowCount: 1 + rowCount },
    blocks: [
      { anchor: { row: input.top, column: 0 }, rows: [[KPI_SECTION_TITLE]] },
      { anchor: { row: headerRow, column: 0 }, rows: [KPI_COLUMNS.map((c) => c.header), ...body] },
    ],
    styles,
    tables: [
      {
        name: input.tableName,
        range: range(headerRow, 0, 1 + rowCount, width),
        headers: KPI_COLUMNS.map((c) => c.header),
        style: TABLE_STYLE,
      },
    ],
    validations: kpiDropdowns({ row: bodyRow, rowCount }, kpiColumnIndex, input.scale),
    conditionalFormats: kpiGradeColours({ row: bodyRow, rowCount }, kpiColumnIndex, input.scale),
    widths: KPI_COLUMNS.map((c) => c.width),
  };
}

/**
 * The row's live 達成率 and 達成度 formulas, each with what it shows for these cells (a file read without
 * recalculating shows it too). `columns`: Tassei's order from a first column, or where the table has each.
 */
export function liveFormulaCells(
  row: number,
  columns: KpiColumns,
  cells: Partial<Record<KpiColumnKey, PlannedCell>>,
  scale: FormulaScale,
): { readonly rate: Formula; readonly grade: Formula } {
  const rate = liveRate(inputsOf(cells));
  const manualGrade = cells.manualGrade === undefined ? null : valueOf(cells.manualGrade);
  return {
    rate: { formula: liveRateFormula(row, columns), result: rate },
    grade: { formula: liveGradeFormula(row, columns, scale), result: liveGrade(rate, manualGrade, scale) },
  };
}

/**
 * How body rows of the KPI table look: top-aligned, long texts wrapped, 達成率 as a percentage, short
 * fields centred. `rows` spans the table's width; `column` says where each known column is on the sheet.
 * For a new table's body, and for rows added to a table later.
 */
export function kpiBodyStyles(rows: RangeRef, column: (key: KpiColumnKey) => number | undefined): StyledRange[] {
  const at = (key: KpiColumnKey) => {
    const index = column(key);
    return index === undefined ? [] : [range(rows.row, index, rows.rowCount, 1)];
  };
  return [
    { range: rows, style: TABLE_BODY_STYLE },
    ...(["name", "manualReason", "note"] as const).flatMap((key) =>
      at(key).map((r) => ({ range: r, style: { wrap: true } })),
    ),
    ...at("rate").map((r) => ({ range: r, style: { numberFormat: RATE_NUMBER_FORMAT, horizontal: "right" as const } })),
    ...(["goalNo", "direction", "method", "status", "grade", "manualGrade", "interimGrade"] as const).flatMap((key) =>
      at(key).map((r) => ({ range: r, style: { horizontal: "center" as const } })),
    ),
  ];
}

/** The grade colours of a KPI table's 達成度 and 中間評価 columns (where the table has them). */
export function kpiGradeColours(
  body: { readonly row: number; readonly rowCount: number },
  column: (key: KpiColumnKey) => number | undefined,
  scale: Scale,
): ConditionalFormatPlan[] {
  return (["grade", "interimGrade"] as const).flatMap((key) => {
    const index = column(key);
    return index === undefined ? [] : [gradeConditionalFormat(range(body.row, index, body.rowCount, 1), scale)];
  });
}

/** The dropdowns of a KPI table's body columns (where the table has them). */
export function kpiDropdowns(
  body: { readonly row: number; readonly rowCount: number },
  column: (key: KpiColumnKey) => number | undefined,
  scale: Scale,
): ValidationPlan[] {
  const lists: [KpiColumnKey, readonly string[]][] = [
    ["direction", Object.values(DIRECTION_WORDS)],
    ["method", Object.values(METHOD_WORDS)],
    ["status", Object.values(STATUS_WORDS)],
    ["manualGrade", gradeChoices(scale)],
  ];
  return lists.flatMap(([key, choices]) => {
    const index = column(key);
    return index === undefined ? [] : [dropdown(range(body.row, index, body.rowCount, 1), choices)];
  });
}

/** An indicator's cells as a KPI row holds them. */
export function indicatorCells(indicator: Indicator): Partial<Record<KpiColumnKey, PlannedCell>> {
  return {
    goalNo: indicator.goalNo,
    name: textCell(indicator.name),
    unit: textCell(indicator.unit),
    direction: DIRECTION_WORDS[indicator.direction],
    method: METHOD_WORDS[indicator.method],
    baseline: rawCell(indicator.baseline),
    target: rawCell(indicator.target),
    actual: rawCell(indicator.actual),
    status: STATUS_WORDS[indicator.status],
    manualGrade: indicator.manualGrade === null ? undefined : textCell(indicator.manualGrade),
    manualReason: textCell(indicator.manualGradeReason),
    weight: indicator.weight,
    note: textCell(indicator.note),
    interimActual: rawCell(indicator.interimActual),
  };
}

function inputsOf(cells: Partial<Record<KpiColumnKey, PlannedCell>>): RowInputs {
  return Object.fromEntries(INPUT_KEYS.map((key) => [key, valueOf(cells[key])])) as unknown as RowInputs;
}

function valueOf(cell: PlannedCell): CellValue {
  return cell === undefined || typeof cell === "object" ? null : cell;
}

function row(cells: Partial<Record<KpiColumnKey, PlannedCell>>): PlannedCell[] {
  return KPI_COLUMNS.map((c) => cells[c.key]);
}
