/** Excel tables through Office.js: TableCollection, Table, its columns and rows. */
import { type CellRect, parseAddress, rect } from "../model/address";
import { ErrorCode, excelError } from "../model/excel-error";
import { type RangeRef, assertSheetUnprotected, readValues, writeEntries } from "../model/range-ops";
import type { SheetModel } from "../model/sheet";
import { refreshHeaderNames } from "../model/table-headers";
import type { TableModel } from "../model/table-model";
import {
  addTable,
  addTableColumn,
  addTableRows,
  deleteTableColumn,
  deleteTableRows,
  findTable,
  removeTable,
  renameTable,
  resizeTable,
  setShowTotals,
} from "../model/tables";
import type { WorkbookModel } from "../model/workbook";
import { type MethodsOf, type PathSpec, type ProxyContext, type ProxyNode, ProxyObject, type ProxySpec } from "./proxy";
import { Range, rangeArgument } from "./range";
import { Worksheet } from "./worksheet";

export interface TablesRef {
  readonly wb: WorkbookModel;
  /** Set for worksheet.tables; workbook.tables lists every table. */
  readonly sheet?: SheetModel;
}

function tablesOf(t: TablesRef): TableModel[] {
  return t.wb.tables.filter((table) => !t.sheet || table.sheet === t.sheet);
}

const STYLE = /^(TableStyle(Light([1-9]|1[0-9]|2[01])|Medium([1-9]|1[0-9]|2[0-8])|Dark([1-9]|1[01])))?$/;

const COLLECTION: ProxySpec<TablesRef> = {
  typeName: "TableCollection",
  alive: (t) => !t.sheet?.deleted,
  scalars: { count: (t) => tablesOf(t).length },
  items: (t, owner) =>
    tablesOf(t).map((table) => new Table(owner._ctx, () => table, owner, { type: 5, name: table.name })._bind(table)),
};

export class TableCollection
  extends ProxyObject<TablesRef>
  implements
    Pick<Excel.TableCollection, "count">,
    MethodsOf<Excel.TableCollection, "add" | "getCount" | "getItem" | "getItemAt" | "getItemOrNullObject">
{
  constructor(ctx: ProxyContext, resolver: () => TablesRef | null, parent: ProxyNode, path: PathSpec) {
    super(ctx, resolver, parent, path);
  }

  protected _spec(): ProxySpec<TablesRef> {
    return COLLECTION;
  }

  get count(): number {
    return this._get("count");
  }

  get items(): Table[] {
    return this._itemsOrThrow<Table>();
  }

  /** hasHeaders false: Excel writes generated headers (列1, 列2…) and moves the data down one row. */
  add(address: Excel.Range | string, hasHeaders: boolean): Table {
    return this._method(Table, "add", [address, hasHeaders], (t) => {
      let ref: RangeRef;
      if (typeof address === "string") {
        const parsed = parseAddress(address);
        if (!parsed) throw excelError(ErrorCode.invalidArgument, `"${address}" is not an address`);
        const sheet = parsed.sheetName !== undefined ? t.wb.findSheet(parsed.sheetName) : (t.sheet ?? t.wb.activeSheet);
        if (!sheet) throw excelError(ErrorCode.invalidArgument, `no sheet for ${address}`);
        ref = { sheet, rect: parsed.rect };
      } else {
        ref = rangeArgument(address, t.sheet ?? (t.wb.activeSheet as SheetModel), t.wb);
      }
      if (t.sheet && ref.sheet !== t.sheet)
        throw excelError(ErrorCode.invalidArgument, "the range is on another sheet");
      return addTable(t.wb, ref, hasHeaders === true);
    });
  }

  getCount(): OfficeExtension.ClientResult<number> {
    return this._callForResult("getCount", [], (t) => tablesOf(t).length);
  }

  getItem(key: string): Table {
    return this._method(Table, "getItem", [key], (t) => {
      const table = findTable(t.wb, key);
      if (!table || (t.sheet && table.sheet !== t.sheet)) throw excelError(ErrorCode.itemNotFound, `no table "${key}"`);
      return table;
    });
  }

  getItemOrNullObject(key: string): Table {
    return this._method(Table, "getItemOrNullObject", [key], (t) => {
      const table = findTable(t.wb, key);
      return table && (!t.sheet || table.sheet === t.sheet) ? table : null;
    });
  }

  getItemAt(index: number): Table {
    return this._method(Table, "getItemAt", [index], (t) => {
      const table = tablesOf(t)[index];
      if (!table) throw excelError(ErrorCode.invalidArgument, `no table at ${index}`);
      return table;
    });
  }
}

