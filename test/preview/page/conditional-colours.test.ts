/**
 * The grid evaluates the conditional formats Tassei writes (custom rules comparing cells with literals)
 * and leaves every other rule alone; see src/preview/page/grid/conditional-colours.ts.
 */
import { conditionalColourer, excelEquals, parseRuleFormula } from "../../../src/preview/page/grid/conditional-colours";
import { gradeConditionalFormat, gradeMarks } from "../../../src/core/sheet/grade-palette";
import { PRESET_SCALES } from "../../../src/core/rules";
import { freshExcel } from "../fixture";

describe("rule formulas", () => {
  it("reads comparisons of a cell with a literal, alone or in OR / AND", () => {
    expect(parseRuleFormula('=$M18="A"')).toBeDefined();
    expect(parseRuleFormula('=OR($M18="A", $M18="◎")')).toBeDefined();
    expect(parseRuleFormula('=AND(B2<>"", C$3=5)')).toBeDefined();
    expect(parseRuleFormula('="x"=A1')).toBeDefined();
  });

  it("refuses anything else, so no colour is guessed", () => {
    for (const formula of ["=A1>3", "=SUM(A1:A3)=6", '=$M18="A"+1', "M18=1", "=OR()", "=ISBLANK(A1)", '=A1="x" junk']) {
      expect({ formula, parsed: parseRuleFormula(formula) }).toEqual({ formula, parsed: undefined });
    }
  });

  it('compares like Excel\'s =: text ignores case, an empty cell equals "" and 0', () => {
    expect(excelEquals("abc", "ABC")).toBe(true);
    expect(excelEquals(null, "")).toBe(true);
    expect(excelEquals(null, 0)).toBe(true);
    expect(excelEquals(null, "A")).toBe(false);
    expect(excelEquals(1, "1")).toBe(false);
    expect(excelEquals({ error: "#N/A" }, "A")).toBe(false);
  });
});

describe("conditional colours of a sheet", () => {
  async function gradeColumn(values: string[], extra?: (range: Excel.Range) => void) {
    const excel = freshExcel({ sheets: ["S"] });
    const scale = PRESET_SCALES.default;
    const plan = gradeConditionalFormat({ row: 1, column: 2, rowCount: values.length, columnCount: 1 }, scale);
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRangeByIndexes(1, 2, values.length, 1);
      range.values = values.map((v) => [v]);
      for (const rule of plan.rules) {
        const format = range.conditionalFormats.add("Custom");
        format.custom.rule.formula = rule.formula;
        if (rule.fill) format.custom.format.fill.color = rule.fill;
        if (rule.fontColor) format.custom.format.font.color = rule.fontColor;
      }
      extra?.(range);
      await context.sync();
    });
    const sheet = excel.workbook.sheet("S");
    return conditionalColourer(sheet, (r, c) => excel.workbook.valueAt(sheet, r, c));
  }

  it("colours each grade cell by its own letter (relative rows move down the column)", async () => {
    const colour = await gradeColumn(["A", "c", "E", "", "Z"]);
    const of = (letter: string) => {
      const found = gradeMarks(PRESET_SCALES.default).find((m) => m.marks.includes(letter))!.colour;
      return { fill: found.fill, fontColor: found.fontColor };
    };
    expect(colour(1, 2)).toEqual({ fill: "#C6EFCE", fontColor: "#006100" });
    expect(colour(2, 2)).toEqual(of("C"));
    expect(colour(3, 2)).toEqual({ fill: "#D9D9D9", fontColor: "#404040" });
    expect(colour(4, 2)).toBeUndefined();
    expect(colour(5, 2)).toBeUndefined();
    // Outside the rule's range nothing is coloured, even with a matching value.
    expect(colour(1, 3)).toBeUndefined();
  });

  it("takes rules in priority order and stops at a true rule marked stopIfTrue", async () => {
    const colour = await gradeColumn(["A"], (range) => {
      // Added last, so it has priority 0: it wins the fill; the font colour still comes from the grade rule.
      const first = range.conditionalFormats.add("Custom");
      first.custom.rule.formula = '=$C2="A"';
      first.custom.format.fill.color = "#123456";
    });
    expect(colour(1, 2)).toEqual({ fill: "#123456", fontColor: "#006100" });
    const stopping = await gradeColumn(["A"], (range) => {
      const first = range.conditionalFormats.add("Custom");
      first.custom.rule.formula = '=$C2="A"';
      first.custom.format.fill.color = "#123456";
      first.stopIfTrue = true;
    });
    expect(stopping(1, 2)).toEqual({ fill: "#123456", fontColor: undefined });
  });

  it("ignores rules it cannot evaluate", async () => {
    const excel = freshExcel({ sheets: ["S"] });
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("A1:A2");
      range.values = [[5], [50]];
      const rule = range.conditionalFormats.add("Custom");
      rule.custom.rule.formula = "=A1>10";
      rule.custom.format.fill.color = "#FF0000";
      await context.sync();
    });
    const sheet = excel.workbook.sheet("S");
    const colour = conditionalColourer(sheet, (r, c) => excel.workbook.valueAt(sheet, r, c));
    expect(colour(1, 0)).toBeUndefined();
  });
});
