/**
 * The multi-year KGI table (seed 004): one row per KGI, then one column per fiscal year and kind, headed
 * the way the seed prints its years with the Western year beside them: "H29 実績 (2017)", "R3 目標 (2021)".
 */
import { eraOfFiscalYear, parseFiscalYear } from "../../era";
import type { Kgi } from "../../department/model";
import { KGI_KIND_BY_WORD, KGI_KIND_WORDS } from "../vocabulary";

export type KgiKind = Kgi["values"][number]["kind"];

export interface KgiYearColumn {
  readonly fiscalYear: number;
  readonly kind: KgiKind;
}

/** The columns before the year columns. */
export const KGI_FIXED_COLUMNS = [
  { key: "no", header: "No.", width: 54 },
  { key: "name", header: "KGI", width: 220 },
  { key: "direction", header: "方向", width: 48 },
] as const;

export type KgiFixedKey = (typeof KGI_FIXED_COLUMNS)[number]["key"];

export const KGI_YEAR_COLUMN_WIDTH = 72;

/** The header that identifies a KGI table. */
export const KGI_SIGNATURE_HEADER = "KGI";

/** "H29 実績 (2017)": the era's initial and year, the kind, the Western year. */
export function kgiYearHeader(column: KgiYearColumn): string {
  const era = eraOfFiscalYear(column.fiscalYear);
  const initial = era.eraEnglish.slice(0, 1).toUpperCase();
  return `${initial}${era.year} ${KGI_KIND_WORDS[column.kind]} (${column.fiscalYear})`;
}

const YEAR_HEADER = /^(.*?)\s*(実績|目標)値?\s*(?:[(（]\s*([0-9０-９]{4})\s*(?:年度)?\s*[)）])?$/u;

/** Reads a year column's header ("H29 実績 (2017)", "令和3年度 目標", "実績 (2020)"), or null. */
export function parseKgiYearHeader(header: string): KgiYearColumn | null {
  const match = YEAR_HEADER.exec(header.trim());
  if (!match) return null;
  const era = (match[1] ?? "").trim();
  const western = match[3];
  const kind = KGI_KIND_BY_WORD.get(match[2] ?? "");
  if (!kind) return null;
  const text = era === "" ? (western ?? "") : western === undefined ? era : `${era} (${western})`;
  if (text === "") return null;
  const year = parseFiscalYear(text);
  return year.ok ? { fiscalYear: year.year, kind } : null;
}

/** Every (year, kind) any KGI has a value for, oldest first, actual before target within a year. */
export function kgiYearColumns(kgis: readonly Kgi[]): KgiYearColumn[] {
  return mergeKgiYearColumns(kgis.flatMap((kgi) => kgi.values));
}

/** The columns of all the lists, each (year, kind) once, oldest first, actual before target within a year. */
export function mergeKgiYearColumns(...lists: readonly (readonly KgiYearColumn[])[]): KgiYearColumn[] {
  const seen = new Map<string, KgiYearColumn>();
  for (const column of lists.flat()) {
    seen.set(`${column.fiscalYear}:${column.kind}`, { fiscalYear: column.fiscalYear, kind: column.kind });
  }
  return [...seen.values()].sort(compareYearColumns);
}

export function compareYearColumns(a: KgiYearColumn, b: KgiYearColumn): number {
  if (a.fiscalYear !== b.fiscalYear) return a.fiscalYear - b.fiscalYear;
  return kindOrder(a.kind) - kindOrder(b.kind);
}

function kindOrder(kind: KgiKind): number {
  return kind === "actual" ? 0 : 1;
}

/*
 * Which years a sheet's KGI table has, the way seed 004 (川西) prints them: its sheet of 令和3年度 has
 * "H29 実績 … R2 実績 | R3 目標 | R4 目標" — the years gone by as actuals (the one just finished often still
 * 作業中), this year and the next as targets. A year's own actual is not known while its sheet is written:
 * its place is the next year's sheet, which rollover makes (nextKgiYearColumns). Both rules are here.
 */

/** For a sheet without KGIs yet: the four years before this one as actuals, this year and the next as targets. */
export function defaultKgiYearColumns(fiscalYear: number): KgiYearColumn[] {
  const columns: KgiYearColumn[] = [];
  for (let year = fiscalYear - 4; year < fiscalYear; year++) columns.push({ fiscalYear: year, kind: "actual" });
  columns.push({ fiscalYear, kind: "target" }, { fiscalYear: fiscalYear + 1, kind: "target" });
  return columns.filter((c) => c.fiscalYear >= 1926 && c.fiscalYear <= 2100);
}

/**
 * Next year's columns from this year's (次年度作成): every column the table had, so no value and no column a
 * person added is lost, and every column a new sheet of `fiscalYear` has (defaultKgiYearColumns): the year
 * just finished gains its 実績 beside its 目標, and the year after the new one its 目標.
 */
export function nextKgiYearColumns(columns: readonly KgiYearColumn[], fiscalYear: number): KgiYearColumn[] {
  return mergeKgiYearColumns(columns, defaultKgiYearColumns(fiscalYear));
}
