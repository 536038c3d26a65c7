/** Excel.Range and its formatting objects (RangeFormat, RangeFont, RangeFill, borders, cell protection). */
import { MAX_COLUMNS, MAX_ROWS } from "@tassei/excel-rules";
import {
  type CellRect,
  boundingRect,
  cellCount,
  intersect,
  isEntireColumns,
  isEntireRows,
  isInsideSheet,
  lastColumn,
  lastRow,
  parseAddress,
  qualifiedAddress,
  rect,
} from "../model/address";
import { ErrorCode, excelError } from "../model/excel-error";
import {
  type ClearTarget,
  type EdgeOrInside,
  type RangeRef,
  applyStyle,
  assertFormatEditable,
  assertSheetUnprotected,
  autofitColumns,
  autofitRows,
  borderCells,
  clearRange,
  mergeRange,
  readColumnWidth,
  readFormulas,
  readHyperlink,
  readNumberFormats,
  readRowHeight,
  readStyle,
  readTexts,
  readValueTypes,
  readValues,
  unmergeRange,
  writeColumnWidth,
  writeEntries,
  writeHyperlink,
  writeNumberFormats,
  writeRowHeight,
} from "../model/range-ops";
import { shiftCells, shiftFor } from "../model/structure";
import type { Border, StyleProps } from "../model/style";
import { normalizeColor } from "../model/style";
import type { WorkbookModel } from "../model/workbook";
import { ConditionalFormatCollection } from "./conditional-format";
import { DataValidation } from "./data-validation";
import { type MethodsOf, type PathSpec, type ProxyContext, type ProxyNode, ProxyObject, type ProxySpec } from "./proxy";
import { Worksheet } from "./worksheet";

function sizeSum(
  from: number,
  count: number,
  sizes: Map<number, number>,
  hidden: Set<number>,
  fallback: number,
): number {
  let total = count * fallback;
  for (const [i, size] of sizes) if (i >= from && i < from + count) total += size - fallback;
  for (const i of hidden) if (i >= from && i < from + count) total -= sizes.get(i) ?? fallback;
  return total;
}

function hiddenState(from: number, count: number, hidden: Set<number>): boolean | null {
  let n = 0;
  for (const i of hidden) if (i >= from && i < from + count) n++;
  return n === 0 ? false : n === count ? true : null;
}

const RANGE: ProxySpec<RangeRef> = {
  typeName: "Range",
  alive: (t) => !t.sheet.deleted,
  navigation: ["format", "worksheet", "conditionalFormats", "dataValidation"],
  scalars: {
    address: (t) => qualifiedAddress(t.sheet.name, t.rect),
    addressLocal: (t) => qualifiedAddress(t.sheet.name, t.rect),
    cellCount: (t) => cellCount(t.rect),
    columnCount: (t) => t.rect.columnCount,
    columnIndex: (t) => t.rect.column,
    rowCount: (t) => t.rect.rowCount,
    rowIndex: (t) => t.rect.row,
    values: (t, wb) => readValues(wb, t),
    formulas: (t, wb) => readFormulas(wb, t),
    formulasLocal: (t, wb) => readFormulas(wb, t),
    numberFormat: (t, wb) => readNumberFormats(wb, t),
    numberFormatLocal: (t, wb) => readNumberFormats(wb, t),
    text: (t, wb) => readTexts(wb, t),
    valueTypes: (t, wb) => readValueTypes(wb, t),
    hyperlink: (t) => readHyperlink(t),
    isEntireColumn: (t) => isEntireColumns(t.rect),
    isEntireRow: (t) => isEntireRows(t.rect),
    columnHidden: (t) => hiddenState(t.rect.column, t.rect.columnCount, t.sheet.hiddenColumns),
    rowHidden: (t) => hiddenState(t.rect.row, t.rect.rowCount, t.sheet.hiddenRows),
    hidden: (t) =>
      hiddenState(t.rect.column, t.rect.columnCount, t.sheet.hiddenColumns) === true ||
      hiddenState(t.rect.row, t.rect.rowCount, t.sheet.hiddenRows) === true,
    height: (t, wb) =>
      sizeSum(t.rect.row, t.rect.rowCount, t.sheet.rowHeights, t.sheet.hiddenRows, wb.options.defaults.rowHeight),
    width: (t, wb) =>
      sizeSum(
        t.rect.column,
        t.rect.columnCount,
        t.sheet.columnWidths,
        t.sheet.hiddenColumns,
        wb.options.defaults.columnWidth,
      ),
    top: (t, wb) => sizeSum(0, t.rect.row, t.sheet.rowHeights, t.sheet.hiddenRows, wb.options.defaults.rowHeight),
    left: (t, wb) =>
      sizeSum(0, t.rect.column, t.sheet.columnWidths, t.sheet.hiddenColumns, wb.options.defaults.columnWidth),
  },
};

