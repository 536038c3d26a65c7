/**
 * A ChartPlan as DrawingML: the chart part (xl/charts/chartN.xml) and the drawing anchor that places it
 * on the sheet (xl/drawings/drawingN.xml). Pure text builders: chart-package.ts puts the parts into the
 * package, chart-data.ts reads the cached values from the worksheet.
 *
 * The plan's source is laid out as Office.js's `charts.add(type, source, "Columns")` reads it: the first
 * row holds the series names, the first column the categories, every other column is one series. The
 * series refer to the sheet's cells, so the chart follows the numbers when they are edited; the cached
 * values are what a reader shows before it recalculates.
 */
import { type RangeRef, columnLetters } from "@tassei/excel-rules";
import type { ChartPlan } from "../core/workbook/plan";
import { encodeOoxmlText } from "./ooxml-text";
import { escapeXml } from "./xml";

const CHART_NAMESPACE = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const DRAWINGML_NAMESPACE = "http://schemas.openxmlformats.org/drawingml/2006/main";
const SPREADSHEET_DRAWING_NAMESPACE = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
export const RELATIONSHIPS_NAMESPACE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The values a chart shows, as the sheet holds them when the file is saved. */
export interface ChartData {
  /** One per data row of the source (its first column); null for an empty cell. */
  readonly categories: readonly (string | null)[];
  /** One per column after the first: the header cell's text and the column's numbers (null: no number). */
  readonly series: readonly { readonly name: string | null; readonly values: readonly (number | null)[] }[];
}

/** `'全庁サマリー'!$B$5:$B$9`: always quoted, which Excel accepts for any sheet name. */
export function absoluteReference(sheet: string, range: RangeRef): string {
  const corner = (row: number, column: number) => `$${columnLetters(column)}$${row + 1}`;
  const first = corner(range.row, range.column);
  const single = range.rowCount === 1 && range.columnCount === 1;
  const last = corner(range.row + range.rowCount - 1, range.column + range.columnCount - 1);
  return `'${sheet.replace(/'/g, "''")}'!${single ? first : `${first}:${last}`}`;
}

/** Where each piece of a chart's source lies on the sheet, series by columns (the default) or by rows. */
export function chartRanges(
  source: RangeRef,
  seriesBy: ChartPlan["seriesBy"] = "columns",
): {
  readonly categories: RangeRef;
  readonly names: readonly RangeRef[];
  readonly values: readonly RangeRef[];
} {
  if (seriesBy === "rows") {
    const columns = Math.max(1, source.columnCount - 1);
    const dataColumn = source.column + 1;
    const seriesRows = Array.from({ length: Math.max(0, source.rowCount - 1) }, (_, i) => source.row + 1 + i);
    return {
      categories: { row: source.row, column: dataColumn, rowCount: 1, columnCount: columns },
      names: seriesRows.map((row) => ({ row, column: source.column, rowCount: 1, columnCount: 1 })),
      values: seriesRows.map((row) => ({ row, column: dataColumn, rowCount: 1, columnCount: columns })),
    };
  }
  const rows = Math.max(1, source.rowCount - 1);
  const dataRow = source.row + 1;
  const seriesColumns = Array.from({ length: Math.max(0, source.columnCount - 1) }, (_, i) => source.column + 1 + i);
  return {
    categories: { row: dataRow, column: source.column, rowCount: rows, columnCount: 1 },
    names: seriesColumns.map((column) => ({ row: source.row, column, rowCount: 1, columnCount: 1 })),
    values: seriesColumns.map((column) => ({ row: dataRow, column, rowCount: rows, columnCount: 1 })),
  };
}

/** Cell text as SpreadsheetML stores it; a formula (`<c:f>`) is only escaped. */
const text = (value: string) => escapeXml(encodeOoxmlText(value));
const formula = (sheet: string, range: RangeRef) => `<c:f>${escapeXml(absoluteReference(sheet, range))}</c:f>`;

function stringCache(values: readonly (string | null)[]): string {
  const points = values
    .map((value, idx) => (value === null ? "" : `<c:pt idx="${idx}"><c:v>${text(value)}</c:v></c:pt>`))
    .join("");
  return `<c:strCache><c:ptCount val="${values.length}"/>${points}</c:strCache>`;
}

