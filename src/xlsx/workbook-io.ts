/**
 * Creating, loading and saving exceljs workbooks, with what exceljs loses put back: worksheet custom
 * properties, hyperlinks into the workbook, and data validations (which exceljs would expand into one
 * entry per cell: a whole-column list costs it a million entries and seconds).
 */
import ExcelJS from "exceljs";
import {
  MAX_COLUMNS,
  MAX_ROWS,
  columnIndex,
  parseCellAddress,
  rangeAddress,
  serialToUnixMs,
} from "@tassei/excel-rules";
import type { SheetProperties } from "../core/workbook/plan";
import { readSheetProperties } from "./custom-properties";
import { worksheetChildAt, worksheetTailStart } from "./part-locations";
import { type Package, partText } from "./package";
import { chartData } from "./chart-data";
import { type ChartToWrite, fixPackage } from "./package-fixups";
import { asBytes, openWorkbookPackage, readFailure } from "./open-workbook";
import { sheetChartsOf } from "./sheet-charts";
import { INTERNAL_LINK_MARK, setSheetProperties, sheetPropertiesOf } from "./sheet-extras";
import type { XlsxReadFailure } from "./types";
import { XmlScanner, parseAttributes, relationshipId } from "./xml";

export type XlsxLoadResult =
  | { readonly ok: true; readonly workbook: ExcelJS.Workbook }
  | { readonly ok: false; readonly failure: XlsxReadFailure };

export function newXlsxWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Tassei";
  workbook.created = new Date();
  return workbook;
}

export async function loadXlsx(data: ArrayBuffer | Uint8Array): Promise<XlsxLoadResult> {
  const bytes = asBytes(data);
  const opened = await openWorkbookPackage(bytes);
  if (!opened.ok) return opened;
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's typings want a Node Buffer; it hands the bytes to JSZip, which takes any Uint8Array.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer, { ignoreNodes: ["dataValidations"] });
  } catch (error) {
    return { ok: false, failure: readFailure("corrupt", undefined, String(error)) };
  }
  try {
    for (const entry of opened.structure.sheets) {
      const worksheet = workbook.getWorksheet(entry.name);
      const xml = await partText(opened.zip, entry.path);
      if (!worksheet || xml === null) continue;
      const tail = sheetTail(xml);
      restoreValidations(worksheet, tail.body);
      restoreInternalLinks(worksheet, tail.body);
      await restoreProperties(opened.zip, entry.path, worksheet, tail.body);
    }
  } catch (error) {
    return { ok: false, failure: readFailure("corrupt", undefined, String(error)) };
  }
  return { ok: true, workbook };
}

export async function saveXlsx(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  // Formulas written by a plan have no cached result: have Excel compute everything when it opens the file.
  workbook.calcProperties = { ...workbook.calcProperties, fullCalcOnLoad: true };
  const written = await workbook.xlsx.writeBuffer();
  const bytes = new Uint8Array(written as unknown as ArrayBuffer);
  const properties = new Map<string, SheetProperties>();
  const charts = new Map<string, ChartToWrite[]>();
  for (const worksheet of workbook.worksheets) {
    const own = sheetPropertiesOf(worksheet);
    if (Object.keys(own).length > 0) properties.set(worksheet.name, own);
    // A chart's cached values are the cells' values now, after every plan applied to the workbook.
    const planned = sheetChartsOf(worksheet).map((plan) => ({ plan, data: chartData(worksheet, plan) }));
    if (planned.length > 0) charts.set(worksheet.name, planned);
  }
  return fixPackage(bytes, properties, charts);
}

/** The part of a worksheet after its cells, up to the sheet's own extension list (whose insides are not the sheet's). */
function sheetTail(xml: string): { body: string } {
  const tail = xml.slice(worksheetTailStart(xml));
  const ext = worksheetChildAt(tail, ["extLst"]);
  if (ext < 0 || !/^<(?:\w+:)?extLst[\s>]/.test(tail.slice(ext))) return { body: tail };
  return { body: tail.slice(0, ext) };
}

