/**
 * Applies a plan through Office.js: values first, then formats and the rest, in one sync, plus one
 * more for each extra payload chunk of a large write (Excel on the web caps a request at 5 MB).
 * It only moves the plan's data; every decision was made by the core when it built the plan.
 */
import { cellAddress, quoteSheetName, rangeAddress, type RangeRef } from "@tassei/excel-rules";
import {
  isFormula,
  type CellBlock,
  type CellStyle,
  type ChartPlan,
  type ConditionalFormatPlan,
  type HyperlinkPlan,
  type PlannedCell,
  type PrintPlan,
  type SheetPlan,
  type StyledRange,
  type TableRowsInsert,
  type ValidationPlan,
  type WorkbookPlan,
} from "../core/workbook/plan";
import { centerSections, plannedRowBreaks } from "../core/workbook/header-footer";
import { type Bilingual, bilingual } from "../core/messages";
import { excelTextLiteral } from "../core/workbook/text";
import { jsonBytes, PAYLOAD_BUDGET_BYTES, WRITE_OVERHEAD_BYTES } from "./payload";

export interface ApplyReport {
  readonly syncs: number;
  readonly chunks: number;
  /** Sheets whose "one page wide" printing Excel did not take (the rest of the plan landed). */
  readonly notFittedToWidth: readonly string[];
}

/**
 * One rectangle of cell data, ready for `range.formulas` (values and formulas) or `range.numberFormat`.
 * `null` leaves a cell as it is. Both kinds are sized and sent in ≤4 MB batches, values first.
 */
interface WriteSlice {
  readonly sheet: string;
  readonly range: RangeRef;
  readonly kind: "formulas" | "numberFormat";
  readonly data: (string | number | boolean | null)[][];
  readonly bytes: number;
}

export async function applyPlan(context: Excel.RequestContext, plan: WorkbookPlan): Promise<ApplyReport> {
  const worksheets = context.workbook.worksheets;
  const sheetByName = new Map<string, Excel.Worksheet>();
  for (const sheetPlan of plan.sheets) {
    const created = sheetPlan.mode === "create" ? worksheets.add(sheetPlan.name) : undefined;
    sheetByName.set(sheetPlan.name, created ?? worksheets.getItem(sheetPlan.name));
    // Excel moves the sheets from there on one to the right, and a place past the last is refused.
    if (created && sheetPlan.position !== undefined) created.position = sheetPlan.position;
    // A new sheet says what it is from its first write (Tassei's log is known as the log even if a later
    // chunk fails); an existing sheet's properties (the grading stamp) come last, when all has landed.
    if (created)
      for (const [key, value] of Object.entries(sheetPlan.properties)) created.customProperties.add(key, value);
  }
  const sheet = (name: string) => sheetByName.get(name)!;
  // Rows inside tables first: the rest of the plan speaks of the sheet as they leave it.
  for (const sheetPlan of plan.sheets)
    for (const insert of sheetPlan.insertRows ?? []) insertTableRows(sheet(sheetPlan.name), insert);
  for (const sheetPlan of plan.sheets) for (const range of sheetPlan.clear) clearRange(sheet(sheetPlan.name), range);

  const batches = batchSlices([
    ...plan.sheets.flatMap((s) => s.blocks.flatMap((b) => sliceBlock(s.name, b))),
    ...plan.sheets.flatMap((s) => numberFormatSlices(s.name, s.styles)),
  ]);
  let syncs = 0;
  // Every batch but the last is sent on its own: one sync per ≤4 MB chunk keeps each request under the limit.
  // A failure after a chunk landed says so: part of the plan is in the workbook.
  const send = async () => {
    try {
      await context.sync();
    } catch (error) {
      throw syncs > 0 && typeof error === "object" && error !== null
        ? Object.assign(error, { partlyApplied: true })
        : error;
    }
    syncs += 1;
  };
  for (const batch of batches.slice(0, -1)) {
    for (const slice of batch) writeSlice(sheet(slice.sheet), slice);
    await send();
  }
  const last = batches.at(-1) ?? [];
  for (const slice of last) writeSlice(sheet(slice.sheet), slice);
  // The rest of the plan (fonts, tables, validation…) is small, but it must not tip the last batch over.
  const lastBytes = last.reduce((sum, slice) => sum + slice.bytes, 0);
  if (last.length > 0 && lastBytes + detailBytes(plan) > PAYLOAD_BUDGET_BYTES) await send();
  for (const sheetPlan of plan.sheets) queueSheetDetails(sheet(sheetPlan.name), sheetPlan);
  await send();
  const fitted = plan.sheets.filter((s) => s.print?.fitToWidth).map((s) => s.name);
  const notFittedToWidth = fitted.length === 0 ? [] : await fitToWidth(context, fitted.map(sheet), fitted);
  return { syncs: syncs + (fitted.length === 0 ? 0 : 1), chunks: Math.max(1, batches.length), notFittedToWidth };
}

