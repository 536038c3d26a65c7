/** A sheet regenerated in place redraws its chart: the snapshot names the charts, the plan removes the old one. */
import { emptySheetPlan, type SheetPlan } from "../../src/core/workbook/plan";
import { applyPlan } from "../../src/excel/apply";
import { readSnapshot } from "../../src/excel/read";
import { createInMemoryExcel } from "@tassei/in-memory-excel";

const CHART = "Tassei_Summary_Grades";

function summary(mode: SheetPlan["mode"], title: string, removeCharts?: readonly string[]): SheetPlan {
  return {
    ...emptySheetPlan("全庁サマリー", mode),
    blocks: [
      {
        anchor: { row: 0, column: 0 },
        rows: [
          ["部", "A", "B"],
          ["政策推進部", 3, 1],
          ["総務部", 2, 2],
        ],
      },
    ],
    charts: [
      {
        name: CHART,
        kind: "columnStacked",
        source: { row: 0, column: 0, rowCount: 3, columnCount: 3 },
        title,
        placement: { row: 0, column: 5, rowCount: 15, columnCount: 8 },
      },
    ],
    ...(removeCharts ? { removeCharts } : {}),
  };
}

describe("charts on a sheet regenerated in place", () => {
  it("are named in the snapshot and replaced, not doubled", async () => {
    const excel = createInMemoryExcel({ sheets: [] });
    await excel.run((context) => applyPlan(context, { sheets: [summary("create", "初回")] }));
    const first = await excel.run((context) => readSnapshot(context, { sheets: ["全庁サマリー"] }));
    expect(first.sheets[0]!.charts).toEqual([CHART]);

    await excel.run((context) => applyPlan(context, { sheets: [summary("update", "再作成", [CHART])] }));
    const names = await excel.run(async (context) => {
      const charts = context.workbook.worksheets.getItem("全庁サマリー").charts;
      charts.load("items/name,items/title/text");
      await context.sync();
      return charts.items.map((chart) => `${chart.name} ${chart.title.text}`);
    });
    expect(names).toEqual([`${CHART} 再作成`]);
  });
});
