import { MAX_SHEET_NAME_LENGTH, isValidSheetName, sheetNameFault } from "@tassei/excel-rules";

describe("Excel's sheet-name rule", () => {
  it("takes 1–31 characters of anything but : \\ / ? * [ ]", () => {
    expect(sheetNameFault("政策推進部")).toBeNull();
    expect(sheetNameFault("a".repeat(MAX_SHEET_NAME_LENGTH))).toBeNull();
    expect(sheetNameFault("")).toBe("length");
    expect(sheetNameFault("a".repeat(MAX_SHEET_NAME_LENGTH + 1))).toBe("length");
    for (const c of [":", "\\", "/", "?", "*", "[", "]"]) expect(sheetNameFault(`部${c}課`)).toBe("character");
  });

  it("refuses an apostrophe at either end and the reserved History", () => {
    expect(sheetNameFault("'部")).toBe("apostrophe");
    expect(sheetNameFault("部'")).toBe("apostrophe");
    expect(sheetNameFault("部'課")).toBeNull();
    expect(sheetNameFault("history")).toBe("reserved");
    expect(isValidSheetName("History")).toBe(false);
    expect(isValidSheetName("Histories")).toBe(true);
  });
});
