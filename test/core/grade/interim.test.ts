/**
 * Grading a sheet's mid-year check (中間評価, #18) through the Office.js adapter on the in-memory Excel: the
 * interim grades per indicator, goal and department, written to Tassei's 中間評価 cells only, the year-end
 * grades untouched, undone with 元に戻す, and shown as stale once an input changes. Every expected figure is
 * worked out by hand below.
 */
import { type InterimResult, interimBasisText, planGrade, planUndoLastConversion } from "../../../src/core/grade";
import type { DepartmentInput } from "../../../src/core/department/model";
import { planDepartmentSheet } from "../../../src/core/sheet/department-sheet";
import { PRESET_SCALES, scaleWithInterim } from "../../../src/core/rules";
import { emptySheetPlan } from "../../../src/core/workbook/plan";
import { officeJsAdapter } from "../../support/adapters";
import { readForGrading as readForGradingJob } from "../../../src/core/jobs/grade";
import { officeJsPort } from "../../../src/excel/port";
import { cellAt, changedCells, fillKpi, gradeThrough, plan, readForGrading, sheetOf } from "./support";

jest.setTimeout(60_000);

const SHEET = "検証部";
const NOW = new Date("2026-10-05T01:00:00Z");

/**
 * FY2026 (令和8年度), 中間時点 2026-09-30: six of twelve months, so each target is judged at half.
 * - 相談件数 (goal 1): 50 of 120 → against 60: 5/6 = 83.3%, B
 * - 講座の参加者 (goal 1): 110 of 200 → against 100: 110%, A (counted as 100% in the rollup)
 * - ごみ排出量 (goal 2, lower is better): 400 t against 1,000 t → 500 ÷ 400 = 125%, A (counted as 100%)
 * - 点検率 (goal 2): no 中間実績 → no interim
 * - 補助件数 (goal 2): 2 of 10 → against 5: 40%, D
 * Goal 1: (5/6 + 1) ÷ 2 = 11/12 = 91.7%, B. Goal 2: (1 + 2/5) ÷ 2 = 7/10 = 70.0%, B (exactly on the bound).
 * Department: (11/12 + 7/10) ÷ 2 = 97/120 = 80.8%, B. No year-end actual yet: the year end has no grade.
 */
const MID_YEAR: DepartmentInput = {
  name: SHEET,
  head: "検証 花子",
  fiscalYear: 2026,
  interimDate: "2026/9/30",
  goals: [
    { no: 1, title: "相談の充実", initiatives: [{ text: "窓口の拡充", section: "相談課" }] },
    { no: 2, title: "環境の保全", initiatives: [{ text: "分別の啓発", section: "環境課" }] },
  ],
  indicators: [
    { goalNo: 1, name: "相談件数", unit: "件", target: 120, interimActual: 50 },
    { goalNo: 1, name: "講座の参加者", unit: "人", target: 200, interimActual: 110 },
    { goalNo: 2, name: "ごみ排出量", unit: "t", direction: "down", target: 1000, interimActual: 400 },
    { goalNo: 2, name: "点検率", unit: "%", target: 100 },
    { goalNo: 2, name: "補助件数", unit: "件", target: 10, interimActual: 2, manualGradeReason: "申請が下期に集中" },
  ],
};

async function sheetWith(input: DepartmentInput, scale = PRESET_SCALES.default) {
  const adapter = officeJsAdapter();
  await adapter.apply(plan(planDepartmentSheet(input, { sheetName: SHEET, sheetId: "1", scale })));
  return adapter;
}

/** The KPI table's data rows (its header on row 22), the goals' (header on row 17) are 18 and 19. */
const KPI_ROWS = [23, 24, 25, 26, 27].map(String);
const interimCells = (sheet: Parameters<typeof cellAt>[0]) => KPI_ROWS.map((row) => cellAt(sheet, `Q${row}`).value);
/** 中間評価 once a header cell every share comes from has changed: 点検率 has no 中間実績, so no grade. */
const EVERY_HELD_GRADE_STALE = ["評価ボタンで判定", "評価ボタンで判定", "評価ボタンで判定", null, "評価ボタンで判定"];

