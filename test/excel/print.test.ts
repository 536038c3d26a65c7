/**
 * The print setup through the Office.js adapter (#19): the header and footer (Excel's codes, `&` doubled)
 * and the manual row breaks, queued with the rest of the print setup, so the round trips stay as they were;
 * read back through Office.js calls on the in-memory Excel. A sheet written again keeps exactly the plan's
 * breaks: the summary regenerated in place never piles them up.
 */
import { SUMMARY_SHEET_NAME } from "../../src/core/consolidate";
import { type SheetPlan, emptySheetPlan } from "../../src/core/workbook/plan";
import { valueAt } from "../../src/core/workbook/snapshot";
import { applyPlan } from "../../src/excel/apply";
import { consolidateIntoWorkbook } from "../../src/excel/jobs/consolidate";
import { readSnapshot } from "../../src/excel/read";
import { INCLUDED_IN_MINIMUM, MANIFEST_EXCEL_API } from "../../src/excel/requirements";
import { sampleSheets, sampleWorkbookPlan } from "../../src/samples/workbook";
import { type InMemoryExcel, createInMemoryExcel } from "@tassei/in-memory-excel";

jest.setTimeout(60_000);

const SHEET = "企画部";

function printed(print: Partial<NonNullable<SheetPlan["print"]>>, mode: SheetPlan["mode"] = "create"): SheetPlan {
  return {
    ...emptySheetPlan(SHEET, mode),
    blocks: [{ anchor: { row: 0, column: 0 }, rows: [["企画部の運営方針"]] }],
    print: { orientation: "landscape", paper: "A4", fitToWidth: true, titleRows: { first: 0, last: 0 }, ...print },
  };
}

interface PrintedBack {
  readonly state: string;
  readonly sections: Record<string, string>;
  readonly breaks: number[][];
}

async function printedBack(excel: InMemoryExcel, sheet = SHEET): Promise<PrintedBack> {
  return excel.run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    const headers = worksheet.pageLayout.headersFooters.load("state");
    const page = headers.defaultForAllPages.load();
    const breaks = worksheet.horizontalPageBreaks.load("items/rowIndex, items/columnIndex");
    await context.sync();
    return {
      state: headers.state,
      sections: page.toJSON() as Record<string, string>,
      breaks: breaks.items.map((b) => [b.rowIndex, b.columnIndex]),
    };
  });
}

describe("the print setup through Office.js", () => {
  it("is ExcelApi 1.9, within the manifest's minimum: no run-time check", () => {
    const [major, minor] = INCLUDED_IN_MINIMUM.printing.version.split(".").map(Number);
    const [floorMajor, floorMinor] = MANIFEST_EXCEL_API.split(".").map(Number);
    expect(INCLUDED_IN_MINIMUM.printing).toEqual({ set: "ExcelApi", version: "1.9" });
    expect(major! < floorMajor! || (major === floorMajor && minor! <= floorMinor!)).toBe(true);
  });

  it("writes the header with & doubled, page X / Y as &P / &N, and a break above each planned row", async () => {
    const excel = createInMemoryExcel({ sheets: [] });
    const report = await excel.run((context) =>
      applyPlan(context, {
        sheets: [printed({ header: "企画&政策部　令和7年度", footer: "pages", rowBreaks: [30, 10, 10] })],
      }),
    );
    const writeSyncs = excel.stats.syncCount;
    expect(await printedBack(excel)).toEqual({
      state: "Default",
      sections: {
        leftHeader: "",
        centerHeader: "企画&&政策部　令和7年度",
        rightHeader: "",
        leftFooter: "",
        centerFooter: "&P / &N",
        rightFooter: "",
      },
      // Rows 10 and 30 (zero-based: the 11th and 31st rows start pages), each once, from column A.
      breaks: [
        [10, 0],
        [30, 0],
      ],
    });
    // The same round trips as a plan that prints without them: the write, then fit to one page wide.
    const plain = createInMemoryExcel({ sheets: [] });
    const plainReport = await plain.run((context) => applyPlan(context, { sheets: [printed({})] }));
    expect(report.syncs).toBe(2);
    expect(plainReport.syncs).toBe(2);
    expect(writeSyncs).toBe(plain.stats.syncCount);
  });

  it("replaces a sheet's breaks and its headers with exactly the plan's when written again", async () => {
    const excel = createInMemoryExcel({ sheets: [] });
    await excel.run((context) => applyPlan(context, { sheets: [printed({ rowBreaks: [8, 20] })] }));
    // The user adds a break of their own and a left header.
    await excel.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(SHEET);
      worksheet.horizontalPageBreaks.add("C40");
      worksheet.pageLayout.headersFooters.defaultForAllPages.leftHeader = "&D";
      await context.sync();
    });
    await excel.run((context) =>
      applyPlan(context, { sheets: [printed({ header: "企画部", footer: "pages", rowBreaks: [12] }, "update")] }),
    );
    const back = await printedBack(excel);
    expect(back.breaks).toEqual([[12, 0]]);
    expect(back.sections).toMatchObject({ leftHeader: "", centerHeader: "企画部", centerFooter: "&P / &N" });
    // A plan without any break leaves none.
    await excel.run((context) => applyPlan(context, { sheets: [printed({}, "update")] }));
    expect((await printedBack(excel)).breaks).toEqual([]);
    // Nor a header or footer: the sheet's stay.
    expect((await printedBack(excel)).sections).toMatchObject({ centerHeader: "企画部", centerFooter: "&P / &N" });
  });
});

describe("全庁サマリー regenerated in place", () => {
  it("keeps exactly this run's breaks, at 重点目標一覧 and 要確認事項, and its header and footer", async () => {
    const excel = createInMemoryExcel({ sheets: [] });
    await excel.run((context) => applyPlan(context, sampleWorkbookPlan()));
    const deps = { run: excel.run, isSetSupported: () => true, now: () => new Date("2026-03-31T09:00:00Z") };
    const titles = async () => {
      const summary = (await excel.run((context) => readSnapshot(context, { sheets: [SUMMARY_SHEET_NAME] })))
        .sheets[0]!;
      const rowOf = (text: string) => summary.values.findIndex((_, row) => valueAt(summary, row, 0) === text);
      return [rowOf("重点目標一覧"), rowOf("要確認事項")];
    };
    const [first] = sampleSheets().map((s) => s.sheetName);
    expect((await consolidateIntoWorkbook(deps, { sheets: [first!], files: [] })).status).toBe("done");
    const once = await titles();
    expect((await printedBack(excel, SUMMARY_SHEET_NAME)).breaks).toEqual(once.map((row) => [row, 0]));

    // Every department this time: the lists move down, and only the new rows hold breaks.
    expect((await consolidateIntoWorkbook(deps, { exclude: [], files: [] })).status).toBe("done");
    const twice = await titles();
    expect(twice[0]).toBeGreaterThan(once[0]!);
    const back = await printedBack(excel, SUMMARY_SHEET_NAME);
    expect(back.breaks).toEqual(twice.map((row) => [row, 0]));
    expect(back.sections).toMatchObject({
      centerHeader: "全庁サマリー\u3000令和7年度 (2025年度)",
      centerFooter: "&P / &N",
    });
  });
});
