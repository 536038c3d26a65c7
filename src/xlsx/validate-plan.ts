/**
 * Everything that can make a plan fail, checked before anything is written, so that a failed apply
 * leaves the workbook exactly as it was.
 */
import type ExcelJS from "exceljs";
import { type MessageParams, bilingual } from "../core/messages";
import {
  MAX_COLUMNS,
  MAX_ROWS,
  type RangeRef,
  cellAddress,
  rangeAddress,
  sameSheetName,
  nameKey,
} from "@tassei/excel-rules";
import { MAX_PROPERTY_VALUE_LENGTH, type SheetPlan, type WorkbookPlan, isFormula } from "../core/workbook/plan";
import { MAX_CELL_TEXT_LENGTH } from "../core/workbook/text";
import type { XlsxApplyError, XlsxApplyErrorCode } from "./types";
import { isValidSheetName, isValidTableName, toArgb } from "./units";

const ERROR_KEYS = {
  "sheet-exists": "xlsx.apply.sheetExists",
  "sheet-missing": "xlsx.apply.sheetMissing",
  "sheet-name": "xlsx.apply.sheetName",
  "duplicate-sheet": "xlsx.apply.duplicateSheet",
  "out-of-range": "xlsx.apply.outOfRange",
  "text-too-long": "xlsx.apply.textTooLong",
  formula: "xlsx.apply.formula",
  number: "xlsx.apply.number",
  color: "xlsx.apply.color",
  "table-name": "xlsx.apply.tableName",
  "table-name-taken": "xlsx.apply.tableNameTaken",
  "table-headers": "xlsx.apply.tableHeaders",
  "validation-list": "xlsx.apply.validationList",
  "property-too-long": "xlsx.apply.propertyTooLong",
  "in-place": "xlsx.apply.inPlace",
  "row-insert": "xlsx.apply.rowInsert",
} as const satisfies Record<XlsxApplyErrorCode, string>;

function failure(
  code: XlsxApplyErrorCode,
  sheet: string,
  params: MessageParams = {},
  address?: string,
): XlsxApplyError {
  const error = { code, sheet, message: bilingual(ERROR_KEYS[code], { sheet, ...params }) };
  return address === undefined ? error : { ...error, address };
}

/** Excel's limit for the text of a list validation's choices, separators included. */
export const MAX_LIST_FORMULA_LENGTH = 255;

export function findWorksheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  return workbook.worksheets.find((ws) => sameSheetName(ws.name, name));
}

function inBounds(range: RangeRef): boolean {
  return (
    Number.isInteger(range.row) &&
    Number.isInteger(range.column) &&
    range.row >= 0 &&
    range.column >= 0 &&
    range.rowCount >= 1 &&
    range.columnCount >= 1 &&
    range.row + range.rowCount <= MAX_ROWS &&
    range.column + range.columnCount <= MAX_COLUMNS
  );
}

/** What a plan is checked against: the workbook's sheet names, and which sheet owns each table (by nameKey). */
export interface ExistingWorkbook {
  readonly sheetNames: readonly string[];
  readonly tableOwners: ReadonlyMap<string, string>;
}

/** An exceljs workbook's sheets and tables, for validatePlan. */
export function existingOf(workbook: ExcelJS.Workbook): ExistingWorkbook {
  const tableOwners = new Map<string, string>();
  for (const worksheet of workbook.worksheets) {
    for (const table of worksheet.getTables()) {
      tableOwners.set(nameKey(tableName(table)), nameKey(worksheet.name));
    }
  }
  return { sheetNames: workbook.worksheets.map((ws) => ws.name), tableOwners };
}

export function validatePlan(workbook: ExistingWorkbook, plan: WorkbookPlan): XlsxApplyError | null {
  const names = new Set(workbook.sheetNames.map(nameKey));
  const seen = new Set<string>();
  for (const sheet of plan.sheets) {
    const key = nameKey(sheet.name);
    if (seen.has(key)) return failure("duplicate-sheet", sheet.name);
    seen.add(key);
    if (!isValidSheetName(sheet.name)) return failure("sheet-name", sheet.name);
    const existing = names.has(key);
    if (sheet.mode === "create" && existing) return failure("sheet-exists", sheet.name);
    if (sheet.mode === "update" && !existing) return failure("sheet-missing", sheet.name);
    const error = validateSheet(sheet);
    if (error) return error;
  }
  return validateTableNames(workbook.tableOwners, plan);
}

/** The value a plan's blocks put in one cell, for checking table headers against. */
function plannedCellAt(sheet: SheetPlan, row: number, column: number): unknown {
  let found: unknown = undefined;
  for (const block of sheet.blocks) {
    const cell = block.rows[row - block.anchor.row]?.[column - block.anchor.column];
    if (cell !== undefined) found = cell;
  }
  return found;
}

