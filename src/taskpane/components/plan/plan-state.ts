/**
 * The plan as the pane's form holds it while a person types: every field as text, every row with an id
 * that stays with it when rows are moved (so React keeps its fields, and the focus, with it). Turned into
 * the core's drafts to send; the core checks them.
 */
import type { Direction, RateMethod } from "../../../core/rules/types";
import type { GoalDraft, IndicatorDraft, InitiativeDraft } from "../../../core/insert/draft";
import type { PlanTemplate } from "../../../core/insert/templates";

export interface FormInitiative {
  readonly id: string;
  readonly text: string;
  readonly section: string;
}

export interface FormIndicator {
  readonly id: string;
  readonly name: string;
  readonly unit: string;
  readonly direction: Direction;
  readonly method: RateMethod;
  readonly baseline: string;
  readonly target: string;
  readonly weight: string;
}

export interface FormGoal {
  readonly id: string;
  readonly title: string;
  readonly field: string;
  readonly masterPlanCodes: string;
  readonly basicPolicyCodes: string;
  readonly measureSheetCodes: string;
  readonly targetStatement: string;
  readonly initiatives: readonly FormInitiative[];
  readonly indicators: readonly FormIndicator[];
}

let counter = 0;
/** A row's id, unique in the pane. */
export function newId(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}

export function emptyInitiative(): FormInitiative {
  return { id: newId("initiative"), text: "", section: "" };
}

export function emptyIndicator(): FormIndicator {
  return {
    id: newId("indicator"),
    name: "",
    unit: "",
    direction: "up",
    method: "ratio",
    baseline: "",
    target: "",
    weight: "",
  };
}

export function emptyGoal(): FormGoal {
  return {
    id: newId("goal"),
    title: "",
    field: "",
    masterPlanCodes: "",
    basicPolicyCodes: "",
    measureSheetCodes: "",
    targetStatement: "",
    initiatives: [],
    indicators: [],
  };
}

/** The list with the item at `index` moved one place up (-1) or down (+1); unchanged at either end. */
export function moved<T>(list: readonly T[], index: number, delta: -1 | 1): T[] {
  const to = index + delta;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return [...list];
  const next = [...list];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}

/** The list without the item at `index`. */
export function removed<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

/** The list with the item at `index` changed. */
export function changed<T>(list: readonly T[], index: number, change: Partial<T>): T[] {
  return list.map((item, i) => (i === index ? { ...item, ...change } : item));
}

export function initiativeDraft(initiative: FormInitiative): InitiativeDraft {
  return { text: initiative.text, section: initiative.section };
}

export function indicatorDraft(indicator: FormIndicator): IndicatorDraft {
  const { id: _id, ...draft } = indicator;
  return draft;
}

export function goalDraft(goal: FormGoal): GoalDraft {
  return {
    title: goal.title,
    field: goal.field,
    masterPlanCodes: goal.masterPlanCodes,
    basicPolicyCodes: goal.basicPolicyCodes,
    measureSheetCodes: goal.measureSheetCodes,
    targetStatement: goal.targetStatement,
    initiatives: goal.initiatives.map(initiativeDraft),
    indicators: goal.indicators.map(indicatorDraft),
  };
}

/** A starting point's goals as the form holds them. */
export function formGoals(template: PlanTemplate): FormGoal[] {
  const text = (value: unknown) =>
    typeof value === "string" ? value : value === undefined || value === null ? "" : String(value);
  return template.goals.map((goal) => ({
    ...emptyGoal(),
    title: text(goal.title),
    field: text(goal.field),
    masterPlanCodes: codes(goal.masterPlanCodes),
    basicPolicyCodes: codes(goal.basicPolicyCodes),
    measureSheetCodes: codes(goal.measureSheetCodes),
    targetStatement: text(goal.targetStatement),
    initiatives: (goal.initiatives ?? []).map((i) => ({
      ...emptyInitiative(),
      text: text(i.text),
      section: text(i.section),
    })),
    indicators: (goal.indicators ?? []).map((i) => ({
      ...emptyIndicator(),
      name: text(i.name),
      unit: text(i.unit),
      direction: i.direction ?? "up",
      method: i.method ?? "ratio",
      baseline: text(i.baseline),
      target: text(i.target),
      weight: text(i.weight),
    })),
  }));
}

function codes(value: string | readonly string[] | undefined): string {
  if (value === undefined) return "";
  return typeof value === "string" ? value : value.join("、");
}
