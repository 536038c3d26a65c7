/**
 * Properties of reading sheets laid out by hand: indicator rows written into plain cells anywhere, with
 * spacer columns and a header merged over two rows, read back to the same rows; reading never throws on
 * random grids; and a hand-made sheet is never written by grading.
 */
import fc from "fast-check";
import { gradeSheet } from "../../../src/core/grade/grade-sheet";
import { findCellBlocks } from "../../../src/core/sheet/hand-made/blocks";
import { readDepartmentSheet } from "../../../src/core/sheet/read-department";
import type { CellValue } from "../../../src/core/workbook/snapshot";
import { gridSheet } from "../../support/grid-sheet";

const OPTIONS = { now: new Date("2026-03-31T09:00:00Z"), lowerIsBetter: "ratio" as const, mayConvert: () => true };

/** A row's values as cities type them: numbers, or digits with the row's one unit (件 against 人 is not graded). */
const indicatorRow = fc
  .record({
    name: fc.stringMatching(/^[ぁ-んァ-ヶ一-龠]{2,12}$/),
    unit: fc.constantFrom(null, " 件", "人"),
    target: fc.integer({ min: 1, max: 100_000 }),
    actual: fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: null }),
  })
  .map(({ name, unit, target, actual }) => {
    const typed = (n: number): CellValue => (unit === null ? n : `${n.toLocaleString("en-US")}${unit}`);
    return { name, target: typed(target), actual: actual === null ? null : typed(actual) };
  });

interface Layout {
  readonly top: number;
  readonly left: number;
  readonly spacer: boolean;
  readonly twoRows: boolean;
  readonly rows: readonly { name: string; target: CellValue; actual: CellValue }[];
}

const layout: fc.Arbitrary<Layout> = fc.record({
  top: fc.integer({ min: 0, max: 30 }),
  left: fc.integer({ min: 0, max: 10 }),
  spacer: fc.boolean(),
  twoRows: fc.boolean(),
  rows: fc.array(indicatorRow, { minLength: 1, maxLength: 8 }),
});

/** The block as cells: a title, a blank row, the header (one or two rows), the indicators. */
function cells({ spacer, twoRows, rows }: Layout): CellValue[][] {
  const gap = spacer ? [null] : [];
  const header: CellValue[][] = twoRows
    ? [
        ["指標", ...gap, "令和7年度", null],
        [null, ...gap, "目標値", "実績値"],
      ]
    : [["指標", ...gap, "令和7年度目標値", "令和7年度実績値"]];
  return [
    ["令和7年度 環境部の運営方針"],
    [],
    ...header,
    ...rows.map((row) => [row.name, ...gap, row.target, row.actual]),
  ];
}

describe("hand-made blocks, as properties", () => {
  it("rows written anywhere, with or without a spacer column or a two-row header, read back the same", () => {
    fc.assert(
      fc.property(layout, (l) => {
        const sheet = gridSheet("環境部", cells(l), { at: { row: l.top, column: l.left } });
        const blocks = findCellBlocks(sheet, 2025);
        expect(blocks).toHaveLength(1);
        const read = readDepartmentSheet(sheet);
        expect(read.ok).toBe(true);
        const result = gradeSheet(sheet, OPTIONS)?.result;
        const graded = result?.tables.flatMap((t) => t.indicators) ?? [];
        expect(graded.map((i) => i.name)).toEqual(l.rows.map((r) => r.name));
        // Each row's grade is there exactly when its actual is.
        expect(graded.map((i) => i.grade !== null)).toEqual(l.rows.map((r) => r.actual !== null));
        const column = l.left + (l.spacer ? 3 : 2);
        const firstRow = l.top + (l.twoRows ? 4 : 3);
        expect(graded.map((i) => i.row)).toEqual(l.rows.map((_, k) => firstRow + k));
        expect(graded[0]?.cell.replace(/[0-9]+$/, "")).toBe(String.fromCharCode(65 + column));
      }),
      { numRuns: 200 },
    );
  });

  it("never throws and never plans a write, whatever the grid holds", () => {
    const cell = fc.oneof(
      fc.constant(null),
      fc.integer(),
      fc.double({ noNaN: true }),
      fc.boolean(),
      fc.constantFrom(
        "指標",
        "目標値",
        "実績値",
        "達成度",
        "令和7年度",
        "R3 目標",
        "H29 実績",
        "A",
        "作業中",
        "重点目標 1 x",
        "分野",
        "目標",
        "No.",
      ),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 14 }), (rows) => {
        const sheet = gridSheet("シート", rows);
        expect(() => readDepartmentSheet(sheet)).not.toThrow();
        const graded = gradeSheet(sheet, OPTIONS);
        expect(graded?.plan ?? null).toBeNull();
        expect(graded?.conversions ?? []).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
