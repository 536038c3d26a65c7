/**
 * A sheet's used range as the hand-made readers walk it: sheet-absolute rows and columns, each row's
 * texts read once, and header rows (one row, or two when the upper one is merged over the lower) read
 * through the header words.
 */
import { type CellValue, type SheetSnapshot, isBlankCell } from "../../workbook/snapshot";
import { type BlockColumnKey, type HeaderMeaning, headerMeaning } from "./words";

/** A cell's text as typed, trimmed; null for a blank cell or one that is not text. */
export function textOf(value: CellValue): string | null {
  if (typeof value !== "string") return null;
  const text = value.trim();
  return text === "" ? null : text;
}

export interface TextCell {
  readonly column: number;
  readonly text: string;
}

export interface HeaderCell extends TextCell {
  readonly meaning: HeaderMeaning | null;
}

export interface HeaderRow {
  /** The first header row. */
  readonly row: number;
  /** 1, or 2 when two rows are read as one. */
  readonly rows: number;
  readonly cells: readonly HeaderCell[];
}

export type Meanings = ReadonlyMap<number, HeaderMeaning>;

export class Grid {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
  readonly end: number;
  private readonly texts = new Map<number, TextCell[]>();
  private readonly meanings = new Map<number, Meanings>();

  private constructor(readonly sheet: SheetSnapshot) {
    const used = sheet.used ?? { row: 0, column: 0, rowCount: 0, columnCount: 0 };
    this.top = used.row;
    this.left = used.column;
    this.rows = used.rowCount;
    this.columns = used.columnCount;
    this.end = used.row + used.rowCount;
  }

  static of(sheet: SheetSnapshot): Grid | null {
    return sheet.used ? new Grid(sheet) : null;
  }

  value(row: number, column: number): CellValue {
    return this.sheet.values[row - this.top]?.[column - this.left] ?? null;
  }

  text(row: number, column: number): string | null {
    return textOf(this.value(row, column));
  }

  /** The row's text cells, left to right (read once per row). */
  textCells(row: number): readonly TextCell[] {
    let cells = this.texts.get(row);
    if (!cells) {
      cells = [];
      const line = this.sheet.values[row - this.top] ?? [];
      line.forEach((value, i) => {
        const text = textOf(value);
        if (text !== null) cells?.push({ column: this.left + i, text });
      });
      this.texts.set(row, cells);
    }
    return cells;
  }

  /** What the row's cells say as headers (read once per row). */
  rowMeanings(row: number): Meanings {
    let meanings = this.meanings.get(row);
    if (!meanings) {
      const found = new Map<number, HeaderMeaning>();
      for (const { column, text } of this.textCells(row)) {
        const meaning = headerMeaning(text);
        if (meaning) found.set(column, meaning);
      }
      meanings = found;
      this.meanings.set(row, meanings);
    }
    return meanings;
  }

  hasNumber(row: number): boolean {
    return (this.sheet.values[row - this.top] ?? []).some((value) => typeof value === "number");
  }

  isBlankRow(row: number, from: number, to: number): boolean {
    for (let c = from; c <= to; c++) if (!isBlankCell(this.value(row, c))) return false;
    return true;
  }

  /**
   * The header at `row` that `accept` takes: the row alone, or the row and the next read as one when the
   * next adds columns. In two rows a merged upper cell (text in its leftmost cell) spans the cells to its
   * right, so 令和7年度 over 目標値 | 実績値 reads 令和7年度目標値 and 令和7年度実績値; the lower row must
   * itself be headers (every cell under a blank is a header word of its own), so a data row is never
   * taken for the second half of a header.
   */
  headerAt(row: number, accept: (meanings: Meanings) => boolean): HeaderRow | null {
    const single = this.rowMeanings(row);
    let best: { cells: readonly TextCell[]; meanings: Meanings; rows: number } | null = accept(single)
      ? { cells: this.textCells(row), meanings: single, rows: 1 }
      : null;
    const next = row + 1;
    if (
      next < this.end &&
      !this.hasNumber(next) &&
      this.textCells(next).length > 0 &&
      !accept(this.rowMeanings(next))
    ) {
      const joined = this.twoRows(row);
      if (joined !== null && accept(joined.meanings) && joined.meanings.size > (best?.meanings.size ?? 0)) {
        best = { ...joined, rows: 2 };
      }
    }
    if (!best) return null;
    const meanings = best.meanings;
    return {
      row,
      rows: best.rows,
      cells: best.cells.map(({ column, text }) => ({ column, text, meaning: meanings.get(column) ?? null })),
    };
  }

  private twoRows(row: number): { cells: TextCell[]; meanings: Meanings } | null {
    const cells: TextCell[] = [];
    const meanings = new Map<number, HeaderMeaning>();
    const lower = this.rowMeanings(row + 1);
    let carried: string | null = null;
    for (let c = this.left; c < this.left + this.columns; c++) {
      const upper = this.text(row, c);
      const below = this.text(row + 1, c);
      if (upper !== null) carried = upper;
      else if (below === null) carried = null;
      if (upper === null && below === null) continue;
      // A cell of the lower row under nothing must be a header word itself, or this is no header.
      if (upper === null && below !== null && !lower.has(c)) return null;
      const top = upper ?? carried;
      const text = [top, below].filter((t) => t !== null).join("");
      cells.push({ column: c, text });
      const meaning =
        headerMeaning(text) ??
        (below !== null ? lower.get(c) : undefined) ??
        (upper !== null ? headerMeaning(upper) : null);
      if (meaning) meanings.set(c, meaning);
    }
    return { cells, meanings };
  }
}

export function keysOf(meanings: Meanings): Set<BlockColumnKey> {
  return new Set([...meanings.values()].map((m) => m.key));
}
