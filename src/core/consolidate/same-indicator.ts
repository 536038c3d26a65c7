/**
 * Which indicator of one year is which of another (年度推移 #18, 前年度からの変化 #19): the one rule both
 * follow. An indicator whose name is found once in its department's sheet is the same across years by its
 * name (NFKC, spaces ignored), wherever its goal moved (goals are renumbered from year to year). A name found
 * more than once is told apart by its goal — by the goal's title, as goals are matched across years, or its
 * number where it has none — and, within one goal, by order: the first is the first of the year before. A
 * department may count 参加者数 under two goals, and those are two indicators.
 *
 * Where a list would show two identical names, each says which goal it belongs to (and which of its goal's
 * indicators of that name, when its goal has two); a name found once in the list is shown as it is.
 */
import { sameTextKey } from "./same-text";
import type { GradedIndicator, GradeResult } from "../grade";
import { type Language, message } from "../messages";

/** Where an indicator whose name is not unique in its list sits, so a reader can tell it from the others. */
export interface IndicatorPlace {
  /** Its goal's number; null when it belongs to no goal. */
  readonly goalNo: number | null;
  /** Its order among its goal's indicators of that name (1 = the first); null when its goal has one. */
  readonly nth: number | null;
}

export interface KeyedIndicator {
  /** The same for the same indicator in every year. */
  readonly key: string;
  readonly indicator: GradedIndicator;
  /** Its order among its goal's indicators of the same name, 1 for the first. */
  readonly nth: number;
}

/** A sheet's graded indicators in order, each with the key that finds it in another year. */
export function keyedIndicators(result: Pick<GradeResult, "tables" | "goals">): KeyedIndicator[] {
  const indicators = result.tables.flatMap((table) => table.indicators);
  const named = new Map<string, number>();
  for (const indicator of indicators) {
    const name = sameTextKey(indicator.name);
    named.set(name, (named.get(name) ?? 0) + 1);
  }
  const titles = new Map(result.goals.map((goal) => [goal.no, sameTextKey(goal.title)] as const));
  const seen = new Map<string, number>();
  return indicators.map((indicator) => {
    const name = sameTextKey(indicator.name);
    const goal = indicator.goalNo === null ? "-" : titles.get(indicator.goalNo) || `#${indicator.goalNo}`;
    const goalAndName = `${goal}:${name}`;
    const nth = (seen.get(goalAndName) ?? 0) + 1;
    seen.set(goalAndName, nth);
    const key = named.get(name) === 1 ? `name:${name}` : `goal:${goalAndName}:${nth}`;
    return { key, indicator, nth };
  });
}

/**
 * For each of one list's indicators (one department's), what tells it from another of the same name in that
 * list: undefined when its name is found once, so that a unique name is shown unchanged.
 */
export function indicatorPlaces(
  items: readonly { readonly name: string; readonly goalNo: number | null; readonly nth: number }[],
): (IndicatorPlace | undefined)[] {
  return items.map((item) => {
    const sameNamed = items.filter((other) => sameTextKey(other.name) === sameTextKey(item.name));
    if (sameNamed.length < 2) return undefined;
    const sameGoal = sameNamed.filter((other) => other.goalNo === item.goalNo);
    return { goalNo: item.goalNo, nth: sameGoal.length < 2 ? null : item.nth };
  });
}

/** An indicator's name as a list shows it: with its goal (参加者数（目標1）) when the name alone is ambiguous. */
export function indicatorLabel(name: string, place: IndicatorPlace | undefined, language: Language): string {
  if (place === undefined) return name;
  const { goalNo, nth } = place;
  if (goalNo === null) {
    return nth === null
      ? message("consolidate.indicator.noGoal", language, { name })
      : message("consolidate.indicator.noGoalNth", language, { name, nth });
  }
  return nth === null
    ? message("consolidate.indicator.ofGoal", language, { name, no: goalNo })
    : message("consolidate.indicator.ofGoalNth", language, { name, no: goalNo, nth });
}
