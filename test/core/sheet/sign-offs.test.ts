/**
 * 課長確認 and 部長確認 (#18): a Tassei sheet has a place for each — a label, the name, 確認日 and the date,
 * right of the header's first two rows — read back by label on any sheet, cleared on next year's sheet,
 * and listed in 全庁サマリー while someone has not signed. Names and dates here are typed as a person would:
 * the date as Excel keeps a typed date (46112 is 2026/3/31: 46,112 days after 1899-12-30).
 */
import { planConsolidation } from "../../../src/core/consolidate";
import { type Department } from "../../../src/core/department/model";
import { readSignOffs } from "../../../src/core/sheet/header/read-header";
import { readDepartmentSheet } from "../../../src/core/sheet/read-department";
import { planRollover } from "../../../src/core/rollover/plan-rollover";
import { emptySheetPlan } from "../../../src/core/workbook/plan";
import { valueAt } from "../../../src/core/workbook/snapshot";
import { officeJsAdapter } from "../../support/adapters";
import { department, goal, indicator, insertDepartments } from "../../support/small-departments";
import { rowOfText, rowsOf } from "../consolidate/support";
import { sheetOf } from "../grade/support";

const NOW = new Date("2026-04-10T01:00:00Z");

function signed(
  name: string,
  section: Department["signOffs"]["section"],
  director = { name: "", date: "" },
): Department {
  return {
    ...department(name, 2025, [goal(1, "窓口")], [indicator(1, "待ち時間", 100, 90)]),
    signOffs: { section, director },
  };
}

describe("a Tassei sheet's sign-offs", () => {
  it("are written beside the header and read back, a typed date read as 2026/3/31", async () => {
    const adapter = officeJsAdapter();
    await insertDepartments(adapter, [["総務部", signed("総務部", { name: "山田 花子", date: "2026/3/30" })]]);
    let sheet = sheetOf(await adapter.read({ sheets: "all" }), "総務部");
    const cells = readSignOffs(sheet);
    expect(cells?.section).toMatchObject({ name: "山田 花子", date: "2026/3/30" });
    expect(cells?.director).toMatchObject({ name: "", date: "" });
    // The labels and the date's label sit on the same rows: label, name, 確認日, date.
    const at = cells!.director!.cell;
    const row = Number(/\d+/u.exec(at)![0]) - 1;
    expect(rowsOf(sheet, row - 1, 2, 7).map((line) => line.slice(3))).toEqual([
      ["課長確認", "山田 花子", "確認日", "2026/3/30"],
      ["部長確認", null, "確認日", null],
    ]);

    // The department head signs: a name and a date typed into the cells (Excel keeps the date as 46112).
    await adapter.apply({
      sheets: [
        {
          ...emptySheetPlan("総務部", "update"),
          blocks: [{ anchor: { row, column: 4 }, rows: [["佐藤 一郎", "確認日", 46112]] }],
        },
      ],
    });
    sheet = sheetOf(await adapter.read({ sheets: "all" }), "総務部");
    const read = readDepartmentSheet(sheet);
    if (!read.ok) throw new Error("not read");
    expect(read.department.signOffs).toEqual({
      section: { name: "山田 花子", date: "2026/3/30" },
      director: { name: "佐藤 一郎", date: "2026/3/31" },
    });

    // Next year's sheet starts unsigned.
    const next = planRollover(sheet, { existingSheets: ["総務部"], existingTables: [] });
    if (!next.ok) throw new Error(next.message.en);
    expect(next.department.signOffs).toEqual({ section: { name: "", date: "" }, director: { name: "", date: "" } });
  });

  // Regression: a stamp row of labels side by side read the second label as the first one's name.
  it("never take a label beside a label for a name (課長確認印 | 部長確認印)", () => {
    const values = [["課長確認印", "部長確認印", "確認日"]];
    const sheet = {
      name: "手作り",
      used: { row: 0, column: 0, rowCount: 1, columnCount: 3 },
      values,
      formulas: values.map((line) => line.map(() => null)),
      numberFormats: values.map((line) => line.map(() => "General")),
      tables: [],
      properties: {},
      protected: false,
    };
    const found = readSignOffs(sheet as never);
    expect([found?.section?.name, found?.director?.name]).toEqual(["", ""]);
  });

  it("are found by their labels on a hand-laid sheet too (課長確認欄, the date right of 確認日)", () => {
    const values = [
      ["", "", "", "", ""],
      ["課長確認欄", "田中", "", "確認日", 46112],
      ["部長確認", "", "", "確認日", ""],
    ];
    const sheet = {
      name: "手作り",
      used: { row: 0, column: 0, rowCount: 3, columnCount: 5 },
      values,
      formulas: values.map((line) => line.map(() => null)),
      numberFormats: values.map((line) => line.map(() => "General")),
      tables: [],
      properties: {},
      protected: false,
    };
    const found = readSignOffs(sheet as never);
    expect(found).toEqual({
      section: { name: "田中", date: "2026/3/31", cell: "B2" },
      director: { name: "", date: "", cell: "B3" },
    });
  });
});

