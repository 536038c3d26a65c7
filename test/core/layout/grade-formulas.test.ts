/**
 * The live 達成率 / 達成度 formulas, computed by the in-memory Excel (HyperFormula), against the grading
 * engine on the same rows: the boundary corpus on every preset scale, random numeric rows, texts only
 * the engine reads, words, booleans, error values and hand grades.
 */
import fc from "fast-check";
import { BOUNDARY_CORPUS } from "../grading/corpus";
import { applyPlan } from "../../../src/excel/apply";
import { readSnapshot } from "../../../src/excel/read";
import { type FormulaEngineFactory, createInMemoryExcel } from "../../../src/preview";
import { createStrictEngine } from "./strict-engine";
import { CELL_CLASS } from "../../../src/core/layout/formulas/cell-class";
import { DIRECTION_KIND, decidePath } from "../../../src/core/layout/formulas/paths";
import type { SheetSnapshot } from "../../../src/core/workbook/snapshot";
import type { Scale } from "../../../src/core/grading";
import { gradeTable } from "../../../src/core/grading";
import {
  PRESS_GRADE_TEXT,
  kpiGradeFormula,
  kpiRateFormula,
  type KpiFormulaOptions,
} from "../../../src/core/layout/grade-formulas";
import { DONE_CELL_WORDS, NOT_DONE_CELL_WORDS, PENDING_CELL_WORDS } from "../../../src/core/layout/formulas/cell-words";
import { DONE_WORDS, NOT_CARRIED_OUT_WORDS, NOT_DONE_WORDS, PENDING_WORDS } from "../../../src/core/numbers/words";
import { kpiColumnIndex } from "../../../src/core/layout/kpi-table";
import { DIRECTION_WORDS, METHOD_WORDS, STATUS_WORDS } from "../../../src/core/layout/vocabulary";
import { columnLetters } from "../../../src/core/workbook/address";
import {
  ENGINE_ONLY_TEXTS,
  PRESETS,
  type RowCase,
  corpusRow,
  disagreements,
  engineResult,
  errorValues,
  exactRate,
  preset,
  rowValues,
  rowsPlan,
} from "./grade-formula-rows";
import { clearOfBounds, edgeRows, randomRows, rowArbitrary, textRows } from "./grade-formula-sets";

jest.setTimeout(120_000);

const SHEET = "指標";

/** Lays the rows out in a fresh in-memory workbook (one write) and reads the sheet back (one read). */
async function compute(
  rows: readonly RowCase[],
  scale: Scale,
  options: KpiFormulaOptions = {},
  engine?: FormulaEngineFactory,
): Promise<SheetSnapshot> {
  const excel = createInMemoryExcel(engine ? { engine } : {});
  const plan = rowsPlan(SHEET, rows, scale, options);
  await excel.run(async (context) => void (await applyPlan(context, plan)));
  const snapshot = await excel.run((context) => readSnapshot(context, { sheets: [SHEET] }));
  excel.workbook.destroy();
  const sheet = snapshot.sheets[0];
  if (!sheet) throw new Error("sheet missing");
  return sheet;
}

async function expectAgreement(
  rows: readonly RowCase[],
  scale: Scale,
  options: KpiFormulaOptions = {},
  engine?: FormulaEngineFactory,
): Promise<SheetSnapshot> {
  const sheet = await compute(rows, scale, options, engine);
  expect(errorValues(sheet, rows.length)).toEqual([]);
  expect(disagreements(sheet, rows, scale, options)).toEqual([]);
  return sheet;
}

