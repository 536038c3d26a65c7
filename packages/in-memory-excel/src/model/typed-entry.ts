/**
 * What Excel makes of a string written to `Range.values` or `Range.formulas`: the same as if a user had
 * typed it into the cell (Japanese Excel, ja-JP). This is where "-abc" becomes a formula, "001" becomes 1,
 * "5-2" becomes the date 5月2日 and "'=x" stays the text "=x" — the conversions Tassei must defend against.
 */
import { isWellFormedFormula, normalizeFormula } from "./formula-text";
import { dateToSerial, isValidDate } from "@tassei/excel-rules";

export const EXCEL_ERRORS = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#SPILL!",
  "#CALC!",
] as const;
export type ExcelErrorValue = (typeof EXCEL_ERRORS)[number];

/** Excel keeps at most 32,767 characters in a cell. */
export const MAX_CELL_TEXT = 32_767;

export type TypedEntry =
  | { readonly kind: "empty" }
  | { readonly kind: "text"; readonly text: string; readonly apostrophe: boolean }
  | { readonly kind: "number"; readonly value: number; readonly numberFormat?: string }
  | { readonly kind: "boolean"; readonly value: boolean }
  | { readonly kind: "error"; readonly value: ExcelErrorValue }
  | { readonly kind: "formula"; readonly formula: string }
  /** Excel refuses the entry (a malformed formula); the API answers InvalidArgument. */
  | { readonly kind: "invalid"; readonly reason: string };

export interface EntryContext {
  /** The cell's current number format: text format "@" keeps every string as text. */
  readonly numberFormat: string;
  /** Today, for dates typed without a year ("4/1"). */
  readonly today: Date;
}

const ERA_START: Readonly<Record<string, number>> = {
  令和: 2018,
  R: 2018,
  平成: 1988,
  H: 1988,
  昭和: 1925,
  S: 1925,
};

export const ERA_DATE_FORMAT = '[$-ja-JP]ggge"年"m"月"d"日"';

function text(value: string, apostrophe = false): TypedEntry {
  return { kind: "text", text: value, apostrophe };
}

/** Keeps 15 significant digits and drops the rest, as Excel does with typed numbers. */
function truncateTo15Digits(mantissa: string): string {
  const [intPart = "", fracPart = ""] = mantissa.split(".");
  const digits = (intPart + fracPart).replace(/^0+/, "");
  if (digits.length <= 15) return mantissa;
  let kept = 0;
  let seenNonZero = false;
  let out = "";
  for (const ch of mantissa) {
    if (ch === ".") {
      out += ch;
      continue;
    }
    if (ch !== "0") seenNonZero = true;
    if (seenNonZero) kept++;
    out += kept > 15 ? "0" : ch;
  }
  return out;
}

interface ParsedNumber {
  readonly value: number;
  readonly numberFormat?: string;
}

/** "1,234", "-1.5e3", "12%", "¥1,000", "(5)": what Excel reads as a number, with the format it assigns. */
export function parseNumberEntry(input: string): ParsedNumber | undefined {
  let s = input.trim();
  if (s === "") return undefined;
  let negative = false;
  let parenthesised = false;
  if (s.startsWith("(") && s.endsWith(")")) {
    parenthesised = true;
    s = s.slice(1, -1).trim();
  }
  if (s.startsWith("-") || s.startsWith("+")) {
    negative = s.startsWith("-");
    s = s.slice(1).trim();
  }
  let currency: string | undefined;
  const symbol = /^[¥￥$]/.exec(s);
  if (symbol) {
    currency = symbol[0] === "$" ? "$" : "¥";
    s = s.slice(1).trim();
    if (!negative && s.startsWith("-")) {
      negative = true;
      s = s.slice(1);
    }
  }
  let percent = false;
  if (s.endsWith("%")) {
    percent = true;
    s = s.slice(0, -1).trim();
  }
  const m = /^((?:[0-9]{1,3}(?:,[0-9]{3})+)|[0-9]*)(\.[0-9]*)?(?:[eE]([+-]?[0-9]+))?$/.exec(s);
  if (!m || s === "" || s === "." || (m[1] === "" && (m[2] === undefined || m[2] === "."))) return undefined;
  if (parenthesised && negative) return undefined;
  const grouped = (m[1] ?? "").includes(",");
  if (grouped && m[3] !== undefined) return undefined;
  if (percent && m[3] !== undefined) return undefined;
  const mantissa = truncateTo15Digits(`${(m[1] ?? "").replace(/,/g, "") || "0"}${m[2] ?? ""}`);
  let value = Number(m[3] === undefined ? mantissa : `${mantissa}e${m[3]}`);
  if (!Number.isFinite(value)) return undefined;
  if (percent) value = Number((value / 100).toPrecision(15));
  if (negative || parenthesised) value = -value;
  if (Object.is(value, -0)) value = 0;
  const decimals = m[2] !== undefined && m[2].length > 1;
  let numberFormat: string | undefined;
  if (currency !== undefined) numberFormat = `"${currency}"#,##0${decimals ? ".00" : ""}`;
  else if (percent) numberFormat = decimals ? "0.00%" : "0%";
  else if (m[3] !== undefined) numberFormat = "0.00E+00";
  else if (grouped) numberFormat = decimals ? "#,##0.00" : "#,##0";
  return numberFormat === undefined ? { value } : { value, numberFormat };
}

