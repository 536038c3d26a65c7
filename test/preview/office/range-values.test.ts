/** Writing and reading Range.values / formulas / numberFormat as Excel does (typed entry, shapes, results). */
import { freshExcel, rejectionOf } from "../fixture";

async function writeAndRead(values: unknown[][], address = "A1") {
  const excel = freshExcel();
  const read = await excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Sheet1").getRange(address);
    range.values = values;
    range.load("values, formulas, text, valueTypes, numberFormat");
    await context.sync();
    return {
      values: range.values,
      formulas: range.formulas,
      text: range.text,
      valueTypes: range.valueTypes,
      numberFormat: range.numberFormat,
    };
  });
  return { excel, ...read };
}

describe("strings written to values are typed entry, as in Excel", () => {
  it("=1+1 becomes a formula computing 2", async () => {
    const r = await writeAndRead([["=1+1"]]);
    expect(r.values).toEqual([[2]]);
    expect(r.formulas).toEqual([["=1+1"]]);
    expect(r.valueTypes).toEqual([["Double"]]);
  });

  it("'=x stays the text =x", async () => {
    const r = await writeAndRead([["'=x"]]);
    expect(r.values).toEqual([["=x"]]);
    expect(r.text).toEqual([["=x"]]);
    expect(r.valueTypes).toEqual([["String"]]);
  });

  it("reading formulas drops the apostrophe, so writing them back makes a formula (office-js #6687)", async () => {
    const excel = freshExcel();
    const after = await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.values = [["'=1+1"]];
      range.load("formulas");
      await context.sync();
      const formulas = range.formulas;
      range.formulas = formulas;
      range.load("values");
      await context.sync();
      return range.values;
    });
    expect(after).toEqual([[2]]);
  });

  it("-5 stays a number, -abc becomes a formula that shows #NAME?", async () => {
    const r = await writeAndRead([["-5", "-abc"]], "A1:B1");
    expect(r.values).toEqual([[-5, "#NAME?"]]);
    expect(r.formulas).toEqual([[-5, "=-abc"]]);
    expect(r.valueTypes).toEqual([["Double", "Error"]]);
  });

  it("a leading + is formula entry: a phone number becomes arithmetic", async () => {
    const r = await writeAndRead([["+81-90-1234-5678"]]);
    expect(r.formulas).toEqual([["=+81-90-1234-5678"]]);
    expect(r.values).toEqual([[81 - 90 - 1234 - 5678]]);
  });

  it("a leading @ is formula entry too", async () => {
    const r = await writeAndRead([["@SUM(1,2)"]]);
    expect(r.formulas).toEqual([["=SUM(1,2)"]]);
    expect(r.values).toEqual([[3]]);
  });

  it("a lone '-' (a common 'no data' mark) stays text", async () => {
    const r = await writeAndRead([["-"]]);
    expect(r.values).toEqual([["-"]]);
    expect(r.valueTypes).toEqual([["String"]]);
  });

  it("a string that is not a valid formula fails the write with InvalidArgument", async () => {
    const excel = freshExcel();
    const error = await rejectionOf(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [["ok", "=SUM(1,"]];
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
    expect(excel.workbook.value("Sheet1", "A1")).toBe("");
  });

  it("numeric text becomes a number: 001 → 1, 1,000 → 1000 with #,##0, 10% → 0.1", async () => {
    const r = await writeAndRead([["001", "1,000", "10%"]], "A1:C1");
    expect(r.values).toEqual([[1, 1000, 0.1]]);
    expect(r.numberFormat).toEqual([["General", "#,##0", "0%"]]);
    expect(r.text).toEqual([["1", "1,000", "10%"]]);
  });

  it("(5) becomes -5, as Excel reads accounting negatives (a plan code like 目標 (5) is at risk)", async () => {
    const r = await writeAndRead([["(5)"]]);
    expect(r.values).toEqual([[-5]]);
  });

  it("date-like text becomes a date serial with a date format: 5-2, 2025/4/1, 令和7年4月1日", async () => {
    const r = await writeAndRead([["5-2", "2025/4/1", "令和7年4月1日", "令和7年度"]], "A1:D1");
    expect(r.values).toEqual([[45779, 45748, 45748, "令和7年度"]]);
    expect(r.text).toEqual([["5月2日", "2025/4/1", "令和7年4月1日", "令和7年度"]]);
  });

  it("more than 15 significant digits are lost, as Excel keeps 15", async () => {
    const r = await writeAndRead([["12345678901234567"]]);
    expect(r.values).toEqual([[12345678901234500]]);
  });

  it("TRUE and #N/A typed as text become a boolean and an error", async () => {
    const r = await writeAndRead([["true", "#N/A"]], "A1:B1");
    expect(r.values).toEqual([[true, "#N/A"]]);
    expect(r.valueTypes).toEqual([["Boolean", "Error"]]);
  });

  it("a cell formatted as text (@) keeps every string as typed", async () => {
    const excel = freshExcel();
    const values = await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:C1");
      range.numberFormat = [["@", "@", "@"]];
      range.values = [["=1+1", "001", "-abc"]];
      range.load("values");
      await context.sync();
      return range.values;
    });
    expect(values).toEqual([["=1+1", "001", "-abc"]]);
  });

  it("Japanese unit text and triangle minus stay text", async () => {
    const r = await writeAndRead([["65,000 件", "△53人", "作業中"]], "A1:C1");
    expect(r.valueTypes).toEqual([["String", "String", "String"]]);
  });
});

