/** The workbook object: settings, defined names, selection, application, and what is not supported. */
import { freshExcel, rejectionOf } from "../fixture";

describe("workbook", () => {
  it("settings store JSON values by key", async () => {
    const excel = freshExcel();
    const result = await excel.run(async (context) => {
      const settings = context.workbook.settings;
      settings.add("tassei.scale", { A: 1, B: 0.7 });
      settings.add("tassei.version", 2);
      const scale = settings.getItem("tassei.scale").load("value");
      const missing = settings.getItemOrNullObject("none");
      settings.load("items/key");
      await context.sync();
      return [scale.value, missing.isNullObject, settings.items.map((s) => s.key)];
    });
    expect(result).toEqual([{ A: 1, B: 0.7 }, true, ["tassei.scale", "tassei.version"]]);
  });

  it("getItem of a missing setting is ItemNotFound", async () => {
    const excel = freshExcel();
    const error = await rejectionOf(
      excel.run(async (context) => {
        context.workbook.settings.getItem("none").load("value");
        await context.sync();
      }),
    );
    expect(error.code).toBe("ItemNotFound");
  });

  it("defined names refer to ranges and can be used in formulas", async () => {
    const excel = freshExcel({ sheets: [] });
    excel.workbook.addSheet("基準", [[0.7]]);
    excel.workbook.addSheet("評価", [[0.75]]);
    const result = await excel.run(async (context) => {
      context.workbook.names.add("B基準", context.workbook.worksheets.getItem("基準").getRange("A1"));
      const cell = context.workbook.worksheets.getItem("評価").getRange("B1");
      cell.formulas = [['=IF(A1>=B基準,"B","C")']];
      cell.load("values");
      const name = context.workbook.names.getItem("b基準").load("name, formula, type");
      const range = context.workbook.names.getItem("B基準").getRange().load("address");
      await context.sync();
      return [cell.values[0]?.[0], name.formula, name.type, range.address];
    });
    expect(result).toEqual(["B", "=基準!$A$1", "Range", "基準!A1"]);
  });

  it("getActiveCell and getSelectedRange follow the selection", async () => {
    const excel = freshExcel();
    const result = await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("C3:D4").select();
      const selected = context.workbook.getSelectedRange().load("address");
      const active = context.workbook.getActiveCell().load("address");
      await context.sync();
      return [selected.address, active.address];
    });
    expect(result).toEqual(["Sheet1!C3:D4", "Sheet1!C3"]);
  });

  it("application: calculationMode is stored; calculate and suspend calls are accepted", async () => {
    const excel = freshExcel();
    const mode = await excel.run(async (context) => {
      context.application.suspendApiCalculationUntilNextSync();
      context.application.calculationMode = "Manual";
      context.application.calculate("Full");
      context.application.load("calculationMode");
      await context.sync();
      return context.application.calculationMode;
    });
    expect(mode).toBe("Manual");
  });

  it("insertWorksheetsFromBase64 is not supported: the sync fails with NotImplemented", async () => {
    const excel = freshExcel();
    const error = await rejectionOf(
      excel.run(async (context) => {
        context.workbook.insertWorksheetsFromBase64("UEsDBA==");
        await context.sync();
      }),
    );
    expect(error.code).toBe("NotImplemented");
  });

  it("context.workbook.name and readOnly load like other properties", async () => {
    const excel = freshExcel();
    const result = await excel.run(async (context) => {
      context.workbook.load("name, readOnly");
      await context.sync();
      return [context.workbook.name, context.workbook.readOnly];
    });
    expect(result).toEqual(["Book1.xlsx", false]);
  });
});
