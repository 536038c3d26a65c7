/**
 * Adding to a Tassei sheet, as plans: where the rows go, what they hold, what is set again over the grown
 * columns, and what is refused. Expected rows and ranges are worked out by hand from the layout described
 * in support.ts (rows as Excel numbers them; plans count from 0).
 */
import { planSheetEdit } from "../../../src/core/edit/plan-edit";
import { sheetOutline } from "../../../src/core/edit/outline";
import { GOAL_COLUMNS } from "../../../src/core/sheet/goals/goals-table";
import { KPI_COLUMNS } from "../../../src/core/sheet/kpi/kpi-table";
import { rangeAddress, parseCellAddress } from "@tassei/excel-rules";
import { type SheetPlan, isFormula } from "../../../src/core/workbook/plan";
import type { SheetSnapshot } from "../../../src/core/workbook/snapshot";
import { handMadeSheetPlan } from "../../../src/samples/hand-made";
import { plannedAt, snapshotOfPlan, withCells } from "../sheet/support";
import { THREE_GOALS, insertedPlan } from "./support";

const sheet = () => snapshotOfPlan(insertedPlan(THREE_GOALS));
const goalColumn = (key: string) => GOAL_COLUMNS.findIndex((c) => c.key === key);
const kpiColumn = (key: string) => KPI_COLUMNS.findIndex((c) => c.key === key);
const at = (plan: SheetPlan, address: string) => {
  const { row, column } = parseCellAddress(address);
  return plannedAt(plan, row, column);
};

function planned(snapshot: SheetSnapshot, edit: Parameters<typeof planSheetEdit>[1]) {
  const result = planSheetEdit(snapshot, edit);
  if (!result.ok) throw new Error(result.problems.map((p) => p.en).join("; "));
  return result;
}

describe("an indicator added to goal 2 of a three-goal sheet", () => {
  const result = planned(sheet(), {
    kind: "indicator",
    goalNo: 2,
    indicator: { name: "協定先との共同事業数", unit: "件", direction: "up", target: "3", baseline: "1" },
  });
  const plan = result.plan;

  it("goes after goal 2's indicators, as row 28 of the KPI table: goal 3's row 28 moves to 29, the table to A24:Q39", () => {
    // Goal 2's indicators are data rows 1 and 2 (rows 26–27): the new row is data row 3, row 28.
    expect(plan.insertRows).toEqual([
      {
        table: "Tassei_KPI_1",
        index: 3,
        count: 1,
        range: { row: 27, column: 0, rowCount: 1, columnCount: KPI_COLUMNS.length },
      },
    ]);
    expect(rangeAddress(plan.insertRows![0]!.range)).toBe("A28:Q28");
    // The grown body, A25:Q39 (17 columns since the mid-year check), gets its dropdowns and grade colours again.
    expect(plan.validations.map((v) => rangeAddress(v.range))).toEqual(["D25:D39", "E25:E39", "I25:I39", "L25:L39"]);
    expect(plan.conditionalFormats.map((f) => rangeAddress(f.range))).toEqual(["K25:K39", "Q25:Q39"]);
  });

  it("holds what was entered, the goal's number and the live formulas of its own row", () => {
    expect(at(plan, "A28")).toBe(2);
    expect(at(plan, "B28")).toBe("協定先との共同事業数");
    expect(at(plan, "C28")).toBe("件");
    expect(at(plan, "D28")).toBe("増加");
    expect(at(plan, "F28")).toBe(1);
    expect(at(plan, "G28")).toBe(3);
    expect(at(plan, "N28")).toBe(1);
    const rate = at(plan, "J28");
    expect(isFormula(rate) && rate.formula).toBe(
      '=IF(H28="","",IF(AND(ISNUMBER(G28),ISNUMBER(H28),G28>0,OR(D28="",D28="増加"),OR(E28="",E28="比率"),OR(I28="",I28="確定",I28="見込み")),H28/G28,"評価ボタンで判定"))',
    );
    expect(isFormula(rate) && rate.result).toBe("");
    const grade = at(plan, "K28");
    // The bounds are the legend's, printed in A10–A13.
    expect(isFormula(grade) && grade.formula).toContain('IF(J28>=$A$10,"A",IF(J28>=$A$11,"B"');
    // Nothing else is written: no cell of another row.
    expect(plan.blocks.map((b) => b.anchor)).toEqual([{ row: 27, column: 0 }]);
    expect(plan.activate).toEqual({ select: { row: 27, column: kpiColumn("name") } });
  });

  it("moves nothing of the goals table and leaves printing alone (the KPI table is the lower one)", () => {
    expect(plan.insertRows!.some((i) => i.table.startsWith("Tassei_Goals"))).toBe(false);
    expect(plan.rowBreaks).toBeUndefined();
    expect(plan.mode).toBe("update");
    expect(plan.properties).toEqual({});
  });

  it("says what it added, and the outline counts it", () => {
    expect(result.done.ja).toBe("重点目標 2 に指標「協定先との共同事業数」を追加しました。");
    expect(result.outline.status === "editable" && result.outline.goals.map((g) => g.indicators)).toEqual([1, 3, 1]);
  });
});

