/**
 * A KPI row added to the table in Excel (table.rows.add, what Tab in the last cell does) gets the
 * 達成率 / 達成度 formulas: the inserted columns are calculated columns. Run on the in-memory Excel
 * through the Office.js adapter.
 */
import { readDepartmentSheet } from "../../../src/core/sheet/read-department";
import { KPI_COLUMNS, kpiColumnIndex } from "../../../src/core/sheet/kpi/kpi-table";
import { planDepartmentSheet } from "../../../src/core/sheet/department-sheet";
import { findKgiTable, findKpiTables } from "../../../src/core/sheet/find-tables";
import { seed004KawanishiSogoseisakuR3 } from "../../../src/samples";
import { officeJsAdapter } from "../../support/adapters";

jest.setTimeout(60_000);

const SHEET = "総合政策部";

async function insertedSheet() {
  const adapter = officeJsAdapter();
  await adapter.apply({
    sheets: [planDepartmentSheet(seed004KawanishiSogoseisakuR3.department, { sheetName: SHEET, sheetId: "s4" })],
  });
  return adapter;
}

async function readSheet(adapter: Awaited<ReturnType<typeof insertedSheet>>) {
  return (await adapter.read({ sheets: [SHEET] })).sheets[0]!;
}

/** The formula with its row numbers made relative to `row` (zero-based), to compare patterns. */
function relative(formula: string | null | undefined, row: number): string {
  return (formula ?? "").replace(
    /(\$?[A-Z]{1,3})([0-9]+)(?![0-9(])/g,
    (_, c: string, d: string) => `${c}[${Number(d) - row - 1}]`,
  );
}

describe("adding a row to the KPI table", () => {
  it("extends the rate and grade formulas to the new row, and the row reads back", async () => {
    const adapter = await insertedSheet();
    const before = await readSheet(adapter);
    const table = findKpiTables(before)[0]!;
    const lastRow = table.range.row + table.range.rowCount - 1;
    const values = KPI_COLUMNS.map((c) =>
      c.computed
        ? null
        : (({ goalNo: 2, name: "新しい指標", target: 100, actual: 80, weight: 1 } as Record<string, unknown>)[c.key] ??
          null),
    );

    await adapter.excel.run(async (context) => {
      const kpi = context.workbook.worksheets.getItem(SHEET).tables.getItem(table.name);
      kpi.rows.add(undefined, [values as (string | number)[]]);
      await context.sync();
    });

    const after = await readSheet(adapter);
    const grown = findKpiTables(after)[0]!;
    expect(grown.range.rowCount).toBe(table.range.rowCount + 1);
    const newRow = lastRow + 1;
    for (const key of ["rate", "grade"] as const) {
      const column = kpiColumnIndex(key);
      const formula = after.formulas[newRow - after.used!.row]?.[column - after.used!.column];
      const above = after.formulas[lastRow - after.used!.row]?.[column - after.used!.column];
      expect(formula).not.toBeNull();
      expect(relative(formula, newRow)).toBe(relative(above, lastRow));
    }
    // The formulas of the new row read the new row's cells: 80 of 100 is 80%, B on the default scale.
    const computed = (key: "rate" | "grade") =>
      after.values[newRow - after.used!.row]?.[kpiColumnIndex(key) - after.used!.column];
    expect(computed("rate")).toBeCloseTo(0.8, 12);
    expect(computed("grade")).toBe("B");
    const read = readDepartmentSheet(after);
    expect(read.ok && read.department.indicators.at(-1)).toMatchObject({
      goalNo: 2,
      name: "新しい指標",
      target: 100,
      actual: 80,
    });
    // The KGI table below moved down with the added row and still reads.
    expect(findKgiTable(after)!.range.row).toBe(findKgiTable(before)!.range.row + 1);
    expect(read.ok && read.department.kgis).toHaveLength(6);
  });
});

describe("the inserted sheet in the in-memory Excel", () => {
  it("has the dropdowns, the grade colours and the 0.0% format", async () => {
    const adapter = await insertedSheet();
    const table = findKpiTables(await readSheet(adapter))[0]!;
    const body = (key: Parameters<typeof kpiColumnIndex>[0]) => ({
      row: table.range.row + 1,
      column: kpiColumnIndex(key),
      rowCount: table.range.rowCount - 1,
    });
    const seen = await adapter.excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(SHEET);
      const at = (key: Parameters<typeof kpiColumnIndex>[0]) => {
        const b = body(key);
        return sheet.getRangeByIndexes(b.row, b.column, b.rowCount, 1);
      };
      const direction = at("direction").dataValidation;
      direction.load("rule");
      const manual = at("manualGrade").dataValidation;
      manual.load("rule");
      const colours = at("grade").conditionalFormats.getCount();
      const rate = at("rate");
      rate.load("numberFormat");
      await context.sync();
      return {
        direction: direction.rule.list?.source,
        manual: manual.rule.list?.source,
        colours: colours.value,
        formats: new Set(rate.numberFormat.flat()),
      };
    });
    expect(seen).toEqual({
      direction: "増加,減少,維持,実施",
      manual: "A,B,C,D,E",
      colours: 5,
      formats: new Set(["0.0%"]),
    });
  });
});
