/**
 * .xlsx bytes → WorkbookSnapshot. This reader walks the package itself instead of loading it with
 * exceljs: exceljs builds an object per cell, turns date-formatted numbers into JavaScript dates and
 * expands every data validation range into one entry per cell, which for a 100,000-row sheet costs
 * seconds and hundreds of megabytes (see bench/xlsx.bench.ts). A snapshot needs only values, formulas,
 * number formats, tables and custom properties, all of which are plainly stated in the parts.
 */
import { type RangeRef, parseRangeAddress } from "@tassei/excel-rules";
import type { CellValue, SheetSnapshot, SnapshotRequest, TableSnapshot } from "../core/workbook/snapshot";
import { readSheetProperties } from "./custom-properties";
import { GENERAL, cellFormatsFromStyles } from "./number-formats";
import { decodeOoxmlText } from "./ooxml-text";
import { asBytes, openWorkbookPackage, partFailure, readFailure } from "./open-workbook";
import { type Package, RELATIONSHIP_TYPES, isType, partText, relationships } from "./package";
import { parseSharedStrings } from "./shared-strings";
import { type ParsedSheet, parseSheetXml } from "./sheet-xml";
import type { XlsxReadResult } from "./types";
import type { SheetEntry, WorkbookStructure } from "./workbook-part";
import { XmlScanner, parseAttributes } from "./xml";

/**
 * The most cells a sheet's used range may span. 100,000 rows × 50 columns; beyond that the three dense
 * arrays of a snapshot would take gigabytes (a stray value in XFD1048576 spans 17 billion cells).
 */
export const MAX_SNAPSHOT_CELLS = 5_000_000;

class TooLarge extends Error {
  constructor(
    readonly sheet: string,
    readonly cells: number,
  ) {
    super(`sheet ${sheet} spans ${cells} cells`);
  }
}

export async function readSnapshotFromXlsx(
  data: ArrayBuffer | Uint8Array,
  request: SnapshotRequest,
): Promise<XlsxReadResult> {
  try {
    const opened = await openWorkbookPackage(asBytes(data));
    if (!opened.ok) return opened;
    const { zip, structure } = opened;
    const wanted = selectSheets(structure, request);
    const context = wanted.length > 0 ? await readSharedParts(zip, structure) : { sharedStrings: [], cellFormats: [] };
    const sheets: SheetSnapshot[] = [];
    for (const entry of wanted) sheets.push(await readSheet(zip, entry, structure.sheets.indexOf(entry), context));
    const activeIndex = structure.activeIndex;
    return {
      ok: true,
      snapshot: {
        sheetNames: structure.sheets.map((s) => s.name),
        tableNames: await readTableNames(zip),
        sheets,
        activeSheet: activeIndex === null ? null : (structure.sheets[activeIndex]?.name ?? null),
        structureProtected: structure.structureProtected,
      },
    };
  } catch (error) {
    if (error instanceof TooLarge) {
      return {
        ok: false,
        failure: readFailure("too-large", { sheet: error.sheet, cells: error.cells, limit: MAX_SNAPSHOT_CELLS }),
      };
    }
    // A damaged part inside a readable zip (bad deflate data, a CRC mismatch), or one that inflates past
    // the limit, surfaces here.
    return { ok: false, failure: partFailure(error) };
  }
}

function selectSheets(structure: WorkbookStructure, request: SnapshotRequest): SheetEntry[] {
  if (request.sheets === "all") return [...structure.sheets];
  if (request.sheets === "active") {
    const active = structure.activeIndex === null ? undefined : structure.sheets[structure.activeIndex];
    const also = new Set(request.include ?? []);
    return [...(active ? [active] : []), ...structure.sheets.filter((s) => s !== active && also.has(s.name))];
  }
  const names = new Set(request.sheets);
  return structure.sheets.filter((s) => names.has(s.name));
}

interface SharedParts {
  readonly sharedStrings: readonly string[];
  readonly cellFormats: readonly string[];
}

async function readSharedParts(zip: Package, structure: WorkbookStructure): Promise<SharedParts> {
  const path = (suffix: string) =>
    structure.workbookRelationships.find((r) => isType(r, suffix) && !r.external)?.target ?? null;
  const stringsPath = path(RELATIONSHIP_TYPES.sharedStrings);
  const stylesPath = path(RELATIONSHIP_TYPES.styles);
  return {
    sharedStrings: parseSharedStrings(stringsPath === null ? null : await partText(zip, stringsPath)),
    cellFormats: cellFormatsFromStyles(stylesPath === null ? null : await partText(zip, stylesPath)),
  };
}

