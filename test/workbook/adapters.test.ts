/**
 * One plan, every adapter: applied and read back, each gives the same snapshot (constant values,
 * formulas, number formats, tables, metadata). Computed values of formula cells are compared in
 * test/libreoffice (a saved .xlsx carries no results until a spreadsheet recalculates it).
 */
import type { SheetSnapshot } from "../../src/core/workbook/snapshot";
import { officeJsAdapter, xlsxAdapter, type AdapterUnderTest } from "../support/adapters";
import { HOSTILE_TEXTS, LONGEST_TEXT } from "../support/hostile";
import { FEATURE_SHEET, OTHER_SHEET, featurePlan } from "../support/plans";
import { emptySheetPlan } from "../../src/core/workbook/plan";

jest.setTimeout(30_000);

/** What every adapter must agree on, in a form jest can compare. */
function comparable(sheet: SheetSnapshot) {
  return {
    name: sheet.name,
    used: sheet.used,
    constants: sheet.values.map((row, r) => row.map((v, c) => (sheet.formulas[r]?.[c] ? "<formula>" : v))),
    formulas: sheet.formulas,
    numberFormats: sheet.numberFormats.map((row) => row.map((f) => (f === "General" ? "General" : f))),
    tables: sheet.tables,
    properties: sheet.properties,
  };
}

const adapters: (() => AdapterUnderTest)[] = [() => officeJsAdapter(), () => xlsxAdapter()];

async function readBack(adapter: AdapterUnderTest) {
  await adapter.apply(featurePlan());
  const snapshot = await adapter.read({ sheets: [FEATURE_SHEET, OTHER_SHEET] });
  return snapshot.sheets.map(comparable);
}

describe("the same plan through every adapter", () => {
  it("reads back the same snapshot", async () => {
    const [reference, ...others] = await Promise.all(adapters.map((make) => readBack(make())));
    for (const other of others) expect(other).toEqual(reference);
  });

  it.each(adapters.map((make) => [make().name, make] as const))("%s: keeps the plan's data", async (_name, make) => {
    const adapter = make();
    await adapter.apply(featurePlan());
    const snapshot = await adapter.read({ sheets: [FEATURE_SHEET] });
    const sheet = snapshot.sheets[0]!;
    expect(sheet.values[0]).toEqual(["指標", "目標値", "実績値", "達成率", "達成度"]);
    expect(sheet.values[1]?.slice(0, 3)).toEqual(["アクセス数", 65000, 62947]);
    expect(sheet.formulas[1]?.[3]).toBe('=IF(B2=0,"",C2/B2)');
    expect(sheet.numberFormats[1]?.[3]).toBe("0.0%");
    expect(sheet.tables).toEqual([
      {
        name: "Tassei_KPI_1",
        range: { row: 0, column: 0, rowCount: 4, columnCount: 5 },
        headers: ["指標", "目標値", "実績値", "達成率", "達成度"],
      },
    ]);
    expect(sheet.properties).toEqual({ tassei: '{"v":1,"kind":"department"}' });
    expect(snapshot.tableNames).toEqual(["Tassei_KPI_1"]);
  });

  it.each(adapters.map((make) => [make().name, make] as const))(
    "%s: hostile texts stay text, the longest one included",
    async (_name, make) => {
      const adapter = make();
      const texts = [...HOSTILE_TEXTS, LONGEST_TEXT];
      await adapter.apply({
        sheets: [
          {
            ...emptySheetPlan("悪意", "create"),
            blocks: [{ anchor: { row: 0, column: 0 }, rows: texts.map((t) => [t]) }],
          },
        ],
      });
      const sheet = (await adapter.read({ sheets: ["悪意"] })).sheets[0]!;
      expect(sheet.values.map((row) => row[0])).toEqual(texts);
      expect(sheet.formulas.flat().filter((f) => f !== null)).toEqual([]);
    },
  );
});
