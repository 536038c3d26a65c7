/**
 * Goals written as section titles above their indicators, alone in their row: 重点的な取り組み:…
 * (枚方), 重点目標 1 … / 重点目標１：… (柏原). A goal keeps the number written in its title; goals written
 * without one are numbered after the highest written number, in sheet order, so two goals never share
 * a number. A 【施策シート:29-01】 line under a title is that goal's measure-sheet code.
 */
import type { Grid } from "./grid";
import { headerMeaning } from "./words";

export interface SectionGoal {
  readonly no: number;
  readonly title: string;
  readonly cell: { readonly row: number; readonly column: number };
  readonly measureSheetCodes: readonly string[];
}

const GOAL_TITLE =
  /^(?:重点的な取り?組み?|重点目標|重点取組|重点施策)\s*(?:(?<no>[0-9]{1,2}|[①-⑳])\s*)?[:：.．、\s]\s*(?<title>\S.*)$/s;
const MEASURE_SHEET = /施策シート\s*[:：]\s*(?<code>[0-9][0-9\-‐ー－]*)/;
/** A row that opens a new part of the document: 【…】, <…>, ■ …, "2. …", ①…. */
const SECTION_MARK = /^(?:【|<|＜|■|□|●|◆|◇|[0-9]{1,2}[.．]\s|[①-⑳])/;

/** A goal title's number (written, or null) and text; null when the text is no goal title. */
function goalTitle(text: string): { no: number | null; title: string } | null {
  const match = GOAL_TITLE.exec(text.normalize("NFKC"));
  const title = match?.groups?.title?.trim();
  if (!match?.groups || !title || title.length < 2 || headerMeaning(title) !== null) return null;
  const written = match.groups.no;
  return { no: written === undefined ? null : circledOrNumber(written), title };
}

function circledOrNumber(text: string): number {
  const c = text.charCodeAt(0);
  return c >= 0x2460 && c <= 0x2473 ? c - 0x2460 + 1 : Number(text);
}

/** The row's only text, or null when it holds none or more than one. */
function onlyText(grid: Grid, row: number): { column: number; text: string } | null {
  const cells = grid.textCells(row);
  return cells.length === 1 ? (cells[0] ?? null) : null;
}

/** A row that ends an indicator block: a goal title or a new section, alone in its row. */
export function isSectionTitle(grid: Grid, row: number): boolean {
  const only = onlyText(grid, row);
  if (only === null) return false;
  return goalTitle(only.text) !== null || SECTION_MARK.test(only.text.normalize("NFKC"));
}

const sections = new WeakMap<Grid["sheet"], readonly SectionGoal[]>();

/** Every goal written as a section title, in sheet order. */
export function sectionGoals(grid: Grid): readonly SectionGoal[] {
  const known = sections.get(grid.sheet);
  if (known) return known;
  const found: { no: number | null; title: string; cell: { row: number; column: number }; codes: string[] }[] = [];
  for (let row = grid.top; row < grid.end; row++) {
    const only = onlyText(grid, row);
    if (only === null) continue;
    const goal = goalTitle(only.text);
    if (goal) {
      found.push({ ...goal, cell: { row, column: only.column }, codes: [] });
      continue;
    }
    const code = MEASURE_SHEET.exec(only.text.normalize("NFKC"))?.groups?.code;
    const current = found[found.length - 1];
    if (code !== undefined && current) current.codes.push(code.replace(/[‐ー－]/g, "-"));
  }
  let next = Math.max(0, ...found.map((g) => g.no ?? 0));
  const taken = new Set<number>();
  const goals = found.map(({ no, title, cell, codes }) => {
    const number = no !== null && !taken.has(no) ? no : ++next;
    taken.add(number);
    return { no: number, title, cell, measureSheetCodes: codes };
  });
  sections.set(grid.sheet, goals);
  return goals;
}
