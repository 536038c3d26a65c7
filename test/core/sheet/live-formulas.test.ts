/**
 * The 達成率 / 達成度 formulas of a KPI row (layout/live-formulas.ts): their text and the helpers'
 * results worked out by hand; then, on the in-memory Excel (HyperFormula), random rows showing that the
 * live formulas compute what `liveRate` / `liveGrade` say, and that a graded value holds only while the
 * row's inputs are what was graded.
 */
import fc from "fast-check";
import { DEFAULT_SCALE, PRESET_NAMES, PRESET_SCALES, type PresetName } from "../../../src/core/rules";
import { type KpiColumnKey, kpiColumnIndex } from "../../../src/core/sheet/kpi/kpi-table";
import { formulaScale } from "../../../src/core/sheet/header/legend";
import {
  type FormulaScale,
  INPUT_KEYS,
  type InputKey,
  type LiveValue,
  PRESS_GRADE_TEXT,
  type RowInputs,
  gradedValueFormula,
  liveGrade,
  liveGradeFormula,
  liveRate,
  liveRateFormula,
  numberLiteral,
  shownPercent,
} from "../../../src/core/sheet/kpi/live-formulas";
import type { CellRef } from "@tassei/excel-rules";
import { type CellBlock, type PlannedCell, type SheetPlan, emptySheetPlan } from "../../../src/core/workbook/plan";
import { type CellValue, type SheetSnapshot, valueAt } from "../../../src/core/workbook/snapshot";
import { applyPlan } from "../../../src/excel/apply";
import { readSnapshot } from "../../../src/excel/read";
import { createInMemoryExcel, type InMemoryExcel } from "@tassei/in-memory-excel";

jest.setTimeout(60_000);

const SHEET = "政策推進部";
const PRESS = PRESS_GRADE_TEXT;

const BLANK_ROW: RowInputs = {
  direction: null,
  method: null,
  baseline: null,
  target: null,
  actual: null,
  status: null,
  manualGrade: null,
  manualReason: null,
};

// ---- the in-memory Excel ------------------------------------------------------------------------

async function apply(excel: InMemoryExcel, mode: SheetPlan["mode"], blocks: readonly CellBlock[]): Promise<void> {
  await excel.run((context) => applyPlan(context, { sheets: [{ ...emptySheetPlan(SHEET, mode), blocks }] }));
}

async function read(excel: InMemoryExcel): Promise<SheetSnapshot> {
  const snapshot = await excel.run((context) => readSnapshot(context, { sheets: [SHEET] }));
  return snapshot.sheets[0]!;
}

/** A value as a plan writes it: a blank is a hole on the first write, and "" (clearing it) on a later one. */
function planned(value: CellValue, clearing: boolean): PlannedCell {
  if (value === null) return clearing ? "" : undefined;
  return value;
}

/** The row's cells from its first KPI column (目標No.), in KPI_COLUMNS order; unset cells are holes. */
function kpiRowCells(cells: Partial<Record<InputKey | "rate" | "grade", PlannedCell>>): PlannedCell[] {
  const line: PlannedCell[] = [];
  for (const [key, cell] of Object.entries(cells)) line[kpiColumnIndex(key as KpiColumnKey)] = cell;
  return Array.from(line);
}

/** The legend's bound cells, as the live 達成度 formulas read them. */
function legendBlocks(scale: FormulaScale): CellBlock[] {
  return scale.flatMap((grade) =>
    grade.boundCell && grade.bound !== null ? [{ anchor: grade.boundCell, rows: [[grade.bound]] }] : [],
  );
}

// ---- where HyperFormula is not Excel ------------------------------------------------------------
// The emulation computes as Excel does (IEEE division, comparison with the bound's double). HyperFormula,
// as the in-memory Excel configures it (smartRounding), departs from that in two known ways, modelled here so
// the random rows can still be compared exactly; both are pinned by hand-worked examples below.

/**
 * HyperFormula hands a formula's number out rounded to 16 significant digits (precisionRounding 15, as
 * its Exporter.cellValueRounding does): 7/3 reads 2.333333333333334, not 2.3333333333333335.
 */
function asHyperFormulaReads(value: number): number {
  if (value === 0) return value;
  const places = Math.pow(10, 15 - Math.floor(Math.log10(Math.abs(value))));
  return value < 0 ? -Math.round(-value * places) / places : Math.round(value * places) / places;
}