/** What the user must set by hand after a plan was applied, one message per sheet. */
export function printNotices(report: ApplyReport): Bilingual[] {
  return report.notFittedToWidth.map((sheet) => bilingual("print.notFitted", { sheet }));
}

/**
 * "One page wide, as many pages down as it takes", in a round trip of its own after everything else has
 * landed, then read back: Excel may ignore it (office-js #1860: unless the Page Layout tab is selected)
 * or refuse the "automatic" height (0, which Office.js does not document). Either way the sheet is
 * written; the sheets named here are the ones the user must set by hand.
 */
async function fitToWidth(
  context: Excel.RequestContext,
  sheets: readonly Excel.Worksheet[],
  names: readonly string[],
): Promise<string[]> {
  const layouts = sheets.map((sheet) => {
    sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    return sheet.pageLayout.load("zoom");
  });
  try {
    await context.sync();
  } catch {
    return [...names];
  }
  return names.filter((_, i) => {
    const zoom = layouts[i]!.zoom;
    return zoom.horizontalFitToPages !== 1 || (zoom.verticalFitToPages ?? 0) !== 0;
  });
}

/**
 * `count` rows at data row `index` of the table (ExcelApi 1.1): the table grows and only the cells below it,
 * in its columns, move down. One row per call, each at the same index, so the rows come out in order.
 */
function insertTableRows(sheet: Excel.Worksheet, insert: TableRowsInsert): void {
  const rows = sheet.tables.getItem(insert.table).rows;
  for (let i = 0; i < insert.count; i++) rows.add(insert.index);
}

function clearRange(sheet: Excel.Worksheet, range: RangeRef): void {
  const target = sheet.getRangeByIndexes(range.row, range.column, range.rowCount, range.columnCount);
  target.conditionalFormats.clearAll();
  target.dataValidation.clear();
  target.clear("All");
}

/** The value Office.js must receive so that the cell ends up as planned. */
function toExcelInput(cell: PlannedCell): string | number | boolean | null {
  if (cell === undefined) return null;
  if (isFormula(cell)) return cell.formula;
  if (typeof cell === "string") return excelTextLiteral(cell);
  return cell;
}

/** Splits a block into full rectangles (holes become null) of at most a chunk's worth of bytes each. */
function sliceBlock(sheet: string, block: CellBlock): WriteSlice[] {
  const width = Math.max(0, ...block.rows.map((r) => r.length));
  if (width === 0 || block.rows.length === 0) return [];
  const rows = block.rows.map((r) => Array.from({ length: width }, (_, i) => toExcelInput(r[i])));
  return sliceRows(sheet, block.anchor, rows, width, "formulas");
}

/**
 * The plan's number formats as 2-D data, one column stretch at a time with null (Office.js: "leave this
 * cell's format as it is") in the rows between. A grading that converts every fifth row's cell to a
 * different unit plans thousands of one-cell formats; sent one range each, their envelopes alone would
 * pass 5 MB, while a few columns of formats with holes are a few hundred kilobytes.
 */
