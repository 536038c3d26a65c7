/** Charts kept as data (type, source range, series orientation, title, position); nothing is drawn. */
import { qualifiedAddress } from "../model/address";
import { ErrorCode, excelError } from "../model/excel-error";
import type { ChartModel, SheetModel } from "../model/sheet";
import { type MethodsOf, type PathSpec, type ProxyContext, type ProxyNode, ProxyObject, type ProxySpec } from "./proxy";
import { Range, rangeArgument } from "./range";

interface ChartRef {
  readonly sheet: SheetModel;
  readonly chart: ChartModel;
}

const SERIES_BY = ["Auto", "Columns", "Rows"];

const COLLECTION: ProxySpec<SheetModel> = {
  typeName: "ChartCollection",
  alive: (s) => !s.deleted,
  scalars: { count: (s) => s.charts.length },
  items: (s, owner) =>
    s.charts.map((chart) =>
      new Chart(owner._ctx, () => null, owner, { type: 5, name: chart.name })._bind({ sheet: s, chart }),
    ),
};

function byName(s: SheetModel, name: string): ChartModel | undefined {
  return s.charts.find((c) => c.name.toLowerCase() === name.toLowerCase());
}

export class ChartCollection
  extends ProxyObject<SheetModel>
  implements
    Pick<Excel.ChartCollection, "count">,
    MethodsOf<Excel.ChartCollection, "add" | "getCount" | "getItem" | "getItemAt" | "getItemOrNullObject">
{
  constructor(ctx: ProxyContext, resolver: () => SheetModel | null, parent: ProxyNode, path: PathSpec) {
    super(ctx, resolver, parent, path);
  }

  protected _spec(): ProxySpec<SheetModel> {
    return COLLECTION;
  }

  get count(): number {
    return this._get("count");
  }

  get items(): Chart[] {
    return this._itemsOrThrow<Chart>();
  }

  add(type: Excel.ChartType | string, sourceData: Excel.Range, seriesBy?: Excel.ChartSeriesBy | string): Chart {
    return this._method(Chart, "add", [type, sourceData, seriesBy], (s) => {
      if (typeof type !== "string" || type === "") throw excelError(ErrorCode.invalidArgument, "chart type");
      if (seriesBy !== undefined && !SERIES_BY.includes(seriesBy))
        throw excelError(ErrorCode.invalidArgument, `seriesBy ${seriesBy}`);
      if (s.protection.protected && !s.protection.options.allowEditObjects) {
        throw excelError(ErrorCode.accessDenied, "add a chart on a protected sheet");
      }
      const source = rangeArgument(sourceData, s, this._wb);
      let n = s.charts.length + 1;
      const prefix = this._wb.options.defaults.chartNamePrefix;
      while (byName(s, `${prefix}${n}`)) n++;
      const chart: ChartModel = {
        id: `{${String(this._wb.newObjectId()).padStart(8, "0")}-C4A7-4E0B-9C9F-000000000000}`,
        name: `${prefix}${n}`,
        chartType: type,
        sourceSheet: source.sheet,
        source: source.rect,
        seriesBy: seriesBy ?? "Auto",
        title: { text: "", visible: false },
        top: 0,
        left: 0,
        width: 360,
        height: 216,
        deleted: false,
      };
      s.charts.push(chart);
      return { sheet: s, chart };
    });
  }

  getCount(): OfficeExtension.ClientResult<number> {
    return this._callForResult("getCount", [], (s) => s.charts.length);
  }

  getItem(name: string): Chart {
    return this._method(Chart, "getItem", [name], (s) => {
      const chart = byName(s, name);
      if (!chart) throw excelError(ErrorCode.itemNotFound, `no chart "${name}"`);
      return { sheet: s, chart };
    });
  }

  getItemOrNullObject(name: string): Chart {
    return this._method(Chart, "getItemOrNullObject", [name], (s) => {
      const chart = byName(s, name);
      return chart ? { sheet: s, chart } : null;
    });
  }

  getItemAt(index: number): Chart {
    return this._method(Chart, "getItemAt", [index], (s) => {
      const chart = s.charts[index];
      if (!chart) throw excelError(ErrorCode.invalidArgument, `no chart at ${index}`);
      return { sheet: s, chart };
    });
  }
}

const CHART: ProxySpec<ChartRef> = {
  typeName: "Chart",
  alive: (c) => !c.chart.deleted && !c.sheet.deleted,
  navigation: ["title"],
  scalars: {
    id: (c) => c.chart.id,
    name: (c) => c.chart.name,
    chartType: (c) => c.chart.chartType,
    top: (c) => c.chart.top,
    left: (c) => c.chart.left,
    width: (c) => c.chart.width,
    height: (c) => c.chart.height,
    sourceAddress: (c) => qualifiedAddress(c.chart.sourceSheet.name, c.chart.source),
  },
};

function positive(value: unknown, what: string): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0)
    throw excelError(ErrorCode.invalidArgument, what);
  return value;
}

