/**
 * What a sheet prints besides its cells (ExcelApi 1.9): `pageLayout.headersFooters` and
 * `worksheet.horizontalPageBreaks`, through Office.js calls as an add-in makes them.
 */
import { freshExcel, rejectionOf } from "../fixture";

describe("headers and footers", () => {
  it("are empty on a new sheet, every page's set used for all pages, aligned and scaled with the sheet", async () => {
    const excel = freshExcel();
    const group = await excel.run(async (context) => {
      const headers = context.workbook.worksheets.getItem("Sheet1").pageLayout.headersFooters;
      headers.load("state, useSheetMargins, useSheetScale");
      const page = headers.defaultForAllPages.load();
      await context.sync();
      return [headers.state, headers.useSheetMargins, headers.useSheetScale, page.toJSON()];
    });
    expect(group).toEqual([
      "Default",
      true,
      true,
      { leftHeader: "", centerHeader: "", rightHeader: "", leftFooter: "", centerFooter: "", rightFooter: "" },
    ]);
  });

  it("keep each section as set, header codes and all, each of the four sets on its own", async () => {
    const excel = freshExcel();
    const read = await excel.run(async (context) => {
      const layout = context.workbook.worksheets.getItem("Sheet1").pageLayout;
      layout.headersFooters.defaultForAllPages.centerHeader = "企画&&政策部　令和7年度";
      layout.headersFooters.defaultForAllPages.centerFooter = "&P / &N";
      layout.headersFooters.firstPage.set({ leftHeader: "表紙" });
      layout.headersFooters.state = "FirstAndDefault";
      layout.load("headersFooters/state, headersFooters/defaultForAllPages/centerFooter");
      const first = layout.headersFooters.firstPage.load("leftHeader, centerHeader");
      const page = layout.headersFooters.defaultForAllPages.load("centerHeader");
      await context.sync();
      return [layout.headersFooters.state, page.centerHeader, page.centerFooter, first.leftHeader, first.centerHeader];
    });
    expect(read).toEqual(["FirstAndDefault", "企画&&政策部　令和7年度", "&P / &N", "表紙", ""]);
    const model = excel.workbook.sheet("Sheet1").pageLayout.headersFooters;
    expect(model.pages.defaultForAllPages.centerFooter).toBe("&P / &N");
    expect(model.pages.evenPages.leftHeader).toBe("");
  });

  it("refuse a state Office.js does not name and a section that is not text (InvalidArgument)", async () => {
    const excel = freshExcel();
    const badState = await rejectionOf(
      excel.run(async (context) => {
        const headers = context.workbook.worksheets.getItem("Sheet1").pageLayout.headersFooters;
        headers.state = "EveryOther" as Excel.HeaderFooterState;
        await context.sync();
      }),
    );
    expect(badState.code).toBe("InvalidArgument");
    const badText = await rejectionOf(
      excel.run(async (context) => {
        const page = context.workbook.worksheets.getItem("Sheet1").pageLayout.headersFooters.defaultForAllPages;
        page.centerHeader = 7 as unknown as string;
        await context.sync();
      }),
    );
    expect(badText.code).toBe("InvalidArgument");
  });
});

describe("horizontal page breaks", () => {
  it("are added above a range's top-left cell, listed top to bottom with their row and cell", async () => {
    const excel = freshExcel();
    const breaks = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.horizontalPageBreaks.add("A41:C50");
      sheet.horizontalPageBreaks.add(sheet.getRange("B21"));
      const count = sheet.horizontalPageBreaks.getCount();
      const all = sheet.horizontalPageBreaks.load("items/rowIndex, items/columnIndex");
      const first = sheet.horizontalPageBreaks.getItem(0).getCellAfterBreak().load("address");
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult's value needs no load
      return [count.value, all.items.map((b) => [b.rowIndex, b.columnIndex]), first.address];
    });
    // A41 is row 40 (zero-based), B21 row 20, column 1: the break above row 21 comes first.
    expect(breaks).toEqual([
      2,
      [
        [20, 1],
        [40, 0],
      ],
      "Sheet1!B21",
    ]);
    expect([...excel.workbook.sheet("Sheet1").rowBreaks.keys()].sort((a, b) => a - b)).toEqual([20, 40]);
  });

  it("are one per row; removePageBreaks removes them all, delete one", async () => {
    const excel = freshExcel();
    const counts = await excel.run(async (context) => {
      const breaks = context.workbook.worksheets.getItem("Sheet1").horizontalPageBreaks;
      breaks.add("A10");
      breaks.add("C10");
      breaks.add("A30");
      const two = breaks.getCount();
      breaks.getItem(1).delete();
      const one = breaks.getCount();
      breaks.removePageBreaks();
      const none = breaks.getCount();
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult's value needs no load
      return [two.value, one.value, none.value];
    });
    expect(counts).toEqual([2, 1, 0]);
  });

  it("move with whole rows inserted above them, and go with a deleted row", async () => {
    const excel = freshExcel();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.horizontalPageBreaks.add("A10");
      sheet.horizontalPageBreaks.add("A20");
      sheet.getRange("3:4").insert("Down");
      await context.sync();
    });
    // Rows 9 and 19 (zero-based) moved down two: 11 and 21.
    expect([...excel.workbook.sheet("Sheet1").rowBreaks.keys()].sort((a, b) => a - b)).toEqual([11, 21]);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("12:12").delete("Up");
      await context.sync();
    });
    expect([...excel.workbook.sheet("Sheet1").rowBreaks.keys()]).toEqual([20]);
  });

  it.each([
    ["a break above the first row", (breaks: Excel.PageBreakCollection) => breaks.add("B1")],
    ["another sheet's range", (breaks: Excel.PageBreakCollection) => breaks.add("Sheet2!A5")],
    ["an index past the last", (breaks: Excel.PageBreakCollection) => breaks.getItem(0).load("rowIndex")],
  ])("refuse %s (InvalidArgument)", async (_what, call) => {
    const excel = freshExcel({ sheets: ["Sheet1", "Sheet2"] });
    const error = await rejectionOf(
      excel.run(async (context) => {
        call(context.workbook.worksheets.getItem("Sheet1").horizontalPageBreaks);
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
    expect(excel.workbook.sheet("Sheet1").rowBreaks.size).toBe(0);
  });
});
