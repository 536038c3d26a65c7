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
 * - letters and symbols are unique across the scale.
 * Bounds are exact decimals: JSON 66.7 means exactly 66.7 (the text a person wrote), and a
 * string "66.7" is accepted too.
 */
import { z } from "zod";
import type { Decimal } from "../exact/decimal";
import { decimalFromNumber, decimalFromString } from "../exact/decimal-text";
import { wideCompare, wideSign } from "../exact/wide";

const text = z.string().trim().min(1);

export const bilingualTextSchema = z.strictObject({ ja: text, en: text });

/** A percent bound: 70 or "70" means 70% of the target. */
const percentBoundSchema = z.union([z.number(), z.string()]).transform((value, ctx): Decimal => {
  const parsed = typeof value === "number" ? decimalFromNumber(value) : decimalFromString(value);
  if (parsed === null) {
    ctx.addIssue({
      code: "custom",
      message: "grading.scale.error.bound",
      params: { key: "grading.scale.error.bound" },
    });
    return z.NEVER;
  }
  return parsed;
});

const letterSchema = z.string().trim().min(1).max(8);

export const gradeSchema = z.strictObject({
  /** What is written in the grade cell: "A", "7", "S". */
  letter: letterSchema,
  /** Another accepted notation for the same grade, e.g. "◎" beside "S". */
  symbol: letterSchema.optional(),
  label: bilingualTextSchema,
  description: bilingualTextSchema.optional(),
  /** Lower bound in percent, inclusive. */
  min: percentBoundSchema.nullable().optional(),
});

export const notCarriedOutSchema = z.strictObject({
  letter: letterSchema,
  symbol: letterSchema.optional(),
  label: bilingualTextSchema,
  description: bilingualTextSchema.optional(),
});

export const scaleSchema = z
  .strictObject({
    id: text,
    version: z.number().int().positive(),
    name: bilingualTextSchema,
    /** Where the scale comes from (a city's form, or a Tassei preset). */
    source: bilingualTextSchema.optional(),
    /** Qualitative scale: graded by hand, no bounds. */
    manual: z.boolean().default(false),
    grades: z.array(gradeSchema).min(2),
    notCarriedOut: notCarriedOutSchema,
  })
  .superRefine((scale, ctx) => {
    const issue = (path: (string | number)[], key: string, params: Record<string, string | number> = {}) =>
      ctx.addIssue({ code: "custom", path, message: key, params: { key, ...params } });
    checkBounds(scale.grades, scale.manual, issue);
    checkUniqueLetters(scale, issue);
  });

/** A validated scale; bounds are exact decimals. */
export type Scale = z.infer<typeof scaleSchema>;
/** A scale as written in JSON, before validation. */
export type ScaleJson = z.input<typeof scaleSchema>;
export type Grade = Scale["grades"][number];

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
