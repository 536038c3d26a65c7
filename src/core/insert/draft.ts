/**
 * A plan as a planning officer enters it in the pane: goals in order, each with its codes, its
 * initiatives (text and owning section) and its indicators. The same drafts make a new sheet's goals
 * (the Insert form) and the rows added to a sheet later (editing). Fields come as typed — codes as one
 * text ("5-2-(1)、5-2-(2)"), a weight as text — and are checked here, every problem in both languages,
 * naming the goal, the row and the field, with the form field's path so the pane can put it beside it.
 */
import * as z from "zod/mini";
import {
  DirectionSchema,
  type Goal,
  GoalSchema,
  type Indicator,
  IndicatorSchema,
  type Initiative,
  MethodSchema,
  type RawCell,
} from "../department/model";
import { type Bilingual, type Language, type MessageKey, type MessageParams, message } from "../messages";
import { GOAL_CODE_KEYS, splitCodes } from "../sheet/goals/goals-table";
import { MAX_CELL_TEXT_LENGTH } from "../workbook/text";

/** A cell as typed in the form: text, or a number (a template's). */
const DraftCellSchema = z.union([z.string(), z.number(), z.null()]);
/** Codes as typed (one text, separated by line breaks, 、 or ,) or as a list. */
const CodesSchema = z.union([z.string(), z.array(z.string())]);

export const InitiativeDraftSchema = z.object({
  /** 具体的な取組 */
  text: z._default(z.string(), ""),
  /** 所管課 */
  section: z._default(z.string(), ""),
});
export type InitiativeDraft = z.input<typeof InitiativeDraftSchema>;

export const IndicatorDraftSchema = z.object({
  name: z._default(z.string(), ""),
  unit: z._default(z.string(), ""),
  direction: z._default(DirectionSchema, "up"),
  method: z._default(MethodSchema, "ratio"),
  baseline: z._default(DraftCellSchema, null),
  target: z._default(DraftCellSchema, null),
  /** ウェイト: a number, or text as typed ("" is the default, 1). */
  weight: z._default(z.union([z.string(), z.number()]), 1),
});
export type IndicatorDraft = z.input<typeof IndicatorDraftSchema>;

export const GoalDraftSchema = z.object({
  title: z._default(z.string(), ""),
  field: z._default(z.string(), ""),
  masterPlanCodes: z._default(CodesSchema, []),
  basicPolicyCodes: z._default(CodesSchema, []),
  measureSheetCodes: z._default(CodesSchema, []),
  targetStatement: z._default(z.string(), ""),
  initiatives: z._default(z.array(InitiativeDraftSchema), []),
  indicators: z._default(z.array(IndicatorDraftSchema), []),
});
export type GoalDraft = z.input<typeof GoalDraftSchema>;
type ParsedGoalDraft = z.output<typeof GoalDraftSchema>;
type ParsedIndicatorDraft = z.output<typeof IndicatorDraftSchema>;
type ParsedInitiativeDraft = z.output<typeof InitiativeDraftSchema>;

/** A problem with what was entered: both languages, and the form field it is about ("goals.1.indicators.0.name"). */
export interface PlanProblem extends Bilingual {
  readonly field?: string;
}

/** Where a field is, in words: 「重点目標 2 の指標 1」 / "goal 2, indicator 1". */
export interface Place {
  readonly ja: string;
  readonly en: string;
  /** The form field path of the place ("goals.1.indicators.0"), "" for the top. */
  readonly path: string;
}

export function goalPlace(no: number, path: string): Place {
  return { ...bothLanguages("plan.place.goal", { goal: no }), path };
}

export function rowPlace(goal: Place, kind: "initiative" | "indicator", index: number, path: string): Place {
  const key = kind === "initiative" ? "plan.place.initiative" : "plan.place.indicator";
  return {
    ja: message(key, "ja", { place: goal.ja, row: index + 1 }),
    en: message(key, "en", { place: goal.en, row: index + 1 }),
    path,
  };
}

