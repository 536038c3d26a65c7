/** Conversions between the plan's units (Office.js's) and the file's. */

/** "#C6EFCE" or "C6EFCE" → "FFC6EFCE" (opaque ARGB, as styles.xml stores colours); null if not hex. */
export function toArgb(color: string): string | null {
  const hex = color.trim().replace(/^#/, "");
  if (/^[0-9A-Fa-f]{6}$/.test(hex)) return `FF${hex.toUpperCase()}`;
  if (/^[0-9A-Fa-f]{3}$/.test(hex))
    return `FF${[...hex]
      .map((d) => d + d)
      .join("")
      .toUpperCase()}`;
  return null;
}

/**
 * The width of the default font's digit "0" in pixels at 96 dpi. exceljs writes Calibri 11 as the
 * workbook's normal font, whose digit is 7 px wide; Excel measures column widths in those digits.
 */
export const MAX_DIGIT_WIDTH_PX = 7;

/**
 * Points (Office.js `format.columnWidth`) → the `<col width>` value. Excel draws columns in whole pixels
 * (1 pt = 4/3 px) and stores width as pixels ÷ digit width, truncated to 1/256 of a character:
 * 48 pt = 64 px → 9.140625, which Excel shows as 8.43 characters (the 5 px cell padding is not shown).
 */
export function pointsToColumnWidth(points: number): number {
  const pixels = Math.round((points * 96) / 72);
  return Math.trunc((pixels / MAX_DIGIT_WIDTH_PX) * 256) / 256;
}

export function columnWidthToPoints(width: number): number {
  return (Math.round(width * MAX_DIGIT_WIDTH_PX) * 72) / 96;
}

export { isValidSheetName } from "@tassei/excel-rules";

/**
 * Excel's rules for a table name: starts with a letter, "_" or "\", then letters, digits, "_" or ".";
 * at most 255 characters; not "C"/"R" and nothing that reads as a cell reference (A1 or R1C1).
 */
export function isValidTableName(name: string): boolean {
  return (
    name.length <= 255 &&
    /^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) &&
    !/^[A-Za-z]{1,3}[0-9]+$/.test(name) &&
    !/^[RrCc]$/.test(name) &&
    !/^[Rr][0-9]*[Cc][0-9]*$/.test(name)
  );
}
