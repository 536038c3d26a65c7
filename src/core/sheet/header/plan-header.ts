/**
 * The header block: labels in column A, values in column B (基本方針 wrapped), an empty 全体の達成度 cell
 * for the Grade job, then the scale legend (【達成度について】 and the scale's name, one row per grade:
 * its lower bound as a number in the label column, the line in words beside it, spilling to the right).
 */
import type { Department } from "../../department/model";
import { formatFiscalYear } from "../../era";
import type { Scale } from "../../rules";
import type { CellRef, RangeRef } from "@tassei/excel-rules";
import type { PlannedCell, StyledRange } from "../../workbook/plan";
import {
  HEADER_FIELDS,
  HEADER_LABELS,
  type HeaderField,
  SIGN_OFF_DATE_LABEL,
  SIGN_OFF_LABELS,
  SIGN_OFF_ROLES,
  scaleLegendRows,
} from "./header-block";
import { legendHeading } from "./legend";
import { INTERIM_DATE_FORMAT, INTERIM_LABELS, interimRuleLine, plannedInterimDate } from "./interim-cells";
import { type SheetPart, range, textCell } from "../sheet-part";

export const HEADER_LABEL_WIDTH = 72;
/** 課長確認 and 部長確認 sit right of the first two header rows, from this column: label, name, 確認日, date. */
export const SIGN_OFF_COLUMN = 3;
const DATE_FORMAT = "yyyy/m/d";
export const HEADER_VALUE_WIDTH = 260;

export interface HeaderSection extends SheetPart {
  /** Labels, values and legend, as recorded in the metadata. */
  readonly area: RangeRef;
  readonly departmentGrade: CellRef;
  /** The 【達成度について】 cell; the grades' bounds are in the cells below it. */
  readonly legendHeading: CellRef;
  /** The 課長確認 and 部長確認 rows: label, name, 確認日, date from SIGN_OFF_COLUMN. */
  readonly signOffs: RangeRef;
  /** The mid-year check on the 年度 row, under the sign-offs: 中間時点, its date, 中間評価, the grade (#18). */
  readonly interim: { readonly date: CellRef; readonly grade: CellRef };
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
  // 中間時点 and 中間評価 share the 年度 row with nothing: the sign-offs' columns, one row below them.
  const interimRow = top + HEADER_FIELDS.indexOf("fiscalYear");
  const styles: StyledRange[] = [
    { range: range(top, 0, labelRows.length, 1), style: { bold: true, fill: "#DDEBF7", vertical: "top" } },
    { range: range(top, 0, labelRows.length, 2), style: { border: true } },
    { range: range(top, 1, labelRows.length, 1), style: { vertical: "top" } },
    { range: range(policyRow, 1, 1, 1), style: { wrap: true } },
    { range: range(gradeRow, 1, 1, 1), style: { bold: true, horizontal: "center" } },
    { range: range(legendTop, 0, 1, 1), style: { bold: true } },
    // 課長確認 / 部長確認: labels shaded like the header's, names and dates for a person to fill in.
    { range: range(top, SIGN_OFF_COLUMN, SIGN_OFF_ROLES.length, 4), style: { border: true } },
    ...[0, 2].map((offset) => ({
      range: range(top, SIGN_OFF_COLUMN + offset, SIGN_OFF_ROLES.length, 1),
      style: { bold: true, fill: "#DDEBF7" },
    })),
    { range: range(top, SIGN_OFF_COLUMN + 3, SIGN_OFF_ROLES.length, 1), style: { numberFormat: DATE_FORMAT } },
    // 中間時点 | date | 中間評価 | grade, shaded and bordered like the sign-offs above.
    { range: range(interimRow, SIGN_OFF_COLUMN, 1, 4), style: { border: true } },
    ...[0, 2].map((offset) => ({
      range: range(interimRow, SIGN_OFF_COLUMN + offset, 1, 1),
      style: { bold: true, fill: "#DDEBF7" },
    })),
    { range: range(interimRow, SIGN_OFF_COLUMN + 1, 1, 1), style: { numberFormat: INTERIM_DATE_FORMAT } },
    { range: range(interimRow, SIGN_OFF_COLUMN + 3, 1, 1), style: { bold: true, horizontal: "center" } },
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
    signOffs: range(top, SIGN_OFF_COLUMN, SIGN_OFF_ROLES.length, 4),
    interim: {
      date: { row: interimRow, column: SIGN_OFF_COLUMN + 1 },
      grade: { row: interimRow, column: SIGN_OFF_COLUMN + 3 },
    },
    blocks: [
      { anchor: { row: top, column: 0 }, rows: labelRows },
      {
        anchor: { row: top, column: SIGN_OFF_COLUMN },
        rows: SIGN_OFF_ROLES.map((role) => {
          const given = department.signOffs?.[role];
          return [SIGN_OFF_LABELS[role], textCell(given?.name ?? ""), SIGN_OFF_DATE_LABEL, textCell(given?.date ?? "")];
        }),
      },
      {
        anchor: { row: interimRow, column: SIGN_OFF_COLUMN },
        rows: [[INTERIM_LABELS.date, plannedInterimDate(department.interimDate), INTERIM_LABELS.grade, undefined]],
      },
      {
        anchor: { row: legendTop, column: 0 },
        rows: [[legendHeading(scale)], ...legend.map((row) => [row.bound ?? undefined, row.line])],
      },
      // The interim rule in words beside the scale whose bounds it grades on (the heading ends before column D).
      { anchor: { row: legendTop, column: SIGN_OFF_COLUMN }, rows: [[interimRuleLine(scale.interim)]] },
    ],
    styles,
    tables: [],
    validations: [],
    conditionalFormats: [],
    widths: [HEADER_LABEL_WIDTH, HEADER_VALUE_WIDTH],
  };
}