/** The label of each field, as the form shows it and the problems name it. */
export const FIELD_LABELS = {
  title: "plan.goal.title",
  field: "plan.goal.field",
  masterPlanCodes: "plan.goal.masterPlanCodes",
  basicPolicyCodes: "plan.goal.basicPolicyCodes",
  measureSheetCodes: "plan.goal.measureSheetCodes",
  targetStatement: "plan.goal.targetStatement",
  text: "plan.initiative.text",
  section: "plan.initiative.section",
  name: "plan.indicator.name",
  unit: "plan.indicator.unit",
  direction: "plan.indicator.direction",
  method: "plan.indicator.method",
  baseline: "plan.indicator.baseline",
  target: "plan.indicator.target",
  weight: "plan.indicator.weight",
} as const satisfies Record<string, MessageKey>;
export type DraftField = keyof typeof FIELD_LABELS;

/** A problem about one field at a place: the message in each language with the place's and the field's own words. */
export function placeProblem(
  key: MessageKey,
  place: Place,
  field: DraftField,
  params: MessageParams = {},
): PlanProblem {
  const text = (language: Language) =>
    message(key, language, { ...params, place: place[language], label: message(FIELD_LABELS[field], language) });
  return { ja: text("ja"), en: text("en"), field: place.path === "" ? field : `${place.path}.${field}` };
}

function bothLanguages(key: MessageKey, params: MessageParams): Bilingual {
  return { ja: message(key, "ja", params), en: message(key, "en", params) };
}

/** The longest text a cell takes as text (Excel's limit, less the apostrophe that keeps it text). */
export const MAX_DRAFT_TEXT = MAX_CELL_TEXT_LENGTH - 1;

/** Nothing typed: no text (spaces aside), no code, no initiative, no indicator with anything in it. */
export function isBlankGoalDraft(draft: GoalDraft): boolean {
  const goal = GoalDraftSchema.parse(draft);
  return (
    [goal.title, goal.field, goal.targetStatement].every(blank) &&
    [goal.masterPlanCodes, goal.basicPolicyCodes, goal.measureSheetCodes].every((c) => codesOf(c).length === 0) &&
    goal.initiatives.every(isBlankInitiative) &&
    goal.indicators.every(isBlankIndicator)
  );
}

function blank(text: string): boolean {
  return text.trim() === "";
}

function isBlankInitiative(initiative: ParsedInitiativeDraft): boolean {
  return blank(initiative.text) && blank(initiative.section);
}

/** No name and no value typed; the dropdowns' and the weight's defaults are not something typed. */
function isBlankIndicator(indicator: ParsedIndicatorDraft): boolean {
  return (
    blank(indicator.name) &&
    blank(indicator.unit) &&
    blankCell(indicator.baseline) &&
    blankCell(indicator.target) &&
    (indicator.weight === 1 ||
      (typeof indicator.weight === "string" && (blank(indicator.weight) || indicator.weight.trim() === "1")))
  );
}

function blankCell(value: string | number | null): boolean {
  return value === null || (typeof value === "string" && blank(value));
}

function codesOf(codes: string | readonly string[]): string[] {
  return typeof codes === "string" ? splitCodes(codes) : codes.flatMap(splitCodes);
}

/** A goal with its indicators, as the department model holds them. */
export interface DraftedGoal {
  readonly goal: Goal;
  readonly indicators: readonly Indicator[];
}

/**
 * The goal numbered `no`, from its draft; null when something must be corrected (each problem pushed).
 * Blank initiative and indicator rows (nothing typed) are left out.
 */
export function goalFromDraft(draft: GoalDraft, no: number, place: Place, problems: PlanProblem[]): DraftedGoal | null {
  const parsed = GoalDraftSchema.safeParse(draft);
  if (!parsed.success) {
    problems.push(placeProblem("plan.error.invalid", place, "title"));
    return null;
  }
  const goal: ParsedGoalDraft = parsed.data;
  const before = problems.length;
  if (blank(goal.title)) problems.push(placeProblem("plan.error.goalTitle", place, "title"));
  for (const field of ["title", "field", "targetStatement"] as const) checkLength(goal[field], place, field, problems);
  const codes = {
    masterPlanCodes: codesOf(goal.masterPlanCodes),
    basicPolicyCodes: codesOf(goal.basicPolicyCodes),
    measureSheetCodes: codesOf(goal.measureSheetCodes),
  };
  for (const field of GOAL_CODE_KEYS) checkLength(codes[field].join("\n"), place, field, problems);
  const initiatives: Initiative[] = [];
  goal.initiatives.forEach((initiative, index) => {
    const at = rowPlace(place, "initiative", index, `${place.path === "" ? "" : `${place.path}.`}initiatives.${index}`);
    const made = initiativeFromDraft(initiative, at, problems);
    if (made) initiatives.push(made);
  });
  const indicators: Indicator[] = [];
  goal.indicators.forEach((indicator, index) => {
    const at = rowPlace(place, "indicator", index, `${place.path === "" ? "" : `${place.path}.`}indicators.${index}`);
    const made = indicatorFromDraft(indicator, no, at, problems);
    if (made) indicators.push(made);
  });
  if (problems.length > before) return null;
  const model = GoalSchema.safeParse({
    no,
    title: goal.title.trim(),
    field: goal.field.trim(),
    ...codes,
    targetStatement: goal.targetStatement.trim(),
    initiatives,
  });
  if (!model.success) {
    problems.push(placeProblem("plan.error.invalid", place, "title"));
    return null;
  }
  return { goal: model.data, indicators };
}

