/**
 * Why a cell could not be read, in words a planning officer understands, in both languages.
 * Picks the precise text for the form met (parse.ambiguous.comma_decimal_or_thousands) and falls
 * back to the reason's general text.
 */
import { type Bilingual, type Language, type MessageKey, type MessageParams, catalogue, message } from "../messages";
import { FIRST_FISCAL_YEAR, type FiscalYearFailureReason, LAST_FISCAL_YEAR } from "../era";
import { formatDecimal } from "./format";
import type { ParseFailure, ParsedNumber } from "./parse";

/** Cells can hold paragraphs; a message quotes only the start. */
const MAX_QUOTED = 40;

export function describeFailure(failure: ParseFailure): Bilingual {
  const key = messageKeyFor(failure);
  return { ja: message(key, "ja", paramsFor(failure, "ja")), en: message(key, "en", paramsFor(failure, "en")) };
}

export function messageKeyFor(failure: ParseFailure): MessageKey {
  const precise = `parse.${failure.reason}.${failure.detail ?? ""}`;
  if (isMessageKey(precise)) return precise;
  return `parse.${failure.reason}`;
}

function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(catalogue, key);
}

function paramsFor(failure: ParseFailure, lang: Language): MessageParams {
  const values = failure.values ?? [];
  return {
    raw: quote(failure.raw),
    count: values.length,
    values: values.map((v) => describeValue(v, lang)).join(lang === "ja" ? "、" : ", "),
  };
}

/** 5億円（個人版） / 500,000,000 円 (個人版): a value as the message lists it. */
export function describeValue(v: ParsedNumber, lang: Language): string {
  const number =
    lang === "ja"
      ? formatDecimal(v.value, { style: "man_oku", unit: v.unit })
      : formatDecimal(v.value, { style: "grouped", unit: v.unit, spaceBeforeUnit: v.unit !== "%" });
  if (v.label === undefined) return number;
  return lang === "ja" ? `${number}（${v.label}）` : `${number} (${v.label})`;
}

export function describeFiscalYearFailure(raw: string | number, reason: FiscalYearFailureReason): Bilingual {
  const key: MessageKey = `parse.fiscalYear.${reason}`;
  const params = { raw: quote(String(raw)), first: FIRST_FISCAL_YEAR, last: LAST_FISCAL_YEAR };
  return { ja: message(key, "ja", params), en: message(key, "en", params) };
}

function quote(raw: string): string {
  const text = raw.trim();
  return text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text;
}
