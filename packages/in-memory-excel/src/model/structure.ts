/**
 * Inserting and deleting cells (Range.insert/delete, table rows): cells move, and with them every
 * formula reference, table, merged area, validation and conditional format that points at them.
 */
import { MAX_COLUMNS, MAX_ROWS } from "@tassei/excel-rules";
import { type CellRect, boundingRect, lastColumn, lastRow, rect } from "./address";
import { ErrorCode, excelError } from "./excel-error";
import { type CellShift, shiftFormula } from "./formula-text";
import { shiftRect, straddlesShift } from "./rects";
import { type Cell, SheetModel } from "./sheet";
import type { WorkbookModel } from "./workbook";

function shiftKeyed<T>(map: Map<number, T>, shift: CellShift): void {
  const entries = [...map.entries()];
  map.clear();
  for (const [index, value] of entries) {
    if (index < shift.at) map.set(index, value);
    else if (shift.count > 0) map.set(index + shift.count, value);
    else if (index >= shift.at - shift.count) map.set(index + shift.count, value);
  }
}

function shiftSet(set: Set<number>, shift: CellShift): void {
  const map = new Map([...set].map((i) => [i, true] as const));
  shiftKeyed(map, shift);
  set.clear();
  for (const i of map.keys()) set.add(i);
}

export interface ShiftOptions {
  /** Areas that end right above an insertion and should grow with it (a table's columns). */
  readonly growAtEnd?: (area: CellRect) => boolean;
}

/** Moves cells as Excel's insert/delete does; throws InsertDeleteConflict when a table or merge would split. */
export function shiftCells(wb: WorkbookModel, sheet: SheetModel, shift: CellShift, options: ShiftOptions = {}): void {
  const tables = wb.tables.filter((t) => t.sheet === sheet);
  for (const t of tables) {
    if (straddlesShift(t.range, shift)) {
      throw excelError(ErrorCode.insertDeleteConflict, `the shift would split table ${t.name}`);
    }
  }
  for (const m of sheet.merges) {
    if (straddlesShift(m, shift))
      throw excelError(ErrorCode.insertDeleteConflict, "the shift would split merged cells");
  }
  const before = wb.usedRect(sheet, false);
  const rows = shift.axis === "rows";
  const next = new Map<number, Cell>();
  for (const [key, cell] of sheet.cells) {
    let row = SheetModel.rowOf(key);
    let column = SheetModel.columnOf(key);
    const main = rows ? row : column;
    const cross = rows ? column : row;
    if (cross >= shift.from && cross <= shift.to && main >= shift.at) {
      if (shift.count < 0 && main < shift.at - shift.count) continue;
      const moved = main + shift.count;
      if (moved >= (rows ? MAX_ROWS : MAX_COLUMNS)) continue;
      if (rows) row = moved;
      else column = moved;
    }
    next.set(SheetModel.key(row, column), cell);
  }
  sheet.replaceCells(next);
  const full = shift.from === 0 && shift.to === (rows ? MAX_COLUMNS : MAX_ROWS) - 1;
  if (full && rows) {
    shiftKeyed(sheet.rowStyles, shift);
    shiftKeyed(sheet.rowHeights, shift);
    shiftSet(sheet.hiddenRows, shift);
    // Page breaks move with whole rows; a deleted row's break goes with it.
    shiftKeyed(sheet.rowBreaks, shift);
  } else if (full) {
    shiftKeyed(sheet.columnStyles, shift);
    shiftKeyed(sheet.columnWidths, shift);
    shiftSet(sheet.hiddenColumns, shift);
  }
  const grow = options.growAtEnd ?? (() => false);
  for (const t of tables) {
    const moved = shiftRect(t.range, shift, grow(t.range));
    if (moved) t.range = moved;
    else {
      t.deleted = true;
      wb.tables.splice(wb.tables.indexOf(t), 1);
    }
  }
  sheet.merges = sheet.merges.map((m) => shiftRect(m, shift)).filter((m): m is CellRect => m !== null);
  const shiftAreas = (areas: CellRect[]) =>
    areas.map((a) => shiftRect(a, shift, grow(a))).filter((a): a is CellRect => a !== null);
  for (const v of sheet.validations) v.areas = shiftAreas(v.areas);
  sheet.validations = sheet.validations.filter((v) => v.areas.length > 0);
  for (const cf of sheet.conditionalFormats) cf.areas = shiftAreas(cf.areas);
  sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => cf.areas.length > 0);
  for (const chart of wb.sheets.flatMap((s) => s.charts)) {
    if (chart.sourceSheet === sheet) chart.source = shiftRect(chart.source, shift) ?? chart.source;
  }

  wb.rewriteFormulas((formula, formulaSheet) => shiftFormula(formula, formulaSheet.name, shift));
  for (const n of wb.names.values()) n.formula = shiftFormula(n.formula, sheet.name, shift);
  const after = wb.usedRect(sheet, false);
  const area = before && after ? boundingRect(before, after) : (before ?? after);
  if (area) {
    // Cells that moved out of the old used area must be cleared in the engine as well.
    const reach = rows
      ? rect(
          area.row,
          area.column,
          Math.min(MAX_ROWS - area.row, area.rowCount + Math.abs(shift.count)),
          area.columnCount,
        )
      : rect(
          area.row,
          area.column,
          area.rowCount,
          Math.min(MAX_COLUMNS - area.column, area.columnCount + Math.abs(shift.count)),
        );
    wb.refreshEngine(sheet, reach);
  }
}

/** The shift that Range.insert("Down"/"Right") or Range.delete("Up"/"Left") performs on `area`. */
export function shiftFor(sheet: SheetModel, area: CellRect, direction: "Down" | "Right" | "Up" | "Left"): CellShift {
  const vertical = direction === "Down" || direction === "Up";
  const insert = direction === "Down" || direction === "Right";
  return vertical
    ? {
        sheetName: sheet.name,
        axis: "rows",
        at: area.row,
        count: insert ? area.rowCount : -area.rowCount,
        from: area.column,
        to: lastColumn(area),
      }
    : {
        sheetName: sheet.name,
        axis: "columns",
        at: area.column,
        count: insert ? area.columnCount : -area.columnCount,
        from: area.row,
        to: lastRow(area),
      };
}
