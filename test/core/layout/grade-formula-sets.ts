/**
 * Row sets for the live-formula tests: random numeric rows (fast-check), texts only the engine reads,
 * and hand-picked edges (every parser word, booleans, error values, float noise, hand grades).
 */
import fc from "fast-check";
import type { Scale } from "../../../src/core/grading";
import { gradeTable } from "../../../src/core/grading";
import { compareFractions, fraction } from "../../../src/core/exact/fraction";
import { DONE_CELL_WORDS, NOT_DONE_CELL_WORDS, PENDING_CELL_WORDS } from "../../../src/core/layout/formulas/cell-words";
import type { KpiFormulaOptions } from "../../../src/core/layout/grade-formulas";
import { DIRECTION_WORDS, METHOD_WORDS, STATUS_WORDS } from "../../../src/core/layout/vocabulary";
import { KPI_COLUMNS } from "../../../src/core/layout/kpi-table";
import type { PlannedCell } from "../../../src/core/workbook/plan";
import type { CellValue } from "../../../src/core/workbook/snapshot";
import { ENGINE_ONLY_TEXTS, type KpiRowInputs, type RowCase, engineResult, exactRate } from "./grade-formula-rows";

const D = DIRECTION_WORDS;
const M = METHOD_WORDS;
const S = STATUS_WORDS;

// ---- random numeric rows ------------------------------------------------------------------------

/**
 * One random KPI row. Numbers have at most 7 significant digits and share one decimal scale, so
 * they lie on the 12-significant-digit grid the formulas snap differences to (the documented class);
 * an actual is often placed exactly on, or one last-digit step beside, a grade bound.
 */
export function rowArbitrary(scale: Scale): fc.Arbitrary<RowCase> {
  const table = gradeTable(scale);
  // Bounds as fractions of 1 (70 → 7/10), plus 100% and 0%.
  const bounds = [
    ...table.bounds.map((b) => ({ n: b.coefficient, d: 100 * 10 ** b.scale })),
    { n: 1, d: 1 },
    { n: 0, d: 1 },
  ];
  const coefficient = fc.oneof(
    { weight: 5, arbitrary: fc.integer({ min: -9_999_999, max: 9_999_999 }) },
    { weight: 3, arbitrary: fc.integer({ min: 1, max: 9_999_999 }) },
    { weight: 2, arbitrary: fc.integer({ min: -20, max: 20 }) },
    { weight: 1, arbitrary: fc.constant(0) },
  );
  const spellings = [...table.lookup.keys()];
  return fc
    .record({
      decimals: fc.integer({ min: 0, max: 4 }),
      target: coefficient,
      actual: coefficient,
      baseline: coefficient,
      targetBlank: fc.integer({ min: 0, max: 19 }),
      baselineBlank: fc.integer({ min: 0, max: 3 }),
      place: fc.constantFrom("random", "random", "ratio", "inverse", "progress", "band", "word"),
      bound: fc.constantFrom(...bounds),
      step: fc.integer({ min: -1, max: 1 }),
      word: fc.constantFrom<boolean | string>(
        true,
        false,
        ...DONE_CELL_WORDS.slice(0, 4),
        ...NOT_DONE_CELL_WORDS.slice(0, 4),
      ),
      direction: fc.constantFrom("", "", D.up, D.down, D.down, D.band, D.binary),
      method: fc.constantFrom("", "", M.ratio, M.progress),
      status: fc.constantFrom("", "", "", "", S.final, S.estimate, S.pending, S.not_carried_out),
      manual: fc.option(fc.record({ grade: fc.constantFrom(...spellings), reason: fc.constantFrom("", "理由あり") }), {
        freq: 6,
      }),
    })
    .map((r) => {
      const unit = 10 ** r.decimals;
      const value = (c: number) => c / unit;
      const { n, d } = r.bound;
      let actual: PlannedCell = value(r.actual);
      const t = r.target;
      const b = r.baseline;
      switch (r.place) {
        case "ratio":
          actual = value(Math.round((t * n) / d) + r.step);
          break;
        case "inverse":
          if (n !== 0) actual = value(Math.round((t * d) / n) + r.step);
          break;
        case "progress":
          actual = value(b + Math.round(((t - b) * n) / d) + r.step);
          break;
        case "band":
          actual = value(t + Math.sign(b - t) * Math.round((Math.abs(b - t) * (d - n)) / d) + r.step);
          break;
        case "word":
          actual = r.word;
          break;
      }
      const inputs: KpiRowInputs = {
        target: r.targetBlank === 0 ? undefined : value(t),
        actual,
        baseline: r.baselineBlank === 0 ? undefined : value(b),
        direction: r.direction || undefined,
        method: r.method || undefined,
        status: r.status || undefined,
        manualGrade: r.manual?.grade,
        manualReason: r.manual?.reason || undefined,
      };
      return { label: JSON.stringify(inputs), inputs };
    });
}

/**
 * The row is outside the one class where ROUND(rate, 12) and the exact engine may disagree: an exact
 * rate less than 1e-12 below a grade bound. Computed on the engine's exact rate.
 */
