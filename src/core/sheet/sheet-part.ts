/**
 * A part of a department sheet (the header block, one table with its section title): what it writes, at
 * which rows, and how wide it wants each column. Parts are stacked top to bottom and merged into one
 * sheet plan; a column is as wide as the widest part needs it.
 */
import type { RawCell } from "../department/model";
import type { RangeRef } from "@tassei/excel-rules";
import type {
  CellBlock,
  ConditionalFormatPlan,
  PlannedCell,
  StyledRange,
  TablePlan,
  ValidationPlan,
} from "../workbook/plan";
import { message } from "../messages";

export interface SheetPart {
  /** Rows the part takes, from its first row. */
  readonly height: number;
  readonly blocks: readonly CellBlock[];
  readonly styles: readonly StyledRange[];
  readonly tables: readonly TablePlan[];
  readonly validations: readonly ValidationPlan[];
  readonly conditionalFormats: readonly ConditionalFormatPlan[];
  /** Wanted width in points per column, from column A. */
  readonly widths: readonly number[];
}

/** Blank text is an empty cell, not an empty string, so an empty cell reads back as blank. */
export function textCell(text: string): PlannedCell {
  return text === "" ? undefined : text;
}

/** A value as the department model holds it: text stays text, numbers stay numbers. */
export function rawCell(value: RawCell): PlannedCell {
  if (value === null) return undefined;
  if (typeof value === "number") return Object.is(value, -0) ? 0 : value;
  return textCell(value);
}

export function range(row: number, column: number, rowCount: number, columnCount: number): RangeRef {
  return { row, column, rowCount, columnCount };
}

/** The error alert of a dropdown: in the sheet's language (Japanese), naming the choices. */
export function dropdown(target: RangeRef, choices: readonly string[]): ValidationPlan {
  return {
    range: target,
    list: choices,
    allowBlank: true,
    errorTitle: message("layout.validation.title", "ja"),
    errorMessage: message("layout.validation.message", "ja", { choices: choices.join("・") }),
  };
}

/** The section title above a table: 【重点目標】. */
export const SECTION_TITLE_STYLE = { bold: true, fontSize: 12 } as const;

/** What every table's header row and body share. */
export const TABLE_HEADER_STYLE = { bold: true, wrap: true, vertical: "center", horizontal: "center" } as const;
export const TABLE_BODY_STYLE = { vertical: "top" } as const;
export const TABLE_STYLE = "TableStyleMedium2";
