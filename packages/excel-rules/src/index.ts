/**
 * Excel's own rules, the ones Excel defines and every side of Tassei follows: the A1 grid and its
 * addresses, how a sheet name is quoted, compared and validated, and the 1900 date system. Written once
 * here for Tassei's core and adapters and for the in-memory Excel. See this package's README.md.
 */
export type { CellRef, RangeRef } from "./address";
export {
  MAX_COLUMNS,
  MAX_ROWS,
  cellAddress,
  columnIndex,
  columnLetters,
  contains,
  needsQuotes,
  parseCellAddress,
  parseRangeAddress,
  quoteSheetName,
  rangeAddress,
  rangeWithin,
  nameKey,
  sameSheetName,
  sameTableName,
  splitAreas,
} from "./address";
export type { SheetNameFault } from "./sheet-name";
export { FORBIDDEN_SHEET_NAME_CHARACTERS, MAX_SHEET_NAME_LENGTH, isValidSheetName, sheetNameFault } from "./sheet-name";
export type { DateParts } from "./serial-date";
export {
  LAST_DATE_SERIAL,
  dateToSerial,
  isValidDate,
  serialToParts,
  serialToUnixMs,
  unixMsToSerial,
} from "./serial-date";
