import { buildInMemoryExcel } from "@tassei/in-memory-excel";
import type { EngineInput, FormulaEngine } from "@tassei/in-memory-excel";

/** An engine that evaluates nothing but "=A+B" of two numbers in the same row: enough to prove the seam. */
function tinyEngine(): FormulaEngine {
  const cells = new Map<string, EngineInput>();
  const key = (sheet: string, row: number, column: number) => `${sheet}!${row},${column}`;
  return {
    addSheet: () => undefined,
    removeSheet: () => undefined,
    renameSheet: () => undefined,
    setName: () => undefined,
    batch: (work) => work(),
    destroy: () => cells.clear(),
    setCells(sheet, row, column, contents) {
      contents.forEach((line, r) => line.forEach((input, c) => cells.set(key(sheet, row + r, column + c), input)));
    },
    getValue(sheet, row, column) {
      const input = cells.get(key(sheet, row, column));
      if (!input || typeof input !== "object" || !("formula" in input)) return { error: "#VALUE!" };
      const m = /^=([A-Z])\d+\+([A-Z])\d+$/.exec(input.formula);
      const at = (letter: string) => cells.get(key(sheet, row, letter.charCodeAt(0) - 65));
      const [a, b] = m ? [at(m[1] ?? "A"), at(m[2] ?? "A")] : [];
      return typeof a === "number" && typeof b === "number" ? a + b : { error: "#NAME?" };
    },
  };
}

describe("the formula engine is pluggable", () => {
  it("the in-memory Excel computes through whatever engine it is given", async () => {
    const excel = buildInMemoryExcel(tinyEngine);
    const values = await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:C1");
      range.values = [[2, 3, "=A1+B1"]];
      range.load("values");
      await context.sync();
      return range.values;
    });
    expect(values).toEqual([[2, 3, 5]]);
  });
});
