import fc from "fast-check";
import { MAX_COLUMNS, MAX_ROWS, columnLetters } from "@tassei/excel-rules";
import {
  columnIndex,
  parseAddress,
  qualifiedAddress,
  rect,
  rectAddress,
} from "@tassei/in-memory-excel/src/model/address";

describe("A1 addresses", () => {
  it("column letters and indexes are inverse over all 16,384 columns", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: MAX_COLUMNS - 1 }), (c) => columnIndex(columnLetters(c)) === c));
    expect([columnLetters(0), columnLetters(25), columnLetters(26), columnLetters(MAX_COLUMNS - 1)]).toEqual([
      "A",
      "Z",
      "AA",
      "XFD",
    ]);
    expect(columnIndex("XFE")).toBeUndefined();
  });

  it("an address written for a rectangle parses back to it", () => {
    const rectangles = fc
      .tuple(fc.integer({ min: 0, max: MAX_ROWS - 1 }), fc.integer({ min: 0, max: MAX_COLUMNS - 1 }))
      .chain(([row, column]) =>
        fc.tuple(
          fc.constant(row),
          fc.constant(column),
          fc.integer({ min: 1, max: MAX_ROWS - row }),
          fc.integer({ min: 1, max: MAX_COLUMNS - column }),
        ),
      );
    fc.assert(
      fc.property(rectangles, ([row, column, rowCount, columnCount]) => {
        const r = rect(row, column, rowCount, columnCount);
        expect(parseAddress(rectAddress(r))?.rect).toEqual(r);
      }),
    );
  });

  it("parses absolute, lower-case, reversed, whole-column, whole-row and sheet-qualified forms", () => {
    expect(parseAddress("$b$2:a1")?.rect).toEqual(rect(0, 0, 2, 2));
    expect(parseAddress("C:A")?.rect).toEqual(rect(0, 0, MAX_ROWS, 3));
    expect(parseAddress("5:3")?.rect).toEqual(rect(2, 0, 3, MAX_COLUMNS));
    expect(parseAddress("'My ''Sheet'''!B2")).toEqual({ sheetName: "My 'Sheet'", rect: rect(1, 1) });
    expect(parseAddress("政策推進部!H5")).toEqual({ sheetName: "政策推進部", rect: rect(4, 7) });
    for (const bad of ["", "A", "A0", "A1:", "1", "XFE1", "A1048577", "目標値"])
      expect(parseAddress(bad)).toBeUndefined();
  });

  it("quotes sheet names the way Excel writes them", () => {
    expect(qualifiedAddress("政策推進部", rect(4, 7))).toBe("政策推進部!H5");
    expect(qualifiedAddress("O'Brien", rect(0, 0, 2, 2))).toBe("'O''Brien'!A1:B2");
  });
});