const TABLE: ProxySpec<TableModel> = {
  typeName: "Table",
  alive: (t) => !t.deleted && !t.sheet.deleted,
  navigation: ["columns", "rows", "worksheet"],
  scalars: {
    id: (t) => String(t.id),
    legacyId: (t) => String(t.id),
    name: (t) => t.name,
    style: (t) => t.style,
    showTotals: (t) => t.showTotals,
    showHeaders: (t) => t.showHeaders,
    showBandedRows: (t) => t.showBandedRows,
    showBandedColumns: (t) => t.showBandedColumns,
    showFilterButton: (t) => t.showFilterButton,
    highlightFirstColumn: (t) => t.highlightFirstColumn,
    highlightLastColumn: (t) => t.highlightLastColumn,
  },
};

type TableScalars =
  | "id"
  | "legacyId"
  | "name"
  | "style"
  | "showTotals"
  | "showHeaders"
  | "showBandedRows"
  | "showBandedColumns"
  | "showFilterButton"
  | "highlightFirstColumn"
  | "highlightLastColumn";

type TableMethods =
  | "getRange"
  | "getHeaderRowRange"
  | "getDataBodyRange"
  | "getTotalRowRange"
  | "delete"
  | "convertToRange"
  | "resize"
  | "clearFilters"
  | "reapplyFilters";

export class Table
  extends ProxyObject<TableModel>
  implements Pick<Excel.Table, TableScalars>, MethodsOf<Excel.Table, TableMethods>
{
  constructor(ctx: ProxyContext, resolver: () => TableModel | null, parent: ProxyNode, path: PathSpec) {
    super(ctx, resolver, parent, path);
  }

  protected _spec(): ProxySpec<TableModel> {
    return TABLE;
  }

  get id(): string {
    return this._get("id");
  }
  get legacyId(): string {
    return this._get("legacyId");
  }

  get name(): string {
    return this._get("name");
  }
  set name(name: string) {
    this._set("name", name, (t) => renameTable(this._wb, t, name));
  }

  get style(): string {
    return this._get("style");
  }
  set style(style: string) {
    this._set("style", style, (t) => {
      if (typeof style !== "string" || !STYLE.test(style))
        throw excelError(ErrorCode.invalidArgument, `table style ${style}`);
      t.style = style;
    });
  }

  get showTotals(): boolean {
    return this._get("showTotals");
  }
  set showTotals(show: boolean) {
    this._set("showTotals", show, (t) => setShowTotals(this._wb, t, show === true));
  }

  /** Hiding the header row removes it from the table; showing it again writes the names above the data. */
  get showHeaders(): boolean {
    return this._get("showHeaders");
  }
  set showHeaders(show: boolean) {
    this._set("showHeaders", show, (t) => {
      if (t.showHeaders === show) return;
      assertSheetUnprotected(t.sheet, "change the header row");
      if (!show) {
        const header = t.headerRect() as CellRect;
        for (let c = header.column; c < header.column + header.columnCount; c++)
          t.sheet.setContent(header.row, c, undefined);
        t.range = rect(t.range.row + 1, t.range.column, t.range.rowCount - 1, t.range.columnCount);
        t.showHeaders = false;
        this._wb.cellsChanged(t.sheet, header);
      } else {
        if (t.range.row === 0) throw excelError(ErrorCode.invalidOperation, "no row above the table for its header");
        t.range = rect(t.range.row - 1, t.range.column, t.range.rowCount + 1, t.range.columnCount);
        t.showHeaders = true;
        const header = t.headerRect() as CellRect;
        t.columns.forEach((col, i) =>
          t.sheet.setContent(header.row, header.column + i, { kind: "value", value: col.name }),
        );
        refreshHeaderNames(this._wb, t);
      }
    });
  }

  private _flag(
    name: "showBandedRows" | "showBandedColumns" | "showFilterButton" | "highlightFirstColumn" | "highlightLastColumn",
    value: boolean,
  ): void {
    this._set(name, value, (t) => {
      t[name] = value === true;
    });
  }

  get showBandedRows(): boolean {
    return this._get("showBandedRows");
  }
  set showBandedRows(v: boolean) {
    this._flag("showBandedRows", v);
  }
  get showBandedColumns(): boolean {
    return this._get("showBandedColumns");
  }
  set showBandedColumns(v: boolean) {
    this._flag("showBandedColumns", v);
  }
  get showFilterButton(): boolean {
    return this._get("showFilterButton");
  }
  set showFilterButton(v: boolean) {
    this._flag("showFilterButton", v);
  }
  get highlightFirstColumn(): boolean {
    return this._get("highlightFirstColumn");
  }
  set highlightFirstColumn(v: boolean) {
    this._flag("highlightFirstColumn", v);
  }
  get highlightLastColumn(): boolean {
    return this._get("highlightLastColumn");
  }
  set highlightLastColumn(v: boolean) {
    this._flag("highlightLastColumn", v);
  }

  get columns(): TableColumnCollection {
    return this._nav("columns", (path) => new TableColumnCollection(this._ctx, () => this._target(), this, path));
  }

  get rows(): TableRowCollection {
    return this._nav("rows", (path) => new TableRowCollection(this._ctx, () => this._target(), this, path));
  }

  get worksheet(): Worksheet {
    return this._nav("worksheet", (path) => new Worksheet(this._ctx, () => this._target().sheet, this, path));
  }

  private _part(name: string, part: (t: TableModel) => CellRect | null): Range {
    return this._method(Range, name, [], (t) => {
      const area = part(t);
      if (!area) throw excelError(ErrorCode.itemNotFound, `${t.name} has no such row`);
      return { sheet: t.sheet, rect: area };
    });
  }

  getRange(): Range {
    return this._part("getRange", (t) => t.range);
  }

  getHeaderRowRange(): Range {
    return this._part("getHeaderRowRange", (t) => t.headerRect());
  }

  getDataBodyRange(): Range {
    return this._part("getDataBodyRange", (t) => t.dataRect());
  }

  getTotalRowRange(): Range {
    return this._part("getTotalRowRange", (t) => t.totalRect());
  }

  delete(): void {
    this._call("delete", [], (t) => removeTable(this._wb, t, true));
  }

  convertToRange(): Range {
    return this._method(Range, "convertToRange", [], (t) => {
      const area = t.range;
      removeTable(this._wb, t, false);
      return { sheet: t.sheet, rect: area };
    });
  }

  resize(newRange: Excel.Range | string): void {
    this._call("resize", [newRange], (t) => {
      const target = rangeArgument(newRange, t.sheet, this._wb);
      if (target.sheet !== t.sheet) throw excelError(ErrorCode.invalidArgument, "a table cannot move to another sheet");
      resizeTable(this._wb, t, target.rect);
    });
  }

  clearFilters(): void {
    this._call("clearFilters", [], () => undefined);
  }

  reapplyFilters(): void {
    this._call("reapplyFilters", [], () => undefined);
  }
}

