/**
 * The summary sheet 全庁サマリー and how Tassei knows it is its own: a worksheet custom property
 * `tassei.kind = summary`, set when the sheet is made. The sheet is regenerated in place on every run;
 * a sheet of that name without the property is someone else's and is never overwritten.
 */
import { property } from "../sheet/metadata";
import { MAX_PROPERTY_VALUE_LENGTH, type SheetProperties } from "../workbook/plan";
import type { SheetSnapshot } from "../workbook/snapshot";

export const SUMMARY_SHEET_NAME = "全庁サマリー";

export const SUMMARY_KEYS = { kind: "tassei.kind", summary: "tassei.summary" } as const;
export const SUMMARY_KIND = "summary";

export { sameSheetName } from "@tassei/excel-rules";

export function isSummarySheet(sheet: SheetSnapshot): boolean {
  return property(sheet.properties, SUMMARY_KEYS.kind) === SUMMARY_KIND;
}

/** What the summary records about itself: small JSON, cut down rather than over Excel's 255 characters. */
export function summaryProperties(info: {
  readonly at: string;
  readonly used: string;
  readonly departments: number;
  readonly sources: number;
}): SheetProperties {
  const full = JSON.stringify({ v: 1, ...info });
  const value = full.length <= MAX_PROPERTY_VALUE_LENGTH ? full : JSON.stringify({ v: 1, at: info.at });
  return { [SUMMARY_KEYS.kind]: SUMMARY_KIND, [SUMMARY_KEYS.summary]: value };
}
