/**
 * Reads a snapshot through Office.js in a constant number of syncs, whatever the size of the sheets.
 *
 *   sync 1  the structure: sheet names, the active sheet, protection, the workbook's tables, and —
 *           when only the active sheet is asked for — its contents (used range and custom properties);
 *   sync 2  the contents of the sheets asked for by name (or all of them), and the tables' addresses
 *           and headers (Office.js cannot give a table's address before the table itself is known).
 *
 * Asking for no sheet (`sheets: []`) reads the structure alone, in one sync. Excel on the web refuses a
 * response over 5 MB: a sheet too large for one response is then read in row chunks, a few syncs more,
 * which only sheets far larger than a department's plan ever need.
 */
import { parseRangeAddress, type RangeRef, splitAreas } from "@tassei/excel-rules";
import {
  FORMULA_TEXT_UNKNOWN,
  type CellValue,
  type SheetSnapshot,
  type SnapshotRequest,
  type TableSnapshot,
  type WorkbookSnapshot,
} from "../core/workbook/snapshot";

interface QueuedContents {
  readonly sheet: Excel.Worksheet;
  readonly used: Excel.Range;
  readonly properties: Excel.WorksheetCustomPropertyCollection;
  readonly charts: Excel.ChartCollection;
  /** With `formulas: "presence"`: where the formulas are, instead of their text. */
  readonly formulaCells?: Excel.RangeAreas;
}

interface QueuedTable {
  readonly table: Excel.Table;
  readonly range: Excel.Range;
  readonly header: Excel.Range;
  readonly sheet: Excel.Worksheet;
}

/** Cell contents read back: values, formulas and number formats of one rectangle. */
interface Cells {
  readonly values: unknown[][];
  /** Absent when only the presence of formulas was read. */
  readonly formulas?: unknown[][];
  /** Absent when formats were left for later: every cell then reads "General". */
  readonly numberFormat?: unknown[][];
}

/**
 * How Excel answers a read too large for one response: ResponsePayloadSizeLimitExceeded as documented,
 * RangeExceedsLimit, and on Excel on the web a GeneralException or an HTTP 500 (InternalServerError); past
 * 5 million cells it may answer with no values at all (VALUES_MISSING below). Each is retried in chunks.
 */
const RESPONSE_TOO_LARGE: ReadonlySet<string> = new Set([
  "ResponsePayloadSizeLimitExceeded",
  "RangeExceedsLimit",
  "GeneralException",
  "InternalServerError",
  "ValuesMissing",
]);
/** First guess of cells per chunk when a sheet must be read in parts; halved while Excel still refuses. */
const CHUNK_CELLS = 20_000;

export async function readSnapshot(context: Excel.RequestContext, request: SnapshotRequest): Promise<WorkbookSnapshot> {
  try {
    return await readAtOnce(context, request);
  } catch (error) {
    if (!isResponseTooLarge(error)) throw error;
    return readInChunks(context, request);
  }
}

async function readAtOnce(
  context: Excel.RequestContext,
  request: SnapshotRequest,
  contentsOf: (sheet: Excel.Worksheet) => QueuedContents = (sheet) => queueSheet(sheet, true, cellParts(request)),
): Promise<WorkbookSnapshot> {
  const workbook = context.workbook;
  const worksheets = workbook.worksheets;
  worksheets.load("items/name,items/position,items/visibility");
  const active = worksheets.getActiveWorksheet();
  active.load("name");
  workbook.protection.load("protected");
  const tables = workbook.tables;
  tables.load("items/name");
  const activeContents = withActiveCells(request) ? [contentsOf(active)] : [];
  await context.sync();

  const wanted =
    request.sheets === "all" ? undefined : request.sheets === "active" ? (request.include ?? []) : request.sheets;
  const structureOnly = request.cellsOf === "active";
  const others = worksheets.items
    .filter((s) => s.name !== activeName(request, active))
    .filter((s) => wanted === undefined || wanted.includes(s.name))
    .map((sheet) => (structureOnly ? queueSheet(sheet, false, cellParts(request)) : contentsOf(sheet)));
  const contents = [...activeContents, ...others];
  const queuedTables = contents.length > 0 ? tables.items.map(queueTable) : [];
  if (others.length > 0 || queuedTables.length > 0) await context.sync();
  if (valuesMissing(contents)) throw valuesMissingError();

  return {
    sheetNames: worksheets.items.map((s) => s.name),
    tableNames: tables.items.map((t) => t.name),
    sheets: contents.map((q) =>
      toSheetSnapshot(
        q,
        queuedTables.filter((t) => t.sheet.name === q.sheet.name),
      ),
    ),
    activeSheet: active.name,
    structureProtected: workbook.protection.protected,
  };
}