describe("a sheet at its mid-year check", () => {
  it("grades each indicator, goal and the department against the pro-rated targets", async () => {
    const adapter = await sheetWith(MID_YEAR);
    const run = await gradeThrough(adapter, SHEET, NOW);
    if (!run.ok) throw new Error(run.message.en);
    const { interim } = run.result;
    expect(interim).toMatchObject({
      rule: { basis: "elapsed" },
      date: "2026-09-30",
      dateCell: "E5",
      share: 0.5,
      shareText: "50.0%",
      counts: { A: 2, B: 1, C: 0, D: 1, E: 0, ungraded: 0 },
      department: { grade: "B", rateText: "80.8%", reason: null },
    });
    const indicators = run.result.tables.flatMap((t) => t.indicators);
    expect(indicators.map((i) => [i.name, i.interim?.rateText ?? null, i.interim?.grade ?? null])).toEqual([
      ["相談件数", "83.3%", "B"],
      ["講座の参加者", "110.0%", "A"],
      ["ごみ排出量", "125.0%", "A"],
      ["点検率", null, null],
      ["補助件数", "40.0%", "D"],
    ]);
    expect(indicators[0]!.interim?.cell).toBe("Q23");
    expect(run.result.goals.map((g) => [g.no, g.interim])).toEqual([
      [1, { grade: "B", rateText: "91.7%", reason: null }],
      [2, { grade: "B", rateText: "70.0%", reason: null }],
    ]);
    // The year end is untouched: no actual yet, no grade.
    expect(run.result.department).toMatchObject({ grade: null, reason: "no_gradable_indicator" });
    expect(indicators.every((i) => i.grade === null && i.reason === "actual_missing")).toBe(true);
  });

  it("writes 中間評価 in the KPI table, the goals table and the header, and nothing of the year end's", async () => {
    const adapter = await sheetWith(MID_YEAR);
    const before = sheetOf(await adapter.read({ sheets: [SHEET] }), SHEET);
    const run = await gradeThrough(adapter, SHEET, NOW);
    if (!run.ok) throw new Error(run.message.en);
    const after = sheetOf(await adapter.read({ sheets: [SHEET] }), SHEET);
    expect(interimCells(after)).toEqual(["B", "A", "A", null, "D"]);
    expect(cellAt(after, "Q23").formula).toMatch(/^=IFERROR\(IF\(AND\(/);
    // The goals table: rows 18 and 19 (one initiative each), their 中間評価 in Q.
    expect([cellAt(after, "Q18").value, cellAt(after, "Q19").value]).toEqual(["B", "B"]);
    expect(cellAt(after, "Q18").formula).toBe('="B"');
    expect(cellAt(after, "G5").value).toBe("B");
    // The year end's cells show what they showed: 達成度 of the KPI rows, the goals' 達成度, 全体の達成度.
    for (const address of ["K23", "K27", "M18", "M19", "B6"]) {
      expect(cellAt(after, address).value).toEqual(cellAt(before, address).value);
    }
    // Besides the year end's own (C6 the stamp, M23:M26 評価理由 saying there is no actual yet): 中間評価 alone.
    const changed = changedCells(before, after).filter((a) => a !== "C6" && !/^M2[3-6]$/.test(a));
    expect(changed).toEqual(["G5", "Q18", "Q19", "Q23", "Q24", "Q25", "Q27"]);
  });

  it("grades again to the same cells without writing, and shows 評価ボタンで判定 once an input changes", async () => {
    const adapter = await sheetWith(MID_YEAR);
    await gradeThrough(adapter, SHEET, NOW);
    const again = planGrade(await readForGrading(adapter, SHEET), SHEET, { now: NOW });
    expect(again.ok && again.plan.sheets).toEqual([]);
    const sheet = sheetOf(await adapter.read({ sheets: [SHEET] }), SHEET);
    await adapter.apply(plan(fillKpi(sheet, { 相談件数: { 中間実績: 70 } })));
    const edited = sheetOf(await adapter.read({ sheets: [SHEET] }), SHEET);
    expect(cellAt(edited, "Q23").value).toBe("評価ボタンで判定");
    expect(cellAt(edited, "Q24").value).toBe("A");
    // A new 中間時点 changes every share: each held grade says so.
    await adapter.apply(
      plan({ ...emptySheetPlan(SHEET, "update"), blocks: [{ anchor: { row: 4, column: 4 }, rows: [[46326]] }] }),
    );
    const redated = sheetOf(await adapter.read({ sheets: [SHEET] }), SHEET);
    expect(interimCells(redated)).toEqual(EVERY_HELD_GRADE_STALE);
    // Grading again: 70 of 120 by 2026-10-31 (7 months: against 70) is 100%, A.
    const regraded = await gradeThrough(adapter, SHEET, NOW);
    if (!regraded.ok) throw new Error(regraded.message.en);
    expect(regraded.result.interim?.shareText).toBe("58.3%");
    expect(regraded.result.tables[0]!.indicators[0]!.interim).toMatchObject({ grade: "A", rateText: "100.0%" });
  });

  it("is undone with 元に戻す: every 中間評価 cell as it was", async () => {
    const adapter = await sheetWith(MID_YEAR);
    const before = sheetOf(await adapter.read({ sheets: [SHEET] }), SHEET);
    const run = await gradeThrough(adapter, SHEET, NOW);
    expect(run.ok && run.result.undoable).toBe(true);
    const undo = planUndoLastConversion(await adapter.read({ sheets: "all" }), SHEET, { now: NOW });
    if (!undo.ok) throw new Error(undo.message.en);
    await adapter.apply(undo.plan);
    const after = sheetOf(await adapter.read({ sheets: [SHEET] }), SHEET);
    expect(interimCells(after)).toEqual([null, null, null, null, null]);
    expect([cellAt(after, "Q18").value, cellAt(after, "G5").value]).toEqual([null, null]);
    expect(changedCells(before, after)).toEqual([]);
  });
});

describe("beside a conversion", () => {
  const typed: DepartmentInput = {
    ...MID_YEAR,
    indicators: [{ goalNo: 2, name: "ごみ排出量", direction: "down", target: "1,000t", interimActual: "400t" }],
  };

  it("turns a 中間実績 typed 400t into 400 as the year end's inputs are, and holds the grade against what it writes", async () => {
    const adapter = await sheetWith(typed);
    const run = await gradeThrough(adapter, SHEET, NOW);
    if (!run.ok) throw new Error(run.message.en);
    // Row 23 is the KPI table's first row: 目標値 in G, 中間実績 in P.
    expect(run.result.conversions.map((c) => [c.cell, c.original, c.value])).toEqual([
      ["G23", "1,000t", 1000],
      ["P23", "400t", 400],
    ]);
    const cell = run.result.tables[0]!.indicators[0]!.interim!.cell;
    const after = sheetOf(await adapter.read({ sheets: [SHEET] }), SHEET);
    expect(cellAt(after, "P23").value).toBe(400);
    expect(cellAt(after, "P23").numberFormat).toContain("t");
    // 500 ÷ 400 as before the conversion: 125%, A.
    expect([cellAt(after, cell).value, run.result.tables[0]!.indicators[0]!.interim?.rateText]).toEqual([
      "A",
      "125.0%",
    ]);
    const again = await gradeThrough(adapter, SHEET, new Date("2026-10-06T01:00:00Z"));
    expect(again.ok && again.result.conversions).toEqual([]);
  });

  it("is undone with 元に戻す: 400t typed again, and the target's text with it", async () => {
    const adapter = await sheetWith(typed);
    const before = sheetOf(await adapter.read({ sheets: [SHEET] }), SHEET);
    await gradeThrough(adapter, SHEET, NOW);
    const undo = planUndoLastConversion(await adapter.read({ sheets: "all" }), SHEET, { now: NOW });
    if (!undo.ok) throw new Error(undo.message.en);
    await adapter.apply(undo.plan);
    const after = sheetOf(await adapter.read({ sheets: [SHEET] }), SHEET);
    expect([cellAt(after, "G23").value, cellAt(after, "P23").value]).toEqual(["1,000t", "400t"]);
    expect(changedCells(before, after)).toEqual([]);
  });

  it("keeps a 中間実績 formatted as text as typed, read as the pane reads (formats after the values)", async () => {
    const adapter = await sheetWith(typed);
    const asText = {
      ...emptySheetPlan(SHEET, "update"),
      styles: [{ range: { row: 22, column: 15, rowCount: 1, columnCount: 1 }, style: { numberFormat: "@" } }],
    };
    await adapter.apply(plan(asText));
    const snapshot = await adapter.excel.run((context) => readForGradingJob(officeJsPort(context)));
    const run = planGrade(snapshot, SHEET, { now: NOW });
    if (!run.ok) throw new Error(run.message.en);
    expect(run.result.conversions.map((c) => c.cell)).toEqual(["G23"]);
  });

  it("converts nothing of a row where converting its target would change how its 中間実績 reads", async () => {
    // 目標値 typed 50% (text, read in percent points: 50) beside a 中間実績 of 20 (a plain number, 20 points):
    // as a percent cell 0.5 the target would be read as a fraction and 20 against it as 4,000%.
    const adapter = await sheetWith({
      ...MID_YEAR,
      indicators: [{ goalNo: 1, name: "受診率", target: "50%", interimActual: 20 }],
    });
    const run = await gradeThrough(adapter, SHEET, NOW);
    if (!run.ok) throw new Error(run.message.en);
    expect(run.result.conversions).toEqual([]);
    // 20 against half of 50: 80.0%, B; and again the same, with nothing to write.
    expect(run.result.tables[0]!.indicators[0]!.interim).toMatchObject({ grade: "B", rateText: "80.0%" });
    const again = planGrade(await readForGrading(adapter, SHEET), SHEET, { now: NOW });
    expect(again.ok && again.plan.sheets).toEqual([]);
  });

  it("keeps a 中間実績 that is only an estimate as typed: 約400t", async () => {
    const adapter = await sheetWith({
      ...typed,
      indicators: [{ ...typed.indicators![0]!, target: 1000, interimActual: "約400t" }],
    });
    const run = await gradeThrough(adapter, SHEET, NOW);
    if (!run.ok) throw new Error(run.message.en);
    expect(run.result.conversions).toEqual([]);
  });
});

describe("a 中間実績 the engine cannot read", () => {
  it("is 要修正 at its own cell, as a year-end actual is: another unit, or words", async () => {
    const adapter = await sheetWith({
      ...MID_YEAR,
      indicators: [
        { goalNo: 1, name: "参加者数", unit: "人", target: "100人", interimActual: "50件" },
        { goalNo: 1, name: "相談件数", unit: "件", target: 120, interimActual: "たくさん" },
        { goalNo: 2, name: "講座の参加者", unit: "人", target: 200, interimActual: 110 },
      ],
    });
    const run = await gradeThrough(adapter, SHEET, NOW);
    if (!run.ok) throw new Error(run.message.en);
    // Rows 23 and 24; 中間実績 is column P.
    expect(run.result.problems.map((p) => [p.cell, p.reason])).toEqual([
      ["P23", "unit_mismatch"],
      ["P24", "actual_unreadable"],
    ]);
    expect(run.result.problems[0]!.message.ja).toContain("中間実績");
    // The third row is graded: 110 against 100 (half of 200), A.
    expect(run.result.tables[0]!.indicators[2]!.interim).toMatchObject({ grade: "A", rateText: "110.0%" });
  });
});

describe("without what it needs", () => {
  it("no 中間時点 under the elapsed rule: each indicator and the department say why, and nothing is written", async () => {
    const adapter = await sheetWith({ ...MID_YEAR, interimDate: "" });
    const run = await gradeThrough(adapter, SHEET, NOW);
    if (!run.ok) throw new Error(run.message.en);
    expect(run.result.interim).toMatchObject({
      date: null,
      share: null,
      department: { grade: null, reason: "interim_date_missing" },
    });
    expect(run.result.interim?.department.message.ja).toContain("中間時点");
    const first = run.result.tables[0]!.indicators[0]!.interim;
    expect(first).toMatchObject({ grade: null, reason: "interim_date_missing" });
    const after = sheetOf(await adapter.read({ sheets: [SHEET] }), SHEET);
    expect(interimCells(after)).toEqual([null, null, null, null, null]);
  });

  it("no 中間実績 anywhere: no interim in the result, and the hash of a sheet without one", async () => {
    const plain: DepartmentInput = {
      ...MID_YEAR,
      indicators: MID_YEAR.indicators!.map((i) => ({ ...i, interimActual: null })),
    };
    const adapter = await sheetWith(plain);
    const run = await gradeThrough(adapter, SHEET, NOW);
    if (!run.ok) throw new Error(run.message.en);
    expect(run.result.interim).toBeUndefined();
    expect(run.result.tables[0]!.indicators.every((i) => i.interim === undefined)).toBe(true);
    expect(run.result.goals.every((g) => g.interim === undefined)).toBe(true);
  });
});

describe("a rule the city chose", () => {
  it("大阪市's fixed 66.7%: 50 of 120 against 80.04 is 62.5%, C, whatever the date", async () => {
    const osaka = scaleWithInterim(PRESET_SCALES.default, { basis: "share", percent: { coefficient: 667, scale: 1 } });
    const adapter = await sheetWith({ ...MID_YEAR, interimDate: "" }, osaka);
    const run = await gradeThrough(adapter, SHEET, NOW);
    if (!run.ok) throw new Error(run.message.en);
    expect(run.result.interim).toMatchObject({ rule: { basis: "share", percent: "66.7" }, shareText: "66.7%" });
    expect(run.result.tables[0]!.indicators[0]!.interim).toMatchObject({ grade: "C", rateText: "62.5%" });
  });

  it("多摩市's 20% × n from 令和6年度: FY2026 is year 3, so every target is judged at 60%, whatever the date", async () => {
    const tama = scaleWithInterim(PRESET_SCALES.default, {
      basis: "planYear",
      percent: { coefficient: 20, scale: 0 },
      firstYear: 2024,
    });
    const adapter = await sheetWith({ ...MID_YEAR, interimDate: "" }, tama);
    const run = await gradeThrough(adapter, SHEET, NOW);
    if (!run.ok) throw new Error(run.message.en);
    expect(run.result.interim).toMatchObject({
      rule: { basis: "planYear", percent: "20", firstYear: 2024 },
      share: 0.6,
      shareText: "60.0%",
    });
    expect(interimBasisText(run.result.interim!, "ja")).toBe(
      "令和6年度からの計画の年数 × 20%：目標値の 60.0% に対して",
    );
    // 50 ÷ 72 = 69.4% C; 110 ÷ 120 = 91.7% B; lower is better: 600 ÷ 400 = 150% A; none; 2 ÷ 6 = 33.3% D.
    const indicators = run.result.tables.flatMap((t) => t.indicators);
    expect(indicators.map((i) => [i.interim?.rateText ?? null, i.interim?.grade ?? null])).toEqual([
      ["69.4%", "C"],
      ["91.7%", "B"],
      ["150.0%", "A"],
      [null, null],
      ["33.3%", "D"],
    ]);

    // The share comes from the sheet's 年度 (B5): a new year makes every held grade stale, 中間時点 or not.
    const graded = sheetOf(await adapter.read({ sheets: [SHEET] }), SHEET);
    expect(cellAt(graded, "A5").value).toBe("年度");
    expect(interimCells(graded)).toEqual(["C", "B", "A", null, "D"]);
    await adapter.apply(
      plan({ ...emptySheetPlan(SHEET, "update"), blocks: [{ anchor: { row: 4, column: 1 }, rows: [["令和10年度"]] }] }),
    );
    const moved = sheetOf(await adapter.read({ sheets: [SHEET] }), SHEET);
    expect(interimCells(moved)).toEqual(EVERY_HELD_GRADE_STALE);
    // FY2028 is year 5: the whole target. 50 ÷ 120 = 41.7%, D.
    const regraded = await gradeThrough(adapter, SHEET, NOW);
    if (!regraded.ok) throw new Error(regraded.message.en);
    expect(regraded.result.interim?.shareText).toBe("100.0%");
    expect(regraded.result.tables[0]!.indicators[0]!.interim).toMatchObject({ grade: "D", rateText: "41.7%" });
  });

  it("a sheet older than the plan it counts from says so, and writes no 中間評価", async () => {
    const later = scaleWithInterim(PRESET_SCALES.default, {
      basis: "planYear",
      percent: { coefficient: 20, scale: 0 },
      firstYear: 2027,
    });
    const adapter = await sheetWith(MID_YEAR, later);
    const run = await gradeThrough(adapter, SHEET, NOW);
    if (!run.ok) throw new Error(run.message.en);
    expect(run.result.interim).toMatchObject({ share: null, department: { reason: "interim_year_before_plan" } });
    expect(interimBasisText(run.result.interim!, "en")).toBe(
      "20% per year of a plan from Reiwa 9 (the sheet's year is before the plan)",
    );
    const after = sheetOf(await adapter.read({ sheets: [SHEET] }), SHEET);
    expect(interimCells(after)).toEqual([null, null, null, null, null]);
  });
});

describe("the year end is never changed by the interim", () => {
  it("the same sheet with and without its 中間実績 grades the same at the year end", async () => {
    const yearEnd = (interim: boolean): DepartmentInput => ({
      ...MID_YEAR,
      indicators: MID_YEAR.indicators!.map((i, n) => ({
        ...i,
        actual: [110, 190, 950, 100, 4][n],
        interimActual: interim ? i.interimActual : null,
      })),
    });
    const graded = async (input: DepartmentInput) => {
      const run = await gradeThrough(await sheetWith(input), SHEET, NOW);
      if (!run.ok) throw new Error(run.message.en);
      return run.result;
    };
    const withInterim = await graded(yearEnd(true));
    const without = await graded(yearEnd(false));
    expect(withInterim.interim?.department.grade).toBe("B");
    const strip = (result: typeof without) => ({
      department: result.department,
      counts: result.counts,
      goals: result.goals.map(({ interim: _interim, ...goal }) => goal),
      indicators: result.tables.flatMap((t) => t.indicators.map(({ interim: _interim, ...i }) => i)),
      problems: result.problems,
      waiting: result.waiting,
    });
    expect(strip(withInterim)).toEqual(strip(without));
  });
});

describe("the rule in words, in the pane and on the command line", () => {
  const perYear = (reason: string | null, shareText: string | null): InterimResult => ({
    rule: { basis: "planYear", percent: "12.5", firstYear: 2019 },
    date: null,
    dateCell: null,
    share: null,
    shareText,
    counts: {},
    department: { grade: null, rateText: null, reason, message: { ja: "", en: "" } },
  });

  it("says which year of the plan, or why there is none: before the plan, or a year it cannot read", () => {
    expect(interimBasisText(perYear(null, "37.5%"), "ja")).toBe(
      "令和元年度からの計画の年数 × 12.5%：目標値の 37.5% に対して",
    );
    expect(interimBasisText(perYear("interim_year_before_plan", null), "ja")).toBe(
      "令和元年度からの計画の年数 × 12.5%（シートの年度は計画の前です）",
    );
    expect(interimBasisText(perYear("interim_year_missing", null), "en")).toBe(
      "12.5% per year of a plan from Reiwa 1 (the sheet's year cannot be read)",
    );
  });

  it("names a 中間時点 outside the sheet's year as it is, never as missing", () => {
    const outside: InterimResult = {
      ...perYear("interim_date_outside_year", null),
      rule: { basis: "elapsed" },
      date: "2025-09-30",
      dateCell: "E5",
    };
    expect(interimBasisText(outside, "ja")).toBe("中間時点 2025/9/30");
    expect(interimBasisText({ ...outside, date: null }, "ja")).toBe("中間時点なし");
  });
});

describe("a 年度 a person typed that is not a year", () => {
  it("is 要修正 at its cell, and grading goes on with the year the sheet was made for", async () => {
    const adapter = await sheetWith(MID_YEAR);
    await adapter.apply(
      plan({ ...emptySheetPlan(SHEET, "update"), blocks: [{ anchor: { row: 4, column: 1 }, rows: [["来年度"]] }] }),
    );
    const run = await gradeThrough(adapter, SHEET, NOW);
    if (!run.ok) throw new Error(run.message.en);
    expect(run.result.problems.map((p) => [p.cell, p.reason, p.raw])).toEqual([
      ["B5", "fiscal_year_unreadable", "来年度"],
    ]);
    expect(run.result.problems[0]!.message.ja).toContain("年度として読み取れません");
    // FY2026 from the sheet's making: the share is still half the year.
    expect(run.result.interim?.shareText).toBe("50.0%");
  });
});