export function clearOfBounds(row: RowCase, scale: Scale, options: KpiFormulaOptions): boolean {
  const values: CellValue[] = KPI_COLUMNS.map((c) => {
    const v = row.inputs[c.key];
    return v === undefined || typeof v === "object" ? null : v;
  });
  const result = engineResult(values, scale, options);
  const rate = result === null ? null : exactRate(result);
  if (rate === null) return true;
  const q = fraction(rate.n, rate.d);
  return gradeTable(scale).bounds.every((bound) => {
    const p = fraction(BigInt(bound.coefficient), 100n * 10n ** BigInt(bound.scale));
    const below = fraction(p.n * 10n ** 12n - p.d, p.d * 10n ** 12n);
    return !(compareFractions(q, p) < 0 && compareFractions(q, below) > 0);
  });
}

/** `count` random rows from a fixed seed (the same rows on every run), clear of the float class. */
export function randomRows(count: number, seed: number, scale: Scale, options: KpiFormulaOptions = {}): RowCase[] {
  return fc
    .sample(rowArbitrary(scale), { numRuns: count * 2, seed })
    .filter((row) => clearOfBounds(row, scale, options))
    .slice(0, count);
}

// ---- texts only the engine reads ----------------------------------------------------------------

/** Each engine-only text in every input position where it matters; "press Grade" is allowed there. */
export function textRows(): RowCase[] {
  const rows: RowCase[] = [];
  for (const text of ENGINE_ONLY_TEXTS) {
    const add = (where: string, inputs: KpiRowInputs, pressAllowed = true) =>
      rows.push({ label: `${text} ${where}`, inputs, pressAllowed });
    add("as actual", { target: 100, actual: text });
    add("as actual, 増加", { direction: D.up, target: 100, actual: text });
    add("as actual, 実施", { direction: D.binary, actual: text });
    add("as target", { target: text, actual: 50 });
    add("as target, 減少", { direction: D.down, target: text, actual: 50 });
    add("as baseline, 進捗", { method: M.progress, baseline: text, target: 100, actual: 50 });
    add("as baseline, 維持", { direction: D.band, baseline: text, target: 0, actual: 5 });
    // Decidable although a text is there: no actual, a ratio that never reads the baseline, 作業中.
    add("as target, no actual", { target: text }, false);
    add("as baseline, 比率", { baseline: text, target: 100, actual: 70 }, false);
    add("as actual, status 作業中", { status: S.pending, target: 100, actual: text }, false);
    add("as actual, status 未実施", { status: S.not_carried_out, target: 100, actual: text }, false);
    // The hand grade decides the 達成度; only the 達成率 may wait for the engine.
    add("as actual, hand grade", { target: 100, actual: text, manualGrade: "C", manualReason: "理由" });
  }
  return rows;
}

// ---- hand-picked edges --------------------------------------------------------------------------

const NA = { formula: "=NA()" };
const DIV0 = { formula: "=1/0" };

