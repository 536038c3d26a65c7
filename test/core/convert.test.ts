/**
 * 「Tassei 形式に変換」 in the core: a hand-made sheet becomes a Tassei department sheet on a new sheet
 * that reads back to the same department and grades to the same figures (one truth), while the
 * hand-made sheet is only read.
 */
import { planConvertHandMade } from "../../src/core/convert/plan-convert";
import { message } from "../../src/core/messages";
import { gradeSheet } from "../../src/core/grade/grade-sheet";
import { readMetadata } from "../../src/core/sheet/metadata";
import { readDepartmentSheet } from "../../src/core/sheet/read-department";
import type { SheetSnapshot, WorkbookSnapshot } from "../../src/core/workbook/snapshot";
import { gridSheet } from "../support/grid-sheet";
import {
  HIRAKATA,
  KASHIWARA,
  KAWANISHI_YEAR_END,
  PLAIN_LIST,
  TWO_ORDERS,
  TWO_ROW_HEADER,
  type HandMadeSheet,
} from "../support/hand-made-workbooks";
import { snapshotOfPlan } from "./sheet/support";

const OPTIONS = { now: new Date("2026-03-31T09:00:00Z"), lowerIsBetter: "ratio" as const, mayConvert: () => false };

function workbookOf(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return {
    sheetNames: sheets.map((s) => s.name),
    tableNames: [],
    sheets,
    activeSheet: sheets[0]?.name ?? null,
    structureProtected: false,
  };
}

function converted(fixture: HandMadeSheet) {
  const source = gridSheet(fixture.name, fixture.rows, fixture.at ? { at: fixture.at } : {});
  const run = planConvertHandMade(workbookOf(source), fixture.name);
  if (!run.ok) throw new Error(run.message.en);
  const [plan] = run.plan.sheets;
  if (!plan) throw new Error("no sheet planned");
  return { source, run, plan, made: snapshotOfPlan(plan) };
}

const grades = (sheet: SheetSnapshot) => {
  const result = gradeSheet(sheet, OPTIONS)?.result;
  return {
    indicators: result?.tables.flatMap((t) => t.indicators.map((i) => [i.name, i.rateText, i.grade])),
    department: [result?.department.grade, result?.department.rateText],
  };
};

describe("convert a hand-made sheet to Tassei's layout", () => {
  it.each([HIRAKATA, KAWANISHI_YEAR_END, TWO_ROW_HEADER, TWO_ORDERS])(
    "$name: the new sheet grades to the same figures as the hand-made one",
    (fixture) => {
      const { source, made, run } = converted(fixture);
      expect(run.sheet).toBe(`${fixture.name}（Tassei）`);
      expect(readMetadata(made.properties)?.kind).toBe("department");
      expect(grades(made)).toEqual(grades(source));
    },
  );

  it("keeps the department, its year, its goals and every indicator as the hand-made sheet reads", () => {
    const { source, made } = converted(HIRAKATA);
    const before = readDepartmentSheet(source);
    const after = readDepartmentSheet(made);
    if (!before.ok || !after.ok) throw new Error("unreadable");
    expect(after.department).toMatchObject({ name: "市長公室", fiscalYear: 2025 });
    expect(after.department.goals.map((g) => [g.no, g.title, g.measureSheetCodes])).toEqual(
      before.department.goals.map((g) => [g.no, g.title, g.measureSheetCodes]),
    );
    expect(after.department.indicators).toEqual(before.department.indicators);
    // The actuals as typed, 作業中 included.
    expect(after.department.indicators.map((i) => i.actual)).toEqual([
      "70,200 件",
      "504 人",
      "延べ 14 人",
      "99%(見込み) ※7月頃確定",
      "作業中",
    ]);
  });

  it("puts rows that belong to no goal under one goal that says so", () => {
    const { made } = converted(KAWANISHI_YEAR_END);
    const read = readDepartmentSheet(made);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.department.goals.map((g) => [g.no, g.title])).toEqual([[1, message("convert.noGoalTitle", "ja")]]);
    expect(read.department.indicators).toHaveLength(4);
  });

  it("carries a letter typed for a goal or a qualitative indicator as its 手入力評価, which then asks for a reason", () => {
    const kashiwara = readDepartmentSheet(converted(KASHIWARA).made);
    if (!kashiwara.ok) throw new Error(JSON.stringify(kashiwara.problems));
    expect(kashiwara.department.goals.map((g) => [g.no, g.manualGrade, g.field])).toEqual([
      [1, "A", "市政運営"],
      [2, "B", "行財政運営"],
      [3, "C", "行財政運営"],
      [4, "E", "防災"],
    ]);
    const plain = readDepartmentSheet(converted(PLAIN_LIST).made);
    if (!plain.ok) throw new Error(JSON.stringify(plain.problems));
    expect(plain.department.indicators.map((i) => [i.name, i.direction, i.manualGrade])).toEqual([
      ["1人1日あたりごみ排出量", "down", null],
      ["リサイクル率", "up", null],
      ["公共施設の太陽光発電設備導入数", "up", null],
      ["環境学習講座の開催", "up", null],
      ["市民団体との協働事業", "up", "A"],
    ]);
  });

  it("never takes an existing sheet's name, and refuses what is not a hand-made sheet", () => {
    const source = gridSheet(HIRAKATA.name, HIRAKATA.rows);
    const taken = gridSheet(`${HIRAKATA.name}（Tassei）`, [["x"]]);
    const run = planConvertHandMade(workbookOf(source, taken), HIRAKATA.name);
    expect(run.ok && run.sheet).toBe(`${HIRAKATA.name}（Tassei） 2`);
    const tassei = converted(HIRAKATA).made;
    const again = planConvertHandMade(workbookOf(tassei), tassei.name);
    expect(again.ok).toBe(false);
    expect(again.ok || again.message.ja).toContain("変換できません");
    const memo = planConvertHandMade(workbookOf(gridSheet("メモ", [["打合せメモ"]])), "メモ");
    expect(memo.ok).toBe(false);
  });
});
