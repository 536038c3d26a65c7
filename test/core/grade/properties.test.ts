/**
 * Properties of grading on random sheets: a seed department sheet with a person's content around and
 * between its tables (above, beside, below, in the gaps), random inputs and overwritten formulas inside
 * them, and extra sheets. After applying the grade plan, every cell outside what grading may write
 * (gradeWritableArea), the converted input cells and the log sheet is exactly as it was; grading again
 * plans nothing and changes nothing.
 */
import fc from "fast-check";
import { LOG_SHEET_NAME, gradeWritableArea, planGrade } from "../../../src/core/grade";
import { findGoalsTable, findKpiTables } from "../../../src/core/sheet/find-tables";
import { planDepartmentSheet } from "../../../src/core/sheet/department-sheet";
import type { CellBlock, PlannedCell, SheetPlan } from "../../../src/core/workbook/plan";
import { emptySheetPlan } from "../../../src/core/workbook/plan";
import type { SheetSnapshot } from "../../../src/core/workbook/snapshot";
import { samples } from "../../../src/samples";
import { type AdapterUnderTest, officeJsAdapter, xlsxAdapter } from "../../support/adapters";
import { changedCells, inRanges, readForGrading, sheetOf } from "./support";

jest.setTimeout(300_000);

const NOW = new Date("2025-07-01T01:00:00Z");
const LATER = new Date("2025-09-01T01:00:00Z");

/** What people type, in and around the tables: values the parser reads, words, hand grades, formulas, noise. */
const typed: fc.Arbitrary<PlannedCell> = fc.oneof(
  fc.constantFrom(
    "65,000 件",
    "６５，０００件",
    "５億円",
    "△53人",
    "▲1.5%",
    "2,400人",
    "99%(見込み)",
    "作業中",
    "未実施",
    "約2,400人",
    "100人以上",
    "12件 ※速報値",
    "5 億円(個人版) 5500 万円(企業版)",
    "8割",
    "1.5倍",
    "45%",
    "0人",
    "A",
    "B",
    "S",
    "増加",
    "減少",
    "維持",
    "確定",
    "見込み",
    "=SUM(1,2)",
    "",
    "  ",
  ),
  fc.integer({ min: -1000, max: 100_000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n)),
  fc.boolean(),
  fc.string({ maxLength: 6 }),
  fc.constant({ formula: "=1+1" }),
);

interface Edit {
  readonly row: number;
  readonly column: number;
  readonly value: PlannedCell;
}

const edit = (rows: number, columns: number): fc.Arbitrary<Edit> =>
  fc.record({ row: fc.nat({ max: rows - 1 }), column: fc.nat({ max: columns - 1 }), value: typed });

interface Scenario {
  readonly sample: number;
  /** Fractions placing edits relative to the sheet: anywhere on a 70 × 24 area (tables included). */
  readonly around: readonly Edit[];
  /** Inside the KPI table's body, by table column. */
  readonly inKpi: readonly Edit[];
  readonly inGoals: readonly Edit[];
  readonly extraSheets: readonly (readonly Edit[])[];
}

const scenario: fc.Arbitrary<Scenario> = fc.record({
  sample: fc.nat({ max: samples.length - 1 }),
  around: fc.array(edit(70, 24), { maxLength: 25 }),
  inKpi: fc.array(edit(20, 15), { maxLength: 30 }),
  inGoals: fc.array(edit(12, 16), { maxLength: 8 }),
  extraSheets: fc.array(fc.array(edit(10, 6), { maxLength: 6 }), { maxLength: 2 }),
});

const SHEET = "部のシート";

/** Cells inside any table, which `around` edits leave alone (table bodies get their own edits). */
function insideTables(sheet: SheetPlan, edit: Edit): boolean {
  return sheet.tables.some((t) => inRanges([t.range], `${columnLetters(edit.column)}${edit.row + 1}`));
}

function columnLetters(column: number): string {
  return String.fromCharCode(65 + column);
}

function block(e: Edit): CellBlock {
  return { anchor: { row: e.row, column: e.column }, rows: [[e.value]] };
}

