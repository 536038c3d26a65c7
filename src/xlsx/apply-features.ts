/**
 * The sheet-level parts of a plan: tables, validation lists, conditional formats, column widths, frozen
 * panes, print setup, hyperlinks, activation, and what a `clear` range removes besides cell contents.
 */
import type ExcelJS from "exceljs";
import {
  type CellRef,
  MAX_COLUMNS,
  type RangeRef,
  cellAddress,
  parseRangeAddress,
  quoteSheetName,
  rangeAddress,
  rangeWithin,
  sameTableName,
} from "@tassei/excel-rules";
import type {
  ColumnWidth,
  ConditionalFormatPlan,
  HyperlinkPlan,
  PrintPlan,
  TablePlan,
  ValidationPlan,
} from "../core/workbook/plan";
import { headerFooterCodes, plannedRowBreaks } from "../core/workbook/header-footer";
import { toFileFormula } from "./formula";
import { encodeOoxmlText } from "./ooxml-text";
import { INTERNAL_LINK_MARK } from "./sheet-extras";
import { pointsToColumnWidth, toArgb } from "./units";
import { tableName } from "./validate-plan";

/** Parts of exceljs's Worksheet that its typings leave out. */
interface WorksheetInternals {
  dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> };
  conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
  rowBreaks: Omit<ExcelJS.RowBreak, "min">[];
}

function internals(worksheet: ExcelJS.Worksheet): WorksheetInternals {
  return worksheet as unknown as WorksheetInternals;
}

/** "A1:B2 D4" (an sqref) lies wholly inside `outer`. Unreadable addresses count as outside. */
function sqrefWithin(outer: RangeRef, sqref: string): boolean {
  try {
    return sqref
      .trim()
      .split(/\s+/)
      .every((part) => rangeWithin(outer, parseRangeAddress(part)));
  } catch {
    return false;
  }
}

function tableRange(table: unknown): string {
  const model = (table as { table?: { tableRef?: string; ref?: string } }).table ?? {};
  return model.tableRef ?? model.ref ?? "";
}

/**
 * What a cleared range owns besides its cells: tables, validations and conditional formats lying wholly
 * inside it (those reaching outside it are the user's and stay).
 */
export function clearRangeFeatures(worksheet: ExcelJS.Worksheet, range: RangeRef): void {
  for (const table of worksheet.getTables()) {
    if (sqrefWithin(range, tableRange(table))) worksheet.removeTable(tableName(table));
  }
  removeValidationsWithin(worksheet, range);
  const sheet = internals(worksheet);
  sheet.conditionalFormattings = sheet.conditionalFormattings.filter((cf) => !sqrefWithin(range, cf.ref));
}

function removeValidationsWithin(worksheet: ExcelJS.Worksheet, range: RangeRef): void {
  const model = internals(worksheet).dataValidations.model;
  for (const key of Object.keys(model)) if (sqrefWithin(range, key)) delete model[key];
}

export function addTable(worksheet: ExcelJS.Worksheet, plan: TablePlan): void {
  const same = worksheet.getTables().find((t) => sameTableName(tableName(t), plan.name));
  if (same) worksheet.removeTable(tableName(same));
  // Excel's tables always have a data row; Office.js adds an empty one under a lone header row too.
  const bodyRows = Math.max(1, plan.range.rowCount - 1);
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = 1; r <= bodyRows; r++) {
    const row = worksheet.getRow(plan.range.row + r + 1);
    const values: ExcelJS.CellValue[] = [];
    for (let c = 0; c < plan.range.columnCount; c++) values.push(row.getCell(plan.range.column + c + 1).value);
    rows.push(values);
  }
  worksheet.addTable({
    name: plan.name,
    displayName: plan.name,
    ref: cellAddress(plan.range),
    headerRow: true,
    totalsRow: false,
    style: {
      theme: (plan.style ?? "TableStyleMedium2") as ExcelJS.TableStyleProperties["theme"],
      showRowStripes: true,
    },
    columns: plan.headers.map((header) => ({ name: encodeOoxmlText(header), filterButton: true })),
    // exceljs writes these back into the body cells: formulas of calculated columns stay formulas.
    rows,
  });
}

export function addValidation(worksheet: ExcelJS.Worksheet, plan: ValidationPlan): void {
  removeValidationsWithin(worksheet, plan.range);
  const list = plan.list.map((item) => item.replace(/"/g, '""')).join(",");
  const validation: ExcelJS.DataValidation = {
    type: "list",
    allowBlank: plan.allowBlank,
    formulae: [`"${list}"`],
    showErrorMessage: true,
    errorStyle: "stop",
  };
  if (plan.errorTitle !== undefined) validation.errorTitle = plan.errorTitle;
  if (plan.errorMessage !== undefined) validation.error = plan.errorMessage;
  // exceljs accepts a range as the key and writes it as one sqref.
  internals(worksheet).dataValidations.model[rangeAddress(plan.range)] = validation;
}

export function addConditionalFormat(worksheet: ExcelJS.Worksheet, plan: ConditionalFormatPlan): void {
  const sheet = internals(worksheet);
  let priority = sheet.conditionalFormattings.reduce(
    (max, cf) => Math.max(max, ...cf.rules.map((rule) => rule.priority ?? 0)),
    0,
  );
  const rules: ExcelJS.ConditionalFormattingRule[] = plan.rules.map((rule) => {
    const style: Partial<ExcelJS.Style> = {};
    const fill = rule.fill === undefined ? null : toArgb(rule.fill);
    const font = rule.fontColor === undefined ? null : toArgb(rule.fontColor);
    // In a conditional format's differential style, a solid fill's colour is its background colour.
    if (fill) style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: fill }, bgColor: { argb: fill } };
    if (font) style.font = { color: { argb: font } };
    priority += 1;
    return { type: "expression", priority, formulae: [toFileFormula(rule.formula)], style };
  });
  worksheet.addConditionalFormatting({ ref: rangeAddress(plan.range), rules });
}