describe("the boundary corpus", () => {
  const rows = BOUNDARY_CORPUS.map(corpusRow);

  it.each(PRESETS)("agrees with the engine on every corpus row, on the %s scale", async (name) => {
    await expectAgreement(rows, preset(name));
  });

  it("gives each case the corpus's expected grade and rate on its own scale", async () => {
    // The KPI table has no band columns: a case with its own band is read as keeping the target.
    const representable = BOUNDARY_CORPUS.filter((c) => c.band === undefined);
    expect(BOUNDARY_CORPUS.length - representable.length).toBe(1);
    for (const name of PRESETS) {
      const cases = representable.filter((c) => (c.scale ?? "default") === name);
      if (cases.length === 0) continue;
      const sheet = await compute(cases.map(corpusRow), preset(name));
      cases.forEach((c, i) => {
        const values = rowValues(sheet, i);
        const rate = values[kpiColumnIndex("rate")];
        const grade = values[kpiColumnIndex("grade")];
        const [n, d] = (c.expected.rate ?? "").split("/").map(Number);
        expect({ name: c.name, grade }).toEqual({ name: c.name, grade: c.expected.grade });
        if (c.expected.rate === undefined || c.expected.rateText === null) {
          expect({ name: c.name, rate }).toEqual({ name: c.name, rate: null });
        } else {
          expect({ name: c.name, rate: Math.abs((rate as number) - (n as number) / (d as number)) <= 1e-12 }).toEqual({
            name: c.name,
            rate: true,
          });
        }
      });
    }
  });

  it("puts the float-sensitive cases exactly on 70%", async () => {
    const pairs: [number, number][] = [
      [7, 10],
      [0.35, 0.5],
      [2.1, 3],
      [0.567, 0.81],
      [5.81, 8.3],
    ];
    const sheet = await compute(
      [...pairs, [185433, 186100] as [number, number]].map(([actual, target]) => ({
        label: `${actual}/${target}`,
        inputs: { target, actual },
      })),
      preset("default"),
    );
    const grades = pairs.map((_, i) => rowValues(sheet, i)[kpiColumnIndex("grade")]);
    expect(grades).toEqual(["B", "B", "B", "B", "B"]);
    expect(rowValues(sheet, pairs.length)[kpiColumnIndex("grade")]).toBe("B");
  });
});

describe("on strict float arithmetic (no tolerance in comparisons or subtractions)", () => {
  it.each(PRESETS)("the corpus agrees with the engine on the %s scale", async (name) => {
    await expectAgreement(BOUNDARY_CORPUS.map(corpusRow), preset(name), {}, createStrictEngine);
  });

  it("so do the edges and 300 random rows", async () => {
    await expectAgreement(edgeRows(preset("default")), preset("default"), {}, createStrictEngine);
    await expectAgreement(randomRows(300, 5, preset("points-7")), preset("points-7"), {}, createStrictEngine);
  });

  it("without ROUND the float-sensitive cases would fall to C: the rounding is what saves them", async () => {
    // 0.567 / 0.81 and 5.81 / 8.3 are 0.6999999999999998 in binary floats.
    expect(0.567 / 0.81 >= 0.7).toBe(false);
    expect(5.81 / 8.3 >= 0.7).toBe(false);
    const sheet = await compute(
      [
        { label: "0.567/0.81", inputs: { target: 0.81, actual: 0.567 } },
        { label: "5.81/8.3", inputs: { target: 8.3, actual: 5.81 } },
      ],
      preset("default"),
      {},
      createStrictEngine,
    );
    expect([0, 1].map((i) => rowValues(sheet, i)[kpiColumnIndex("grade")])).toEqual(["B", "B"]);
  });
});

describe("random numeric rows", () => {
  // Each run lays out 150 random rows in one sheet: HyperFormula computes them in one go.
  it.each(PRESETS)("agree with the engine on the %s scale, for both lower-is-better rules", async (name) => {
    const scale = preset(name);
    await fc.assert(
      fc.asyncProperty(
        fc.array(rowArbitrary(scale), { minLength: 150, maxLength: 150 }),
        fc.constantFrom<KpiFormulaOptions>({}, { lowerIsBetter: "ratio" }, { lowerIsBetter: "progress" }),
        async (rows, options) => {
          const clear = rows.filter((row) => clearOfBounds(row, scale, options));
          const sheet = await compute(clear, scale, options);
          expect(errorValues(sheet, clear.length)).toEqual([]);
          expect(disagreements(sheet, clear, scale, options)).toEqual([]);
        },
      ),
      { numRuns: 3 },
    );
  });

  it("the float filter excludes only rates just under a bound", () => {
    const scale = preset("default");
    const row = (actual: number, target: number): RowCase => ({ label: "", inputs: { target, actual } });
    // 0.7 − 1e-13 is within the class; 0.7 exactly and 0.7 − 1e-9 are not.
    expect(clearOfBounds(row(6_999_999_999_999, 10_000_000_000_000), scale, {})).toBe(false);
    expect(clearOfBounds(row(7, 10), scale, {})).toBe(true);
    expect(clearOfBounds(row(699_999_999, 1_000_000_000), scale, {})).toBe(true);
  });
});