async function setUp(adapter: AdapterUnderTest, s: Scenario): Promise<void> {
  const sample = samples[s.sample]!;
  const sheet = planDepartmentSheet(sample.department, { sheetName: SHEET, sheetId: "p" });
  const kpi = sheet.tables.find((t) => t.name.startsWith("Tassei_KPI"));
  const goals = sheet.tables.find((t) => t.name.startsWith("Tassei_Goals"));
  const inTable = (table: typeof kpi, edits: readonly Edit[]) =>
    table
      ? edits
          .filter((e) => e.row < table.range.rowCount - 1 && e.column < table.range.columnCount)
          .map((e) => block({ ...e, row: table.range.row + 1 + e.row, column: table.range.column + e.column }))
      : [];
  const user: SheetPlan = {
    ...emptySheetPlan(SHEET, "update"),
    blocks: [
      ...s.around.filter((e) => !insideTables(sheet, e)).map(block),
      ...inTable(kpi, s.inKpi),
      ...inTable(goals, s.inGoals),
    ],
  };
  const extras = s.extraSheets.map((edits, i) => ({
    ...emptySheetPlan(`メモ${i + 1}`, "create"),
    blocks: edits.map(block),
  }));
  await adapter.apply({ sheets: [sheet] });
  await adapter.apply({ sheets: [user, ...extras] });
}

/** The sheet as it must stay: every cell outside where grading may write, its tables, its other properties. */
function expectUntouchedOutside(before: SheetSnapshot, after: SheetSnapshot, converted: readonly string[]): void {
  const area = gradeWritableArea(before);
  const outside = changedCells(before, after).filter(
    (cell) => !inRanges(area.ranges, cell) && !converted.includes(cell),
  );
  expect(outside).toEqual([]);
  expect(after.tables).toEqual(before.tables);
  const strip = (p: Record<string, string>) =>
    Object.fromEntries(Object.entries(p).filter(([key]) => !area.properties.includes(key)));
  expect(strip(after.properties)).toEqual(strip(before.properties));
}

async function check(adapter: AdapterUnderTest, s: Scenario): Promise<void> {
  await setUp(adapter, s);
  const before = await adapter.read({ sheets: "all" });
  const run = planGrade(await readForGrading(adapter, SHEET), SHEET, { now: NOW });
  if (!run.ok) throw new Error(run.message.en);
  if (run.plan.sheets.length > 0) await adapter.apply(run.plan);
  const after = await adapter.read({ sheets: "all" });

  const converted = run.result.conversions.map((c) => c.cell);
  // Every change a grading makes is logged for undoing: the log appears with the first one.
  const changed = run.plan.sheets.some((plan) => plan.name === SHEET);
  expect(after.sheetNames).toEqual(changed ? [...before.sheetNames, LOG_SHEET_NAME] : before.sheetNames);
  for (const other of before.sheets.filter((sheet) => sheet.name !== SHEET)) {
    expect(sheetOf(after, other.name)).toEqual(other);
  }
  expectUntouchedOutside(sheetOf(before, SHEET), sheetOf(after, SHEET), converted);
  // The tables grading found are the layout's (a sanity check on the scenario).
  expect(findKpiTables(sheetOf(after, SHEET)).length).toBe(1);
  expect(findGoalsTable(sheetOf(after, SHEET))).not.toBeNull();

  // Idempotent: nothing to do the second time, the earlier time kept.
  const again = planGrade(await readForGrading(adapter, SHEET), SHEET, { now: LATER });
  if (!again.ok) throw new Error(again.message.en);
  expect(again.plan.sheets).toEqual([]);
  expect(again.result.gradedAt).toBe(run.result.gradedAt);
}

describe("grading random sheets", () => {
  it("through the Office.js adapter on the in-memory Excel, writes only where it may, and only once", async () => {
    await fc.assert(
      fc.asyncProperty(scenario, (s) => check(officeJsAdapter(), s)),
      { numRuns: 25, seed: 20250701 },
    );
  });

  it("through the .xlsx adapter, the same", async () => {
    await fc.assert(
      fc.asyncProperty(scenario, (s) => check(xlsxAdapter(), s)),
      { numRuns: 12, seed: 20250702 },
    );
  });
});
