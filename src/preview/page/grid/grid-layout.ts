/**
 * What the preview grid draws for one sheet, computed from the workbook model without React: which
 * rows and columns (the used range, the selection and the frozen panes, plus a margin to click
 * into), their sizes in pixels, which rows are on screen when the sheet is long, and each cell's
 * text and look (number format, fill, font, alignment, borders, conditional colours).
 */
import type { CSSProperties } from "react";
import { MAX_COLUMNS, MAX_ROWS, cellAddress } from "@tassei/excel-rules";
import {
  type Border,
  type CellRect,
  type DisplayValue,
  type EffectiveStyle,
  type SheetModel,
  type WorkbookModel,
  columnWidthOf,
  lastColumn,
  lastRow,
} from "@tassei/in-memory-excel";
import { type ConditionalColours, conditionalColourer } from "./conditional-colours";

/** Empty rows and columns drawn past the used range, so there is room to click and type. */
export const ROW_MARGIN = 20;
export const COLUMN_MARGIN = 4;
/** A blank sheet still looks like a sheet. */
export const MIN_ROWS = 40;
export const MIN_COLUMNS = 12;
/** Longer sheets draw only the rows on screen (and OVERSCAN_PX around them), at fixed heights. */
export const VIRTUALIZE_ABOVE_ROWS = 500;
export const OVERSCAN_PX = 400;

/** Excel's tallest row, 409 pt: rows that grow with wrapped text stop there. */
export const MAX_ROW_HEIGHT = 545;

/** Excel measures sizes in points; the screen in CSS pixels (96 per inch, 72 points per inch). */
function pointsToPixels(points: number): number {
  return Math.round((points * 4) / 3);
}

export interface GridLayout {
  /** Sheet row indices drawn, in order (hidden rows left out). */
  readonly rows: readonly number[];
  /** Sheet column indices drawn, in order (hidden columns left out). */
  readonly columns: readonly number[];
  readonly columnWidths: ReadonlyMap<number, number>;
  /** Pixel heights of rows with a height set; other rows grow with their text (or take the default). */
  readonly rowHeights: ReadonlyMap<number, number>;
  readonly defaultRowHeight: number;
  /** Rows and columns frozen at the top and left (kept in view while scrolling). */
  readonly frozenRows: number;
  readonly frozenColumns: number;
  /** True when only the rows on screen are drawn. */
  readonly virtual: boolean;
}

/**
 * The last row and column the grid must reach: the used range's (`wb.usedRect(sheet, false)`) and the
 * active cell's — not the whole selection's: selecting column A must not draw a million rows. It grows
 * in steps of a margin, so moving the cursor changes the layout (and redraws every cell) only near the edge.
 */
export function gridReach(used: CellRect | null, active: CellRect): { readonly row: number; readonly column: number } {
  const step = (last: number, size: number) => Math.ceil((last + 1) / size) * size - 1;
  return {
    row: Math.max(used ? lastRow(used) : 0, step(active.row, ROW_MARGIN)),
    column: Math.max(used ? lastColumn(used) : 0, step(active.column, COLUMN_MARGIN)),
  };
}

/** The rows and columns to draw: up to `reach` (see gridReach) and the frozen panes, plus the margins. */
export function gridLayout(
  wb: WorkbookModel,
  sheet: SheetModel,
  reach: { readonly row: number; readonly column: number } = gridReach(wb.usedRect(sheet, false), sheet.selection),
): GridLayout {
  const bottom = Math.max(reach.row, sheet.freeze.rows - 1);
  const right = Math.max(reach.column, sheet.freeze.columns - 1);
  const rowCount = Math.min(MAX_ROWS, Math.max(MIN_ROWS, bottom + 1 + ROW_MARGIN));
  const columnCount = Math.min(MAX_COLUMNS, Math.max(MIN_COLUMNS, right + 1 + COLUMN_MARGIN));
  const rows: number[] = [];
  for (let r = 0; r < rowCount; r++) if (!sheet.hiddenRows.has(r)) rows.push(r);
  const columns: number[] = [];
  for (let c = 0; c < columnCount; c++) if (!sheet.hiddenColumns.has(c)) columns.push(c);
  const columnWidths = new Map(columns.map((c) => [c, pointsToPixels(columnWidthOf(wb, sheet, c))]));
  const rowHeights = new Map([...sheet.rowHeights].map(([r, points]) => [r, pointsToPixels(points)]));
  return {
    rows,
    columns,
    columnWidths,
    rowHeights,
    defaultRowHeight: pointsToPixels(wb.options.defaults.rowHeight),
    frozenRows: sheet.freeze.rows,
    frozenColumns: sheet.freeze.columns,
    virtual: rows.length > VIRTUALIZE_ABOVE_ROWS,
  };
}

