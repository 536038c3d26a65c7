/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read -- this test collects navigation objects themselves, which Office.js hands out without a load */
/**
 * The surface offered to adapter code: every property a load returns is readable on the object, the
 * enums match Office.js's own (read from @microsoft/office-js), and the real Excel.run fits ExcelRun.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { ENUMS, type ExcelRun } from "@tassei/in-memory-excel";
import { freshExcel } from "../fixture";

// Compile-time: the real Excel.run can stand where the adapter expects ExcelRun.
type RealRunFits = typeof Excel.run extends ExcelRun ? true : false;
const realRunFits: RealRunFits = true;

describe("every loaded property is readable", () => {
  it("for ranges, sheets, page setup, tables, names, settings, formats, rules and charts", async () => {
    expect(realRunFits).toBe(true);
    const excel = freshExcel();
    const objects = await excel.run(async (context) => {
      const wb = context.workbook;
      const sheet = wb.worksheets.getItem("Sheet1");
      const range = sheet.getRange("A1:B2");
      range.values = [
        [1, 2],
        [3, 4],
      ];
      const table = sheet.tables.add("A1:B2", true);
      const chart = sheet.charts.add("Line", range);
      const cf = range.conditionalFormats.add("Custom");
      cf.custom.rule.formula = "=A1>1";
      sheet.customProperties.add("k", "v");
      wb.settings.add("s", 1);
      wb.names.add("n", range);
      sheet.pageLayout.setPrintArea("A1:B2");
      sheet.horizontalPageBreaks.add("A2");
      const list = [
        range,
        range.format,
        range.format.font,
        range.format.fill,
        range.format.protection,
        range.format.borders.getItem("EdgeTop"),
        range.dataValidation,
        sheet,
        sheet.protection,
        sheet.pageLayout,
        sheet.pageLayout.getPrintArea(),
        sheet.pageLayout.headersFooters,
        sheet.pageLayout.headersFooters.defaultForAllPages,
        sheet.horizontalPageBreaks,
        sheet.horizontalPageBreaks.getItem(0),
        sheet.customProperties.getItem("k"),
        table,
        table.columns.getItemAt(0),
        table.rows.getItemAt(0),
        chart,
        chart.title,
        cf,
        cf.custom.rule,
        wb.names.getItem("n"),
        wb.settings.getItem("s"),
        wb.protection,
        context.application,
        wb,
      ];
      list.forEach((o) => o.load());
      await context.sync();
      return list;
    });
    const unreadable: string[] = [];
    for (const object of objects) {
      const loaded = object.toJSON() as Record<string, unknown>;
      expect(Object.keys(loaded).length).toBeGreaterThan(0);
      for (const [key, value] of Object.entries(loaded)) {
        const readable = key in object && JSON.stringify(Reflect.get(object, key)) === JSON.stringify(value);
        if (!readable) unreadable.push(`${object.constructor.name}.${key}`);
      }
    }
    expect(unreadable).toEqual([]);
  });
});

describe("the Excel namespace stand-in", () => {
  const runtime = readFileSync(
    join(__dirname, "../../../node_modules/@microsoft/office-js/dist/excel-web-16.00.debug.js"),
    "utf8",
  );

  /** The last definition of an enum in Office.js's runtime (`(function (X) { X["key"] = "Value"; … })`). */
  function runtimeEnum(name: string): Record<string, string> {
    const start = runtime.lastIndexOf(`(function (${name}) {`);
    const end = runtime.indexOf("})(", start);
    const body = runtime.slice(start, end);
    const entries = [...body.matchAll(new RegExp(`${name}\\["(\\w+)"\\] = "([^"]*)"`, "g"))].map((m) => [m[1], m[2]]);
    return Object.fromEntries(entries) as Record<string, string>;
  }

  it.each(Object.keys(ENUMS))("%s has Office.js's keys and values", (name) => {
    const ours = ENUMS[name as keyof typeof ENUMS] as Record<string, string>;
    const theirs = runtimeEnum(name);
    expect(Object.keys(theirs).length).toBeGreaterThan(0);
    for (const [key, value] of Object.entries(ours)) expect([key, theirs[key]]).toEqual([key, value]);
  });

  it("is offered with run on the in-memory Excel", async () => {
    const excel = freshExcel();
    expect(excel.Excel.ErrorCodes.itemNotFound).toBe("ItemNotFound");
    const name = await excel.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet().load("name");
      await context.sync();
      return sheet.name;
    });
    expect(name).toBe("Sheet1");
  });
});
