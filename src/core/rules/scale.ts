/**
 * A grading scale is data: which letters a city uses, what they mean, and the exact lower
 * bound of each in percent of the target. Declared once as a zod schema; the Scale type is
 * derived from it, so a scale read from a workbook or a file is validated and typed by one line.
 *
 * Rules checked here (each with a bilingual message naming the field, see scale-errors.ts):
 * - grades are ordered best first; a scale graded automatically gives every grade but the last
 *   a lower bound `min`, strictly descending; the last grade has none (or 0, for documentation)
 *   and takes every rate below the previous bound, negative rates included;
 * - a qualitative scale (`manual: true`) is graded by hand and has no bounds at all;
 * - "not carried out" (未実施, usually E) is a separate state, not a percentage;
 * - letters and symbols are unique across the scale;
 * - the mid-year check (中間評価) has a rule of its own (`interim`): the target pro-rated by the share of
 *   the fiscal year gone by at the interim date (the default), or a fixed share of it, 0 < share ≤ 100%.
 * Bounds are exact decimals: JSON 66.7 means exactly 66.7 (the text a person wrote), and a
 * string "66.7" is accepted too.
 */
import * as z from "zod/mini";
import { FIRST_FISCAL_YEAR, LAST_FISCAL_YEAR } from "../era";
import type { Decimal } from "../exact/decimal";
import { decimalFromNumber, decimalFromString } from "../exact/decimal-text";
import { wideCompare, wideSign } from "../exact/wide";

const text = z.string().check(z.trim(), z.minLength(1));

export const bilingualTextSchema = z.strictObject({ ja: text, en: text });

/** A percent bound: 70 or "70" means 70% of the target. */
const percentBoundSchema = z.pipe(
  z.union([z.number(), z.string()]),
  z.transform((value: number | string, ctx): Decimal => {
    const parsed = typeof value === "number" ? decimalFromNumber(value) : decimalFromString(value);
    if (parsed === null) {
      ctx.issues.push({
        code: "custom",
        input: value,
        message: "grading.scale.error.bound",
        params: { key: "grading.scale.error.bound" },
      });
      return z.NEVER;
    }
    return parsed;
  }),
);

const letterSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(8));

export const gradeSchema = z.strictObject({
  /** What is written in the grade cell: "A", "7", "S". */
  letter: letterSchema,
  /** Another accepted notation for the same grade, e.g. "◎" beside "S". */
  symbol: z.optional(letterSchema),
  label: bilingualTextSchema,
  description: z.optional(bilingualTextSchema),
  /** Lower bound in percent, inclusive. */
  min: z.optional(z.nullable(percentBoundSchema)),
});

/**
 * How the mid-year check (中間評価) judges an interim actual: against the target pro-rated by the share of
 * the fiscal year (April–March) gone by at the interim date ("elapsed", the default), against a fixed
 * share of it ("share": 66.7 means 66.7% of the target, as 大阪市 judges a three-year goal after two years),
 * or against a share growing with the years of a multi-year plan ("planYear": 多摩市 judges year n of a plan
 * that began in `firstYear` against 20% × n of the target). The grade bounds are the scale's own.
 */
export const interimRuleSchema = z.discriminatedUnion("basis", [
  z.strictObject({ basis: z.literal("elapsed") }),
  z.strictObject({ basis: z.literal("share"), percent: percentBoundSchema }),
  z.strictObject({
    basis: z.literal("planYear"),
    /** The share of the target each year of the plan adds (20 for 20% × n). */
    percent: percentBoundSchema,
    /** The plan's first fiscal year (year 1), as a Western year the sheet can print as an era year. */
    firstYear: z.int().check(z.gte(FIRST_FISCAL_YEAR), z.lte(LAST_FISCAL_YEAR)),
  }),
]);

/** The default rule: pro-rated by the share of the fiscal year gone by. */
export const DEFAULT_INTERIM_RULE = Object.freeze({ basis: "elapsed" as const });

