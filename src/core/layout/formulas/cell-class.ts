/**
 * What a value cell (目標値, 実績値, 基準値) holds, as far as a formula can tell, as one small number:
 * the formulas compute it once per cell and look the combination up in a table (see paths.ts),
 * instead of repeating the word lists in every branch.
 */
import { DONE_CELL_WORDS, NOT_DONE_CELL_WORDS, PENDING_CELL_WORDS } from "./cell-words";
import { isBlank, isOneOf, when } from "./excel-expr";

export const CELL_CLASS = {
  /** Empty, or spaces only. */
  blank: 0,
  /** A number the engine reads exactly as the formula does (see NUMBER_WINDOW). */
  number: 1,
  /** 作業中 and the parser's other pending words. */
  pending: 2,
  /** A done word (実施, 完了, …) or TRUE. */
  done: 3,
  /** A not-done word (未実施, 中止, …) or FALSE. */
  notDone: 4,
  /** A number outside NUMBER_WINDOW: the engine may read it, or may find it has too many digits. */
  otherNumber: 5,
  /** Any other text (`5 億円`, `△53人`, `99%(見込み)`): only the engine can read it. */
  unknownText: 6,
  /** An error value (#N/A …): the engine reads its text and finds no number. */
  unreadable: 7,
} as const;

export type CellClass = (typeof CELL_CLASS)[keyof typeof CELL_CLASS];

export const CELL_CLASS_COUNT = 8;

/**
 * Numbers the engine reads as exactly the decimal Excel shows: 0, or a magnitude in [1e-6, 1e15).
 * Below 1e-6 fifteen significant digits can need more than the 20 decimals the engine holds; from
 * 1e15 on the digits may outgrow a safe integer. Outside the window a formula cannot be sure.
 * Written without E notation, which HyperFormula's dialect does not read.
 */
export const NUMBER_WINDOW = { min: "0.000001", max: "1000000000000000" } as const;

/** The number in `ref` is inside NUMBER_WINDOW (only meaningful once ISNUMBER holds). */
export function inNumberWindow(ref: string): string {
  return `OR(${ref}=0,AND(ABS(${ref})>=${NUMBER_WINDOW.min},ABS(${ref})<${NUMBER_WINDOW.max}))`;
}

/**
 * How finely a cell's words are told apart. The 実績値 needs all three lists; for the 目標値 and the
 * 基準値 every parser word leads to the same outcome (see decidePath), so one list does, reported as
 * "pending".
 */
export type WordDetail = "each list" | "any word";

/**
 * The CellClass of `ref`. ISLOGICAL comes before ISNUMBER because LibreOffice stores a boolean as a
 * number that is also ISLOGICAL; ISERROR comes first so that nothing below ever sees an error value.
 */
export function cellClassExpr(ref: string, detail: WordDetail): string {
  const c = CELL_CLASS;
  const words =
    detail === "each list"
      ? when(
          isOneOf(ref, PENDING_CELL_WORDS),
          String(c.pending),
          when(
            isOneOf(ref, DONE_CELL_WORDS),
            String(c.done),
            when(isOneOf(ref, NOT_DONE_CELL_WORDS), String(c.notDone), String(c.unknownText)),
          ),
        )
      : when(
          isOneOf(ref, [...PENDING_CELL_WORDS, ...DONE_CELL_WORDS, ...NOT_DONE_CELL_WORDS]),
          String(c.pending),
          String(c.unknownText),
        );
  return when(
    `ISERROR(${ref})`,
    String(c.unreadable),
    when(
      `ISLOGICAL(${ref})`,
      detail === "each list" ? when(ref, String(c.done), String(c.notDone)) : String(c.pending),
      when(
        `ISNUMBER(${ref})`,
        when(inNumberWindow(ref), String(c.number), String(c.otherNumber)),
        when(isBlank(ref), String(c.blank), words),
      ),
    ),
  );
}
