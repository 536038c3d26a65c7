/**
 * How a rate is shown: percent with one decimal, e.g. "99.6%".
 *
 * Rule: round half away from zero on the exact rate (what Excel's ROUND(rate*100, 1) does),
 * then keep the text inside the grade's band: a rate below a bound never shows the bound or
 * more (99.96% of the target is graded B and shown "99.9%", never "100.0%"; 69.96% on a 70%
 * bound shows "69.9%"), and a rate at or above a bound never shows less than it.
 * Only the display is rounded; grades always use the exact rate.
 */
import { type Ratio, ratioToTenthsOfPercent } from "../exact/ratio";
import type { GradeTable } from "./grade-table";

/**
 * `gradeIndex` is the rate's grade on `table` (or −1 when not graded on it, which skips the
 * band check). `rateFloat` is ratioToNumber(rate).
 */
export function rateText(rate: Ratio, rateFloat: number, table: GradeTable | null, gradeIndex: number): string {
  let tenths = ratioToTenthsOfPercent(rate, rateFloat);
  if (typeof tenths === "bigint") return formatBigTenths(tenths);
  if (table !== null && gradeIndex >= 0) {
    const ceilings = table.boundTenthsCeil;
    // Below the bound of the grade above: stay under it.
    const above = ceilings[gradeIndex - 1];
    if (above !== undefined && tenths >= above) tenths = above - 1;
    // At or above this grade's bound: do not show less.
    const own = ceilings[gradeIndex];
    if (own !== undefined && tenths < own) tenths = own;
  }
  return formatTenths(tenths);
}

/**
 * Texts of the common range (−1000% … 2000%) are built once and reused: a sheet of a million rows
 * has only a few thousand distinct rate texts, and building each anew was a fifth of grading time.
 */
const CACHE_LOW = -10_000;
const CACHE_HIGH = 20_000;
const cachedTexts: (string | undefined)[] = new Array<string | undefined>(CACHE_HIGH - CACHE_LOW);

/** 996 → "99.6%", −5 → "-0.5%", 0 → "0.0%". */
export function formatTenths(tenths: number): string {
  if (tenths < CACHE_LOW || tenths >= CACHE_HIGH) return buildText(tenths);
  let text = cachedTexts[tenths - CACHE_LOW];
  if (text === undefined) {
    text = buildText(tenths);
    cachedTexts[tenths - CACHE_LOW] = text;
  }
  return text;
}

function buildText(tenths: number): string {
  const magnitude = tenths < 0 ? -tenths : tenths;
  const whole = Math.floor(magnitude / 10);
  return (tenths < 0 ? "-" : "") + whole + "." + (magnitude - whole * 10) + "%";
}

function formatBigTenths(tenths: bigint): string {
  const negative = tenths < 0n;
  const digits = (negative ? -tenths : tenths).toString();
  return (negative ? "-" : "") + digits.slice(0, -1) + "." + digits.slice(-1) + "%";
}

/**
 * The number a rate text stands for ("87.5%" → 0.875): what a 0.0% cell holds to show the engine's text.
 * The text is kept inside the grade's band (99.96% shows 99.9% beside a B), so that cell always agrees
 * with the grade beside it, where the float would show 100.0%. Null for anything that is not a rate text.
 */
export function rateOfText(text: string | null): number | null {
  const match = text === null ? null : /^(-?[0-9]+(?:\.[0-9]+)?)%$/.exec(text);
  // "99.9e-2" reads as the double nearest 0.999; 99.9 / 100 would be 0.9990000000000001.
  return match?.[1] === undefined ? null : Number(`${match[1]}e-2`);
}
