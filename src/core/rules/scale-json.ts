/**
 * Reading a scale from untyped JSON, with errors a city's staff can act on: each error names
 * the field (e.g. "grades[1].min") and says what is wrong, in Japanese and English.
 */
import type * as z from "zod/mini";
import { type Bilingual, type MessageKey, catalogue, message } from "../messages";
import { type Scale, scaleSchema } from "./scale";

export interface ScaleError {
  /** The field's path, e.g. "grades[1].min"; "" for the scale as a whole. */
  readonly field: string;
  readonly message: Bilingual;
}

export type ScaleReadResult =
  { readonly ok: true; readonly scale: Scale } | { readonly ok: false; readonly errors: readonly ScaleError[] };

export function scaleFromJson(json: unknown): ScaleReadResult {
  const parsed = scaleSchema.safeParse(json);
  if (parsed.success) return { ok: true, scale: parsed.data };
  return { ok: false, errors: parsed.error.issues.map((issue) => issueToError(issue, json)) };
}

/** The errors as one line per language, for a single message cell or a command line. */
export function scaleErrorsText(errors: readonly ScaleError[]): Bilingual {
  return {
    ja: errors.map((e) => e.message.ja).join(" "),
    en: errors.map((e) => e.message.en).join(" "),
  };
}

const EXPECTED_JA: Readonly<Record<string, string>> = {
  string: "文字列",
  number: "数値",
  int: "整数",
  boolean: "true または false",
  object: "オブジェクト",
  array: "配列",
};

function issueToError(issue: z.core.$ZodIssue, json: unknown): ScaleError {
  const path = pathText(issue.path);
  const both = (
    key: MessageKey,
    params: Record<string, string | number> = {},
    ja: Record<string, string | number> = {},
  ): Bilingual => ({
    ja: message(key, "ja", { field: path || "尺度", ...params, ...ja }),
    en: message(key, "en", { field: path || "the scale", ...params }),
  });
  return { field: path, message: describe(issue, both, valueAt(json, issue.path) === undefined) };
}

/** zod does not report the input by default; a missing field is told from the JSON itself. */
function valueAt(json: unknown, path: readonly PropertyKey[]): unknown {
  let value = json;
  for (const part of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

type Describe = (
  key: MessageKey,
  params?: Record<string, string | number>,
  ja?: Record<string, string | number>,
) => Bilingual;

function describe(issue: z.core.$ZodIssue, both: Describe, absent: boolean): Bilingual {
  switch (issue.code) {
    case "invalid_type":
      if (absent) return both("grading.scale.error.required");
      return both(
        "grading.scale.error.type",
        { expected: issue.expected },
        { expected: EXPECTED_JA[issue.expected] ?? issue.expected },
      );
    case "too_small":
      if (issue.origin === "string") return both("grading.scale.error.empty");
      if (issue.origin === "array") return both("grading.scale.error.tooFewGrades", { minimum: Number(issue.minimum) });
      return both("grading.scale.error.notPositive");
    case "too_big":
      return both("grading.scale.error.tooLong", { maximum: Number(issue.maximum) });
    case "unrecognized_keys":
      return both("grading.scale.error.unknownKey", { keys: issue.keys.join(", ") });
    case "invalid_union":
      // A basis that is none of the rules (discriminatedUnion reports it on interim or interim.basis).
      if (issue.path[0] === "interim") return both("grading.scale.error.interimRule");
      return both("grading.scale.error.type", { expected: "number | string" }, { expected: "数値または文字列" });
    case "custom": {
      const key = issue.params?.["key"];
      if (typeof key === "string" && isMessageKey(key)) {
        const params = Object.fromEntries(
          Object.entries(issue.params ?? {}).filter(
            (entry): entry is [string, string | number] => typeof entry[1] === "string" || typeof entry[1] === "number",
          ),
        );
        return both(key, params);
      }
      return both("grading.scale.error.invalid");
    }
    default:
      return both("grading.scale.error.invalid");
  }
}

function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(catalogue, key);
}

/** ["grades", 1, "min"] → "grades[1].min" */
function pathText(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += (out ? "." : "") + String(part);
  }
  return out;
}