interface ColumnRef {
  readonly table: TableModel;
  readonly id: number;
}

function columnIndexOf(c: ColumnRef): number {
  return c.table.columns.findIndex((col) => col.id === c.id);
}

function columnRect(c: ColumnRef, part: "all" | "header" | "data" | "total"): CellRect | null {
  const index = columnIndexOf(c);
  const column = c.table.range.column + index;
  const source =
    part === "all"
      ? c.table.range
      : part === "header"
        ? c.table.headerRect()
        : part === "data"
          ? c.table.dataRect()
          : c.table.totalRect();
  return source ? rect(source.row, column, source.rowCount, 1) : null;
}

const COLUMNS: ProxySpec<TableModel> = {
  typeName: "TableColumnCollection",
  alive: (t) => !t.deleted,
  scalars: { count: (t) => t.columns.length },
  items: (t, owner) =>
    t.columns.map((col) =>
      new TableColumn(owner._ctx, () => null, owner, { type: 5, name: col.name })._bind({ table: t, id: col.id }),
    ),
};

function findColumn(t: TableModel, key: number | string): ColumnRef | null {
  const col =
    typeof key === "number"
      ? t.columns.find((c) => c.id === key)
      : t.columns.find((c) => c.name.toLowerCase() === key.toLowerCase() || String(c.id) === key);
  return col ? { table: t, id: col.id } : null;
}

