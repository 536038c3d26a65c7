/**
 * The preview's start-up: the five seed departments applied through the Office.js adapter, and the
 * pane's jobs on the same in-memory Excel, told which requirement sets it implements.
 */
import { bootPreview } from "../../../src/preview/page/boot";
import { PREVIEW_EXCEL_API, previewIsSetSupported } from "../../../src/preview/page/requirements";
import { HAND_MADE_SHEET_NAME } from "../../../src/samples/hand-made";
import { sampleSheets } from "../../../src/samples/workbook";
import { MANIFEST_EXCEL_API } from "../../../src/excel/requirements";
import { TODAY } from "../fixture";

describe("bootPreview", () => {
  it("opens a workbook of the five seed departments and one laid out by hand, on the first one, and grades through the pane's jobs", async () => {
    const { excel, workbook, jobs } = await bootPreview({ today: () => TODAY });
    const expected = [...sampleSheets().map((s) => s.sheetName), HAND_MADE_SHEET_NAME];
    expect(expected).toHaveLength(6);
    expect(workbook.visibleSheets().map((s) => s.name)).toEqual(expected);
    expect(excel.workbook.activeSheet?.name).toBe(expected[0]);
    expect(excel.workbook.text(expected[0]!, "A1")).toContain("運営方針");
    // Applied in one Excel.run, as the Insert job writes a sheet.
    expect(excel.stats.runCount).toBe(1);

    workbook.activate("都市経営部");
    const outcome = await jobs.grade();
    expect(outcome.status).toBe("done");
    expect(excel.workbook.text("都市経営部", "M18")).toBe("A");

    workbook.activate(HAND_MADE_SHEET_NAME);
    const handMade = await jobs.grade();
    if (handMade.status !== "done") throw new Error(JSON.stringify(handMade));
    // 96 ÷ 120 = 80%: B; 5日以内 against 4日, lower is better: 125%: A; a letter A typed in 評価: A.
    expect(handMade.result.tables[0]?.indicators.map((i) => i.grade)).toEqual(["B", "A", "A"]);
    expect(handMade.result.problems).toEqual([]);
  });
});

describe("the preview's requirement sets", () => {
  it("covers what the manifest demands and nothing it does not implement", () => {
    expect(previewIsSetSupported("ExcelApi", MANIFEST_EXCEL_API)).toBe(true);
    expect(previewIsSetSupported("ExcelApi", PREVIEW_EXCEL_API)).toBe(true);
    expect(previewIsSetSupported("ExcelApi")).toBe(true);
    expect(previewIsSetSupported("ExcelApi", "1.13")).toBe(false);
    expect(previewIsSetSupported("ExcelApi", "1.9")).toBe(true);
    expect(previewIsSetSupported("WordApi", "1.1")).toBe(false);
  });
});
