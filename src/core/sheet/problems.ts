/**
 * What reading a department sheet found wrong, cell by cell. Every problem names the cell (A1) and says
 * why in both languages; a row that fails validation is left out and reported as an error, a value that
 * was read with a fallback is a warning.
 */
import type * as z from "zod/mini";
import { type Bilingual, type MessageKey, type MessageParams, bilingual } from "../messages";

export type ProblemSeverity = "error" | "warning";

export interface LayoutProblem {
  readonly severity: ProblemSeverity;
  readonly key: MessageKey;
  /** The cell the problem is about, e.g. "H31"; null for a sheet-wide problem. */
  readonly cell: string | null;
  readonly message: Bilingual;
}

export function problem(
  severity: ProblemSeverity,
  key: MessageKey,
  params: MessageParams,
  cell: string | null = null,
): LayoutProblem {
  return { severity, key, cell, message: bilingual(key, cell === null ? params : { cell, ...params }) };
}

/** Where a field of a validated object was read from, for naming it in a problem. */
export interface FieldSource {
  readonly cell: string;
  /** The column header or label of the cell. */
  readonly field: string;
  /** The cell's content as shown, for quoting it. */
  readonly shown: string;
  /** For dropdown words: the words the cell may hold. */
  readonly choices?: readonly string[];
}

type Issue = z.core.$ZodIssue;

/**
 * One error problem per zod issue, naming the cell of the field it is about (the first element of its
 * path); issues about fields that were not read from a cell fall back on `fallbackCell`.
 */
export function validationProblems(
  issues: readonly Issue[],
  source: (field: string) => FieldSource | undefined,
  fallbackCell: string | null,
): LayoutProblem[] {
  return issues.map((issue) => {
    const field = String(issue.path[0] ?? "");
    const at = source(field) ?? { cell: fallbackCell ?? "", field, shown: "" };
    const [key, extra] = describe(issue, at);
    return problem("error", key, { field: at.field, value: at.shown, ...extra }, at.cell === "" ? null : at.cell);
  });
}

function describe(issue: Issue, at: FieldSource): [MessageKey, MessageParams] {
  switch (issue.code) {
    case "invalid_type":
      if (at.shown === "") return ["layout.read.required", {}];
      return [issue.expected === "int" ? "layout.read.notWholeNumber" : "layout.read.notNumber", {}];
    case "too_small":
      if (issue.origin === "string" || issue.origin === "array") return ["layout.read.required", {}];
      // Written as a symbol so one text serves both languages: "≥ 1", "> 0".
      return ["layout.read.tooSmall", { bound: `${issue.inclusive ? "≥" : ">"} ${String(issue.minimum)}` }];
    case "too_big":
      return ["layout.read.tooLarge", { bound: String(issue.maximum) }];
    case "invalid_value":
      return ["layout.read.unknownWord", { choices: (at.choices ?? issue.values.map(String)).join("・") }];
    default:
      return ["layout.read.invalid", {}];
  }
}