export function setColumnWidth(worksheet: ExcelJS.Worksheet, width: ColumnWidth): void {
  const column = worksheet.getColumn(width.column + 1);
  if (width.points <= 0) {
    column.hidden = true;
  } else {
    column.hidden = false;
    column.width = pointsToColumnWidth(width.points);
  }
}

export function setFreeze(worksheet: ExcelJS.Worksheet, freeze: { rows: number; columns: number }): void {
  // Keep the view's own settings (zoom, gridlines, selection); a page-layout style cannot be frozen.
  const { style: _style, ...current } = (worksheet.views?.[0] ?? {}) as Partial<ExcelJS.WorksheetViewCommon> & {
    style?: unknown;
  };
  if (freeze.rows <= 0 && freeze.columns <= 0) {
    worksheet.views = [{ ...current, state: "normal" }];
    return;
  }
  worksheet.views = [
    {
      ...current,
      state: "frozen",
      xSplit: freeze.columns,
      ySplit: freeze.rows,
      topLeftCell: cellAddress({ row: freeze.rows, column: freeze.columns }),
    },
  ];
}

const PAPER_SIZES = { A4: 9, A3: 8 } as const;

export function setPrint(worksheet: ExcelJS.Worksheet, print: PrintPlan): void {
  const setup: Partial<ExcelJS.PageSetup> = {
    ...worksheet.pageSetup,
    orientation: print.orientation,
    paperSize: PAPER_SIZES[print.paper] as ExcelJS.PaperSize,
    fitToPage: print.fitToWidth,
  };
  if (print.fitToWidth) {
    setup.fitToWidth = 1;
    setup.fitToHeight = 0; // as many pages down as it takes
  }
  if (print.titleRows) setup.printTitlesRow = `${print.titleRows.first + 1}:${print.titleRows.last + 1}`;
  worksheet.pageSetup = setup;
  // The header and footer replace the sheet's, the same on every page (core/workbook/header-footer).
  const codes = headerFooterCodes(print);
  if (codes !== null) {
    const headerFooter: Partial<ExcelJS.HeaderFooter> = { differentFirst: false, differentOddEven: false };
    if (codes.oddHeader !== null) headerFooter.oddHeader = encodeOoxmlText(codes.oddHeader);
    if (codes.oddFooter !== null) headerFooter.oddFooter = encodeOoxmlText(codes.oddFooter);
    worksheet.headerFooter = headerFooter;
  }
  // Exactly the plan's manual row breaks; `id` is the row a page starts at, as Excel writes it (exceljs's
  // own Row.addPageBreak would write a `max` past the last column).
  internals(worksheet).rowBreaks = plannedRowBreaks(print).map((row) => ({ id: row, max: MAX_COLUMNS - 1, man: 1 }));
}

export function internalLinkTarget(sheet: string, cell: CellRef): string {
  return `${quoteSheetName(sheet)}!${cellAddress(cell)}`;
}

export function addHyperlink(worksheet: ExcelJS.Worksheet, link: HyperlinkPlan): void {
  const target =
    link.target.kind === "url"
      ? link.target.url
      : INTERNAL_LINK_MARK + internalLinkTarget(link.target.sheet, link.target.cell);
  const value: ExcelJS.CellHyperlinkValue = { text: encodeOoxmlText(link.text), hyperlink: target };
  if (link.tooltip !== undefined) value.tooltip = link.tooltip;
  worksheet.getCell(link.cell.row + 1, link.cell.column + 1).value = value;
}

export function activate(workbook: ExcelJS.Workbook, worksheet: ExcelJS.Worksheet, select: CellRef): void {
  const index = workbook.worksheets.indexOf(worksheet);
  const view = workbook.views[0];
  workbook.views = [
    {
      x: 0,
      y: 0,
      width: 12000,
      height: 24000,
      firstSheet: 0,
      visibility: "visible",
      ...view,
      activeTab: index,
    },
  ];
  for (const sheet of workbook.worksheets) {
    // A sheet written without <sheetViews> reloads with no views at all (null, not []).
    const views = sheet.views?.length ? sheet.views : [{ state: "normal" as const }];
    // Only one tab may be selected, or Excel opens the workbook with its sheets grouped.
    sheet.views = views.map((v) => ({ ...v, tabSelected: sheet === worksheet }));
  }
  const address = cellAddress(select);
  worksheet.views = worksheet.views.map((v) => ({ ...v, activeCell: address }));
}
