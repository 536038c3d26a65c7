/**
 * Exact decimals from and to plain text ("70", "-0.35", "1e-7").
 * Used for data that is already machine-written (scale bounds in JSON, weights, test fixtures);
 * the Japanese-formatted cells of a sheet go through the number parser instead.
 */
import { type Decimal, EXCEL_SIGNIFICANT_DIGITS, decimal } from "./decimal";

const PLAIN = /^([+-]?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;
const MAX_SCALE = 20;

/**
 * Reads "70", "66.7", "-0.35", "1e-7". Returns null for anything else, for more than
 * 15 significant digits and for more than 20 decimal places (beyond what Decimal holds).
 */
export function decimalFromString(text: string): Decimal | null {
  const match = PLAIN.exec(text.trim());
  if (!match) return null;
  const [, sign = "", whole = "", fraction = "", exponentText] = match;
  let digits = (whole + fraction).replace(/^0+(?=\d)/, "");
  let scale = fraction.length - (exponentText ? Number(exponentText) : 0);
  // Trailing zeros carry no value; dropping them keeps scales small (70.00 → 70).
  while (scale > 0 && digits.length > 1 && digits.endsWith("0")) {
    digits = digits.slice(0, -1);
    scale -= 1;
  }
  if (scale < 0) {
    digits = digits === "0" ? "0" : digits + "0".repeat(-scale);
    scale = 0;
  }
  if (scale > MAX_SCALE) return null;
  const significant = digits.replace(/^0+/, "").replace(/0+$/, "");
  if (significant.length > EXCEL_SIGNIFICANT_DIGITS) return null;
  const coefficient = Number(digits);
  if (!Number.isSafeInteger(coefficient)) return null;
  if (coefficient === 0) return decimal(0, 0);
  return decimal(sign === "-" ? -coefficient : coefficient, scale);
}

/**
 * The decimal a JavaScript number was written as: JSON `66.7` is exactly 66.7, not the float
 * 66.7000000000000028…, because the shortest round-trip text of a float is what a person typed.
 */
export function decimalFromNumber(value: number): Decimal | null {
  if (!Number.isFinite(value)) return null;
  return decimalFromString(String(value));
}

/** Plain text without exponent, e.g. "-0.35", "70". */
export function decimalToString(d: Decimal): string {
  const negative = d.coefficient < 0;
  const digits = String(Math.abs(d.coefficient));
  if (d.scale === 0) return (negative ? "-" : "") + digits;
  const padded = digits.padStart(d.scale + 1, "0");
  const point = padded.length - d.scale;
  return (negative ? "-" : "") + padded.slice(0, point) + "." + padded.slice(point);
}
