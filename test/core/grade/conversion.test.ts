/**
 * Which typed texts grading converts, and how value cells read: only clean single values are converted,
 * and only when the engine then reads the row exactly as before.
 */
import { rowConversions } from "../../../src/core/grade/conversion";
import type { GradeCell } from "../../../src/core/grade/sheet-cells";
import { readValues } from "../../../src/core/grade/value-cells";
import type { CellValue } from "../../../src/core/workbook/snapshot";

const COLUMN = { baseline: 5, target: 6, actual: 7 } as const;

function cell(field: keyof typeof COLUMN, value: CellValue, numberFormat = "General"): GradeCell {
  return { row: 9, column: COLUMN[field], value, formula: null, numberFormat };
}

type Row = Partial<Record<keyof typeof COLUMN, GradeCell>>;
const always = () => true;
const converted = (row: Row) => rowConversions(row, always).map((c) => [c.cell, c.original, c.value, c.numberFormat]);

describe("rowConversions", () => {
  it("converts every clean value of a row, keeping its unit and its former format", () => {
    const row = { target: cell("target", "65,000 件"), actual: cell("actual", "６２，９４７件") };
    expect(converted(row)).toEqual([
      ["G10", "65,000 件", 65000, '#,##0"件"'],
      ["H10", "６２，９４７件", 62947, '#,##0"件"'],
    ]);
    expect(rowConversions(row, always)[0]?.previousFormat).toBe("General");
  });

  it.each([
    ["an estimate", "99%(見込み)"],
    ["an approximation", "約2,400人"],
    ["a cumulative count", "延べ 35 人"],
    ["a lower bound", "100人以上"],
    ["a note", "12件 ※速報値"],
    ["a label", "全6回実施"],
    ["several values", "5 億円(個人版) 5500 万円(企業版)"],
    ["a pending word", "作業中"],
    ["a done word", "実施済"],
    ["an unreadable text", "おおむね達成"],
  ])("keeps %s as typed (%s)", (_what, text) => {
    expect(converted({ target: cell("target", "100"), actual: cell("actual", text) }).map((c) => c[1])).not.toContain(
      text,
    );
  });

  it("leaves numbers, formulas, cells formatted as text, and cells it may not convert", () => {
    expect(converted({ target: cell("target", 65000), actual: cell("actual", 100) })).toEqual([]);
    expect(converted({ target: { ...cell("target", "65,000 件"), formula: '="65,000 件"' } })).toEqual([]);
    expect(converted({ target: cell("target", "65,000 件", "@") })).toEqual([]);
    expect(rowConversions({ target: cell("target", "65,000 件") }, () => false)).toEqual([]);
  });

  it("converts percent texts together (fractions against fractions rate as points against points)", () => {
    const row = { baseline: cell("baseline", "13.4%"), target: cell("target", "40.0%") };
    expect(converted(row)).toEqual([
      ["G10", "40.0%", 0.4, "0.0%"],
      ["F10", "13.4%", 0.134, "0.0%"],
    ]);
  });

  it("keeps a percent text beside a plain number: the row would read differently as a fraction", () => {
    expect(converted({ target: cell("target", 40), actual: cell("actual", "35%") })).toEqual([]);
  });

  it("converts beside an estimate: the percent cell then reads in points again", () => {
    const row = { target: cell("target", "100%"), actual: cell("actual", "99%(見込み)") };
    expect(converted(row)).toEqual([["G10", "100%", 1, "0.0%"]]);
  });

  it("keeps a unit mismatch visible: each converted cell's format keeps its own unit", () => {
    const row = { target: cell("target", "630 人"), actual: cell("actual", "600件") };
    expect(converted(row).map((c) => c[3])).toEqual(['#,##0"人"', '#,##0"件"']);
  });
});

describe("readValues", () => {
  const number = (c: ReturnType<typeof readValues>["target"]) =>
    c.gradable?.ok && c.gradable.kind === "number" ? [c.gradable.value, c.gradable.unit] : c.gradable;

  it("reads a unit from a converted cell's format", () => {
    const read = readValues({ target: cell("target", 65000, '#,##0"件"') });
    expect(number(read.target)).toEqual([{ coefficient: 65000, scale: 0 }, "件"]);
  });

  it("reads a percent fraction in points when the row has percent text, as it is otherwise", () => {
    const mixed = readValues({ target: cell("target", 0.4, "0.0%"), actual: cell("actual", "35%(見込み)") });
    expect(number(mixed.target)).toEqual([{ coefficient: 40, scale: 0 }, "%"]);
    const numbers = readValues({ target: cell("target", 0.4, "0.0%"), actual: cell("actual", 0.35) });
    expect(number(numbers.target)).toEqual([{ coefficient: 4, scale: 1 }, "%"]);
    expect(number(numbers.actual)).toEqual([{ coefficient: 35, scale: 2 }, null]);
  });

  it("reads an empty cell as nothing and text through the parser", () => {
    const read = readValues({ actual: cell("actual", "作業中") });
    expect(read.target.gradable).toBeNull();
    expect(read.actual.gradable).toMatchObject({ ok: false, reason: "pending" });
  });
});