export class TableColumnCollection
  extends ProxyObject<TableModel>
  implements
    Pick<Excel.TableColumnCollection, "count">,
    MethodsOf<Excel.TableColumnCollection, "add" | "getCount" | "getItem" | "getItemAt" | "getItemOrNullObject">
{
  constructor(ctx: ProxyContext, resolver: () => TableModel | null, parent: ProxyNode, path: PathSpec) {
    super(ctx, resolver, parent, path);
  }

  protected _spec(): ProxySpec<TableModel> {
    return COLUMNS;
  }

  get count(): number {
    return this._get("count");
  }

  get items(): TableColumn[] {
    return this._itemsOrThrow<TableColumn>();
  }

  /** values include the header row, as in Office.js; name (if given) overrides it. */
  add(
    index?: number,
    values?: Array<Array<boolean | string | number>> | boolean | string | number,
    name?: string,
  ): TableColumn {
    return this._method(TableColumn, "add", [index, values, name], (t) => {
      const at = addTableColumn(this._wb, t, index, values, name);
      const col = t.columns[at];
      if (!col) throw excelError(ErrorCode.generalException, "the column was not added");
      return { table: t, id: col.id };
    });
  }

  getCount(): OfficeExtension.ClientResult<number> {
    return this._callForResult("getCount", [], (t) => t.columns.length);
  }

  getItem(key: number | string): TableColumn {
    return this._method(TableColumn, "getItem", [key], (t) => {
      const col = findColumn(t, key);
      if (!col) throw excelError(ErrorCode.itemNotFound, `no column "${key}" in ${t.name}`);
      return col;
    });
  }

  getItemOrNullObject(key: number | string): TableColumn {
    return this._method(TableColumn, "getItemOrNullObject", [key], (t) => findColumn(t, key));
  }

  getItemAt(index: number): TableColumn {
    return this._method(TableColumn, "getItemAt", [index], (t) => {
      const col = t.columns[index];
      if (!col) throw excelError(ErrorCode.invalidArgument, `no column at ${index}`);
      return { table: t, id: col.id };
    });
  }
}

const COLUMN: ProxySpec<ColumnRef> = {
  typeName: "TableColumn",
  alive: (c) => !c.table.deleted && columnIndexOf(c) >= 0,
  scalars: {
    id: (c) => c.id,
    index: (c) => columnIndexOf(c),
    name: (c) => c.table.columns[columnIndexOf(c)]?.name ?? "",
    values: (c, wb) => readValues(wb, { sheet: c.table.sheet, rect: columnRect(c, "all") as CellRect }),
  },
};

export class TableColumn
  extends ProxyObject<ColumnRef>
  implements
    Pick<Excel.TableColumn, "id" | "index" | "name" | "values">,
    MethodsOf<Excel.TableColumn, "delete" | "getDataBodyRange" | "getHeaderRowRange" | "getRange" | "getTotalRowRange">
{
  constructor(ctx: ProxyContext, resolver: () => ColumnRef | null, parent: ProxyNode, path: PathSpec) {
    super(ctx, resolver, parent, path);
  }

  protected _spec(): ProxySpec<ColumnRef> {
    return COLUMN;
  }

  get id(): number {
    return this._get("id");
  }
  get index(): number {
    return this._get("index");
  }

  get name(): string {
    return this._get("name");
  }
  set name(name: string) {
    this._set("name", name, (c) => {
      const header = columnRect(c, "header");
      if (!header) throw excelError(ErrorCode.invalidOperation, "the table has no header row");
      writeEntries(this._wb, { sheet: c.table.sheet, rect: header }, [[name]], "name");
    });
  }

  get values(): unknown[][] {
    return this._get("values");
  }
  set values(values: unknown[][]) {
    this._set("values", values, (c) =>
      writeEntries(this._wb, { sheet: c.table.sheet, rect: columnRect(c, "all") as CellRect }, values, "values"),
    );
  }

  private _part(name: string, part: "all" | "header" | "data" | "total"): Range {
    return this._method(Range, name, [], (c) => {
      const area = columnRect(c, part);
      if (!area) throw excelError(ErrorCode.itemNotFound, `the table has no ${part} row`);
      return { sheet: c.table.sheet, rect: area };
    });
  }

  getRange(): Range {
    return this._part("getRange", "all");
  }
  getHeaderRowRange(): Range {
    return this._part("getHeaderRowRange", "header");
  }
  getDataBodyRange(): Range {
    return this._part("getDataBodyRange", "data");
  }
  getTotalRowRange(): Range {
    return this._part("getTotalRowRange", "total");
  }

  delete(): void {
    this._call("delete", [], (c) => deleteTableColumn(this._wb, c.table, columnIndexOf(c)));
  }
}