function validateSheet(sheet: SheetPlan): XlsxApplyError | null {
  const name = sheet.name;
  // Moving the cells below a table, with every formula, rule and break that refers to them, is Excel's.
  if ((sheet.insertRows?.length ?? 0) > 0 || sheet.rowBreaks !== undefined) return failure("row-insert", name);
  const ranges: RangeRef[] = [
    ...sheet.clear,
    ...sheet.styles.map((s) => s.range),
    ...sheet.tables.map((t) => t.range),
    ...sheet.validations.map((v) => v.range),
    ...sheet.conditionalFormats.map((c) => c.range),
    ...sheet.charts.flatMap((c) => [c.source, c.placement]),
  ];
  const cells = [
    ...sheet.blocks.map((b) => b.anchor),
    ...sheet.hyperlinks.map((h) => h.cell),
    ...sheet.hyperlinks.flatMap((h) => (h.target.kind === "cell" ? [h.target.cell] : [])),
    ...(sheet.activate ? [sheet.activate.select] : []),
  ];
  if (!ranges.every(inBounds) || !cells.every((c) => inBounds({ ...c, rowCount: 1, columnCount: 1 }))) {
    return failure("out-of-range", name);
  }
  if (sheet.columnWidths.some((w) => !inBounds({ row: 0, column: w.column, rowCount: 1, columnCount: 1 }))) {
    return failure("out-of-range", name);
  }

  for (const block of sheet.blocks) {
    if (block.anchor.row + block.rows.length > MAX_ROWS) return failure("out-of-range", name);
    for (let r = 0; r < block.rows.length; r++) {
      const row = block.rows[r] ?? [];
      if (block.anchor.column + row.length > MAX_COLUMNS) return failure("out-of-range", name);
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        const address = () => cellAddress({ row: block.anchor.row + r, column: block.anchor.column + c });
        if (typeof cell === "string" && cell.length > MAX_CELL_TEXT_LENGTH) {
          const a = address();
          return failure("text-too-long", name, { cell: a, length: cell.length, limit: MAX_CELL_TEXT_LENGTH }, a);
        }
        if (typeof cell === "number" && !Number.isFinite(cell)) {
          const a = address();
          return failure("number", name, { cell: a }, a);
        }
        if (isFormula(cell) && !cell.formula.startsWith("=")) {
          const a = address();
          return failure("formula", name, { cell: a }, a);
        }
      }
    }
  }

  for (const link of sheet.hyperlinks) {
    if (link.text.length > MAX_CELL_TEXT_LENGTH) {
      const a = cellAddress(link.cell);
      return failure("text-too-long", name, { cell: a, length: link.text.length, limit: MAX_CELL_TEXT_LENGTH }, a);
    }
  }

  const colors = [
    ...sheet.styles.flatMap((s) => [s.style.fill, s.style.fontColor]),
    ...sheet.conditionalFormats.flatMap((c) => c.rules.flatMap((r) => [r.fill, r.fontColor])),
  ];
  for (const color of colors) {
    if (color !== undefined && toArgb(color) === null) return failure("color", name, { color });
  }

  for (const table of sheet.tables) {
    if (!isValidTableName(table.name)) return failure("table-name", name, { table: table.name });
    const headers = table.headers;
    const distinct = new Set(headers.map(nameKey));
    const cellsAgree = headers.every((header, i) => {
      const planned = plannedCellAt(sheet, table.range.row, table.range.column + i);
      return planned === undefined || planned === header;
    });
    if (
      headers.length !== table.range.columnCount ||
      headers.some((h) => h.trim() === "" || h.length > 255) ||
      distinct.size !== headers.length ||
      !cellsAgree
    ) {
      return failure("table-headers", name, { table: table.name }, rangeAddress(table.range));
    }
  }

  for (const validation of sheet.validations) {
    const listText = validation.list.map((item) => item.replace(/"/g, '""')).join(",");
    if (
      validation.list.length === 0 ||
      validation.list.some((item) => item === "" || item.includes(",")) ||
      listText.length > MAX_LIST_FORMULA_LENGTH
    ) {
      const range = rangeAddress(validation.range);
      return failure("validation-list", name, { range }, range);
    }
  }

  for (const [key, value] of Object.entries(sheet.properties)) {
    if (value.length > MAX_PROPERTY_VALUE_LENGTH) {
      return failure("property-too-long", name, { key, limit: MAX_PROPERTY_VALUE_LENGTH });
    }
  }
  return null;
}

/** Table names are unique across the workbook (case-insensitively), not per sheet. */
function validateTableNames(owner: ReadonlyMap<string, string>, plan: WorkbookPlan): XlsxApplyError | null {
  const planned = new Map<string, string>();
  for (const sheet of plan.sheets) {
    for (const table of sheet.tables) {
      const key = nameKey(table.name);
      const sheetKey = nameKey(sheet.name);
      const elsewhere = owner.get(key);
      if ((elsewhere !== undefined && elsewhere !== sheetKey) || planned.has(key)) {
        return failure("table-name-taken", sheet.name, { table: table.name });
      }
      planned.set(key, sheetKey);
    }
  }
  return null;
}

/** exceljs's getTables() returns Table objects whose typings lag behind; the name is on the table model. */
export function tableName(table: unknown): string {
  const model = (table as { table?: { name?: string }; name?: string }) ?? {};
  return model.table?.name ?? model.name ?? "";
}

export { failure as applyFailure };
