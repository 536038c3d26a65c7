/**
 * What a user asks for when inserting a department sheet (from the pane's form or `tassei new`),
 * validated at the boundary with zod, and turned into an empty department ready to lay out.
 * Every problem is reported at once, bilingual, so the form can show them all.
 */
import * as z from "zod/mini";
import { type Department, type Goal, type Indicator, KgiSchema, NO_SIGN_OFFS } from "../department/model";
import { formatEraFiscalYear, parseFiscalYear } from "../era";
import { type InterimRule, isInterimShare, isPresetName, type PresetName } from "../rules";
import { decimalFromString } from "../exact/decimal-text";
import type { Decimal } from "../exact/decimal";
import { foldText } from "../numbers/chars";
import { type MessageKey, type MessageParams, bilingual } from "../messages";
import { MAX_SHEET_NAME_LENGTH, sheetNameFault } from "@tassei/excel-rules";
import { GoalDraftSchema, type PlanProblem, goalFromDraft, goalPlace, isBlankGoalDraft } from "./draft";

export const MAX_GOALS = 20;
export const INSERT_FIRST_YEAR = 1989;
export const INSERT_LAST_YEAR = 2100;

export const LayoutChoiceSchema = z.object({
  header: z._default(z.boolean(), true),
  goals: z._default(z.boolean(), true),
  kpi: z._default(z.boolean(), true),
  kgi: z._default(z.boolean(), false),
});
export type LayoutChoice = z.infer<typeof LayoutChoiceSchema>;

export const InsertRequestSchema = z.object({
  department: z.string(),
  head: z._default(z.string(), ""),
  /** As typed: 2025, "R7", "令和7", "令和7年度". */
  fiscalYear: z.union([z.string(), z.number()]),
  policy: z._default(z.string(), ""),
  layouts: z._default(LayoutChoiceSchema, { header: true, goals: true, kpi: true, kgi: false }),
  /** Blank numbered goal rows, when no goals are given. */
  goalCount: z._default(z.int(), 3),
  /**
   * The goals as entered, in order (numbered 1…n), each with its initiatives and indicators. When every
   * one is blank, the sheet gets as many blank numbered goal rows instead (goalCount is not used).
   */
  goals: z.optional(z.array(GoalDraftSchema)),
  /** Multi-year indicators taken as they are (from a starting point such as seed 004). */
  kgis: z.optional(z.array(KgiSchema)),
  scale: z._default(z.string(), "default"),
  /**
   * The mid-year check's rule (中間評価): "" for the scale's own (pro-rated by the fiscal year gone by),
   * "elapsed" for that said outright, or a fixed share of the target in percent ("66.7", "66.7%").
   */
  interim: z._default(z.string(), ""),
  /** The sheet's name; the department's name when empty (a second year beside the first needs its own). */
  sheetName: z._default(z.string(), ""),
});
export type InsertRequest = z.input<typeof InsertRequestSchema>;

export type ValidatedInsert = {
  /** The department with the goals and indicators entered; without any, the sheet gets `goalCount` blank goal rows numbered 1…n. */
  readonly department: Department;
  readonly goalCount: number;
  readonly layouts: LayoutChoice;
  readonly scale: PresetName;
  /** The mid-year rule chosen for the sheet; null for the scale's own. */
  readonly interim?: InterimRule | null;
  /** The name the user chose for the sheet; absent or null to name it after the department. */
  readonly sheetName?: string | null;
};

/** Every problem in both languages; those about one field of the form name it ("fiscalYear", "goals.1.title"). */
export type InsertValidation =
  | { readonly ok: true; readonly value: ValidatedInsert }
  | { readonly ok: false; readonly problems: readonly PlanProblem[] };