function numberFormatSlices(sheet: string, styles: readonly StyledRange[]): WriteSlice[] {
  const byCell = new Map<string, { row: number; column: number; format: string }>();
  for (const styled of styles) {
    const format = styled.style.numberFormat;
    if (format === undefined) continue;
    const { row, column, rowCount, columnCount } = styled.range;
    // Later styles win over earlier ones, as they would if each range were written in plan order.
    for (let r = row; r < row + rowCount; r++) {
      for (let c = column; c < column + columnCount; c++) byCell.set(`${r}:${c}`, { row: r, column: c, format });
    }
  }
  const cells = [...byCell.values()].sort((a, b) => a.column - b.column || a.row - b.row);
  const slices: WriteSlice[] = [];
  let stretch: typeof cells = [];
  const flush = () => {
    const first = stretch[0];
    const last = stretch.at(-1);
    if (!first || !last) return;
    const rows: (string | null)[][] = Array.from({ length: last.row - first.row + 1 }, () => [null]);
    for (const cell of stretch) rows[cell.row - first.row] = [cell.format];
    slices.push(...sliceRows(sheet, { row: first.row, column: first.column }, rows, 1, "numberFormat"));
    stretch = [];
  };
  for (const cell of cells) {
    const previous = stretch.at(-1);
    if (previous && (previous.column !== cell.column || cell.row - previous.row - 1 > MAX_FORMAT_HOLE_ROWS)) flush();
    stretch.push(cell);
  }
  flush();
  return slices;
}

/** Number formats travel with the cell data (numberFormatSlices); the other style properties with the details. */
function hasMoreThanNumberFormat(styled: StyledRange): boolean {
  return Object.entries(styled.style).some(([key, value]) => key !== "numberFormat" && value !== undefined);
}

/** Rows a format stretch may skip: a null costs 5 bytes, a new range about WRITE_OVERHEAD_BYTES. */
const MAX_FORMAT_HOLE_ROWS = 100;

function sliceRows(
  sheet: string,
  anchor: CellBlock["anchor"],
  rows: (string | number | boolean | null)[][],
  width: number,
  kind: WriteSlice["kind"],
): WriteSlice[] {
  const block = { anchor };
  const slices: WriteSlice[] = [];
  let start = 0;
  let bytes = WRITE_OVERHEAD_BYTES;
  for (let i = 0; i < rows.length; i++) {
    const rowBytes = jsonBytes(rows[i]) + 1;
    if (i > start && bytes + rowBytes > PAYLOAD_BUDGET_BYTES) {
      slices.push(slice(sheet, block, rows, start, i, width, bytes, kind));
      start = i;
      bytes = WRITE_OVERHEAD_BYTES;
    }
    bytes += rowBytes;
  }
  slices.push(slice(sheet, block, rows, start, rows.length, width, bytes, kind));
  return slices;
}

function slice(
  sheet: string,
  block: Pick<CellBlock, "anchor">,
  rows: (string | number | boolean | null)[][],
  start: number,
  end: number,
  width: number,
  bytes: number,
  kind: WriteSlice["kind"],
): WriteSlice {
  return {
    sheet,
    range: { row: block.anchor.row + start, column: block.anchor.column, rowCount: end - start, columnCount: width },
    kind,
    data: rows.slice(start, end),
    bytes,
  };
}

