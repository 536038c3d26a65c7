/**
 * Writes a Decimal the ways Japanese documents do — `65000`, `65,000`, `65,000件`, `６５，０００件`,
 * `2億7,934万6,300円`, `△53人` — so that what Tassei writes into a sheet reads like the sheet
 * and parses back to the same value.
 */
import type { Decimal } from "../exact/decimal";

/** plain 65000 · grouped 65,000 · man_oku 2億7,934万6,300 (万/億/兆 with grouped parts). */
export type NumberStyle = "plain" | "grouped" | "man_oku";

export const NUMBER_STYLES: readonly NumberStyle[] = ["plain", "grouped", "man_oku"];

/** How a negative value is marked: "-" in tables, △ or ▲ in Japanese public accounts. */
export type MinusSign = "-" | "△" | "▲";

export interface FormatOptions {
  readonly style?: NumberStyle;
  /** Written after the number: `65,000件`. */
  readonly unit?: string | null;
  /** `65,000 件` rather than `65,000件`. */
  readonly spaceBeforeUnit?: boolean;
  /** Full-width digits and signs (６５，０００％), as some documents are typed. */
  readonly fullWidth?: boolean;
  readonly minus?: MinusSign;
}

const BIG_UNITS: ReadonlyArray<readonly [string, number]> = [
  ["兆", 12],
  ["億", 8],
  ["万", 4],
];

export function formatDecimal(d: Decimal, options: FormatOptions = {}): string {
  const style = options.style ?? "grouped";
  const negative = d.coefficient < 0;
  const { whole, fraction } = splitDigits(Math.abs(d.coefficient), d.scale);
  let body: string;
  if (style === "plain") body = whole + (fraction ? `.${fraction}` : "");
  else if (style === "grouped") body = groupThousands(whole) + (fraction ? `.${fraction}` : "");
  else body = manOku(whole, fraction);
  let text = (negative ? (options.minus ?? "-") : "") + body;
  if (options.unit) text += (options.spaceBeforeUnit ? " " : "") + options.unit;
  return options.fullWidth ? toFullWidth(text) : text;
}

/** Digits before and after the point, without a sign: (12345, 2) → "123", "45". */
function splitDigits(absCoefficient: number, scale: number): { whole: string; fraction: string } {
  const digits = String(absCoefficient);
  if (scale === 0) return { whole: digits, fraction: "" };
  const padded = digits.padStart(scale + 1, "0");
  return { whole: padded.slice(0, padded.length - scale), fraction: padded.slice(padded.length - scale) };
}

export function groupThousands(whole: string): string {
  let out = "";
  const head = whole.length % 3 || 3;
  out = whole.slice(0, head);
  for (let i = head; i < whole.length; i += 3) out += `,${whole.slice(i, i + 3)}`;
  return out;
}

/** 279346300 → 2億7,934万6,300; zero groups are left out (1億5), a fraction goes at the end. */
function manOku(whole: string, fraction: string): string {
  let rest = whole;
  let out = "";
  for (const [name, power] of BIG_UNITS) {
    if (rest.length <= power) continue;
    const group = rest.slice(0, rest.length - power).replace(/^0+/, "");
    rest = rest.slice(rest.length - power);
    if (group) out += groupThousands(group) + name;
  }
  const tail = rest.replace(/^0+/, "");
  if (tail || fraction || !out) out += groupThousands(tail || "0") + (fraction ? `.${fraction}` : "");
  return out;
}

/** ASCII to full-width (0 → ０, % → ％, - → －); the rest (△, 万, 件) is already full-width. */
export function toFullWidth(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out += c > 0x20 && c < 0x7f ? String.fromCharCode(c + 0xfee0) : text.charAt(i);
  }
  return out;
}