describe("an initiative added to goal 1", () => {
  const plan = planned(sheet(), {
    kind: "initiative",
    goalNo: 1,
    initiative: { text: "広報紙の全戸配布", section: "秘書広報課" },
  }).plan;

  it("goes after goal 1's two, as row 20: goals 2 and 3 move to rows 21–22, the table to A17:Q22", () => {
    expect(plan.insertRows).toEqual([
      { table: "Tassei_Goals_1", index: 2, count: 1, range: { row: 19, column: 0, rowCount: 1, columnCount: 17 } },
    ]);
    expect(plan.validations.map((v) => rangeAddress(v.range))).toEqual(["M18:M22"]);
    expect(plan.conditionalFormats.map((f) => rangeAddress(f.range))).toEqual(["M18:M22", "Q18:Q22"]);
  });

  it("repeats the goal's own cells, numbers the initiative 3 and holds its text and section", () => {
    expect(at(plan, "A20")).toBe(1);
    expect(at(plan, "B20")).toBe("シティプロモーションの強化");
    expect(at(plan, "C20")).toBe("(5)");
    expect(at(plan, "F20")).toBe("市政運営");
    expect(at(plan, "H20")).toBe(3);
    expect(at(plan, "I20")).toBe("広報紙の全戸配布");
    expect(at(plan, "J20")).toBe("秘書広報課");
    expect(plan.activate).toEqual({ select: { row: 19, column: goalColumn("initiative") } });
  });

  it("moves the KPI table below whole, one row down (A25:Q39), with no page break yet (21 rows is not long)", () => {
    // The goals table's body is now 5 rows: no page of its own for the KPI table, and no break is left.
    expect(plan.rowBreaks).toEqual([]);
  });
});

describe("an initiative added to goal 3, which has none yet", () => {
  it("fills goal 3's own row (row 21) instead of adding one", () => {
    const plan = planned(sheet(), {
      kind: "initiative",
      goalNo: 3,
      initiative: { text: "", section: "危機管理課" },
    }).plan;
    expect(plan.insertRows).toEqual([]);
    expect(plan.blocks).toHaveLength(1);
    expect(at(plan, "H21")).toBe(1);
    expect(at(plan, "J21")).toBe("危機管理課");
    // Only the initiative's cells: the goal's are there already.
    expect(at(plan, "A21")).toBeUndefined();
    expect(at(plan, "B21")).toBeUndefined();
    expect(plan.validations).toEqual([]);
  });
});

