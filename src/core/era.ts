/**
 * Fiscal years (年度, April to March) as Japanese documents write them: 令和7年度, R7, 平成29年度,
 * H29, 2025年度, FY2025 … and back. A fiscal year is named after the calendar year it starts in,
 * and that year's era is the one in force at its end: FY2019 began in 平成31年 but is 令和元年度
 * (Reiwa began on 1 May 2019), FY1989 is 平成元年度. Both names of such a year are accepted.
 */
import { foldText } from "./numbers/chars";
import { parseCell } from "./numbers/parse";
import type { Language } from "./messages/types";

export const FIRST_FISCAL_YEAR = 1926;
export const LAST_FISCAL_YEAR = 2100;

export type FiscalYearFailureReason = "empty" | "unreadable" | "out_of_range" | "inconsistent";

export type FiscalYearResult =
  | {
      readonly ok: true;
      readonly year: number;
      /** Set when the era year runs past the era's end (平成32年度 = 2020, written before Reiwa began). */
      readonly pastEraEnd?: true;
    }
  | { readonly ok: false; readonly reason: FiscalYearFailureReason };

interface Era {
  readonly ja: string;
  readonly en: string;
  /** Romanised spellings besides `en`, lower-cased (with macrons as some documents write them). */
  readonly romanised: readonly string[];
  readonly letter: string;
  /** The one-character sign some fonts and documents use: ㋿ ㍻ ㍼ ㍽. */
  readonly sign: string;
  /** Calendar year of the era's first day (that year is 元年). */
  readonly firstYear: number;
  /** Calendar year of the era's last day, for eras that have ended. */
  readonly lastYear: number | null;
}

/** Newest first. Start dates: 大正 1912-07-30, 昭和 1926-12-25, 平成 1989-01-08, 令和 2019-05-01. */
const ERAS: readonly Era[] = [
  { ja: "令和", en: "Reiwa", romanised: [], letter: "R", sign: "\u32ff", firstYear: 2019, lastYear: null },
  { ja: "平成", en: "Heisei", romanised: [], letter: "H", sign: "\u337b", firstYear: 1989, lastYear: 2019 },
  { ja: "昭和", en: "Showa", romanised: ["shōwa"], letter: "S", sign: "\u337c", firstYear: 1926, lastYear: 1989 },
  { ja: "大正", en: "Taisho", romanised: ["taishō"], letter: "T", sign: "\u337d", firstYear: 1912, lastYear: 1926 },
];

/** Every spelling of an era, lower-cased: 令和, reiwa, r, ㋿ (and shōwa, taishō with macrons). */
const ERA_BY_NAME: ReadonlyMap<string, Era> = new Map(
  ERAS.flatMap((era) =>
    [era.ja, era.en.toLowerCase(), ...era.romanised, era.letter.toLowerCase(), era.sign].map(
      (name) => [name, era] as const,
    ),
  ),
);

const ERA_FORM =
  /^(令和|平成|昭和|大正|reiwa|heisei|sh[oō]wa|taish[oō]|[rhst]|[\u32ff\u337b-\u337d])\.?\s*(元|\d{1,3}|[〇一二三四五六七八九十百]{1,4})\s*(?:年度|年)?$/i;
const WESTERN_FORM = /^(?:fy\.?\s*)?(\d{4})\s*(?:年度|年)?$/i;
const WITH_BRACKETS = /^(.+?)\s*[([](.+)[)\]]$/;

/** 2025, "2025年度", "令和7年度", "R7", "Ｒ７", "令和元年度", "H29", "S63", "令和7年度 (2025年度)", "FY2025 (Reiwa 7)". */
export function parseFiscalYear(text: string | number): FiscalYearResult {
  if (typeof text === "number") {
    if (!Number.isInteger(text)) return { ok: false, reason: "unreadable" };
    return inRange(text);
  }
  const folded = foldText(text).trim();
  if (folded.length === 0) return { ok: false, reason: "empty" };
  const both = WITH_BRACKETS.exec(folded);
  if (both) {
    const outer = parseSingle((both[1] ?? "").trim());
    const inner = parseSingle((both[2] ?? "").trim());
    if (!outer.ok) return outer;
    if (!inner.ok) return inner;
    return outer.year === inner.year ? outer : { ok: false, reason: "inconsistent" };
  }
  return parseSingle(folded);
}

function parseSingle(text: string): FiscalYearResult {
  const western = WESTERN_FORM.exec(text);
  if (western) return inRange(Number(western[1]));
  const eraForm = ERA_FORM.exec(text);
  if (!eraForm) return { ok: false, reason: "unreadable" };
  const era = ERA_BY_NAME.get((eraForm[1] ?? "").toLowerCase());
  const eraYear = readEraYear(eraForm[2] ?? "");
  if (!era || eraYear === null || eraYear < 1) return { ok: false, reason: "unreadable" };
  const year = era.firstYear + eraYear - 1;
  const result = inRange(year);
  if (result.ok && era.lastYear !== null && year > era.lastYear) return { ok: true, year, pastEraEnd: true };
  return result;
}

