/** The sample workbook: the five seed departments, one sheet each, ready for the preview and later tests. */
import { readMetadata } from "../../../src/core/sheet/metadata";
import { samples } from "../../../src/samples";
import { sampleSheets, sampleWorkbookPlan } from "../../../src/samples/workbook";

/** Excel's rules for a table name (the .xlsx adapter and the in-memory Excel check the same). */
const TABLE_NAME = /^[\p{L}_\\][\p{L}\p{N}_.]*$/u;

describe("sampleWorkbookPlan", () => {
  const plan = sampleWorkbookPlan();

  it("has one new sheet per seed, in seed order, with unique names Excel accepts", () => {
    expect(plan.sheets.map((s) => s.name)).toEqual([
      "政策推進部",
      "政策推進部 平成25年度",
      "市長公室",
      "都市経営部",
      "総合政策部",
    ]);
    expect(plan.sheets.every((s) => s.mode === "create" && s.name.length <= 31)).toBe(true);
    expect(sampleSheets().map((s) => s.sampleId)).toEqual(samples.map((s) => s.id));
  });

  it("names every table validly and uniquely across the workbook", () => {
    const names = plan.sheets.flatMap((s) => s.tables.map((t) => t.name));
    expect(names.every((name) => TABLE_NAME.test(name) && name.length <= 255)).toBe(true);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    expect(names).toContain("Tassei_KGI_seed004");
  });

  it("records each seed's fiscal year and opens on the first sheet", () => {
    expect(plan.sheets.map((s) => readMetadata(s.properties)?.fiscalYear)).toEqual([2025, 2013, 2025, 2023, 2021]);
    expect(plan.sheets.map((s) => s.activate !== undefined)).toEqual([true, false, false, false, false]);
  });
});
