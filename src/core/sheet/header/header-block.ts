/**
 * The department header block: a label column (部, 部長, 年度, 全体の達成度, 基本方針) beside the values,
 * and the grading scale in words, as seed 000 prints it under 【達成度について】. The sheet is a city
 * document, so these words are Japanese only.
 */
import { decimalToString } from "../../exact/decimal-text";
import type { Grade, Scale } from "../../rules";

export type HeaderField = "name" | "head" | "fiscalYear" | "departmentGrade" | "policy";

/** Labels in the order they are written; also how a header is found again (by label, not position). */
export const HEADER_LABELS: Readonly<Record<HeaderField, string>> = {
  name: "部",
  head: "部長",
  fiscalYear: "年度",
  departmentGrade: "全体の達成度",
  policy: "基本方針",
};

export const HEADER_FIELDS: readonly HeaderField[] = ["name", "head", "fiscalYear", "departmentGrade", "policy"];

export const LEGEND_HEADING = "【達成度について】";

/** The sign-offs city guidelines ask for before grades are published, and the label of each one's date. */
export type SignOffRole = "section" | "director";
export const SIGN_OFF_LABELS: Readonly<Record<SignOffRole, string>> = { section: "課長確認", director: "部長確認" };
export const SIGN_OFF_ROLES: readonly SignOffRole[] = ["section", "director"];
export const SIGN_OFF_DATE_LABEL = "確認日";

/**
 * One row of the printed scale: the grade's lower bound as a number (a fraction: 70% is 0.7), null for
 * the lowest grade and for "not carried out", beside the line in words. The live 達成度 formulas read
 * the bounds from these cells, so the scale is written once on the sheet, where a reader sees it.
 */
export interface LegendRow {
  readonly bound: number | null;
  /** How the bound shows: "70%以上". */
  readonly boundFormat: string | null;
  readonly line: string;
}

export function scaleLegendRows(scale: Scale): LegendRow[] {
  const lines = scaleLegendLines(scale);
  return lines.map((line, index) => {
    const grade = index < scale.grades.length - 1 && !scale.manual ? scale.grades[index] : undefined;
    const min = grade?.min ?? null;
    if (min === null) return { bound: null, boundFormat: null, line };
    const percent = decimalToString(min);
    const decimals = percent.includes(".") ? (percent.split(".")[1]?.length ?? 0) : 0;
    return {
      // Parsed from the exact decimal text, so 70% is the same double as the literal 0.7.
      bound: Number(`${percent}e-2`),
      boundFormat: `0${decimals > 0 ? "." + "0".repeat(decimals) : ""}%"以上"`,
      line,
    };
  });
}

/** Parts of the title are set apart by an ideographic space, as Japanese documents do. */
const IDEOGRAPHIC_SPACE = "\u3000";

/** "政策推進部 令和7年度 (2025年度) 運営方針": the sheet's title row, also its print title. */
export function sheetTitle(name: string, fiscalYearText: string): string {
  return [name, fiscalYearText, "運営方針"].join(IDEOGRAPHIC_SPACE);
}

/**
 * One line per grade and one for "not carried out", like seed 000: "A : 達成（目標を達成することができた。
 * 100%）". A grade without a description gets its bounds in words ("70%以上100%未満").
 */
export function scaleLegendLines(scale: Scale): string[] {
  const lines = scale.grades.map((grade, index) => {
    const detail = grade.description?.ja ?? (scale.manual ? null : boundsText(scale.grades, index));
    return legendLine(grade.letter, grade.symbol, grade.label.ja, detail);
  });
  const off = scale.notCarriedOut;
  lines.push(legendLine(off.letter, off.symbol, off.label.ja, off.description?.ja ?? (scale.manual ? null : "0%")));
  return lines;
}

function legendLine(letter: string, symbol: string | undefined, label: string, detail: string | null): string {
  const mark = symbol === undefined ? letter : `${letter}（${symbol}）`;
  return detail === null ? `${mark} : ${label}` : `${mark} : ${label}（${detail}）`;
}

function boundsText(grades: readonly Grade[], index: number): string {
  const min = grades[index]?.min ?? null;
  const above = index > 0 ? (grades[index - 1]?.min ?? null) : null;
  const lower = min === null || index === grades.length - 1 ? null : `${decimalToString(min)}%以上`;
  const upper = above === null ? null : `${decimalToString(above)}%未満`;
  return [lower, upper].filter((part) => part !== null).join("");
}
