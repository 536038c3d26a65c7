/**
 * Consolidate through the Office.js adapter on the in-memory Excel, as the pane runs it: one Excel.run and
 * at most four syncs for 5 or 50 department sheets, the sources untouched, the summary regenerated in place.
 */
import { CHART_NAME, SUMMARY_SHEET_NAME } from "../../src/core/consolidate";
import { HISTORY_CHART_NAME } from "../../src/core/consolidate/layout";
import { planDepartmentSheet } from "../../src/core/sheet/department-sheet";
import { emptySheetPlan } from "../../src/core/workbook/plan";
import { applyPlan } from "../../src/excel/apply";
import { consolidateIntoWorkbook, listDepartmentSheets } from "../../src/excel/jobs/consolidate";
import type { GradeDeps } from "../../src/excel/jobs/grade";
import { readSnapshot } from "../../src/excel/read";
import { createInMemoryExcel, type InMemoryExcel } from "@tassei/in-memory-excel";
import { Workbook } from "@tassei/in-memory-excel/src/office/workbook";
import { sampleSheets, sampleWorkbookPlan } from "../../src/samples/workbook";
import { typedIndicatorsDepartment } from "../support/plans";

jest.setTimeout(180_000);

const NOW = new Date("2026-03-31T09:00:00Z");

function deps(excel: InMemoryExcel): GradeDeps {
  return { run: (batch) => excel.run(batch), isSetSupported: () => true, now: () => NOW };
}

async function seeds(): Promise<InMemoryExcel> {
  const excel = createInMemoryExcel({ sheets: [] });
  await excel.run((context) => applyPlan(context, sampleWorkbookPlan()));
  return excel;
}

async function generated(count: number): Promise<InMemoryExcel> {
  const excel = createInMemoryExcel({ sheets: [] });
  const sheets = Array.from({ length: count }, (_, i) =>
    planDepartmentSheet(typedIndicatorsDepartment(`部${i + 1}`, 4), { sheetName: `部${i + 1}`, sheetId: `g${i + 1}` }),
  );
  await excel.run((context) => applyPlan(context, { sheets }));
  return excel;
}

async function sources(excel: InMemoryExcel, names: readonly string[]) {
  return (await excel.run((context) => readSnapshot(context, { sheets: names }))).sheets;
}

async function chartsOnSummary(excel: InMemoryExcel): Promise<string[]> {
  return excel.run(async (context) => {
    const charts = context.workbook.worksheets.getItem(SUMMARY_SHEET_NAME).charts;
    charts.load("items/name");
    await context.sync();
    return charts.items.map((chart) => chart.name);
  });
}

