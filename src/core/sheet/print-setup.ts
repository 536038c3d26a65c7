/**
 * How a department sheet prints (#19): A4 landscape, one page wide, the rows down to `lastTitleRow` repeated
 * on every page, the sheet's title (the department and the fiscal year) centred at the top of each page and
 * "page X / Y" at its foot.
 *
 * One page break, kept simple: of the goals and KPI tables, the lower one (the KPI table, as the tables are
 * stacked now) starts a new page when the upper one has more than LONG_TABLE_ROWS rows. Such a table fills
 * its page or more, and the next table would otherwise begin at the foot of a page, its title and header on
 * one page and its rows on the next; after a short table the next starts on the same page, as the seeds
 * print it. Excel and LibreOffice break the rest of the sheet between rows by themselves.
 */
import type { PrintPlan } from "../workbook/plan";
import type { SheetPart } from "./sheet-part";

/** Body rows (goal initiatives, indicators) above which the table below starts a page of its own. */
export const LONG_TABLE_ROWS = 20;

/** A table part as the department sheet places it: `table.rowCount` counts its header row. */
interface PlacedTablePart extends SheetPart {
  readonly table: { readonly row: number; readonly rowCount: number };
}

export function departmentPrint(
  title: string,
  lastTitleRow: number,
  goals: PlacedTablePart | null,
  kpi: PlacedTablePart | null,
): PrintPlan {
  const breakRow = goals === null || kpi === null ? null : breakBetween(goals, kpi, lastTitleRow);
  return {
    orientation: "landscape",
    paper: "A4",
    fitToWidth: true,
    titleRows: { first: 0, last: lastTitleRow },
    header: title,
    footer: "pages",
    ...(breakRow === null ? {} : { rowBreaks: [breakRow] }),
  };
}

/** The first row of the lower table's part (its section title) when the upper table is long; else null. */
function breakBetween(a: PlacedTablePart, b: PlacedTablePart, lastTitleRow: number): number | null {
  const [upper, lower] = a.table.row < b.table.row ? [a, b] : [b, a];
  const lowerTop = Math.min(...lower.blocks.map((block) => block.anchor.row));
  return tableBreak(upper.table, lowerTop, lastTitleRow);
}

/**
 * The rule, on tables as they stand (a sheet whose goals table grew): `lowerTop`, the lower table's section
 * title row, starts a page when the upper table (`rowCount` counts its header) has more than
 * LONG_TABLE_ROWS body rows; else null.
 */
export function tableBreak(
  upper: { readonly row: number; readonly rowCount: number },
  lowerTop: number,
  lastTitleRow: number,
): number | null {
  const long = upper.rowCount - 1 > LONG_TABLE_ROWS;
  return long && lowerTop > upper.row && lowerTop > lastTitleRow ? lowerTop : null;
}
