/**
 * 次年度作成 through the Office.js adapter on the in-memory Excel (#18): next year's sheet beside this
 * year's, in one Excel.run and a constant number of syncs; this year's sheet unchanged.
 */
import { planDepartmentSheet } from "../../src/core/sheet/department-sheet";
import { readDepartmentSheet } from "../../src/core/sheet/read-department";
import { applyPlan } from "../../src/excel/apply";
import type { GradeDeps } from "../../src/excel/jobs/grade";
import { rolloverSheets } from "../../src/excel/jobs/rollover";
import { readSnapshot } from "../../src/excel/read";
import { createInMemoryExcel, type InMemoryExcel } from "@tassei/in-memory-excel";

function deps(excel: InMemoryExcel): GradeDeps {
  return { run: (batch) => excel.run(batch), isSetSupported: () => true };
}

async function departments(excel: InMemoryExcel, names: readonly string[]) {
  const plans = names.map((name, i) =>
    planDepartmentSheet(
      {
        name,
        fiscalYear: 2025,
        goals: [
          { no: 1, title: `${name}の目標`, initiatives: [{ text: "取組", section: "企画課", result: "実施した" }] },
        ],
        indicators: [{ goalNo: 1, name: "利用者数", unit: "人", target: 500, actual: 480 }],
      },
      { sheetName: name, sheetId: String(i + 1) },
    ),
  );
  await excel.run((context) => applyPlan(context, { sheets: plans }));
}

async function sheets(excel: InMemoryExcel) {
  return excel.run((context) => readSnapshot(context, { sheets: "all" }));
}

it("makes next year's sheet of the active sheet beside it, leaving this year's as it was", async () => {
  const excel = createInMemoryExcel({ sheets: [] });
  await departments(excel, ["環境部"]);
  const before = (await sheets(excel)).sheets.find((s) => s.name === "環境部")!;
  const stats = { runs: excel.stats.runCount, syncs: excel.stats.syncCount };
  const outcome = await rolloverSheets(deps(excel), "active");
  expect(outcome).toMatchObject({ status: "done", summary: { ja: expect.stringContaining("環境部 令和8年度") } });
  expect(excel.stats.runCount - stats.runs).toBe(1);
  expect(excel.stats.syncCount - stats.syncs).toBeLessThanOrEqual(4);
  const after = await sheets(excel);
  expect(after.sheets.find((s) => s.name === "環境部")!.values).toEqual(before.values);
  const next = readDepartmentSheet(after.sheets.find((s) => s.name === "環境部 令和8年度")!);
  if (!next.ok) throw new Error(JSON.stringify(next.problems));
  // 480 人 this year is next year's baseline; the actual and the initiative's result are empty.
  expect(next.department.fiscalYear).toBe(2026);
  expect(next.department.indicators.map((i) => [i.name, i.baseline, i.target, i.actual])).toEqual([
    ["利用者数", 480, 500, null],
  ]);
  expect(next.department.goals[0]!.initiatives.map((i) => [i.text, i.result])).toEqual([["取組", ""]]);
});

it("makes one for every department sheet at once, and says when there is none", async () => {
  const excel = createInMemoryExcel({ sheets: [] });
  await departments(excel, ["環境部", "市民部"]);
  const outcome = await rolloverSheets(deps(excel), "all");
  expect(outcome.status).toBe("done");
  // Each beside its own source, as the pane says (「隣に作ります」), not at the end of the workbook.
  expect((await sheets(excel)).sheetNames).toEqual(["環境部", "環境部 令和8年度", "市民部", "市民部 令和8年度"]);

  const empty = createInMemoryExcel();
  const none = await rolloverSheets(deps(empty), "all");
  expect(none).toMatchObject({ status: "failed", message: { ja: expect.stringContaining("部のシートがありません") } });
});

it("from this sheet twice: the second time names next year's sheet already there and makes no (2)", async () => {
  const excel = createInMemoryExcel({ sheets: [] });
  await departments(excel, ["環境部", "市民部"]);
  const activate = (name: string) =>
    excel.run(async (context) => {
      context.workbook.worksheets.getItem(name).activate();
      await context.sync();
    });
  await activate("環境部");
  expect(await rolloverSheets(deps(excel), "active")).toMatchObject({ status: "done" });
  expect((await sheets(excel)).sheetNames).toEqual(["環境部", "環境部 令和8年度", "市民部"]);
  await activate("環境部");
  const again = await rolloverSheets(deps(excel), "active");
  expect(again).toEqual({
    status: "failed",
    message: {
      ja: "令和8年度のシート「環境部 令和8年度」がすでにあるため、シート「環境部」から次年度のシートを作りません。作り直すときは、「環境部 令和8年度」を削除するか別のブックに移してから、もう一度実行してください。",
      en: "Sheet “環境部 令和8年度” for 令和8年度 already exists, so next year's sheet is not made from sheet “環境部”. To make it again, delete “環境部 令和8年度” or move it to another workbook first, then run this again.",
    },
  });
  expect((await sheets(excel)).sheetNames).toEqual(["環境部", "環境部 令和8年度", "市民部"]);
  // Renamed, it is still 環境部's 令和8年度 sheet (its metadata says so): refused again, named as it is now.
  await excel.run(async (context) => {
    context.workbook.worksheets.getItem("環境部 令和8年度").name = "環境部R8";
    await context.sync();
  });
  await activate("環境部");
  const renamed = await rolloverSheets(deps(excel), "active");
  expect(renamed).toMatchObject({
    status: "failed",
    message: { ja: expect.stringContaining("「環境部R8」がすでにあるため") },
  });
  expect((await sheets(excel)).sheetNames).toEqual(["環境部", "環境部R8", "市民部"]);
});
