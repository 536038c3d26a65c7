/** Conditional formats, data validation and charts, kept as data. */
import { freshExcel, rejectionOf } from "../fixture";

describe("conditional formats", () => {
  it("custom, cellValue and containsText formats keep their rules and formats", async () => {
    const excel = freshExcel();
    const result = await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("E2:E20");
      const low = range.conditionalFormats.add("Custom");
      low.custom.rule.formula = "=$E2<0.5";
      low.custom.format.fill.color = "#FFC7CE";
      low.custom.format.font.color = "#9C0006";
      const high = range.conditionalFormats.add("CellValue");
      high.cellValue.rule = { formula1: "=1", operator: "GreaterThanOrEqual" };
      high.cellValue.format.font.bold = true;
      const text = range.conditionalFormats.add("ContainsText");
      text.textComparison.rule = { operator: "Contains", text: "未達成" };
      range.conditionalFormats.load("items/type, items/priority");
      const count = range.conditionalFormats.getCount();
      low.custom.rule.load("formula");
      low.custom.format.fill.load("color");
      high.cellValue.load("rule");
      await context.sync();
      return {
        types: range.conditionalFormats.items.map((cf) => [cf.type, cf.priority]),
        // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult's value needs no load
        count: count.value,
        formula: low.custom.rule.formula,
        fill: low.custom.format.fill.color,
        rule: high.cellValue.rule,
      };
    });
    expect(result).toEqual({
      // The newest format applies first.
      types: [
        ["ContainsText", 0],
        ["CellValue", 1],
        ["Custom", 2],
      ],
      count: 3,
      formula: "=$E2<0.5",
      fill: "#FFC7CE",
      rule: { formula1: "=1", operator: "GreaterThanOrEqual" },
    });
  });

  it("clearAll removes the formats from the range's cells only", async () => {
    const excel = freshExcel();
    const counts = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:A10").conditionalFormats.add("Custom").custom.rule.formula = "=A1>0";
      sheet.getRange("A1:A5").conditionalFormats.clearAll();
      const inside = sheet.getRange("A1:A5").conditionalFormats.getCount();
      const outside = sheet.getRange("A6:A10").conditionalFormats.getCount();
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult's value needs no load
      return [inside.value, outside.value];
    });
    expect(counts).toEqual([0, 1]);
  });

  it("reading a kind that is not the format's type fails", async () => {
    const excel = freshExcel();
    const error = await rejectionOf(
      excel.run(async (context) => {
        const cf = context.workbook.worksheets.getItem("Sheet1").getRange("A1").conditionalFormats.add("Custom");
        cf.cellValue.load("rule");
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });

  it("getRange of a format and delete()", async () => {
    const excel = freshExcel();
    const result = await excel.run(async (context) => {
      const cf = context.workbook.worksheets.getItem("Sheet1").getRange("B2:B9").conditionalFormats.add("Custom");
      const range = cf.getRange().load("address");
      await context.sync();
      cf.delete();
      const count = context.workbook.worksheets.getItem("Sheet1").getRange("B2:B9").conditionalFormats.getCount();
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult's value needs no load
      return [range.address, count.value];
    });
    expect(result).toEqual(["Sheet1!B2:B9", 0]);
  });
});

describe("data validation", () => {
  it("a list rule with an in-cell drop-down, an error alert and a prompt", async () => {
    const excel = freshExcel();
    const result = await excel.run(async (context) => {
      const validation = context.workbook.worksheets.getItem("Sheet1").getRange("F2:F20").dataValidation;
      validation.rule = { list: { inCellDropDown: true, source: "A,B,C,D,E" } };
      validation.errorAlert = { showAlert: true, style: "Stop", title: "達成度", message: "A〜Eを選んでください" };
      validation.prompt = { showPrompt: true, title: "達成度", message: "A〜E" };
      validation.load("type, rule, errorAlert, prompt, ignoreBlanks");
      await context.sync();
      return [
        validation.type,
        validation.rule,
        validation.errorAlert.message,
        validation.prompt.showPrompt,
        validation.ignoreBlanks,
      ];
    });
    expect(result).toEqual([
      "List",
      { list: { inCellDropDown: true, source: "A,B,C,D,E" } },
      "A〜Eを選んでください",
      true,
      true,
    ]);
  });

  it("a list drawn from a range is stored as an absolute reference, and `valid` checks cell values", async () => {
    const excel = freshExcel({ sheets: [] });
    excel.workbook.addSheet("尺度", [["A"], ["B"], ["C"]]);
    excel.workbook.addSheet("評価", [["A"], ["Z"]]);
    const result = await excel.run(async (context) => {
      const scale = context.workbook.worksheets.getItem("尺度").getRange("A1:A3");
      const validation = context.workbook.worksheets.getItem("評価").getRange("A1:A2").dataValidation;
      validation.rule = { list: { inCellDropDown: true, source: scale } };
      validation.load("rule, valid");
      const first = context.workbook.worksheets.getItem("評価").getRange("A1").dataValidation.load("valid");
      await context.sync();
      return [validation.rule.list?.source, validation.valid, first.valid];
    });
    expect(result).toEqual(["=尺度!$A$1:$A$3", false, true]);
  });

  it("a rule needs exactly one kind; clear() removes it; a part-covered range reads Inconsistent", async () => {
    const excel = freshExcel();
    const bad = await rejectionOf(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").dataValidation.rule = {
          wholeNumber: { formula1: 0, operator: "GreaterThan" },
          decimal: { formula1: 0, operator: "GreaterThan" },
        };
        await context.sync();
      }),
    );
    expect(bad.code).toBe("InvalidArgument");
    const types = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:A4").dataValidation.rule = { wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } };
      sheet.getRange("A3:A4").dataValidation.clear();
      const mixed = sheet.getRange("A1:A4").dataValidation.load("type");
      const kept = sheet.getRange("A1:A2").dataValidation.load("type");
      const cleared = sheet.getRange("A3").dataValidation.load("type");
      await context.sync();
      return [mixed.type, kept.type, cleared.type];
    });
    expect(types).toEqual(["Inconsistent", "WholeNumber", "None"]);
  });
});

describe("charts", () => {
  it("charts.add keeps type, source, series orientation and title as data", async () => {
    const excel = freshExcel({ sheets: [] });
    excel.workbook.addSheet("集計", [
      ["部", "A", "B"],
      ["政策推進部", 2, 1],
    ]);
    const result = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("集計");
      const chart = sheet.charts.add("ColumnStacked", sheet.getRange("A1:C2"), "Rows");
      chart.title.text = "達成度の分布";
      chart.setPosition("E2", "L15");
      chart.load("name, chartType, top, left");
      chart.title.load("text, visible");
      const count = sheet.charts.getCount();
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult's value needs no load
      return [chart.name, chart.chartType, chart.title.text, chart.title.visible, count.value, chart.top, chart.left];
    });
    expect(result).toEqual(["グラフ 1", "ColumnStacked", "達成度の分布", true, 1, 18.75, 216]);
    const chart = excel.workbook.sheet("集計").charts[0];
    expect(chart?.seriesBy).toBe("Rows");
    expect(chart?.source).toEqual({ row: 0, column: 0, rowCount: 2, columnCount: 3 });
  });
});
