/**
 * Cell contents and cell formats. exceljs shares one style object between all cells loaded with the same
 * style, so a style is never changed in place (`cell.font = …` would restyle every such cell): each cell
 * gets a new style object.
 */
import type ExcelJS from "exceljs";
import { MAX_COLUMNS, MAX_ROWS, type RangeRef } from "@tassei/excel-rules";
import { type CellBlock, type CellStyle, type PlannedCell, isFormula } from "../core/workbook/plan";
import { toFileFormula } from "./formula";
import { encodeOoxmlText } from "./ooxml-text";
import { toArgb } from "./units";

/** The font exceljs's styles.xml declares as normal; a cell font without name and size would have neither. */
const NORMAL_FONT: Partial<ExcelJS.Font> = { name: "Calibri", size: 11, family: 2, scheme: "minor" };

export function toCellValue(cell: Exclude<PlannedCell, undefined>): ExcelJS.CellValue {
  if (isFormula(cell)) {
    const formula = toFileFormula(cell.formula);
    return cell.result === undefined ? { formula } : { formula, result: cell.result };
  }
  // A string is text whatever it starts with: exceljs stores it as a string cell, never a formula.
  // An empty string empties the cell, as writing "" through Office.js does.
  if (typeof cell === "string") return cell === "" ? null : encodeOoxmlText(cell);
  return cell;
}

export function writeBlock(worksheet: ExcelJS.Worksheet, block: CellBlock): void {
  block.rows.forEach((cells, r) => {
    const row = worksheet.getRow(block.anchor.row + r + 1);
    cells.forEach((cell, c) => {
      if (cell !== undefined) row.getCell(block.anchor.column + c + 1).value = toCellValue(cell);
    });
  });
}

export function styledCopy(base: Partial<ExcelJS.Style> | undefined, style: CellStyle): Partial<ExcelJS.Style> {
  const next: Partial<ExcelJS.Style> = { ...(base ?? {}) };
  if (style.numberFormat !== undefined) next.numFmt = style.numberFormat;
  if (
    style.bold !== undefined ||
    style.italic !== undefined ||
    style.fontColor !== undefined ||
    style.fontSize !== undefined
  ) {
    const font: Partial<ExcelJS.Font> = { ...NORMAL_FONT, ...(next.font ?? {}) };
    if (style.bold !== undefined) font.bold = style.bold;
    if (style.italic !== undefined) font.italic = style.italic;
    if (style.fontSize !== undefined) font.size = style.fontSize;
    const color = style.fontColor === undefined ? null : toArgb(style.fontColor);
    if (color) font.color = { argb: color };
    next.font = font;
  }
  const fill = style.fill === undefined ? null : toArgb(style.fill);
  if (fill) next.fill = { type: "pattern", pattern: "solid", fgColor: { argb: fill } };
  if (style.wrap !== undefined || style.horizontal !== undefined || style.vertical !== undefined) {
    const alignment: Partial<ExcelJS.Alignment> = { ...(next.alignment ?? {}) };
    if (style.wrap !== undefined) alignment.wrapText = style.wrap;
    if (style.horizontal !== undefined) alignment.horizontal = style.horizontal;
    if (style.vertical !== undefined) alignment.vertical = style.vertical === "center" ? "middle" : style.vertical;
    next.alignment = alignment;
  }
  if (style.border) {
    const thin: Partial<ExcelJS.Border> = { style: "thin" };
    next.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  return next;
}

/** Every existing cell of `range` (cells never written are not created). */
function forEachExistingCell(worksheet: ExcelJS.Worksheet, range: RangeRef, visit: (cell: ExcelJS.Cell) => void): void {
  const last = Math.min(range.row + range.rowCount, worksheet.rowCount);
  for (let r = range.row + 1; r <= last; r++) {
    const row = worksheet.findRow(r);
    if (!row) continue;
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      if (column > range.column && column <= range.column + range.columnCount) visit(cell);
    });
  }
}

export function styleRange(worksheet: ExcelJS.Worksheet, range: RangeRef, style: CellStyle): void {
  const wholeColumns = range.row === 0 && range.rowCount === MAX_ROWS;
  const wholeRows = range.column === 0 && range.columnCount === MAX_COLUMNS;
  if (wholeColumns || wholeRows) {
    // A million cells would be created one by one: style the columns (or rows) and the cells they hold.
    if (wholeColumns) {
      for (let i = 0; i < range.columnCount; i++) {
        const column = worksheet.getColumn(range.column + i + 1);
        column.style = styledCopy(column.style, style);
      }
    } else {
      for (let i = 0; i < range.rowCount; i++) {
        // Row styles are not in exceljs's typings, but Row keeps and writes them like Column does.
        const row = worksheet.getRow(range.row + i + 1) as ExcelJS.Row & { style: Partial<ExcelJS.Style> };
        row.style = styledCopy(row.style, style);
      }
    }
    forEachExistingCell(worksheet, range, (cell) => {
      cell.style = styledCopy(cell.style, style);
    });
    return;
  }
  for (let r = 0; r < range.rowCount; r++) {
    const row = worksheet.getRow(range.row + r + 1);
    for (let c = 0; c < range.columnCount; c++) {
      const cell = row.getCell(range.column + c + 1);
      cell.style = styledCopy(cell.style, style);
    }
  }
}

/** Values and formats of the range's cells (what Office.js's `range.clear()` removes from cells). */
export function clearCells(worksheet: ExcelJS.Worksheet, range: RangeRef): void {
  forEachExistingCell(worksheet, range, (cell) => {
    cell.value = null;
    cell.style = {};
  });
}