/** HyperFormula's comparisons call two numbers equal within a relative 1e-13 (precisionEpsilon). */
function hyperFormulaTies(left: number, right: number): boolean {
  const mod = 1 + 1e-13;
  return right >= 0 ? left * mod >= right && left <= right * mod : left * mod <= right && left >= right * mod;
}

/** The 達成度 HyperFormula shows: liveGrade's, except that a rate tied with a bound is at that bound. */
function gradeOnHyperFormula(rate: LiveValue, manualGrade: CellValue, scale: FormulaScale): LiveValue {
  const tied = typeof rate === "number" ? scale.find((g) => g.bound !== null && hyperFormulaTies(rate, g.bound)) : null;
  return liveGrade(tied?.bound ?? rate, manualGrade, scale);
}

/** What reading a cell that shows `value` gives: "" reads as an empty cell. */
function asRead(value: LiveValue): CellValue {
  if (value === "") return null;
  return typeof value === "number" ? asHyperFormulaReads(value) : value;
}

// ---- hand-worked examples -----------------------------------------------------------------------

describe("the formulas' text, worked by hand", () => {
  /** The default scale's legend with its heading in A11: A from $A$12, B from $A$13, C from $A$14. */
  const defaultLegend = formulaScale(DEFAULT_SCALE, { row: 10, column: 0 });

  it("the legend below a heading in A11 gives the bounds of A, B, C in A12, A13, A14; D has none", () => {
    expect(defaultLegend).toEqual([
      { letter: "A", bound: 1, boundCell: { row: 11, column: 0 } },
      { letter: "B", bound: 0.7, boundCell: { row: 12, column: 0 } },
      { letter: "C", bound: 0.5, boundCell: { row: 13, column: 0 } },
      { letter: "D", bound: null, boundCell: null },
    ]);
  });

  it("達成率 of sheet row 5 (table from column A): H5/G5 for two numbers, a plain increase, final or estimate", () => {
    const formula = liveRateFormula(4, 0);
    expect(formula).toBe(
      '=IF(H5="","",IF(AND(ISNUMBER(G5),ISNUMBER(H5),G5>0,OR(D5="",D5="増加"),OR(E5="",E5="比率"),' +
        'OR(I5="",I5="確定",I5="見込み")),H5/G5,"評価ボタンで判定"))',
    );
    expect(formula.length).toBeLessThan(300);
  });

  it("達成度 of sheet row 5 on the default scale places J5 on $A$12, $A$13, $A$14", () => {
    const formula = liveGradeFormula(4, 0, defaultLegend);
    expect(formula).toBe(
      '=IF(L5<>"","評価ボタンで判定",IF(ISNUMBER(J5),IF(J5>=$A$12,"A",IF(J5>=$A$13,"B",IF(J5>=$A$14,"C","D"))),' +
        'IF(J5="","","評価ボタンで判定")))',
    );
    expect(formula.length).toBeLessThan(300);
  });

  it.each(PRESET_NAMES)("the live 達成度 on the %s scale stays under 300 characters, on row 100,000", (name) => {
    // Column Z and six-digit rows: longer references than any department sheet has.
    const withLegend = liveGradeFormula(99_999, 25, formulaScale(PRESET_SCALES[name], { row: 99_990, column: 25 }));
    const withNumbers = liveGradeFormula(99_999, 25, formulaScale(PRESET_SCALES[name], null));
    expect(withLegend.length).toBeLessThan(300);
    expect(withNumbers.length).toBeLessThan(300);
  });

  it("a graded value checks each input: numbers to 14 digits, texts exactly, blanks together", () => {
    const inputs: RowInputs = { ...BLANK_ROW, target: 40, actual: "延べ 35 人", status: "確定" };
    expect(gradedValueFormula(4, 0, inputs, 0.875)).toBe(
      '=IFERROR(IF(AND(AND(ISNUMBER(G5),ABS(G5-40)<=0.000000000001),EXACT(H5,"延べ 35 人"),EXACT(I5,"確定"),' +
        'D5&E5&F5&L5&M5=""),0.875,"評価ボタンで判定"),"評価ボタンで判定")',
    );
  });
});

