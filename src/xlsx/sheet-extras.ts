/**
 * What Tassei keeps beside an exceljs workbook because exceljs cannot hold it: each worksheet's custom
 * properties. Keyed by the Worksheet object, so a renamed sheet keeps its properties.
 */
import type ExcelJS from "exceljs";
import type { SheetProperties } from "../core/workbook/plan";

const propertiesBySheet = new WeakMap<ExcelJS.Worksheet, SheetProperties>();

export function sheetPropertiesOf(worksheet: ExcelJS.Worksheet): SheetProperties {
  return propertiesBySheet.get(worksheet) ?? {};
}

export function setSheetProperties(worksheet: ExcelJS.Worksheet, properties: SheetProperties): void {
  propertiesBySheet.set(worksheet, { ...properties });
}

/** A hyperlink into the workbook is marked with a leading "#" (as in Excel's own address box) until saved. */
export const INTERNAL_LINK_MARK = "#";
