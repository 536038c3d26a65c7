import fc from "fast-check";
import { MAX_CELL_TEXT_LENGTH, excelTextLiteral, looksLikeFormula } from "../../../src/core/workbook/text";

describe("text that must stay text", () => {
  it("gives every non-empty text a leading apostrophe, which Excel does not keep", () => {
    fc.assert(fc.property(fc.string({ minLength: 1, maxLength: 200 }), (t) => excelTextLiteral(t) === `'${t}`));
    expect(excelTextLiteral("")).toBe("");
  });

  it("recognises formula leaders in half and full width", () => {
    expect(["=1", "+1", "-1", "@a", "＝１", "＋１", "－１", "＠a"].every(looksLikeFormula)).toBe(true);
    expect(["1", "指標", "'=1", " =1"].some(looksLikeFormula)).toBe(false);
  });

  it("writes a text at Excel's length limit as it is, unless it would read as a formula", () => {
    const longest = "長".repeat(MAX_CELL_TEXT_LENGTH);
    expect(excelTextLiteral(longest)).toBe(longest);
    expect(() => excelTextLiteral("=" + "x".repeat(MAX_CELL_TEXT_LENGTH - 1))).toThrow(RangeError);
    expect(() => excelTextLiteral("x".repeat(MAX_CELL_TEXT_LENGTH + 1))).toThrow(RangeError);
  });
});
