import { freshExcel } from "../fixture";

describe("seeding and reading the workbook model (no syncs)", () => {
  it("addSheet seeds rows from A1; strings starting with = are formulas, others are stored as given", () => {
    const excel = freshExcel({ sheets: [] });
    excel.workbook.addSheet("部", [
      ["指標", "001", 200],
      ["=C1*2", "-abc", null],
    ]);
    expect(excel.workbook.value("部", "B1")).toBe("001");
    expect(excel.workbook.value("部", "A2")).toBe(400);
    expect(excel.workbook.value("部", "B2")).toBe("-abc");
    expect(excel.workbook.formula("部", "A2")).toBe("=C1*2");
    expect(excel.stats.syncCount).toBe(0);
  });

  it("setCell sets a raw value or formula with a number format; text shows it through the format", () => {
    const excel = freshExcel();
    excel.workbook.setCell("Sheet1", "A1", { value: 0.705, numberFormat: "0.0%" });
    excel.workbook.setCell("Sheet1", "A2", { value: "=x" });
    excel.workbook.setCell("Sheet1", "A3", { formula: "=A1*2", numberFormat: "0.00" });
    expect(excel.workbook.text("Sheet1", "A1")).toBe("70.5%");
    expect(excel.workbook.value("Sheet1", "A2")).toBe("=x");
    expect(excel.workbook.text("Sheet1", "A3")).toBe("1.41");
  });

  it("displayGrid gives the displayed text of the used range for the preview", () => {
    const excel = freshExcel({ sheets: [] });
    excel.workbook.addSheet("部", [
      ["指標", "達成率"],
      ["件数", 0.75],
    ]);
    excel.workbook.setCell("部", "B2", { numberFormat: "0%" });
    expect(excel.workbook.displayGrid("部")).toEqual([
      ["指標", "達成率"],
      ["件数", "75%"],
    ]);
  });

  it("a workbook without formulas never starts the calculation engine", () => {
    const excel = freshExcel();
    excel.workbook.addSheet("部", [[1, 2, 3]]);
    expect(excel.workbook.calculating).toBe(false);
    excel.workbook.setCell("部", "D1", { formula: "=SUM(A1:C1)" });
    expect(excel.workbook.calculating).toBe(true);
    expect(excel.workbook.value("部", "D1")).toBe(6);
  });
});
