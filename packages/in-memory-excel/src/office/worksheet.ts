/**
 * Excel.Worksheet and what hangs off it: the worksheet collection, sheet protection, freeze panes,
 * page layout (its headers, footers and page breaks in printing.ts) and custom properties (ExcelApi 1.12).
 */
import { MAX_COLUMNS, MAX_ROWS } from "@tassei/excel-rules";
import {
  type CellRect,
  isEntireColumns,
  isEntireRows,
  isInsideSheet,
  lastColumn,
  lastRow,
  parseAddress,
  rect,
} from "../model/address";
import { ErrorCode, excelError } from "../model/excel-error";
import type { RangeRef } from "../model/range-ops";
import { DEFAULT_PROTECTION_OPTIONS, type PageLayoutModel, type SheetModel } from "../model/sheet";
import { normalizeColor } from "../model/style";
import type { WorkbookModel } from "../model/workbook";
import { ChartCollection } from "./chart";
import { type MethodsOf, type PathSpec, type ProxyContext, type ProxyNode, ProxyObject, type ProxySpec } from "./proxy";
import { HeaderFooterGroup, PageBreakCollection } from "./printing";
import { type AreasRef, Range, RangeAreas, rangeArgument } from "./range";
import { TableCollection } from "./table";

const alive = (s: SheetModel) => !s.deleted;

const WORKSHEET: ProxySpec<SheetModel> = {
  typeName: "Worksheet",
  alive,
  navigation: [
    "protection",
    "customProperties",
    "freezePanes",
    "pageLayout",
    "horizontalPageBreaks",
    "tables",
    "charts",
  ],
  scalars: {
    name: (s) => s.name,
    id: (s) => s.id,
    position: (s, wb) => wb.sheets.indexOf(s),
    visibility: (s) => s.visibility,
    tabColor: (s) => s.tabColor,
    showGridlines: (s) => s.showGridlines,
    showHeadings: (s) => s.showHeadings,
    standardHeight: (_s, wb) => wb.options.defaults.rowHeight,
    standardWidth: () => 8.38,
  },
};

type WorksheetScalars =
  | "name"
  | "id"
  | "position"
  | "visibility"
  | "tabColor"
  | "showGridlines"
  | "showHeadings"
  | "standardHeight"
  | "standardWidth";

type WorksheetMethods =
  | "activate"
  | "delete"
  | "getRange"
  | "getRangeByIndexes"
  | "getCell"
  | "getUsedRange"
  | "getUsedRangeOrNullObject"
  | "getNext"
  | "getNextOrNullObject"
  | "getPrevious"
  | "getPreviousOrNullObject"
  | "calculate";

/** The rectangle named by `worksheet.getRange(address)`: an A1 address on this sheet or a defined name. */
function addressOnSheet(wb: WorkbookModel, sheet: SheetModel, address: string): CellRect {
  const parsed = parseAddress(address);
  if (parsed) {
    if (parsed.sheetName !== undefined && parsed.sheetName.toLowerCase() !== sheet.name.toLowerCase()) {
      throw excelError(ErrorCode.invalidArgument, `${address} is not on ${sheet.name}`);
    }
    return parsed.rect;
  }
  const name = wb.names.get(address.toLowerCase());
  const target = name ? parseAddress(name.formula.replace(/^=/, "").replace(/\$/g, "")) : undefined;
  if (target && (target.sheetName === undefined || target.sheetName.toLowerCase() === sheet.name.toLowerCase())) {
    return target.rect;
  }
  throw excelError(ErrorCode.invalidArgument, `"${address}" is not an address or a name on ${sheet.name}`);
}

function neighbour(wb: WorkbookModel, sheet: SheetModel, step: 1 | -1, visibleOnly: boolean): SheetModel | null {
  let i = wb.sheets.indexOf(sheet) + step;
  while (i >= 0 && i < wb.sheets.length) {
    const candidate = wb.sheets[i];
    if (candidate && (!visibleOnly || candidate.visibility === "Visible")) return candidate;
    i += step;
  }
  return null;
}