describe("texts only the engine reads", () => {
  it("show the press-Grade text in both cells, or what the engine says when the text cannot matter", async () => {
    const rows = textRows();
    await expectAgreement(rows, preset("default"));
  });

  it("as the actual against a numeric target: the press-Grade text, never an error", async () => {
    const rows = ENGINE_ONLY_TEXTS.map((actual) => ({
      label: actual,
      inputs: { target: 100, actual },
      pressAllowed: true,
    }));
    const sheet = await compute(rows, preset("default"));
    const shown = rows.map((_, i) => {
      const values = rowValues(sheet, i);
      return [values[kpiColumnIndex("rate")], values[kpiColumnIndex("grade")]];
    });
    expect(shown).toEqual(rows.map(() => [PRESS_GRADE_TEXT, PRESS_GRADE_TEXT]));
  });
});

describe("edges: words, booleans, error values, float noise, hand grades", () => {
  it.each(PRESETS)("agree with the engine on the %s scale", async (name) => {
    await expectAgreement(edgeRows(preset(name)), preset(name));
  });

  it("agree with the engine when the city rates lower-is-better by progress", async () => {
    await expectAgreement(edgeRows(preset("default")), preset("default"), { lowerIsBetter: "progress" });
  });

  it("blank actual: both cells empty", async () => {
    const rows: RowCase[] = [
      { label: "number target", inputs: { target: 100 } },
      { label: "text target", inputs: { target: "5 億円" } },
      { label: "done", inputs: { direction: DIRECTION_WORDS.binary } },
      { label: "band", inputs: { direction: DIRECTION_WORDS.band, target: 0, baseline: -219 } },
    ];
    const sheet = await compute(rows, preset("default"));
    const shown = rows.map((_, i) => rowValues(sheet, i).slice(kpiColumnIndex("rate"), kpiColumnIndex("grade") + 1));
    expect(shown).toEqual(rows.map(() => [null, null]));
  });
});

describe("the formula text", () => {
  const scales = PRESETS.map(preset);

  it("is the same in every row but for the row number, so a table makes it a calculated column", () => {
    for (const scale of scales) {
      for (const build of [kpiRateFormula, kpiGradeFormula]) {
        const row5 = build({ row: 4, firstColumn: 0 }, scale).formula;
        const row6 = build({ row: 5, firstColumn: 0 }, scale).formula;
        expect(row6).toBe(row5.replace(/([A-Z]+)5(?![0-9])/g, "$16"));
        expect(row5).not.toBe(row6);
      }
    }
  });

  it("finds its columns from KPI_COLUMNS and the table's first column", () => {
    const at = (firstColumn: number) => kpiRateFormula({ row: 9, firstColumn }, preset("default")).formula;
    const letter = (key: "target" | "actual", first: number) => columnLetters(first + kpiColumnIndex(key));
    expect(at(0)).toContain(`${letter("actual", 0)}10/${letter("target", 0)}10`);
    expect(at(3)).toContain(`${letter("actual", 3)}10/${letter("target", 3)}10`);
    const refs = (f: string) => new Set(f.replace(/"(?:[^"]|"")*"/g, "").match(/\b[A-Z]+[0-9]+\b(?!\()/g));
    // Only the row's inputs are referenced, and the 達成度 reads the 達成率 beside it; never weight or note.
    const inputs = [
      "baseline",
      "target",
      "actual",
      "direction",
      "method",
      "status",
      "manualGrade",
      "manualReason",
      "rate",
    ] as const;
    const expected = new Set(inputs.map((k) => `${columnLetters(3 + kpiColumnIndex(k))}10`));
    for (const r of refs(kpiGradeFormula({ row: 9, firstColumn: 3 }, preset("default")).formula))
      expect(expected).toContain(r);
  });

  it("uses only functions that Excel 2016, LibreOffice and HyperFormula share, within Excel's limits", () => {
    const allowed = new Set(
      "IFERROR IF OR AND NOT CHOOSE FIND MID ISNUMBER ISERROR ISLOGICAL SUBSTITUTE TRIM EXACT ABS ROUND INT LOG10 MAX LEFT RIGHT CHAR".split(
        " ",
      ),
    );
    for (const scale of scales) {
      for (const options of [{}, { lowerIsBetter: "progress" as const }]) {
        for (const build of [kpiRateFormula, kpiGradeFormula]) {
          const formula = build({ row: 1_048_575, firstColumn: 16_369 }, scale, options).formula;
          const code = formula.replace(/"(?:[^"]|"")*"/g, '""');
          const functions = new Set([...code.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1]));
          expect([...functions].filter((f) => !allowed.has(f as string))).toEqual([]);
          expect(code).not.toMatch(/[{}]|[0-9]E[+-]?[0-9]/); // no array constants, no E notation
          expect(formula.length).toBeLessThanOrEqual(8192);
          // Excel refuses a string literal over 255 characters.
          const literals = [...formula.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => [...(m[1] as string)].length);
          expect(Math.max(...literals)).toBeLessThanOrEqual(255);
          expect(nestingDepth(code)).toBeLessThanOrEqual(64);
        }
      }
    }
  });

  it("rejects a position outside the sheet", () => {
    expect(() => kpiRateFormula({ row: -1, firstColumn: 0 }, preset("default"))).toThrow(RangeError);
    expect(() => kpiGradeFormula({ row: 0, firstColumn: 16_370 }, preset("default"))).toThrow(RangeError);
  });
});