export const notCarriedOutSchema = z.strictObject({
  letter: letterSchema,
  symbol: z.optional(letterSchema),
  label: bilingualTextSchema,
  description: z.optional(bilingualTextSchema),
});

export const scaleSchema = z
  .strictObject({
    id: text,
    version: z.int().check(z.positive()),
    name: bilingualTextSchema,
    /** Where the scale comes from (a city's form, or a Tassei preset). */
    source: z.optional(bilingualTextSchema),
    /** Qualitative scale: graded by hand, no bounds. */
    manual: z._default(z.boolean(), false),
    grades: z.array(gradeSchema).check(z.minLength(2)),
    notCarriedOut: notCarriedOutSchema,
    /** The mid-year check's rule (中間評価); pro-rated by the fiscal year gone by unless the city chooses a share. */
    interim: z._default(interimRuleSchema, DEFAULT_INTERIM_RULE),
  })
  .check(
    z.superRefine((scale, ctx) => {
      const issue = (path: (string | number)[], key: string, params: Record<string, string | number> = {}) =>
        ctx.addIssue({ code: "custom", path, message: key, params: { key, ...params } });
      checkBounds(scale.grades, scale.manual, issue);
      checkUniqueLetters(scale, issue);
      checkInterim(scale.interim, issue);
    }),
  );

/** A validated scale; bounds are exact decimals. */
export type Scale = z.infer<typeof scaleSchema>;
/** A scale as written in JSON, before validation. */
export type ScaleJson = z.input<typeof scaleSchema>;
export type Grade = Scale["grades"][number];
/** The mid-year check's rule, validated (a share is an exact decimal in percent). */
export type InterimRule = z.infer<typeof interimRuleSchema>;

type IssueSink = (path: (string | number)[], key: string, params?: Record<string, string | number>) => void;

function checkBounds(grades: readonly Grade[], manual: boolean, issue: IssueSink): void {
  let previous: Decimal | null = null;
  grades.forEach((grade, index) => {
    const min = grade.min ?? null;
    const isLast = index === grades.length - 1;
    if (manual) {
      if (min !== null) issue(["grades", index, "min"], "grading.scale.error.boundOnManual");
      return;
    }
    if (min === null) {
      if (!isLast) issue(["grades", index, "min"], "grading.scale.error.boundMissing", { letter: grade.letter });
      return;
    }
    if (isLast && wideSign(min) !== 0) {
      issue(["grades", index, "min"], "grading.scale.error.lastBound", { letter: grade.letter });
      return;
    }
    if (previous !== null && wideCompare(min, previous) >= 0) {
      issue(["grades", index, "min"], "grading.scale.error.notDescending", { letter: grade.letter });
    }
    previous = min;
  });
}

/** A fixed share is more than 0% and at most 100% of the target. */
export function isInterimShare(percent: Decimal): boolean {
  return wideSign(percent) > 0 && wideCompare(percent, { coefficient: 100, scale: 0 }) <= 0;
}

function checkInterim(rule: InterimRule, issue: IssueSink): void {
  if (rule.basis !== "elapsed" && !isInterimShare(rule.percent)) {
    issue(["interim", "percent"], "grading.scale.error.interimShare");
  }
}

function checkUniqueLetters(scale: Pick<Scale, "grades" | "notCarriedOut">, issue: IssueSink): void {
  const seen = new Set<string>();
  const entries: [(string | number)[], string | undefined][] = [];
  scale.grades.forEach((grade, index) => {
    entries.push([["grades", index, "letter"], grade.letter], [["grades", index, "symbol"], grade.symbol]);
  });
  entries.push(
    [["notCarriedOut", "letter"], scale.notCarriedOut.letter],
    [["notCarriedOut", "symbol"], scale.notCarriedOut.symbol],
  );
  for (const [path, value] of entries) {
    if (value === undefined) continue;
    if (seen.has(value)) issue(path, "grading.scale.error.duplicateLetter", { letter: value });
    seen.add(value);
  }
}
