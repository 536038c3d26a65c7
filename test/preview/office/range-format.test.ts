/** Range.format (font, fill, sizes, alignment, wrap, borders), hyperlinks, select, clear and merge. */
import { freshExcel, rejectionOf } from "../fixture";

describe("formatting", () => {
  it("font, fill, alignment and wrap are written and read back", async () => {
    const excel = freshExcel();
    const format = await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      range.format.font.bold = true;
      range.format.font.italic = true;
      range.format.font.color = "red";
      range.format.font.size = 14;
      range.format.font.name = "メイリオ";
      range.format.fill.color = "#ffeb9c";
      range.format.horizontalAlignment = "Center";
      range.format.verticalAlignment = "Top";
      range.format.wrapText = true;
      range.load("format/font/bold, format/font/italic, format/font/color, format/font/size, format/font/name");
      range.load("format/fill/color, format/horizontalAlignment, format/verticalAlignment, format/wrapText");
      await context.sync();
      return [
        range.format.font.bold,
        range.format.font.italic,
        range.format.font.color,
        range.format.font.size,
        range.format.font.name,
        range.format.fill.color,
        range.format.horizontalAlignment,
        range.format.verticalAlignment,
        range.format.wrapText,
      ];
    });
    expect(format).toEqual([true, true, "#FF0000", 14, "メイリオ", "#FFEB9C", "Center", "Top", true]);
  });

  it("a new workbook has Japanese Excel's defaults: 游ゴシック 11pt, no fill (reported as white)", async () => {
    const excel = freshExcel();
    const defaults = await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("C3");
      range.load("format/font/name, format/font/size, format/fill/color, format/rowHeight, format/columnWidth");
      await context.sync();
      return [
        range.format.font.name,
        range.format.font.size,
        range.format.fill.color,
        range.format.rowHeight,
        range.format.columnWidth,
      ];
    });
    expect(defaults).toEqual(["游ゴシック", 11, "#FFFFFF", 18.75, 54]);
  });

  it("a property that differs across the range reads as null", async () => {
    const excel = freshExcel();
    const bold = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").format.font.bold = true;
      const range = sheet.getRange("A1:A2").load("format/font/bold");
      await context.sync();
      return range.format.font.bold;
    });
    expect(bold).toBeNull();
  });

  it("an unknown colour is InvalidArgument", async () => {
    const excel = freshExcel();
    const error = await rejectionOf(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").format.fill.color = "not-a-colour";
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });

  it("column width and row height apply to whole columns and rows", async () => {
    const excel = freshExcel();
    const sizes = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B:C").format.columnWidth = 120;
      sheet.getRange("A2").format.rowHeight = 30;
      const b9 = sheet.getRange("B9").load("format/columnWidth");
      const z2 = sheet.getRange("Z2").load("format/rowHeight");
      const mixed = sheet.getRange("A1:B1").load("format/columnWidth");
      await context.sync();
      return [b9.format.columnWidth, z2.format.rowHeight, mixed.format.columnWidth];
    });
    expect(sizes).toEqual([120, 30, null]);
  });

  it("formatting a whole column reaches cells written later, without a million cells", async () => {
    const excel = freshExcel();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A:A").format.font.bold = true;
      sheet.getRange("A:A").numberFormat = "@" as unknown as string[][];
      await context.sync();
      sheet.getRange("A500000").values = [["001"]];
      await context.sync();
    });
    expect(excel.workbook.format("Sheet1", "A500000").bold).toBe(true);
    expect(excel.workbook.value("Sheet1", "A500000")).toBe("001");
    expect(excel.workbook.sheet("Sheet1").cells.size).toBe(1);
  });

  it("borders: edges and inside lines of a range", async () => {
    const excel = freshExcel();
    const result = await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("B2:C3");
      const top = range.format.borders.getItem("EdgeTop");
      top.style = "Continuous";
      top.weight = "Medium";
      top.color = "#0000FF";
      range.format.borders.getItem("InsideHorizontal").style = "Dash";
      const bottom = range.format.borders.getItem("EdgeBottom").load("style");
      top.load("style, weight, color");
      const inside = range.format.borders.getItem("InsideHorizontal").load("style");
      await context.sync();
      return [top.style, top.weight, top.color, inside.style, bottom.style];
    });
    expect(result).toEqual(["Continuous", "Medium", "#0000FF", "Dash", "None"]);
    expect(excel.workbook.format("Sheet1", "C2").borders.EdgeTop?.style).toBe("Continuous");
    expect(excel.workbook.format("Sheet1", "C3").borders.EdgeTop?.style).toBe("Dash");
  });

  it("autofitColumns widens a column to its longest text", async () => {
    const excel = freshExcel();
    excel.workbook.setCell("Sheet1", "A1", { value: "シティプロモーションの強化" });
    const width = await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A:A");
      range.format.autofitColumns();
      range.load("format/columnWidth");
      await context.sync();
      return range.format.columnWidth;
    });
    expect(width).toBeGreaterThan(54);
  });
});