interface RowRef {
  readonly table: TableModel;
  readonly index: number;
}

function rowRect(r: RowRef): CellRect {
  const data = r.table.dataRect();
  if (r.index < 0 || r.index >= data.rowCount) throw excelError(ErrorCode.itemNotFound, `no row ${r.index}`);
  return rect(data.row + r.index, data.column, 1, data.columnCount);
}

const ROWS: ProxySpec<TableModel> = {
  typeName: "TableRowCollection",
  alive: (t) => !t.deleted,
  scalars: { count: (t) => t.dataRowCount() },
  items: (t, owner) =>
    Array.from({ length: t.dataRowCount() }, (_, index) =>
      new TableRow(owner._ctx, () => null, owner, { type: 5, name: String(index) })._bind({ table: t, index }),
    ),
};

export class TableRowCollection
  extends ProxyObject<TableModel>
  implements
    Pick<Excel.TableRowCollection, "count">,
    MethodsOf<Excel.TableRowCollection, "add" | "getCount" | "getItemAt" | "deleteRowsAt" | "deleteRows">
{
  constructor(ctx: ProxyContext, resolver: () => TableModel | null, parent: ProxyNode, path: PathSpec) {
    super(ctx, resolver, parent, path);
  }

  protected _spec(): ProxySpec<TableModel> {
    return ROWS;
  }

  get count(): number {
    return this._get("count");
  }

  get items(): TableRow[] {
    return this._itemsOrThrow<TableRow>();
  }

  /**
   * Inserts rows (index null/-1: at the end). Cells below move down; calculated columns (one formula
   * down the whole column) fill the new rows; null in `values` keeps that formula.
   */
  add(
    index?: number | null,
    values?: Array<Array<boolean | string | number>> | boolean | string | number,
    alwaysInsert?: boolean,
  ): TableRow {
    return this._method(TableRow, "add", [index, values, alwaysInsert], (t) => ({
      table: t,
      index: addTableRows(this._wb, t, index, values, alwaysInsert),
    }));
  }

  getCount(): OfficeExtension.ClientResult<number> {
    return this._callForResult("getCount", [], (t) => t.dataRowCount());
  }

  getItemAt(index: number): TableRow {
    return this._method(TableRow, "getItemAt", [index], (t) => {
      rowRect({ table: t, index });
      return { table: t, index };
    });
  }

  deleteRowsAt(index: number, count = 1): void {
    this._call("deleteRowsAt", [index, count], (t) => deleteTableRows(this._wb, t, index, count));
  }

  deleteRows(rows: number[] | Excel.TableRow[]): void {
    this._call("deleteRows", [rows], (t) => {
      const indexes = (rows as unknown[]).map((r) => (typeof r === "number" ? r : (r as TableRow)._target().index));
      for (const i of [...new Set(indexes)].sort((a, b) => b - a)) deleteTableRows(this._wb, t, i, 1);
    });
  }
}

const ROW: ProxySpec<RowRef> = {
  typeName: "TableRow",
  alive: (r) => !r.table.deleted,
  scalars: {
    index: (r) => r.index,
    values: (r, wb) => readValues(wb, { sheet: r.table.sheet, rect: rowRect(r) }),
  },
};

export class TableRow
  extends ProxyObject<RowRef>
  implements Pick<Excel.TableRow, "index" | "values">, MethodsOf<Excel.TableRow, "delete" | "getRange">
{
  constructor(ctx: ProxyContext, resolver: () => RowRef | null, parent: ProxyNode, path: PathSpec) {
    super(ctx, resolver, parent, path);
  }

  protected _spec(): ProxySpec<RowRef> {
    return ROW;
  }

  get index(): number {
    return this._get("index");
  }

  get values(): unknown[][] {
    return this._get("values");
  }
  set values(values: unknown[][]) {
    this._set("values", values, (r) =>
      writeEntries(this._wb, { sheet: r.table.sheet, rect: rowRect(r) }, values, "values"),
    );
  }

  getRange(): Range {
    return this._method(Range, "getRange", [], (r) => ({ sheet: r.table.sheet, rect: rowRect(r) }));
  }

  delete(): void {
    this._call("delete", [], (r) => deleteTableRows(this._wb, r.table, r.index, 1));
  }
}
