/**
 * Rows of a sheet written top to bottom from A1, with the styles, links and positions a section needs.
 * The summary is one block of cells (plus styles over it), so that it is written in one go and its
 * previous content is cleared as one range.
 */
import { type RangeRef, parseCellAddress } from "@tassei/excel-rules";
import type { CellStyle, HyperlinkPlan, PlannedCell, StyledRange } from "../workbook/plan";

const HEADER_STYLE: CellStyle = {
  bold: true,
  fill: "#DDEBF7",
  border: true,
  wrap: true,
  horizontal: "center",
  vertical: "center",
};
/** Body cells wrap: a long file name or label takes two lines instead of making its column a page wide. */
const BODY_STYLE: CellStyle = { border: true, vertical: "top", wrap: true };
export const TOTAL_STYLE: CellStyle = { bold: true, fill: "#F2F2F2", border: true };
export const SECTION_TITLE_STYLE: CellStyle = { bold: true, fontSize: 12 };

/** Where a table-like section landed: rows are zero-based sheet rows. */
export interface PlacedSection {
  readonly titleRow: number;
  readonly headerRow: number;
  readonly firstRow: number;
  /** Data rows (a "none" line counts as none). */
  readonly rowCount: number;
  readonly width: number;
}

export interface SectionSpec {
  readonly title: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly PlannedCell[])[];
  /** Number format per column (undefined: General). */
  readonly formats?: Readonly<Record<number, string>>;
  /** Columns whose long texts wrap, with the width each keeps (points). */
  readonly wrap?: Readonly<Record<number, number>>;
  /** Written in place of rows when there are none. */
  readonly none: string;
}

export class SheetBuilder {
  readonly rows: PlannedCell[][] = [];
  readonly styles: StyledRange[] = [];
  readonly hyperlinks: HyperlinkPlan[] = [];
  /** Rows whose text runs on to the right (titles, captions): column widths leave them out. */
  readonly captionRows = new Set<number>();
  /** Set widths of the columns whose long texts wrap, by column. */
  readonly wrapWidths = new Map<number, number>();
  private widest = 0;

  get nextRow(): number {
    return this.rows.length;
  }

  get width(): number {
    return this.widest;
  }

  add(row: readonly PlannedCell[]): number {
    this.rows.push([...row]);
    this.widest = Math.max(this.widest, row.length);
    return this.rows.length - 1;
  }

  blank(): void {
    this.rows.push([]);
  }

  style(range: RangeRef, style: CellStyle): void {
    if (range.rowCount > 0 && range.columnCount > 0) this.styles.push({ range, style });
  }

  link(link: HyperlinkPlan): void {
    this.hyperlinks.push(link);
  }

  /**
   * A link in `column` of each row of a placed section to the sheet cell its line names (a sheet of this
   * workbook), showing `text`; a line without a place (a file's) gets none.
   */
  linkRows<T>(
    section: PlacedSection,
    column: number,
    lines: readonly T[],
    place: (line: T) => { readonly sheet: string; readonly cell: string } | null,
    text: (line: T) => string,
  ): void {
    lines.forEach((line, i) => {
      const at = place(line);
      if (!at) return;
      this.link({
        cell: { row: section.firstRow + i, column },
        target: { kind: "cell", sheet: at.sheet, cell: parseCellAddress(at.cell) },
        text: text(line),
      });
    });
  }

  /** A section: its title, a styled header row, then its rows (or one "none" line), with borders. */
  section(spec: SectionSpec): PlacedSection {
    const width = spec.headers.length;
    const titleRow = this.add([spec.title]);
    this.captionRows.add(titleRow);
    this.style({ row: titleRow, column: 0, rowCount: 1, columnCount: 1 }, SECTION_TITLE_STYLE);
    const headerRow = this.add(spec.headers);
    this.style({ row: headerRow, column: 0, rowCount: 1, columnCount: width }, HEADER_STYLE);
    const firstRow = this.nextRow;
    if (spec.rows.length === 0) {
      this.add([spec.none]);
      this.style({ row: firstRow, column: 0, rowCount: 1, columnCount: width }, BODY_STYLE);
      return { titleRow, headerRow, firstRow, rowCount: 0, width };
    }
    for (const row of spec.rows) this.add(row);
    const body = (column: number, columnCount = 1): RangeRef => ({
      row: firstRow,
      column,
      rowCount: spec.rows.length,
      columnCount,
    });
    this.style(body(0, width), BODY_STYLE);
    for (const [column, numberFormat] of Object.entries(spec.formats ?? {})) {
      this.style(body(Number(column)), { numberFormat });
    }
    for (const [column, points] of Object.entries(spec.wrap ?? {})) {
      this.style(body(Number(column)), { wrap: true });
      this.wrapWidths.set(Number(column), Math.max(points, this.wrapWidths.get(Number(column)) ?? 0));
    }
    return { titleRow, headerRow, firstRow, rowCount: spec.rows.length, width };
  }
}
