/**
 * What Excel does when Office.js reads or writes a range: typed-entry conversion of written values,
 * shape checks, protection, number formats, formatting (layered for whole rows and columns), clear,
 * merge, hyperlinks and the used range. Every function works on plain model data.
 */
import { MAX_COLUMNS, MAX_ROWS } from "@tassei/excel-rules";
import {
  type CellRect,
  cellCount,
  containsCell,
  intersect,
  isEntireColumns,
  isEntireRows,
  lastColumn,
  lastRow,
  rect,
  rectAddress,
} from "./address";
import { ErrorCode, excelError } from "./excel-error";
import type { DisplayValue } from "./number-format";
import { subtractRect } from "./rects";
import { type CellContent, type Hyperlink, SheetModel } from "./sheet";
import { type EffectiveStyle, type StyleProps, overlay } from "./style";
import { refreshHeadersTouching } from "./table-headers";
import { type TypedEntry, parseWrittenValue } from "./typed-entry";
import { type WorkbookModel, toApiValue } from "./workbook";

export interface RangeRef {
  readonly sheet: SheetModel;
  readonly rect: CellRect;
}

/** Excel reads at most five million cells in one request. */
export const MAX_READ_CELLS = 5_000_000;

export function assertAlive(ref: RangeRef): void {
  if (ref.sheet.deleted) throw excelError(ErrorCode.itemNotFound, "the worksheet was deleted");
}

function assertReadable(ref: RangeRef): void {
  assertAlive(ref);
  if (cellCount(ref.rect) > MAX_READ_CELLS) {
    throw excelError(ErrorCode.rangeExceedsLimit, `${rectAddress(ref.rect)} has more than ${MAX_READ_CELLS} cells`);
  }
}

