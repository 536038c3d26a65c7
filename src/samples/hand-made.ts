/**
 * A department sheet laid out by hand, as cities keep them (no Excel table, no Tassei metadata), for the
 * preview: a title with the year, a goal as a section title, an indicator table with 令和7年度 merged over
 * 目標値 | 実績値, a lower-is-better target written 以下, a column Tassei cannot name (年度末見込) and a
 * qualitative indicator graded by a letter typed in 評価. The words are the seeds' (枚方, 柏原).
 */
import { emptySheetPlan, type PlannedCell, type SheetPlan } from "../core/workbook/plan";

export const HAND_MADE_SHEET_NAME = "都市整備部（手作り）";

const ROWS: readonly (readonly PlannedCell[])[] = [
  ["令和7年度 都市整備部の運営方針"],
  [],
  ["重点的な取り組み:安全で快適な道路と住まい"],
  ["取り組みの成果を測る指標", "令和7年度", undefined, "年度末見込", "評価"],
  [undefined, "目標値", "実績値", undefined, undefined],
  ["市営住宅の長寿命化改修戸数", "120 戸", "96 戸", "100 戸", undefined],
  ["道路補修の苦情対応日数", "5日以内", "4日", undefined, undefined],
  ["通学路の安全点検の実施", undefined, undefined, undefined, "A"],
];

export function handMadeSheetPlan(): SheetPlan {
  return {
    ...emptySheetPlan(HAND_MADE_SHEET_NAME, "create"),
    blocks: [{ anchor: { row: 0, column: 0 }, rows: ROWS }],
    columnWidths: [
      { column: 0, points: 220 },
      { column: 1, points: 80 },
      { column: 2, points: 80 },
      { column: 3, points: 80 },
    ],
  };
}
