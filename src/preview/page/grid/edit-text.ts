/**
 * The text Excel puts in the formula bar (and the cell editor) for a cell: the formula, or the
 * constant written so that typing it again gives the same value — percentages as "75%", dates as
 * "2025/4/1", and text that would otherwise be converted with its leading apostrophe.
 */
import { type CellContent, formatDisplay, showsDateTime, showsPercent } from "@tassei/in-memory-excel";

/** Up to 15 significant digits, as Excel keeps them: 0.1 + 0.2 shows 0.3. */
function plainNumber(n: number): string {
  return String(Number(n.toPrecision(15)));
}

function dateTimeText(n: number): string {
  const day = Math.floor(n);
  const time = n - day;
  const date = formatDisplay(day, "yyyy/m/d");
  if (time === 0) return date;
  const clock = formatDisplay(time, "h:mm:ss");
  return day === 0 ? clock : `${date} ${clock}`;
}

export function editText(content: CellContent | undefined, numberFormat: string): string {
  if (!content) return "";
  if (content.kind === "formula") return content.formula;
  if (content.kind === "error") return content.value;
  const value = content.value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return content.apostrophe ? `'${value}` : value;
  if (showsPercent(numberFormat)) return `${plainNumber(value * 100)}%`;
  if (value >= 0 && showsDateTime(numberFormat)) return dateTimeText(value);
  return plainNumber(value);
}
