/**
 * Goals of a sheet laid out by hand, besides section titles (sections.ts):
 * - goal blocks as seed 000 (柏原) lays them out: a label row `No | 目標 | (5) | … | 分野 | 市政運営 |
 *   令和7年度達成状況` with the title under it and the letter typed under 達成状況;
 * - tables of numbered goals as seed 003 (豊中): `No | 当年度目標 | 実績 | 課題・今後の方向性`, maybe a
 *   自己評価 column; one numbered row per goal, rows without a number belong to the goal above;
 * - a plain list's 重点目標 column (its rows numbered in blocks.ts).
 */
import type { CellBlock } from "./blocks";
import { isIndicatorHeader } from "./blocks";
import { type Grid, type Meanings, keysOf } from "./grid";
import { headerKey, headerMeaning } from "./words";

/** A goal with the cells it was read from. */
export interface CellGoal {
  readonly no: number;
  readonly title: string;
  readonly titleCell: { readonly row: number; readonly column: number };
  /** The cell holding the goal's own 達成度 / 達成状況 letter, when the layout has one. */
  readonly gradeCell: { readonly row: number; readonly column: number } | null;
  readonly field: string;
  readonly masterPlanCodes: readonly string[];
  readonly measureSheetCodes: readonly string[];
}

const GOAL_LABEL = "目標";
const FIELD_LABEL = "分野";
const SMALL_NUMBER = /^[0-9０-９]{1,2}$/;

function smallNumber(text: string | null): number | null {
  return text !== null && SMALL_NUMBER.test(text) ? Number(text.normalize("NFKC")) : null;
}

/** The goal blocks of seed 000: each a label row (no 指標 in it) and the title row under it. */
export function goalBlocks(grid: Grid): CellGoal[] {
  const goals: CellGoal[] = [];
  for (let row = grid.top; row < grid.end - 1; row++) {
    const cells = grid.textCells(row);
    const goalLabel = cells.find((c) => headerKey(c.text) === GOAL_LABEL);
    const fieldLabel = cells.find((c) => headerKey(c.text) === FIELD_LABEL);
    const gradeLabel = cells.find((c) => headerMeaning(c.text)?.key === "grade");
    if (!goalLabel || !fieldLabel || !gradeLabel || keysOf(grid.rowMeanings(row)).has("name")) continue;
    const numberAt = (r: number) => {
      for (let column = grid.left; column < goalLabel.column; column++) {
        const value = grid.value(r, column);
        const no =
          typeof value === "number" && Number.isInteger(value) && value > 0 ? value : smallNumber(grid.text(r, column));
        if (no !== null) return { no, column };
      }
      return null;
    };
    const number = numberAt(row) ?? numberAt(row + 1);
    const titleCell = grid
      .textCells(row + 1)
      .find((c) => c.column < gradeLabel.column && c.column !== number?.column && smallNumber(c.text) === null);
    if (!titleCell) continue;
    const code = grid.text(row, goalLabel.column + 1);
    goals.push({
      no: number?.no ?? goals.length + 1,
      title: titleCell.text,
      titleCell: { row: row + 1, column: titleCell.column },
      gradeCell: { row: row + 1, column: gradeLabel.column },
      field: grid.text(row, fieldLabel.column + 1) ?? "",
      masterPlanCodes: code !== null && /^[(（]?[0-9０-９]/.test(code) ? [`${GOAL_LABEL}${code}`] : [],
      measureSheetCodes: [],
    });
    row += 1;
  }
  return goals;
}

/** A header of goals: a No. column and a goal column (当年度目標, 重点目標), and no indicator column. */
function isGoalHeader(meanings: Meanings): boolean {
  const keys = keysOf(meanings);
  return keys.has("goalNo") && (keys.has("goalTitle") || keys.has("target")) && !keys.has("name");
}

/** The tables of numbered goals (seed 003): each goal's first line as its title, a 評価 letter as its grade. */
export function goalTables(grid: Grid): CellGoal[] {
  const goals: CellGoal[] = [];
  for (let row = grid.top; row < grid.end; row++) {
    const header = grid.headerAt(row, isGoalHeader);
    if (!header) continue;
    const column = (key: string) => header.cells.find((h) => h.meaning?.key === key)?.column;
    const noColumn = column("goalNo");
    const titleColumn = column("goalTitle") ?? column("target");
    const gradeColumn = column("grade");
    if (noColumn === undefined || titleColumn === undefined) continue;
    let last = row + header.rows - 1;
    for (let r = last + 1; r < grid.end; r++) {
      const meanings = grid.rowMeanings(r);
      if (
        grid.isBlankRow(r, grid.left, grid.left + grid.columns - 1) ||
        isGoalHeader(meanings) ||
        isIndicatorHeader(meanings)
      )
        break;
      last = r;
      const value = grid.value(r, noColumn);
      const no =
        typeof value === "number" && Number.isInteger(value) && value > 0 ? value : smallNumber(grid.text(r, noColumn));
      const title = grid.text(r, titleColumn)?.split(/\r?\n/)[0]?.trim() ?? "";
      if (no === null || title === "") continue;
      goals.push({
        no,
        title,
        titleCell: { row: r, column: titleColumn },
        gradeCell: gradeColumn === undefined ? null : { row: r, column: gradeColumn },
        field: "",
        masterPlanCodes: [],
        measureSheetCodes: [],
      });
    }
    row = last;
  }
  return goals;
}

/** Goals of a plain list: one per number its rows were given (blocks.ts), titled by its first row. */
export function listGoals(grid: Grid, blocks: readonly CellBlock[]): CellGoal[] {
  const goals = new Map<number, CellGoal>();
  for (const block of blocks) {
    const titleColumn = block.goalTitleColumn;
    if (titleColumn === null) continue;
    for (const [row, no] of block.rowGoals) {
      const title = grid.text(row, titleColumn);
      if (title === null || goals.has(no)) continue;
      goals.set(no, {
        no,
        title,
        titleCell: { row, column: titleColumn },
        gradeCell: null,
        field: "",
        masterPlanCodes: [],
        measureSheetCodes: [],
      });
    }
  }
  return [...goals.values()];
}
