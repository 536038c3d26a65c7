/**
 * Grading (typed texts converted to numbers, figures and grades written), then undoing it: the sheet is
 * back exactly as it was, the log says what was undone, and grading again gives what the first grading gave.
 */
import { LOG_SHEET_NAME, planUndoLastConversion } from "../../../src/core/grade";
import { sampleWorkbookPlan } from "../../../src/samples/workbook";
import { type AdapterUnderTest, officeJsAdapter, xlsxAdapter } from "../../support/adapters";
import { cellAt, changedCells, fillKpi, gradeThrough, plan, readForGrading, sheetOf } from "./support";

jest.setTimeout(60_000);

const SHEET = "市長公室";
const NOW = new Date("2025-07-01T01:00:00Z");
const UNDO_AT = new Date("2025-07-01T02:00:00Z");

async function filled(adapter: AdapterUnderTest) {
  await adapter.apply(sampleWorkbookPlan());
  const s = await adapter.read({ sheets: "all" });
  await adapter.apply(
    plan(
      fillKpi(sheetOf(s, SHEET), {
        "シティプロモーションサイト へのアクセス数": { 実績値: "６５，０００件" },
        "ふるさと納税による寄附金 受入額": { 実績値: "５億円" },
        いじめの解消率: { 実績値: "99%(見込み)" },
        "平和に関するイベントの参加 者数": { 実績値: "△5人" },
      }),
    ),
  );
}

describe.each([
  ["Office.js adapter on the in-memory Excel", () => officeJsAdapter()],
  [".xlsx adapter", () => xlsxAdapter()],
] as const)("grading then undo through the %s", (_name, make) => {
  it("puts the sheet back exactly as it was, and grading again gives what the first grading gave", async () => {
    const adapter: AdapterUnderTest = make();
    await filled(adapter);
    const before = await adapter.read({ sheets: "all" });
    const graded = await gradeThrough(adapter, SHEET, NOW);
    if (!graded.ok) throw new Error(graded.message.en);
    expect(graded.result.conversions.length).toBeGreaterThan(10);
    const firstGrading = await adapter.read({ sheets: "all" });
    const logged = sheetOf(firstGrading, LOG_SHEET_NAME).values.length - 1;
    // The conversions, and the cells of Tassei's the grading rewrote (grades, stamp, held figures, property).
    expect(logged).toBeGreaterThan(graded.result.conversions.length);

    const undo = planUndoLastConversion(await readForGrading(adapter, SHEET), SHEET, { now: UNDO_AT });
    if (!undo.ok) throw new Error(undo.message.en);
    expect(undo.restored).toBe(logged);
    await adapter.apply(undo.plan);
    const after = await adapter.read({ sheets: "all" });

    const sheetBefore = sheetOf(before, SHEET);
    const sheetAfter = sheetOf(after, SHEET);
    // Every cell: texts, numbers, formulas, formats, grades and the stamp cell.
    expect(changedCells(sheetBefore, sheetAfter)).toEqual([]);
    expect(sheetAfter.tables).toEqual(sheetBefore.tables);
    // The stamp property is emptied (an empty stamp reads as none).
    const { "tassei.graded": stamp, ...properties } = sheetAfter.properties;
    expect(stamp ?? "").toBe("");
    expect(properties).toEqual(sheetBefore.properties);
    expect(cellAt(sheetAfter, "H32")).toEqual({ value: "５億円", formula: null, numberFormat: "General" });
    for (const other of before.sheets.filter((s) => s.name !== SHEET))
      expect(sheetOf(after, other.name)).toEqual(other);

    const log = sheetOf(after, LOG_SHEET_NAME);
    const undone = log.values.slice(1).map((row) => row[6]);
    expect(undone).toEqual(undone.map(() => "2025-07-01 11:00:00.000"));

    // Grading again (at the same time) converts the same cells and leaves the sheet as the first grading did.
    const again = await gradeThrough(adapter, SHEET, NOW);
    if (!again.ok) throw new Error(again.message.en);
    expect(again.result.conversions).toEqual(graded.result.conversions);
    expect(again.result.tables).toEqual(graded.result.tables);
    const regraded = sheetOf(await adapter.read({ sheets: "all" }), SHEET);
    expect(changedCells(sheetOf(firstGrading, SHEET), regraded)).toEqual([]);
    expect(regraded.properties).toEqual(sheetOf(firstGrading, SHEET).properties);
  });
});

describe("undo, cell by cell", () => {
  it("leaves a cell changed since the conversion as it is, and says so in the log", async () => {
    const adapter = officeJsAdapter();
    await filled(adapter);
    const graded = await gradeThrough(adapter, SHEET, NOW);
    if (!graded.ok) throw new Error(graded.message.en);
    const snapshot = await adapter.read({ sheets: "all" });
    await adapter.apply(fillKpiPlan(snapshot));
    const undo = planUndoLastConversion(await readForGrading(adapter, SHEET), SHEET, { now: UNDO_AT });
    if (!undo.ok) throw new Error(undo.message.en);
    const logged = sheetOf(snapshot, LOG_SHEET_NAME).values.length - 1;
    expect(undo.restored).toBe(logged - 1);
    await adapter.apply(undo.plan);
    const after = await adapter.read({ sheets: "all" });
    expect(cellAt(sheetOf(after, SHEET), "H32").value).toBe(400000000);
    const marks = sheetOf(after, LOG_SHEET_NAME).values.map((row) => String(row[6] ?? ""));
    expect(marks.filter((m) => m.startsWith("戻していません"))).toHaveLength(1);
  });

  it("refuses without a log, and on a sheet that is not there", async () => {
    const adapter = officeJsAdapter();
    await filled(adapter);
    const noLog = await readForGrading(adapter, SHEET);
    expect(planUndoLastConversion(noLog, SHEET, { now: UNDO_AT })).toMatchObject({
      ok: false,
      message: { en: `Sheet “${SHEET}” has no grading to undo.` },
    });
    expect(planUndoLastConversion(noLog, "存在しない", { now: UNDO_AT })).toMatchObject({
      ok: false,
      message: { en: "Sheet “存在しない” was not found." },
    });
  });
});

function fillKpiPlan(snapshot: Parameters<typeof sheetOf>[0]) {
  return plan(fillKpi(sheetOf(snapshot, SHEET), { "ふるさと納税による寄附金 受入額": { 実績値: 400000000 } }));
}
