/**
 * The words a department sheet uses in its dropdown cells, and the model values they stand for.
 * The sheet speaks Japanese (it is a city document); the model speaks English identifiers.
 */
import type { Direction, IndicatorStatus, RateMethod } from "../rules/types";

export const DIRECTION_WORDS: Readonly<Record<Direction, string>> = {
  up: "増加",
  down: "減少",
  band: "維持",
  binary: "実施",
};

export const METHOD_WORDS: Readonly<Record<RateMethod, string>> = {
  ratio: "比率",
  progress: "進捗",
};

export const STATUS_WORDS: Readonly<Record<IndicatorStatus, string>> = {
  final: "確定",
  estimate: "見込み",
  pending: "作業中",
  not_carried_out: "未実施",
};

function reverse<K extends string>(words: Readonly<Record<K, string>>): ReadonlyMap<string, K> {
  return new Map(Object.entries(words).map(([key, word]) => [word as string, key as K]));
}

export const DIRECTION_BY_WORD = reverse(DIRECTION_WORDS);
export const METHOD_BY_WORD = reverse(METHOD_WORDS);
export const STATUS_BY_WORD = reverse(STATUS_WORDS);

/** The kind of a value in the multi-year KGI table, as its column headers say it. */
export const KGI_KIND_WORDS: Readonly<Record<"actual" | "target", string>> = {
  actual: "実績",
  target: "目標",
};

export const KGI_KIND_BY_WORD = reverse(KGI_KIND_WORDS);