export interface RowWindow {
  /** Rows (sheet indices) to draw below the frozen ones. */
  readonly rows: readonly number[];
  /** Space standing for the rows above and below the drawn ones, in pixels. */
  readonly spaceBefore: number;
  readonly spaceAfter: number;
}

/**
 * The scrolling rows on screen: all of them for a short sheet; for a long one, those within
 * OVERSCAN_PX of the viewport, each at its fixed height, and always `mustInclude` (the selected row).
 */
export function rowWindow(
  layout: GridLayout,
  scrollTop: number,
  viewportHeight: number,
  mustInclude?: number,
): RowWindow {
  const scrolling = layout.rows.filter((r) => r >= layout.frozenRows);
  if (!layout.virtual) return { rows: scrolling, spaceBefore: 0, spaceAfter: 0 };
  const top = Math.max(0, scrollTop - OVERSCAN_PX);
  const bottom = scrollTop + viewportHeight + OVERSCAN_PX;
  let offset = 0;
  let spaceBefore = 0;
  let spaceAfter = 0;
  const rows: number[] = [];
  for (const r of scrolling) {
    const height = layout.rowHeights.get(r) ?? layout.defaultRowHeight;
    const visible = offset + height > top && offset < bottom;
    if (visible || r === mustInclude) rows.push(r);
    else if (rows.length === 0) spaceBefore += height;
    else spaceAfter += height;
    offset += height;
  }
  return { rows, spaceBefore, spaceAfter };
}

/** Pixel offset of a row's top edge below the frozen rows (for scrolling it into view). */
export function rowOffset(layout: GridLayout, row: number): number {
  let offset = 0;
  for (const r of layout.rows) {
    if (r < layout.frozenRows) continue;
    if (r >= row) break;
    offset += layout.rowHeights.get(r) ?? layout.defaultRowHeight;
  }
  return offset;
}

export interface CellView {
  readonly row: number;
  readonly column: number;
  readonly address: string;
  readonly text: string;
  readonly style: CSSProperties;
  /** Pixels a left-aligned text may run on over the empty cells to its right (its own width included). */
  readonly overflowWidth?: number;
  /** A merged area's top-left cell spans it; the other cells of the area are not drawn. */
  readonly rowSpan?: number;
  readonly colSpan?: number;
}

const BORDER_STYLES: Readonly<Record<string, string>> = {
  Continuous: "solid",
  Dash: "dashed",
  DashDot: "dashed",
  DashDotDot: "dashed",
  SlantDashDot: "dashed",
  Dot: "dotted",
  Double: "double",
};

const BORDER_WIDTHS: Readonly<Record<string, number>> = { Hairline: 1, Thin: 1, Medium: 2, Thick: 3 };

const GRIDLINE = "1px solid #E1E1E1";

function cssBorder(border: Border | undefined): string | undefined {
  if (!border || border.style === "None") return undefined;
  const style = BORDER_STYLES[border.style] ?? "solid";
  const width = style === "double" ? 3 : (BORDER_WIDTHS[border.weight] ?? 1);
  return `${width}px ${style} ${border.color}`;
}

const HORIZONTAL: Readonly<Record<string, CSSProperties["textAlign"]>> = {
  Left: "left",
  Center: "center",
  Right: "right",
  Fill: "left",
  Justify: "justify",
  CenterAcrossSelection: "center",
  Distributed: "justify",
};

const VERTICAL: Readonly<Record<string, CSSProperties["verticalAlign"]>> = {
  Top: "top",
  Center: "middle",
  Bottom: "bottom",
  Justify: "middle",
  Distributed: "middle",
};

/** Excel's General alignment: numbers right, logical values and errors centred, text left. */
function generalAlignment(value: DisplayValue): CSSProperties["textAlign"] {
  if (typeof value === "number") return "right";
  if (typeof value === "boolean" || (value !== null && typeof value === "object")) return "center";
  return "left";
}

