/**
 * One line of `tassei eval`: its zod schema, how it becomes the engine's input, and the JSON line
 * written back. A line that cannot be used still gets a line back (reason invalid_input or
 * invalid_scale), so the output always has one line per input line, in the same order.
 */
import * as z from "zod/mini";
import {
  DEFAULT_SCALE,
  type EvaluationOptions,
  type GradeFlag,
  type GradingReason,
  type IndicatorInput,
  type IndicatorStatus,
  PRESET_NAMES,
  type Scale,
  evaluateIndicator,
  outcomeMessage,
  presetScale,
  reasonMessage,
  scaleErrorsText,
  scaleFromJson,
} from "../core/rules";
import type { Decimal } from "../core/exact/decimal";
import { type Bilingual, message } from "../core/messages";
import { type ParseResultJson, parseResultToJson } from "../core/numbers/json";
import { type ParseResult, parseCell } from "../core/numbers/parse";

const cellValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

const STATUS: Readonly<Record<string, IndicatorStatus>> = {
  確定: "final",
  見込み: "estimate",
  作業中: "pending",
  未実施: "not_carried_out",
  final: "final",
  estimate: "estimate",
  pending: "pending",
  not_carried_out: "not_carried_out",
};

/** Unknown keys are ignored: other tools may carry their own fields (a name, a sheet address). */
export const evalLineSchema = z.object({
  id: z.unknown(),
  target: z.optional(cellValue),
  actual: z.optional(cellValue),
  baseline: z.optional(cellValue),
  direction: z.optional(z.enum(["up", "down", "band", "binary"])),
  method: z.optional(z.enum(["ratio", "progress"])),
  band: z.optional(z.nullable(z.tuple([z.union([z.string(), z.number()]), z.union([z.string(), z.number()])]))),
  status: z.optional(z.nullable(z.enum(Object.keys(STATUS) as [string, ...string[]]))),
  scale: z.optional(z.union([z.string(), z.record(z.string(), z.unknown())])),
  /** An extension: a grade entered by hand, with its reason. */
  manual: z.optional(z.nullable(z.object({ grade: z.string(), reason: z.optional(z.nullable(z.string())) }))),
});

export type EvalLine = z.infer<typeof evalLineSchema>;

export interface EvalOutput {
  readonly id: unknown;
  readonly line?: number;
  readonly target: ParseResultJson | null;
  readonly actual: ParseResultJson | null;
  readonly baseline?: ParseResultJson | null;
  readonly rate: number | null;
  readonly rate_text: string | null;
  readonly grade: string | null;
  readonly reason: GradingReason | null;
  readonly message_ja: string;
  readonly message_en: string;
  readonly flags: readonly GradeFlag[];
}

export interface EvalSettings {
  readonly scale: Scale;
  readonly options: EvaluationOptions;
}

export const DEFAULT_SETTINGS: EvalSettings = { scale: DEFAULT_SCALE, options: {} };