describe("hyperlinks, selection, clear and merge", () => {
  it("a hyperlink is stored with its text and Excel's link style", async () => {
    const excel = freshExcel();
    const link = await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.hyperlink = {
        address: "https://www.city.kashiwara.osaka.jp/",
        textToDisplay: "柏原市",
        screenTip: "市のサイト",
      };
      range.load("hyperlink, values, format/font/underline");
      await context.sync();
      return [range.hyperlink, range.values, range.format.font.underline];
    });
    expect(link).toEqual([
      { address: "https://www.city.kashiwara.osaka.jp/", textToDisplay: "柏原市", screenTip: "市のサイト" },
      [["柏原市"]],
      "Single",
    ]);
  });

  it("select() sets the selection and activates the sheet", async () => {
    const excel = freshExcel();
    excel.workbook.addSheet("部");
    const selected = await excel.run(async (context) => {
      context.workbook.worksheets.getItem("部").getRange("B2:C4").select();
      const range = context.workbook.getSelectedRange().load("address");
      const active = context.workbook.worksheets.getActiveWorksheet().load("name");
      await context.sync();
      return [range.address, active.name];
    });
    expect(selected).toEqual(["部!B2:C4", "部"]);
  });

  it("clear('Contents') keeps formats; clear() removes both", async () => {
    const excel = freshExcel();
    excel.workbook.setCell("Sheet1", "A1", { value: 1, style: { bold: true } });
    excel.workbook.setCell("Sheet1", "B1", { value: 2, style: { bold: true } });
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").clear("Contents");
      sheet.getRange("B1").clear();
      await context.sync();
    });
    expect([excel.workbook.value("Sheet1", "A1"), excel.workbook.format("Sheet1", "A1").bold]).toEqual(["", true]);
    expect([excel.workbook.value("Sheet1", "B1"), excel.workbook.format("Sheet1", "B1").bold]).toEqual(["", false]);
  });

  it("merge() keeps only the upper-left value", async () => {
    const excel = freshExcel();
    excel.workbook.addSheet("M", [["keep", "lost"]]);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("M").getRange("A1:B1").merge();
      await context.sync();
    });
    expect(excel.workbook.displayGrid("M", "A1:B1")).toEqual([["keep", ""]]);
    expect(excel.workbook.sheet("M").merges).toEqual([{ row: 0, column: 0, rowCount: 1, columnCount: 2 }]);
  });
});

describe("protection of cells", () => {
  it("writing to a locked cell of a protected sheet fails with AccessDenied; unlocked cells stay writable", async () => {
    const excel = freshExcel();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B2").format.protection.locked = false;
      sheet.protection.protect();
      await context.sync();
    });
    const error = await rejectionOf(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["no"]];
        await context.sync();
      }),
    );
    expect(error.code).toBe("AccessDenied");
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B2").values = [["yes"]];
      await context.sync();
    });
    expect([excel.workbook.value("Sheet1", "A1"), excel.workbook.value("Sheet1", "B2")]).toEqual(["", "yes"]);
  });

  it("formatting locked cells of a protected sheet needs allowFormatCells", async () => {
    const excel = freshExcel();
    const refused = await rejectionOf(
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.protection.protect();
        await context.sync();
        sheet.getRange("A1").format.font.bold = true;
        await context.sync();
      }),
    );
    expect(refused.code).toBe("AccessDenied");
    await excel.run(async (context) => {
      const protection = context.workbook.worksheets.getItem("Sheet1").protection;
      protection.unprotect();
      protection.protect({ allowFormatCells: true });
      await context.sync();
    });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").format.font.bold = true;
      await context.sync();
    });
    expect(excel.workbook.format("Sheet1", "A1").bold).toBe(true);
  });
});