type RangeScalars =
  | "address"
  | "addressLocal"
  | "cellCount"
  | "columnCount"
  | "columnIndex"
  | "rowCount"
  | "rowIndex"
  | "values"
  | "formulas"
  | "formulasLocal"
  | "numberFormat"
  | "numberFormatLocal"
  | "text"
  | "valueTypes"
  | "hyperlink"
  | "isEntireColumn"
  | "isEntireRow"
  | "columnHidden"
  | "rowHidden"
  | "hidden"
  | "height"
  | "width"
  | "top"
  | "left";

type RangeMethods =
  | "getCell"
  | "getRow"
  | "getColumn"
  | "getResizedRange"
  | "getAbsoluteResizedRange"
  | "getOffsetRange"
  | "getEntireRow"
  | "getEntireColumn"
  | "getLastRow"
  | "getLastColumn"
  | "getLastCell"
  | "getRowsAbove"
  | "getRowsBelow"
  | "getColumnsBefore"
  | "getColumnsAfter"
  | "getIntersection"
  | "getIntersectionOrNullObject"
  | "getBoundingRect"
  | "getUsedRange"
  | "getUsedRangeOrNullObject"
  | "getSpecialCellsOrNullObject"
  | "insert"
  | "delete"
  | "clear"
  | "merge"
  | "unmerge"
  | "select"
  | "calculate"
  | "setDirty";

function checked(sheetRect: CellRect, what: string): CellRect {
  if (!isInsideSheet(sheetRect)) throw excelError(ErrorCode.invalidArgument, `${what} falls outside the worksheet`);
  return sheetRect;
}

/** The rectangle another range argument (a Range proxy or an address on the same sheet) stands for. */
export function rangeArgument(arg: unknown, sheet: RangeRef["sheet"], wb: WorkbookModel): RangeRef {
  if (arg instanceof Range) return arg._target();
  if (typeof arg === "string") {
    const parsed = parseAddress(arg);
    if (!parsed) throw excelError(ErrorCode.invalidArgument, `"${arg}" is not an address`);
    const target = parsed.sheetName === undefined ? sheet : wb.findSheet(parsed.sheetName);
    if (!target) throw excelError(ErrorCode.invalidArgument, `no sheet named ${parsed.sheetName ?? ""}`);
    return { sheet: target, rect: parsed.rect };
  }
  throw excelError(ErrorCode.invalidArgument, "expected a Range or an address");
}

