/**
 * The in-memory Excel: the part of the Office.js Excel API that Tassei uses, with Excel's documented
 * behaviour, over a plain-data workbook and a swappable formula engine (HyperFormula by default).
 * Tests and the browser preview run the real Office.js adapter against it. See this package's README.md.
 */
import { createHyperFormulaEngine } from "./engine/hyperformula-engine";
import { type InMemoryExcel, type InMemoryExcelOptions, buildInMemoryExcel } from "./in-memory-excel";

/** An in-memory Excel with HyperFormula as its calculation engine (unless options.engine says otherwise). */
export function createInMemoryExcel(options: InMemoryExcelOptions = {}): InMemoryExcel {
  return buildInMemoryExcel(options.engine ?? createHyperFormulaEngine, options);
}

export type { InMemoryExcel, InMemoryExcelOptions } from "./in-memory-excel";
export { buildInMemoryExcel } from "./in-memory-excel";
export type { ExcelRun, SyncRecord } from "./office/context";
export { EXCEL_WEB_PAYLOAD_LIMIT, Faults, SyncStats } from "./office/context";
export type { InMemoryExcelNamespace } from "./office/namespace";
export { ENUMS, OfficeExtensionErrorCodes } from "./office/namespace";
export type { EngineInput, EngineValue, FormulaEngine, FormulaEngineFactory } from "./engine/formula-engine";
export { createHyperFormulaEngine } from "./engine/hyperformula-engine";
export { WorkbookModel } from "./model/workbook";
export type { CellSeed, SeedValue } from "./model/workbook";
export type { SheetModel } from "./model/sheet";
export type { EffectiveStyle, StyleProps, WorkbookDefaults } from "./model/style";
export { JAPANESE_EXCEL_DEFAULTS } from "./model/style";
export { ErrorCode, OfficeApiError, isOfficeApiError } from "./model/excel-error";
export { formatDisplay } from "./model/number-format";
export { parseTypedString } from "./model/typed-entry";

// For the preview grid (src/preview/page/grid), which draws and edits the model directly: rectangles of
// cells, what a cell shows and holds, and the model's own ways to write entries and measure columns.
export type { CellRect } from "./model/address";
export { lastColumn, lastRow, parseAddress, rect, rectAddress } from "./model/address";
export type { DisplayValue } from "./model/number-format";
export { showsDateTime, showsPercent } from "./model/number-format";
export { columnWidthOf, writeEntries } from "./model/range-ops";
export type { CellContent, ConditionalFormatData } from "./model/sheet";
export type { Border } from "./model/style";
export { MAX_CELL_TEXT } from "./model/typed-entry";
