/**
 * The row's 単位 when grading: a bare number is in that unit, a value typed with a unit of its own is compared
 * with it as the engine compares two units. A tester's wrong grade (資源回収量, 単位 t, 目標値 500, 実績値
 * `450kg` graded 90.0% B with no problem) is the first case. Every expected figure is worked out by hand.
 */
import { planGrade } from "../../../src/core/grade";
import { rowUnitOf } from "../../../src/core/grade/row-unit";
import { readValues } from "../../../src/core/grade/value-cells";
import type { DepartmentInput } from "../../../src/core/department/model";
import { planDepartmentSheet } from "../../../src/core/sheet/department-sheet";
import { PRESET_SCALES } from "../../../src/core/rules";
import type { SheetCell } from "../../../src/core/workbook/snapshot";
import { officeJsAdapter } from "../../support/adapters";
import { cellAt, gradeThrough, plan, readForGrading, sheetOf } from "./support";

jest.setTimeout(60_000);

const SHEET = "検証部";
const NOW = new Date("2026-10-05T01:00:00Z");

type IndicatorIn = NonNullable<DepartmentInput["indicators"]>[number];

/** One goal; the KPI table's header is on row 21, so the indicators are rows 22, 23 …; 実績値 is H, 中間実績 P. */
function department(indicators: readonly Omit<IndicatorIn, "goalNo">[], interimDate = ""): DepartmentInput {
  return {
    name: SHEET,
    head: "検証 花子",
    fiscalYear: 2026,
    interimDate,
    goals: [{ no: 1, title: "資源の循環", initiatives: [{ text: "分別の啓発", section: "環境課" }] }],
    indicators: indicators.map((i) => ({ goalNo: 1, ...i })),
  };
}

async function graded(input: DepartmentInput) {
  const adapter = officeJsAdapter();
  await adapter.apply(
    plan(planDepartmentSheet(input, { sheetName: SHEET, sheetId: "1", scale: PRESET_SCALES.default })),
  );
  const run = await gradeThrough(adapter, SHEET, NOW);
  if (!run.ok) throw new Error(run.message.en);
  return { adapter, run, indicators: run.result.tables.flatMap((t) => t.indicators) };
}

const figures = (indicators: readonly { rateText: string | null; grade: string | null; reason: string | null }[]) =>
  indicators.map((i) => [i.rateText, i.grade, i.reason]);

describe("a bare number is in the row's 単位", () => {
  it("資源回収量 (t) with 実績値 450kg: 450 kg of 500,000 kg is 0.09%, D — not 450 ÷ 500 = 90%, B", async () => {
    // 500 t = 500,000 kg; 450 ÷ 500,000 = 0.0009 = 0.09%, shown to 0.1% as 0.1%; D (below 50%).
    const { run, indicators } = await graded(
      department([{ name: "資源回収量", unit: "t", direction: "up", target: 500, actual: "450kg" }]),
    );
    expect(figures(indicators)).toEqual([["0.1%", "D", null]]);
    expect(run.result.problems.some((p) => p.reason === "unit_mismatch")).toBe(false);
  });

  it("資源回収量 (t, 減少) with 実績値 400件: a unit mismatch on the 実績値 cell, no grade", async () => {
    const { run, indicators } = await graded(
      department([{ name: "資源回収量", unit: "t", direction: "down", target: 500, actual: "400件" }]),
    );
    expect(figures(indicators)).toEqual([[null, null, "unit_mismatch"]]);
    expect(run.result.problems.map((p) => [p.cell, p.reason])).toEqual([["H22", "unit_mismatch"]]);
  });

  it("grades as before where 単位 agrees: 450 or 450t against 500 (t) is 90.0%, B", async () => {
    const { indicators } = await graded(
      department([
        { name: "資源回収量", unit: "t", direction: "up", target: 500, actual: 450 },
        { name: "古紙回収量", unit: "t", direction: "up", target: 500, actual: "450t" },
        { name: "ごみ排出量", unit: "t", direction: "down", target: 400, actual: "500 t" },
      ]),
    );
    // 450 ÷ 500 = 90.0% B twice; lower is better: 400 ÷ 500 = 80.0% B.
    expect(figures(indicators)).toEqual([
      ["90.0%", "B", null],
      ["90.0%", "B", null],
      ["80.0%", "B", null],
    ]);
  });

  it("compares units of one kind in the smaller one: 450,000円 against 500 (千円) is 90.0%, B", async () => {
    // 500 千円 = 500,000 円; 450,000 ÷ 500,000 = 90.0%.
    const { indicators } = await graded(
      department([{ name: "寄附金受入額", unit: "千円", direction: "up", target: 500, actual: "450,000円" }]),
    );
    expect(figures(indicators)).toEqual([["90.0%", "B", null]]);
  });

  it("changes nothing where 単位 is blank, a word or a compound unit", async () => {
    const { run, indicators } = await graded(
      department([
        { name: "資源回収量", unit: "", direction: "up", target: 500, actual: "450kg" },
        { name: "市民満足度", unit: "満足度", direction: "up", target: 500, actual: "450kg" },
        { name: "年間利用者", unit: "人/年", direction: "up", target: 100, actual: "80人" },
      ]),
    );
    // As before 単位 counted: a unit on one side only is accepted, 450 ÷ 500 = 90.0% and 80 ÷ 100 = 80.0%.
    expect(figures(indicators)).toEqual([
      ["90.0%", "B", null],
      ["90.0%", "B", null],
      ["80.0%", "B", null],
    ]);
    expect(run.result.problems).toEqual([]);
  });

  it("another spelling of the row's counter grades as it always has: 35名 of 40 (人) is 87.5%, B; 8か所 of 10 (箇所) 80.0%", async () => {
    const { run, indicators } = await graded(
      department([
        { name: "参加者数", unit: "人", target: 40, actual: "35名" },
        { name: "整備箇所", unit: "箇所", target: 10, actual: "8か所" },
      ]),
    );
    expect(run.result.problems).toEqual([]);
    expect(indicators.map((i) => [i.rateText, i.grade])).toEqual([
      ["87.5%", "B"],
      ["80.0%", "B"],
    ]);
  });

  it("a % row reads percent as before: 80 against 75% is 93.8%, B", async () => {
    // 75 ÷ 80 = 0.9375 = 93.75%, shown 93.8%, B.
    const { indicators } = await graded(
      department([{ name: "相談者満足度", unit: "%", direction: "up", target: 80, actual: "75%" }]),
    );
    expect(figures(indicators)).toEqual([["93.8%", "B", null]]);
  });
});

