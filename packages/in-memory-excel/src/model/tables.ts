/**
 * Excel table behaviour: creating a table (header names, the generated header row, the blank data
 * row of a header-only table), adding rows (cells below move down, calculated columns extend their
 * formula to the new rows, formats follow), deleting rows, resizing, the totals row and renaming.
 */
import { sameTableName, nameKey } from "@tassei/excel-rules";
import { type CellRect, intersect, isInsideSheet, lastColumn, lastRow, rect } from "./address";
import { ErrorCode, excelError } from "./excel-error";
import { translateFormula } from "./formula-text";
import { type RangeRef, assertSheetUnprotected, writeEntries } from "./range-ops";
import { SheetModel } from "./sheet";
import { shiftCells } from "./structure";
import { refreshHeaderNames } from "./table-headers";
import { TableModel } from "./table-model";
import type { WorkbookModel } from "./workbook";

const NAME_PATTERN = /^[\p{L}_\\][\p{L}\p{N}_.]*$/u;
const CELL_LIKE = /^([A-Za-z]{1,3}[0-9]+|[Rr][0-9]*[Cc][0-9]*|[RrCc])$/;

/** Excel's rules for table and defined names: a word, not a cell reference, unique across both. */
export function validateTableOrName(wb: WorkbookModel, name: string, except?: object): void {
  if (typeof name !== "string" || name.length === 0 || name.length > 255 || !NAME_PATTERN.test(name)) {
    throw excelError(ErrorCode.invalidArgument, `"${String(name)}" is not a valid name`);
  }
  if (CELL_LIKE.test(name)) throw excelError(ErrorCode.invalidArgument, `"${name}" looks like a cell reference`);
  const key = nameKey(name);
  const table = wb.tables.find((t) => nameKey(t.name) === key);
  const defined = wb.names.get(key);
  if ((table && table !== except) || (defined && defined !== except)) {
    throw excelError(ErrorCode.itemAlreadyExists, `the name "${name}" is already used`);
  }
}

export function findTable(wb: WorkbookModel, key: string): TableModel | undefined {
  return wb.tables.find((t) => sameTableName(t.name, key) || String(t.id) === key);
}

function rowIsEmpty(sheet: SheetModel, row: number, from: number, to: number): boolean {
  for (let c = from; c <= to; c++) if (sheet.cell(row, c)?.content !== undefined) return false;
  return true;
}

function assertNoTableOverlap(wb: WorkbookModel, sheet: SheetModel, area: CellRect, except?: TableModel): void {
  for (const t of wb.tables) {
    if (t !== except && t.sheet === sheet && intersect(t.range, area)) {
      throw excelError(ErrorCode.invalidOperation, `the range overlaps table ${t.name}`);
    }
  }
  if (sheet.merges.some((m) => intersect(m, area))) {
    throw excelError(ErrorCode.mergedRangeConflict, "a table cannot contain merged cells");
  }
}

export function addTable(wb: WorkbookModel, ref: RangeRef, hasHeaders: boolean): TableModel {
  const { sheet } = ref;
  let area = ref.rect;
  assertSheetUnprotected(sheet, "add a table");
  assertNoTableOverlap(wb, sheet, area);
  const from = area.column;
  const to = lastColumn(area);
  if (!hasHeaders) {
    // Excel generates a header row and moves the data down by one row.
    shiftCells(wb, sheet, { sheetName: sheet.name, axis: "rows", at: area.row, count: 1, from, to });
    area = rect(area.row, area.column, area.rowCount + 1, area.columnCount);
  } else if (area.rowCount === 1) {
    // A table always has a data row: a header-only table gets a blank one.
    const below = area.row + 1;
    if (!rowIsEmpty(sheet, below, from, to)) {
      shiftCells(wb, sheet, { sheetName: sheet.name, axis: "rows", at: below, count: 1, from, to });
    }
    area = rect(area.row, area.column, 2, area.columnCount);
  }
  if (!isInsideSheet(area)) throw excelError(ErrorCode.invalidArgument, "the table does not fit on the sheet");
  let n = wb.tables.length + 1;
  while (findTable(wb, `${wb.options.defaults.tableNamePrefix}${n}`)) n++;
  const table = new TableModel(wb.newTableId(), `${wb.options.defaults.tableNamePrefix}${n}`, sheet, area);
  wb.tables.push(table);
  if (!hasHeaders) {
    for (let c = from; c <= to; c++) sheet.setContent(area.row, c, undefined);
  }
  refreshHeaderNames(wb, table);
  return table;
}

export function renameTable(wb: WorkbookModel, table: TableModel, name: string): void {
  if (table.name === name) return;
  validateTableOrName(wb, name, table);
  table.name = name;
}

/**
 * A column's formula when every data cell holds the same formula relative to its row — Excel's
 * "calculated column" — as the formula of the first data row; undefined otherwise.
 */
