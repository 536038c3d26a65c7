/**
 * What the in-memory Excel answers to Office.context.requirements.isSetSupported: the ExcelApi sets up
 * to 1.12, which is what it implements for Tassei (custom properties); 1.13's
 * insertWorksheetsFromBase64 is not implemented, so optional features behind it stay off.
 */
import type { IsSetSupported } from "../../excel/requirements";

export const PREVIEW_EXCEL_API = "1.12";

function compareVersions(a: string, b: string): number {
  const left = a.split(".").map(Number);
  const right = b.split(".").map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

export const previewIsSetSupported: IsSetSupported = (name, minVersion = "1.1") =>
  name.toLowerCase() === "excelapi" && compareVersions(minVersion, PREVIEW_EXCEL_API) <= 0;
