/**
 * The KPI section: 【指標（KPI）】 and the KPI table, exactly KPI_COLUMNS, one row per indicator and then
 * blank rows ready to fill. Every row, blank ones included, holds the same relative live 達成率 / 達成度
 * formulas (live-formulas.ts), so the columns are calculated columns: rows added to the table later get
 * them too.
 */
import type { Indicator } from "../../department/model";
import type { Scale } from "../../rules";
import type { PlannedCell, StyledRange } from "../../workbook/plan";
import type { CellValue } from "../../workbook/snapshot";
import {
  type FormulaScale,
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
    // Each formula carries what it shows, so a file read without recalculating shows it too.
    const rate = liveRate(inputsOf(cells));
    const formulas: Partial<Record<KpiColumnKey, PlannedCell>> = {
      rate: { formula: liveRateFormula(bodyRow + index, 0), result: rate },
      grade: {
        formula: liveGradeFormula(bodyRow + index, 0, input.formulaScale),
        result: liveGrade(
          rate,
          cells.manualGrade === undefined ? null : valueOf(cells.manualGrade),
          input.formulaScale,
        ),
      },
    };
    return row({ ...cells, ...formulas });
  });
  const width = KPI_COLUMNS.length;
  const bodyColumn = (key: KpiColumnKey) => range(bodyRow, kpiColumnIndex(key), rowCount, 1);
  const styles: StyledRange[] = [
    { range: range(input.top, 0, 1, 1), style: SECTION_TITLE_STYLE },
    { range: range(headerRow, 0, 1, width), style: TABLE_HEADER_STYLE },
    { range: range(bodyRow, 0, rowCount, width), style: TABLE_BODY_STYLE },
    ...(["name", "manualReason", "note"] as const).map((key) => ({ range: bodyColumn(key), style: { wrap: true } })),
    { range: bodyColumn("rate"), style: { numberFormat: RATE_NUMBER_FORMAT, horizontal: "right" } },
    ...(["goalNo", "direction", "method", "status", "grade", "manualGrade", "interimGrade"] as const).map((key) => ({
      range: bodyColumn(key),
      style: { horizontal: "center" as const },
    })),
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
    validations: [
      dropdown(bodyColumn("direction"), Object.values(DIRECTION_WORDS)),
      dropdown(bodyColumn("method"), Object.values(METHOD_WORDS)),
      dropdown(bodyColumn("status"), Object.values(STATUS_WORDS)),
      dropdown(bodyColumn("manualGrade"), gradeChoices(input.scale)),
    ],
    conditionalFormats: [
      gradeConditionalFormat(bodyColumn("grade"), input.scale),
      gradeConditionalFormat(bodyColumn("interimGrade"), input.scale),
    ],
    widths: KPI_COLUMNS.map((c) => c.width),
  };
}

function indicatorCells(indicator: Indicator): Partial<Record<KpiColumnKey, PlannedCell>> {
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
