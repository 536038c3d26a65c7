/**
 * The seed samples' JSON files (data/*.json) are read through these schemas: the department by the
 * project's department schema, the rest by the small schemas here. A file that does not match throws,
 * naming the file and the path of each problem, so a broken sample fails on load and not later in a sheet.
 */
import * as z from "zod/mini";
import { DepartmentSchema } from "../core/department/model";
import type { SampleDepartment, SampleProvenance } from "./types";

const UnmodelledPartSchema = z.strictObject({
  heading: z.string().check(z.minLength(1)),
  text: z.string(),
});

export const SampleProvenanceSchema: z.ZodMiniType<SampleProvenance> = z.strictObject({
  seedFile: z.string().check(z.regex(/^\d{3}_[0-9a-f]+\.txt$/)),
  city: z.string().check(z.minLength(1)),
  title: z.string().check(z.minLength(1)),
  titlePrinted: z.boolean(),
  unmodelled: z.array(UnmodelledPartSchema),
});

const SampleFileSchema = z.strictObject({
  id: z.string().check(z.regex(/^seed\d{3}-[a-z0-9-]+$/)),
  provenance: SampleProvenanceSchema,
  department: DepartmentSchema,
});

/** One problem of a sample file: where (a path such as `department.goals[0].title`) and what. */
interface SampleProblem {
  readonly path: string;
  readonly message: string;
}

/**
 * Checks one sample file's parsed JSON and returns it as a sample. `fileName` is the file's name in
 * data/ (e.g. "seed002-hirakata-shichokoshitsu-r7.json"); it must be the sample's id with ".json".
 * The value returned is the file's data itself, as written: defaults are not filled in, so the
 * department is the `DepartmentInput` the file holds, for callers to parse as they always have.
 */
export function parseSample(fileName: string, data: unknown): SampleDepartment {
  const parsed = SampleFileSchema.safeParse(data);
  const problems: SampleProblem[] = parsed.success
    ? [
        // The department schema drops keys it does not know; in a file they are typing mistakes.
        ...droppedKeys(field(data, "department"), parsed.data.department, ["department"]),
        ...(fileName === `${parsed.data.id}.json`
          ? []
          : [{ path: "id", message: `"${parsed.data.id}" is not the file's name without ".json"` }]),
      ]
    : parsed.error.issues.flatMap(problemsOf);
  if (problems.length > 0) {
    const list = problems.map((problem) => `${problem.path}: ${problem.message}`).join("; ");
    throw new Error(`Seed sample ${fileName} does not match its schema: ${list}`);
  }
  return data as SampleDepartment;
}

/**
 * What is wrong, in words a developer fixing the file can act on. zod/mini carries no message texts
 * (its issues say "Invalid input"), so the words come from the issue's code and details.
 */
function problemsOf(issue: z.core.$ZodIssue): SampleProblem[] {
  const at = pathText(issue.path);
  switch (issue.code) {
    case "invalid_type":
      return [{ path: at, message: `expected ${issue.expected}` }];
    case "too_small":
      return [
        {
          path: at,
          message: `${measure(issue.origin)}must be ${issue.inclusive ? "≥" : ">"} ${String(issue.minimum)}`,
        },
      ];
    case "too_big":
      return [
        {
          path: at,
          message: `${measure(issue.origin)}must be ${issue.inclusive ? "≤" : "<"} ${String(issue.maximum)}`,
        },
      ];
    case "invalid_union":
      return [{ path: at, message: "none of the allowed types" }];
    case "invalid_value":
      return [
        { path: at, message: `expected one of ${issue.values.map((value) => JSON.stringify(value)).join(", ")}` },
      ];
    case "invalid_format":
      return [{ path: at, message: `not in the expected format (${issue.pattern ?? issue.format})` }];
    case "unrecognized_keys":
      return issue.keys.map((key) => ({ path: pathText([...issue.path, key]), message: "unknown key" }));
    default:
      return [{ path: at, message: `${issue.code}: ${issue.message}` }];
  }
}

/** What a size bound applies to: a string's or an array's length, or the value itself. */
function measure(origin: string): string {
  return origin === "string" || origin === "array" ? "length " : "";
}

/** Keys of `input`'s objects that the schema's `output` no longer has, at any depth. */
function droppedKeys(input: unknown, output: unknown, path: readonly PropertyKey[]): SampleProblem[] {
  if (Array.isArray(input) && Array.isArray(output))
    return input.flatMap((item, index) => droppedKeys(item, output[index], [...path, index]));
  if (!isRecord(input) || !isRecord(output)) return [];
  return Object.keys(input).flatMap((key) =>
    key in output
      ? droppedKeys(input[key], output[key], [...path, key])
      : [{ path: pathText([...path, key]), message: "unknown key" }],
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function field(value: unknown, key: string): unknown {
  return isRecord(value) ? value[key] : undefined;
}

/** `["department", "goals", 0, "title"]` → `department.goals[0].title`; the root is `(root)`. */
function pathText(path: readonly PropertyKey[]): string {
  const text = path
    .map((key) => (typeof key === "number" ? `[${key}]` : `.${String(key)}`))
    .join("")
    .replace(/^\./, "");
  return text === "" ? "(root)" : text;
}
