/**
 * The command line's view of a parsed cell:
 *   {"ok": true, "value": 99.2, "unit": "%", "flags": ["estimate"]}
 *   {"ok": false, "reason": "ambiguous", "message_ja": "…", "message_en": "…", "values"?: [...]}
 * A done/not-done cell is value 1 or 0 with flag "done" or "not_done".
 */
import { toNumber } from "../exact/decimal";
import { describeFailure } from "./describe";
import type { NumberFlag, ParseFailureReason, ParseResult, ParsedNumber } from "./parse";

export type JsonFlag = NumberFlag | "done" | "not_done";

export interface ParseResultJsonOk {
  readonly ok: true;
  readonly value: number;
  readonly unit: string | null;
  readonly flags: readonly JsonFlag[];
}

export interface ParseResultJsonFailure {
  readonly ok: false;
  readonly reason: ParseFailureReason;
  readonly message_ja: string;
  readonly message_en: string;
  readonly values?: readonly ParseResultJsonOk[];
}

export type ParseResultJson = ParseResultJsonOk | ParseResultJsonFailure;

export function parseResultToJson(r: ParseResult): ParseResultJson {
  if (r.ok) {
    if (r.kind === "binary") {
      return { ok: true, value: r.done ? 1 : 0, unit: null, flags: [r.done ? "done" : "not_done", ...r.flags] };
    }
    return numberToJson(r);
  }
  const text = describeFailure(r);
  const base = { ok: false as const, reason: r.reason, message_ja: text.ja, message_en: text.en };
  return r.values && r.values.length > 0 ? { ...base, values: r.values.map(numberToJson) } : base;
}

function numberToJson(n: ParsedNumber): ParseResultJsonOk {
  return { ok: true, value: toNumber(n.value), unit: n.unit, flags: [...n.flags] };
}