describe("a goal added to a three-goal sheet", () => {
  const result = planned(sheet(), {
    kind: "goal",
    goal: {
      title: "職員の能力向上",
      basicPolicyCodes: "64、70",
      initiatives: [{ text: "階層別研修", section: "人事課" }],
      indicators: [{ name: "研修の受講者数", unit: "人", target: "300", weight: "2" }],
    },
  });
  const plan = result.plan;

  it("is goal 4: a goals row 22 (table A17:Q22), and its indicator after goal 3's, row 30 of A25:Q40", () => {
    expect(result.goalNo).toBe(4);
    expect(plan.insertRows).toEqual([
      { table: "Tassei_Goals_1", index: 4, count: 1, range: { row: 21, column: 0, rowCount: 1, columnCount: 17 } },
      // Data row 4 of the KPI table, which starts a row lower (header row 25): row 30.
      { table: "Tassei_KPI_1", index: 4, count: 1, range: { row: 29, column: 0, rowCount: 1, columnCount: 17 } },
    ]);
    expect(at(plan, "A22")).toBe(4);
    expect(at(plan, "B22")).toBe("職員の能力向上");
    expect(at(plan, "D22")).toBe("64\n70");
    expect(at(plan, "H22")).toBe(1);
    expect(at(plan, "I22")).toBe("階層別研修");
    expect(at(plan, "A30")).toBe(4);
    expect(at(plan, "B30")).toBe("研修の受講者数");
    expect(at(plan, "N30")).toBe(2);
    const rate = at(plan, "J30");
    expect(isFormula(rate) && rate.formula).toContain("H30/G30");
    expect(plan.validations.map((v) => rangeAddress(v.range))).toEqual([
      "M18:M22",
      "D26:D40",
      "E26:E40",
      "I26:I40",
      "L26:L40",
    ]);
    expect(result.done.en).toBe("Added goal 4 “職員の能力向上” (1 initiatives, 1 indicators).");
  });
});

describe("a sheet made with numbered goal rows still empty", () => {
  const blank = () => snapshotOfPlan(insertedPlan({ department: "環境部", fiscalYear: "R7", goalCount: 3 }));

  it("gives a new goal the first numbered row, keeping its number as typed", () => {
    // Goals table A17:Q20: rows 18–20 numbered 1, 2, 3 and empty.
    const result = planned(blank(), { kind: "goal", goal: { title: "脱炭素の推進", field: "環境" } });
    expect(result.goalNo).toBe(1);
    expect(result.plan.insertRows).toEqual([]);
    expect(at(result.plan, "A18")).toBeUndefined();
    expect(at(result.plan, "B18")).toBe("脱炭素の推進");
    expect(at(result.plan, "F18")).toBe("環境");
  });

  it("takes the next numbered row once the first is a goal", () => {
    const first = withCells(blank(), { B18: "脱炭素の推進" });
    expect(planned(first, { kind: "goal", goal: { title: "ごみの減量" } }).goalNo).toBe(2);
    const all = withCells(blank(), { B18: "一", B19: "二", B20: "三" });
    const fourth = planned(all, { kind: "goal", goal: { title: "四" } });
    expect(fourth.goalNo).toBe(4);
    expect(fourth.plan.insertRows?.map((i) => [i.table, i.index, rangeAddress(i.range)])).toEqual([
      ["Tassei_Goals_1", 3, "A21:Q21"],
    ]);
  });

  it("lists the numbered rows as goals without a title, and refuses an initiative for one", () => {
    const outline = sheetOutline(blank());
    expect(outline.status === "editable" && outline.goals.map((g) => [g.no, g.title])).toEqual([
      [1, ""],
      [2, ""],
      [3, ""],
    ]);
    const refused = planSheetEdit(blank(), { kind: "initiative", goalNo: 2, initiative: { text: "x" } });
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.problems[0]!.ja).toBe(
        "重点目標 2 にはまだ名前がありません。先に重点目標の名前を入力してください。",
      );
  });

  it("puts the first indicator of a sheet without any at the top of the KPI table", () => {
    const plan = planned(blank(), {
      kind: "indicator",
      goalNo: 2,
      indicator: { name: "CO2 排出量", direction: "down" },
    }).plan;
    // KPI table A23:Q33 (a goals body of three rows): data row 0 is row 24.
    expect(plan.insertRows?.map((i) => [i.index, rangeAddress(i.range)])).toEqual([[0, "A24:Q24"]]);
    expect(at(plan, "D24")).toBe("減少");
  });
});