export class Chart
  extends ProxyObject<ChartRef>
  implements
    Pick<Excel.Chart, "id" | "name" | "chartType" | "top" | "left" | "width" | "height">,
    MethodsOf<Excel.Chart, "delete" | "setData" | "setPosition">
{
  constructor(ctx: ProxyContext, resolver: () => ChartRef | null, parent: ProxyNode, path: PathSpec) {
    super(ctx, resolver, parent, path);
  }

  protected _spec(): ProxySpec<ChartRef> {
    return CHART;
  }

  get id(): string {
    return this._get("id");
  }

  /** Not in Office.js: the source data's address, for tests and the preview. */
  get sourceAddress(): string {
    return this._get("sourceAddress");
  }

  get name(): string {
    return this._get("name");
  }
  set name(name: string) {
    this._set("name", name, (c) => {
      if (typeof name !== "string" || name === "") throw excelError(ErrorCode.invalidArgument, "chart name");
      c.chart.name = name;
    });
  }

  get chartType(): Excel.ChartType {
    return this._get("chartType");
  }
  set chartType(type: Excel.ChartType) {
    this._set("chartType", type, (c) => {
      if (typeof type !== "string" || String(type) === "") throw excelError(ErrorCode.invalidArgument, "chart type");
      c.chart.chartType = type;
    });
  }

  get top(): number {
    return this._get("top");
  }
  set top(v: number) {
    this._set("top", v, (c) => (c.chart.top = positive(v, "top")));
  }
  get left(): number {
    return this._get("left");
  }
  set left(v: number) {
    this._set("left", v, (c) => (c.chart.left = positive(v, "left")));
  }
  get width(): number {
    return this._get("width");
  }
  set width(v: number) {
    this._set("width", v, (c) => (c.chart.width = positive(v, "width")));
  }
  get height(): number {
    return this._get("height");
  }
  set height(v: number) {
    this._set("height", v, (c) => (c.chart.height = positive(v, "height")));
  }

  get title(): ChartTitle {
    return this._nav("title", (path) => new ChartTitle(this._ctx, () => this._target(), this, path));
  }

  delete(): void {
    this._call("delete", [], (c) => {
      c.chart.deleted = true;
      c.sheet.charts.splice(c.sheet.charts.indexOf(c.chart), 1);
    });
  }

  setData(sourceData: Excel.Range, seriesBy?: Excel.ChartSeriesBy | string): void {
    this._call("setData", [sourceData, seriesBy], (c) => {
      const source = rangeArgument(sourceData, c.sheet, this._wb);
      c.chart.sourceSheet = source.sheet;
      c.chart.source = source.rect;
      if (seriesBy !== undefined) c.chart.seriesBy = seriesBy;
    });
  }

  /** Positions the chart over cells, using the sheet's row heights and column widths. */
  setPosition(startCell: Excel.Range | string, endCell?: Excel.Range | string): void {
    this._call("setPosition", [startCell, endCell], (c) => {
      const start = rangeArgument(startCell, c.sheet, this._wb).rect;
      const end = endCell === undefined ? undefined : rangeArgument(endCell, c.sheet, this._wb).rect;
      const d = this._wb.options.defaults;
      const offset = (count: number, sizes: Map<number, number>, fallback: number) => {
        let total = 0;
        for (let i = 0; i < count; i++) total += sizes.get(i) ?? fallback;
        return total;
      };
      c.chart.top = offset(start.row, c.sheet.rowHeights, d.rowHeight);
      c.chart.left = offset(start.column, c.sheet.columnWidths, d.columnWidth);
      if (end) {
        c.chart.height = offset(end.row + 1, c.sheet.rowHeights, d.rowHeight) - c.chart.top;
        c.chart.width = offset(end.column + 1, c.sheet.columnWidths, d.columnWidth) - c.chart.left;
      }
    });
  }

  /** The range the chart draws from (not an Office.js member; Office.js exposes it through series). */
  getDataRange(): Range {
    return this._method(Range, "getDataRange", [], (c) => ({ sheet: c.chart.sourceSheet, rect: c.chart.source }));
  }
}

const TITLE: ProxySpec<ChartRef> = {
  typeName: "ChartTitle",
  alive: (c) => !c.chart.deleted,
  scalars: { text: (c) => c.chart.title.text, visible: (c) => c.chart.title.visible },
};

export class ChartTitle extends ProxyObject<ChartRef> implements Pick<Excel.ChartTitle, "text" | "visible"> {
  constructor(ctx: ProxyContext, resolver: () => ChartRef | null, parent: ProxyNode, path: PathSpec) {
    super(ctx, resolver, parent, path);
  }

  protected _spec(): ProxySpec<ChartRef> {
    return TITLE;
  }

  get text(): string {
    return this._get("text");
  }
  /** Setting a text also shows the title, as in Excel. */
  set text(text: string) {
    this._set("text", text, (c) => {
      c.chart.title.text = String(text);
      c.chart.title.visible = text !== "";
    });
  }

  get visible(): boolean {
    return this._get("visible");
  }
  set visible(visible: boolean) {
    this._set("visible", visible, (c) => (c.chart.title.visible = visible === true));
  }
}