export function validateInsertRequest(input: unknown): InsertValidation {
  const parsed = InsertRequestSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        ja: `入力が正しくありません（${issue.path.join(".") || "全体"}）: ${issue.message}`,
        en: `Invalid input (${issue.path.join(".") || "request"}): ${issue.message}`,
        ...(issue.path.length > 0 ? { field: issue.path.join(".") } : {}),
      })),
    };
  }
  const request = parsed.data;
  const problems: PlanProblem[] = [];
  const at = (field: string, key: MessageKey, params?: MessageParams) =>
    problems.push({ ...bilingual(key, params), field });
  if (request.department.trim() === "") at("department", "insert.error.departmentEmpty");
  const year = parseFiscalYear(request.fiscalYear);
  const yearText = String(request.fiscalYear);
  if (!year.ok && year.reason === "empty") {
    at("fiscalYear", "insert.error.fiscalYearRequired");
  } else if (!year.ok) {
    at("fiscalYear", year.reason === "out_of_range" ? "insert.error.fiscalYearRange" : "insert.error.fiscalYear", {
      text: yearText,
    });
  } else if (year.year < INSERT_FIRST_YEAR || year.year > INSERT_LAST_YEAR) {
    at("fiscalYear", "insert.error.fiscalYearRange", { text: yearText });
  }
  const plan = request.goals === undefined ? null : goalsOf(request.goals, problems);
  if (plan === null && (request.goalCount < 1 || request.goalCount > MAX_GOALS)) {
    at("goalCount", "insert.error.goalCount", { max: MAX_GOALS });
  }
  if (!Object.values(request.layouts).some(Boolean)) at("layouts", "insert.error.noLayout");
  if (!isPresetName(request.scale)) at("scale", "insert.error.scale", { scale: request.scale });
  const chosen = interimRuleOf(request.interim);
  if (!chosen.ok) at(chosen.field, chosen.key, { value: chosen.value });
  let interim: InterimRule | null | "invalid" = chosen.ok ? chosen.rule : "invalid";
  // A plan that starts after the sheet's year could never give it a mid-year grade.
  if (interim !== "invalid" && interim?.basis === "planYear" && year.ok && interim.firstYear > year.year) {
    at("interimFirstYear", "insert.error.interimFirstYearAfter", {
      first: formatEraFiscalYear(interim.firstYear, "ja"),
      year: formatEraFiscalYear(year.year, "ja"),
    });
    interim = "invalid";
  }
  const sheetName = request.sheetName.trim();
  const fault = sheetName === "" ? null : sheetNameFault(sheetName);
  if (fault) at("sheetName", `insert.error.sheetName.${fault}`, { sheet: sheetName, max: MAX_SHEET_NAME_LENGTH });
  if (problems.length > 0 || !year.ok || !isPresetName(request.scale) || interim === "invalid") {
    return { ok: false, problems };
  }

  const department: Department = {
    name: request.department.trim(),
    head: request.head.trim(),
    fiscalYear: year.year,
    policy: request.policy,
    goals: plan?.goals ?? [],
    indicators: plan?.indicators ?? [],
    kgis: request.kgis ?? [],
    scale: request.scale,
    signOffs: NO_SIGN_OFFS,
    interimDate: "",
  };
  return {
    ok: true,
    value: {
      department,
      goalCount: plan?.blankRows ?? request.goalCount,
      layouts: request.layouts,
      scale: request.scale,
      interim,
      sheetName: sheetName === "" ? null : sheetName,
    },
  };
}

/**
 * The goals entered, numbered in order; or, when nothing is typed in any of them, as many blank numbered
 * rows (a sheet to fill in Excel). A blank goal among goals with content must be given a title or removed.
 */
function goalsOf(
  drafts: readonly z.input<typeof GoalDraftSchema>[],
  problems: PlanProblem[],
): { goals: Goal[]; indicators: Indicator[]; blankRows: number } {
  if (drafts.length > MAX_GOALS) {
    problems.push({
      ...bilingual("plan.error.tooManyGoals", { max: MAX_GOALS, count: drafts.length }),
      field: "goals",
    });
    return { goals: [], indicators: [], blankRows: 0 };
  }
  if (drafts.every(isBlankGoalDraft)) return { goals: [], indicators: [], blankRows: drafts.length };
  const goals: Goal[] = [];
  const indicators: Indicator[] = [];
  drafts.forEach((draft, index) => {
    const drafted = goalFromDraft(draft, index + 1, goalPlace(index + 1, `goals.${index}`), problems);
    if (drafted) {
      goals.push(drafted.goal);
      indicators.push(...drafted.indicators);
    }
  });
  return { goals, indicators, blankRows: goals.length };
}

/**
 * The rule a person chose: "" → the scale's own (null); 経過 / elapsed → pro-rated by the fiscal year gone by;
 * a percent above 0 and at most 100 (66.7, 66.7%, full-width too) → that share of the target; a percent per
 * year of a plan and the plan's first year (20%/年:R6, 20%/year:2024) → that percent × the plan's year.
 */
export function interimRuleOf(text: string): InterimRuleChoice {
  const folded = foldText(text.normalize("NFKC")).trim();
  if (folded === "") return { ok: true, rule: null };
  if (/^(elapsed|経過)$/i.test(folded)) return { ok: true, rule: { basis: "elapsed" } };
  const perYear = PER_YEAR.exec(folded);
  const percentText = perYear ? (perYear[1] ?? "") : folded;
  const percent = percentOf(percentText);
  if (percent === null) return { ok: false, field: "interim", key: "insert.error.interim", value: percentText };
  if (!perYear) return { ok: true, rule: { basis: "share", percent } };
  const yearText = (perYear[2] ?? "").trim();
  const first = parseFiscalYear(yearText);
  if (first.ok) return { ok: true, rule: { basis: "planYear", percent, firstYear: first.year } };
  const key = yearText === "" ? "insert.error.interimFirstYearMissing" : "insert.error.interimFirstYear";
  return { ok: false, field: "interimFirstYear", key, value: yearText };
}

/** A rule chosen (null: the scale's own), or what is wrong with it and in which of the form's fields. */
export type InterimRuleChoice =
  | { readonly ok: true; readonly rule: InterimRule | null }
  | {
      readonly ok: false;
      readonly field: "interim" | "interimFirstYear";
      readonly key: "insert.error.interim" | "insert.error.interimFirstYear" | "insert.error.interimFirstYearMissing";
      readonly value: string;
    };

/** `<percent>/年:<first year>`, the per-year rule as typed (the year may be missing: it is asked for). */
const PER_YEAR = /^(.+?)\s*\/\s*(?:年|year)\s*:\s*(.*)$/i;

/** A percent the scale accepts (above 0, at most 100), so the pane, the command line and a scale file agree. */
function percentOf(text: string): Decimal | null {
  const percent = decimalFromString(text.replace(/%$/, "").trim());
  return percent !== null && isInterimShare(percent) ? percent : null;
}
