/**
 * The cells one sheet's grading writes, gathered and then grouped, so that a plan has few ranges: cells
 * of a column become one block even across a few untouched rows (holes leave those cells as they are),
 * and number formats become rectangles of one format each. Each range is an operation in Excel's
 * request, and a sheet of thousands of converted cells must stay well under its 5 MB.
 */
import type { CellBlock, PlannedCell, StyledRange } from "../workbook/plan";

interface Entry<T> {
  readonly row: number;
  readonly column: number;
  readonly value: T;
}

/** Untouched rows a block may span: a hole costs a few bytes, a new range far more. */
const MAX_HOLE_ROWS = 8;

export class SheetWrites {
  private readonly cells = new Map<string, Entry<PlannedCell>>();
  private readonly formats = new Map<string, Entry<string>>();

  set(row: number, column: number, value: PlannedCell): void {
    this.cells.set(`${row}:${column}`, { row, column, value });
  }

  numberFormat(row: number, column: number, format: string): void {
    this.formats.set(`${row}:${column}`, { row, column, value: format });
  }

  /** Every cell written — a value (undefined when only its format is), and its format when one is written. */
  written(): { row: number; column: number; value: PlannedCell; numberFormat: string | null }[] {
    const keys = new Set([...this.cells.keys(), ...this.formats.keys()]);
    return [...keys].map((key) => {
      const cell = this.cells.get(key);
      const format = this.formats.get(key);
      const at = (cell ?? format)!;
      return { row: at.row, column: at.column, value: cell?.value, numberFormat: format?.value ?? null };
    });
  }

  get isEmpty(): boolean {
    return this.cells.size === 0 && this.formats.size === 0;
  }

  /** One block per column stretch; rows skipped inside a stretch are holes. */
  blocks(): CellBlock[] {
    const sorted = [...this.cells.values()].sort((a, b) => a.column - b.column || a.row - b.row);
    const blocks: CellBlock[] = [];
    let run: Entry<PlannedCell>[] = [];
    const flush = () => {
      const first = run[0];
      if (!first) return;
      const last = run[run.length - 1]!;
      const rows: PlannedCell[][] = Array.from({ length: last.row - first.row + 1 }, () => [undefined]);
      for (const entry of run) rows[entry.row - first.row] = [entry.value];
      blocks.push({ anchor: { row: first.row, column: first.column }, rows });
      run = [];
    };
    for (const entry of sorted) {
      const last = run[run.length - 1];
      if (last && (last.column !== entry.column || entry.row - last.row - 1 > MAX_HOLE_ROWS)) flush();
      run.push(entry);
    }
    flush();
    return blocks;
  }

  /** Rectangles of one number format: a row's adjacent cells first, then identical spans on rows below. */
  styles(): StyledRange[] {
    const byFormat = new Map<string, Entry<string>[]>();
    for (const entry of this.formats.values()) {
      const list = byFormat.get(entry.value);
      if (list) list.push(entry);
      else byFormat.set(entry.value, [entry]);
    }
    const styles: StyledRange[] = [];
    for (const [format, entries] of byFormat) {
      const spans = horizontalSpans(entries);
      const open = new Map<string, { row: number; column: number; rowCount: number; columnCount: number }>();
      for (const span of spans) {
        const key = `${span.column}:${span.columnCount}`;
        const above = open.get(key);
        if (above && above.row + above.rowCount === span.row) above.rowCount += 1;
        else {
          if (above) styles.push({ range: { ...above }, style: { numberFormat: format } });
          open.set(key, { ...span, rowCount: 1 });
        }
      }
      for (const range of open.values()) styles.push({ range: { ...range }, style: { numberFormat: format } });
    }
    return styles.sort((a, b) => a.range.row - b.range.row || a.range.column - b.range.column);
  }
}

/** Runs of adjacent columns on one row, top to bottom. */
function horizontalSpans(entries: readonly Entry<string>[]): { row: number; column: number; columnCount: number }[] {
  const sorted = [...entries].sort((a, b) => a.row - b.row || a.column - b.column);
  const spans: { row: number; column: number; columnCount: number }[] = [];
  for (const entry of sorted) {
    const last = spans[spans.length - 1];
    if (last && last.row === entry.row && last.column + last.columnCount === entry.column) last.columnCount += 1;
    else spans.push({ row: entry.row, column: entry.column, columnCount: 1 });
  }
  return spans;
}
