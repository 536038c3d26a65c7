/**
 * The printed scale (【達成度について】) as the live 達成度 formulas use it: the cells holding each
 * grade's lower bound. Found again on the sheet by its heading and its lines, so rows a person inserted
 * above it do not matter; its bounds restored by grading when someone changed them, since the formulas
 * read them and the engine grades with the scale itself.
 */
import { PRESET_SCALES, type Scale } from "../../rules";
import type { CellRef, RangeRef } from "@tassei/excel-rules";
import { contains } from "@tassei/excel-rules";
import type { PlannedCell } from "../../workbook/plan";
import { type SheetSnapshot, valueAt } from "../../workbook/snapshot";
import { LEGEND_HEADING, scaleLegendRows } from "./header-block";
import type { FormulaScale } from "../kpi/live-formulas";

export function legendHeading(scale: Scale): string {
  return `${LEGEND_HEADING}${scale.name.ja}`;
}

/** The preset whose legend heading the sheet prints (outside every table), or null. */
export function legendScale(sheet: SheetSnapshot): Scale | null {
  const byHeading = new Map(Object.values(PRESET_SCALES).map((scale) => [legendHeading(scale), scale] as const));
  for (const { text } of legendHeadings(sheet)) {
    const scale = byHeading.get(text);
    if (scale) return scale;
  }
  return null;
}

/** Every cell outside the tables whose text begins 【達成度について】, in row order, with its text trimmed. */
function* legendHeadings(sheet: SheetSnapshot): Generator<{ readonly text: string; readonly at: CellRef }> {
  const used = sheet.used;
  if (!used) return;
  for (let r = 0; r < sheet.values.length; r++) {
    const line = sheet.values[r] ?? [];
    for (let c = 0; c < line.length; c++) {
      const value = line[c];
      if (typeof value !== "string" || !value.trimStart().startsWith(LEGEND_HEADING)) continue;
      const at = { row: used.row + r, column: used.column + c };
      if (!sheet.tables.some((table) => contains(table.range, at))) yield { text: value.trim(), at };
    }
  }
}

/** The grades as the 達成度 formula places a rate, reading bounds from `boundCells` where given. */
export function formulaScale(scale: Scale, heading: CellRef | null): FormulaScale {
  if (scale.manual) return [];
  const rows = scaleLegendRows(scale);
  return scale.grades.map((grade, index) => {
    const bound = index < scale.grades.length - 1 ? (rows[index]?.bound ?? null) : null;
    return {
      letter: grade.letter,
      bound,
      boundCell: bound !== null && heading ? { row: heading.row + 1 + index, column: heading.column } : null,
    };
  });
}

/** The legend's cells as Tassei writes them, from its heading cell: [row, column, cell, number format]. */
export function legendCells(
  scale: Scale,
  heading: CellRef,
): { at: CellRef; cell: PlannedCell; numberFormat: string | null }[] {
  return scaleLegendRows(scale).flatMap((row, index) => {
    const line = heading.row + 1 + index;
    return [
      { at: { row: line, column: heading.column }, cell: row.bound ?? "", numberFormat: row.boundFormat },
      { at: { row: line, column: heading.column + 1 }, cell: row.line, numberFormat: null },
    ];
  });
}

/**
 * The legend heading Tassei wrote for this scale, with every row under it still as Tassei printed it —
 * each grade's line beside its bound (or, on sheets made before the bounds were printed, in the bounds'
 * column) and no row inside a table. Null otherwise: a legend a person moved, cut or wrote into is never
 * restored, and the 達成度 formulas then carry the bounds themselves.
 */
export function findLegend(sheet: SheetSnapshot, scale: Scale): CellRef | null {
  const heading = legendHeading(scale);
  const lines = scaleLegendRows(scale).map((row) => row.line);
  for (const found of legendHeadings(sheet))
    if (found.text === heading && intact(sheet, found.at, lines)) return found.at;
  return null;
}

/** The rows under the heading: its lines, as printed, outside every table. */
export function legendRange(heading: CellRef, scale: Scale): RangeRef {
  return { row: heading.row + 1, column: heading.column, rowCount: scaleLegendRows(scale).length, columnCount: 2 };
}

/** Each line under the heading as Tassei printed it, none inside a table (the heading is outside one). */
function intact(sheet: SheetSnapshot, heading: CellRef, lines: readonly string[]): boolean {
  const inTable = (at: CellRef) => sheet.tables.some((table) => contains(table.range, at));
  return lines.every((line, i) => {
    const row = heading.row + 1 + i;
    const bound = { row, column: heading.column };
    const text = { row, column: heading.column + 1 };
    if (inTable(bound) || inTable(text)) return false;
    return valueAt(sheet, text.row, text.column) === line || valueAt(sheet, bound.row, bound.column) === line;
  });
}
