import { fromFileFormula, shiftFormula, toFileFormula } from "../../src/xlsx/formula";

describe("formula text in the file", () => {
  it("drops the leading = and prefixes functions newer than Excel 2007", () => {
    expect(toFileFormula("=SUM(A1:A3)")).toBe("SUM(A1:A3)");
    expect(toFileFormula('=IFS(A1>=1,"A",TRUE,"B")')).toBe('_xlfn.IFS(A1>=1,"A",TRUE,"B")');
    expect(toFileFormula('=textjoin(",",TRUE,A1:A3)')).toBe('_xlfn.textjoin(",",TRUE,A1:A3)');
    expect(toFileFormula("=SORT(FILTER(A1:A9,B1:B9>0))")).toBe("_xlfn._xlws.SORT(_xlfn._xlws.FILTER(A1:A9,B1:B9>0))");
    expect(toFileFormula("=STDEV.S(A1:A9)+MAXIFS(A:A,B:B,1)")).toBe("_xlfn.STDEV.S(A1:A9)+_xlfn.MAXIFS(A:A,B:B,1)");
  });

  it("never touches text inside strings, sheet names or structured references", () => {
    expect(toFileFormula('="IFS(1)"&CONCAT(A1)')).toBe('"IFS(1)"&_xlfn.CONCAT(A1)');
    expect(toFileFormula("='IFS(x)'!A1")).toBe("'IFS(x)'!A1");
    expect(toFileFormula("=SUM(T[IFS(]])")).toBe("SUM(T[IFS(]])");
  });

  it("leaves an already prefixed name and ordinary functions as they are", () => {
    expect(toFileFormula("=_xlfn.IFS(A1,1)")).toBe("_xlfn.IFS(A1,1)");
    expect(toFileFormula('=IFERROR(ROUND(A1/B1,3),"")')).toBe('IFERROR(ROUND(A1/B1,3),"")');
  });

  it("shows a stored formula as Excel does: = in front, prefixes removed outside strings", () => {
    expect(fromFileFormula("_xlfn.IFS(A1,1)")).toBe("=IFS(A1,1)");
    expect(fromFileFormula("_xlfn._xlws.SORT(A1:A3)")).toBe("=SORT(A1:A3)");
    expect(fromFileFormula('"_xlfn.x"&A1')).toBe('="_xlfn.x"&A1');
    expect(fromFileFormula(toFileFormula('=TEXTJOIN("、",TRUE,A1:A3)'))).toBe('=TEXTJOIN("、",TRUE,A1:A3)');
  });

  it("moves relative references of a shared formula and keeps absolute ones", () => {
    expect(shiftFormula("A2*2", 3, 0)).toBe("A5*2");
    expect(shiftFormula("$A2+B$1+$C$3", 2, 1)).toBe("$A4+C$1+$C$3");
    expect(shiftFormula("SUM(A1:B2)", 1, 1)).toBe("SUM(B2:C3)");
    expect(shiftFormula("SUM(A:A)+SUM(1:1)", 1, 1)).toBe("SUM(B:B)+SUM(2:2)");
    expect(shiftFormula("'部 1'!D5/Sheet2!B1", 1, 0)).toBe("'部 1'!D6/Sheet2!B2");
  });

  it("does not mistake names, numbers, strings or functions for references", () => {
    expect(shiftFormula('LOG10(A1)+1E5+"B2"+T[A1]', 1, 0)).toBe('LOG10(A2)+1E5+"B2"+T[A1]');
    expect(shiftFormula("A1", -1, 0)).toBe("#REF!");
  });
});
