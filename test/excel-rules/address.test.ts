import fc from "fast-check";
import {
  splitAreas,
  MAX_COLUMNS,
  cellAddress,
  columnIndex,
  columnLetters,
  parseCellAddress,
  parseRangeAddress,
  needsQuotes,
  quoteSheetName,
  rangeAddress,
  nameKey,
  sameSheetName,
  sameTableName,
} from "@tassei/excel-rules";

describe("A1 addresses", () => {
  it("names columns as Excel does", () => {
    expect([0, 25, 26, 701, 702, MAX_COLUMNS - 1].map(columnLetters)).toEqual(["A", "Z", "AA", "ZZ", "AAA", "XFD"]);
    expect(() => columnLetters(MAX_COLUMNS)).toThrow(RangeError);
  });

  it("reads every column name back to its number", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: MAX_COLUMNS - 1 }), (c) => columnIndex(columnLetters(c)) === c));
  });

  it("round-trips ranges, with or without a sheet and $ signs", () => {
    expect(parseRangeAddress("'集計 2025'!$B$2:D10")).toEqual({ row: 1, column: 1, rowCount: 9, columnCount: 3 });
    expect(parseRangeAddress("C3")).toEqual({ row: 2, column: 2, rowCount: 1, columnCount: 1 });
    fc.assert(
      fc.property(
        fc.record({
          row: fc.integer({ min: 0, max: 10_000 }),
          column: fc.integer({ min: 0, max: 500 }),
          rowCount: fc.integer({ min: 1, max: 100 }),
          columnCount: fc.integer({ min: 1, max: 20 }),
        }),
        (range) => expect(parseRangeAddress(rangeAddress(range))).toEqual(range),
      ),
    );
    expect(cellAddress(parseCellAddress("XFD1048576"))).toBe("XFD1048576");
    expect(() => parseCellAddress("A0")).toThrow(RangeError);
  });

  it("quotes sheet names only where Excel needs it", () => {
    expect(quoteSheetName("政策推進部")).toBe("政策推進部");
    expect(quoteSheetName("Sheet1")).toBe("Sheet1");
    expect(quoteSheetName("集計 2025")).toBe("'集計 2025'");
    expect(quoteSheetName("2025")).toBe("'2025'");
    expect(quoteSheetName("A1")).toBe("'A1'");
    expect(quoteSheetName("R1C1")).toBe("'R1C1'");
    expect(quoteSheetName("It's")).toBe("'It''s'");
    expect(quoteSheetName("部-1")).toBe("'部-1'");
  });

  it("says which sheet names Excel writes in quotes", () => {
    expect(needsQuotes("政策推進部")).toBe(false);
    expect(needsQuotes("Sheet1")).toBe(false);
    expect(needsQuotes("部長マニフェスト")).toBe(false);
    for (const name of ["My Sheet", "2025年度", "R7", "A1", "TRUE", "総務・企画", "a-b"])
      expect(needsQuotes(name)).toBe(true);
  });

  it("compares sheet and table names without regard to case", () => {
    expect(sameSheetName("Sheet1", "SHEET1")).toBe(true);
    expect(sameSheetName("政策推進部", "政策推進部")).toBe(true);
    expect(sameSheetName("Sheet1", "Sheet2")).toBe(false);
    expect(sameTableName("テーブル1", "テーブル1")).toBe(true);
  });
});

describe("splitAreas", () => {
  it("splits on the commas between areas, never inside a quoted sheet name", () => {
    expect(splitAreas("Sheet1!A1:B2,Sheet1!D4")).toEqual(["Sheet1!A1:B2", "Sheet1!D4"]);
    expect(splitAreas("'総務,部'!A1:B2,'総務,部'!D4")).toEqual(["'総務,部'!A1:B2", "'総務,部'!D4"]);
    expect(splitAreas("'It''s, ok!'!A1,'It''s, ok!'!C3:C9")).toEqual(["'It''s, ok!'!A1", "'It''s, ok!'!C3:C9"]);
    expect(splitAreas("A1")).toEqual(["A1"]);
    expect(splitAreas("")).toEqual([]);
  });
});

describe("nameKey", () => {
  it("keys names as Excel tells them apart: without regard to case", () => {
    expect(nameKey("Sheet1")).toBe(nameKey("SHEET1"));
    expect(nameKey("Tassei_KPI")).toBe(nameKey("tassei_kpi"));
    expect(nameKey("政策推進部")).toBe("政策推進部");
  });

  it("gives two names the same key exactly when sameSheetName says they are the same", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(nameKey(a) === nameKey(b)).toBe(sameSheetName(a, b));
      }),
    );
  });
});