async function readSheet(
  zip: Package,
  entry: SheetEntry,
  position: number,
  context: SharedParts,
): Promise<SheetSnapshot> {
  const xml = (await partText(zip, entry.path)) ?? "";
  const parsed = parseSheetXml(xml, context);
  const used = usedRange(parsed);
  if (used && used.rowCount * used.columnCount > MAX_SNAPSHOT_CELLS) {
    throw new TooLarge(entry.name, used.rowCount * used.columnCount);
  }
  const grid = used ? denseGrid(parsed, used, context.cellFormats) : { values: [], formulas: [], numberFormats: [] };
  return {
    name: entry.name,
    position,
    visible: entry.visible,
    protected: parsed.protected,
    used,
    ...grid,
    tables: await readTables(zip, entry.path, parsed),
    properties: await readSheetProperties(zip, entry.path, parsed.customProperties),
  };
}

/**
 * The smallest range holding every cell with a value, a formula or a format of its own (a style other
 * than the default, cellXfs 0), as Office.js's `getUsedRange()` counts it. Row and column formats do
 * not count: Excel does not store them as cells.
 */
function usedRange(sheet: ParsedSheet): RangeRef | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (let i = 0; i < sheet.rows.length; i++) {
    if (sheet.values[i] === null && sheet.formulas[i] === null && !sheet.styles[i]) continue;
    const row = sheet.rows[i] ?? 0;
    const column = sheet.columns[i] ?? 0;
    if (row < top) top = row;
    if (row > bottom) bottom = row;
    if (column < left) left = column;
    if (column > right) right = column;
  }
  if (bottom < 0) return null;
  return { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
}

function denseGrid(sheet: ParsedSheet, used: RangeRef, cellFormats: readonly string[]) {
  const formatOf = (style: number | undefined) => (style === undefined ? GENERAL : (cellFormats[style] ?? GENERAL));
  const columnFormats: string[] = [];
  for (let c = 0; c < used.columnCount; c++) {
    const column = used.column + c;
    const entry = sheet.columnStyles.find((s) => s.first <= column && column <= s.last);
    columnFormats.push(formatOf(entry?.style));
  }
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: string[][] = [];
  for (let r = 0; r < used.rowCount; r++) {
    const rowStyle = sheet.rowStyles.get(used.row + r);
    values.push(new Array<CellValue>(used.columnCount).fill(null));
    formulas.push(new Array<string | null>(used.columnCount).fill(null));
    numberFormats.push(
      rowStyle === undefined ? columnFormats.slice() : new Array(used.columnCount).fill(formatOf(rowStyle)),
    );
  }
  for (let i = 0; i < sheet.rows.length; i++) {
    const r = (sheet.rows[i] ?? 0) - used.row;
    const c = (sheet.columns[i] ?? 0) - used.column;
    if (r < 0 || c < 0 || r >= used.rowCount || c >= used.columnCount) continue;
    (values[r] as CellValue[])[c] = sheet.values[i] ?? null;
    (formulas[r] as (string | null)[])[c] = sheet.formulas[i] ?? null;
    (numberFormats[r] as string[])[c] = formatOf(sheet.styles[i]);
  }
  return { values, formulas, numberFormats };
}

/** Every table's name, from the table parts themselves (cheap: one small part per table). */
async function readTableNames(zip: Package): Promise<string[]> {
  const paths: string[] = [];
  zip.forEach((path, entry) => {
    if (!entry.dir && /^\/?xl\/tables\/[^/]+\.xml$/i.test(path)) paths.push(path);
  });
  const names: string[] = [];
  for (const path of paths.sort()) {
    const xml = await partText(zip, path);
    const table = xml === null ? null : parseTablePart(xml);
    if (table) names.push(table.name);
  }
  return names;
}

async function readTables(zip: Package, sheetPath: string, sheet: ParsedSheet): Promise<TableSnapshot[]> {
  if (sheet.tableRelationshipIds.length === 0) return [];
  const rels = await relationships(zip, sheetPath);
  const tables: TableSnapshot[] = [];
  for (const id of sheet.tableRelationshipIds) {
    const rel = rels.find((r) => r.id === id && isType(r, RELATIONSHIP_TYPES.table) && !r.external);
    const xml = rel ? await partText(zip, rel.target) : null;
    const table = xml === null ? null : parseTablePart(xml);
    if (table) tables.push(table);
  }
  return tables;
}

export function parseTablePart(xml: string): TableSnapshot | null {
  let name: string | undefined;
  let ref: string | undefined;
  const headers: string[] = [];
  const scanner = new XmlScanner(xml);
  for (let tag = scanner.next(); tag; tag = scanner.next()) {
    if (tag.closing) continue;
    if (tag.name === "table") {
      const attributes = parseAttributes(tag.attributes);
      name = attributes.get("displayName") ?? attributes.get("name");
      ref = attributes.get("ref");
    } else if (tag.name === "tableColumn") {
      headers.push(decodeOoxmlText(parseAttributes(tag.attributes).get("name") ?? ""));
    }
  }
  if (name === undefined || ref === undefined) return null;
  return { name, range: parseRangeAddress(ref), headers };
}