describe("shownPercent: a rate as the 0.0% format shows it", () => {
  it.each([
    [0.8745, "87.5%"],
    [0.99949, "99.9%"],
    // 0.9995 is the double 0.99949999999999994…, but Excel rounds its 15 digits (0.999500000000000).
    [0.9995, "100.0%"],
    [1, "100.0%"],
    [0.0004, "0.0%"],
    [12.3456, "1234.6%"],
    [2 / 3, "66.7%"],
    [0.7, "70.0%"],
  ])("%p shows %p", (rate, shown) => {
    expect(shownPercent(rate)).toBe(shown);
  });
});

describe("numberLiteral: a number in plain decimals", () => {
  it.each([
    [0.5, "0.5"],
    [1e-7, "0.0000001"],
    [-0.25, "(-0.25)"],
    [1e21, "1000000000000000000000"],
  ])("%p is written %p", (value, literal) => {
    expect(numberLiteral(value)).toBe(literal);
  });
});

describe("a graded value on the in-memory Excel", () => {
  // Sheet row 5: 目標値 40, 実績値 「延べ 35 人」 (text, so only grading can rate it), 状況 確定.
  const inputs: RowInputs = { ...BLANK_ROW, target: 40, actual: "延べ 35 人", status: "確定" };
  const J5 = { row: 4, column: 9 };
  const K5 = { row: 4, column: 10 };

  async function gradedRow(): Promise<InMemoryExcel> {
    const excel = createInMemoryExcel();
    const row = kpiRowCells({
      target: 40,
      actual: "延べ 35 人",
      status: "確定",
      rate: { formula: gradedValueFormula(4, 0, inputs, 0.875) },
      grade: { formula: gradedValueFormula(4, 0, inputs, "B") },
    });
    await apply(excel, "create", [{ anchor: { row: 4, column: 0 }, rows: [row] }]);
    return excel;
  }

  async function shownAfter(excel: InMemoryExcel, at: CellRef, value: PlannedCell): Promise<CellValue[]> {
    await apply(excel, "update", [{ anchor: at, rows: [[value]] }]);
    const sheet = await read(excel);
    return [valueAt(sheet, J5.row, J5.column), valueAt(sheet, K5.row, K5.column)];
  }

  it("shows the engine's 87.5% and B while the inputs are as graded", async () => {
    const sheet = await read(await gradedRow());
    expect(valueAt(sheet, J5.row, J5.column)).toBe(0.875);
    expect(valueAt(sheet, K5.row, K5.column)).toBe("B");
  });

  it("still shows them when the target is typed again within 14 significant digits", async () => {
    expect(await shownAfter(await gradedRow(), { row: 4, column: 6 }, 40.000000000000014)).toEqual([0.875, "B"]);
  });

  it.each<[string, CellRef, PlannedCell]>([
    ["the actual text", { row: 4, column: 7 }, "延べ 36 人"],
    ["the target's 12th digit", { row: 4, column: 6 }, 40.00000000001],
    ["the status", { row: 4, column: 8 }, "見込み"],
    ["a blank (評価理由)", { row: 4, column: 12 }, "確認中"],
    ["a blank (方向) to a number", { row: 4, column: 3 }, 0],
  ])("shows 評価ボタンで判定 once %s changes", async (_what, at, value) => {
    expect(await shownAfter(await gradedRow(), at, value)).toEqual([PRESS, PRESS]);
  });
});

describe("a graded value for a row with long texts", () => {
  // Eight inputs of a page each would make a formula past Excel's 8,192 characters: long texts are
  // checked by their length and ends.
  it("stays short, shows its value, and turns to 評価ボタンで判定 when the text's length or ends change", async () => {
    const reason = "理由".repeat(2_500);
    const inputs = { ...BLANK_ROW, target: 40, actual: "延べ 35 人", manualGrade: "A", manualReason: reason };
    const formula = gradedValueFormula(4, 0, inputs, "A");
    expect(formula.length).toBeLessThan(1_200);
    const excel = createInMemoryExcel();
    const row = kpiRowCells({
      target: 40,
      actual: "延べ 35 人",
      manualGrade: "A",
      manualReason: reason,
      grade: { formula },
    });
    await apply(excel, "create", [{ anchor: { row: 4, column: 0 }, rows: [row] }]);
    expect(valueAt(await read(excel), 4, 10)).toBe("A");
    await apply(excel, "update", [{ anchor: { row: 4, column: 12 }, rows: [[reason + "。"]] }]);
    expect(valueAt(await read(excel), 4, 10)).toBe(PRESS);
  });
});