/** An initiative from its draft; null for a blank row (left out) or one with a problem (pushed). */
export function initiativeFromDraft(draft: InitiativeDraft, place: Place, problems: PlanProblem[]): Initiative | null {
  const initiative = InitiativeDraftSchema.parse(draft);
  if (isBlankInitiative(initiative)) return null;
  const before = problems.length;
  checkLength(initiative.text, place, "text", problems);
  checkLength(initiative.section, place, "section", problems);
  if (problems.length > before) return null;
  return { text: initiative.text.trim(), section: initiative.section.trim(), result: "" };
}

/** An indicator of goal `goalNo` from its draft; null for a blank row (left out) or one with a problem (pushed). */
export function indicatorFromDraft(
  draft: IndicatorDraft,
  goalNo: number,
  place: Place,
  problems: PlanProblem[],
): Indicator | null {
  const parsed = IndicatorDraftSchema.safeParse(draft);
  if (!parsed.success) {
    problems.push(placeProblem("plan.error.invalid", place, "name"));
    return null;
  }
  const indicator = parsed.data;
  if (isBlankIndicator(indicator)) return null;
  const before = problems.length;
  if (blank(indicator.name)) problems.push(placeProblem("plan.error.indicatorName", place, "name"));
  for (const field of ["name", "unit"] as const) checkLength(indicator[field], place, field, problems);
  for (const field of ["baseline", "target"] as const) {
    const value = indicator[field];
    if (typeof value === "string") checkLength(value, place, field, problems);
  }
  const weight = weightOf(indicator.weight);
  if (weight === null) {
    problems.push(placeProblem("plan.error.weight", place, "weight", { value: String(indicator.weight) }));
  }
  if (problems.length > before || weight === null) return null;
  const model = IndicatorSchema.safeParse({
    goalNo,
    name: indicator.name.trim(),
    unit: indicator.unit.trim(),
    direction: indicator.direction,
    method: indicator.method,
    baseline: cellAsTyped(indicator.baseline),
    target: cellAsTyped(indicator.target),
    weight,
  });
  if (!model.success) {
    problems.push(placeProblem("plan.error.invalid", place, "name"));
    return null;
  }
  return model.data;
}

const PLAIN_NUMBER = /^[+-]?(?:[0-9]+(?:\.[0-9]+)?|\.[0-9]+)$/;

/**
 * A target or baseline as a cell holds it when typed in Excel: a plain number is a number (so the live
 * 達成率 works at once); anything else ("65,000 件", "５億円", "80%") stays text as typed, for grading to read.
 */
export function cellAsTyped(value: string | number | null): RawCell {
  if (value === null || typeof value === "number") return value;
  const text = value.trim();
  if (text === "") return null;
  return PLAIN_NUMBER.test(text) ? Number(text) : text;
}

/** A weight: a number ≥ 0 (blank is 1); null when it is not one. */
export function weightOf(value: string | number): number | null {
  if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? value : null;
  const text = value.trim().replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (text === "") return 1;
  if (!PLAIN_NUMBER.test(text)) return null;
  const number = Number(text);
  return number >= 0 ? number : null;
}

function checkLength(text: string, place: Place, field: DraftField, problems: PlanProblem[]): void {
  if (text.length > MAX_DRAFT_TEXT) {
    problems.push(placeProblem("plan.error.tooLong", place, field, { max: MAX_DRAFT_TEXT, length: text.length }));
  }
}