/** The active sheet's name when it is read already, so it is not queued twice. */
function activeName(request: SnapshotRequest, active: Excel.Worksheet): string | undefined {
  return withActiveCells(request) ? active.name : undefined;
}

/** The active sheet is read with its cells first: asked for alone, or as the only one of all with cells. */
function withActiveCells(request: SnapshotRequest): boolean {
  return request.sheets === "active" || (request.sheets === "all" && request.cellsOf === "active");
}

/** Which of a cell's parts a request reads: formula text or only where formulas are; formats or not. */
interface CellParts {
  readonly formulaText: boolean;
  readonly formats: boolean;
}

function cellParts(request: SnapshotRequest): CellParts {
  return { formulaText: request.formulas !== "presence", formats: request.numberFormats !== "later" };
}

/** Queues a sheet's contents; without `withCells` the used range's cells are left for chunked reading. */
function queueSheet(sheet: Excel.Worksheet, withCells: boolean, parts: CellParts): QueuedContents {
  const withFormulaText = parts.formulaText;
  sheet.load("name,position,visibility");
  sheet.protection.load("protected");
  const used = sheet.getUsedRangeOrNullObject();
  if (!withCells) used.load("address,rowIndex,columnIndex,rowCount,columnCount");
  else if (parts.formulaText && parts.formats) {
    used.load("address,values,formulas,numberFormat,rowIndex,columnIndex,rowCount,columnCount");
  } else if (parts.formulaText) used.load("address,values,formulas,rowIndex,columnIndex,rowCount,columnCount");
  else if (parts.formats) used.load("address,values,numberFormat,rowIndex,columnIndex,rowCount,columnCount");
  else used.load("address,values,rowIndex,columnIndex,rowCount,columnCount");
  const properties = sheet.customProperties;
  properties.load("items/key,items/value");
  const charts = sheet.charts;
  charts.load("items/name");
  if (withFormulaText) return { sheet, used, properties, charts };
  // The whole sheet's range, which is never a null object (the used range may be).
  const formulaCells = sheet.getRange().getSpecialCellsOrNullObject("Formulas");
  formulaCells.load("address");
  return { sheet, used, properties, charts, formulaCells };
}

function queueTable(table: Excel.Table): QueuedTable {
  const range = table.getRange();
  range.load("address");
  const header = table.getHeaderRowRange();
  header.load("values");
  const sheet = table.worksheet;
  sheet.load("name");
  return { table, range, header, sheet };
}

/** The fallback for sheets too large for one response: the structure first, then cells in row chunks. */
async function readInChunks(context: Excel.RequestContext, request: SnapshotRequest): Promise<WorkbookSnapshot> {
  const queued: QueuedContents[] = [];
  const structure = await readAtOnce(context, request, (sheet) => {
    const q = queueSheet(sheet, false, cellParts(request));
    queued.push(q);
    return q;
  });
  const sheets: SheetSnapshot[] = [];
  for (const [index, q] of queued.entries()) {
    const base = structure.sheets[index]!;
    if (!base.used) {
      sheets.push(base);
      continue;
    }
    const cells = await readCellsInChunks(context, q.sheet, base.used, cellParts(request));
    sheets.push({ ...base, ...cellsToSnapshot(cells, base.used, formulaAreas(q)) });
  }
  return { ...structure, sheets };
}

async function readCellsInChunks(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  used: RangeRef,
  parts: CellParts,
): Promise<Cells> {
  const cells = { values: [] as unknown[][], formulas: [] as unknown[][], numberFormat: [] as unknown[][] };
  let rowsPerChunk = Math.max(1, Math.floor(CHUNK_CELLS / used.columnCount));
  let row = 0;
  while (row < used.rowCount) {
    const rowCount = Math.min(rowsPerChunk, used.rowCount - row);
    const part = sheet.getRangeByIndexes(used.row + row, used.column, rowCount, used.columnCount);
    if (parts.formulaText && parts.formats) part.load("values,formulas,numberFormat");
    else if (parts.formulaText) part.load("values,formulas");
    else if (parts.formats) part.load("values,numberFormat");
    else part.load("values");
    try {
      // One sync per chunk is the point here: each response must stay under Excel on the web's 5 MB.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (!isResponseTooLarge(error) || rowCount === 1) throw error;
      rowsPerChunk = Math.max(1, Math.floor(rowCount / 2));
      continue;
    }
    // No values in the answer: too large still, as a refusal would say.
    if (part.values == null) {
      if (rowCount === 1) throw valuesMissingError();
      rowsPerChunk = Math.max(1, Math.floor(rowCount / 2));
      continue;
    }
    cells.values.push(...part.values);
    if (parts.formulaText) cells.formulas.push(...part.formulas);
    if (parts.formats) cells.numberFormat.push(...part.numberFormat);
    row += rowCount;
  }
  return {
    values: cells.values,
    ...(parts.formulaText ? { formulas: cells.formulas } : {}),
    ...(parts.formats ? { numberFormat: cells.numberFormat } : {}),
  };
}