describe("where HyperFormula and the emulation differ, worked by hand", () => {
  const strict = formulaScale(PRESET_SCALES["strict-90-80"], { row: 0, column: 0 });

  /** Sheet row 11 with these two numbers and the live formulas, read back: [達成率, 達成度]. */
  async function liveRow(target: number, actual: number): Promise<CellValue[]> {
    const excel = createInMemoryExcel();
    const row = kpiRowCells({
      target,
      actual,
      rate: { formula: liveRateFormula(10, 0) },
      grade: { formula: liveGradeFormula(10, 0, strict) },
    });
    await apply(excel, "create", [...legendBlocks(strict), { anchor: { row: 10, column: 0 }, rows: [row] }]);
    const sheet = await read(excel);
    return [valueAt(sheet, 10, 9), valueAt(sheet, 10, 10)];
  }

  // 2.4 ÷ 3 is the double 0.7999999999999999, under the strict scale's 80% as doubles; Excel compares
  // to 15 significant digits (0.800000000000000) and so does liveGrade; HyperFormula within 1e-13.
  it("2.4 ÷ 3 on the strict scale: C for liveGrade, as for Excel and HyperFormula", async () => {
    const rate = liveRate({ ...BLANK_ROW, target: 3, actual: 2.4 });
    expect(rate).toBe(0.7999999999999999);
    expect(liveGrade(rate, null, strict)).toBe("C");
    expect(await liveRow(3, 2.4)).toEqual([0.7999999999999999, "C"]);
  });

  // 1e-14 under 80%: beyond Excel's 15 digits (D), within HyperFormula's 1e-13 (C).
  it("a rate 1e-14 under a bound: liveGrade D, HyperFormula C", async () => {
    const actual = 0.79999999999999;
    expect(liveGrade(liveRate({ ...BLANK_ROW, target: 1, actual }), null, strict)).toBe("D");
    expect(await liveRow(1, actual)).toEqual([actual, "C"]);
  });

  // 7 ÷ 3 is 2.3333333333333335; HyperFormula hands numbers out to 16 significant digits.
  it("7 ÷ 3: liveRate 2.3333333333333335, read back from HyperFormula as 2.333333333333334", async () => {
    expect(liveRate({ ...BLANK_ROW, target: 3, actual: 7 })).toBe(2.3333333333333335);
    expect(await liveRow(3, 7)).toEqual([2.333333333333334, "A"]);
  });
});

// ---- random rows on the in-memory Excel ---------------------------------------------------------

/** Numbers as sheets hold them: round ones, typed decimals, negatives, and from 1e-15 up to 1e22. */
const numberCell: fc.Arbitrary<number> = fc.oneof(
  // Pairs among these land on the bounds, or (2.4 ÷ 3, 0.09 ÷ 0.1, 3.3 ÷ 3) a hair under them.
  fc.constantFrom(0, 1, 3, 10, 40, 100, 0.1, 0.07, 0.09, 2.4, 3.3, 0.7, 0.8, 0.5, 1.1, 0.6999999999999998),
  fc.constantFrom(-5, -0.25, 1e-7, 1e-12, 1e21, 123_456_789_012_345, 0.30000000000000004),
  fc.integer({ min: -1_000, max: 100_000 }),
  fc
    .tuple(fc.integer({ min: -1_000_000, max: 10_000_000 }), fc.integer({ min: 1, max: 6 }))
    .map(([digits, decimals]) => digits / 10 ** decimals),
  fc
    .tuple(
      fc.double({ min: 1, max: 10, maxExcluded: true, noNaN: true }),
      fc.integer({ min: -15, max: 21 }),
      fc.boolean(),
    )
    .map(([mantissa, exponent, negative]) => (negative ? -1 : 1) * mantissa * 10 ** exponent),
);

/** Texts as people type them in a value cell, and texts a formula must not take for anything else. */
const textCell = fc.constantFrom(
  "40人",
  "延べ 35 人",
  "作業中",
  "未実施",
  "△12人",
  "40",
  "１２３",
  "=A1",
  "'40",
  '約"35"人',
  "説明".repeat(150),
);

const valueCell: fc.Arbitrary<CellValue> = fc.oneof(
  { arbitrary: numberCell, weight: 6 },
  { arbitrary: textCell, weight: 2 },
  { arbitrary: fc.constantFrom(null, ""), weight: 2 },
);

