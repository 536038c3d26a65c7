/**
 * The summary's column widths, from what the columns hold (#19): each column as wide as nine in ten of its
 * cells need, so 分野 names are not cut and a column of small counts is not 200 px wide because a header
 * once was. The sections are stacked, so a column serves several of them; the rare long text in it wraps.
 * Section titles and the title rows are left out (they run on into the empty cells to their right, as in
 * any city document). Columns of long texts (重点目標, 内容 …) keep a set width and wrap, so one long goal
 * does not make a column a page wide.
 */
import type { ColumnWidth, PlannedCell } from "../workbook/plan";
import { isFormula } from "../workbook/plan";

/** Points of one character in the sheet's 11 pt font: full-width (CJK, kana) and the rest. */
const FULL_WIDTH_POINTS = 11;
const HALF_WIDTH_POINTS = 6;
/** Cell padding and a little room, so the widest text does not touch the border. */
const PADDING_POINTS = 10;
export const MIN_COLUMN_POINTS = 40;
/**
 * No column grows past this from its content: the sections share columns, and one long file path would
 * make a column of counts a page wide. Longer texts wrap (the body cells wrap), so nothing is cut.
 */
export const MAX_COLUMN_POINTS = 130;

export function contentWidths(
  rows: readonly (readonly PlannedCell[])[],
  skipRows: ReadonlySet<number>,
  width: number,
  fixed: ReadonlyMap<number, number>,
): ColumnWidth[] {
  const texts: number[][] = Array.from({ length: width }, () => []);
  rows.forEach((row, r) => {
    if (skipRows.has(r)) return;
    row.forEach((cell, c) => {
      const points = textPoints(shownText(cell));
      if (c < width && points > 0) texts[c]!.push(points);
    });
  });
  return texts.map((points, column) => ({
    column,
    points:
      fixed.get(column) ??
      Math.min(MAX_COLUMN_POINTS, Math.max(MIN_COLUMN_POINTS, Math.ceil(mostOf(points) + PADDING_POINTS))),
  }));
}

/**
 * What fits most of a column's cells — nine in ten, by width — rather than the widest: the sections share
 * columns, and a few long texts (a file's name among counts) wrap instead of widening every page.
 */
function mostOf(points: readonly number[]): number {
  if (points.length === 0) return 0;
  const sorted = [...points].sort((a, b) => a - b);
  return sorted[Math.ceil(sorted.length * 0.9) - 1]!;
}

/** The printed width of the columns, in points. */
export function totalPoints(widths: readonly ColumnWidth[]): number {
  return widths.reduce((sum, w) => sum + w.points, 0);
}

/** Points a text takes: full-width characters about twice the others. */
export function textPoints(text: string): number {
  let points = 0;
  for (const char of text) points += isFullWidth(char) ? FULL_WIDTH_POINTS : HALF_WIDTH_POINTS;
  return points;
}

/**
 * Roughly what the cell shows: the summary's only fractions are rates and shares, shown as 0.0%; other
 * numbers (counts, years, points) as written; a text as it is.
 */
function shownText(cell: PlannedCell): string {
  const value = isFormula(cell) ? cell.result : cell;
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : `${(value * 100).toFixed(1)}%`;
  return String(value);
}

function isFullWidth(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x20000
  );
}
