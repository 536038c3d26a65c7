/**
 * The words that surround numbers in KPI cells. Kept as data so that a city's own wording can be
 * added in one place; each list says what the word means for grading.
 */
import { fold } from "./chars";
import type { NumberFlag } from "./parse";

/** A cell saying "no value yet": the actual is being counted, not missing by mistake. */
export const PENDING_WORDS: ReadonlySet<string> = new Set([
  "作業中",
  "集計中",
  "未確定",
  "調査中",
  "未集計",
  "確認中",
  "精査中",
  "算定中",
  "算出中",
  "調整中",
  "未定",
  "未把握",
  "なし",
  "無し",
  "…",
]);

/**
 * A cell saying "not applicable": a dash alone (－, ―, -) or 該当なし / 対象外 / N/A. In city sheets a dash in
 * 目標値 or 実績値 marks an indicator that does not apply this year, not one waiting for its value.
 */
export const NOT_APPLICABLE_WORDS: ReadonlySet<string> = new Set([
  "該当なし",
  "対象外",
  "-",
  "--",
  "−",
  "‐",
  "―",
  "—",
  "–",
  "ー",
  "N/A",
  "n/a",
  "NA",
]);

/** Done / not-done answers of a milestone indicator (実施・未実施). */
export const DONE_WORDS: ReadonlySet<string> = new Set([
  "実施",
  "実施済",
  "実施済み",
  "済",
  "済み",
  "完了",
  "設置",
  "設置済",
  "設置済み",
  "策定",
  "策定済",
  "策定済み",
  "達成",
  "開催",
  "開催済",
  "開催済み",
  "導入",
  "導入済",
  "導入済み",
  "完成",
  "開設",
  "決定",
]);

export const NOT_DONE_WORDS: ReadonlySet<string> = new Set([
  "未実施",
  "未達成",
  "未達",
  "未設置",
  "未策定",
  "未完了",
  "未開催",
  "未導入",
  "未着手",
  "中止",
  "中断",
  "延期",
  "見送り",
  "取りやめ",
  "取り止め",
  "取止め",
]);

/**
 * The not-done words that say the work was not carried out at all (cancelled, dropped), rather than
 * done and missed: typed as an actual, they are the scale's not-carried-out grade (E), not 0% (D).
 */
export const NOT_CARRIED_OUT_WORDS: ReadonlySet<string> = new Set(["未実施", "中止", "取りやめ", "取り止め", "取止め"]);

/**
 * What was done, written after a count's unit: 全6回実施 is 6 times (回), 3件設置 is 3 items (件). The word
 * is not part of the unit, which must match the target's (6回).
 */
export const ACTION_AFTER_UNIT: readonly string[] = ["実施", "開催", "達成", "完了", "設置", "策定", "導入", "開設"];

/** A unit as grading compares it: the action after a count dropped (回実施 → 回), a synonym its usual form. */
export function normalUnit(text: string): string {
  let unit = text;
  for (const action of ACTION_AFTER_UNIT) {
    if (unit.length > action.length && unit.endsWith(action)) {
      unit = unit.slice(0, -action.length);
      break;
    }
  }
  return UNIT_SYNONYMS.get(unit) ?? unit;
}

/** What a whole-cell word says: no value yet, not applicable, done, or not done. */
export type KeywordKind = "pending" | "not_applicable" | "done" | "not_done";

export interface Keyword {
  readonly word: string;
  readonly kind: KeywordKind;
}

/** The keywords by first code unit, so that a cell is compared with the few that could match. */
const KEYWORDS_BY_START: ReadonlyMap<number, readonly Keyword[]> = (() => {
  const map = new Map<number, Keyword[]>();
  const add = (words: ReadonlySet<string>, kind: KeywordKind): void => {
    for (const word of words) {
      const c = word.charCodeAt(0);
      const list = map.get(c) ?? [];
      list.push({ word, kind });
      map.set(c, list);
    }
  };
  add(PENDING_WORDS, "pending");
  add(NOT_APPLICABLE_WORDS, "not_applicable");
  add(DONE_WORDS, "done");
  add(NOT_DONE_WORDS, "not_done");
  return map;
})();

/** The keyword that s[from, to) is, compared after folding (－ is -), without slicing; or null. */
export function keywordAt(s: string, from: number, to: number): Keyword | null {
  const candidates = KEYWORDS_BY_START.get(fold(s.charCodeAt(from)));
  if (candidates === undefined) return null;
  const length = to - from;
  for (const k of candidates) {
    if (k.word.length !== length) continue;
    let i = 1;
    while (i < length && fold(s.charCodeAt(from + i)) === k.word.charCodeAt(i)) i++;
    if (i === length) return k;
  }
  return null;
}

/** Words inside brackets or before a value that qualify it: `(見込み)`, `(累計)`. */
export const QUALIFIER_WORDS: ReadonlyMap<string, NumberFlag> = new Map<string, NumberFlag>([
  ["見込み", "estimate"],
  ["見込", "estimate"],
  ["見込値", "estimate"],
  ["見込み値", "estimate"],
  ["推計", "estimate"],
  ["推計値", "estimate"],
  ["速報", "estimate"],
  ["速報値", "estimate"],
  ["暫定", "estimate"],
  ["暫定値", "estimate"],
  ["概算", "approximate"],
  ["約", "approximate"],
  ["概数", "approximate"],
  ["累計", "cumulative"],
  ["延べ", "cumulative"],
  ["のべ", "cumulative"],
  ["延", "cumulative"],
  ["以上", "lower_bound"],
  ["以下", "upper_bound"],
]);