/** 元 = 1; digits; kanji numerals (七, 二十九) through the number parser. */
function readEraYear(text: string): number | null {
  if (text === "元") return 1;
  const parsed = parseCell(text);
  if (!parsed.ok || parsed.kind !== "number" || parsed.unit !== null || parsed.value.scale !== 0) return null;
  return parsed.value.coefficient;
}

function inRange(year: number): FiscalYearResult {
  if (year < FIRST_FISCAL_YEAR || year > LAST_FISCAL_YEAR) return { ok: false, reason: "out_of_range" };
  return { ok: true, year };
}

const YEAR_IN_TEXT =
  /(?<era>令和|平成|昭和|(?<![A-Za-z])[RH])\s*(?<eraYear>元|\d{1,2})\s*年度|(?<![0-9])(?<western>\d{4})\s*年度|FY\s*(?<fy>\d{4})/i;
const SHORT_YEAR_IN_NAME =
  /(?<era>令和|平成|(?<![A-Za-z])[RH])\s*(?<eraYear>元|\d{1,2})(?![0-9])|(?<![0-9])(?<western>20\d{2})(?![0-9])/i;

/**
 * The first fiscal year written inside a longer text, as a title writes it: 令和7年度 … 運営方針,
 * 2025年度, R7年度. Only a 年度 counts (令和7年3月 is a date, not a plan's year). With `short`, a name's
 * bare forms count too (a sheet or file named 環境部 R8, 市長公室_令和7, plan-2025).
 */
export function fiscalYearInText(text: string, short = false): number | null {
  const folded = foldText(text);
  const match = YEAR_IN_TEXT.exec(folded) ?? (short ? SHORT_YEAR_IN_NAME.exec(folded) : null);
  const groups = match?.groups;
  if (!groups) return null;
  const western = groups.western ?? groups.fy;
  const parsed = parseFiscalYear(western ?? `${groups.era ?? ""}${groups.eraYear ?? ""}`);
  return parsed.ok ? parsed.year : null;
}

export interface EraYear {
  readonly era: string;
  readonly eraEnglish: string;
  /** 1 for the first year (元年). */
  readonly year: number;
}

/** The era name of a fiscal year: the era in force on 31 December of the year it starts in. */
export function eraOfFiscalYear(year: number): EraYear {
  const cached = eraCache.get(year);
  if (cached) return cached;
  const result = eraFromIntl(year) ?? eraFromTable(year);
  eraCache.set(year, result);
  return result;
}

const eraCache = new Map<number, EraYear>();
let japaneseCalendar: Intl.DateTimeFormat | null | undefined;

/** Intl's Japanese calendar knows the eras (and will know the next one before this code does). */
function eraFromIntl(year: number): EraYear | null {
  if (japaneseCalendar === undefined) {
    try {
      japaneseCalendar = new Intl.DateTimeFormat("ja-JP-u-ca-japanese", {
        era: "long",
        year: "numeric",
        timeZone: "UTC",
      });
    } catch {
      japaneseCalendar = null;
    }
  }
  if (japaneseCalendar === null || year < 1) return null;
  const parts = japaneseCalendar.formatToParts(new Date(Date.UTC(year, 11, 31, 12)));
  const eraName = parts.find((p) => p.type === "era")?.value ?? "";
  const yearText = parts.find((p) => p.type === "year")?.value ?? "";
  const eraYear = yearText === "元" ? 1 : Number(yearText);
  const known = ERA_BY_NAME.get(eraName);
  // A build without the Japanese calendar answers in the Gregorian one: use the table then.
  if (!Number.isInteger(eraYear) || eraYear < 1) return null;
  return { era: eraName, eraEnglish: known?.en ?? eraName, year: eraYear };
}

function eraFromTable(year: number): EraYear {
  const era = ERAS.find((e) => year >= e.firstYear) ?? ERAS[ERAS.length - 1];
  if (!era) throw new Error("era table is empty");
  return { era: era.ja, eraEnglish: era.en, year: year - era.firstYear + 1 };
}

/** ja "令和7年度 (2025年度)", "令和元年度 (2019年度)"; en "FY2025 (Reiwa 7)". */
export function formatFiscalYear(year: number, lang: Language): string {
  const era = eraOfFiscalYear(year);
  if (lang === "en") return `FY${year} (${era.eraEnglish} ${era.year})`;
  return `${era.era}${era.year === 1 ? "元" : era.year}年度 (${year}年度)`;
}

/** Only the era form: "令和7年度" / "Reiwa 7". */
export function formatEraFiscalYear(year: number, lang: Language): string {
  const era = eraOfFiscalYear(year);
  if (lang === "en") return `${era.eraEnglish} ${era.year}`;
  return `${era.era}${era.year === 1 ? "元" : era.year}年度`;
}
