/**
 * Which sheets of a workbook are department sheets: those Tassei inserted (metadata `tassei.kind =
 * department`) and those with a KPI table recognised by its headers (目標値, 実績値, 達成率, 達成度), in
 * tab order. Only sheets read in full can be judged, so the snapshot's `sheets` are the candidates.
 */
import { LOG_SHEET_NAME } from "../grade";
import { findKpiTables } from "../sheet/find-tables";
import { isReadableHandMade } from "../sheet/hand-made";
import { readMetadata } from "../sheet/metadata";
import { readDepartmentSheet } from "../sheet/read-department";
import type { SheetSnapshot, WorkbookSnapshot } from "../workbook/snapshot";
import { SUMMARY_SHEET_NAME, sameSheetName } from "./summary-sheet";
import type { DepartmentSheetCandidate } from "./types";

/** Tassei's own sheets are never sources: the summary is the output, the log holds no department. */
export function isTasseiSheetName(name: string): boolean {
  return sameSheetName(name, SUMMARY_SHEET_NAME) || sameSheetName(name, LOG_SHEET_NAME);
}

export function isDepartmentSheet(sheet: SheetSnapshot): boolean {
  if (isTasseiSheetName(sheet.name)) return false;
  const metadata = readMetadata(sheet.properties);
  return metadata !== null || findKpiTables(sheet, metadata).length > 0 || isReadableHandMade(sheet);
}

/** The department sheets' names in tab order, without reading them (grading reads them next). */
export function departmentSheetNames(snapshot: WorkbookSnapshot): string[] {
  const tab = (sheet: SheetSnapshot) => {
    const index = snapshot.sheetNames.findIndex((name) => sameSheetName(name, sheet.name));
    return index >= 0 ? index : sheet.position;
  };
  return snapshot.sheets
    .filter(isDepartmentSheet)
    .sort((a, b) => tab(a) - tab(b))
    .map((sheet) => sheet.name);
}

export function findDepartmentSheets(snapshot: WorkbookSnapshot): DepartmentSheetCandidate[] {
  return departmentSheetNames(snapshot).flatMap((name) => {
    const sheet = snapshot.sheets.find((s) => s.name === name);
    if (!sheet) return [];
    const read = readDepartmentSheet(sheet);
    if (read.ok) return [{ sheet: name, department: read.department.name, fiscalYear: read.department.fiscalYear }];
    const metadata = readMetadata(sheet.properties);
    return [{ sheet: name, department: metadata?.department ?? null, fiscalYear: metadata?.fiscalYear ?? null }];
  });
}
