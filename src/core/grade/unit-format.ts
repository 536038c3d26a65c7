/**
 * Number formats that keep a unit. A value typed as Japanese text (`65,000 件`, `△53人`, `13.4%`) is
 * converted to a number whose format shows it the same way (`#,##0"件"`, `#,##0"人";"△"#,##0"人"`,
 * `0.0%`), and reading the sheet takes the unit back from the format, so the grading engine sees the
 * same value and unit before and after the conversion (a 件 target against a 人 actual stays a mismatch).
 */
import { type Decimal, toNumber } from "../exact/decimal";
import { decimalFromExcelNumber, dividedByPow10, sameValue } from "../numbers/decimal-ops";

/** More decimals than this are not shown by a converted cell's format (Excel keeps 15 digits anyway). */
const MAX_DECIMALS = 10;
/** Excel's numbers are exact integers only below 10^15 (and show 15 significant digits). */
const MAX_MAGNITUDE = 1e15;

export interface UnitOfFormat {
  /** "%" for a percent format (the cell holds the fraction: 0.4 shows 40%). */
  readonly unit: string;
  readonly percent: boolean;
}

/** The first section of a format (the one positive numbers use). */
function firstSection(format: string): string {
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === "\\") i++;
    else if (!quoted && c === ";") return format.slice(0, i);
  }
  return format;
}

/** A percent sign outside quotes, escapes and [brackets]. */
function hasPercent(section: string): boolean {
  let quoted = false;
  let bracket = false;
  for (let i = 0; i < section.length; i++) {
    const c = section[i];
    if (quoted) {
      if (c === '"') quoted = false;
    } else if (bracket) {
      if (c === "]") bracket = false;
    } else if (c === '"') quoted = true;
    else if (c === "[") bracket = true;
    else if (c === "\\") i++;
    else if (c === "%") return true;
  }
  return false;
}

/** A number pattern then one quoted unit: the formats a conversion writes (`#,##0"件"`, `0.0"倍"`). */
const UNIT_FORMAT = /^[#,0]*0(?:\.0+)?"([^"]+)"$/;

/** The unit a number format shows after the number, or null when it shows none Tassei can name. */
export function unitOfFormat(format: string): UnitOfFormat | null {
  const section = firstSection(format);
  if (hasPercent(section)) return { unit: "%", percent: true };
  const match = UNIT_FORMAT.exec(section.trim());
  return match?.[1] === undefined ? null : { unit: match[1], percent: false };
}

export interface ConvertedNumber {
  /** What Excel stores: 65000, 0.134 for 13.4%. */
  readonly value: number;
  readonly numberFormat: string;
}

/** A unit that can sit inside a format's quotes. */
function quotable(unit: string): boolean {
  for (const c of unit) if (c === '"' || c === "\\" || c.charCodeAt(0) < 0x20) return false;
  return true;
}

/**
 * The number and format for a value read from text, or null when the number cannot be stored exactly
 * (more than 15 digits) or the unit cannot be written in a format.
 */
export function convertedNumber(value: Decimal, unit: string | null, raw: string): ConvertedNumber | null {
  if (unit !== null && !quotable(unit)) return null;
  const percent = unit === "%";
  const stored = percent ? dividedByPow10(value, 2) : value;
  if (stored === null) return null;
  const number = toNumber(stored);
  if (!Number.isFinite(number) || Math.abs(number) >= MAX_MAGNITUDE) return null;
  const back = decimalFromExcelNumber(number);
  if (typeof back === "string" || !sameValue(back, stored)) return null;
  const decimals = Math.min(MAX_DECIMALS, percent ? Math.max(1, value.scale) : value.scale);
  const fraction = decimals > 0 ? `.${"0".repeat(decimals)}` : "";
  const body = percent ? `0${fraction}%` : `#,##0${fraction}${unit === null ? "" : `"${unit}"`}`;
  // Japanese documents mark a negative value with △ (or ▲); the format keeps the mark the text used.
  const mark = /[△▲]/.exec(raw)?.[0];
  const numberFormat = value.coefficient < 0 && mark !== undefined ? `${body};"${mark}"${body}` : body;
  return { value: number === 0 ? 0 : number, numberFormat };
}