describe("conversions keep the grade the row's 単位 gives", () => {
  it("450kg becomes 450 shown as kg, and grading again gives the same D", async () => {
    const { adapter, run, indicators } = await graded(
      department([{ name: "資源回収量", unit: "t", direction: "up", target: 500, actual: "450kg" }]),
    );
    expect(figures(indicators)).toEqual([["0.1%", "D", null]]);
    expect(run.result.conversions.map((c) => [c.cell, c.original, c.value, c.numberFormat])).toEqual([
      ["H22", "450kg", 450, '#,##0"kg"'],
    ]);
    const after = sheetOf(await adapter.read({ sheets: [SHEET] }), SHEET);
    expect(cellAt(after, "H22").value).toBe(450);
    const again = planGrade(await readForGrading(adapter, SHEET), SHEET, { now: NOW });
    if (!again.ok) throw new Error(again.message.en);
    expect(figures(again.result.tables.flatMap((t) => t.indicators))).toEqual([["0.1%", "D", null]]);
    expect(again.result.conversions).toEqual([]);
  });
});

describe("中間実績 is read in the row's 単位 as 実績値 is", () => {
  // FY2026, 中間時点 2026-09-30: half the year, so the target is judged at half.
  it("200kg against half of 1,000 t is 0.04%, D; 50件 against t is 要修正 at its cell", async () => {
    const { run, indicators } = await graded(
      department(
        [
          { name: "資源回収量", unit: "t", direction: "up", target: 1000, interimActual: "200kg" },
          { name: "古紙回収量", unit: "t", direction: "up", target: 1000, interimActual: "50件" },
          { name: "缶回収量", unit: "t", direction: "up", target: 1000, interimActual: 400 },
        ],
        "2026/9/30",
      ),
    );
    // 1,000 t = 1,000,000 kg, half of it 500,000 kg; 200 ÷ 500,000 = 0.04%, shown 0.0%, D.
    // 400 t against half of 1,000 t: 400 ÷ 500 = 80.0%, B.
    expect(indicators.map((i) => [i.interim?.rateText ?? null, i.interim?.grade ?? null, i.interim?.reason])).toEqual([
      ["0.0%", "D", null],
      [null, null, "unit_mismatch"],
      ["80.0%", "B", null],
    ]);
    expect(run.result.problems.map((p) => [p.cell, p.reason])).toEqual([["P23", "unit_mismatch"]]);
  });
});

describe("rowUnitOf", () => {
  const cell = (value: SheetCell["value"]): SheetCell => ({
    row: 1,
    column: 3,
    value,
    formula: null,
    numberFormat: "General",
  });
  it.each([
    ["t", "t"],
    ["ｔ", "t"],
    [" kg ", "kg"],
    ["円", "円"],
    ["千円", "千円"],
    ["億円", "億円"],
    ["万人", "万人"],
    ["千件", "千件"],
    ["％", "%"],
    ["m2", "m²"],
  ])("%s is the unit %s", (text, unit) => {
    expect(rowUnitOf(cell(text))).toBe(unit);
  });
  // A plain counter too: its bare numbers are counted in it already, and 35名 in a 人 row grades as before.
  it.each([
    [""],
    ["満足度"],
    ["人/年"],
    ["割"],
    ["トン"],
    ["(人)"],
    ["-"],
    [12],
    ["件"],
    ["人"],
    ["回"],
    ["分"],
    ["箇所"],
  ])("%s gives no unit", (value) => {
    expect(rowUnitOf(cell(value))).toBeNull();
  });
  it("is what readValues gives a bare number, and never a number with its own unit", () => {
    const values = readValues({ target: cell(500), actual: cell("450kg"), unit: cell("t") });
    const unitOf = (v: (typeof values)["target"]) =>
      v.gradable?.ok && v.gradable.kind === "number" ? v.gradable.unit : "?";
    expect([unitOf(values.target), unitOf(values.actual)]).toEqual(["t", "kg"]);
  });
});