export function cellStyle(
  style: EffectiveStyle,
  value: DisplayValue,
  colours: ConditionalColours | undefined,
  gridlines: boolean,
): CSSProperties {
  const decoration = [style.underline !== "None" ? "underline" : "", style.strikethrough ? "line-through" : ""]
    .filter(Boolean)
    .join(" ");
  const textAlign =
    style.horizontalAlignment === "General" ? generalAlignment(value) : HORIZONTAL[style.horizontalAlignment];
  const gridline = gridlines ? GRIDLINE : undefined;
  const css: CSSProperties = {
    fontFamily: `"${style.fontName}", "Yu Gothic", YuGothic, "Noto Sans CJK JP", "Noto Sans JP", sans-serif`,
    fontSize: `${style.fontSize}pt`,
    fontWeight: style.bold ? 700 : 400,
    fontStyle: style.italic ? "italic" : "normal",
    color: colours?.fontColor ?? style.fontColor,
    backgroundColor: colours?.fill ?? style.fillColor ?? undefined,
    textAlign,
    verticalAlign: VERTICAL[style.verticalAlignment] ?? "bottom",
    whiteSpace: style.wrapText ? "pre-wrap" : "pre",
    borderTop: cssBorder(style.borders.EdgeTop),
    borderLeft: cssBorder(style.borders.EdgeLeft),
    borderBottom: cssBorder(style.borders.EdgeBottom) ?? gridline,
    borderRight: cssBorder(style.borders.EdgeRight) ?? gridline,
  };
  if (decoration) css.textDecoration = decoration;
  if (style.indentLevel > 0) css.paddingLeft = `${3 + style.indentLevel * 9}px`;
  return css;
}

/** Views of the cells of `rows` × `columns`, merged areas spanning within those rows and columns. */
export function cellViews(
  wb: WorkbookModel,
  sheet: SheetModel,
  layout: GridLayout,
  rows: readonly number[],
): CellView[][] {
  const colour = conditionalColourer(sheet, (r, c) => wb.valueAt(sheet, r, c));
  const drawnRows = new Set(rows);
  const covered = new Set<string>();
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  for (const merge of sheet.merges) placeMerge(merge, layout, drawnRows, rows, covered, spans);
  return rows.map((row) =>
    layout.columns.flatMap((column, index): CellView[] => {
      const key = `${row}:${column}`;
      if (covered.has(key)) return [];
      const value = wb.valueAt(sheet, row, column);
      const style = wb.styleAt(sheet, row, column);
      const text = wb.textAt(sheet, row, column);
      const css = cellStyle(style, value, colour(row, column), sheet.showGridlines);
      const view = { row, column, address: cellAddress({ row, column }), text, style: css };
      const span = spans.get(key);
      if (span) return [{ ...view, ...span }];
      if (text !== "" && typeof value === "string" && !style.wrapText && css.textAlign === "left") {
        // Like Excel, text runs on over empty cells to its right instead of being cut at the border.
        const width = overflowWidth(sheet, layout, row, index);
        if (width > (layout.columnWidths.get(column) ?? 0)) return [{ ...view, overflowWidth: width }];
      }
      return [view];
    }),
  );
}

/** The width a left-aligned text may use: its own column and the empty drawn columns after it. */
function overflowWidth(sheet: SheetModel, layout: GridLayout, row: number, index: number): number {
  let width = 0;
  for (let i = index; i < layout.columns.length; i++) {
    const column = layout.columns[i]!;
    if (i > index && (sheet.cell(row, column)?.content !== undefined || isMerged(sheet, row, column))) break;
    width += layout.columnWidths.get(column) ?? 0;
  }
  return width;
}

function isMerged(sheet: SheetModel, row: number, column: number): boolean {
  return sheet.merges.some((m) => row >= m.row && row <= lastRow(m) && column >= m.column && column <= lastColumn(m));
}

function placeMerge(
  merge: CellRect,
  layout: GridLayout,
  drawnRows: ReadonlySet<number>,
  rows: readonly number[],
  covered: Set<string>,
  spans: Map<string, { rowSpan: number; colSpan: number }>,
): void {
  // Spans count drawn rows and columns only, and stay within the rows of this section of the table.
  const mergeRows = rows.filter((r) => r >= merge.row && r <= lastRow(merge));
  const mergeColumns = layout.columns.filter((c) => c >= merge.column && c <= lastColumn(merge));
  const top = mergeRows[0];
  const left = mergeColumns[0];
  if (top === undefined || left === undefined || !drawnRows.has(top)) return;
  if (mergeRows.length === 1 && mergeColumns.length === 1) return;
  spans.set(`${top}:${left}`, { rowSpan: mergeRows.length, colSpan: mergeColumns.length });
  for (const r of mergeRows) for (const c of mergeColumns) if (r !== top || c !== left) covered.add(`${r}:${c}`);
}

/**
 * A sideways scroll position moved to the next column edge, as Excel scrolls: whole columns, so the first
 * column after the frozen ones is never cut in half (its labels — column A's or B's — stay readable).
 * Rounding up keeps in view the cell that was just scrolled to at the right edge.
 */
export function snapScrollLeft(layout: GridLayout, scrollLeft: number): number {
  if (scrollLeft <= 0) return 0;
  let edge = 0;
  for (const column of layout.columns) {
    if (column < layout.frozenColumns) continue;
    if (edge >= scrollLeft - 0.5) return edge;
    edge += layout.columnWidths.get(column) ?? 0;
  }
  return edge >= scrollLeft - 0.5 ? edge : scrollLeft;
}