/** Visits the distinct effective styles in an area without visiting every empty cell of big areas. */
export function forEachStyle(wb: WorkbookModel, ref: RangeRef, visit: (style: EffectiveStyle) => boolean): void {
  const { sheet, rect: area } = ref;
  if (cellCount(area) <= 4096) {
    for (let r = area.row; r <= lastRow(area); r++) {
      for (let c = area.column; c <= lastColumn(area); c++) if (!visit(wb.styleAt(sheet, r, c))) return;
    }
    return;
  }
  for (const [key, cell] of sheet.cells) {
    if (!cell.style) continue;
    const r = SheetModel.rowOf(key);
    const c = SheetModel.columnOf(key);
    if (containsCell(area, r, c) && !visit(wb.styleAt(sheet, r, c))) return;
  }
  const rows = [...sheet.rowStyles.keys()].filter((r) => r >= area.row && r <= lastRow(area));
  const columns = [...sheet.columnStyles.keys()].filter((c) => c >= area.column && c <= lastColumn(area));
  const rowChoices: Array<number | undefined> = rows.length < area.rowCount ? [...rows, undefined] : rows;
  const columnChoices: Array<number | undefined> =
    columns.length < area.columnCount ? [...columns, undefined] : columns;
  const base = overlay(wb.defaultStyle, sheet.sheetStyle);
  for (const r of rowChoices) {
    for (const c of columnChoices) {
      let style = base;
      if (c !== undefined) style = overlay(style, sheet.columnStyles.get(c));
      if (r !== undefined) style = overlay(style, sheet.rowStyles.get(r));
      if (!visit(style)) return;
    }
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** One formatting property over an area: its value when every cell agrees, else null (as Office.js). */
export function readStyle<T>(wb: WorkbookModel, ref: RangeRef, pick: (s: EffectiveStyle) => T): T | null {
  assertAlive(ref);
  let first = true;
  let value: T | null = null;
  forEachStyle(wb, ref, (style) => {
    const v = pick(style);
    if (first) {
      value = v;
      first = false;
      return true;
    }
    if (!sameValue(v, value)) {
      value = null;
      return false;
    }
    return true;
  });
  return value;
}

function anyLocked(wb: WorkbookModel, ref: RangeRef): boolean {
  let locked = false;
  forEachStyle(wb, ref, (style) => {
    locked = locked || style.locked;
    return !locked;
  });
  return locked;
}

/** Excel refuses to change locked cells of a protected sheet (AccessDenied). */
export function assertContentEditable(wb: WorkbookModel, ref: RangeRef): void {
  assertAlive(ref);
  if (ref.sheet.protection.protected && anyLocked(wb, ref)) {
    throw excelError(ErrorCode.accessDenied, `${rectAddress(ref.rect)} is on a protected sheet`);
  }
}

export function assertFormatEditable(wb: WorkbookModel, ref: RangeRef): void {
  assertAlive(ref);
  const p = ref.sheet.protection;
  if (p.protected && !p.options.allowFormatCells && anyLocked(wb, ref)) {
    throw excelError(ErrorCode.accessDenied, `${rectAddress(ref.rect)} is on a protected sheet`);
  }
}

export function assertSheetUnprotected(sheet: SheetModel, what: string): void {
  if (sheet.deleted) throw excelError(ErrorCode.itemNotFound, "the worksheet was deleted");
  if (sheet.protection.protected) throw excelError(ErrorCode.accessDenied, `${what} on a protected sheet`);
}

/**
 * The cell-by-cell input of a write: a 2-D array the size of the range, or one value for every cell.
 * A mismatched array is InvalidArgument, as in Excel.
 */
function inputAt(input: unknown, area: CellRect, what: string): (r: number, c: number) => unknown {
  if (!Array.isArray(input)) {
    if (input === null || input === undefined)
      throw excelError(ErrorCode.invalidArgument, `${what} cannot be ${input}`);
    return () => input;
  }
  const rows = input as unknown[];
  if (rows.length !== area.rowCount || !rows.every((line) => Array.isArray(line) && line.length === area.columnCount)) {
    const width = Array.isArray(rows[0]) ? (rows[0] as unknown[]).length : "?";
    throw excelError(
      ErrorCode.invalidArgument,
      `${what}: a ${rows.length}×${width} array does not fit ${rectAddress(area)} (${area.rowCount}×${area.columnCount})`,
    );
  }
  return (r, c) => (rows[r] as unknown[])[c];
}

function contentOf(entry: TypedEntry): CellContent | undefined {
  switch (entry.kind) {
    case "empty":
    case "invalid":
      return undefined;
    case "text":
      return entry.apostrophe
        ? { kind: "value", value: entry.text, apostrophe: true }
        : { kind: "value", value: entry.text };
    case "number":
    case "boolean":
      return { kind: "value", value: entry.value };
    case "error":
      return { kind: "error", value: entry.value };
    case "formula":
      return { kind: "formula", formula: entry.formula };
  }
}

/** `Range.values = …` and `Range.formulas = …`: Excel's typed entry, cell by cell. */
export function writeEntries(wb: WorkbookModel, ref: RangeRef, input: unknown, what: string): void {
  const { sheet, rect: area } = ref;
  const at = inputAt(input, area, what);
  assertContentEditable(wb, ref);
  const today = wb.options.today();
  // Excel checks the whole input before changing anything.
  const entries: Array<{ r: number; c: number; entry: TypedEntry }> = [];
  const broadcast = !Array.isArray(input);
  if (broadcast && cellCount(area) > 65536) {
    const entry = parseWrittenValue(input, { numberFormat: "General", today });
    if (entry?.kind === "empty") {
      clearContents(wb, ref);
      return;
    }
  }
  for (let r = 0; r < area.rowCount; r++) {
    for (let c = 0; c < area.columnCount; c++) {
      const row = area.row + r;
      const column = area.column + c;
      const numberFormat = wb.styleAt(sheet, row, column).numberFormat;
      const entry = parseWrittenValue(at(r, c), { numberFormat, today });
      if (entry === null) continue;
      if (entry.kind === "invalid") {
        throw excelError(ErrorCode.invalidArgument, `${what} at ${rectAddress(rect(row, column))}: ${entry.reason}`);
      }
      entries.push({ r: row, c: column, entry });
    }
  }
  for (const { r, c, entry } of entries) {
    sheet.setContent(r, c, contentOf(entry));
    if (entry.kind === "number" && entry.numberFormat !== undefined) {
      if (wb.styleAt(sheet, r, c).numberFormat === "General") {
        const cell = sheet.ensureCell(r, c);
        cell.style = overlay(cell.style ?? {}, { numberFormat: entry.numberFormat });
      }
    }
  }
  afterContentChange(wb, ref);
}

function afterContentChange(wb: WorkbookModel, ref: RangeRef): void {
  wb.cellsChanged(ref.sheet, ref.rect);
  refreshHeadersTouching(wb, ref.sheet, ref.rect);
}

export function clearContents(wb: WorkbookModel, ref: RangeRef): void {
  const { sheet, rect: area } = ref;
  for (const [key, cell] of [...sheet.cells]) {
    if (cell.content !== undefined && containsCell(area, SheetModel.rowOf(key), SheetModel.columnOf(key))) {
      sheet.setContent(SheetModel.rowOf(key), SheetModel.columnOf(key), undefined);
    }
  }
  afterContentChange(wb, ref);
}

/** `Range.numberFormat = …`: per cell, null leaves a cell alone, "" resets it to General. */
export function writeNumberFormats(wb: WorkbookModel, ref: RangeRef, input: unknown): void {
  const at = inputAt(input, ref.rect, "numberFormat");
  assertFormatEditable(wb, ref);
  if (!Array.isArray(input)) {
    if (typeof input !== "string") throw excelError(ErrorCode.invalidArgument, "numberFormat must be text");
    applyStyle(wb, ref, { numberFormat: input === "" ? "General" : input });
    return;
  }
  const area = ref.rect;
  for (let r = 0; r < area.rowCount; r++) {
    for (let c = 0; c < area.columnCount; c++) {
      const value = at(r, c);
      if (value === null) continue;
      if (typeof value !== "string") throw excelError(ErrorCode.invalidArgument, "numberFormat must be text");
      const cell = ref.sheet.ensureCell(area.row + r, area.column + c);
      cell.style = overlay(cell.style ?? {}, { numberFormat: value === "" ? "General" : value });
    }
  }
}

function patchCellsIn(sheet: SheetModel, area: CellRect, patch: StyleProps): void {
  for (const [key, cell] of sheet.cells) {
    if (cell.style && containsCell(area, SheetModel.rowOf(key), SheetModel.columnOf(key))) {
      cell.style = overlay(cell.style, patch);
    }
  }
}

/** Applies formatting to an area; whole rows and columns are formatted as rows and columns. */
export function applyStyle(wb: WorkbookModel, ref: RangeRef, patch: StyleProps): void {
  assertAlive(ref);
  const { sheet, rect: area } = ref;
  const wholeRows = isEntireRows(area);
  const wholeColumns = isEntireColumns(area);
  if (wholeRows && wholeColumns) {
    sheet.sheetStyle = overlay(sheet.sheetStyle ?? {}, patch);
    for (const [r, s] of sheet.rowStyles) sheet.rowStyles.set(r, overlay(s, patch));
    for (const [c, s] of sheet.columnStyles) sheet.columnStyles.set(c, overlay(s, patch));
    patchCellsIn(sheet, area, patch);
    return;
  }
  if (wholeRows) {
    for (let r = area.row; r <= lastRow(area); r++)
      sheet.rowStyles.set(r, overlay(sheet.rowStyles.get(r) ?? {}, patch));
    patchCellsIn(sheet, area, patch);
    return;
  }
  if (wholeColumns) {
    for (let c = area.column; c <= lastColumn(area); c++) {
      sheet.columnStyles.set(c, overlay(sheet.columnStyles.get(c) ?? {}, patch));
    }
    patchCellsIn(sheet, area, patch);
    // A row's own format would hide the new column format: Excel writes it into those cells.
    for (const r of sheet.rowStyles.keys()) {
      for (let c = area.column; c <= lastColumn(area); c++) {
        const cell = sheet.ensureCell(r, c);
        cell.style = overlay(cell.style ?? {}, patch);
      }
    }
    return;
  }
  for (let r = area.row; r <= lastRow(area); r++) {
    for (let c = area.column; c <= lastColumn(area); c++) {
      const cell = sheet.ensureCell(r, c);
      cell.style = overlay(cell.style ?? {}, patch);
    }
  }
}

export type EdgeOrInside =
  | "EdgeTop"
  | "EdgeBottom"
  | "EdgeLeft"
  | "EdgeRight"
  | "InsideHorizontal"
  | "InsideVertical"
  | "DiagonalDown"
  | "DiagonalUp";

/** The cells and cell side that carry one border of a range. */
export function borderCells(
  area: CellRect,
  side: EdgeOrInside,
): Array<{ area: CellRect; side: "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" }> {
  switch (side) {
    case "EdgeTop":
      return [{ area: rect(area.row, area.column, 1, area.columnCount), side: "EdgeTop" }];
    case "EdgeBottom":
      return [{ area: rect(lastRow(area), area.column, 1, area.columnCount), side: "EdgeBottom" }];
    case "EdgeLeft":
      return [{ area: rect(area.row, area.column, area.rowCount, 1), side: "EdgeLeft" }];
    case "EdgeRight":
      return [{ area: rect(area.row, lastColumn(area), area.rowCount, 1), side: "EdgeRight" }];
    case "InsideHorizontal":
      return area.rowCount < 2
        ? []
        : [{ area: rect(area.row + 1, area.column, area.rowCount - 1, area.columnCount), side: "EdgeTop" }];
    case "InsideVertical":
      return area.columnCount < 2
        ? []
        : [{ area: rect(area.row, area.column + 1, area.rowCount, area.columnCount - 1), side: "EdgeLeft" }];
    default:
      return [];
  }
}

export function readValues(wb: WorkbookModel, ref: RangeRef): Array<Array<number | string | boolean>> {
  return readMatrix(ref, (r, c) => toApiValue(wb.valueAt(ref.sheet, r, c)));
}

export function readFormulas(wb: WorkbookModel, ref: RangeRef): Array<Array<number | string | boolean>> {
  return readMatrix(ref, (r, c) => wb.formulaAt(ref.sheet, r, c));
}

export function readTexts(wb: WorkbookModel, ref: RangeRef): string[][] {
  return readMatrix(ref, (r, c) => wb.textAt(ref.sheet, r, c));
}

export function readNumberFormats(wb: WorkbookModel, ref: RangeRef): string[][] {
  return readMatrix(ref, (r, c) => wb.styleAt(ref.sheet, r, c).numberFormat);
}

export function valueType(value: DisplayValue): "Empty" | "String" | "Double" | "Boolean" | "Error" {
  if (value === null) return "Empty";
  if (typeof value === "number") return "Double";
  if (typeof value === "boolean") return "Boolean";
  if (typeof value === "string") return "String";
  return "Error";
}

export function readValueTypes(wb: WorkbookModel, ref: RangeRef): string[][] {
  return readMatrix(ref, (r, c) => valueType(wb.valueAt(ref.sheet, r, c)));
}

function readMatrix<T>(ref: RangeRef, at: (row: number, column: number) => T): T[][] {
  assertReadable(ref);
  const out: T[][] = [];
  const area = ref.rect;
  for (let r = area.row; r <= lastRow(area); r++) {
    const line: T[] = [];
    for (let c = area.column; c <= lastColumn(area); c++) line.push(at(r, c));
    out.push(line);
  }
  return out;
}

export function columnWidthOf(wb: WorkbookModel, sheet: SheetModel, column: number): number {
  return sheet.columnWidths.get(column) ?? wb.options.defaults.columnWidth;
}

export function rowHeightOf(wb: WorkbookModel, sheet: SheetModel, row: number): number {
  return sheet.rowHeights.get(row) ?? wb.options.defaults.rowHeight;
}

function uniform(values: Iterable<number>): number | null {
  let first: number | undefined;
  for (const v of values) {
    if (first === undefined) first = v;
    else if (v !== first) return null;
  }
  return first ?? null;
}

export function readColumnWidth(wb: WorkbookModel, ref: RangeRef): number | null {
  assertAlive(ref);
  const { sheet, rect: area } = ref;
  const widths = [...sheet.columnWidths.entries()].filter(([c]) => c >= area.column && c <= lastColumn(area));
  const values = widths.map(([, w]) => w);
  if (widths.length < area.columnCount) values.push(wb.options.defaults.columnWidth);
  return uniform(values);
}

export function readRowHeight(wb: WorkbookModel, ref: RangeRef): number | null {
  assertAlive(ref);
  const { sheet, rect: area } = ref;
  const heights = [...sheet.rowHeights.entries()].filter(([r]) => r >= area.row && r <= lastRow(area));
  const values = heights.map(([, h]) => h);
  if (heights.length < area.rowCount) values.push(wb.options.defaults.rowHeight);
  return uniform(values);
}

export function writeColumnWidth(ref: RangeRef, width: unknown): void {
  assertAlive(ref);
  if (typeof width !== "number" || !Number.isFinite(width) || width < 0) {
    throw excelError(ErrorCode.invalidArgument, `columnWidth ${String(width)}`);
  }
  const p = ref.sheet.protection;
  if (p.protected && !p.options.allowFormatColumns) throw excelError(ErrorCode.accessDenied, "protected sheet");
  for (let c = ref.rect.column; c <= lastColumn(ref.rect); c++) ref.sheet.columnWidths.set(c, width);
}

export function writeRowHeight(ref: RangeRef, height: unknown): void {
  assertAlive(ref);
  if (typeof height !== "number" || !Number.isFinite(height) || height < 0 || height > 409) {
    throw excelError(ErrorCode.invalidArgument, `rowHeight ${String(height)}`);
  }
  const p = ref.sheet.protection;
  if (p.protected && !p.options.allowFormatRows) throw excelError(ErrorCode.accessDenied, "protected sheet");
  for (let r = ref.rect.row; r <= lastRow(ref.rect); r++) ref.sheet.rowHeights.set(r, height);
}

/** Rough text width in points: full-width characters take a font size, others about half. */
function textWidth(text: string, fontSize: number): number {
  let w = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    w += code <= 0xff || (code >= 0xff61 && code <= 0xff9f) ? fontSize * 0.55 : fontSize;
  }
  return w;
}

export function autofitColumns(wb: WorkbookModel, ref: RangeRef): void {
  assertAlive(ref);
  const { sheet, rect: area } = ref;
  const widest = new Map<number, number>();
  for (const [key, cell] of sheet.cells) {
    const r = SheetModel.rowOf(key);
    const c = SheetModel.columnOf(key);
    if (cell.content === undefined || !containsCell(area, r, c)) continue;
    const style = wb.styleAt(sheet, r, c);
    const w = textWidth(wb.textAt(sheet, r, c), style.fontSize) + 5.25;
    widest.set(c, Math.max(widest.get(c) ?? 0, w));
  }
  for (let c = area.column; c <= lastColumn(area) && c < MAX_COLUMNS; c++) {
    const w = widest.get(c);
    if (w === undefined) sheet.columnWidths.delete(c);
    else sheet.columnWidths.set(c, Math.round(w * 4) / 4);
  }
}

export function autofitRows(wb: WorkbookModel, ref: RangeRef): void {
  assertAlive(ref);
  const { sheet, rect: area } = ref;
  const tallest = new Map<number, number>();
  for (const [key, cell] of sheet.cells) {
    const r = SheetModel.rowOf(key);
    const c = SheetModel.columnOf(key);
    if (cell.content === undefined || !containsCell(area, r, c)) continue;
    const style = wb.styleAt(sheet, r, c);
    let lines = 1;
    if (style.wrapText) {
      const width = columnWidthOf(wb, sheet, c);
      lines = Math.max(1, Math.ceil(textWidth(wb.textAt(sheet, r, c), style.fontSize) / Math.max(1, width - 5)));
    }
    tallest.set(r, Math.max(tallest.get(r) ?? 0, lines * style.fontSize * 1.7));
  }
  for (let r = area.row; r <= lastRow(area) && r < MAX_ROWS; r++) {
    const h = tallest.get(r);
    if (h === undefined || h <= wb.options.defaults.rowHeight) sheet.rowHeights.delete(r);
    else sheet.rowHeights.set(r, Math.round(h * 4) / 4);
  }
}

export const HYPERLINK_STYLE: StyleProps = { fontColor: "#0563C1", underline: "Single" };

export function writeHyperlink(wb: WorkbookModel, ref: RangeRef, link: unknown): void {
  if (link === null || typeof link !== "object")
    throw excelError(ErrorCode.invalidArgument, "hyperlink must be an object");
  const h = link as Hyperlink;
  const hasTarget = (h.address ?? "") !== "" || (h.documentReference ?? "") !== "";
  assertContentEditable(wb, ref);
  const { sheet, rect: area } = ref;
  for (let r = area.row; r <= lastRow(area); r++) {
    for (let c = area.column; c <= lastColumn(area); c++) {
      const cell = sheet.ensureCell(r, c);
      if (!hasTarget) {
        delete cell.hyperlink;
        continue;
      }
      cell.hyperlink = { ...h };
      if (h.textToDisplay !== undefined) sheet.setContent(r, c, { kind: "value", value: h.textToDisplay });
      else if (cell.content === undefined) {
        sheet.setContent(r, c, { kind: "value", value: h.address ?? h.documentReference ?? "" });
      }
      const own = cell.style ?? {};
      cell.style = overlay(own, {
        ...(own.fontColor === undefined ? { fontColor: HYPERLINK_STYLE.fontColor } : {}),
        ...(own.underline === undefined ? { underline: HYPERLINK_STYLE.underline } : {}),
      });
    }
  }
  afterContentChange(wb, ref);
}

export function readHyperlink(ref: RangeRef): Hyperlink {
  assertAlive(ref);
  return { ...(ref.sheet.cell(ref.rect.row, ref.rect.column)?.hyperlink ?? {}) };
}

export type ClearTarget = "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks" | "ResetContents";

export function clearRange(wb: WorkbookModel, ref: RangeRef, applyTo: ClearTarget): void {
  const { sheet, rect: area } = ref;
  const contents = applyTo === "All" || applyTo === "Contents" || applyTo === "ResetContents";
  const formats = applyTo === "All" || applyTo === "Formats";
  const links = applyTo === "All" || applyTo === "Hyperlinks" || applyTo === "RemoveHyperlinks";
  if (contents || links) assertContentEditable(wb, ref);
  if (formats) assertFormatEditable(wb, ref);
  for (const [key, cell] of [...sheet.cells]) {
    const r = SheetModel.rowOf(key);
    const c = SheetModel.columnOf(key);
    if (!containsCell(area, r, c)) continue;
    if (contents) {
      delete cell.content;
      sheet.formulaKeys.delete(key);
    }
    if (formats) delete cell.style;
    if (links && cell.hyperlink) {
      delete cell.hyperlink;
      if (applyTo === "RemoveHyperlinks" && cell.style) {
        const rest = { ...cell.style };
        delete (rest as { fontColor?: string }).fontColor;
        delete (rest as { underline?: string }).underline;
        cell.style = Object.keys(rest).length > 0 ? rest : undefined;
        if (cell.style === undefined) delete cell.style;
      }
    }
    sheet.dropIfEmpty(key, cell);
  }
  if (formats) {
    if (isEntireRows(area)) for (let r = area.row; r <= lastRow(area); r++) sheet.rowStyles.delete(r);
    if (isEntireColumns(area)) for (let c = area.column; c <= lastColumn(area); c++) sheet.columnStyles.delete(c);
    sheet.merges = sheet.merges.filter((m) => !intersect(m, area));
    for (const cf of sheet.conditionalFormats) cf.areas = cf.areas.flatMap((a) => subtractRect(a, area));
    sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => cf.areas.length > 0);
  }
  if (contents) afterContentChange(wb, ref);
}