export function calculatedFormula(table: TableModel, columnIndex: number): string | undefined {
  const data = table.dataRect();
  const column = data.column + columnIndex;
  let first: string | undefined;
  for (let r = data.row; r <= lastRow(data); r++) {
    const content = table.sheet.cell(r, column)?.content;
    if (content?.kind !== "formula") return undefined;
    const atFirstRow = translateFormula(content.formula, data.row - r, 0);
    if (first === undefined) first = atFirstRow;
    else if (atFirstRow !== first) return undefined;
  }
  return first;
}

function copyRowStyles(sheet: SheetModel, fromRow: number, toRow: number, first: number, last: number): void {
  for (let c = first; c <= last; c++) {
    const style = sheet.cell(fromRow, c)?.style;
    if (style) sheet.ensureCell(toRow, c).style = { ...style };
  }
}

function rowCountOf(values: unknown): number {
  if (values === undefined || values === null) return 1;
  if (!Array.isArray(values)) return 1;
  if (values.length === 0) throw excelError(ErrorCode.invalidArgument, "rows.add needs at least one row of values");
  return values.length;
}

/** TableRowCollection.add: returns the index of the first new data row. */
export function addTableRows(
  wb: WorkbookModel,
  table: TableModel,
  index: number | null | undefined,
  values: unknown,
  alwaysInsert: boolean | undefined,
): number {
  const sheet = table.sheet;
  assertSheetUnprotected(sheet, "add table rows");
  const count = rowCountOf(values);
  const width = table.range.columnCount;
  if (Array.isArray(values) && !values.every((line) => Array.isArray(line) && line.length === width)) {
    throw excelError(ErrorCode.invalidArgument, `rows.add values must be ${width} columns wide`);
  }
  const data = table.dataRect();
  const existing = data.rowCount;
  const at = index === null || index === undefined || index === -1 ? existing : index;
  if (!Number.isInteger(at) || at < 0 || at > existing) {
    throw excelError(ErrorCode.invalidArgument, `row index ${String(index)} is outside 0–${existing}`);
  }
  const formulas = Array.from({ length: width }, (_, j) => calculatedFormula(table, j));
  const insertRow = data.row + at;
  const first = table.range.column;
  const last = lastColumn(table.range);
  if (alwaysInsert === false && at === existing && !table.showTotals) {
    const added = rect(insertRow, first, count, width);
    assertNoTableOverlap(wb, sheet, added, table);
    table.range = rect(table.range.row, first, table.range.rowCount + count, width);
  } else {
    const endsAbove = (a: CellRect) =>
      lastRow(a) === insertRow - 1 && a.column >= first && lastColumn(a) <= last && a.row >= data.row - 1;
    shiftCells(
      wb,
      sheet,
      { sheetName: sheet.name, axis: "rows", at: insertRow, count, from: first, to: last },
      { growAtEnd: endsAbove },
    );
  }
  const styleSource = at > 0 ? insertRow - 1 : insertRow + count;
  for (let k = 0; k < count; k++) {
    const row = insertRow + k;
    copyRowStyles(sheet, styleSource, row, first, last);
    formulas.forEach((formula, j) => {
      if (formula !== undefined) {
        sheet.setContent(row, first + j, { kind: "formula", formula: translateFormula(formula, row - data.row, 0) });
      }
    });
  }
  wb.cellsChanged(sheet, rect(insertRow, first, count, width));
  if (values !== undefined && values !== null) {
    const block = Array.isArray(values) ? values : [Array.from({ length: width }, () => values)];
    writeEntries(wb, { sheet, rect: rect(insertRow, first, count, width) }, block, "rows.add");
  }
  return at;
}

/** Deletes data rows [index, index + count); a table keeps one (blank) data row. */
export function deleteTableRows(wb: WorkbookModel, table: TableModel, index: number, count: number): void {
  const sheet = table.sheet;
  assertSheetUnprotected(sheet, "delete table rows");
  const data = table.dataRect();
  if (!Number.isInteger(index) || !Number.isInteger(count) || count < 1 || index < 0 || index + count > data.rowCount) {
    throw excelError(ErrorCode.invalidArgument, `rows ${index}–${index + count - 1} are not rows of ${table.name}`);
  }
  let from = index;
  let n = count;
  if (n === data.rowCount) {
    for (let c = data.column; c <= lastColumn(data); c++) sheet.setContent(data.row, c, undefined);
    wb.cellsChanged(sheet, rect(data.row, data.column, 1, data.columnCount));
    from = 1;
    n -= 1;
  }
  if (n === 0) return;
  shiftCells(wb, sheet, {
    sheetName: sheet.name,
    axis: "rows",
    at: data.row + from,
    count: -n,
    from: table.range.column,
    to: lastColumn(table.range),
  });
}