describe("JavaScript values written to values", () => {
  it("numbers and booleans are stored as they are; '' empties the cell", async () => {
    const excel = freshExcel();
    excel.workbook.setCell("Sheet1", "D1", { value: "old" });
    const r = await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:D1");
      range.values = [[3.5, true, false, ""]];
      range.load("values, valueTypes");
      await context.sync();
      return { values: range.values, types: range.valueTypes };
    });
    expect(r.values).toEqual([[3.5, true, false, ""]]);
    expect(r.types).toEqual([["Double", "Boolean", "Boolean", "Empty"]]);
  });

  it("null leaves a cell unchanged", async () => {
    const excel = freshExcel();
    excel.workbook.setCell("Sheet1", "B1", { value: "keep" });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:C1").values = [[1, null, 3]];
      await context.sync();
    });
    expect([excel.workbook.value("Sheet1", "A1"), excel.workbook.value("Sheet1", "B1")]).toEqual([1, "keep"]);
  });

  it.each([
    ["too wide", [[1, 2]]],
    ["too tall", [[1], [2], [3]]],
    ["one-dimensional", [1, 2]],
  ])("a %s array for a 2×1 range is InvalidArgument", async (_label, values) => {
    const excel = freshExcel();
    const error = await rejectionOf(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:A2").values = values as unknown[][];
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });

  it("a single value is written to every cell of the range", async () => {
    const excel = freshExcel();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      range.values = "x" as unknown as unknown[][];
      await context.sync();
    });
    expect(excel.workbook.displayGrid("Sheet1")).toEqual([
      ["x", "x"],
      ["x", "x"],
    ]);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY])("%p cannot be stored", async (bad) => {
    const excel = freshExcel();
    const error = await rejectionOf(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[bad]];
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });
});

describe("formulas", () => {
  it("formulas writes formulas; their values are the computed results", async () => {
    const excel = freshExcel();
    const r = await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:C1");
      range.formulas = [[10, 20, "=sum(a1:b1)"]];
      range.load("values, formulas");
      await context.sync();
      return { values: range.values, formulas: range.formulas };
    });
    expect(r.values).toEqual([[10, 20, 30]]);
    expect(r.formulas).toEqual([[10, 20, "=SUM(A1:B1)"]]);
  });

  it("the engine recomputes dependents after a later write", async () => {
    const excel = freshExcel();
    const values = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B1").formulas = [[2, "=A1*10"]];
      await context.sync();
      sheet.getRange("A1").values = [[7]];
      const b1 = sheet.getRange("B1").load("values");
      await context.sync();
      return b1.values;
    });
    expect(values).toEqual([[70]]);
  });

  it("Japanese sheet names work in formulas, quoted or not, across sheets", async () => {
    const excel = freshExcel({ sheets: [] });
    excel.workbook.addSheet("政策推進部", [
      ["指標", "目標値", "実績値"],
      ["件数", 200, 150],
    ]);
    excel.workbook.addSheet("集計");
    const values = await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("集計").getRange("A1:B1");
      range.formulas = [["='政策推進部'!C2/'政策推進部'!B2", "=政策推進部!C2*2"]];
      range.load("values, formulas");
      await context.sync();
      return { values: range.values, formulas: range.formulas };
    });
    expect(values.values).toEqual([[0.75, 300]]);
    // Excel writes a plain Japanese sheet name without quotes.
    expect(values.formulas).toEqual([["=政策推進部!C2/政策推進部!B2", "=政策推進部!C2*2"]]);
  });

  it("errors from formulas read back as their codes", async () => {
    const r = await writeAndRead([["=1/0", "=NA()", "=UNKNOWNFN(1)"]], "A1:C1");
    expect(r.values).toEqual([["#DIV/0!", "#N/A", "#NAME?"]]);
  });
});

describe("numberFormat and text", () => {
  it("numberFormat is applied per cell; null keeps a cell's format; '' resets to General", async () => {
    const excel = freshExcel();
    const r = await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:C1");
      range.values = [[0.705, 65000, 1234.5]];
      range.numberFormat = [["0.0%", '#,##0"件"', "0.00"]];
      range.numberFormat = [[null, null, ""]];
      range.load("text, numberFormat");
      await context.sync();
      return { text: range.text, nf: range.numberFormat };
    });
    expect(r.text).toEqual([["70.5%", "65,000件", "1234.5"]]);
    expect(r.nf).toEqual([["0.0%", '#,##0"件"', "General"]]);
  });
});

describe("whole columns", () => {
  it("clearing a whole column of a workbook with formulas is cheap and recalculates", async () => {
    const excel = freshExcel({ sheets: [] });
    excel.workbook.addSheet("S", [
      [1, "=SUM(A:A)"],
      [2, null],
    ]);
    const values = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("A:A").clear("Contents");
      const b1 = sheet.getRange("B1").load("values");
      await context.sync();
      return b1.values;
    });
    expect(values).toEqual([[0]]);
  });
});
