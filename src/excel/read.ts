/**
 * Reads a snapshot through Office.js: everything a job needs, in at most two syncs whatever the size
 * of the sheets. Sync 1 queues the sheet list, the active sheet, protection, the workbook's table
 * names, and for the sheets asked for their used range and custom properties. Sync 2 runs only when
 * the workbook has tables (Office.js cannot give a table's address before the table itself is known)
 * or when every sheet is asked for (their names are not known before sync 1).
 */
import { parseRangeAddress, type RangeRef } from "../core/workbook/address";
import type {
  CellValue,
  SheetSnapshot,
  SnapshotRequest,
  TableSnapshot,
  WorkbookSnapshot,
} from "../core/workbook/snapshot";

interface QueuedSheet {
  readonly sheet: Excel.Worksheet;
  readonly used: Excel.Range;
  readonly properties: Excel.WorksheetCustomPropertyCollection;
}

interface QueuedTable {
  readonly table: Excel.Table;
  readonly range: Excel.Range;
  readonly header: Excel.Range;
  readonly sheet: Excel.Worksheet;
}

export async function readSnapshot(context: Excel.RequestContext, request: SnapshotRequest): Promise<WorkbookSnapshot> {
  const workbook = context.workbook;
  const worksheets = workbook.worksheets;
  worksheets.load("items/name,items/position,items/visibility");
  const active = worksheets.getActiveWorksheet();
  active.load("name");
  workbook.protection.load("protected");
  const tables = workbook.tables;
  tables.load("items/name");

  const firstRound =
    request.sheets === "all"
      ? []
      : (request.sheets === "active" ? [active] : request.sheets.map((n) => worksheets.getItemOrNullObject(n))).map(
          queueSheet,
        );
  await context.sync();

  const sheets = request.sheets === "all" ? worksheets.items.map(queueSheet) : firstRound;
  const queuedTables = tables.items.map(queueTable);
  if (request.sheets === "all" || queuedTables.length > 0) await context.sync();

  const found = sheets.filter((q) => !q.sheet.isNullObject);
  return {
    sheetNames: worksheets.items.map((s) => s.name),
    sheets: found.map((q) =>
      toSheetSnapshot(
        q,
        queuedTables.filter((t) => t.sheet.name === q.sheet.name),
      ),
    ),
    activeSheet: active.name,
    structureProtected: workbook.protection.protected,
  };
}

function queueSheet(sheet: Excel.Worksheet): QueuedSheet {
  sheet.load("name,position,visibility");
  sheet.protection.load("protected");
  const used = sheet.getUsedRangeOrNullObject();
  used.load("address,values,formulas,numberFormat,rowIndex,columnIndex,rowCount,columnCount");
  const properties = sheet.customProperties;
  properties.load("items/key,items/value");
  return { sheet, used, properties };
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

function toSheetSnapshot(q: QueuedSheet, tables: readonly QueuedTable[]): SheetSnapshot {
  const used = q.used.isNullObject ? null : usedRef(q.used);
  return {
    name: q.sheet.name,
    position: q.sheet.position,
    visible: q.sheet.visibility === "Visible",
    protected: q.sheet.protection.protected,
    used,
    values: used ? (q.used.values as CellValue[][]).map((row) => row.map(emptyToNull)) : [],
    formulas: used ? (q.used.formulas as unknown[][]).map((row) => row.map(formulaOrNull)) : [],
    numberFormats: used ? (q.used.numberFormat as string[][]) : [],
    tables: tables.map(toTableSnapshot),
    properties: Object.fromEntries(q.properties.items.map((item) => [item.key, String(item.value)])),
  };
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

function formulaOrNull(formula: unknown): string | null {
  return typeof formula === "string" && formula.startsWith("=") ? formula : null;
}
