/**
 * The header block: labels in column A, values in column B (基本方針 wrapped), an empty 全体の達成度 cell
 * for the Grade job, then the scale legend (【達成度について】 and the scale's name, one row per grade:
 * its lower bound as a number in the label column, the line in words beside it, spilling to the right).
 */
import type { Department } from "../department/model";
import { formatFiscalYear } from "../era";
import type { Scale } from "../grading";
import type { CellRef, RangeRef } from "../workbook/address";
import type { PlannedCell, StyledRange } from "../workbook/plan";
import { HEADER_FIELDS, HEADER_LABELS, type HeaderField, scaleLegendRows } from "./header-block";
import { legendHeading } from "./legend";
import { type SheetPart, range, textCell } from "./sheet-part";

export const HEADER_LABEL_WIDTH = 72;
export const HEADER_VALUE_WIDTH = 260;

export interface HeaderSection extends SheetPart {
  /** Labels, values and legend, as recorded in the metadata. */
  readonly area: RangeRef;
  readonly departmentGrade: CellRef;
  /** The 【達成度について】 cell; the grades' bounds are in the cells below it. */
  readonly legendHeading: CellRef;
}

export function planHeaderSection(department: Department, scale: Scale, top: number): HeaderSection {
  const values: Readonly<Record<HeaderField, PlannedCell>> = {
    name: textCell(department.name),
    head: textCell(department.head),
    fiscalYear: formatFiscalYear(department.fiscalYear, "ja"),
    departmentGrade: undefined,
    policy: textCell(department.policy),
  };
  const labelRows = HEADER_FIELDS.map((field) => [HEADER_LABELS[field], values[field]]);
  const legendTop = top + labelRows.length + 1;
  const legend = scaleLegendRows(scale);
  const policyRow = top + HEADER_FIELDS.indexOf("policy");
  const gradeRow = top + HEADER_FIELDS.indexOf("departmentGrade");
  const styles: StyledRange[] = [
    { range: range(top, 0, labelRows.length, 1), style: { bold: true, fill: "#DDEBF7", vertical: "top" } },
    { range: range(top, 0, labelRows.length, 2), style: { border: true } },
    { range: range(top, 1, labelRows.length, 1), style: { vertical: "top" } },
    { range: range(policyRow, 1, 1, 1), style: { wrap: true } },
    { range: range(gradeRow, 1, 1, 1), style: { bold: true, horizontal: "center" } },
    { range: range(legendTop, 0, 1, 1), style: { bold: true } },
    ...legend.flatMap((row, index) =>
      row.boundFormat === null
        ? []
        : [{ range: range(legendTop + 1 + index, 0, 1, 1), style: { numberFormat: row.boundFormat } }],
    ),
  ];
  return {
    height: labelRows.length + 1 + 1 + legend.length,
    area: range(top, 0, legendTop + 1 + legend.length - top, 2),
    departmentGrade: { row: gradeRow, column: 1 },
    legendHeading: { row: legendTop, column: 0 },
    blocks: [
      { anchor: { row: top, column: 0 }, rows: labelRows },
      {
        anchor: { row: legendTop, column: 0 },
        rows: [[legendHeading(scale)], ...legend.map((row) => [row.bound ?? undefined, row.line])],
      },
    ],
    styles,
    tables: [],
    validations: [],
    conditionalFormats: [],
    widths: [HEADER_LABEL_WIDTH, HEADER_VALUE_WIDTH],
  };
}
