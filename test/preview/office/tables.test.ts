/** Excel tables: creation, parts, names, columns, rows.add with calculated columns, totals, resize, delete. */
import { freshExcel, rejectionOf } from "../fixture";

const KPI = [
  ["指標", "目標値", "実績値", "達成率"],
  ["広報発信件数", 200, 150, "=C2/B2"],
  ["SNSフォロワー数", 5000, 5200, "=C3/B3"],
];

/**
 * null keeps a cell as it is (for a calculated column: its formula). Office.js documents null in 2-D
 * value arrays; the rows.add typings leave it out, hence the cast.
 */
const KEEP = null as unknown as string;

function kpiExcel() {
  const excel = freshExcel({ sheets: [] });
  excel.workbook.addSheet("政策推進部", KPI);
  excel.workbook.addSheet("集計", [["=SUM(政策推進部!B2:B3)"]]);
  return excel;
}

describe("tables.add", () => {
  it("creates a table over a range with headers; parts, name, style and columns are Excel's", async () => {
    const excel = kpiExcel();
    const result = await excel.run(async (context) => {
      const table = context.workbook.worksheets.getItem("政策推進部").tables.add("A1:D3", true);
      table.load("name, style, showTotals, showHeaders, id");
      const header = table.getHeaderRowRange().load("address, values");
      const body = table.getDataBodyRange().load("address");
      const whole = table.getRange().load("address");
      table.columns.load("items/name, items/index");
      await context.sync();
      return {
        name: table.name,
        style: table.style,
        totals: table.showTotals,
        headers: table.showHeaders,
        header: header.address,
        body: body.address,
        whole: whole.address,
        columns: table.columns.items.map((c) => [c.index, c.name]),
      };
    });
    expect(result).toEqual({
      name: "テーブル1",
      style: "TableStyleMedium2",
      totals: false,
      headers: true,
      header: "政策推進部!A1:D1",
      body: "政策推進部!A2:D3",
      whole: "政策推進部!A1:D3",
      columns: [
        [0, "指標"],
        [1, "目標値"],
        [2, "実績値"],
        [3, "達成率"],
      ],
    });
  });

  it("without headers Excel inserts 列1, 列2… above and moves the data down a row", async () => {
    const excel = freshExcel({ sheets: [] });
    excel.workbook.addSheet("S", [
      ["a", 1],
      ["b", 2],
    ]);
    const result = await excel.run(async (context) => {
      const table = context.workbook.worksheets.getItem("S").tables.add("A1:B2", false);
      const whole = table.getRange().load("address, values");
      await context.sync();
      return [whole.address, whole.values];
    });
    expect(result).toEqual([
      "S!A1:B3",
      [
        ["列1", "列2"],
        ["a", 1],
        ["b", 2],
      ],
    ]);
  });

  it("a header-only range gets one blank data row", async () => {
    const excel = freshExcel();
    const body = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:C1").values = [["部", "目標", "実績"]];
      const table = sheet.tables.add("A1:C1", true);
      const range = table.getDataBodyRange().load("address");
      const rows = table.rows.getCount();
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult's value needs no load
      return [range.address, rows.value];
    });
    expect(body).toEqual(["Sheet1!A2:C2", 1]);
  });

  it("empty and duplicate header cells get unique names written into the header", async () => {
    const excel = freshExcel({ sheets: [] });
    excel.workbook.addSheet("S", [
      ["名前", "", "名前", 2025],
      [1, 2, 3, 4],
    ]);
    const names = await excel.run(async (context) => {
      const table = context.workbook.worksheets.getItem("S").tables.add("A1:D2", true);
      const header = table.getHeaderRowRange().load("values");
      await context.sync();
      return header.values[0];
    });
    expect(names).toEqual(["名前", "列2", "名前2", "2025"]);
  });

  it("a table cannot overlap another table", async () => {
    const excel = kpiExcel();
    const error = await rejectionOf(
      excel.run(async (context) => {
        const tables = context.workbook.worksheets.getItem("政策推進部").tables;
        tables.add("A1:D3", true);
        tables.add("C2:E5", true);
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidOperation");
  });

  it("workbook.tables finds a table by name, case-insensitively; a missing one is a null object", async () => {
    const excel = kpiExcel();
    await excel.run(async (context) => {
      const table = context.workbook.worksheets.getItem("政策推進部").tables.add("A1:D3", true);
      table.name = "KPI_政策推進部";
      await context.sync();
    });
    const found = await excel.run(async (context) => {
      const table = context.workbook.tables.getItem("kpi_政策推進部").load("name");
      const missing = context.workbook.tables.getItemOrNullObject("無い");
      await context.sync();
      return [table.name, missing.isNullObject];
    });
    expect(found).toEqual(["KPI_政策推進部", true]);
  });

  it.each([
    ["a name with a space", "KPI 表"],
    ["a name like a cell reference", "A1"],
    ["a name starting with a digit", "1表"],
  ])("renaming refuses %s", async (_label, name) => {
    const excel = kpiExcel();
    const error = await rejectionOf(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("政策推進部").tables.add("A1:D3", true).name = name;
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });
});

describe("rows.add", () => {
  it("appends rows and extends the calculated column's formula to them", async () => {
    const excel = kpiExcel();
    const result = await excel.run(async (context) => {
      const table = context.workbook.worksheets.getItem("政策推進部").tables.add("A1:D3", true);
      table.rows.add(undefined, [
        ["職員研修回数", 10, 8, KEEP],
        ["防災訓練回数", 4, 4, KEEP],
      ]);
      const body = table.getDataBodyRange().load("address, formulas, values");
      await context.sync();
      return { address: body.address, formulas: body.formulas.map((r) => r[3]), values: body.values.map((r) => r[3]) };
    });
    expect(result).toEqual({
      address: "政策推進部!A2:D5",
      formulas: ["=C2/B2", "=C3/B3", "=C4/B4", "=C5/B5"],
      values: [0.75, 1.04, 0.8, 1],
    });
  });

  it("inserting in the middle moves the rows below and the references to them", async () => {
    const excel = kpiExcel();
    const result = await excel.run(async (context) => {
      const table = context.workbook.worksheets.getItem("政策推進部").tables.add("A1:D3", true);
      table.rows.add(0, [["新規", 100, 50, KEEP]]);
      const body = table.getDataBodyRange().load("values, formulas");
      const total = context.workbook.worksheets.getItem("集計").getRange("A1").load("formulas, values");
      await context.sync();
      return {
        names: body.values.map((r) => r[0]),
        formulas: body.formulas.map((r) => r[3]),
        total: [total.formulas[0]?.[0], total.values[0]?.[0]],
      };
    });
    expect(result.names).toEqual(["新規", "広報発信件数", "SNSフォロワー数"]);
    expect(result.formulas).toEqual(["=C2/B2", "=C3/B3", "=C4/B4"]);
    // 集計 pointed at B2:B3; those cells moved down to B3:B4 and the reference followed them.
    expect(result.total).toEqual(["=SUM(政策推進部!B3:B4)", 5200]);
  });

  it("a value given for a calculated column replaces the formula in that row", async () => {
    const excel = kpiExcel();
    const formulas = await excel.run(async (context) => {
      const table = context.workbook.worksheets.getItem("政策推進部").tables.add("A1:D3", true);
      table.rows.add(-1, [["手入力", 1, 1, 0.5]]);
      const column = table.columns.getItem("達成率").getDataBodyRange().load("formulas");
      await context.sync();
      return column.formulas.map((r) => r[0]);
    });
    expect(formulas).toEqual(["=C2/B2", "=C3/B3", 0.5]);
  });

  it("cells below the table move down when rows are added at the end", async () => {
    const excel = kpiExcel();
    excel.workbook.setCell("政策推進部", "A5", { value: "注記" });
    excel.workbook.setCell("政策推進部", "F5", { value: "外" });
    await excel.run(async (context) => {
      const table = context.workbook.worksheets.getItem("政策推進部").tables.add("A1:D3", true);
      table.rows.add(undefined, [["x", 1, 1, KEEP]]);
      await context.sync();
    });
    expect(excel.workbook.value("政策推進部", "A6")).toBe("注記");
    // Cells outside the table's columns stay where they are.
    expect(excel.workbook.value("政策推進部", "F5")).toBe("外");
  });

  it("values must be as wide as the table", async () => {
    const excel = kpiExcel();
    const error = await rejectionOf(
      excel.run(async (context) => {
        const table = context.workbook.worksheets.getItem("政策推進部").tables.add("A1:D3", true);
        table.rows.add(undefined, [["too", "narrow"]]);
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });

  it("adding to a header-only table leaves Excel's blank first row in place", async () => {
    const excel = freshExcel();
    const values = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B1").values = [["部", "件数"]];
      const table = sheet.tables.add("A1:B1", true);
      table.rows.add(undefined, [["政策推進部", 3]]);
      const body = table.getDataBodyRange().load("values");
      await context.sync();
      return body.values;
    });
    expect(values).toEqual([
      ["", ""],
      ["政策推進部", 3],
    ]);
  });

  it("new rows take the formats of the row above, and the columns' validation grows with the table", async () => {
    const excel = kpiExcel();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("政策推進部");
      const table = sheet.tables.add("A1:D3", true);
      sheet.getRange("D2:D3").numberFormat = [["0.0%"], ["0.0%"]];
      sheet.getRange("B2:C3").dataValidation.rule = { decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" } };
      table.rows.add(undefined, [["新規", 10, 9, KEEP]]);
      await context.sync();
    });
    expect(excel.workbook.text("政策推進部", "D4")).toBe("90.0%");
    const types = await excel.run(async (context) => {
      const validation = context.workbook.worksheets
        .getItem("政策推進部")
        .getRange("B2:C4")
        .dataValidation.load("type");
      await context.sync();
      return validation.type;
    });
    expect(types).toBe("Decimal");
  });

  it("deleting every row leaves one blank data row", async () => {
    const excel = kpiExcel();
    const body = await excel.run(async (context) => {
      const table = context.workbook.worksheets.getItem("政策推進部").tables.add("A1:D3", true);
      table.rows.deleteRowsAt(0, 2);
      const range = table.getDataBodyRange().load("address, values");
      await context.sync();
      return [range.address, range.values];
    });
    expect(body).toEqual(["政策推進部!A2:D2", [["", "", "", ""]]]);
  });

  it("rows items, getItemAt, row values and deleteRowsAt", async () => {
    const excel = kpiExcel();
    const result = await excel.run(async (context) => {
      const table = context.workbook.worksheets.getItem("政策推進部").tables.add("A1:D3", true);
      table.rows.load("items/index, items/values");
      await context.sync();
      const before = table.rows.items.map((r) => [r.index, r.values[0]?.[0]]);
      table.rows.deleteRowsAt(0);
      const count = table.rows.getCount();
      const first = table.rows.getItemAt(0).load("values");
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult's value needs no load
      return { before, count: count.value, first: first.values[0]?.[0] };
    });
    expect(result).toEqual({
      before: [
        [0, "広報発信件数"],
        [1, "SNSフォロワー数"],
      ],
      count: 1,
      first: "SNSフォロワー数",
    });
  });
});

describe("table changes", () => {
  it("showTotals adds a totals row labelled 集計 below the data", async () => {
    const excel = kpiExcel();
    const result = await excel.run(async (context) => {
      const table = context.workbook.worksheets.getItem("政策推進部").tables.add("A1:D3", true);
      table.showTotals = true;
      const totals = table.getTotalRowRange().load("address, values");
      await context.sync();
      return [totals.address, totals.values[0]?.[0]];
    });
    expect(result).toEqual(["政策推進部!A4:D4", "集計"]);
  });

  it("resize keeps the header row and takes new columns' names from the header cells", async () => {
    const excel = kpiExcel();
    excel.workbook.setCell("政策推進部", "E1", { value: "備考" });
    const result = await excel.run(async (context) => {
      const table = context.workbook.worksheets.getItem("政策推進部").tables.add("A1:D3", true);
      table.resize("A1:E4");
      const whole = table.getRange().load("address");
      table.columns.load("items/name");
      await context.sync();
      return [whole.address, table.columns.items.map((c) => c.name)];
    });
    expect(result).toEqual(["政策推進部!A1:E4", ["指標", "目標値", "実績値", "達成率", "備考"]]);
  });

  it("resize refuses to move the header row", async () => {
    const excel = kpiExcel();
    const error = await rejectionOf(
      excel.run(async (context) => {
        const table = context.workbook.worksheets.getItem("政策推進部").tables.add("A1:D3", true);
        table.resize("A2:D5");
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });

  it("writing a header cell renames the column", async () => {
    const excel = kpiExcel();
    const names = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("政策推進部");
      const table = sheet.tables.add("A1:D3", true);
      sheet.getRange("B1").values = [["目標"]];
      table.columns.load("items/name");
      await context.sync();
      return table.columns.items.map((c) => c.name);
    });
    expect(names).toEqual(["指標", "目標", "実績値", "達成率"]);
  });

  it("columns.add appends a column with its header and values", async () => {
    const excel = kpiExcel();
    const result = await excel.run(async (context) => {
      const table = context.workbook.worksheets.getItem("政策推進部").tables.add("A1:D3", true);
      table.columns.add(undefined, [["達成度"], ["B"], ["A"]]);
      const whole = table.getRange().load("address");
      const col = table.columns.getItem("達成度").getDataBodyRange().load("values");
      await context.sync();
      return [whole.address, col.values];
    });
    expect(result).toEqual(["政策推進部!A1:E3", [["B"], ["A"]]]);
  });

  it("convertToRange keeps the cells; delete() clears them", async () => {
    const excel = kpiExcel();
    await excel.run(async (context) => {
      const tables = context.workbook.worksheets.getItem("政策推進部").tables;
      tables.add("A1:D3", true).convertToRange();
      await context.sync();
    });
    expect(excel.workbook.tables).toHaveLength(0);
    expect(excel.workbook.value("政策推進部", "A2")).toBe("広報発信件数");
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("政策推進部").tables.add("A1:D3", true).delete();
      await context.sync();
    });
    expect(excel.workbook.value("政策推進部", "A2")).toBe("");
  });

  it("hiding the header row removes it from the table; showing it writes the names back", async () => {
    const excel = kpiExcel();
    const result = await excel.run(async (context) => {
      const table = context.workbook.worksheets.getItem("政策推進部").tables.add("A1:D3", true);
      table.showHeaders = false;
      const hidden = table.getRange().load("address");
      await context.sync();
      table.showHeaders = true;
      const shown = table.getHeaderRowRange().load("values");
      await context.sync();
      return [hidden.address, shown.values[0]];
    });
    expect(result).toEqual(["政策推進部!A2:D3", ["指標", "目標値", "実績値", "達成率"]]);
  });

  it("a table cannot contain merged cells", async () => {
    const excel = kpiExcel();
    const error = await rejectionOf(
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("政策推進部");
        sheet.getRange("A2:B2").merge();
        sheet.tables.add("A1:D3", true);
        await context.sync();
      }),
    );
    expect(error.code).toBe("MergedRangeConflict");
  });

  it("tables on a protected sheet cannot be added", async () => {
    const excel = kpiExcel();
    const error = await rejectionOf(
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("政策推進部");
        sheet.protection.protect();
        sheet.tables.add("A1:D3", true);
        await context.sync();
      }),
    );
    expect(error.code).toBe("AccessDenied");
  });
});
