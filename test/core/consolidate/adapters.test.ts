/**
 * The plan applied by each adapter and read back: the seeds through the .xlsx adapter (charts are not
 * asserted there: that writer is being added), and a department full of hostile texts through the
 * Office.js adapter on the in-memory Excel and through the .xlsx adapter, every text read back as the
 * text it was, never a formula.
 */
import { SUMMARY_SHEET_NAME, planConsolidation } from "../../../src/core/consolidate";
import type { DepartmentInput } from "../../../src/core/department/model";
import { planDepartmentSheet } from "../../../src/core/sheet/department-sheet";
import { formulaAt, valueAt } from "../../../src/core/workbook/snapshot";
import { type AdapterUnderTest, officeJsAdapter, xlsxAdapter } from "../../support/adapters";
import { HOSTILE_TEXTS } from "../../support/hostile";
import { sheetOf } from "../grade/support";
import { NOW, rowOfText, rowsOf, seedWorkbook } from "./support";

jest.setTimeout(120_000);

async function consolidate(adapter: AdapterUnderTest, now = NOW) {
  const snapshot = await adapter.read({ sheets: "all" });
  const run = planConsolidation(snapshot, [{ kind: "this-workbook", snapshot }], { now });
  if (!run.ok) throw new Error(run.message.en);
  await adapter.apply(run.plan);
  const after = await adapter.read({ sheets: "all" });
  return { run, before: snapshot, after, summary: sheetOf(after, SUMMARY_SHEET_NAME) };
}

describe("the seeds consolidated into an .xlsx file", () => {
  it("writes the summary cells, the live formulas as text for Excel to compute, and the ownership property", async () => {
    const adapter = xlsxAdapter();
    await seedWorkbook(adapter);
    const { before, after, summary } = await consolidate(adapter);
    const top = rowOfText(summary, "部局") + 1;
    // 令和7年度's four departments (政策推進部 平成25年度 is another year, skipped).
    expect(rowsOf(summary, top, 4, 9)).toEqual([
      ["政策推進部", 0, 0, 0, 0, 0, 0, 0, 4],
      ["市長公室", 4, 2, 0, 1, 1, 2, 10, 10],
      // 8割 against 80% and 全6回実施 against 6回: both A.
      ["都市経営部", 2, 0, 0, 0, 0, 0, 2, 5],
      ["総合政策部", 0, 3, 0, 1, 0, 2, 6, 8],
    ]);
    expect(valueAt(summary, top + 4, 0)).toBe("合計");
    expect(formulaAt(summary, top + 4, 1)).toBe(`=SUM(B${top + 1}:B${top + 4})`);
    // Read back from the file, the formulas' cached results: the four rows above added by hand.
    expect(rowsOf(summary, top + 4, 1, 9)).toEqual([["合計", 6, 5, 0, 2, 1, 4, 18, 27]]);
    expect(summary.numberFormats[top + 2 - (summary.used?.row ?? 0)]?.[9]).toBe("0.0%");
    const goals = rowOfText(summary, "重点目標一覧") + 2;
    expect(valueAt(summary, goals, 3)).toBe(
      "シティプロモーションの強化のため広報かしわらやウェブサイト、SNSなどを活用し、市政情報および本市の魅力を市内外に発信",
    );
    expect(formulaAt(summary, goals, 7)).toBe('=IF(政策推進部!$M$18="","",政策推進部!$M$18)');
    // Their cached results: the grades typed into 政策推進部's 達成度 cells (seedWorkbook); goal 4 has none,
    // and the file keeps that result as an empty string.
    expect(rowsOf(summary, goals, 4, 8).map((row) => [row[2], row[7]])).toEqual([
      [1, "A"],
      [2, "B"],
      [3, "D"],
      [4, ""],
    ]);
    expect(summary.properties["tassei.kind"]).toBe("summary");
    for (const name of before.sheetNames) expect(sheetOf(after, name)).toEqual(sheetOf(before, name));

    // And again: the same sheet is regenerated, not copied.
    const again = await consolidate(adapter, new Date("2025-07-02T01:00:00Z"));
    expect(again.run.ok && again.run.plan.sheets[0]?.mode).toBe("update");
    expect(again.after.sheetNames.filter((n) => n === SUMMARY_SHEET_NAME)).toHaveLength(1);
    expect(valueAt(again.summary, 1, 0)).toBe("作成日時 2025-07-02 10:00　部局 4　取込元 5　要確認事項 12件");
  });
});

const HOSTILE_SHEET = "=1+1部";

const hostile: DepartmentInput = {
  name: "=1+1",
  fiscalYear: 2025,
  goals: HOSTILE_TEXTS.filter((t) => t.trim() !== "").map((title, i) => ({
    no: i + 1,
    title,
    field: HOSTILE_TEXTS[(i + 1) % HOSTILE_TEXTS.length] ?? "",
    masterPlanCodes: ["@x", "-1"],
    initiatives: [{ text: "取組", section: HOSTILE_TEXTS[(i + 3) % HOSTILE_TEXTS.length] ?? "" }],
  })),
  indicators: [{ goalNo: 1, name: "＝指標", target: "10件", actual: "=1件" }],
};

describe.each([
  ["Office.js adapter on the in-memory Excel", () => officeJsAdapter()],
  [".xlsx adapter", () => xlsxAdapter()],
] as const)("hostile texts through the %s", (_name, make) => {
  it("reads back every department, goal, section and code text exactly, as text", async () => {
    const adapter = make();
    await adapter.apply({ sheets: [planDepartmentSheet(hostile, { sheetName: HOSTILE_SHEET, sheetId: "h" })] });
    const { run, summary } = await consolidate(adapter);
    if (!run.ok) throw new Error("not consolidated");
    const top = rowOfText(summary, "部局") + 1;
    expect([valueAt(summary, top, 0), formulaAt(summary, top, 0)]).toEqual(["=1+1", null]);
    const goals = rowOfText(summary, "重点目標一覧") + 2;
    const expected = run.result.goals;
    // Exactly as typed: spaces, tabs, line breaks and control characters included.
    const typed = (hostile.goals ?? []).map((g) => g.title);
    expect(expected.map((g) => g.title)).toEqual(typed);
    expected.forEach((goal, i) => {
      const row = goals + i;
      expect([valueAt(summary, row, 0), valueAt(summary, row, 3), valueAt(summary, row, 4)]).toEqual([
        "=1+1",
        goal.title,
        goal.sections === "" ? null : goal.sections,
      ]);
      expect(valueAt(summary, row, 9)).toBe("@x、-1");
      for (const column of [0, 3, 4, 8, 9]) expect(formulaAt(summary, row, column)).toBeNull();
      // The only formula of the row: the live reference to the hostile sheet's cell, its name quoted.
      expect(formulaAt(summary, row, 7)).toMatch(/^=IF\('=1\+1部'!\$M\$\d+="","",'=1\+1部'!\$M\$\d+\)$/);
    });
    const exceptions = rowOfText(summary, "要確認事項") + 2;
    // First: the department has nothing graded yet (its one indicator has no actual), named by its text.
    expect(valueAt(summary, exceptions, 4)).toBe("=1+1");
    expect(formulaAt(summary, exceptions, 4)).toBeNull();
    expect(valueAt(summary, exceptions + 1, 4)).toBe("＝指標");
    expect(valueAt(summary, exceptions + 1, 2)).toBe(HOSTILE_SHEET);
  });
});