/** "B:B", "3:5", "$A$1:$C$9" → "B1:B1048576", "A3:XFD5", "A1:C9"; null if unreadable. */
export function normaliseSqrefPart(part: string): string | null {
  const text = part.replace(/\$/g, "").toUpperCase();
  try {
    const columns = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(text);
    if (columns) {
      return rangeAddress({
        row: 0,
        column: columnIndex(columns[1] ?? ""),
        rowCount: MAX_ROWS,
        columnCount: columnIndex(columns[2] ?? "") - columnIndex(columns[1] ?? "") + 1,
      });
    }
    const rows = /^([0-9]+):([0-9]+)$/.exec(text);
    if (rows) {
      const first = Number(rows[1]) - 1;
      return rangeAddress({ row: first, column: 0, rowCount: Number(rows[2]) - first, columnCount: MAX_COLUMNS });
    }
    const [a, b] = text.split(":");
    const start = parseCellAddress(a ?? "");
    const end = b === undefined ? start : parseCellAddress(b);
    return rangeAddress({
      row: Math.min(start.row, end.row),
      column: Math.min(start.column, end.column),
      rowCount: Math.abs(end.row - start.row) + 1,
      columnCount: Math.abs(end.column - start.column) + 1,
    });
  } catch {
    return null;
  }
}

const BOOLEAN_FLAGS = ["allowBlank", "showInputMessage", "showErrorMessage"] as const;
const TEXT_FIELDS = ["operator", "errorStyle", "errorTitle", "error", "promptTitle", "prompt"] as const;

/** Reads `<dataValidations>` as ranges, the way exceljs writes a range key back as one sqref. */
function restoreValidations(worksheet: ExcelJS.Worksheet, tail: string): void {
  const model = (worksheet as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model;
  const scanner = new XmlScanner(tail);
  let current: Record<string, unknown> | null = null;
  let sqref = "";
  for (let tag = scanner.next(); tag; tag = scanner.next()) {
    if (tag.name === "dataValidation" && !tag.closing) {
      const attributes = parseAttributes(tag.attributes);
      const validation: Record<string, unknown> = { type: attributes.get("type") ?? "any", formulae: [] };
      for (const flag of BOOLEAN_FLAGS) {
        const value = attributes.get(flag);
        if (value !== undefined) validation[flag] = value === "1" || value === "true";
      }
      for (const field of TEXT_FIELDS) {
        const value = attributes.get(field);
        if (value !== undefined) validation[field] = value;
      }
      if (validation.operator === undefined && !["any", "list", "custom"].includes(String(validation.type))) {
        validation.operator = "between";
      }
      current = validation;
      sqref = attributes.get("sqref") ?? "";
      if (!tag.selfClosing) continue;
    }
    if (current && (tag.name === "formula1" || tag.name === "formula2") && !tag.closing && !tag.selfClosing) {
      const text = scanner.textFrom(tag.end);
      const number = Number(text);
      // exceljs writes a date validation's bounds from Date objects.
      const formula =
        current.type === "date" && text.trim() !== "" && Number.isFinite(number)
          ? new Date(Math.round(serialToUnixMs(number)))
          : text;
      (current.formulae as unknown[]).push(formula);
    }
    if (current && tag.name === "dataValidation" && (tag.closing || tag.selfClosing)) {
      if ((current.formulae as unknown[]).length === 0) delete current.formulae;
      for (const part of sqref.trim().split(/\s+/)) {
        const key = normaliseSqrefPart(part);
        if (key !== null) model[key] = current;
      }
      current = null;
    }
  }
}

/** exceljs keeps only hyperlinks with a relationship; links to a place in the workbook have none. */
function restoreInternalLinks(worksheet: ExcelJS.Worksheet, tail: string): void {
  for (const match of tail.matchAll(/<(?:\w+:)?hyperlink\b([^>]*?)\/?>/g)) {
    const raw = match[1] ?? "";
    if (relationshipId(raw) !== undefined) continue;
    const attributes = parseAttributes(raw);
    const location = attributes.get("location");
    const ref = attributes.get("ref");
    if (location === undefined || ref === undefined) continue;
    const cell = worksheet.getCell(ref.split(":")[0] ?? ref);
    const text = cell.value;
    // Only text cells: a hyperlink value in exceljs is text, and a number must stay a number.
    if (typeof text !== "string") continue;
    const value: ExcelJS.CellHyperlinkValue = { text, hyperlink: INTERNAL_LINK_MARK + location };
    const tooltip = attributes.get("tooltip");
    if (tooltip !== undefined) value.tooltip = tooltip;
    cell.value = value;
  }
}

async function restoreProperties(
  zip: Package,
  path: string,
  worksheet: ExcelJS.Worksheet,
  tail: string,
): Promise<void> {
  const entries: { name: string; relationshipId: string }[] = [];
  for (const match of tail.matchAll(/<(?:\w+:)?customPr\b([^>]*?)\/?>/g)) {
    const raw = match[1] ?? "";
    const name = parseAttributes(raw).get("name");
    const id = relationshipId(raw);
    if (name !== undefined && id !== undefined) entries.push({ name, relationshipId: id });
  }
  if (entries.length > 0) setSheetProperties(worksheet, await readSheetProperties(zip, path, entries));
}