function isResponseTooLarge(error: unknown): boolean {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === "string" && RESPONSE_TOO_LARGE.has(code);
}

function valuesMissingError(): Error {
  return Object.assign(new Error("no values in the answer"), { code: "ValuesMissing" });
}

/** A used range read with its cells but without values (Excel's answer past 5 million cells). */
function valuesMissing(contents: readonly QueuedContents[]): boolean {
  return contents.some((q) => !q.used.isNullObject && isLoaded(() => q.used.values) && q.used.values == null);
}

function toSheetSnapshot(q: QueuedContents, tables: readonly QueuedTable[]): SheetSnapshot {
  const used = q.used.isNullObject ? null : usedRef(q.used);
  const hasCells = used !== null && isLoaded(() => q.used.values);
  return {
    name: q.sheet.name,
    position: q.sheet.position,
    visible: q.sheet.visibility === "Visible",
    protected: q.sheet.protection.protected,
    used,
    ...(hasCells
      ? cellsToSnapshot(
          {
            values: q.used.values,
            formulas: q.formulaCells ? undefined : q.used.formulas,
            numberFormat: isLoaded(() => q.used.numberFormat) ? q.used.numberFormat : undefined,
          },
          used,
          formulaAreas(q),
        )
      : { values: [], formulas: [], numberFormats: [] }),
    tables: tables.map(toTableSnapshot),
    properties: Object.fromEntries(q.properties.items.map((item) => [item.key, String(item.value)])),
    charts: q.charts.items.map((chart) => chart.name),
  };
}

/** Whether a property was loaded (reading one that was not throws, as Office.js does). */
function isLoaded(read: () => unknown): boolean {
  try {
    read();
    return true;
  } catch {
    return false;
  }
}

function cellsToSnapshot(
  cells: Cells,
  used: RangeRef,
  areas: readonly RangeRef[],
): Pick<SheetSnapshot, "values" | "formulas" | "numberFormats"> {
  return {
    values: (cells.values as CellValue[][]).map((row) => row.map(emptyToNull)),
    formulas: cells.formulas ? formulasOf(cells.formulas, cells.values) : formulaPresence(used, areas),
    numberFormats: cells.numberFormat
      ? (cells.numberFormat as string[][])
      : Array.from({ length: used.rowCount }, () => Array<string>(used.columnCount).fill("General")),
  };
}

/** The rectangles holding formulas, from a presence read (none when the text was read instead). */
function formulaAreas(q: QueuedContents): RangeRef[] {
  if (!q.formulaCells || q.formulaCells.isNullObject) return [];
  return splitAreas(q.formulaCells.address).map((area) => parseRangeAddress(area));
}

/** A formulas grid over the used range marking formula cells without their text. */
function formulaPresence(used: RangeRef, areas: readonly RangeRef[]): (string | null)[][] {
  const grid: (string | null)[][] = Array.from({ length: used.rowCount }, () =>
    Array<string | null>(used.columnCount).fill(null),
  );
  for (const area of areas) {
    for (let r = Math.max(area.row, used.row); r < Math.min(area.row + area.rowCount, used.row + used.rowCount); r++) {
      for (
        let c = Math.max(area.column, used.column);
        c < Math.min(area.column + area.columnCount, used.column + used.columnCount);
        c++
      ) {
        grid[r - used.row]![c - used.column] = FORMULA_TEXT_UNKNOWN;
      }
    }
  }
  return grid;
}

function toTableSnapshot(t: QueuedTable): TableSnapshot {
  return {
    name: t.table.name,
    range: parseRangeAddress(t.range.address),
    headers: ((t.header.values[0] ?? []) as unknown[]).map((h) => String(h)),
  };
}

function usedRef(range: Excel.Range): RangeRef {
  return { row: range.rowIndex, column: range.columnIndex, rowCount: range.rowCount, columnCount: range.columnCount };
}

/** Excel reads an empty cell as "". */
function emptyToNull(value: CellValue): CellValue {
  return value === "" ? null : value;
}

/**
 * Excel's `formulas` gives a text cell's text, so the text "=SUM(A1)" (written with a leading apostrophe)
 * reads like a formula there. A formula's value is its result, never its own source, which tells them apart.
 */
function formulasOf(
  formulas: readonly (readonly unknown[])[],
  values: readonly (readonly unknown[])[],
): (string | null)[][] {
  return formulas.map((row, r) =>
    row.map((formula, c) =>
      typeof formula === "string" && formula.startsWith("=") && formula !== values[r]?.[c] ? formula : null,
    ),
  );
}