describe("what a person typed", () => {
  it("is never written over: a goal's grade by hand and grading's formula grade are repeated on its new row as they are", () => {
    const typed = withCells(sheet(), { M18: "A", M20: '="B"', H28: 900, P18: "来年度も継続" });
    const one = planned(typed, { kind: "initiative", goalNo: 1, initiative: { text: "動画配信" } }).plan;
    expect(at(one, "M20")).toBe("A");
    expect(at(one, "P20")).toBe("来年度も継続");
    const two = planned(typed, { kind: "initiative", goalNo: 2, initiative: { text: "包括協定" } }).plan;
    // Goal 2's row 20 keeps its place (nothing inserted above it); its new row is 21.
    expect(at(two, "M21")).toEqual({ formula: '="B"', result: "" });
    // No block writes row 28 (goal 3's indicator with its actual): it moves with the table.
    expect(two.blocks.every((b) => b.anchor.row === 20)).toBe(true);
  });
});

describe("refusals", () => {
  it("refuses a sheet laid out by hand, saying how to make a Tassei sheet of it", () => {
    const handMade = snapshotOfPlan(handMadeSheetPlan());
    const result = planSheetEdit(handMade, { kind: "goal", goal: { title: "x" } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.ja).toContain("手作りのシートのため、変更しません");
    expect(sheetOutline(handMade).status).toBe("refused");
  });

  it("refuses a copy of Tassei's tables without its metadata: Tassei never writes a sheet it did not make", () => {
    const copy = { ...sheet(), properties: {} };
    const result = planSheetEdit(copy, { kind: "indicator", goalNo: 1, indicator: { name: "x" } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.en).toContain("was not made by Tassei");
  });

  it("refuses a protected sheet", () => {
    const result = planSheetEdit({ ...sheet(), protected: true }, { kind: "goal", goal: { title: "x" } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.ja).toContain("保護されている");
  });

  it("refuses a row that would split a table a person put beside and below the goals table", () => {
    const base = sheet();
    // A table of the person's own, R19:S30 (right of the 17-column tables): beside goal 1's rows and reaching below them.
    const theirs = {
      name: "自分の表",
      range: { row: 18, column: 17, rowCount: 12, columnCount: 2 },
      headers: ["a", "b"],
    };
    const wide = { name: "広い表", range: { row: 40, column: 0, rowCount: 3, columnCount: 18 }, headers: [] };
    const withBeside = { ...base, tables: [...base.tables, { ...theirs, range: { ...theirs.range, column: 16 } }] };
    const result = planSheetEdit(withBeside, { kind: "initiative", goalNo: 1, initiative: { text: "x" } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.ja).toContain("表「自分の表」が途中で分かれてしまう");
    // A table wider than the KPI table below it would be split too (only its first 17 columns would move).
    const withWide = { ...base, tables: [...base.tables, wide] };
    const below = planSheetEdit(withWide, { kind: "indicator", goalNo: 1, indicator: { name: "x" } });
    expect(below.ok).toBe(false);
    // One entirely right of the tables moves nothing and splits nothing.
    const aside = { ...base, tables: [...base.tables, theirs] };
    expect(planSheetEdit(aside, { kind: "initiative", goalNo: 1, initiative: { text: "x" } }).ok).toBe(true);
  });

  it("names the field of what must be corrected, and a goal that is not there", () => {
    const noName = planSheetEdit(sheet(), { kind: "indicator", goalNo: 1, indicator: { unit: "件", weight: "-1" } });
    expect(noName.ok).toBe(false);
    if (!noName.ok)
      expect(noName.problems.map((p) => [p.field, p.ja])).toEqual([
        ["name", "重点目標 1 の指標 2: 「指標」（指標の名前）を入力してください。"],
        ["weight", "重点目標 1 の指標 2: 「ウェイト」の「-1」は 0 以上の数で入力してください（空欄は 1）。"],
      ]);
    const missing = planSheetEdit(sheet(), { kind: "indicator", goalNo: 9, indicator: { name: "x" } });
    expect(!missing.ok && missing.problems[0]).toMatchObject({
      field: "goalNo",
      ja: "重点目標 9 はこのシートにありません。",
    });
    const blankGoal = planSheetEdit(sheet(), { kind: "goal", goal: { field: "防災" } });
    expect(!blankGoal.ok && blankGoal.problems[0]!.field).toBe("title");
  });
});