/** One list for 方向, 算定方法 and 状況, so each also meets the others' words. */
const wordCell: fc.Arbitrary<CellValue> = fc.oneof(
  { arbitrary: fc.constantFrom(null, ""), weight: 5 },
  { arbitrary: fc.constantFrom("増加", "比率", "確定", "見込み"), weight: 3 },
  { arbitrary: fc.constantFrom("減少", "進捗", "作業中", "未実施"), weight: 2 },
  { arbitrary: fc.constantFrom("増加 ", "上昇", "=D1", 1, true), weight: 1 },
);

const INPUT_CELLS: Readonly<Record<InputKey, fc.Arbitrary<CellValue>>> = {
  direction: wordCell,
  method: wordCell,
  baseline: valueCell,
  target: valueCell,
  actual: valueCell,
  status: wordCell,
  manualGrade: fc.oneof({ arbitrary: fc.constant(null), weight: 6 }, fc.constantFrom("", "A", "b")),
  manualReason: fc.oneof({ arbitrary: fc.constant(null), weight: 6 }, fc.constantFrom("", "目標を見直したため")),
};

/** What grading may hold in a cell: a rate as its text says it (87.5% is 0.875), any number, a letter, none. */
const gradedValue: fc.Arbitrary<LiveValue> = fc.oneof(
  fc.integer({ min: -1_000, max: 20_000 }).map((tenths) => Number(`${tenths / 10}e-2`)),
  numberCell,
  fc.constantFrom("A", "B", "C", "D", "E", "7", "1", ""),
);

type Cell = { readonly kind: "live" } | { readonly kind: "graded"; readonly value: LiveValue };

const cellKind: fc.Arbitrary<Cell> = fc.oneof(
  { arbitrary: fc.constant({ kind: "live" as const }), weight: 2 },
  gradedValue.map((value) => ({ kind: "graded" as const, value })),
);

const change = fc.constantFrom(...INPUT_KEYS).chain((key) => INPUT_CELLS[key].map((value) => ({ key, value })));

/** A row the live 達成率 rates (two numbers, only blanks or the words it allows), or one it may not. */
const rowInputs: fc.Arbitrary<RowInputs> = fc.oneof(
  fc.record({
    ...INPUT_CELLS,
    direction: fc.constantFrom(null, "", "増加"),
    method: fc.constantFrom(null, "", "比率"),
    target: numberCell,
    actual: numberCell,
    status: fc.constantFrom(null, "", "確定", "見込み"),
  }),
  fc.record(INPUT_CELLS),
);

const randomRow = fc.record({
  inputs: rowInputs,
  rate: cellKind,
  grade: cellKind,
  change: fc.option(change, { nil: null }),
});
type RandomRow = typeof randomRow extends fc.Arbitrary<infer T> ? T : never;

const randomSheet = fc.record({
  scaleName: fc.constantFrom<PresetName>(...PRESET_NAMES),
  heading: fc.record({ row: fc.integer({ min: 0, max: 3 }), column: fc.integer({ min: 0, max: 2 }) }),
  firstColumn: fc.integer({ min: 0, max: 3 }),
  gap: fc.integer({ min: 0, max: 5 }),
  rows: fc.array(randomRow, { minLength: 150, maxLength: 300 }),
});

const isBlank = (value: CellValue) => value === null || value === "";

/**
 * Whether writing `after` over `before` changes the row as its graded value reads it. Pairs a formula
 * may read either way (text "40" and the number 40, for EXACT) are left out: they are not written.
 */
function changes(before: CellValue, after: CellValue): boolean | "unclear" {
  if (isBlank(before) || isBlank(after)) return isBlank(before) !== isBlank(after);
  if (typeof before === "number" && typeof after === "number") {
    // Far outside the formula's 14 significant digits, so no rounding can hide the change.
    return Math.abs(after - before) > 1e-12 * Math.max(Math.abs(before), Math.abs(after));
  }
  if (typeof before === typeof after) return before !== after;
  return String(before).toUpperCase() === String(after).toUpperCase() ? "unclear" : true;
}

