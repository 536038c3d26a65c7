/** Getting ranges: addresses, indexes, relative ranges, used ranges, entire rows and columns. */
import { freshExcel, rejectionOf } from "../fixture";

async function addressesOf(build: (sheet: Excel.Worksheet) => Excel.Range[], sheets: string[] = ["Sheet1"]) {
  const excel = freshExcel({ sheets });
  return excel.run(async (context) => {
    const ranges = build(context.workbook.worksheets.getItem(sheets[0] ?? "Sheet1"));
    ranges.forEach((r) => r.load("address, rowIndex, columnIndex, rowCount, columnCount"));
    await context.sync();
    return ranges.map((r) => [r.address, r.rowIndex, r.columnIndex, r.rowCount, r.columnCount]);
  });
}

describe("ranges by address and index", () => {
  it("getRange, getRangeByIndexes and getCell report Excel's address and zero-based indexes", async () => {
    const result = await addressesOf((s) => [
      s.getRange("a1:c3"),
      s.getRange("$B$2"),
      s.getRangeByIndexes(4, 2, 3, 2),
      s.getCell(9, 27),
    ]);
    expect(result).toEqual([
      ["Sheet1!A1:C3", 0, 0, 3, 3],
      ["Sheet1!B2", 1, 1, 1, 1],
      ["Sheet1!C5:D7", 4, 2, 3, 2],
      ["Sheet1!AB10", 9, 27, 1, 1],
    ]);
  });

  it("getRange() is the whole sheet; whole columns and rows keep Excel's short form", async () => {
    const result = await addressesOf((s) => [s.getRange(), s.getRange("B:D"), s.getRange("3:5")]);
    expect(result.map((r) => r[0])).toEqual(["Sheet1!1:1048576", "Sheet1!B:D", "Sheet1!3:5"]);
    expect(result[0]?.slice(3)).toEqual([1_048_576, 16_384]);
  });

  it("sheet names are quoted in addresses only where Excel quotes them", async () => {
    for (const [name, expected] of [
      ["政策推進部", "政策推進部!A1"],
      ["My Sheet", "'My Sheet'!A1"],
      ["2025年度", "'2025年度'!A1"],
      ["O'Brien", "'O''Brien'!A1"],
      ["R7", "'R7'!A1"],
    ]) {
      const result = await addressesOf((s) => [s.getRange("A1")], [name as string]);
      expect(result[0]?.[0]).toBe(expected);
    }
  });

  it("an address that is not A1 is InvalidArgument", async () => {
    const excel = freshExcel();
    const error = await rejectionOf(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("ZZZZ1");
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });

  it("a defined name can be used as an address", async () => {
    const excel = freshExcel();
    const address = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      context.workbook.names.add("目標値", sheet.getRange("B2:B5"));
      const range = sheet.getRange("目標値").load("address");
      await context.sync();
      return range.address;
    });
    expect(address).toBe("Sheet1!B2:B5");
  });
});

describe("relative ranges", () => {
  it("getResizedRange, getOffsetRange, getCell, getRow, getColumn, getLastCell, getEntireRow/Column", async () => {
    const result = await addressesOf((s) => {
      const base = s.getRange("B2:C3");
      return [
        base.getResizedRange(2, 1),
        base.getOffsetRange(1, 2),
        base.getCell(1, 1),
        base.getRow(1),
        base.getColumn(0),
        base.getLastCell(),
        base.getEntireRow(),
        base.getEntireColumn(),
        base.getRowsBelow(2),
        base.getIntersection("C3:D4"),
        base.getBoundingRect("E5"),
      ];
    });
    expect(result.map((r) => r[0])).toEqual([
      "Sheet1!B2:D5",
      "Sheet1!D3:E4",
      "Sheet1!C3",
      "Sheet1!B3:C3",
      "Sheet1!B2:B3",
      "Sheet1!C3",
      "Sheet1!2:3",
      "Sheet1!B:C",
      "Sheet1!B4:C5",
      "Sheet1!C3",
      "Sheet1!B2:E5",
    ]);
  });

  it("an offset that leaves the sheet is InvalidArgument", async () => {
    const excel = freshExcel();
    const error = await rejectionOf(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").getOffsetRange(-1, 0);
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });
});

describe("used ranges", () => {
  it("covers the cells with values, and with formatting unless valuesOnly", async () => {
    const excel = freshExcel();
    excel.workbook.setCell("Sheet1", "B2", { value: 1 });
    excel.workbook.setCell("Sheet1", "D5", { value: "x" });
    excel.workbook.setCell("Sheet1", "F9", { style: { bold: true } });
    const [all, values] = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const a = sheet.getUsedRange().load("address");
      const v = sheet.getUsedRange(true).load("address");
      await context.sync();
      return [a.address, v.address];
    });
    expect(all).toBe("Sheet1!B2:F9");
    expect(values).toBe("Sheet1!B2:D5");
  });

  it("on a blank sheet Worksheet.getUsedRange is A1 and getUsedRangeOrNullObject is a null object", async () => {
    const excel = freshExcel();
    const result = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const used = sheet.getUsedRange().load("address");
      const orNull = sheet.getUsedRangeOrNullObject();
      await context.sync();
      return [used.address, orNull.isNullObject];
    });
    expect(result).toEqual(["Sheet1!A1", true]);
  });

  it("Range.getUsedRange throws ItemNotFound when the range has no used cell", async () => {
    const excel = freshExcel();
    excel.workbook.setCell("Sheet1", "Z99", { value: 1 });
    const error = await rejectionOf(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:C3").getUsedRange();
        await context.sync();
      }),
    );
    expect(error.code).toBe("ItemNotFound");
  });
});

describe("insert and delete", () => {
  it("inserting cells moves the cells below and the formulas that point at them", async () => {
    const excel = freshExcel();
    excel.workbook.addSheet("Data", [[1], [2], [3], ["=SUM(A1:A3)"]]);
    const result = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("A2").insert("Down");
      sheet.getRange("A2").values = [[10]];
      const all = sheet.getRange("A1:A5").load("values, formulas");
      await context.sync();
      return { values: all.values, formulas: all.formulas };
    });
    expect(result.formulas.map((r) => r[0])).toEqual([1, 10, 2, 3, "=SUM(A1:A4)"]);
    expect(result.values.map((r) => r[0])).toEqual([1, 10, 2, 3, 16]);
  });

  it("deleting cells moves the cells below up; references to deleted cells become #REF!", async () => {
    const excel = freshExcel();
    excel.workbook.addSheet("Data", [[1, "=A2"], [2], [3, "=SUM(A1:A3)"]]);
    const formulas = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("A2").delete("Up");
      const all = sheet.getRange("A1:B3").load("formulas");
      await context.sync();
      return all.formulas;
    });
    expect(formulas).toEqual([
      [1, "=#REF!"],
      [3, ""],
      ["", "=SUM(A1:A2)"],
    ]);
  });
});
