/**
 * What a column header of a sheet laid out by hand says: which column it is (指標, 目標値, 実績値 …)
 * and of which fiscal year. Headers are compared after folding widths and removing spaces, so
 * 令和7年度目標値, R7目標, 目標(R7), 当年度目標, 実績(見込み) and 前年度実績(参考) all read. The words are
 * KPI_COLUMNS' own headers and synonyms (the mid-year check's aside: hand-made sheets read as before), plus the two a plain list adds (its goal and owning section).
 */
import { parseFiscalYear } from "../../era";
import { foldText } from "../../numbers/chars";
import { HAND_MADE_KPI_COLUMNS, type KpiColumnKey } from "../kpi/kpi-table";

/** A column of a hand-made block: a KPI column, the goal a row belongs to, or its section. */
export type BlockColumnKey = KpiColumnKey | "goalTitle" | "section";

/** The year a header names: a fiscal year, or this year / last year / next year as words. */
export type HeaderYear =
  | { readonly kind: "year"; readonly year: number }
  | { readonly kind: "current" }
  | { readonly kind: "previous" }
  | { readonly kind: "next" };

export interface HeaderMeaning {
  readonly key: BlockColumnKey;
  readonly year: HeaderYear | null;
  /** The header says its values are estimates: 実績(見込み). */
  readonly estimate: boolean;
  /** The header is the column's own word (目標値), not a synonym (目標): it wins a tie. */
  readonly exact: boolean;
}

const EXTRA_WORDS: Readonly<Record<"goalTitle" | "section", readonly string[]>> = {
  goalTitle: ["重点目標", "重点的な取り組み", "重点的な取組", "重点取組", "目標名", "施策名", "取組名"],
  section: ["担当課", "所管課", "所管室・課", "所管室課", "所管", "担当", "担当部署", "担当部局", "所管部署"],
};

/** Folded, without spaces and a trailing full stop ("No." is "No"). */
export function headerKey(text: string): string {
  return foldText(text.normalize("NFKC"))
    .replace(/\s+/g, "")
    .replace(/[.．]$/, "");
}

const WORDS: ReadonlyMap<string, { key: BlockColumnKey; exact: boolean }> = new Map<
  string,
  { key: BlockColumnKey; exact: boolean }
>([
  ...HAND_MADE_KPI_COLUMNS.flatMap((column) => [
    [headerKey(column.header), { key: column.key as BlockColumnKey, exact: true }] as const,
    ...column.synonyms.map((word) => [headerKey(word), { key: column.key as BlockColumnKey, exact: false }] as const),
  ]),
  ...Object.entries(EXTRA_WORDS).flatMap(([key, words]) =>
    words.map((word) => [headerKey(word), { key: key as BlockColumnKey, exact: true }] as const),
  ),
]);

const YEAR_WORDS: readonly [RegExp, HeaderYear][] = [
  [/^(?:当|今|本)年度/, { kind: "current" }],
  [/^(?:前|昨)年度/, { kind: "previous" }],
  [/^(?:次|来|翌)年度/, { kind: "next" }],
];

const ERA_YEAR = /^(?:令和|平成|R|H|FY)(?:元|\d{1,4})(?:年度|年)?|^\d{4}(?:年度|年)/i;
const ERA_YEAR_AT_END = /(?:令和|平成|R|H|FY)(?:元|\d{1,4})(?:年度|年)?$|\d{4}(?:年度|年)$/i;
const BRACKETED = /[(（]([^()（）]*)[)）]/g;
/** Longer texts are prose, not headers. */
const MAX_HEADER_LENGTH = 40;

/** The year at the start of a header, and the rest. */
function leadingYear(text: string): { year: HeaderYear | null; rest: string } {
  for (const [pattern, year] of YEAR_WORDS) {
    const match = pattern.exec(text);
    if (match) return { year, rest: text.slice(match[0].length) };
  }
  const match = ERA_YEAR.exec(text);
  if (match) {
    const parsed = parseFiscalYear(match[0]);
    if (parsed.ok) return { year: { kind: "year", year: parsed.year }, rest: text.slice(match[0].length) };
  }
  return { year: null, rest: text };
}

function trailingYear(text: string): { year: HeaderYear | null; rest: string } {
  const match = ERA_YEAR_AT_END.exec(text);
  if (!match || match.index === 0) return { year: null, rest: text };
  const parsed = parseFiscalYear(match[0]);
  return parsed.ok
    ? { year: { kind: "year", year: parsed.year }, rest: text.slice(0, match.index) }
    : { year: null, rest: text };
}

function readMeaning(text: string): HeaderMeaning | null {
  let key = headerKey(text).replace(/※.*$/, "");
  if (key === "" || key.length > MAX_HEADER_LENGTH) return null;
  const known = WORDS.get(key);
  if (known !== undefined) return { ...known, year: null, estimate: false };
  let year: HeaderYear | null = null;
  let estimate = false;
  // Notes in brackets: a year (目標(R7)), an estimate (実績(見込み)), or a remark (参考, 当初設定).
  key = key.replace(BRACKETED, (_, inner: string) => {
    if (/見込/.test(inner)) estimate = true;
    const inside = leadingYear(inner);
    if (inside.year && inside.rest === "") year = inside.year;
    return "";
  });
  if (!WORDS.has(key)) {
    const leading = leadingYear(key);
    if (leading.year) {
      year ??= leading.year;
      key = leading.rest.replace(/^の/, "");
    } else {
      const trailing = trailingYear(key);
      if (trailing.year) {
        year ??= trailing.year;
        key = trailing.rest;
      }
    }
  }
  const word = WORDS.get(key) ?? (isIndicatorWord(key) ? { key: "name" as const, exact: false } : null);
  return word === null ? null : { ...word, year, estimate };
}

/**
 * A header of its own that ends in 指標 (取り組みの成果を測る指標, 成果指標名): short, and no title or
 * section heading (環境部 令和7年度 重点目標と指標, 2. めざす姿に向けた指標).
 */
function isIndicatorWord(key: string): boolean {
  return key.endsWith("指標") && key.length <= 20 && !/年度|^[0-9]|^[【<＜■●◆]/.test(key);
}

/** Headers repeat on every sheet and data cells repeat too: each text is read once. */
const memo = new Map<string, HeaderMeaning | null>();
const MEMO_LIMIT = 20_000;

/** The meaning of a header cell, or null when it is not a column Tassei reads. */
export function headerMeaning(text: string): HeaderMeaning | null {
  if (text.length > MAX_HEADER_LENGTH * 2) return null;
  const known = memo.get(text);
  if (known !== undefined) return known;
  const meaning = readMeaning(text);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(text, meaning);
  return meaning;
}

/**
 * Whether a header's year is the graded year: a fiscal year equal to it, or 当年度 (this year is the
 * graded one by definition, even when the sheet's year is not known).
 */
export function isGradedYear(year: HeaderYear | null, gradedYear: number | null): boolean {
  if (year === null) return false;
  if (year.kind === "current") return true;
  return headerFiscalYear(year, gradedYear) === gradedYear && gradedYear !== null;
}

/** The Western fiscal year of a header year, given the sheet's year for 当年度 / 前年度 / 次年度. */
export function headerFiscalYear(year: HeaderYear | null, sheetYear: number | null): number | null {
  if (year === null) return null;
  if (year.kind === "year") return year.year;
  if (sheetYear === null) return null;
  return sheetYear + (year.kind === "previous" ? -1 : year.kind === "next" ? 1 : 0);
}
