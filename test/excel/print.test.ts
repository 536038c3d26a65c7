/**
 * The print setup through the Office.js adapter (#19): the header and footer (Excel's codes, `&` doubled)
 * and the manual row breaks, queued with the rest of the print setup, so the round trips stay as they were;
 * read back through Office.js calls on the in-memory Excel. A sheet written again keeps exactly the plan's
 * breaks.
 */
import { type SheetPlan, emptySheetPlan } from "../../src/core/workbook/plan";
import { applyPlan } from "../../src/excel/apply";
import { INCLUDED_IN_MINIMUM, MANIFEST_EXCEL_API } from "../../src/excel/requirements";
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
