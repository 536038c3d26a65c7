import { createInMemoryExcel } from "@tassei/in-memory-excel";

describe("Range.getSpecialCellsOrNullObject", () => {
  it("gives the formula cells as rectangles, and a null object where there are none", async () => {
    const excel = createInMemoryExcel();
    const { address, none } = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:D4").formulas = [
        [1, "=A1*2", "=A1*3", "x"],
        [2, "=A2*2", "=A2*3", "y"],
        [3, 6, "=A3*3", "z"],
        [4, "=A4*2", "=A4*3", "=1"],
      ];
      const formulas = sheet.getRange().getSpecialCellsOrNullObject("Formulas");
      formulas.load("address");
      const empty = sheet.getRange("A1:A4").getSpecialCellsOrNullObject("Formulas");
      empty.load("address");
      await context.sync();
      return { address: formulas.address, none: empty.isNullObject };
    });
    expect(address.split(",").map((a) => a.replace(/^.*!/, ""))).toEqual(["B1:B2", "B4", "C1:C4", "D4"]);
    expect(none).toBe(true);
  });
});