/** Grades one raw input line (already known not to be blank). */
export function evaluateLine(text: string, lineNumber: number, settings: EvalSettings, scales: ScaleCache): EvalOutput {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return failure(null, lineNumber, "invalid_input", both("grading.input.notJson", { line: lineNumber }));
  }
  if (json === null || typeof json !== "object" || Array.isArray(json)) {
    return failure(null, lineNumber, "invalid_input", both("grading.input.notObject", { line: lineNumber }));
  }
  const id = "id" in json ? json.id : null;
  const parsed = evalLineSchema.safeParse(json);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((i) => pathText(i.path)))].join(", ");
    return failure(id, lineNumber, "invalid_input", both("grading.input.field", { line: lineNumber, field: fields }));
  }
  const line = parsed.data;

  let scale = settings.scale;
  if (line.scale !== undefined) {
    const found = scales.get(line.scale);
    if (!found.ok)
      return failure(id, lineNumber, "invalid_scale", bilingualLine("grading.input.scale", lineNumber, found.detail));
    scale = found.scale;
  }

  const band = line.band ? readBand(line.band) : null;
  if (band === "unreadable")
    return failure(id, lineNumber, "invalid_input", both("grading.input.field", { line: lineNumber, field: "band" }));

  const target = parseCell(line.target);
  const actual = parseCell(line.actual);
  const baseline = line.baseline === undefined ? undefined : parseCell(line.baseline);
  const input: IndicatorInput = {
    target,
    actual,
    baseline: baseline ?? null,
    direction: line.direction,
    method: line.method,
    band,
    status: line.status ? STATUS[line.status] : undefined,
    manual: line.manual ?? null,
  };
  const result = evaluateIndicator(input, scale, settings.options);
  const said = outcomeMessage(result, scale);
  return {
    id,
    target: parseResultToJson(target),
    actual: parseResultToJson(actual),
    ...(baseline === undefined ? {} : { baseline: parseResultToJson(baseline) }),
    rate: result.rateNumber,
    rate_text: result.rateText,
    grade: result.grade,
    reason: result.reason,
    message_ja: said.ja,
    message_en: said.en,
    flags: result.flags,
  };
}

function readBand(band: readonly [string | number, string | number]): readonly [Decimal, Decimal] | "unreadable" {
  const low = numberOf(parseCell(band[0]));
  const high = numberOf(parseCell(band[1]));
  return low === null || high === null ? "unreadable" : [low, high];
}

function numberOf(r: ParseResult): Decimal | null {
  return r.ok && r.kind === "number" ? r.value : null;
}

function failure(id: unknown, line: number, reason: GradingReason, text: Bilingual): EvalOutput {
  const general = reasonMessage(reason);
  return {
    id: id ?? null,
    line,
    target: null,
    actual: null,
    rate: null,
    rate_text: null,
    grade: null,
    reason,
    message_ja: `${general.ja} ${text.ja}`,
    message_en: `${general.en} ${text.en}`,
    flags: [],
  };
}

type InputKey = "grading.input.notJson" | "grading.input.notObject" | "grading.input.field";

function both(key: InputKey, params: Record<string, string | number>): Bilingual {
  return { ja: message(key, "ja", params), en: message(key, "en", params) };
}

function bilingualLine(key: "grading.input.scale", line: number, detail: Bilingual): Bilingual {
  return { ja: message(key, "ja", { line, detail: detail.ja }), en: message(key, "en", { line, detail: detail.en }) };
}

function pathText(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) out += typeof part === "number" ? `[${part}]` : (out ? "." : "") + String(part);
  return out || "(line)";
}

/** Scales named or written in lines, validated once each (a file usually repeats one scale). */
export class ScaleCache {
  private readonly known = new Map<string, ScaleLookup>();

  get(spec: string | Record<string, unknown>): ScaleLookup {
    const key = typeof spec === "string" ? `name:${spec}` : `json:${JSON.stringify(spec)}`;
    let found = this.known.get(key);
    if (found === undefined) {
      found = lookUp(spec);
      if (this.known.size >= 64) this.known.clear();
      this.known.set(key, found);
    }
    return found;
  }
}

export type ScaleLookup =
  { readonly ok: true; readonly scale: Scale } | { readonly ok: false; readonly detail: Bilingual };

export function lookUp(spec: string | Record<string, unknown>): ScaleLookup {
  if (typeof spec === "string") {
    const preset = presetScale(spec);
    if (preset !== null) return { ok: true, scale: preset };
    const params = { name: spec, names: PRESET_NAMES.join(", ") };
    return {
      ok: false,
      detail: {
        ja: message("grading.cli.unknownScale", "ja", params),
        en: message("grading.cli.unknownScale", "en", params),
      },
    };
  }
  const read = scaleFromJson(spec);
  return read.ok ? { ok: true, scale: read.scale } : { ok: false, detail: scaleErrorsText(read.errors) };
}