/** What the row's 達成率 and 達成度 cells show, as read: the graded values while `held`, else 評価ボタンで判定. */
function expectedRow(row: RandomRow, inputs: RowInputs, held: boolean, scale: FormulaScale) {
  const rate: LiveValue = row.rate.kind === "live" ? liveRate(inputs) : held ? row.rate.value : PRESS;
  const grade: LiveValue =
    row.grade.kind === "live" ? gradeOnHyperFormula(rate, inputs.manualGrade, scale) : held ? row.grade.value : PRESS;
  return { rate: asRead(rate), grade: asRead(grade) };
}

describe("random rows on the in-memory Excel (HyperFormula)", () => {
  const seen = { liveRates: 0, gradedAfterChange: 0 };

  it("live formulas show what liveRate / liveGrade say; a graded value holds until an input changes", async () => {
    await fc.assert(
      fc.asyncProperty(randomSheet, async ({ scaleName, heading, firstColumn, gap, rows }) => {
        const scale = formulaScale(PRESET_SCALES[scaleName], heading);
        const sheetRow = (i: number) => heading.row + 10 + gap + i;
        const column = (key: KpiColumnKey) => firstColumn + kpiColumnIndex(key);
        const formula = (row: RandomRow, i: number, key: "rate" | "grade"): PlannedCell => {
          const cell = row[key];
          if (cell.kind === "graded") {
            return { formula: gradedValueFormula(sheetRow(i), firstColumn, row.inputs, cell.value) };
          }
          const live =
            key === "rate"
              ? liveRateFormula(sheetRow(i), firstColumn)
              : liveGradeFormula(sheetRow(i), firstColumn, scale);
          return { formula: live };
        };
        const mismatches = (sheet: SheetSnapshot, inputsOf: (i: number) => RowInputs, held: (i: number) => boolean) =>
          rows.flatMap((row, i) => {
            const inputs = inputsOf(i);
            const expected = expectedRow(row, inputs, held(i), scale);
            const shown = {
              rate: valueAt(sheet, sheetRow(i), column("rate")),
              grade: valueAt(sheet, sheetRow(i), column("grade")),
            };
            if (row.rate.kind === "live" && typeof expected.rate === "number") seen.liveRates += 1;
            if (!held(i))
              seen.gradedAfterChange += Number(row.rate.kind === "graded") + Number(row.grade.kind === "graded");
            return shown.rate === expected.rate && shown.grade === expected.grade
              ? []
              : [{ sheetRow: sheetRow(i) + 1, scaleName, inputs, cells: [row.rate, row.grade], expected, shown }];
          });

        // Every row at its own sheet row, with the formulas built for that row, in one write.
        const excel = createInMemoryExcel();
        const lines = rows.map((row, i) =>
          kpiRowCells({
            ...Object.fromEntries(INPUT_KEYS.map((key) => [key, planned(row.inputs[key], false)])),
            rate: formula(row, i, "rate"),
            grade: formula(row, i, "grade"),
          }),
        );
        const table: CellBlock = { anchor: { row: sheetRow(0), column: firstColumn }, rows: lines };
        await apply(excel, "create", [...legendBlocks(scale), table]);
        expect(
          mismatches(
            await read(excel),
            (i) => rows[i]!.inputs,
            () => true,
          ),
        ).toEqual([]);

        // One input changed on some rows, in a second write; the other rows keep their graded values.
        const changed = rows.map((row) =>
          row.change && changes(row.inputs[row.change.key], row.change.value) === true ? row.change : null,
        );
        const edits = changed.flatMap((edit, i): CellBlock[] =>
          edit ? [{ anchor: { row: sheetRow(i), column: column(edit.key) }, rows: [[planned(edit.value, true)]] }] : [],
        );
        await apply(excel, "update", edits);
        const changedInputs = (i: number): RowInputs => {
          const edit = changed[i];
          return edit ? { ...rows[i]!.inputs, [edit.key]: edit.value } : rows[i]!.inputs;
        };
        expect(mismatches(await read(excel), changedInputs, (i) => changed[i] === null)).toEqual([]);
      }),
      // The mismatches name the rows; shrinking hundreds of rows, an Excel run each, would take minutes.
      { numRuns: 50, endOnFailure: true },
    );
    // The runs exercised what they claim: thousands of live rates, hundreds of graded values after a change.
    expect(seen.liveRates).toBeGreaterThan(2_000);
    expect(seen.gradedAfterChange).toBeGreaterThan(500);
  });
});
