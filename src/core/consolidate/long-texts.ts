/**
 * Excel holds at most 32,767 characters in a cell: a department name or goal title longer than that
 * (pasted by mistake, or a hostile file) would make the whole summary unwritable. Every text cell of the
 * summary is checked before it is written; a longer text is cut with a visible mark, and each cut is an
 * exception naming the cell and the full length, so the rest of the summary is still written.
 */
import { bilingual } from "../messages";
import { cellAddress } from "@tassei/excel-rules";
import type { CellBlock, HyperlinkPlan, PlannedCell } from "../workbook/plan";
import { MAX_CELL_TEXT_LENGTH } from "../workbook/text";
import type { ExceptionLine } from "./exceptions";

/** Ends a cut text, so a reader sees that something is missing. */
export const CUT_MARK = "…（以下省略）";

export interface LongText {
  readonly cell: string;
  readonly length: number;
  readonly start: string;
}

/** The texts of `blocks` longer than a cell holds. */
export function longTexts(blocks: readonly CellBlock[]): LongText[] {
  const found: LongText[] = [];
  for (const block of blocks) {
    block.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (typeof cell === "string" && cell.length > MAX_CELL_TEXT_LENGTH) {
          const at = { row: block.anchor.row + r, column: block.anchor.column + c };
          found.push({ cell: cellAddress(at), length: cell.length, start: [...cell].slice(0, 20).join("") });
        }
      }),
    );
  }
  return found;
}

/** `blocks` with every over-long text cut to the limit, the mark included. */
export function cutLongTexts(blocks: readonly CellBlock[]): CellBlock[] {
  return blocks.map((block) => ({
    ...block,
    rows: block.rows.map((row) => row.map(cut)),
  }));
}

/** A link's text is the cell's text: cut the same way. */
export function cutLinkTexts(links: readonly HyperlinkPlan[]): HyperlinkPlan[] {
  return links.map((link) => ({ ...link, text: cut(link.text) as string }));
}

function cut(cell: PlannedCell): PlannedCell {
  if (typeof cell !== "string" || cell.length <= MAX_CELL_TEXT_LENGTH) return cell;
  let kept = cell.slice(0, MAX_CELL_TEXT_LENGTH - CUT_MARK.length);
  // Never split a surrogate pair (a kanji outside the basic plane, an emoji).
  if (/[\uD800-\uDBFF]$/.test(kept)) kept = kept.slice(0, -1);
  return kept + CUT_MARK;
}

export function longTextExceptions(found: readonly LongText[]): ExceptionLine[] {
  return found.map((text) => ({
    exception: {
      kind: "text_cut",
      department: null,
      source: "",
      cell: text.cell,
      subject: text.start,
      message: bilingual("consolidate.exception.text_cut", {
        cell: text.cell,
        length: text.length,
        limit: MAX_CELL_TEXT_LENGTH,
      }),
    },
    link: null,
  }));
}
