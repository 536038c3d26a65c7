/**
 * The mid-year check (中間評価, #18): how much of the target an interim actual is judged against. The rule
 * is the scale's (`scale.interim`, chosen by the city):
 *
 * - "elapsed" (the default): the share of the fiscal year (April–March) gone by at the interim date,
 *   counted in months as city documents speak of them (上半期, 9月末時点) — whole months past, and the
 *   month in progress by its days: 2026-09-30 of FY2026 is 6 of 12 months, exactly 50%; 10-15 is
 *   (6 + 15/31) of 12. A date outside the fiscal year, or none, gives no share and says why.
 * - "share": a fixed share of the target whatever the date (大阪市: a three-year goal is on track at 66.7%
 *   after two years).
 * - "planYear": a share growing with the years of a multi-year plan (多摩市: year n of a five-year plan
 *   against 20% × n of its target); the sheet's fiscal year says which year of the plan it is. Past the
 *   plan's last year the share stays at the whole target; before its first year there is no share.
 *
 * The share is an exact fraction; evaluateInterim (evaluate.ts) grades each indicator with it.
 */
import { type Fraction, fraction, fractionFromDecimal, fractionToRatio } from "../exact/fraction";
import { ratioToNumber } from "../exact/ratio";
import { rateText } from "./rate-text";
import { decimalToString } from "../exact/decimal-text";
import type { GradingReason } from "./reasons";
import type { InterimRule, Scale } from "./scale";
import type { Decimal } from "../exact/decimal";

/** A calendar date (month 1–12). */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Why there is no interim share: the sheet's 中間時点 is needed (elapsed rule) and is not usable. */
export const INTERIM_SHARE_REASONS = [
  "interim_date_missing",
  "interim_date_unreadable",
  "interim_date_outside_year",
  "interim_year_missing",
  "interim_year_before_plan",
] as const satisfies readonly GradingReason[];
export type InterimShareReason = (typeof INTERIM_SHARE_REASONS)[number];

export type InterimShare =
  | {
      readonly ok: true;
      /** The share of the target the interim actual is judged against, exact (1 = the whole target). */
      readonly share: Fraction;
      /** The share's nearest float, for JSON. */
      readonly shareNumber: number;
      /** The share in percent to 0.1% ("50.0%"). */
      readonly shareText: string;
    }
  | { readonly ok: false; readonly reason: InterimShareReason };

/** The share of the target an interim actual of `fiscalYear` at `date` is judged against, by `rule`. */
export function interimShare(
  rule: InterimRule,
  fiscalYear: number | null,
  date: CalendarDate | null | "unreadable",
): InterimShare {
  if (rule.basis === "share") return shareOf(percentOf(rule.percent, 1n));
  if (rule.basis === "planYear") {
    if (fiscalYear === null) return { ok: false, reason: "interim_year_missing" };
    const year = fiscalYear - rule.firstYear + 1;
    if (year < 1) return { ok: false, reason: "interim_year_before_plan" };
    const share = percentOf(rule.percent, BigInt(year));
    return shareOf(share.n >= share.d ? fraction(1n, 1n) : share);
  }
  if (date === null) return { ok: false, reason: "interim_date_missing" };
  if (date === "unreadable") return { ok: false, reason: "interim_date_unreadable" };
  const months = fiscalMonthsGone(fiscalYear, date);
  return months === null ? { ok: false, reason: "interim_date_outside_year" } : shareOf(months);
}

/** `times` × `percent`% as a fraction of 1. */
function percentOf(percent: Decimal, times: bigint): Fraction {
  const exact = fractionFromDecimal(percent);
  return fraction(exact.n * times, exact.d * 100n);
}

/** Months of fiscal year `fiscalYear` gone by at the end of `date`, as a fraction of the year; null outside it. */
export function fiscalMonthsGone(fiscalYear: number | null, date: CalendarDate): Fraction | null {
  if (fiscalYear === null || !isCalendarDate(date)) return null;
  // April is month 0 of the fiscal year; January to March belong to the year before's calendar year + 1.
  const index = date.month >= 4 ? date.month - 4 : date.month + 8;
  const calendarYear = date.month >= 4 ? fiscalYear : fiscalYear + 1;
  if (date.year !== calendarYear) return null;
  const days = daysInMonth(date.year, date.month);
  return fraction(BigInt(index * days + date.day), BigInt(12 * days));
}

function shareOf(share: Fraction): InterimShare {
  const ratio = fractionToRatio(share);
  const shareNumber = ratioToNumber(ratio);
  return { ok: true, share, shareNumber, shareText: rateText(ratio, shareNumber, null, -1) };
}

export function isCalendarDate(date: CalendarDate): boolean {
  return (
    Number.isInteger(date.year) &&
    Number.isInteger(date.month) &&
    Number.isInteger(date.day) &&
    date.month >= 1 &&
    date.month <= 12 &&
    date.day >= 1 &&
    date.day <= daysInMonth(date.year, date.month)
  );
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The rule as JSON holds it, its percent as exact text: the sheet's property, `--json` and the pane alike. */
export type InterimRuleJson =
  | { readonly basis: "elapsed" }
  | { readonly basis: "share"; readonly percent: string }
  | { readonly basis: "planYear"; readonly percent: string; readonly firstYear: number };

export function interimRuleJson(rule: InterimRule): InterimRuleJson {
  if (rule.basis === "elapsed") return { basis: "elapsed" };
  const percent = decimalToString(rule.percent);
  return rule.basis === "share"
    ? { basis: "share", percent }
    : { basis: "planYear", percent, firstYear: rule.firstYear };
}

/** The rule as one key: "elapsed", "share:66.7" or "planYear:20:2024". */
export function interimRuleKey(rule: InterimRule): string {
  const json = interimRuleJson(rule);
  return json.basis === "elapsed"
    ? json.basis
    : json.basis === "share"
      ? `share:${json.percent}`
      : `planYear:${json.percent}:${json.firstYear}`;
}

const withRule = new WeakMap<Scale, Map<string, Scale>>();

/**
 * The scale with the mid-year rule a sheet was made with (a city's choice travels with its sheets). The same
 * object for the same scale and rule, so grading compiles the scale once.
 */
export function scaleWithInterim(scale: Scale, rule: InterimRule): Scale {
  const key = interimRuleKey(rule);
  if (interimRuleKey(scale.interim) === key) return scale;
  let variants = withRule.get(scale);
  if (variants === undefined) {
    variants = new Map();
    withRule.set(scale, variants);
  }
  let variant = variants.get(key);
  if (variant === undefined) {
    variant = { ...scale, interim: rule };
    variants.set(key, variant);
  }
  return variant;
}
