import { createHyperFormulaEngine, toHyperFormulaText } from "@tassei/in-memory-excel/src/engine/hyperformula-engine";
import type { FormulaEngine } from "@tassei/in-memory-excel/src/engine/formula-engine";

describe("Excel formula text in HyperFormula's dialect", () => {
  it("quotes sheet names, turns TRUE/FALSE into functions and drops @", () => {
    expect(toHyperFormulaText("=政策推進部!H5+IF(TRUE,1,0)+@A1")).toBe("='政策推進部'!H5+IF(TRUE(),1,0)+A1");
    expect(toHyperFormulaText("=SUM('O''Brien'!A1:B2)")).toBe("=SUM('O''Brien'!A1:B2)");
    expect(toHyperFormulaText("=目標値*2", (n) => (n === "目標値" ? "TASSEI_NAME_1" : undefined))).toBe(
      "=TASSEI_NAME_1*2",
    );
  });
});

describe("the HyperFormula engine", () => {
  let engine: FormulaEngine;
  beforeEach(() => {
    engine = createHyperFormulaEngine();
    engine.addSheet("政策推進部");
    engine.addSheet("集計");
  });
  afterEach(() => engine.destroy());

  it("computes across Japanese-named sheets and recomputes after a write", () => {
    engine.setCells("政策推進部", 4, 7, [[120]]);
    engine.setCells("集計", 0, 0, [[{ formula: "=政策推進部!H5/2" }]]);
    expect(engine.getValue("集計", 0, 0)).toBe(60);
    engine.setCells("政策推進部", 4, 7, [[300]]);
    expect(engine.getValue("集計", 0, 0)).toBe(150);
  });

  // Regression: HyperFormula cannot parse a doubled quote in a string; Excel reads it as one quote.
  it("reads a doubled quote inside a string literal as one quote, as Excel does", () => {
    expect(toHyperFormulaText('=EXACT(A1,"約""35""人")')).toBe('=EXACT(A1,("約"&CHAR(34)&"35"&CHAR(34)&"人"))');
    engine.setCells("集計", 0, 0, [['約"35"人', { formula: '=IF(EXACT(A1,"約""35""人"),"同じ","違う")' }]]);
    engine.setCells("集計", 1, 0, [[{ formula: '="""' + '"' }, { formula: '=LEN("a""b")' }]]);
    expect([engine.getValue("集計", 0, 1), engine.getValue("集計", 1, 0), engine.getValue("集計", 1, 1)]).toEqual([
      "同じ",
      '"',
      3,
    ]);
  });

  it("keeps text as text: '=x', '001' and 'TRUE' are never re-read", () => {
    engine.setCells("集計", 0, 0, [["=x", "001", "TRUE", { formula: "=LEN(B1)" }]]);
    expect([0, 1, 2, 3].map((c) => engine.getValue("集計", 0, c))).toEqual(["=x", "001", "TRUE", 3]);
  });

  it("reports Excel's error codes; an empty reference is 0 as in Excel", () => {
    engine.setCells("集計", 0, 0, [
      [{ formula: "=1/0" }, { formula: "=Z99" }, { formula: "=NOSUCH(1)" }, { error: "#N/A" }],
    ]);
    expect([0, 1, 2, 3].map((c) => engine.getValue("集計", 0, c))).toEqual([
      { error: "#DIV/0!" },
      0,
      { error: "#NAME?" },
      { error: "#N/A" },
    ]);
  });

  it("follows renamed sheets and resolves Japanese defined names", () => {
    engine.setCells("政策推進部", 0, 0, [[0.7]]);
    engine.setName("B基準", "=政策推進部!$A$1");
    engine.setCells("集計", 0, 0, [[{ formula: "=B基準*100" }]]);
    expect(engine.getValue("集計", 0, 0)).toBe(70);
    engine.renameSheet("政策推進部", "企画部");
    engine.setCells("企画部", 0, 0, [[0.5]]);
    expect(engine.getValue("集計", 0, 0)).toBe(50);
  });
});
