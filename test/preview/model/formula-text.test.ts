import fc from "fast-check";
import {
  dropSheetFromFormula,
  isWellFormedFormula,
  normalizeFormula,
  renameSheetInFormula,
  shiftFormula,
  tokenize,
  translateFormula,
} from "@tassei/in-memory-excel/src/model/formula-text";

describe("formula tokens", () => {
  it("tokens always join back to the text they came from", () => {
    const formulaChars = fc.constantFrom(..."A1$:!'\"(),+-*/^&=<>%@ 政策部 BC23.5{};#REF!N/A".split(""));
    fc.assert(
      fc.property(fc.array(formulaChars, { maxLength: 40 }), (chars) => {
        const body = chars.join("");
        expect(
          tokenize(`=${body}`)
            .map((t) => t.text)
            .join(""),
        ).toBe(body);
      }),
    );
  });

  it("reads references with sheet names, functions, names and strings", () => {
    const kinds = tokenize("=SUM('政策 推進'!$A$1:B2)+部!C3*目標値&\"A1\"").map((t) => `${t.kind}:${t.text}`);
    expect(kinds).toEqual([
      "function:SUM",
      "open:(",
      "ref:'政策 推進'!$A$1:B2",
      "close:)",
      "op:+",
      "ref:部!C3",
      "op:*",
      "name:目標値",
      "op:&",
      'string:"A1"',
    ]);
  });
});

describe("well-formed formulas", () => {
  it.each([
    "=1+1",
    "=-abc",
    "=+81-90",
    "=SUM(A1:B2)",
    "=IF(,1,)",
    "=A1 B1",
    "=(A1,B1)",
    "=-5%",
    '=""',
    "={1,2;3,4}",
    "=TRUE",
    "=#REF!",
  ])("accepts %s", (f) => expect(isWellFormedFormula(f)).toBe(true));

  it.each(["=", "=1+", "=SUM(", "=)", '="abc', "=1 2", "=*5", "=A1,B1", "=5 件", "=1＋1"])("refuses %s", (f) =>
    expect(isWellFormedFormula(f)).toBe(false),
  );
});

describe("formula rewriting", () => {
  it("copying moves relative references and keeps absolute ones", () => {
    expect(translateFormula("=A1+$B$2+B$3+$C4+Sheet2!A1:B2+SUM(A:A)", 1, 1)).toBe(
      "=B2+$B$2+C$3+$C5+Sheet2!B2:C3+SUM(B:B)",
    );
    expect(translateFormula("=A1", -1, 0)).toBe("=#REF!");
  });

  it("translating there and back is the identity when nothing falls off the sheet", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 50 }), (dr, dc) => {
        const f = "=C3*$D$4+SUM(E5:F9)/政策推進部!G7";
        expect(translateFormula(translateFormula(f, dr, dc), -dr, -dc)).toBe(f);
      }),
    );
  });

  it("inserting rows moves references below the insertion and grows ranges across it", () => {
    const shift = { sheetName: "S", axis: "rows" as const, at: 4, count: 2, from: 0, to: 3 };
    expect(shiftFormula("=A5+A4+SUM(B2:B9)+E5", "S", shift)).toBe("=A7+A4+SUM(B2:B11)+E5");
    expect(shiftFormula("=A5", "Other", shift)).toBe("=A5");
    expect(shiftFormula("=S!A5", "Other", shift)).toBe("=S!A7");
  });

  it("deleting rows drops references to deleted cells and shrinks ranges", () => {
    const shift = { sheetName: "S", axis: "rows" as const, at: 2, count: -2, from: 0, to: 16383 };
    expect(shiftFormula("=A3+A5+SUM(A1:A10)+SUM(A3:A4)", "S", shift)).toBe("=#REF!+A3+SUM(A1:A8)+SUM(#REF!)");
  });

  it("renaming and deleting a sheet rewrite references the way Excel does", () => {
    expect(renameSheetInFormula("=部!A1+'部'!B2+A1", "部", "政策推進部")).toBe("=政策推進部!A1+政策推進部!B2+A1");
    expect(renameSheetInFormula("=A!A1", "A", "My Sheet")).toBe("='My Sheet'!A1");
    expect(dropSheetFromFormula("=部!A1*2", "部")).toBe("=#REF!*2");
  });

  it("normalization upper-cases functions, references and booleans", () => {
    expect(normalizeFormula("=sum(a1:b2)+if(true,c$3,'部'!d4)")).toBe("=SUM(A1:B2)+IF(TRUE,C$3,部!D4)");
  });
});