/**
 * Ranges read in as few syncs as Excel on the web's 5 MB response allows: up to `cellsPerSync` cells a
 * sync (a whole range at least), and half as many again while Excel refuses a response as too large.
 * A range too large alone is split into its rows.
 */
async function readRangesInChunks<T>(
  context: Excel.RequestContext,
  ranges: readonly { readonly sheet: string; readonly range: RangeRef }[],
  cellsPerSync: number,
  read: (proxy: Excel.Range, range: RangeRef, sheet: string) => () => T[],
): Promise<T[]> {
  const found: T[] = [];
  const pending = [...ranges];
  let limit = cellsPerSync;
  while (pending.length > 0) {
    let cells = 0;
    let count = 0;
    while (count < pending.length) {
      const size = pending[count]!.range.rowCount * pending[count]!.range.columnCount;
      if (count > 0 && cells + size > limit) break;
      cells += size;
      count += 1;
    }
    const batch = pending.slice(0, count);
    const results = batch.map(({ sheet, range }) => {
      const proxy = context.workbook.worksheets
        .getItem(sheet)
        .getRangeByIndexes(range.row, range.column, range.rowCount, range.columnCount);
      return read(proxy, range, sheet);
    });
    try {
      // One sync per chunk is the point: each response must stay under Excel on the web's 5 MB.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (!isResponseTooLarge(error)) throw error;
      const only = batch[0]!;
      if (count === 1 && only.range.rowCount === 1) throw error;
      if (count === 1) pending.splice(0, 1, ...rowsOf(only));
      limit = Math.max(1, Math.floor(cells / 2));
      continue;
    }
    for (const collect of results) found.push(...collect());
    pending.splice(0, count);
  }
  return found;
}

function rowsOf(item: { readonly sheet: string; readonly range: RangeRef }) {
  return Array.from({ length: item.range.rowCount }, (_, r) => ({
    sheet: item.sheet,
    range: { ...item.range, row: item.range.row + r, rowCount: 1 },
  }));
}

/** Cells of one column next to each other, as one range each. */
function columnRuns(cells: readonly RangeRef[]): RangeRef[] {
  const sorted = [...cells].sort((a, b) => a.column - b.column || a.row - b.row);
  const runs: RangeRef[] = [];
  for (const cell of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.column === cell.column && last.row + last.rowCount === cell.row) {
      runs[runs.length - 1] = { ...last, rowCount: last.rowCount + 1 };
    } else runs.push({ row: cell.row, column: cell.column, rowCount: 1, columnCount: 1 });
  }
  return runs;
}

/**
 * The formula text of cells a lean read left unknown (a cell's formula and value are a few hundred bytes,
 * more with long texts): gives each cell's formula, or null for a constant, by sheet.
 */
export async function readFormulaTexts(
  context: Excel.RequestContext,
  requests: readonly { readonly sheet: string; readonly cells: readonly RangeRef[] }[],
): Promise<Map<string, { row: number; column: number; formula: string | null }[]>> {
  const ranges = requests.flatMap((request) =>
    columnRuns(request.cells).map((range) => ({ sheet: request.sheet, range })),
  );
  const cells = await readRangesInChunks(context, ranges, FORMULA_CELLS_PER_SYNC, (proxy, range, sheet) => {
    proxy.load("formulas,values");
    return () =>
      formulasOf(proxy.formulas, proxy.values).map((line, r) => ({
        sheet,
        row: range.row + r,
        column: range.column,
        formula: line[0] ?? null,
      }));
  });
  const found = new Map<string, { row: number; column: number; formula: string | null }[]>();
  for (const { sheet, ...cell } of cells) found.set(sheet, [...(found.get(sheet) ?? []), cell]);
  return found;
}

const FORMULA_CELLS_PER_SYNC = 8_000;

/** Number formats are short ("General", `#,##0"件"`): many fit in one response. */
const FORMAT_CELLS_PER_SYNC = 60_000;

/** The number formats of a few ranges of one sheet: one sync, or a few for a very large sheet. */
export async function readNumberFormats(
  context: Excel.RequestContext,
  sheet: string,
  ranges: readonly RangeRef[],
): Promise<{ row: number; column: number; numberFormat: string }[]> {
  const items = ranges.map((range) => ({ sheet, range }));
  return readRangesInChunks(context, items, FORMAT_CELLS_PER_SYNC, (proxy, range) => {
    proxy.load("numberFormat");
    return () =>
      (proxy.numberFormat as unknown[][]).flatMap((line, r) =>
        line.map((format, c) => ({ row: range.row + r, column: range.column + c, numberFormat: String(format) })),
      );
  });
}