function time(h: number, m: number, s: number): number | undefined {
  if (h > 23 || m > 59 || s > 59) return undefined;
  return (h * 3600 + m * 60 + s) / 86400;
}

/** Dates and times as ja-JP Excel reads them: "2025/4/1", "2025-04-01", "4/1", "5-2", "令和7年4月1日", "9:30". */
export function parseDateEntry(input: string, today: Date): ParsedNumber | undefined {
  const s = input.trim();
  const year = today.getFullYear();
  let m = /^([0-9]{4})[/-]([0-9]{1,2})[/-]([0-9]{1,2})(?:\s+([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?)?$/.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!isValidDate(y, mo, d)) return undefined;
    if (m[4] !== undefined) {
      const t = time(Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
      if (t === undefined) return undefined;
      return { value: dateToSerial(y, mo, d) + t, numberFormat: "yyyy/m/d h:mm" };
    }
    return { value: dateToSerial(y, mo, d), numberFormat: "yyyy/m/d" };
  }
  m = /^([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日$/.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!isValidDate(y, mo, d)) return undefined;
    return { value: dateToSerial(y, mo, d), numberFormat: 'yyyy"年"m"月"d"日"' };
  }
  m = /^(令和|平成|昭和|[RHS])\s*([0-9]{1,2}|元)(?:年|[./])([0-9]{1,2})(?:月|[./])([0-9]{1,2})日?$/.exec(s);
  if (m) {
    const start = ERA_START[m[1] ?? ""];
    if (start === undefined) return undefined;
    const y = start + (m[2] === "元" ? 1 : Number(m[2]));
    const [mo, d] = [Number(m[3]), Number(m[4])];
    if (!isValidDate(y, mo, d)) return undefined;
    return { value: dateToSerial(y, mo, d), numberFormat: ERA_DATE_FORMAT };
  }
  m = /^([0-9]{1,2})[/-]([0-9]{1,2})$/.exec(s) ?? /^([0-9]{1,2})月([0-9]{1,2})日$/.exec(s);
  if (m) {
    const [mo, d] = [Number(m[1]), Number(m[2])];
    if (!isValidDate(year, mo, d)) return undefined;
    return { value: dateToSerial(year, mo, d), numberFormat: 'm"月"d"日"' };
  }
  m = /^([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?$/.exec(s);
  if (m) {
    const t = time(Number(m[1]), Number(m[2]), Number(m[3] ?? 0));
    if (t === undefined) return undefined;
    return { value: t, numberFormat: m[3] === undefined ? "h:mm" : "h:mm:ss" };
  }
  return undefined;
}

function formulaEntry(formula: string): TypedEntry {
  if (!isWellFormedFormula(formula)) return { kind: "invalid", reason: `"${formula}" is not a valid formula` };
  return { kind: "formula", formula: normalizeFormula(formula) };
}

/** Reads a string as Excel reads typed input; see the module comment. */
export function parseTypedString(input: string, context: EntryContext): TypedEntry {
  if (input.length > MAX_CELL_TEXT) return { kind: "invalid", reason: "text longer than 32,767 characters" };
  if (input === "") return { kind: "empty" };
  if (input.startsWith("'")) return text(input.slice(1), true);
  if (context.numberFormat === "@") return text(input);
  const first = input[0];
  if (first === "=") return formulaEntry(input);
  if (first === "+" || first === "-" || first === "@") {
    // A lone sign is text; "-5" is a number; anything else is typed formula entry.
    if (input.trim().length === 1) return text(input);
    if (first === "-") {
      const n = parseNumberEntry(input);
      if (n) return n.numberFormat === undefined ? { kind: "number", value: n.value } : { kind: "number", ...n };
    }
    return formulaEntry(first === "@" ? `=${input.slice(1)}` : `=${input}`);
  }
  const upper = input.trim().toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { kind: "boolean", value: upper === "TRUE" };
  const error = EXCEL_ERRORS.find((e) => e === upper);
  if (error) return { kind: "error", value: error };
  const n = parseNumberEntry(input) ?? parseDateEntry(input, context.today);
  if (n) return n.numberFormat === undefined ? { kind: "number", value: n.value } : { kind: "number", ...n };
  return text(input);
}

/** A JavaScript value written through `values`/`formulas`; null means "leave the cell alone". */
export function parseWrittenValue(value: unknown, context: EntryContext): TypedEntry | null {
  if (value === null) return null;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { kind: "invalid", reason: `${value} is not a number Excel can store` };
    return { kind: "number", value: Object.is(value, -0) ? 0 : value };
  }
  if (typeof value === "boolean") return { kind: "boolean", value };
  if (typeof value === "string") return parseTypedString(value, context);
  if (value === undefined) return { kind: "invalid", reason: "undefined is not a cell value" };
  return { kind: "invalid", reason: `${typeof value} is not a cell value` };
}