function batchSlices(slices: readonly WriteSlice[]): WriteSlice[][] {
  const batches: WriteSlice[][] = [];
  let current: WriteSlice[] = [];
  let bytes = 0;
  for (const s of slices) {
    if (current.length > 0 && bytes + s.bytes > PAYLOAD_BUDGET_BYTES) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(s);
    bytes += s.bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

function writeSlice(sheet: Excel.Worksheet, s: WriteSlice): void {
  const range = sheet.getRangeByIndexes(s.range.row, s.range.column, s.range.rowCount, s.range.columnCount);
  if (s.kind === "formulas") range.formulas = s.data;
  else range.numberFormat = s.data;
}

/** Everything but cell data and number formats, as Office.js would send it (an estimate, in bytes). */
function detailBytes(plan: WorkbookPlan): number {
  const operations = plan.sheets.reduce(
    (n, s) =>
      n +
      s.styles.filter(hasMoreThanNumberFormat).length +
      s.columnWidths.length +
      s.tables.length +
      s.validations.length +
      s.conditionalFormats.reduce((k, f) => k + f.rules.length + 1, 0) +
      s.hyperlinks.length +
      s.charts.length +
      (s.insertRows ?? []).reduce((k, insert) => k + insert.count, 0) +
      (s.rowBreaks?.length ?? 0) +
      printOperations(s.print) +
      Object.keys(s.properties).length,
    0,
  );
  return (
    operations * WRITE_OVERHEAD_BYTES +
    jsonBytes(
      plan.sheets.map((s) => ({
        ...s,
        blocks: [],
        styles: s.styles.map((styled) => ({ ...styled.style, numberFormat: undefined })),
      })),
    )
  );
}

function rangeOf(sheet: Excel.Worksheet, range: RangeRef): Excel.Range {
  return sheet.getRangeByIndexes(range.row, range.column, range.rowCount, range.columnCount);
}

function queueSheetDetails(sheet: Excel.Worksheet, plan: SheetPlan): void {
  for (const styled of plan.styles.filter(hasMoreThanNumberFormat)) {
    applyStyle(rangeOf(sheet, styled.range), styled.range, styled.style);
  }
  for (const width of plan.columnWidths) {
    sheet.getRangeByIndexes(0, width.column, 1, 1).getEntireColumn().format.columnWidth = width.points;
  }
  for (const table of plan.tables) {
    const created = sheet.tables.add(rangeOf(sheet, table.range), true);
    created.name = table.name;
    if (table.style) created.style = table.style;
  }
  for (const validation of plan.validations) applyValidation(rangeOf(sheet, validation.range), validation);
  for (const format of plan.conditionalFormats) applyConditionalFormat(rangeOf(sheet, format.range), format);
  if (plan.freeze) {
    const { rows, columns } = plan.freeze;
    sheet.freezePanes.unfreeze();
    if (rows > 0 && columns > 0) sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, rows, columns));
    else if (rows > 0) sheet.freezePanes.freezeRows(rows);
    else if (columns > 0) sheet.freezePanes.freezeColumns(columns);
  }
  if (plan.print) queuePrint(sheet, plan.print);
  else if (plan.rowBreaks) queueRowBreaks(sheet, plan.rowBreaks);
  for (const link of plan.hyperlinks) applyHyperlink(sheet, link, writesCell(plan, link.cell));
  for (const name of plan.removeCharts ?? []) sheet.charts.getItem(name).delete();
  for (const chart of plan.charts) addChart(sheet, chart);
  if (plan.mode !== "create") {
    for (const [key, value] of Object.entries(plan.properties)) sheet.customProperties.add(key, value);
  }
  if (plan.activate) {
    sheet.activate();
    sheet.getRangeByIndexes(plan.activate.select.row, plan.activate.select.column, 1, 1).select();
  }
}

/**
 * Paper, orientation, title rows, the header and footer (ExcelApi 1.9, within the manifest's 1.12) and the
 * manual row breaks, queued with the rest of the sheet's details: no round trip of their own. The sheet's
 * breaks are removed first, so a summary regenerated in place has exactly this run's.
 */
function queuePrint(sheet: Excel.Worksheet, print: PrintPlan): void {
  const layout = sheet.pageLayout;
  layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = print.paper;
  if (print.titleRows) layout.setPrintTitleRows(`$${print.titleRows.first + 1}:$${print.titleRows.last + 1}`);
  const sections = centerSections(print);
  if (sections) {
    layout.headersFooters.state = "Default";
    const page = layout.headersFooters.defaultForAllPages;
    page.leftHeader = "";
    page.centerHeader = sections.header;
    page.rightHeader = "";
    page.leftFooter = "";
    page.centerFooter = sections.footer;
    page.rightFooter = "";
  }
  queueRowBreaks(sheet, plannedRowBreaks(print));
}

/** The sheet's manual row breaks become exactly these. */
function queueRowBreaks(sheet: Excel.Worksheet, rows: readonly number[]): void {
  sheet.horizontalPageBreaks.removePageBreaks();
  for (const row of rows) sheet.horizontalPageBreaks.add(cellAddress({ row, column: 0 }));
}

/** Operations queuePrint sends for a sheet, for the request's size estimate. */
function printOperations(print: PrintPlan | undefined): number {
  return print === undefined ? 0 : 12 + plannedRowBreaks(print).length;
}