export class Range
  extends ProxyObject<RangeRef>
  implements Pick<Excel.Range, RangeScalars>, MethodsOf<Excel.Range, RangeMethods>
{
  constructor(ctx: ProxyContext, resolver: () => RangeRef | null, parent: ProxyNode | undefined, path: PathSpec) {
    super(ctx, resolver, parent, path);
  }

  protected _spec(): ProxySpec<RangeRef> {
    return RANGE;
  }

  get address(): string {
    return this._get("address");
  }
  get addressLocal(): string {
    return this._get("addressLocal");
  }
  get cellCount(): number {
    return this._get("cellCount");
  }
  get columnCount(): number {
    return this._get("columnCount");
  }
  get columnIndex(): number {
    return this._get("columnIndex");
  }
  get rowCount(): number {
    return this._get("rowCount");
  }
  get rowIndex(): number {
    return this._get("rowIndex");
  }
  get text(): string[][] {
    return this._get("text");
  }
  get valueTypes(): Excel.RangeValueType[][] {
    return this._get("valueTypes");
  }
  get isEntireColumn(): boolean {
    return this._get("isEntireColumn");
  }
  get isEntireRow(): boolean {
    return this._get("isEntireRow");
  }
  get hidden(): boolean {
    return this._get("hidden");
  }
  get height(): number {
    return this._get("height");
  }
  get width(): number {
    return this._get("width");
  }
  get top(): number {
    return this._get("top");
  }
  get left(): number {
    return this._get("left");
  }

  get values(): unknown[][] {
    return this._get("values");
  }
  set values(values: unknown[][]) {
    this._set("values", values, (t) => writeEntries(this._wb, t, values, "values"));
  }

  get formulas(): unknown[][] {
    return this._get("formulas");
  }
  set formulas(formulas: unknown[][]) {
    this._set("formulas", formulas, (t) => writeEntries(this._wb, t, formulas, "formulas"));
  }

  get formulasLocal(): unknown[][] {
    return this._get("formulasLocal");
  }
  set formulasLocal(formulas: unknown[][]) {
    this._set("formulasLocal", formulas, (t) => writeEntries(this._wb, t, formulas, "formulasLocal"));
  }

  get numberFormat(): unknown[][] {
    return this._get("numberFormat");
  }
  set numberFormat(formats: unknown[][]) {
    this._set("numberFormat", formats, (t) => writeNumberFormats(this._wb, t, formats));
  }

  get numberFormatLocal(): unknown[][] {
    return this._get("numberFormatLocal");
  }
  set numberFormatLocal(formats: unknown[][]) {
    this._set("numberFormatLocal", formats, (t) => writeNumberFormats(this._wb, t, formats));
  }

  get hyperlink(): Excel.RangeHyperlink {
    return this._get("hyperlink");
  }
  set hyperlink(link: Excel.RangeHyperlink) {
    this._set("hyperlink", link, (t) => writeHyperlink(this._wb, t, link));
  }

  get columnHidden(): boolean {
    return this._get("columnHidden");
  }
  set columnHidden(hidden: boolean) {
    this._set("columnHidden", hidden, (t) => {
      for (let c = t.rect.column; c <= lastColumn(t.rect); c++) {
        if (hidden) t.sheet.hiddenColumns.add(c);
        else t.sheet.hiddenColumns.delete(c);
      }
    });
  }

  get rowHidden(): boolean {
    return this._get("rowHidden");
  }
  set rowHidden(hidden: boolean) {
    this._set("rowHidden", hidden, (t) => {
      for (let r = t.rect.row; r <= lastRow(t.rect); r++) {
        if (hidden) t.sheet.hiddenRows.add(r);
        else t.sheet.hiddenRows.delete(r);
      }
    });
  }

  get format(): RangeFormat {
    return this._nav("format", (path) => new RangeFormat(this._ctx, () => this._target(), this, path));
  }

  get worksheet(): Worksheet {
    return this._nav("worksheet", (path) => new Worksheet(this._ctx, () => this._target().sheet, this, path));
  }

  get conditionalFormats(): ConditionalFormatCollection {
    return this._nav(
      "conditionalFormats",
      (path) => new ConditionalFormatCollection(this._ctx, () => this._target(), this, path),
    );
  }

  get dataValidation(): DataValidation {
    return this._nav("dataValidation", (path) => new DataValidation(this._ctx, () => this._target(), this, path));
  }

  private _range(name: string, args: readonly unknown[], resolve: (t: RangeRef) => RangeRef | null): Range {
    return this._method(Range, name, args, resolve);
  }

  private _relative(name: string, args: readonly unknown[], make: (r: CellRect) => CellRect): Range {
    return this._range(name, args, (t) => ({ sheet: t.sheet, rect: checked(make(t.rect), name) }));
  }

  getCell(row: number, column: number): Range {
    return this._relative("getCell", [row, column], (r) => rect(r.row + row, r.column + column));
  }

  getRow(row: number): Range {
    return this._relative("getRow", [row], (r) => rect(r.row + row, r.column, 1, r.columnCount));
  }

  getColumn(column: number): Range {
    return this._relative("getColumn", [column], (r) => rect(r.row, r.column + column, r.rowCount, 1));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): Range {
    return this._relative("getResizedRange", [deltaRows, deltaColumns], (r) =>
      rect(r.row, r.column, r.rowCount + deltaRows, r.columnCount + deltaColumns),
    );
  }

  getAbsoluteResizedRange(numRows: number, numColumns: number): Range {
    return this._relative("getAbsoluteResizedRange", [numRows, numColumns], (r) =>
      rect(r.row, r.column, numRows, numColumns),
    );
  }

  getOffsetRange(rowOffset: number, columnOffset: number): Range {
    return this._relative("getOffsetRange", [rowOffset, columnOffset], (r) =>
      rect(r.row + rowOffset, r.column + columnOffset, r.rowCount, r.columnCount),
    );
  }

  getEntireRow(): Range {
    return this._relative("getEntireRow", [], (r) => rect(r.row, 0, r.rowCount, MAX_COLUMNS));
  }

  getEntireColumn(): Range {
    return this._relative("getEntireColumn", [], (r) => rect(0, r.column, MAX_ROWS, r.columnCount));
  }

  getLastRow(): Range {
    return this._relative("getLastRow", [], (r) => rect(lastRow(r), r.column, 1, r.columnCount));
  }

  getLastColumn(): Range {
    return this._relative("getLastColumn", [], (r) => rect(r.row, lastColumn(r), r.rowCount, 1));
  }

  getLastCell(): Range {
    return this._relative("getLastCell", [], (r) => rect(lastRow(r), lastColumn(r)));
  }

  getRowsAbove(count = 1): Range {
    return this._relative("getRowsAbove", [count], (r) => rect(r.row - count, r.column, count, r.columnCount));
  }

  getRowsBelow(count = 1): Range {
    return this._relative("getRowsBelow", [count], (r) => rect(lastRow(r) + 1, r.column, count, r.columnCount));
  }

  getColumnsBefore(count = 1): Range {
    return this._relative("getColumnsBefore", [count], (r) => rect(r.row, r.column - count, r.rowCount, count));
  }

  getColumnsAfter(count = 1): Range {
    return this._relative("getColumnsAfter", [count], (r) => rect(r.row, lastColumn(r) + 1, r.rowCount, count));
  }

  getIntersection(anotherRange: Excel.Range | string): Range {
    return this._range("getIntersection", [anotherRange], (t) => {
      const other = rangeArgument(anotherRange, t.sheet, this._wb);
      const overlap = other.sheet === t.sheet ? intersect(t.rect, other.rect) : null;
      if (!overlap) throw excelError(ErrorCode.itemNotFound, "the ranges do not intersect");
      return { sheet: t.sheet, rect: overlap };
    });
  }

  getIntersectionOrNullObject(anotherRange: Excel.Range | string): Range {
    return this._range("getIntersectionOrNullObject", [anotherRange], (t) => {
      const other = rangeArgument(anotherRange, t.sheet, this._wb);
      const overlap = other.sheet === t.sheet ? intersect(t.rect, other.rect) : null;
      return overlap ? { sheet: t.sheet, rect: overlap } : null;
    });
  }

  getBoundingRect(anotherRange: Excel.Range | string): Range {
    return this._range("getBoundingRect", [anotherRange], (t) => {
      const other = rangeArgument(anotherRange, t.sheet, this._wb);
      if (other.sheet !== t.sheet) throw excelError(ErrorCode.invalidArgument, "the ranges are on different sheets");
      return { sheet: t.sheet, rect: boundingRect(t.rect, other.rect) };
    });
  }

  /** Throws ItemNotFound when no cell of the range is used (Range.getUsedRange's documented behaviour). */
  getUsedRange(valuesOnly?: boolean): Range {
    return this._range("getUsedRange", valuesOnly === undefined ? [] : [valuesOnly], (t) => {
      const used = this._wb.usedRect(t.sheet, valuesOnly === true, t.rect);
      if (!used) throw excelError(ErrorCode.itemNotFound, "no used cells in the range");
      return { sheet: t.sheet, rect: used };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    return this._range("getUsedRangeOrNullObject", valuesOnly === undefined ? [] : [valuesOnly], (t) => {
      const used = this._wb.usedRect(t.sheet, valuesOnly === true, t.rect);
      return used ? { sheet: t.sheet, rect: used } : null;
    });
  }

  /** Only `Formulas` is offered: the cells of this range holding a formula, as rectangles. */
  getSpecialCellsOrNullObject(
    cellType: Excel.SpecialCellType | `${Excel.SpecialCellType}`,
    cellValueType?: Excel.SpecialCellValueType | `${Excel.SpecialCellValueType}`,
  ): RangeAreas {
    const args = cellValueType === undefined ? [cellType] : [cellType, cellValueType];
    return this._method(RangeAreas, "getSpecialCellsOrNullObject", args, (t): AreasRef | null => {
      if (cellType !== "Formulas" || cellValueType !== undefined) {
        throw excelError(ErrorCode.notImplemented, `getSpecialCells(${String(cellType)}) in the in-memory Excel`);
      }
      const areas = formulaAreas(t.sheet, t.rect);
      return areas.length > 0 ? { sheet: t.sheet, areas } : null;
    });
  }

  insert(shift: "Down" | "Right"): Range {
    return this._range("insert", [shift], (t) => {
      if (shift !== "Down" && shift !== "Right") throw excelError(ErrorCode.invalidArgument, `shift ${String(shift)}`);
      const p = t.sheet.protection;
      if (p.protected && !(shift === "Down" ? p.options.allowInsertRows : p.options.allowInsertColumns)) {
        throw excelError(ErrorCode.accessDenied, "insert on a protected sheet");
      }
      shiftCells(this._wb, t.sheet, shiftFor(t.sheet, t.rect, shift));
      return t;
    });
  }

  delete(shift: "Up" | "Left"): void {
    this._call("delete", [shift], (t) => {
      if (shift !== "Up" && shift !== "Left") throw excelError(ErrorCode.invalidArgument, `shift ${String(shift)}`);
      const p = t.sheet.protection;
      if (p.protected && !(shift === "Up" ? p.options.allowDeleteRows : p.options.allowDeleteColumns)) {
        throw excelError(ErrorCode.accessDenied, "delete on a protected sheet");
      }
      shiftCells(this._wb, t.sheet, shiftFor(t.sheet, t.rect, shift));
    });
  }

  clear(applyTo: ClearTarget = "All"): void {
    this._call("clear", [applyTo], (t) => clearRange(this._wb, t, applyTo));
  }

  merge(across = false): void {
    this._call("merge", [across], (t) => mergeRange(this._wb, t, across));
  }

  unmerge(): void {
    this._call("unmerge", [], (t) => unmergeRange(t));
  }

  select(): void {
    this._call("select", [], (t) => {
      this._wb.activate(t.sheet);
      t.sheet.selection = t.rect;
    });
  }

  calculate(): void {
    this._call("calculate", [], () => undefined);
  }

  setDirty(): void {
    this._call("setDirty", [], () => undefined);
  }
}

const FORMAT: ProxySpec<RangeRef> = {
  typeName: "RangeFormat",
  alive: (t) => !t.sheet.deleted,
  navigation: ["font", "fill", "borders", "protection"],
  scalars: {
    columnWidth: (t, wb) => readColumnWidth(wb, t),
    rowHeight: (t, wb) => readRowHeight(wb, t),
    horizontalAlignment: (t, wb) => readStyle(wb, t, (s) => s.horizontalAlignment),
    verticalAlignment: (t, wb) => readStyle(wb, t, (s) => s.verticalAlignment),
    wrapText: (t, wb) => readStyle(wb, t, (s) => s.wrapText),
    indentLevel: (t, wb) => readStyle(wb, t, (s) => s.indentLevel),
  },
};

const HORIZONTAL = ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"];
const VERTICAL = ["Top", "Center", "Bottom", "Justify", "Distributed"];

function oneOf(value: unknown, allowed: readonly string[], what: string): string {
  if (typeof value !== "string" || !allowed.includes(value)) {
    throw excelError(ErrorCode.invalidArgument, `${what} ${String(value)}`);
  }
  return value;
}

function bool(value: unknown, what: string): boolean {
  if (typeof value !== "boolean") throw excelError(ErrorCode.invalidArgument, `${what} must be true or false`);
  return value;
}

export class RangeFormat
  extends ProxyObject<RangeRef>
  implements
    Pick<
      Excel.RangeFormat,
      "columnWidth" | "rowHeight" | "horizontalAlignment" | "verticalAlignment" | "wrapText" | "indentLevel"
    >,
    MethodsOf<Excel.RangeFormat, "autofitColumns" | "autofitRows">
{
  constructor(ctx: ProxyContext, resolver: () => RangeRef | null, parent: ProxyNode, path: PathSpec) {
    super(ctx, resolver, parent, path);
  }

  protected _spec(): ProxySpec<RangeRef> {
    return FORMAT;
  }

  private _style(name: string, value: unknown, patch: (v: unknown) => StyleProps): void {
    this._set(name, value, (t) => {
      assertFormatEditable(this._wb, t);
      applyStyle(this._wb, t, patch(value));
    });
  }

  get columnWidth(): number {
    return this._get("columnWidth");
  }
  set columnWidth(width: number) {
    this._set("columnWidth", width, (t) => writeColumnWidth(t, width));
  }

  get rowHeight(): number {
    return this._get("rowHeight");
  }
  set rowHeight(height: number) {
    this._set("rowHeight", height, (t) => writeRowHeight(t, height));
  }

  get horizontalAlignment(): Excel.HorizontalAlignment {
    return this._get("horizontalAlignment");
  }
  set horizontalAlignment(value: Excel.HorizontalAlignment) {
    this._style("horizontalAlignment", value, (v) => ({
      horizontalAlignment: oneOf(v, HORIZONTAL, "horizontalAlignment"),
    }));
  }

  get verticalAlignment(): Excel.VerticalAlignment {
    return this._get("verticalAlignment");
  }
  set verticalAlignment(value: Excel.VerticalAlignment) {
    this._style("verticalAlignment", value, (v) => ({ verticalAlignment: oneOf(v, VERTICAL, "verticalAlignment") }));
  }

  get wrapText(): boolean {
    return this._get("wrapText");
  }
  set wrapText(value: boolean) {
    this._style("wrapText", value, (v) => ({ wrapText: bool(v, "wrapText") }));
  }

  get indentLevel(): number {
    return this._get("indentLevel");
  }
  set indentLevel(value: number) {
    this._style("indentLevel", value, (v) => {
      if (typeof v !== "number" || !Number.isInteger(v) || v < 0 || v > 250) {
        throw excelError(ErrorCode.invalidArgument, `indentLevel ${String(v)}`);
      }
      return { indentLevel: v };
    });
  }

  get font(): RangeFont {
    return this._nav("font", (path) => new RangeFont(this._ctx, () => this._target(), this, path));
  }

  get fill(): RangeFill {
    return this._nav("fill", (path) => new RangeFill(this._ctx, () => this._target(), this, path));
  }

  get borders(): RangeBorderCollection {
    return this._nav("borders", (path) => new RangeBorderCollection(this._ctx, () => this._target(), this, path));
  }

  get protection(): FormatProtection {
    return this._nav("protection", (path) => new FormatProtection(this._ctx, () => this._target(), this, path));
  }

  autofitColumns(): void {
    this._call("autofitColumns", [], (t) => autofitColumns(this._wb, t));
  }

  autofitRows(): void {
    this._call("autofitRows", [], (t) => autofitRows(this._wb, t));
  }
}

const FONT: ProxySpec<RangeRef> = {
  typeName: "RangeFont",
  alive: (t) => !t.sheet.deleted,
  scalars: {
    bold: (t, wb) => readStyle(wb, t, (s) => s.bold),
    italic: (t, wb) => readStyle(wb, t, (s) => s.italic),
    color: (t, wb) => readStyle(wb, t, (s) => s.fontColor),
    name: (t, wb) => readStyle(wb, t, (s) => s.fontName),
    size: (t, wb) => readStyle(wb, t, (s) => s.fontSize),
    underline: (t, wb) => readStyle(wb, t, (s) => s.underline),
    strikethrough: (t, wb) => readStyle(wb, t, (s) => s.strikethrough),
  },
};

function color(value: unknown, what: string): string {
  const normalized = typeof value === "string" ? normalizeColor(value) : undefined;
  if (!normalized) throw excelError(ErrorCode.invalidArgument, `${what} ${String(value)} is not a colour`);
  return normalized;
}

export class RangeFont
  extends ProxyObject<RangeRef>
  implements Pick<Excel.RangeFont, "bold" | "italic" | "color" | "name" | "size" | "underline" | "strikethrough">
{
  constructor(ctx: ProxyContext, resolver: () => RangeRef | null, parent: ProxyNode, path: PathSpec) {
    super(ctx, resolver, parent, path);
  }

  protected _spec(): ProxySpec<RangeRef> {
    return FONT;
  }

  private _style(name: string, value: unknown, patch: (v: unknown) => StyleProps): void {
    this._set(name, value, (t) => {
      assertFormatEditable(this._wb, t);
      applyStyle(this._wb, t, patch(value));
    });
  }

  get bold(): boolean {
    return this._get("bold");
  }
  set bold(value: boolean) {
    this._style("bold", value, (v) => ({ bold: bool(v, "bold") }));
  }

  get italic(): boolean {
    return this._get("italic");
  }
  set italic(value: boolean) {
    this._style("italic", value, (v) => ({ italic: bool(v, "italic") }));
  }

  get color(): string {
    return this._get("color");
  }
  set color(value: string) {
    this._style("color", value, (v) => ({ fontColor: color(v, "font color") }));
  }

  get name(): string {
    return this._get("name");
  }
  set name(value: string) {
    this._style("name", value, (v) => {
      if (typeof v !== "string" || v === "") throw excelError(ErrorCode.invalidArgument, "font name");
      return { fontName: v };
    });
  }

  get size(): number {
    return this._get("size");
  }
  set size(value: number) {
    this._style("size", value, (v) => {
      if (typeof v !== "number" || v < 1 || v > 409)
        throw excelError(ErrorCode.invalidArgument, `font size ${String(v)}`);
      return { fontSize: v };
    });
  }

  get underline(): Excel.RangeUnderlineStyle {
    return this._get("underline");
  }
  set underline(value: Excel.RangeUnderlineStyle) {
    this._style("underline", value, (v) => ({
      underline: oneOf(v, ["None", "Single", "Double", "SingleAccountant", "DoubleAccountant"], "underline"),
    }));
  }

  get strikethrough(): boolean {
    return this._get("strikethrough");
  }
  set strikethrough(value: boolean) {
    this._style("strikethrough", value, (v) => ({ strikethrough: bool(v, "strikethrough") }));
  }
}

const FILL: ProxySpec<RangeRef> = {
  typeName: "RangeFill",
  alive: (t) => !t.sheet.deleted,
  scalars: {
    // Office.js reports "no fill" as white.
    color: (t, wb) => readStyle(wb, t, (s) => s.fillColor ?? "#FFFFFF"),
    pattern: (t, wb) => readStyle(wb, t, (s) => (s.fillColor === null ? "None" : "Solid")),
  },
};

export class RangeFill
  extends ProxyObject<RangeRef>
  implements Pick<Excel.RangeFill, "color">, MethodsOf<Excel.RangeFill, "clear">
{
  constructor(ctx: ProxyContext, resolver: () => RangeRef | null, parent: ProxyNode, path: PathSpec) {
    super(ctx, resolver, parent, path);
  }

  protected _spec(): ProxySpec<RangeRef> {
    return FILL;
  }

  get color(): string {
    return this._get("color");
  }
  set color(value: string) {
    this._set("color", value, (t) => {
      assertFormatEditable(this._wb, t);
      applyStyle(this._wb, t, { fillColor: value === "" ? null : color(value, "fill color") });
    });
  }

  /** "None" without a fill, "Solid" with one (patterns other than solid are not kept). */
  get pattern(): Excel.FillPattern {
    return this._get("pattern");
  }

  clear(): void {
    this._call("clear", [], (t) => {
      assertFormatEditable(this._wb, t);
      applyStyle(this._wb, t, { fillColor: null });
    });
  }
}

const SIDES: readonly EdgeOrInside[] = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
];

interface BorderRef {
  readonly ref: RangeRef;
  readonly side: EdgeOrInside;
}

const NO_BORDER: Border = { style: "None", color: "#000000", weight: "Thin" };

function readBorder(wb: WorkbookModel, b: BorderRef): Border | null {
  const parts = borderCells(b.ref.rect, b.side);
  if (parts.length === 0) return NO_BORDER;
  let result: Border | null | undefined;
  for (const part of parts) {
    const value = readStyle(wb, { sheet: b.ref.sheet, rect: part.area }, (s) => s.borders[part.side] ?? NO_BORDER);
    if (value === null) return null;
    if (result === undefined) result = value;
    else if (JSON.stringify(result) !== JSON.stringify(value)) return null;
  }
  return result ?? NO_BORDER;
}

function writeBorder(wb: WorkbookModel, b: BorderRef, change: Partial<Border>): void {
  assertFormatEditable(wb, b.ref);
  for (const part of borderCells(b.ref.rect, b.side)) {
    const current = readStyle(wb, { sheet: b.ref.sheet, rect: part.area }, (s) => s.borders[part.side]) ?? undefined;
    const next: Border = { ...(current ?? { ...NO_BORDER, style: "Continuous" }), ...change };
    const value = next.style === "None" ? undefined : next;
    applyStyle(wb, { sheet: b.ref.sheet, rect: part.area }, { borders: { [part.side]: value } });
  }
}

const BORDERS: ProxySpec<RangeRef> = {
  typeName: "RangeBorderCollection",
  alive: (t) => !t.sheet.deleted,
  scalars: { count: () => SIDES.length },
  items: (t, owner) =>
    SIDES.map((side) =>
      new RangeBorder(owner._ctx, () => ({ ref: t, side }), owner, { type: 5, name: side })._bind({ ref: t, side }),
    ),
};

export class RangeBorderCollection
  extends ProxyObject<RangeRef>
  implements Pick<Excel.RangeBorderCollection, "count">, MethodsOf<Excel.RangeBorderCollection, "getItem" | "getItemAt">
{
  constructor(ctx: ProxyContext, resolver: () => RangeRef | null, parent: ProxyNode, path: PathSpec) {
    super(ctx, resolver, parent, path);
  }

  protected _spec(): ProxySpec<RangeRef> {
    return BORDERS;
  }

  get count(): number {
    return this._get("count");
  }

  get items(): RangeBorder[] {
    return this._itemsOrThrow<RangeBorder>();
  }

  getItem(index: EdgeOrInside | Excel.BorderIndex): RangeBorder {
    return this._method(RangeBorder, "getItem", [index], (t) => {
      if (!SIDES.includes(index as EdgeOrInside))
        throw excelError(ErrorCode.invalidArgument, `border ${String(index)}`);
      return { ref: t, side: index as EdgeOrInside };
    });
  }

  getItemAt(index: number): RangeBorder {
    return this._method(RangeBorder, "getItemAt", [index], (t) => {
      const side = SIDES[index];
      if (!side) throw excelError(ErrorCode.invalidArgument, `border index ${index}`);
      return { ref: t, side };
    });
  }
}

const BORDER: ProxySpec<BorderRef> = {
  typeName: "RangeBorder",
  alive: (b) => !b.ref.sheet.deleted,
  scalars: {
    sideIndex: (b) => b.side,
    style: (b, wb) => readBorder(wb, b)?.style ?? null,
    color: (b, wb) => readBorder(wb, b)?.color ?? null,
    weight: (b, wb) => readBorder(wb, b)?.weight ?? null,
  },
};

export class RangeBorder
  extends ProxyObject<BorderRef>
  implements Pick<Excel.RangeBorder, "sideIndex" | "style" | "color" | "weight">
{
  constructor(ctx: ProxyContext, resolver: () => BorderRef | null, parent: ProxyNode, path: PathSpec) {
    super(ctx, resolver, parent, path);
  }

  protected _spec(): ProxySpec<BorderRef> {
    return BORDER;
  }

  get sideIndex(): Excel.BorderIndex {
    return this._get("sideIndex");
  }

  get style(): Excel.BorderLineStyle {
    return this._get("style");
  }
  set style(value: Excel.BorderLineStyle) {
    this._set("style", value, (b) =>
      writeBorder(this._wb, b, {
        style: oneOf(
          value,
          ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"],
          "border style",
        ),
      }),
    );
  }

  get color(): string {
    return this._get("color");
  }
  set color(value: string) {
    this._set("color", value, (b) => writeBorder(this._wb, b, { color: color(value, "border color") }));
  }

  get weight(): Excel.BorderWeight {
    return this._get("weight");
  }
  set weight(value: Excel.BorderWeight) {
    this._set("weight", value, (b) =>
      writeBorder(this._wb, b, { weight: oneOf(value, ["Hairline", "Thin", "Medium", "Thick"], "border weight") }),
    );
  }
}

const PROTECTION: ProxySpec<RangeRef> = {
  typeName: "FormatProtection",
  alive: (t) => !t.sheet.deleted,
  scalars: {
    locked: (t, wb) => readStyle(wb, t, (s) => s.locked),
    formulaHidden: (t, wb) => readStyle(wb, t, (s) => s.formulaHidden),
  },
};

export class FormatProtection
  extends ProxyObject<RangeRef>
  implements Pick<Excel.FormatProtection, "locked" | "formulaHidden">
{
  constructor(ctx: ProxyContext, resolver: () => RangeRef | null, parent: ProxyNode, path: PathSpec) {
    super(ctx, resolver, parent, path);
  }

  protected _spec(): ProxySpec<RangeRef> {
    return PROTECTION;
  }

  get locked(): boolean {
    return this._get("locked");
  }
  set locked(value: boolean) {
    this._set("locked", value, (t) => {
      assertSheetUnprotected(t.sheet, "change cell locking");
      applyStyle(this._wb, t, { locked: bool(value, "locked") });
    });
  }

  get formulaHidden(): boolean {
    return this._get("formulaHidden");
  }
  set formulaHidden(value: boolean) {
    this._set("formulaHidden", value, (t) => {
      assertSheetUnprotected(t.sheet, "change formula hiding");
      applyStyle(this._wb, t, { formulaHidden: bool(value, "formulaHidden") });
    });
  }
}

/** The formula cells inside `within`: runs down each column, side-by-side runs joined into one rectangle. */
function formulaAreas(sheet: RangeRef["sheet"], within: CellRect): CellRect[] {
  const rowsByColumn = new Map<number, number[]>();
  for (const key of sheet.formulaKeys) {
    const row = Math.floor(key / MAX_COLUMNS);
    const column = key % MAX_COLUMNS;
    if (row < within.row || row >= within.row + within.rowCount) continue;
    if (column < within.column || column >= within.column + within.columnCount) continue;
    const rows = rowsByColumn.get(column) ?? [];
    rows.push(row);
    rowsByColumn.set(column, rows);
  }
  const areas: CellRect[] = [];
  for (const column of [...rowsByColumn.keys()].sort((a, b) => a - b)) {
    const rows = rowsByColumn.get(column)!.sort((a, b) => a - b);
    for (let i = 0; i < rows.length;) {
      let j = i;
      while (j + 1 < rows.length && rows[j + 1] === rows[j]! + 1) j++;
      const run = { row: rows[i]!, column, rowCount: rows[j]! - rows[i]! + 1, columnCount: 1 };
      const left = areas.find(
        (a) => a.row === run.row && a.rowCount === run.rowCount && a.column + a.columnCount === column,
      );
      if (left) areas[areas.indexOf(left)] = { ...left, columnCount: left.columnCount + 1 };
      else areas.push(run);
      i = j + 1;
    }
  }
  return areas;
}

export interface AreasRef {
  readonly sheet: RangeRef["sheet"];
  readonly areas: readonly CellRect[];
}

const AREAS: ProxySpec<AreasRef> = {
  typeName: "RangeAreas",
  alive: (t) => !t.sheet.deleted,
  scalars: {
    address: (t) => t.areas.map((a) => qualifiedAddress(t.sheet.name, a)).join(","),
    areaCount: (t) => t.areas.length,
    cellCount: (t) => t.areas.reduce((n, a) => n + cellCount(a), 0),
  },
};

/** Several rectangles of one sheet (print areas); only their addresses and counts are offered. */
export class RangeAreas
  extends ProxyObject<AreasRef>
  implements Pick<Excel.RangeAreas, "address" | "areaCount" | "cellCount">
{
  constructor(ctx: ProxyContext, resolver: () => AreasRef | null, parent: ProxyNode, path: PathSpec) {
    super(ctx, resolver, parent, path);
  }

  protected _spec(): ProxySpec<AreasRef> {
    return AREAS;
  }

  get address(): string {
    return this._get("address");
  }
  get areaCount(): number {
    return this._get("areaCount");
  }
  get cellCount(): number {
    return this._get("cellCount");
  }
}