describe("全庁サマリー's list of departments not signed off", () => {
  it("names each department whose 課長確認 or 部長確認 is empty, and what it has", async () => {
    const adapter = officeJsAdapter();
    await insertDepartments(adapter, [
      ["総務部", signed("総務部", { name: "山田", date: "2026/3/30" }, { name: "佐藤", date: "2026/3/31" })],
      ["市民部", signed("市民部", { name: "鈴木", date: "2026/3/29" })],
      ["環境部", signed("環境部", { name: "", date: "" })],
    ]);
    const snapshot = await adapter.read({ sheets: "all" });
    const run = planConsolidation(snapshot, [{ kind: "this-workbook", snapshot }], { now: NOW });
    if (!run.ok) throw new Error(run.message.en);
    expect(run.result.notSignedOff).toEqual([
      { department: "市民部", section: { name: "鈴木", date: "2026/3/29" }, director: null },
      { department: "環境部", section: null, director: null },
    ]);
    await adapter.apply(run.plan);
    const summary = sheetOf(await adapter.read({ sheets: "all" }), run.result.summarySheet);
    const top = rowOfText(summary, "確認が済んでいない部局（課長確認・部長確認）");
    expect(rowsOf(summary, top + 1, 3, 4)).toEqual([
      ["部局", "課長確認", "部長確認", "取込元"],
      ["市民部", "鈴木　2026/3/29", "未", "市民部"],
      ["環境部", "未", "未", "環境部"],
    ]);
    // Each name links to the cell to fill in: 市民部's 部長確認, 環境部's 課長確認.
    const links = run.plan.sheets[0]!.hyperlinks.filter((l) => l.text === "市民部" || l.text === "環境部");
    const signOffs = (sheet: string) => readSignOffs(sheetOf(snapshot, sheet))!;
    expect(links.map((l) => (l.target.kind === "cell" ? l.target.sheet : null))).toEqual(["市民部", "環境部"]);
    const address = (l: (typeof links)[number]) =>
      l.target.kind === "cell" ? String.fromCharCode(65 + l.target.cell.column) + (l.target.cell.row + 1) : "";
    expect(links.map(address)).toEqual([signOffs("市民部").director!.cell, signOffs("環境部").section!.cell]);
    expect(valueAt(summary, top, 0)).toBe("確認が済んでいない部局（課長確認・部長確認）");
  });

  // Regression: a sheet with no place for a sign-off was listed as waiting for one, with nowhere to sign.
  it("leaves out a sheet that has no place for a sign-off", async () => {
    const adapter = officeJsAdapter();
    await insertDepartments(adapter, [["総務部", signed("総務部", { name: "", date: "" })]]);
    const sheet = sheetOf(await adapter.read({ sheets: "all" }), "総務部");
    const at = readSignOffs(sheet)!.section!.cell;
    const row = Number(/\d+/u.exec(at)![0]) - 1;
    // The labels are cleared, as on a sheet made before Tassei had them.
    await adapter.apply({
      sheets: [
        {
          ...emptySheetPlan("総務部", "update"),
          blocks: [
            {
              anchor: { row, column: 3 },
              rows: [
                ["", "", "", ""],
                ["", "", "", ""],
              ],
            },
          ],
        },
      ],
    });
    const snapshot = await adapter.read({ sheets: "all" });
    expect(readSignOffs(sheetOf(snapshot, "総務部"))).toBeUndefined();
    const run = planConsolidation(snapshot, [{ kind: "this-workbook", snapshot }], { now: NOW });
    if (!run.ok) throw new Error(run.message.en);
    expect(run.result.notSignedOff).toEqual([]);
  });
});