/** A word that qualifies a value: 約 before it, 以上 after it. */
export interface QualifierWord {
  readonly word: string;
  readonly flag: NumberFlag;
  /**
   * Single characters that also occur inside ordinary words (超過, 強化) count only at the end
   * of the value.
   */
  readonly boundary: boolean;
}

/** Words before the number. */
export const PREFIX_WORDS: ReadonlyArray<QualifierWord> = [
  { word: "おおむね", flag: "approximate", boundary: false },
  { word: "見込み", flag: "estimate", boundary: false },
  { word: "およそ", flag: "approximate", boundary: false },
  { word: "概ね", flag: "approximate", boundary: false },
  { word: "凡そ", flag: "approximate", boundary: false },
  { word: "延べ", flag: "cumulative", boundary: false },
  { word: "のべ", flag: "cumulative", boundary: false },
  { word: "累計", flag: "cumulative", boundary: false },
  { word: "見込", flag: "estimate", boundary: false },
  { word: "最大", flag: "upper_bound", boundary: false },
  { word: "最高", flag: "upper_bound", boundary: false },
  { word: "最低", flag: "lower_bound", boundary: false },
  { word: "最小", flag: "lower_bound", boundary: false },
  { word: "約", flag: "approximate", boundary: false },
  { word: "延", flag: "cumulative", boundary: false },
  { word: "≧", flag: "lower_bound", boundary: false },
  { word: "≥", flag: "lower_bound", boundary: false },
  { word: "≦", flag: "upper_bound", boundary: false },
  { word: "≤", flag: "upper_bound", boundary: false },
];

/** Words after the value. */
export const SUFFIX_WORDS: ReadonlyArray<QualifierWord> = [
  { word: "以上", flag: "lower_bound", boundary: false },
  { word: "超え", flag: "lower_bound", boundary: false },
  { word: "超", flag: "lower_bound", boundary: true },
  { word: "以下", flag: "upper_bound", boundary: false },
  { word: "未満", flag: "upper_bound", boundary: false },
  { word: "以内", flag: "upper_bound", boundary: false },
  { word: "まで", flag: "upper_bound", boundary: true },
  { word: "程度", flag: "approximate", boundary: false },
  { word: "前後", flag: "approximate", boundary: false },
  { word: "くらい", flag: "approximate", boundary: false },
  { word: "ぐらい", flag: "approximate", boundary: false },
  { word: "ほど", flag: "approximate", boundary: true },
  { word: "余り", flag: "approximate", boundary: false },
  { word: "強", flag: "approximate", boundary: true },
  { word: "弱", flag: "approximate", boundary: true },
  { word: "見込み", flag: "estimate", boundary: false },
  { word: "見込", flag: "estimate", boundary: false },
  { word: "累計", flag: "cumulative", boundary: true },
];

/**
 * The words by their first code unit, longest first, so that the scanner looks up only the few
 * that can match where it stands (見込み before 見込).
 */
const NONE: readonly QualifierWord[] = [];
const PREFIXES_BY_START = byFirstUnit(PREFIX_WORDS);
const SUFFIXES_BY_START = byFirstUnit(SUFFIX_WORDS);
const PREFIX_START = startTable(PREFIX_WORDS);
const SUFFIX_START = startTable(SUFFIX_WORDS);

function byFirstUnit(words: readonly QualifierWord[]): ReadonlyMap<number, readonly QualifierWord[]> {
  const map = new Map<number, QualifierWord[]>();
  for (const w of [...words].sort((a, b) => b.word.length - a.word.length)) {
    const c = w.word.charCodeAt(0);
    const list = map.get(c) ?? [];
    list.push(w);
    map.set(c, list);
  }
  return map;
}

function startTable(words: readonly QualifierWord[]): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const w of words) table[w.word.charCodeAt(0)] = 1;
  return table;
}

export function prefixesAt(c: number): readonly QualifierWord[] {
  return PREFIXES_BY_START.get(c) ?? NONE;
}

export function suffixesAt(c: number): readonly QualifierWord[] {
  return SUFFIXES_BY_START.get(c) ?? NONE;
}

/** `c & 0xffff` keeps the lookup in bounds for −1 (past the end). */
export function isSuffixStart(c: number): boolean {
  return SUFFIX_START[c & 0xffff] === 1;
}

export function isPrefixStart(c: number): boolean {
  return PREFIX_START[c & 0xffff] === 1;
}

/** Error values Excel writes into cells; they are not numbers, and say so. */
export const EXCEL_ERRORS: ReadonlySet<string> = new Set([
  "#N/A",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#GETTING_DATA",
]);

/** Labels that are era names: `R7`, `H29` in a value cell are fiscal years, not values. */
export const ERA_LABELS: ReadonlySet<string> = new Set([
  "R",
  "r",
  "H",
  "h",
  "S",
  "s",
  "令和",
  "平成",
  "昭和",
  "FY",
  "fy",
  "Fy",
]);

/** Unit spellings that mean the same unit; the product shows one. */
export const UNIT_SYNONYMS: ReadonlyMap<string, string> = new Map([
  ["パーセント", "%"],
  ["ﾊﾟｰｾﾝﾄ", "%"],
  ["m2", "m²"],
  ["km2", "km²"],
  ["m3", "m³"],
]);