describe("consolidating this workbook's department sheets", () => {
  it("lists the five seed departments for the pane's tick list", async () => {
    const excel = await seeds();
    const candidates = await listDepartmentSheets(deps(excel));
    expect(candidates.map((c) => c.sheet)).toEqual(sampleSheets().map((s) => s.sheetName));
  });

  it.each([
    ["five seed", seeds],
    ["50 generated", () => generated(50)],
  ] as const)("%s sheets: one Excel.run, at most four syncs, sources untouched", async (_label, build) => {
    const excel = await build();
    const names = (await listDepartmentSheets(deps(excel))).map((c) => c.sheet);
    const before = await sources(excel, names);
    const stats = { runs: excel.stats.runCount, syncs: excel.stats.syncCount };

    const outcome = await consolidateIntoWorkbook(deps(excel), { files: [] });

    expect(outcome.status).toBe("done");
    if (outcome.status !== "done") return;
    expect(excel.stats.runCount - stats.runs).toBe(1);
    expect(excel.stats.syncCount - stats.syncs).toBeLessThanOrEqual(4);
    // One fiscal year per summary: the latest year's departments; the seeds of other years are skipped.
    const latest = Math.max(...outcome.result.sources.map((s) => s.fiscalYear ?? 0));
    const ofLatest = outcome.result.sources.filter((s) => s.fiscalYear === latest);
    expect(outcome.result.departments).toHaveLength(ofLatest.length);
    expect(outcome.result.sources.filter((s) => s.status === "skipped")).toHaveLength(names.length - ofLatest.length);
    expect(await sources(excel, names)).toEqual(before);
    const summary = (await excel.run((c) => readSnapshot(c, { sheets: [SUMMARY_SHEET_NAME] }))).sheets[0]!;
    expect(summary.properties["tassei.kind"]).toBe("summary");
  });

  it("only the ticked sheets, and a second run regenerates the summary in place, each chart once", async () => {
    const excel = await seeds();
    const [first, second] = sampleSheets().map((s) => s.sheetName);
    const once = await consolidateIntoWorkbook(deps(excel), { sheets: [first!], files: [] });
    expect(once.status === "done" ? once.result.departments.length : "not done").toBe(1);

    const twice = await consolidateIntoWorkbook(deps(excel), { sheets: [first!, second!], files: [] });
    expect(twice.status).toBe("done");
    if (twice.status !== "done") return;
    // The second ticked sheet is 平成25年度's: listed as skipped, not a department of 令和7年度's summary.
    expect(twice.result.departments).toHaveLength(1);
    expect(twice.result.sources.map((s) => s.status)).toEqual(["ok", "skipped"]);
    const structure = await excel.run((c) => readSnapshot(c, { sheets: [] }));
    expect(structure.sheetNames.filter((n) => n.startsWith(SUMMARY_SHEET_NAME))).toEqual([SUMMARY_SHEET_NAME]);
    // 政策推進部's two years (平成25年度 and 令和7年度) are drawn across the years beside the grade shares.
    expect(await chartsOnSummary(excel)).toEqual([CHART_NAME, HISTORY_CHART_NAME]);
  });

  it("removes its chart when a later run has no department to chart", async () => {
    const excel = await seeds();
    const [first] = sampleSheets().map((s) => s.sheetName);
    await consolidateIntoWorkbook(deps(excel), { sheets: [first!], files: [] });
    expect(await chartsOnSummary(excel)).toEqual([CHART_NAME]);
    const broken = {
      kind: "unreadable" as const,
      fileName: "broken.xlsx",
      reason: { ja: "壊れています", en: "broken" },
    };
    const outcome = await consolidateIntoWorkbook(deps(excel), { sheets: [], files: [broken] });
    expect(outcome.status === "done" ? outcome.result.departments : "not done").toEqual([]);
    expect(await chartsOnSummary(excel)).toEqual([]);
  });

  it("leaves out the unticked sheets and takes every other one, also one added after the pane listed them", async () => {
    const excel = await seeds();
    const [first, second] = sampleSheets().map((s) => s.sheetName);
    const added = planDepartmentSheet(typedIndicatorsDepartment("新設部", 3), { sheetName: "新設部", sheetId: "new" });
    await excel.run((context) => applyPlan(context, { sheets: [added] }));
    const outcome = await consolidateIntoWorkbook(deps(excel), { exclude: [first!, second!], files: [] });
    // Every other sheet is taken (都市経営部 and 総合政策部 too, as skipped sources of their own years).
    expect(outcome.status === "done" ? outcome.result.sources.map((s) => [s.sheet, s.status]) : outcome).toEqual([
      ["市長公室", "ok"],
      ["都市経営部", "skipped"],
      ["総合政策部", "skipped"],
      ["新設部", "ok"],
    ]);
  });

  it("copies the picked files' department sheets whose names are free, each file in a request of its own after the summary", async () => {
    const excel = await seeds();
    const calls: { base64: string; options: unknown; summaryWritten: boolean }[] = [];
    const spy = jest.spyOn(Workbook.prototype, "insertWorksheetsFromBase64").mockImplementation(function (
      this: Workbook,
      base64: string,
      options?: Excel.InsertWorksheetOptions,
    ) {
      calls.push({ base64, options, summaryWritten: excel.workbook.sheets.some((s) => s.name === SUMMARY_SHEET_NAME) });
      // Something travels, as the file would: the copy is a round trip of its own.
      this.worksheets.load("items/name");
      return { value: [] } as unknown as OfficeExtension.ClientResult<string[]>;
    });
    try {
      const before = excel.stats.syncCount;
      const copy = [
        { fileName: "上下水道部.xlsx", base64: "UEsDBA==", sheets: ["上下水道部", "市長公室"] },
        { fileName: "別の上下水道部.xlsx", base64: "UEsDBB==", sheets: ["上下水道部"] },
      ];
      const outcome = await consolidateIntoWorkbook(deps(excel), { files: [], copy });
      expect(outcome.status === "done" ? outcome.copies : outcome).toEqual({
        copied: ["上下水道部"],
        skipped: ["市長公室", "上下水道部"],
        failed: [],
      });
      expect(calls).toEqual([
        {
          base64: "UEsDBA==",
          options: { sheetNamesToInsert: ["上下水道部"], positionType: "End" },
          summaryWritten: true,
        },
      ]);
      // Read (2), the summary (1), its printing (1), then one request for the one file copied.
      expect(excel.stats.syncCount - before).toBe(5);
    } finally {
      spy.mockRestore();
    }
  });

  // #16 item 1: a copy used to travel in the summary's own request, so Excel refusing it lost the summary too.
  it("a file Excel on the web refuses, or one too large for a request, loses only its own sheets", async () => {
    const excel = await seeds();
    const large = "A".repeat(4 * 1024 * 1024);
    const spy = jest.spyOn(Workbook.prototype, "insertWorksheetsFromBase64").mockImplementation(function (
      this: Workbook,
      base64: string,
    ) {
      // Excel on the web refuses a sheet holding a chart when the request runs.
      if (base64 === "GRAPH===") excel.faults.failNextSync({ code: "UnsupportedFeature" });
      this.worksheets.load("items/name");
      return { value: [] } as unknown as OfficeExtension.ClientResult<string[]>;
    });
    try {
      const copy = [
        { fileName: "グラフ付き.xlsx", base64: "GRAPH===", sheets: ["グラフ部"] },
        { fileName: "巨大.xlsx", base64: large, sheets: ["巨大部"] },
        { fileName: "上下水道部.xlsx", base64: "UEsDBA==", sheets: ["上下水道部"] },
      ];
      const outcome = await consolidateIntoWorkbook(deps(excel), { files: [], copy });
      if (outcome.status !== "done") throw new Error(JSON.stringify(outcome));
      expect(outcome.copies?.copied).toEqual(["上下水道部"]);
      expect(outcome.copies?.failed.map((f) => [f.fileName, f.sheets])).toEqual([
        ["グラフ付き.xlsx", ["グラフ部"]],
        ["巨大.xlsx", ["巨大部"]],
      ]);
      expect(outcome.copies?.failed[0]?.reason.ja).toContain("グラフ・コメント・ピボットテーブル・スライサー");
      expect(outcome.copies?.failed[1]?.reason.ja).toContain("上限 4.0 MB");
      expect(outcome.copies?.failed[1]?.reason.en).toContain("too large to send");
      // The summary is there, and no request went over Excel on the web's 5 MB.
      expect(excel.workbook.sheets.some((s) => s.name === SUMMARY_SHEET_NAME)).toBe(true);
      expect(Math.max(...excel.stats.syncs.map((s) => s.requestBytes))).toBeLessThan(5 * 1024 * 1024);
    } finally {
      spy.mockRestore();
    }
  });

  it("says so, and writes nothing, when this Excel cannot copy sheets", async () => {
    const excel = await seeds();
    const copy = [{ fileName: "上下水道部.xlsx", base64: "UEsDBA==", sheets: ["上下水道部"] }];
    const olderExcel = { ...deps(excel), isSetSupported: (_set: string, version?: string) => version !== "1.13" };
    const outcome = await consolidateIntoWorkbook(olderExcel, { files: [], copy });
    expect(outcome.status).toBe("refused");
    expect(outcome.status !== "done" && outcome.message.ja).toContain("ExcelApi 1.13");
    const names = (await excel.run((c) => readSnapshot(c, { sheets: [] }))).sheetNames;
    expect(names).not.toContain(SUMMARY_SHEET_NAME);
  });

  it("refuses a sheet named 全庁サマリー that Tassei did not create, and leaves it as it is", async () => {
    const excel = await seeds();
    const theirs = {
      ...emptySheetPlan(SUMMARY_SHEET_NAME, "create"),
      blocks: [{ anchor: { row: 0, column: 0 }, rows: [["財政課の集計"]] }],
    };
    await excel.run((context) => applyPlan(context, { sheets: [theirs] }));
    const before = await sources(excel, [SUMMARY_SHEET_NAME]);
    const outcome = await consolidateIntoWorkbook(deps(excel), { files: [] });
    expect(outcome.status).toBe("refused");
    expect(outcome.status !== "done" && outcome.message.ja).toContain(SUMMARY_SHEET_NAME);
    expect(await sources(excel, [SUMMARY_SHEET_NAME])).toEqual(before);
  });
});
