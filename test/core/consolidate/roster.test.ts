/**
 * 未提出 (#19): the roster of the city's departments less those that sent a source of the year. Three
 * departments on every roster below (総務部, 市民部, 環境部); two sent their sheet (総務部, 市民部), so 環境部
 * is the one to chase — unless a roster says otherwise.
 */
import { planConsolidation } from "../../../src/core/consolidate";
import type { ConsolidationResult } from "../../../src/core/consolidate";
import { ROSTER_SHEET_NAME, previousSummaryDepartments, rosterNames } from "../../../src/core/consolidate/roster";
import { emptySheetPlan } from "../../../src/core/workbook/plan";
import type { WorkbookSnapshot } from "../../../src/core/workbook/snapshot";
import { type AdapterUnderTest, officeJsAdapter } from "../../support/adapters";
import { department, goal, indicator, insertDepartments } from "../../support/small-departments";
import { sheetOf } from "../grade/support";
import { NOW, rowOfText, rowsOf } from "./support";

jest.setTimeout(60_000);

describe("reading a roster", () => {
  // Regression: an empty 部局別 of a previous run (its 該当なし line) was read as a department named 該当なし.
  it("reads no department from a previous summary whose 部局別 was empty", () => {
    const values = [["部局別（指標の達成度別件数）"], ["部局"], ["該当なし"], [null]];
    const summary = {
      name: "全庁サマリー",
      used: { row: 0, column: 0, rowCount: 4, columnCount: 1 },
      values,
      formulas: values.map(() => [null]),
      numberFormats: values.map(() => ["General"]),
      tables: [],
      properties: {},
      protected: false,
    };
    expect(previousSummaryDepartments(summary as never)).toEqual([]);
  });

  it("takes one department a line, skipping a header, blanks and the same name written twice", () => {
    // "市民部 " and "市民部" (a trailing space), and "環境\u3000部" (an ideographic space) and "環境部", are the same.
    expect(rosterNames(["部局名", "総務部", "", "市民部 ", "市民部", "  ", "環境\u3000部", "環境部"])).toEqual([
      "総務部",
      "市民部",
      "環境\u3000部",
    ]);
  });
});

async function city(adapter: AdapterUnderTest = officeJsAdapter()): Promise<AdapterUnderTest> {
  await insertDepartments(adapter, [
    ["総務部", department("総務部", 2025, [goal(1, "窓口")], [indicator(1, "待ち時間", 100, 100)])],
    ["市民部", department("市民部", 2025, [goal(1, "地域")], [indicator(1, "団体数", 50, 30)])],
  ]);
  return adapter;
}

function consolidate(snapshot: WorkbookSnapshot, roster?: readonly string[], exclude?: readonly string[]) {
  const run = planConsolidation(snapshot, [{ kind: "this-workbook", snapshot, ...(exclude ? { exclude } : {}) }], {
    now: NOW,
    ...(roster ? { roster } : {}),
  });
  if (!run.ok) throw new Error(run.message.en);
  return run;
}

const notSubmitted = (result: ConsolidationResult) =>
  result.exceptions.filter((e) => e.kind === "not_submitted").map((e) => [e.department, e.source]);

describe("the departments that sent nothing", () => {
  it("are listed first among the 要確認事項 when a roster is given", async () => {
    const adapter = await city();
    const run = consolidate(await adapter.read({ sheets: "all" }), ["総務部", "市民部", "環境部"]);
    expect(run.result.roster).toEqual({ source: "given", departments: 3, notSubmitted: ["環境部"] });
    expect(run.result.exceptions[0]?.kind).toBe("not_submitted");
    expect(notSubmitted(run.result)).toEqual([["環境部", "部局名簿"]]);
    await adapter.apply(run.plan);
    const summary = sheetOf(await adapter.read({ sheets: "all" }), run.result.summarySheet);
    const first = rowOfText(summary, "要確認事項") + 2;
    expect(rowsOf(summary, first, 1, 6)).toEqual([
      ["未提出", "環境部", "部局名簿", null, "環境部", "部局一覧にある部局ですが、この年度の取込元がありません。"],
    ]);
  });

  it("come from the workbook's 部局一覧 sheet, whose first column lists the departments under a header", async () => {
    const adapter = await city();
    await adapter.apply({
      sheets: [
        {
          ...emptySheetPlan(ROSTER_SHEET_NAME, "create"),
          blocks: [
            { anchor: { row: 0, column: 0 }, rows: [["部局名", "担当"], ["総務部", "総務課"], ["市民部"], ["環境部"]] },
          ],
        },
      ],
    });
    const snapshot = await adapter.read({ sheets: "all" });
    const run = consolidate(snapshot);
    expect(run.result.roster).toEqual({ source: "sheet", departments: 3, notSubmitted: ["環境部"] });
    expect(notSubmitted(run.result)).toEqual([["環境部", ROSTER_SHEET_NAME]]);
    // The roster sheet is not a department sheet: never a source.
    expect(run.result.sources.map((s) => s.sheet)).toEqual(["総務部", "市民部"]);
    // A roster given on the command line comes first.
    expect(consolidate(snapshot, ["総務部", "市民部"]).result.roster?.notSubmitted).toEqual([]);
  });

  it("are remembered from the summary's previous run when no roster is given", async () => {
    // The city workbook holds 総務部's sheet; 市民部 sent a file the first time, nothing the second.
    const adapter = officeJsAdapter();
    await insertDepartments(adapter, [
      ["総務部", department("総務部", 2025, [goal(1, "窓口")], [indicator(1, "待ち時間", 100, 100)])],
    ]);
    const shimin = officeJsAdapter();
    await insertDepartments(shimin, [
      ["市民部", department("市民部", 2025, [goal(1, "地域")], [indicator(1, "団体数", 50, 30)])],
    ]);
    const file = { kind: "file" as const, fileName: "市民部.xlsx", snapshot: await shimin.read({ sheets: "all" }) };
    const before = await adapter.read({ sheets: "all" });
    const first = planConsolidation(before, [{ kind: "this-workbook", snapshot: before }, file], {
      now: NOW,
      roster: ["総務部", "市民部", "環境部"],
    });
    if (!first.ok) throw new Error(first.message.en);
    expect(first.result.roster?.notSubmitted).toEqual(["環境部"]);
    await adapter.apply(first.plan);
    // The previous run listed 総務部 and 市民部 (部局別) and 環境部 (未提出): this time 市民部 is missed too.
    const again = consolidate(await adapter.read({ sheets: "all" }));
    expect(again.result.roster).toEqual({
      source: "previous_summary",
      departments: 3,
      notSubmitted: ["市民部", "環境部"],
    });
  });

  it("leave out a department whose sheet of the year is in the workbook but was left unticked", async () => {
    const adapter = await city();
    const run = consolidate(await adapter.read({ sheets: "all" }), ["総務部", "市民部", "環境部"], ["市民部"]);
    expect(run.result.departments.map((d) => d.department)).toEqual(["総務部"]);
    expect(run.result.roster?.notSubmitted).toEqual(["環境部"]);
  });

  it("are not looked for without a roster, a 部局一覧 sheet or a previous summary", async () => {
    const adapter = await city();
    const run = consolidate(await adapter.read({ sheets: "all" }));
    expect(run.result.roster).toBeNull();
    expect(notSubmitted(run.result)).toEqual([]);
  });
});
