/**
 * Converting typed texts to numbers, then undoing it: the sheet is back as it was (its Tassei-owned
 * formula cells and the stamp aside), the log says what was undone, and grading again does not convert
 * what someone undid.
 */
import { LOG_SHEET_NAME, gradeWritableArea, planGrade, planUndoLastConversion } from "../../../src/core/grade";
import { sampleWorkbookPlan } from "../../../src/preview/samples/workbook";
import { type AdapterUnderTest, officeJsAdapter, xlsxAdapter } from "../../support/adapters";
import { cellAt, changedCells, fillKpi, gradeThrough, inRanges, plan, readForGrading, sheetOf } from "./support";

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
] as const)("conversion then undo through the %s", (_name, make) => {
  it("round-trips exactly: every converted cell holds its text and format again", async () => {
    const adapter: AdapterUnderTest = make();
    await filled(adapter);
    const before = await adapter.read({ sheets: "all" });
    const graded = await gradeThrough(adapter, SHEET, NOW);
    if (!graded.ok) throw new Error(graded.message.en);
    expect(graded.result.conversions.length).toBeGreaterThan(10);

    const undo = planUndoLastConversion(await readForGrading(adapter, SHEET), SHEET, { now: UNDO_AT });
    if (!undo.ok) throw new Error(undo.message.en);
    expect(undo.restored).toBe(graded.result.conversions.length);
    await adapter.apply(undo.plan);
    const after = await adapter.read({ sheets: "all" });

    const sheetBefore = sheetOf(before, SHEET);
    const sheetAfter = sheetOf(after, SHEET);
    const owned = gradeWritableArea(sheetBefore).ranges;
    const outside = changedCells(sheetBefore, sheetAfter).filter((cell) => !inRanges(owned, cell));
    expect(outside).toEqual([]);
    expect(sheetAfter.tables).toEqual(sheetBefore.tables);
    const { "tassei.graded": _stamp, ...properties } = sheetAfter.properties;
    expect(properties).toEqual(sheetBefore.properties);
    expect(cellAt(sheetAfter, "H32")).toEqual({ value: "５億円", formula: null, numberFormat: "General" });
    // The other sheets never changed.
    for (const other of before.sheets.filter((s) => s.name !== SHEET))
      expect(sheetOf(after, other.name)).toEqual(other);

    const log = sheetOf(after, LOG_SHEET_NAME);
    const undone = log.values.slice(1).map((row) => row[6]);
    expect(undone).toEqual(undone.map(() => "2025-07-01 11:00:00.000"));

    // Grading again respects the undo; there is then nothing left to undo.
    const again = planGrade(await readForGrading(adapter, SHEET), SHEET, { now: UNDO_AT });
    if (!again.ok) throw new Error(again.message.en);
    expect(again.result.conversions).toEqual([]);
    expect(again.plan.sheets).toEqual([]);
    const second = planUndoLastConversion(await readForGrading(adapter, SHEET), SHEET, { now: UNDO_AT });
    expect(second).toMatchObject({ ok: false, message: { en: expect.stringContaining("no conversion") } });
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
    expect(undo.restored).toBe(graded.result.conversions.length - 1);
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
      message: { en: `Sheet “${SHEET}” has no conversion to numbers to undo.` },
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
