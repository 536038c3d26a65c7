/** How a sheet's writes become few ranges: column stretches with holes, format rectangles. */
import { SheetWrites } from "../../../src/core/grade/writes";
import { hasFormulaColumns, sameFormula } from "../../../src/core/grade/live-formulas";
import { KPI_COLUMNS } from "../../../src/core/sheet/kpi/kpi-table";

describe("SheetWrites", () => {
  it("joins a column's cells into one block across a few untouched rows, and splits at long gaps", () => {
    const writes = new SheetWrites();
    writes.set(10, 2, "a");
    writes.set(12, 2, 2);
    writes.set(30, 2, "far");
    writes.set(11, 3, { formula: '="B"' });
    expect(writes.blocks()).toEqual([
      { anchor: { row: 10, column: 2 }, rows: [["a"], [undefined], [2]] },
      { anchor: { row: 30, column: 2 }, rows: [["far"]] },
      { anchor: { row: 11, column: 3 }, rows: [[{ formula: '="B"' }]] },
    ]);
  });

  it("makes one rectangle per format where cells of a format touch", () => {
    const writes = new SheetWrites();
    for (const row of [5, 6, 7]) {
      writes.numberFormat(row, 6, '#,##0"件"');
      writes.numberFormat(row, 7, '#,##0"件"');
    }
    writes.numberFormat(8, 6, "0.0%");
    writes.numberFormat(9, 7, '#,##0"件"');
    expect(writes.styles()).toEqual([
      { range: { row: 5, column: 6, rowCount: 3, columnCount: 2 }, style: { numberFormat: '#,##0"件"' } },
      { range: { row: 8, column: 6, rowCount: 1, columnCount: 1 }, style: { numberFormat: "0.0%" } },
      { range: { row: 9, column: 7, rowCount: 1, columnCount: 1 }, style: { numberFormat: '#,##0"件"' } },
    ]);
  });

  it("is empty until something is written", () => {
    const writes = new SheetWrites();
    expect(writes.isEmpty).toBe(true);
    writes.numberFormat(0, 0, "0%");
    expect(writes.isEmpty).toBe(false);
  });
});

describe("the live formulas grading compares with", () => {
  it("are told apart from an overwrite only by more than case and spaces outside text", () => {
    expect(sameFormula('=IF(A1="x",1,2)', '=if(a1="x", 1, 2)')).toBe(true);
    expect(sameFormula('=IF(A1="x",1,2)', '=IF(A1="X",1,2)')).toBe(false);
    expect(sameFormula(null, "=1")).toBe(false);
  });

  it("are written wherever the table has every column they read, moved or beside an added one", () => {
    const standard = Object.fromEntries(KPI_COLUMNS.map((c, i) => [c.key, i]));
    expect(hasFormulaColumns({ columns: standard })).toBe(true);
    const moved = { ...standard, rate: 20, grade: 21 };
    expect(hasFormulaColumns({ columns: moved })).toBe(true);
    const { status: _status, ...withoutStatus } = standard;
    expect(hasFormulaColumns({ columns: withoutStatus })).toBe(false);
  });
});