export function mergeRange(wb: WorkbookModel, ref: RangeRef, across: boolean): void {
  const { sheet, rect: area } = ref;
  assertSheetUnprotected(sheet, "merge");
  for (const t of wb.tables) {
    if (t.sheet === sheet && intersect(t.range, area)) {
      throw excelError(ErrorCode.invalidOperation, `cells of table ${t.name} cannot be merged`);
    }
  }
  const pieces = across
    ? Array.from({ length: area.rowCount }, (_, i) => rect(area.row + i, area.column, 1, area.columnCount))
    : [area];
  for (const piece of pieces) {
    if (cellCount(piece) < 2) continue;
    sheet.merges = sheet.merges.filter((m) => !intersect(m, piece));
    // Excel keeps only the upper-left value of a merged area.
    for (const [key, cell] of [...sheet.cells]) {
      const r = SheetModel.rowOf(key);
      const c = SheetModel.columnOf(key);
      if (cell.content !== undefined && containsCell(piece, r, c) && !(r === piece.row && c === piece.column)) {
        sheet.setContent(r, c, undefined);
      }
    }
    sheet.merges.push(piece);
  }
  wb.cellsChanged(sheet, area);
}

export function unmergeRange(ref: RangeRef): void {
  assertSheetUnprotected(ref.sheet, "unmerge");
  ref.sheet.merges = ref.sheet.merges.filter((m) => !intersect(m, ref.rect));
}
