/**
 * Excel's rule for a sheet name, written once for the Insert job, the .xlsx adapter and the in-memory
 * Excel: 1–31 characters, none of : \ / ? * [ ], no apostrophe at either end, not "History" (reserved).
 */
export const MAX_SHEET_NAME_LENGTH = 31;

/** The characters Excel refuses anywhere in a sheet name. */
export const FORBIDDEN_SHEET_NAME_CHARACTERS = /[[\]:*?/\\]/g;

export type SheetNameFault = "length" | "character" | "apostrophe" | "reserved";

/** What is wrong with the name for Excel, or null when nothing is. */
export function sheetNameFault(name: string): SheetNameFault | null {
  if (name.length === 0 || name.length > MAX_SHEET_NAME_LENGTH) return "length";
  if (new RegExp(FORBIDDEN_SHEET_NAME_CHARACTERS.source).test(name)) return "character";
  if (name.startsWith("'") || name.endsWith("'")) return "apostrophe";
  if (name.toLowerCase() === "history") return "reserved";
  return null;
}

export function isValidSheetName(name: string): boolean {
  return sheetNameFault(name) === null;
}