/** Table.resize: the header stays in its row and the new range must overlap the old one. */
export function resizeTable(wb: WorkbookModel, table: TableModel, area: CellRect): void {
  assertSheetUnprotected(table.sheet, "resize a table");
  if (area.row !== table.range.row || !intersect(area, table.range) || area.rowCount < 2) {
    throw excelError(ErrorCode.invalidArgument, "the header must stay in its row and the ranges must overlap");
  }
  assertNoTableOverlap(wb, table.sheet, area, table);
  const shiftLeft = area.column - table.range.column;
  if (shiftLeft > 0) table.columns = table.columns.slice(shiftLeft);
  else if (shiftLeft < 0) table.columns = [];
  table.columns = table.columns.slice(0, area.columnCount);
  table.range = area;
  refreshHeaderNames(wb, table);
}

export function setShowTotals(wb: WorkbookModel, table: TableModel, show: boolean): void {
  if (table.showTotals === show) return;
  const sheet = table.sheet;
  assertSheetUnprotected(sheet, "change the totals row");
  const first = table.range.column;
  const last = lastColumn(table.range);
  if (show) {
    const row = lastRow(table.range) + 1;
    if (!rowIsEmpty(sheet, row, first, last)) {
      shiftCells(wb, sheet, { sheetName: sheet.name, axis: "rows", at: row, count: 1, from: first, to: last });
    }
    table.range = rect(table.range.row, first, table.range.rowCount + 1, table.range.columnCount);
    table.showTotals = true;
    sheet.setContent(row, first, { kind: "value", value: wb.options.defaults.totalsLabel });
    wb.cellsChanged(sheet, rect(row, first, 1, table.range.columnCount));
  } else {
    const row = lastRow(table.range);
    for (let c = first; c <= last; c++) sheet.setContent(row, c, undefined);
    table.showTotals = false;
    table.range = rect(table.range.row, first, table.range.rowCount - 1, table.range.columnCount);
    wb.cellsChanged(sheet, rect(row, first, 1, table.range.columnCount));
  }
}

export function removeTable(wb: WorkbookModel, table: TableModel, clearCells: boolean): void {
  assertSheetUnprotected(table.sheet, "delete a table");
  if (clearCells) {
    for (let r = table.range.row; r <= lastRow(table.range); r++) {
      for (let c = table.range.column; c <= lastColumn(table.range); c++) {
        table.sheet.setContent(r, c, undefined);
        const cell = table.sheet.cell(r, c);
        if (cell) {
          delete cell.style;
          table.sheet.dropIfEmpty(SheetModel.key(r, c), cell);
        }
      }
    }
    wb.cellsChanged(table.sheet, table.range);
  }
  table.deleted = true;
  wb.tables.splice(wb.tables.indexOf(table), 1);
}

/** TableColumnCollection.add: cells right of the insertion point move right within the table's rows. */
export function addTableColumn(
  wb: WorkbookModel,
  table: TableModel,
  index: number | null | undefined,
  values: unknown,
  name: string | undefined,
): number {
  const sheet = table.sheet;
  assertSheetUnprotected(sheet, "add a table column");
  const width = table.range.columnCount;
  const at = index === null || index === undefined ? width : index;
  if (!Number.isInteger(at) || at < 0 || at > width) throw excelError(ErrorCode.invalidArgument, `column index ${at}`);
  if (values !== undefined && values !== null) {
    if (!Array.isArray(values) || values.length !== table.range.rowCount) {
      throw excelError(ErrorCode.invalidArgument, `column values must have ${table.range.rowCount} rows`);
    }
  }
  const column = table.range.column + at;
  const endsLeft = (a: CellRect) =>
    lastColumn(a) === column - 1 && a.row >= table.range.row && lastRow(a) <= lastRow(table.range);
  shiftCells(
    wb,
    sheet,
    { sheetName: sheet.name, axis: "columns", at: column, count: 1, from: table.range.row, to: lastRow(table.range) },
    { growAtEnd: endsLeft },
  );
  table.columns.splice(at, 0, { id: table.nextColumnId++, name: "" });
  if (values !== undefined && values !== null) {
    writeEntries(wb, { sheet, rect: rect(table.range.row, column, table.range.rowCount, 1) }, values, "columns.add");
  }
  const header = table.headerRect();
  if (name !== undefined && header) sheet.setContent(header.row, column, { kind: "value", value: name });
  refreshHeaderNames(wb, table);
  return at;
}

export function deleteTableColumn(wb: WorkbookModel, table: TableModel, index: number): void {
  assertSheetUnprotected(table.sheet, "delete a table column");
  if (table.range.columnCount === 1) {
    removeTable(wb, table, true);
    return;
  }
  table.columns.splice(index, 1);
  shiftCells(wb, table.sheet, {
    sheetName: table.sheet.name,
    axis: "columns",
    at: table.range.column + index,
    count: -1,
    from: table.range.row,
    to: lastRow(table.range),
  });
  refreshHeaderNames(wb, table);
}