/** Fonts, fills, alignment and borders; number formats went with the cell data (sliceNumberFormat). */
function applyStyle(range: Excel.Range, ref: RangeRef, style: CellStyle): void {
  const font = range.format.font;
  if (style.bold !== undefined) font.bold = style.bold;
  if (style.italic !== undefined) font.italic = style.italic;
  if (style.fontColor !== undefined) font.color = style.fontColor;
  if (style.fontSize !== undefined) font.size = style.fontSize;
  if (style.fill !== undefined) range.format.fill.color = style.fill;
  if (style.wrap !== undefined) range.format.wrapText = style.wrap;
  if (style.horizontal !== undefined) range.format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical !== undefined) range.format.verticalAlignment = VERTICAL[style.vertical];
  if (style.border) {
    const edges: `${Excel.BorderIndex}`[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
    if (ref.rowCount > 1) edges.push("InsideHorizontal");
    if (ref.columnCount > 1) edges.push("InsideVertical");
    for (const edge of edges) {
      const border = range.format.borders.getItem(edge);
      border.style = "Continuous";
      border.weight = "Thin";
    }
  }
}

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", center: "Center", bottom: "Bottom" } as const;

function applyValidation(range: Excel.Range, plan: ValidationPlan): void {
  range.dataValidation.clear();
  range.dataValidation.ignoreBlanks = plan.allowBlank;
  range.dataValidation.rule = { list: { inCellDropDown: true, source: plan.list.join(",") } };
  if (plan.errorMessage) {
    range.dataValidation.errorAlert = {
      showAlert: true,
      style: "Stop",
      title: plan.errorTitle ?? "",
      message: plan.errorMessage,
    };
  }
}

function applyConditionalFormat(range: Excel.Range, plan: ConditionalFormatPlan): void {
  range.conditionalFormats.clearAll();
  for (const rule of plan.rules) {
    const format = range.conditionalFormats.add("Custom");
    format.custom.rule.formula = rule.formula;
    if (rule.fill) format.custom.format.fill.color = rule.fill;
    if (rule.fontColor) format.custom.format.font.color = rule.fontColor;
  }
}

/**
 * A link on a cell the plan writes keeps the text written there (as a literal): `textToDisplay` would put
 * the text in the cell a second way, one that no apostrophe protects from being read as a formula.
 */
function applyHyperlink(sheet: Excel.Worksheet, link: HyperlinkPlan, cellWritten: boolean): void {
  const cell = sheet.getRangeByIndexes(link.cell.row, link.cell.column, 1, 1);
  const display = cellWritten ? {} : { textToDisplay: link.text };
  cell.hyperlink =
    link.target.kind === "cell"
      ? {
          documentReference: `${quoteSheetName(link.target.sheet)}!${cellAddress(link.target.cell)}`,
          ...display,
          screenTip: link.tooltip ?? link.text,
        }
      : { address: link.target.url, ...display, screenTip: link.tooltip ?? link.text };
}

function writesCell(plan: SheetPlan, cell: { readonly row: number; readonly column: number }): boolean {
  return plan.blocks.some((block) => {
    const row = block.rows[cell.row - block.anchor.row];
    return row !== undefined && row[cell.column - block.anchor.column] !== undefined;
  });
}

const CHART_TYPES = {
  columnStacked: "ColumnStacked",
  columnClustered: "ColumnClustered",
  barStacked: "BarStacked",
  barStacked100: "BarStacked100",
  line: "Line",
} as const;

function addChart(sheet: Excel.Worksheet, plan: ChartPlan): void {
  const seriesBy = plan.seriesBy === "rows" ? "Rows" : "Columns";
  const chart = sheet.charts.add(CHART_TYPES[plan.kind], rangeOf(sheet, plan.source), seriesBy);
  chart.name = plan.name;
  chart.title.text = plan.title;
  const p = plan.placement;
  chart.setPosition(
    rangeAddress({ row: p.row, column: p.column, rowCount: 1, columnCount: 1 }),
    rangeAddress({ row: p.row + p.rowCount - 1, column: p.column + p.columnCount - 1, rowCount: 1, columnCount: 1 }),
  );
}
