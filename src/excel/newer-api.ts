/**
 * Office.js members newer than the manifest's minimum (ExcelApi 1.12), in one place. The API-set gate
 * (`scripts/check-api-sets.mjs`, part of `npm test`) type-checks the add-in against typings with those
 * members removed, so nothing else can reach them. Each function names its requirement set; its caller
 * checks `supports(isSetSupported, …)` first (requirements.ts), since a city's Excel may not have it.
 */

/** Where copied sheets go (Excel.WorksheetPositionType, ExcelApi 1.13). */
type CopyPosition = "None" | "Before" | "After" | "Beginning" | "End";

interface WorkbookFrom113 {
  insertWorksheetsFromBase64(
    base64File: string,
    options?: { sheetNamesToInsert?: string[]; positionType?: CopyPosition },
  ): OfficeExtension.ClientResult<string[]>;
}

/** ExcelApi 1.13 (requirements.ts: "insertWorksheets"): queues copying sheets of a workbook file into this one. */
export function insertWorksheetsFromBase64(
  workbook: Excel.Workbook,
  base64: string,
  sheets: readonly string[],
  position: CopyPosition = "End",
): void {
  (workbook as unknown as WorkbookFrom113).insertWorksheetsFromBase64(base64, {
    sheetNamesToInsert: [...sheets],
    positionType: position,
  });
}

/** ExcelApi 1.14 ("changeSource"): whether a change came from this add-in (Tassei's own writes). */
export function changedByThisAddin(args: Excel.WorksheetChangedEventArgs): boolean {
  return (args as unknown as { triggerSource?: string }).triggerSource === "ThisLocalAddin";
}