function numberCache(values: readonly (number | null)[]): string {
  const points = values
    .map((value, idx) =>
      value === null || !Number.isFinite(value) ? "" : `<c:pt idx="${idx}"><c:v>${String(value)}</c:v></c:pt>`,
    )
    .join("");
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${points}</c:numCache>`;
}

/** A series' colour: the bar's fill, or the line's stroke and its markers'. */
function seriesShape(color: string, line: boolean): string {
  const fill = `<a:solidFill><a:srgbClr val="${color.replace(/^#/u, "").toUpperCase()}"/></a:solidFill>`;
  return line ? `<c:spPr><a:ln w="28575" cap="rnd">${fill}</a:ln></c:spPr>` : `<c:spPr>${fill}</c:spPr>`;
}

/** A line's markers: circles in the line's colour. */
function lineMarker(color: string | undefined): string {
  const fill =
    color === undefined
      ? ""
      : `<c:spPr><a:solidFill><a:srgbClr val="${color.replace(/^#/u, "").toUpperCase()}"/></a:solidFill></c:spPr>`;
  return `<c:marker><c:symbol val="circle"/><c:size val="6"/>${fill}</c:marker>`;
}

/** Two axis ids, unique within the chart part (Excel uses random ones; any distinct pair will do). */
const CATEGORY_AXIS = 50010;
const VALUE_AXIS = 50020;

/** The whole chart part for one plan. */
export function chartPartXml(plan: ChartPlan, sheet: string, data: ChartData): string {
  const ranges = chartRanges(plan.source, plan.seriesBy);
  const horizontal = plan.kind === "barStacked" || plan.kind === "barStacked100";
  const line = plan.kind === "line";
  const grouping =
    plan.kind === "barStacked100" ? "percentStacked" : plan.kind === "columnClustered" ? "clustered" : "stacked";
  const stacked = grouping !== "clustered";
  const series = ranges.values
    .map((values, i) => {
      const name = ranges.names[i] as RangeRef;
      const cached = data.series[i];
      const color = plan.colors?.[i];
      return (
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
        `<c:tx><c:strRef>${formula(sheet, name)}${stringCache([cached?.name ?? null])}</c:strRef></c:tx>` +
        (color === undefined ? "" : seriesShape(color, line)) +
        (line ? lineMarker(color) : `<c:invertIfNegative val="0"/>`) +
        `<c:cat><c:strRef>${formula(sheet, ranges.categories)}${stringCache(data.categories)}</c:strRef></c:cat>` +
        `<c:val><c:numRef>${formula(sheet, values)}${numberCache(cached?.values ?? [])}</c:numRef></c:val>` +
        (line ? `<c:smooth val="0"/>` : "") +
        `</c:ser>`
      );
    })
    .join("");
  const title =
    plan.title === ""
      ? `<c:autoTitleDeleted val="1"/>`
      : `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>${text(plan.title)}</a:t></a:r></a:p></c:rich></c:tx>` +
        `<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>`;
  const axis = (position: string) =>
    `<c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${position}"/>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${CHART_NAMESPACE}" xmlns:a="${DRAWINGML_NAMESPACE}" xmlns:r="${RELATIONSHIPS_NAMESPACE}">` +
    `<c:roundedCorners val="0"/>` +
    `<c:chart>${title}<c:plotArea><c:layout/>` +
    (line
      ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>` +
        `<c:axId val="${CATEGORY_AXIS}"/><c:axId val="${VALUE_AXIS}"/></c:lineChart>`
      : `<c:barChart><c:barDir val="${horizontal ? "bar" : "col"}"/><c:grouping val="${grouping}"/>` +
        `<c:varyColors val="0"/>${series}<c:gapWidth val="150"/>${stacked ? `<c:overlap val="100"/>` : ""}` +
        `<c:axId val="${CATEGORY_AXIS}"/><c:axId val="${VALUE_AXIS}"/></c:barChart>`) +
    `<c:catAx><c:axId val="${CATEGORY_AXIS}"/>${axis(horizontal ? "l" : "b")}` +
    `<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/><c:crossAx val="${VALUE_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/>` +
    `<c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${VALUE_AXIS}"/>${axis(horizontal ? "b" : "l")}<c:majorGridlines/>` +
    `<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/><c:crossAx val="${CATEGORY_AXIS}"/><c:crosses val="autoZero"/>` +
    `<c:crossBetween val="${line ? "midCat" : "between"}"/></c:valAx>` +
    `</c:plotArea><c:legend><c:legendPos val="r"/><c:overlay val="0"/></c:legend>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

/**
 * One chart's anchor in a drawing part, from the top-left of the placement's first cell to the
 * bottom-right of its last (as Office.js's `chart.setPosition(first, last)`). It declares its own
 * namespaces, so it can be added to a drawing part written by someone else with other prefixes.
 */
export function chartAnchorXml(plan: ChartPlan, shapeId: number, relationshipId: string): string {
  const p = plan.placement;
  const marker = (row: number, column: number) =>
    `<xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
  return (
    `<xdr:twoCellAnchor xmlns:xdr="${SPREADSHEET_DRAWING_NAMESPACE}" xmlns:a="${DRAWINGML_NAMESPACE}">` +
    `<xdr:from>${marker(p.row, p.column)}</xdr:from><xdr:to>${marker(p.row + p.rowCount, p.column + p.columnCount)}</xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${shapeId}" name="${text(plan.name)}"/>` +
    `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${CHART_NAMESPACE}">` +
    `<c:chart xmlns:c="${CHART_NAMESPACE}" xmlns:r="${RELATIONSHIPS_NAMESPACE}" r:id="${relationshipId}"/>` +
    `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

/** A new drawing part holding the given anchors. */
export function drawingPartXml(anchors: readonly string[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="${SPREADSHEET_DRAWING_NAMESPACE}" xmlns:a="${DRAWINGML_NAMESPACE}">${anchors.join("")}</xdr:wsDr>`
  );
}