describe("the route table", () => {
  it("reads any word in the 目標値 alike, which lets the formula test the target against one list", () => {
    const targets = [CELL_CLASS.pending, CELL_CLASS.done, CELL_CLASS.notDone];
    for (const direction of Object.values(DIRECTION_KIND)) {
      for (const actual of Object.values(CELL_CLASS)) {
        const paths = targets.map((target) => decidePath(actual, target, direction));
        expect({ actual, direction, paths }).toEqual({ actual, direction, paths: paths.map(() => paths[0]) });
      }
    }
  });
});

describe("the word lists", () => {
  it("are the parser's own lists, every word kept (none has a space or a |)", () => {
    expect(PENDING_CELL_WORDS).toEqual([...PENDING_WORDS]);
    expect(DONE_CELL_WORDS).toEqual([...DONE_WORDS]);
    // 未実施, 中止 … are not carried out (E), which only the engine decides: the formulas leave them to the button.
    expect(NOT_DONE_CELL_WORDS).toEqual([...NOT_DONE_WORDS].filter((w) => !NOT_CARRIED_OUT_WORDS.has(w)));
    expect([...NOT_CARRIED_OUT_WORDS].every((w) => NOT_DONE_WORDS.has(w))).toBe(true);
  });

  it("hand grades: every letter and symbol of the scale is accepted", () => {
    for (const name of PRESETS) {
      const formula = kpiGradeFormula({ row: 4, firstColumn: 0 }, preset(name)).formula;
      for (const spelling of gradeTable(preset(name)).lookup.keys()) expect(formula).toContain(`"${spelling}"`);
    }
  });
});

/** Deepest nesting of function calls (Excel allows 64 levels). */
function nestingDepth(code: string): number {
  let depth = 0;
  let deepest = 0;
  for (const ch of code) {
    if (ch === "(") deepest = Math.max(deepest, ++depth);
    else if (ch === ")") depth--;
  }
  return deepest;
}

it("engine results are read from the same row values the sheet holds", () => {
  // A guard on the harness itself: the engine sees the parser's reading of the typed cells.
  const values = ["", "", "", "", "", "", 10, 7, "", null, null, "", "", "", ""].map((v) => (v === "" ? null : v));
  expect(engineResult(values, preset("default"), {})?.grade).toBe("B");
  expect(exactRate(engineResult(values, preset("default"), {})!)).toEqual({ n: 7n, d: 10n });
  expect(STATUS_WORDS.pending).toBe("作業中");
  expect(METHOD_WORDS.progress).toBe("進捗");
});