export class Worksheet
  extends ProxyObject<SheetModel>
  implements Pick<Excel.Worksheet, WorksheetScalars>, MethodsOf<Excel.Worksheet, WorksheetMethods>
{
  constructor(ctx: ProxyContext, resolver: () => SheetModel | null, parent: ProxyNode | undefined, path: PathSpec) {
    super(ctx, resolver, parent, path);
  }

  protected _spec(): ProxySpec<SheetModel> {
    return WORKSHEET;
  }

  get id(): string {
    return this._get("id");
  }
  get standardHeight(): number {
    return this._get("standardHeight");
  }

  get name(): string {
    return this._get("name");
  }
  set name(name: string) {
    this._set("name", name, (s) => {
      this._wb.assertStructureEditable();
      this._wb.renameSheet(s, name);
    });
  }

  get position(): number {
    return this._get("position");
  }
  set position(position: number) {
    this._set("position", position, (s) => {
      this._wb.assertStructureEditable();
      this._wb.moveSheet(s, position);
    });
  }

  get visibility(): Excel.SheetVisibility {
    return this._get("visibility");
  }
  set visibility(visibility: Excel.SheetVisibility) {
    this._set("visibility", visibility, (s) => {
      this._wb.assertStructureEditable();
      this._wb.setVisibility(s, visibility);
    });
  }

  get tabColor(): string {
    return this._get("tabColor");
  }
  set tabColor(color: string) {
    this._set("tabColor", color, (s) => {
      const normalized = color === "" ? "" : normalizeColor(color);
      if (normalized === undefined) throw excelError(ErrorCode.invalidArgument, `tab colour ${color}`);
      s.tabColor = normalized;
    });
  }

  get showGridlines(): boolean {
    return this._get("showGridlines");
  }
  set showGridlines(show: boolean) {
    this._set("showGridlines", show, (s) => (s.showGridlines = show === true));
  }

  get showHeadings(): boolean {
    return this._get("showHeadings");
  }
  set showHeadings(show: boolean) {
    this._set("showHeadings", show, (s) => (s.showHeadings = show === true));
  }

  get standardWidth(): number {
    return this._get("standardWidth");
  }

  get protection(): WorksheetProtection {
    return this._nav("protection", (path) => new WorksheetProtection(this._ctx, () => this._target(), this, path));
  }

  get customProperties(): WorksheetCustomPropertyCollection {
    return this._nav(
      "customProperties",
      (path) => new WorksheetCustomPropertyCollection(this._ctx, () => this._target(), this, path),
    );
  }

  get freezePanes(): WorksheetFreezePanes {
    return this._nav("freezePanes", (path) => new WorksheetFreezePanes(this._ctx, () => this._target(), this, path));
  }

  get pageLayout(): PageLayout {
    return this._nav("pageLayout", (path) => new PageLayout(this._ctx, () => this._target(), this, path));
  }

  /** The sheet's manual horizontal page breaks (ExcelApi 1.9). */
  get horizontalPageBreaks(): PageBreakCollection {
    return this._nav(
      "horizontalPageBreaks",
      (path) => new PageBreakCollection(this._ctx, () => this._target(), this, path),
    );
  }

  get tables(): TableCollection {
    return this._nav(
      "tables",
      (path) => new TableCollection(this._ctx, () => ({ wb: this._wb, sheet: this._target() }), this, path),
    );
  }

  get charts(): ChartCollection {
    return this._nav("charts", (path) => new ChartCollection(this._ctx, () => this._target(), this, path));
  }

  activate(): void {
    this._call("activate", [], (s) => this._wb.activate(s));
  }

  delete(): void {
    this._call("delete", [], (s) => {
      this._wb.assertStructureEditable();
      this._wb.deleteSheet(s);
    });
  }

  private _range(name: string, args: readonly unknown[], resolve: (s: SheetModel) => RangeRef | null): Range {
    return this._method(Range, name, args, resolve);
  }

  getRange(address?: string): Range {
    return this._range("getRange", address === undefined ? [] : [address], (s) => ({
      sheet: s,
      rect: address === undefined ? rect(0, 0, MAX_ROWS, MAX_COLUMNS) : addressOnSheet(this._wb, s, address),
    }));
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Range {
    return this._range("getRangeByIndexes", [startRow, startColumn, rowCount, columnCount], (s) => {
      const r = rect(startRow, startColumn, rowCount, columnCount);
      if (!isInsideSheet(r)) throw excelError(ErrorCode.invalidArgument, "the indexes fall outside the worksheet");
      return { sheet: s, rect: r };
    });
  }

  getCell(row: number, column: number): Range {
    return this._range("getCell", [row, column], (s) => {
      const r = rect(row, column);
      if (!isInsideSheet(r)) throw excelError(ErrorCode.invalidArgument, "the cell falls outside the worksheet");
      return { sheet: s, rect: r };
    });
  }

  /** On a blank sheet this is A1, not an error (Worksheet.getUsedRange's documented behaviour). */
  getUsedRange(valuesOnly?: boolean): Range {
    return this._range("getUsedRange", valuesOnly === undefined ? [] : [valuesOnly], (s) => ({
      sheet: s,
      rect: this._wb.usedRect(s, valuesOnly === true) ?? rect(0, 0),
    }));
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    return this._range("getUsedRangeOrNullObject", valuesOnly === undefined ? [] : [valuesOnly], (s) => {
      const used = this._wb.usedRect(s, valuesOnly === true);
      return used ? { sheet: s, rect: used } : null;
    });
  }

  getNext(visibleOnly?: boolean): Worksheet {
    return this._method(Worksheet, "getNext", [visibleOnly], (s) => {
      const next = neighbour(this._wb, s, 1, visibleOnly === true);
      if (!next) throw excelError(ErrorCode.itemNotFound, "no next worksheet");
      return next;
    });
  }

  getNextOrNullObject(visibleOnly?: boolean): Worksheet {
    return this._method(Worksheet, "getNextOrNullObject", [visibleOnly], (s) =>
      neighbour(this._wb, s, 1, visibleOnly === true),
    );
  }

  getPrevious(visibleOnly?: boolean): Worksheet {
    return this._method(Worksheet, "getPrevious", [visibleOnly], (s) => {
      const previous = neighbour(this._wb, s, -1, visibleOnly === true);
      if (!previous) throw excelError(ErrorCode.itemNotFound, "no previous worksheet");
      return previous;
    });
  }

  getPreviousOrNullObject(visibleOnly?: boolean): Worksheet {
    return this._method(Worksheet, "getPreviousOrNullObject", [visibleOnly], (s) =>
      neighbour(this._wb, s, -1, visibleOnly === true),
    );
  }

  calculate(_markAllDirty: boolean): void {
    this._call("calculate", [_markAllDirty], () => undefined);
  }
}

const COLLECTION: ProxySpec<WorkbookModel> = {
  typeName: "WorksheetCollection",
  scalars: {},
  items: (wb, owner) =>
    wb.sheets.map((s) => new Worksheet(owner._ctx, () => s, owner, { type: 5, name: s.name })._bind(s)),
};

function sheetByKey(wb: WorkbookModel, key: string): SheetModel | undefined {
  return wb.findSheet(key) ?? wb.findSheetById(key);
}

export class WorksheetCollection
  extends ProxyObject<WorkbookModel>
  implements
    MethodsOf<
      Excel.WorksheetCollection,
      "add" | "getItem" | "getItemOrNullObject" | "getActiveWorksheet" | "getCount" | "getFirst" | "getLast"
    >
{
  constructor(ctx: ProxyContext, resolver: () => WorkbookModel | null, parent: ProxyNode, path: PathSpec) {
    super(ctx, resolver, parent, path);
  }

  protected _spec(): ProxySpec<WorkbookModel> {
    return COLLECTION;
  }

  get items(): Worksheet[] {
    return this._itemsOrThrow<Worksheet>();
  }

  /** Names follow Excel's rules: InvalidArgument for a bad name, ItemAlreadyExists for a taken one. */
  add(name?: string): Worksheet {
    return this._method(Worksheet, "add", name === undefined ? [] : [name], (wb) => {
      wb.assertStructureEditable();
      return wb.createSheet(name ?? wb.defaultSheetName());
    });
  }

  getItem(key: string): Worksheet {
    return this._method(Worksheet, "getItem", [key], (wb) => {
      const sheet = sheetByKey(wb, key);
      if (!sheet) throw excelError(ErrorCode.itemNotFound, `no worksheet "${key}"`);
      return sheet;
    });
  }

  getItemOrNullObject(key: string): Worksheet {
    return this._method(Worksheet, "getItemOrNullObject", [key], (wb) => sheetByKey(wb, key) ?? null);
  }

  getActiveWorksheet(): Worksheet {
    return this._method(Worksheet, "getActiveWorksheet", [], (wb) => {
      if (!wb.activeSheet) throw excelError(ErrorCode.itemNotFound, "no active worksheet");
      return wb.activeSheet;
    });
  }

  getCount(visibleOnly?: boolean): OfficeExtension.ClientResult<number> {
    return this._callForResult("getCount", visibleOnly === undefined ? [] : [visibleOnly], (wb) =>
      visibleOnly ? wb.sheets.filter((s) => s.visibility === "Visible").length : wb.sheets.length,
    );
  }

  getFirst(visibleOnly?: boolean): Worksheet {
    return this._method(Worksheet, "getFirst", [visibleOnly], (wb) => {
      const first = wb.sheets.find((s) => !visibleOnly || s.visibility === "Visible");
      if (!first) throw excelError(ErrorCode.itemNotFound, "no worksheet");
      return first;
    });
  }

  getLast(visibleOnly?: boolean): Worksheet {
    return this._method(Worksheet, "getLast", [visibleOnly], (wb) => {
      const last = [...wb.sheets].reverse().find((s) => !visibleOnly || s.visibility === "Visible");
      if (!last) throw excelError(ErrorCode.itemNotFound, "no worksheet");
      return last;
    });
  }
}

const PROTECTION: ProxySpec<SheetModel> = {
  typeName: "WorksheetProtection",
  alive,
  scalars: {
    protected: (s) => s.protection.protected,
    options: (s) => ({ ...s.protection.options }),
    isPasswordProtected: (s) => s.protection.protected && (s.protection.password ?? "") !== "",
  },
};

export class WorksheetProtection
  extends ProxyObject<SheetModel>
  implements
    Pick<Excel.WorksheetProtection, "protected" | "options" | "isPasswordProtected">,
    MethodsOf<Excel.WorksheetProtection, "protect" | "unprotect" | "checkPassword" | "updateOptions">
{
  constructor(ctx: ProxyContext, resolver: () => SheetModel | null, parent: ProxyNode, path: PathSpec) {
    super(ctx, resolver, parent, path);
  }

  protected _spec(): ProxySpec<SheetModel> {
    return PROTECTION;
  }

  get protected(): boolean {
    return this._get("protected");
  }
  get options(): Excel.WorksheetProtectionOptions {
    return this._get("options");
  }
  get isPasswordProtected(): boolean {
    return this._get("isPasswordProtected");
  }

  /** Fails when the sheet is already protected, as the Office.js reference says. */
  protect(options?: Excel.WorksheetProtectionOptions, password?: string): void {
    this._call("protect", [options, password], (s) => {
      if (s.protection.protected) throw excelError(ErrorCode.accessDenied, "the worksheet is already protected");
      s.protection.protected = true;
      s.protection.options = { ...DEFAULT_PROTECTION_OPTIONS, ...(options ?? {}) };
      if (password !== undefined) s.protection.password = password;
      else delete s.protection.password;
    });
  }

  unprotect(password?: string): void {
    this._call("unprotect", [password], (s) => {
      if (!s.protection.protected) return;
      if ((s.protection.password ?? "") !== (password ?? "")) {
        throw excelError(ErrorCode.invalidArgument, "the password is incorrect");
      }
      s.protection.protected = false;
      delete s.protection.password;
    });
  }

  checkPassword(password?: string): OfficeExtension.ClientResult<boolean> {
    return this._callForResult("checkPassword", [password], (s) => (s.protection.password ?? "") === (password ?? ""));
  }

  updateOptions(options: Excel.WorksheetProtectionOptions): void {
    this._call("updateOptions", [options], (s) => {
      s.protection.options = { ...s.protection.options, ...options };
    });
  }
}

const FREEZE: ProxySpec<SheetModel> = { typeName: "WorksheetFreezePanes", alive, scalars: {} };

function frozenRect(s: SheetModel): CellRect | null {
  const { rows, columns } = s.freeze;
  if (rows > 0 && columns > 0) return rect(0, 0, rows, columns);
  if (rows > 0) return rect(0, 0, rows, MAX_COLUMNS);
  if (columns > 0) return rect(0, 0, MAX_ROWS, columns);
  return null;
}

export class WorksheetFreezePanes
  extends ProxyObject<SheetModel>
  implements
    MethodsOf<
      Excel.WorksheetFreezePanes,
      "freezeAt" | "freezeColumns" | "freezeRows" | "getLocation" | "getLocationOrNullObject" | "unfreeze"
    >
{
  constructor(ctx: ProxyContext, resolver: () => SheetModel | null, parent: ProxyNode, path: PathSpec) {
    super(ctx, resolver, parent, path);
  }

  protected _spec(): ProxySpec<SheetModel> {
    return FREEZE;
  }

  freezeRows(count = 1): void {
    this._call("freezeRows", [count], (s) => {
      if (!Number.isInteger(count) || count < 0 || count >= MAX_ROWS)
        throw excelError(ErrorCode.invalidArgument, `${count} rows`);
      s.freeze = { rows: count, columns: 0 };
    });
  }

  freezeColumns(count = 1): void {
    this._call("freezeColumns", [count], (s) => {
      if (!Number.isInteger(count) || count < 0 || count >= MAX_COLUMNS) {
        throw excelError(ErrorCode.invalidArgument, `${count} columns`);
      }
      s.freeze = { rows: 0, columns: count };
    });
  }

  /** The given cells become the frozen top-left pane. */
  freezeAt(frozenRange: Excel.Range | string): void {
    this._call("freezeAt", [frozenRange], (s) => {
      const r = rangeArgument(frozenRange, s, this._wb).rect;
      s.freeze = {
        rows: isEntireColumns(r) ? 0 : lastRow(r) + 1,
        columns: isEntireRows(r) ? 0 : lastColumn(r) + 1,
      };
    });
  }

  unfreeze(): void {
    this._call("unfreeze", [], (s) => {
      s.freeze = { rows: 0, columns: 0 };
    });
  }

  getLocation(): Range {
    return this._method(Range, "getLocation", [], (s) => {
      const frozen = frozenRect(s);
      if (!frozen) throw excelError(ErrorCode.itemNotFound, "no frozen panes");
      return { sheet: s, rect: frozen };
    });
  }

  getLocationOrNullObject(): Range {
    return this._method(Range, "getLocationOrNullObject", [], (s) => {
      const frozen = frozenRect(s);
      return frozen ? { sheet: s, rect: frozen } : null;
    });
  }
}

const LAYOUT_FIELDS = [
  "orientation",
  "paperSize",
  "zoom",
  "topMargin",
  "bottomMargin",
  "leftMargin",
  "rightMargin",
  "headerMargin",
  "footerMargin",
  "centerHorizontally",
  "centerVertically",
  "printGridlines",
  "printHeadings",
  "blackAndWhite",
  "draftMode",
  "printComments",
  "printErrors",
  "printOrder",
  "firstPageNumber",
] as const;

type LayoutField = (typeof LAYOUT_FIELDS)[number];

const PAGE_LAYOUT: ProxySpec<SheetModel> = {
  typeName: "PageLayout",
  alive,
  navigation: ["headersFooters"],
  scalars: Object.fromEntries(
    LAYOUT_FIELDS.map((f) => [f, (s: SheetModel) => (f === "zoom" ? { ...s.pageLayout.zoom } : s.pageLayout[f])]),
  ),
};

function validLayout(field: LayoutField, value: unknown): PageLayoutModel[LayoutField] {
  switch (field) {
    case "orientation":
      if (value !== "Portrait" && value !== "Landscape")
        throw excelError(ErrorCode.invalidArgument, `orientation ${String(value)}`);
      return value;
    case "zoom": {
      const z = value as { scale?: unknown; horizontalFitToPages?: unknown; verticalFitToPages?: unknown } | null;
      if (z === null || typeof z !== "object") throw excelError(ErrorCode.invalidArgument, "zoom must be an object");
      if (z.scale !== undefined && (typeof z.scale !== "number" || z.scale < 10 || z.scale > 400)) {
        throw excelError(ErrorCode.invalidArgument, `zoom scale ${String(z.scale)} is outside 10–400`);
      }
      return { ...z } as PageLayoutModel["zoom"];
    }
    case "paperSize":
    case "printComments":
    case "printErrors":
    case "printOrder":
      if (typeof value !== "string") throw excelError(ErrorCode.invalidArgument, `${field} ${String(value)}`);
      return value;
    case "firstPageNumber":
      if (value !== "" && typeof value !== "number") throw excelError(ErrorCode.invalidArgument, "firstPageNumber");
      return value;
    case "centerHorizontally":
    case "centerVertically":
    case "printGridlines":
    case "printHeadings":
    case "blackAndWhite":
    case "draftMode":
      if (typeof value !== "boolean") throw excelError(ErrorCode.invalidArgument, `${field} must be true or false`);
      return value;
    default:
      if (typeof value !== "number" || value < 0)
        throw excelError(ErrorCode.invalidArgument, `${field} ${String(value)}`);
      return value;
  }
}

export class PageLayout
  extends ProxyObject<SheetModel>
  implements
    Pick<
      Excel.PageLayout,
      "orientation" | "paperSize" | "zoom" | "centerHorizontally" | "printGridlines" | "topMargin"
    >,
    MethodsOf<
      Excel.PageLayout,
      | "setPrintTitleRows"
      | "getPrintTitleRows"
      | "getPrintTitleRowsOrNullObject"
      | "setPrintTitleColumns"
      | "getPrintTitleColumns"
      | "getPrintTitleColumnsOrNullObject"
      | "setPrintArea"
      | "getPrintArea"
      | "getPrintAreaOrNullObject"
      | "setPrintMargins"
    >
{
  constructor(ctx: ProxyContext, resolver: () => SheetModel | null, parent: ProxyNode, path: PathSpec) {
    super(ctx, resolver, parent, path);
  }

  protected _spec(): ProxySpec<SheetModel> {
    return PAGE_LAYOUT;
  }

  /** Headers and footers of the printed pages (ExcelApi 1.9). */
  get headersFooters(): HeaderFooterGroup {
    return this._nav("headersFooters", (path) => new HeaderFooterGroup(this._ctx, () => this._target(), this, path));
  }

  private _layout(field: LayoutField, value: unknown): void {
    this._set(field, value, (s) => {
      (s.pageLayout as unknown as Record<string, unknown>)[field] = validLayout(field, value);
    });
  }

  get orientation(): Excel.PageOrientation {
    return this._get("orientation");
  }
  set orientation(v: Excel.PageOrientation) {
    this._layout("orientation", v);
  }
  get paperSize(): Excel.PaperType {
    return this._get("paperSize");
  }
  set paperSize(v: Excel.PaperType) {
    this._layout("paperSize", v);
  }
  /** Set as a whole object (`zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 }`), as in Office.js. */
  get zoom(): Excel.PageLayoutZoomOptions {
    return this._get("zoom");
  }
  set zoom(v: Excel.PageLayoutZoomOptions) {
    const host = this._ctx.wb.options.fitToPages ?? "applied";
    const fitting = v?.horizontalFitToPages !== undefined || v?.verticalFitToPages !== undefined;
    if (fitting && host !== "applied") {
      this._set("zoom", v, () => {
        if (host === "refused" && v.verticalFitToPages === 0) {
          throw excelError(ErrorCode.invalidArgument, "verticalFitToPages 0");
        }
        // "ignored": the scaling stays as it was (office-js #1860).
      });
      return;
    }
    this._layout("zoom", v);
  }
  get centerHorizontally(): boolean {
    return this._get("centerHorizontally");
  }
  set centerHorizontally(v: boolean) {
    this._layout("centerHorizontally", v);
  }
  get centerVertically(): boolean {
    return this._get("centerVertically");
  }
  set centerVertically(v: boolean) {
    this._layout("centerVertically", v);
  }
  get printGridlines(): boolean {
    return this._get("printGridlines");
  }
  set printGridlines(v: boolean) {
    this._layout("printGridlines", v);
  }
  get printHeadings(): boolean {
    return this._get("printHeadings");
  }
  set printHeadings(v: boolean) {
    this._layout("printHeadings", v);
  }
  get topMargin(): number {
    return this._get("topMargin");
  }
  set topMargin(v: number) {
    this._layout("topMargin", v);
  }
  get bottomMargin(): number {
    return this._get("bottomMargin");
  }
  set bottomMargin(v: number) {
    this._layout("bottomMargin", v);
  }
  get leftMargin(): number {
    return this._get("leftMargin");
  }
  set leftMargin(v: number) {
    this._layout("leftMargin", v);
  }
  get rightMargin(): number {
    return this._get("rightMargin");
  }
  set rightMargin(v: number) {
    this._layout("rightMargin", v);
  }
  get headerMargin(): number {
    return this._get("headerMargin");
  }
  set headerMargin(v: number) {
    this._layout("headerMargin", v);
  }
  get footerMargin(): number {
    return this._get("footerMargin");
  }
  set footerMargin(v: number) {
    this._layout("footerMargin", v);
  }
  get blackAndWhite(): boolean {
    return this._get("blackAndWhite");
  }
  set blackAndWhite(v: boolean) {
    this._layout("blackAndWhite", v);
  }
  get draftMode(): boolean {
    return this._get("draftMode");
  }
  set draftMode(v: boolean) {
    this._layout("draftMode", v);
  }
  get printComments(): Excel.PrintComments {
    return this._get("printComments");
  }
  set printComments(v: Excel.PrintComments) {
    this._layout("printComments", v);
  }
  get printErrors(): Excel.PrintErrorType {
    return this._get("printErrors");
  }
  set printErrors(v: Excel.PrintErrorType) {
    this._layout("printErrors", v);
  }
  get printOrder(): Excel.PrintOrder {
    return this._get("printOrder");
  }
  set printOrder(v: Excel.PrintOrder) {
    this._layout("printOrder", v);
  }
  get firstPageNumber(): number | "" {
    return this._get("firstPageNumber");
  }
  set firstPageNumber(v: number | "") {
    this._layout("firstPageNumber", v);
  }

  /** Rows repeated at the top of each printed page ("$1:$2" or any range on those rows). */
  setPrintTitleRows(printTitleRows: Excel.Range | string): void {
    this._call("setPrintTitleRows", [printTitleRows], (s) => {
      const r = rangeArgument(
        typeof printTitleRows === "string" ? printTitleRows.replace(/\$/g, "") : printTitleRows,
        s,
        this._wb,
      ).rect;
      s.pageLayout.printTitleRows = rect(r.row, 0, r.rowCount, MAX_COLUMNS);
    });
  }

  getPrintTitleRows(): Range {
    return this._method(Range, "getPrintTitleRows", [], (s) => {
      if (!s.pageLayout.printTitleRows) throw excelError(ErrorCode.itemNotFound, "no print title rows");
      return { sheet: s, rect: s.pageLayout.printTitleRows };
    });
  }

  getPrintTitleRowsOrNullObject(): Range {
    return this._method(Range, "getPrintTitleRowsOrNullObject", [], (s) =>
      s.pageLayout.printTitleRows ? { sheet: s, rect: s.pageLayout.printTitleRows } : null,
    );
  }

  setPrintTitleColumns(printTitleColumns: Excel.Range | string): void {
    this._call("setPrintTitleColumns", [printTitleColumns], (s) => {
      const source = typeof printTitleColumns === "string" ? printTitleColumns.replace(/\$/g, "") : printTitleColumns;
      const r = rangeArgument(source, s, this._wb).rect;
      s.pageLayout.printTitleColumns = rect(0, r.column, MAX_ROWS, r.columnCount);
    });
  }

  getPrintTitleColumns(): Range {
    return this._method(Range, "getPrintTitleColumns", [], (s) => {
      if (!s.pageLayout.printTitleColumns) throw excelError(ErrorCode.itemNotFound, "no print title columns");
      return { sheet: s, rect: s.pageLayout.printTitleColumns };
    });
  }

  getPrintTitleColumnsOrNullObject(): Range {
    return this._method(Range, "getPrintTitleColumnsOrNullObject", [], (s) =>
      s.pageLayout.printTitleColumns ? { sheet: s, rect: s.pageLayout.printTitleColumns } : null,
    );
  }

  setPrintArea(printArea: Excel.Range | Excel.RangeAreas | string): void {
    this._call("setPrintArea", [printArea], (s) => {
      const parts = typeof printArea === "string" ? printArea.split(/[,;]/) : [printArea];
      s.pageLayout.printArea = parts.map(
        (p) => rangeArgument(typeof p === "string" ? p.trim().replace(/\$/g, "") : p, s, this._wb).rect,
      );
    });
  }

  getPrintArea(): RangeAreas {
    return this._method(RangeAreas, "getPrintArea", [], (s): AreasRef => {
      if (!s.pageLayout.printArea) throw excelError(ErrorCode.itemNotFound, "no print area");
      return { sheet: s, areas: s.pageLayout.printArea };
    });
  }

  getPrintAreaOrNullObject(): RangeAreas {
    return this._method(RangeAreas, "getPrintAreaOrNullObject", [], (s): AreasRef | null =>
      s.pageLayout.printArea ? { sheet: s, areas: s.pageLayout.printArea } : null,
    );
  }

  setPrintMargins(unit: "Points" | "Inches" | "Centimeters", marginOptions: Excel.PageLayoutMarginOptions): void {
    this._call("setPrintMargins", [unit, marginOptions], (s) => {
      const factor = unit === "Inches" ? 72 : unit === "Centimeters" ? 72 / 2.54 : 1;
      const m = marginOptions as Record<string, number | undefined>;
      for (const side of ["top", "bottom", "left", "right", "header", "footer"]) {
        const v = m[side];
        if (v !== undefined) (s.pageLayout as unknown as Record<string, number>)[`${side}Margin`] = v * factor;
      }
    });
  }
}

interface PropertyRef {
  readonly sheet: SheetModel;
  readonly key: string;
}

function findProperty(p: PropertyRef): { key: string; value: string } | undefined {
  const k = p.key.toLowerCase();
  return p.sheet.customProperties.find((e) => e.key.toLowerCase() === k);
}

const PROPERTIES: ProxySpec<SheetModel> = {
  typeName: "WorksheetCustomPropertyCollection",
  alive,
  scalars: {},
  items: (s, owner) =>
    s.customProperties.map((e) =>
      new WorksheetCustomProperty(owner._ctx, () => null, owner, { type: 5, name: e.key })._bind({
        sheet: s,
        key: e.key,
      }),
    ),
};

export class WorksheetCustomPropertyCollection
  extends ProxyObject<SheetModel>
  implements MethodsOf<Excel.WorksheetCustomPropertyCollection, "add" | "getCount" | "getItem" | "getItemOrNullObject">
{
  constructor(ctx: ProxyContext, resolver: () => SheetModel | null, parent: ProxyNode, path: PathSpec) {
    super(ctx, resolver, parent, path);
  }

  protected _spec(): ProxySpec<SheetModel> {
    return PROPERTIES;
  }

  get items(): WorksheetCustomProperty[] {
    return this._itemsOrThrow<WorksheetCustomProperty>();
  }

  /** Overwrites an existing key (case-insensitive); keys over 255 characters are InvalidArgument. */
  add(key: string, value: string): WorksheetCustomProperty {
    return this._method(WorksheetCustomProperty, "add", [key, value], (s) => {
      if (typeof key !== "string" || key.length === 0 || key.length > 255) {
        throw excelError(ErrorCode.invalidArgument, "a custom property key has 1–255 characters");
      }
      if (typeof value !== "string") throw excelError(ErrorCode.invalidArgument, "a custom property value is text");
      const existing = findProperty({ sheet: s, key });
      if (existing) existing.value = value;
      else s.customProperties.push({ key, value });
      return { sheet: s, key };
    });
  }

  getCount(): OfficeExtension.ClientResult<number> {
    return this._callForResult("getCount", [], (s) => s.customProperties.length);
  }

  getItem(key: string): WorksheetCustomProperty {
    return this._method(WorksheetCustomProperty, "getItem", [key], (s) => {
      if (!findProperty({ sheet: s, key })) throw excelError(ErrorCode.itemNotFound, `no custom property "${key}"`);
      return { sheet: s, key };
    });
  }

  getItemOrNullObject(key: string): WorksheetCustomProperty {
    return this._method(WorksheetCustomProperty, "getItemOrNullObject", [key], (s) =>
      findProperty({ sheet: s, key }) ? { sheet: s, key } : null,
    );
  }
}

const PROPERTY: ProxySpec<PropertyRef> = {
  typeName: "WorksheetCustomProperty",
  alive: (p) => !p.sheet.deleted && findProperty(p) !== undefined,
  scalars: {
    key: (p) => findProperty(p)?.key ?? p.key,
    value: (p) => findProperty(p)?.value ?? "",
  },
};

export class WorksheetCustomProperty
  extends ProxyObject<PropertyRef>
  implements Pick<Excel.WorksheetCustomProperty, "key" | "value">, MethodsOf<Excel.WorksheetCustomProperty, "delete">
{
  constructor(ctx: ProxyContext, resolver: () => PropertyRef | null, parent: ProxyNode, path: PathSpec) {
    super(ctx, resolver, parent, path);
  }

  protected _spec(): ProxySpec<PropertyRef> {
    return PROPERTY;
  }

  get key(): string {
    return this._get("key");
  }

  get value(): string {
    return this._get("value");
  }
  set value(value: string) {
    this._set("value", value, (p) => {
      const entry = findProperty(p);
      if (entry) entry.value = String(value);
    });
  }

  delete(): void {
    this._call("delete", [], (p) => {
      const entry = findProperty(p);
      p.sheet.customProperties.splice(p.sheet.customProperties.indexOf(entry as { key: string; value: string }), 1);
    });
  }
}
