/**
 * The whole-cell words the live formulas recognise, taken from the number parser's own lists and
 * kept only where the parser itself reads the bare word that way, so that the formulas and the
 * grading engine can never disagree about a word: one source of truth, checked at load.
 */
import { parseCell } from "../../numbers/parse";
import { DONE_WORDS, NOT_CARRIED_OUT_WORDS, NOT_DONE_WORDS, PENDING_WORDS } from "../../numbers/words";

/** A word the formulas can compare: no spaces (Excel's TRIM would change it) and no "|" (the list separator). */
function matchable(word: string): boolean {
  return word !== "" && !/\s|\|/.test(word);
}

function wordsReadAs(words: ReadonlySet<string>, kind: "pending" | "done" | "not_done"): readonly string[] {
  return [...words].filter((word) => {
    if (!matchable(word)) return false;
    const read = parseCell(word);
    if (kind === "pending") return !read.ok && read.reason === "pending";
    return read.ok && read.kind === "binary" && read.done === (kind === "done");
  });
}

/** 作業中, 集計中, -, … : no value yet (an actual that is pending, a target or baseline that is missing). */
export const PENDING_CELL_WORDS: readonly string[] = wordsReadAs(PENDING_WORDS, "pending");

/** 実施, 完了, … : a milestone done (100%). */
export const DONE_CELL_WORDS: readonly string[] = wordsReadAs(DONE_WORDS, "done");

/**
 * 未達成, 未着手, … : a milestone not done (the lowest grade, 0%). 未実施 and 中止 are not here: they are
 * not carried out (E), which only the engine decides, so the formulas leave them to the Grade button.
 */
export const NOT_DONE_CELL_WORDS: readonly string[] = wordsReadAs(NOT_DONE_WORDS, "not_done").filter(
  (word) => !NOT_CARRIED_OUT_WORDS.has(word),
);