/** Words, booleans, error values, float noise, spaces and hand grades; each row decidable unless marked. */
export function edgeRows(scale: Scale): RowCase[] {
  const rows: RowCase[] = [];
  const add = (label: string, inputs: KpiRowInputs, pressAllowed = false) => rows.push({ label, inputs, pressAllowed });
  const letters = [...gradeTable(scale).lookup.keys()];

  for (const word of PENDING_CELL_WORDS) {
    add(`pending ${word} as actual`, { target: 100, actual: word });
    add(`pending ${word} as actual, 実施`, { direction: D.binary, actual: word });
    add(`pending ${word} as target`, { target: word, actual: 5 });
    add(`pending ${word} as baseline, 進捗`, { method: M.progress, target: 10, actual: 5, baseline: word });
    add(`pending ${word} as baseline, 維持`, { direction: D.band, target: 0, actual: 5, baseline: word });
  }
  for (const word of [...DONE_CELL_WORDS, ...NOT_DONE_CELL_WORDS]) {
    add(`${word} as actual, 実施`, { direction: D.binary, actual: word });
    add(`${word} as actual, direction blank`, { actual: word });
    add(`${word} as actual, 増加`, { direction: D.up, target: 10, actual: word });
    add(`${word} as target, number actual`, { target: word, actual: 5 });
    add(`${word} as baseline, 進捗`, { method: M.progress, target: 10, actual: 5, baseline: word });
  }
  add("spaces around a word", {
    direction: ` ${D.binary} `,
    actual: ` ${DONE_CELL_WORDS[0]} `,
    status: ` ${S.final} `,
  });
  add("TRUE, 実施", { direction: D.binary, actual: true });
  add("FALSE, 実施", { direction: D.binary, actual: false });
  add("TRUE, direction blank", { actual: true });
  add("FALSE as target, number actual", { target: false, actual: 3 });
  add("TRUE, 増加", { direction: D.up, target: 1, actual: true });
  add("number, 実施", { direction: D.binary, actual: 1 });

  // Error values: the engine reads their text and finds no number.
  add("#N/A actual", { target: 10, actual: NA }, true);
  add("#N/A actual, 実施", { direction: D.binary, actual: NA });
  add("#DIV/0! target", { target: DIV0, actual: 5 });
  add("#N/A baseline, ratio", { target: 10, actual: 7, baseline: NA });
  add("#N/A baseline, 進捗", { method: M.progress, target: 10, actual: 7, baseline: NA });
  add("#N/A direction", { direction: NA, target: 10, actual: 7 }, true);
  add("#N/A hand grade", { target: 10, actual: 7, manualGrade: NA, manualReason: "理由" }, true);

  // Numbers outside the window the formula trusts.
  add("tiny actual", { target: 10, actual: 1e-7 }, true);
  add("huge actual", { target: 10, actual: 1e16 }, true);
  add("huge target", { target: -2e15, actual: 1 }, true);
  add("tiny actual, 実施", { direction: D.binary, actual: 1e-9 });
  add("tiny target, no actual", { target: 1e-9 });

  // Zero, signs and the unbounded best case.
  add("lower is better, actual 0", { direction: D.down, target: 5, actual: 0 });
  add("lower is better, negative actual", { direction: D.down, target: 5, actual: -1 });
  add("lower is better, target 0", { direction: D.down, target: 0, actual: 3 });
  add("lower is better, 比率", { direction: D.down, method: M.ratio, target: 8, actual: 10 });
  add("progress with a negative target", { method: M.progress, target: -10, actual: -7, baseline: 0 });
  add("progress, all zero", { method: M.progress, target: 0, actual: 0, baseline: 0 });
  add("band, baseline in the band", { direction: D.band, target: 3, actual: 5, baseline: 3 });
  add("band, moving away", { direction: D.band, target: 0, actual: -300, baseline: -219 });
  add("band, all zero", { direction: D.band, target: 0, actual: 0, baseline: 0 });
  add("band, 進捗 is ignored", { direction: D.band, method: M.progress, target: 0, actual: 0 });

  // Float noise and cancellation: the engine reads 15 digits, the formula snaps differences.
  add("0.1+0.2 on a band at 0.3", { direction: D.band, target: 0.3, actual: { formula: "=0.1+0.2" } });
  add("0.1+0.2 against 0.3", { target: 0.3, actual: { formula: "=0.1+0.2" } });
  add("cancellation: 999,999 → 999,999.7 of 1,000,000", {
    method: M.progress,
    target: 1e6,
    actual: 999999.7,
    baseline: 999999,
  });
  add("cancellation: 999,999 → 999,999.69 of 1,000,000", {
    method: M.progress,
    target: 1e6,
    actual: 999999.69,
    baseline: 999999,
  });
  add("band cancellation", { direction: D.band, target: 1e6, actual: 1e6 + 0.3, baseline: 1e6 + 1 });

  // Hand grades and reasons.
  const first = letters[0] as string;
  add("hand grade with spaces", { target: 10, actual: 2, manualGrade: ` ${first} `, manualReason: "理由" });
  add("hand grade without reason", { target: 10, actual: 9, manualGrade: first });
  add("hand grade, reason of spaces", { target: 10, actual: 9, manualGrade: first, manualReason: "   " });
  add("hand grade, reason starting with a line break", { manualGrade: first, manualReason: "\n理由" }, true);
  add("hand grade, reason of an ideographic space", { manualGrade: first, manualReason: "\u3000" }, true);
  add("hand grade after an ideographic space", { manualGrade: `\u3000${first}`, manualReason: "理由" }, true);
  add("hand grade unknown", { target: 10, actual: 9, manualGrade: "A+", manualReason: "理由" });
  add("hand grade in lower case", { target: 10, actual: 9, manualGrade: "b", manualReason: "理由" });
  add("hand grade as a number", { target: 10, actual: 9, manualGrade: 1, manualReason: "理由" });
  add("hand grade TRUE", { target: 10, actual: 9, manualGrade: true, manualReason: "理由" }, true);
  add("hand grade, numeric reason", { manualGrade: first, manualReason: 0 });
  add("hand grade, status 未実施 wins", { status: S.not_carried_out, manualGrade: first, manualReason: "理由" });
  add("hand grade, status 作業中 wins", { status: S.pending, manualGrade: first, manualReason: "理由" });
  add(
    "hand grade over an unreadable target",
    { target: "5 億円", actual: 9, manualGrade: first, manualReason: "理由" },
    true,
  );
  for (const letter of letters) add(`hand grade ${letter}`, { manualGrade: letter, manualReason: "理由" });

  // Words off the dropdown lists.
  add("unknown direction", { direction: "上昇", target: 10, actual: 7 }, true);
  add("unknown direction, no actual", { direction: "上昇", target: 10 });
  add("unknown method", { method: "率", target: 10, actual: 7 }, true);
  add("unknown method, 実施", { direction: D.binary, method: "率", actual: DONE_CELL_WORDS[0] });
  add("unknown status", { status: "完了", target: 10, actual: 7 }, true);
  add("number as status", { status: 1, target: 10, actual: 7 }, true);
  return rows;
}
