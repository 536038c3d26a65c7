/**
 * What the pane shows of the active sheet before adding to it: whether it may be edited (and if not,
 * why), and its goals — number, title, how many initiatives and indicators each has — so a person picks
 * the goal to add to. Numbered goal rows with nothing typed yet are listed too (untitled).
 */
import type { Bilingual } from "../messages";
import { readHeaderCells, headerText } from "../sheet/header/read-header";
import { type EditableSheet, type GoalRow, editableSheet, goalTitle } from "./sheet-rows";
import type { SheetSnapshot } from "../workbook/snapshot";

export interface OutlineGoal {
  readonly no: number;
  /** "" for a numbered row still empty. */
  readonly title: string;
  readonly initiatives: number;
  readonly indicators: number;
}

export type SheetOutline =
  | {
      readonly status: "editable";
      readonly sheet: string;
      readonly department: string;
      readonly goals: readonly OutlineGoal[];
      /** What can be added: goals and initiatives need the goals table, indicators the KPI table. */
      readonly canAddGoals: boolean;
      readonly canAddIndicators: boolean;
    }
  | { readonly status: "refused"; readonly sheet: string | null; readonly message: Bilingual };

export function sheetOutline(sheet: SheetSnapshot): SheetOutline {
  const read = editableSheet(sheet);
  if (!read.ok) return { status: "refused", sheet: sheet.name, message: read.message };
  return outlineOf(read.editable);
}

/** The outline once `added` is in: the goal's title and counts as they will read (a fresh read gives the same). */
export function outlineAfter(
  outline: SheetOutline,
  added: {
    readonly goalNo: number;
    readonly title?: string;
    readonly initiatives: number;
    readonly indicators: number;
  },
): SheetOutline {
  if (outline.status !== "editable") return outline;
  const found = outline.goals.find((g) => g.no === added.goalNo);
  const goal: OutlineGoal = {
    no: added.goalNo,
    title: added.title ?? found?.title ?? "",
    initiatives: (found?.initiatives ?? 0) + added.initiatives,
    indicators: (found?.indicators ?? 0) + added.indicators,
  };
  const goals = [...outline.goals.filter((g) => g.no !== added.goalNo), goal].sort((a, b) => a.no - b.no);
  return { ...outline, goals };
}

export function outlineOf(editable: EditableSheet): SheetOutline {
  const { sheet, metadata } = editable;
  const byGoal = new Map<number, GoalRow[]>();
  for (const row of editable.goalRows) {
    if (row.no !== null) byGoal.set(row.no, [...(byGoal.get(row.no) ?? []), row]);
  }
  const indicators = (no: number) => editable.kpiRows.filter((r) => !r.blank && r.goalNo === no).length;
  // Without a goals table, the goals the indicators name.
  const numbers = editable.goals
    ? [...byGoal.keys()]
    : [...new Set(editable.kpiRows.filter((r) => !r.blank).flatMap((r) => (r.goalNo === null ? [] : [r.goalNo])))];
  const goals = numbers
    .sort((a, b) => a - b)
    .map((no) => {
      const rows = byGoal.get(no) ?? [];
      return {
        no,
        title: goalTitle(rows),
        initiatives: rows.filter((r) => r.initiative).length,
        indicators: indicators(no),
      };
    });
  return {
    status: "editable",
    sheet: sheet.name,
    department: headerText(readHeaderCells(sheet), "name")?.trim() || metadata.department || sheet.name,
    goals,
    canAddGoals: editable.goals !== null,
    canAddIndicators: editable.kpi !== null,
  };
}
