/**
 * What grading does to a sheet besides grading: overwritten live formulas restored (and reported),
 * tables found by their headers graded but not written, the stamp cell never written over a person's
 * text, colour rules added once, and the sheets it refuses.
 */
import { gradeWritableArea, planGrade } from "../../../src/core/grade";
import { shownPercent } from "../../../src/core/sheet/kpi/live-formulas";
import { findKpiTables } from "../../../src/core/sheet/find-tables";
import { cellAddress, parseCellAddress } from "@tassei/excel-rules";
import { type CellBlock, emptySheetPlan } from "../../../src/core/workbook/plan";
import type { WorkbookSnapshot } from "../../../src/core/workbook/snapshot";
import { valueAt } from "../../../src/core/workbook/snapshot";
import { applyPlan } from "../../../src/excel/apply";
import { gradeActiveSheet, undoLastConversion } from "../../../src/excel/jobs/grade";
import { readSnapshot } from "../../../src/excel/read";
import { createInMemoryExcel } from "@tassei/in-memory-excel";
import { sampleWorkbookPlan } from "../../../src/samples/workbook";
import { officeJsAdapter } from "../../support/adapters";
import { cellAt, changedCells, fillKpi, gradeThrough, inRanges, plan, readForGrading, sheetOf } from "./support";

jest.setTimeout(60_000);

const SHEET = "市長公室";
const NOW = new Date("2025-07-01T01:00:00Z");

async function seeded() {
  const adapter = officeJsAdapter();
  await adapter.apply(sampleWorkbookPlan());
  return adapter;
}

describe("live formulas a person overwrote", () => {
  it("are written again, listed in restoredFormulas, and left alone the next time", async () => {
    const adapter = await seeded();
    const s = await adapter.read({ sheets: [SHEET] });
    await adapter.apply(
      plan(
        fillKpi(sheetOf(s, SHEET), {
          "シティプロモーションサイト へのアクセス数": { 達成度: "A" },
          "人権啓発イベント等の参加者 数": { 達成率: 0.5 },
          "#15": { 達成度: "" },
        }),
      ),
    );
    const run = await gradeThrough(adapter, SHEET, NOW);
    if (!run.ok) throw new Error(run.message.en);
    expect(run.result.restoredFormulas).toEqual(["K31", "J33", "K45"]);
    const after = sheetOf(await adapter.read({ sheets: [SHEET] }), SHEET);
    const indicators = run.result.tables.flatMap((t) => t.indicators);
    for (const address of run.result.restoredFormulas) {
      const { row } = parseCellAddress(address);
      const indicator = indicators.find((i) => i.row === row);
      const cell = cellAt(after, address);
      expect(cell.formula).toMatch(/^=/);
      // What the formula shows once Excel computes it is the engine's figure for the row.
      if (address.startsWith("J")) {
        const rate = cell.value;
        expect(typeof rate === "number" ? shownPercent(rate) : rate).toBe(indicator?.rateText ?? null);
      } else {
        expect(cell.value).toBe(indicator?.grade ?? null);
      }
    }
    const again = planGrade(await readForGrading(adapter, SHEET), SHEET, { now: NOW });
    expect(again.ok && again.result.restoredFormulas).toEqual([]);
  });
});

describe("a KPI table someone built by copying Tassei's headers", () => {
  it("is graded with the rest, and nothing in it is written but its converted values", async () => {
    const adapter = await seeded();
    const table = { row: 29, column: 17, rowCount: 3, columnCount: 5 };
    const headers = ["指標", "実績値", "目標値", "達成度", "達成率"];
    await adapter.apply(
      plan({
        ...emptySheetPlan(SHEET, "update"),
        blocks: [
          {
            anchor: { row: table.row, column: table.column },
            rows: [headers, ["窓口件数", "1,000件", "1,200件", "手で書いた", 0.5], ["相談件数", "作業中", "300件"]],
          },
        ],
        tables: [{ name: "窓口の表", range: table, headers }],
      }),
    );
    const before = sheetOf(await adapter.read({ sheets: [SHEET] }), SHEET);
    expect(findKpiTables(before).map((t) => [t.name, t.source])).toEqual([
      ["Tassei_KPI_seed002", "metadata"],
      ["窓口の表", "headers"],
    ]);
    const run = await gradeThrough(adapter, SHEET, NOW);
    if (!run.ok) throw new Error(run.message.en);
    const copy = run.result.tables.find((t) => t.name === "窓口の表");
    expect(copy?.indicators.map((i) => [i.cell, i.grade, i.rateText, i.reason])).toEqual([
      ["U31", "B", "83.3%", null],
      ["U32", null, null, "actual_pending"],
    ]);
    const after = sheetOf(await adapter.read({ sheets: [SHEET] }), SHEET);
    const changedInCopy = changedCells(before, after).filter((cell) => inRanges([table], cell));
    expect(changedInCopy.sort()).toEqual(["S31", "T31", "T32"]);
    expect(cellAt(after, "U31")).toMatchObject({ value: "手で書いた", formula: null });
  });
});

describe("the stamp", () => {
  it("is shown beside 全体の達成度 unless a person wrote something there; the property is set either way", async () => {
    const adapter = await seeded();
    await adapter.apply(
      plan({
        ...emptySheetPlan(SHEET, "update"),
        blocks: [{ anchor: { row: 5, column: 2 }, rows: [["メモ: 7月に再評価"]] }],
      }),
    );
    const run = await gradeThrough(adapter, SHEET, NOW);
    if (!run.ok) throw new Error(run.message.en);
    const after = sheetOf(await adapter.read({ sheets: [SHEET] }), SHEET);
    expect(cellAt(after, "C6").value).toBe("メモ: 7月に再評価");
    expect(JSON.parse(after.properties["tassei.graded"] ?? "null")).toMatchObject({ at: NOW.toISOString() });
  });

  it("takes a new time when the results change", async () => {
    const adapter = await seeded();
    const first = await gradeThrough(adapter, SHEET, NOW);
    const s = await adapter.read({ sheets: [SHEET] });
    await adapter.apply(plan(fillKpi(sheetOf(s, SHEET), { 相談者満足度: { 実績値: 0.7 } })));
    const later = new Date("2025-08-01T03:30:00Z");
    const second = await gradeThrough(adapter, SHEET, later);
    expect(first.ok && first.result.gradedAt).toBe(NOW.toISOString());
    expect(second.ok && second.result.gradedAt).toBe(later.toISOString());
    const after = sheetOf(await adapter.read({ sheets: [SHEET] }), SHEET);
    expect(cellAt(after, "C6").value).toBe("評価日時 2025-08-01 12:30（達成度 A〜E（標準） 第1版）");
  });
});

describe("colour rules", () => {
  it("are planned once per owned grade column, with the layout's rule set, and not again", async () => {
    const adapter = await seeded();
    const snapshot = await readForGrading(adapter, SHEET);
    const run = planGrade(snapshot, SHEET, { now: NOW });
    if (!run.ok) throw new Error(run.message.en);
    const formats = run.plan.sheets.find((s) => s.name === SHEET)?.conditionalFormats ?? [];
    // 達成度 and 中間評価 (#18) of the KPI table, then of the goals table.
    expect(formats.map((f) => f.range)).toEqual([
      { row: 30, column: 10, rowCount: 20, columnCount: 1 },
      { row: 30, column: 16, rowCount: 20, columnCount: 1 },
      { row: 17, column: 12, rowCount: 10, columnCount: 1 },
      { row: 17, column: 16, rowCount: 10, columnCount: 1 },
    ]);
    expect(formats[0]?.rules.map((r) => r.formula)).toEqual([
      '=$K31="A"',
      '=$K31="B"',
      '=$K31="C"',
      '=$K31="D"',
      '=$K31="E"',
    ]);
    await adapter.apply(run.plan);
    const again = planGrade(await readForGrading(adapter, SHEET), SHEET, { now: NOW });
    expect(again.ok && again.plan.sheets).toEqual([]);
  });
});

describe("every write lies where grading may write", () => {
  it("holds for the seed sheet's first grading (cells, formats and properties)", async () => {
    const adapter = await seeded();
    const snapshot = await readForGrading(adapter, SHEET);
    const run = planGrade(snapshot, SHEET, { now: NOW });
    if (!run.ok) throw new Error(run.message.en);
    const sheetPlan = run.plan.sheets.find((s) => s.name === SHEET);
    const area = gradeWritableArea(sheetOf(snapshot, SHEET));
    const converted = run.result.conversions.map((c) => c.cell);
    // Holes (undefined) leave their cells as they are: only what a block holds is written.
    const cells = (sheetPlan?.blocks ?? []).flatMap((b) =>
      b.rows.flatMap((r, i) =>
        r.flatMap((value, j) => (value === undefined ? [] : [{ row: b.anchor.row + i, column: b.anchor.column + j }])),
      ),
    );
    expect(cells.length).toBeGreaterThan(10);
    for (const cell of cells) {
      const address = cellAddress(cell);
      expect({ address, ok: inRanges(area.ranges, address) || converted.includes(address) }).toEqual({
        address,
        ok: true,
      });
    }
    expect(Object.keys(sheetPlan?.properties ?? {})).toEqual(["tassei.graded"]);
    expect(sheetPlan?.clear).toEqual([]);
    expect(sheetPlan?.tables).toEqual([]);
    expect(sheetPlan?.validations).toEqual([]);
  });
});

describe("sheets grading refuses", () => {
  it("says why: protected, missing, or without a KPI table", async () => {
    const adapter = await seeded();
    const snapshot = await adapter.read({ sheets: "all" });
    const protectedSnapshot: WorkbookSnapshot = {
      ...snapshot,
      sheets: snapshot.sheets.map((s) => (s.name === SHEET ? { ...s, protected: true } : s)),
    };
    expect(planGrade(protectedSnapshot, SHEET, { now: NOW })).toMatchObject({
      ok: false,
      reason: "sheet_protected",
      message: { ja: expect.stringContaining("保護") },
    });
    expect(planGrade(snapshot, "ありません", { now: NOW })).toMatchObject({ ok: false, reason: "sheet_missing" });
    expect(planGrade(snapshot, "Sheet1", { now: NOW })).toMatchObject({
      ok: false,
      reason: "no_tassei_table",
      message: { en: expect.stringContaining("insert a KPI table") },
    });
  });
});

describe("the city's rule for lower-is-better indicators", () => {
  it("is used by the engine, and the 達成率 cell holds the engine's figure", async () => {
    const adapter = await seeded();
    const s = await adapter.read({ sheets: [SHEET] });
    await adapter.apply(
      plan(
        fillKpi(sheetOf(s, SHEET), {
          "#12": { 指標: "待ち時間", 方向: "減少", 基準値: 40, 目標値: 10, 実績値: 20, 達成率: 1 },
        }),
      ),
    );
    const snapshot = await readForGrading(adapter, SHEET);
    const ratio = planGrade(snapshot, SHEET, { now: NOW });
    const progress = planGrade(snapshot, SHEET, { now: NOW, lowerIsBetter: "progress" });
    const waiting = (run: typeof ratio) =>
      run.ok ? run.result.tables[0]?.indicators.find((i) => i.name === "待ち時間")?.rateText : undefined;
    expect(waiting(ratio)).toBe("50.0%");
    // (40 − 20) ÷ (40 − 10)
    expect(waiting(progress)).toBe("66.7%");
    // Lower-is-better is beyond the live formula: the cell holds the graded figure, checked against the inputs.
    const planned = (run: typeof ratio) =>
      run.ok ? plannedCell(run.plan.sheets.find((s) => s.name === SHEET)!.blocks, 41, 9) : undefined;
    expect(planned(ratio)).toEqual({
      formula:
        '=IFERROR(IF(AND(EXACT(D42,"減少"),AND(ISNUMBER(F42),ABS(F42-40)<=0.000000000001),AND(ISNUMBER(G42),ABS(G42-10)<=0.000000000001),AND(ISNUMBER(H42),ABS(H42-20)<=0.000000000001),E42&I42&L42&M42=""),0.5,"評価ボタンで判定"),"評価ボタンで判定")',
      result: 0.5,
    });
    expect(planned(progress)).toMatchObject({ result: 0.667 });
  });
});

function plannedCell(blocks: readonly CellBlock[], row: number, column: number) {
  for (const block of blocks) {
    const cell = block.rows[row - block.anchor.row]?.[column - block.anchor.column];
    if (cell !== undefined) return cell;
  }
  return undefined;
}

describe("the printed scale 【達成度について】, which the live 達成度 formulas read", () => {
  async function legendTop(excel: ReturnType<typeof createInMemoryExcel>): Promise<number> {
    const sheet = (await excel.run((c) => readSnapshot(c, { sheets: [SHEET] }))).sheets[0]!;
    const row = sheet.values.findIndex(
      (line) => typeof line[0] === "string" && line[0].startsWith("【達成度について】"),
    );
    return row + (sheet.used?.row ?? 0);
  }

  const seededExcel = () =>
    paneExcelWith({ "#1": { 目標値: 100, 実績値: 80 }, "#2": { 目標値: 40, 実績値: "延べ 35 人" } });

  const pane = (excel: ReturnType<typeof createInMemoryExcel>) => ({
    run: (batch: never) => excel.run(batch),
    isSetSupported: () => true,
    now: () => NOW,
  });

  it("has its bounds put back when a person changed one, the lines untouched", async () => {
    const excel = await seededExcel();
    const top = await legendTop(excel);
    await excel.run(async (c) => {
      c.workbook.worksheets.getItem(SHEET).getRangeByIndexes(top + 2, 0, 1, 1).values = [[0.8]];
      await c.sync();
    });
    const graded = await gradeActiveSheet(pane(excel) as never);
    expect(graded.status).toBe("done");
    const sheet = (await excel.run((c) => readSnapshot(c, { sheets: [SHEET] }))).sheets[0]!;
    // B's bound is 70% again (rows: heading, A, B, …).
    expect(valueAt(sheet, top + 2, 0)).toBe(0.7);
    expect(valueAt(sheet, top + 2, 1)).toBe("B : 概ね達成（概ね目標どおり達成することができた。70%以上100%未満）");
  });

  // Regression: restoring a legend that had lost rows wrote its last lines over what followed it (the goals
  // table's header); a row a person inserted inside it was overwritten.
  it.each([
    ["two of its rows deleted", "delete"],
    ["a row of notes inserted inside it", "insert"],
  ] as const)("is left alone with %s, and nothing below it is written", async (_what, edit) => {
    const excel = await seededExcel();
    const top = await legendTop(excel);
    await excel.run(async (c) => {
      const rows = c.workbook.worksheets.getItem(SHEET).getRangeByIndexes(top + 2, 0, edit === "delete" ? 2 : 1, 1);
      const whole = rows.getEntireRow();
      if (edit === "delete") whole.delete("Up");
      else {
        whole.insert("Down");
        c.workbook.worksheets.getItem(SHEET).getRangeByIndexes(top + 2, 0, 1, 2).values = [["メモ", "課内で確認"]];
      }
      await c.sync();
    });
    const before = (await excel.run((c) => readSnapshot(c, { sheets: [SHEET] }))).sheets[0]!;
    const graded = await gradeActiveSheet(pane(excel) as never);
    expect(graded.status).toBe("done");
    const after = (await excel.run((c) => readSnapshot(c, { sheets: [SHEET] }))).sheets[0]!;
    // Nothing in the legend's columns changed, from the heading down to the KPI table.
    const changed = changedCells(before, after).filter((cell) => {
      const { row, column } = parseCellAddress(cell);
      return column <= 1 && row >= top && row < top + 12;
    });
    expect(changed).toEqual([]);
    // The 達成度 formulas carry the bounds themselves then: grades still show.
    if (graded.status !== "done") return;
    const shown = graded.result.tables[0]!.indicators.filter((i) => i.grade !== null);
    expect(shown.length).toBeGreaterThan(0);
    for (const indicator of shown) expect(cellAt(after, indicator.cell).value).toBe(indicator.grade);
  });
});

// Regression: a KPI table a person added a column to was no longer written at all, its 達成率 / 達成度
// left showing 評価ボタンで判定 while the pane had the figures.
describe("a KPI table with a column a person added", () => {
  it("gets the engine's figures in its 達成率 / 達成度 cells", async () => {
    const excel = createInMemoryExcel();
    await excel.run((c) => applyPlan(c, sampleWorkbookPlan()));
    const sheet = (await excel.run((c) => readSnapshot(c, { sheets: [SHEET] }))).sheets[0]!;
    // The second row is the seed's 円 row: its 単位 becomes 人, or 35 人 against 40 円 would be a unit mismatch.
    const fill = plan(
      fillKpi(sheet, {
        "#1": { 目標値: 100, 実績値: 35 },
        "#2": { 単位: "人", 目標値: 40, 実績値: "延べ 35 人" },
      }),
    );
    await excel.run((c) => applyPlan(c, fill));
    await excel.run(async (c) => {
      const worksheet = c.workbook.worksheets.getItem(SHEET);
      worksheet.activate();
      const table = c.workbook.tables.getItem(sheet.tables.find((t) => t.name.startsWith("Tassei_KPI"))!.name);
      table.columns.add(undefined, undefined, "備考2");
      await c.sync();
    });
    const graded = await gradeActiveSheet({
      run: (batch) => excel.run(batch),
      isSetSupported: () => true,
      now: () => NOW,
    });
    if (graded.status !== "done") throw new Error(JSON.stringify(graded));
    const after = (await excel.run((c) => readSnapshot(c, { sheets: [SHEET] }))).sheets[0]!;
    const shown = graded.result.tables[0]!.indicators.filter((i) => i.rateText !== null);
    expect(shown.map((i) => i.rateText)).toEqual(["35.0%", "87.5%"]);
    for (const indicator of shown) {
      const { row, column } = parseCellAddress(indicator.cell);
      const rate = valueAt(after, row, column - 1);
      expect([indicator.cell, typeof rate === "number" ? shownPercent(rate) : rate]).toEqual([
        indicator.cell,
        indicator.rateText,
      ]);
      expect(valueAt(after, row, column)).toBe(indicator.grade);
    }
  });
});

describe("inputs the live formulas cannot read, graded through the pane", () => {
  const excelWith = paneExcelWith;
  const grade = (excel: ReturnType<typeof createInMemoryExcel>) =>
    gradeActiveSheet({ run: (batch) => excel.run(batch), isSetSupported: () => true, now: () => NOW });

  // Regression: an error value as an input left 評価ボタンで判定 after grading, and every grading wrote
  // and logged the row again; a space typed into a blank row did the same.
  it.each([
    ["an error value as the actual", { "#1": { 目標値: 100, 実績値: { formula: "=NA()" } } }],
    ["a space typed into a blank row", { "#1": { 目標値: 100, 実績値: 80 }, "#15": { 実績値: " " } }],
  ])("%s: no 評価ボタンで判定 after grading, and grading again writes nothing", async (_what, edits) => {
    const excel = await excelWith(edits);
    const first = await grade(excel);
    if (first.status !== "done") throw new Error(JSON.stringify(first));
    const after = (await excel.run((c) => readSnapshot(c, { sheets: [SHEET] }))).sheets[0]!;
    const table = after.tables.find((t) => t.name.startsWith("Tassei_KPI"))!;
    for (let row = table.range.row + 1; row < table.range.row + table.range.rowCount; row++) {
      for (const column of [9, 10]) {
        expect([cellAddressOf(row, column), valueAt(after, row, column)]).not.toEqual([
          cellAddressOf(row, column),
          "評価ボタンで判定",
        ]);
      }
    }
    const before = excel.stats.syncs.length;
    const again = await grade(excel);
    expect(again.status).toBe("done");
    // The three reads, nothing written.
    expect(excel.stats.syncs.length - before).toBe(3);
  });

  // Regression: a grading that only put back a format logged nothing, yet offered undo (of the one before).
  it("a grading that only puts back a legend bound's format is logged, and undo puts the person's format back", async () => {
    const excel = await excelWith({ "#1": { 目標値: 100, 実績値: 80 } });
    expect((await grade(excel)).status).toBe("done");
    const sheet = (await excel.run((c) => readSnapshot(c, { sheets: [SHEET] }))).sheets[0]!;
    const top = sheet.values.findIndex((l) => typeof l[0] === "string" && l[0].startsWith("【達成度について】"));
    const bound = { row: top + (sheet.used?.row ?? 0) + 2, column: 0 };
    await excel.run(async (c) => {
      c.workbook.worksheets.getItem(SHEET).getRangeByIndexes(bound.row, bound.column, 1, 1).numberFormat = [["0.0%"]];
      await c.sync();
    });
    const regraded = await grade(excel);
    if (regraded.status !== "done") throw new Error(JSON.stringify(regraded));
    expect(regraded.result.undoable).toBe(true);
    const format = async () =>
      (await excel.run((c) => readSnapshot(c, { sheets: [SHEET] }))).sheets[0]!.numberFormats[
        bound.row - (sheet.used?.row ?? 0)
      ]![0];
    expect(await format()).toBe('0%"以上"');
    const undone = await undoLastConversion({
      run: (batch) => excel.run(batch),
      isSetSupported: () => true,
      now: () => NOW,
    });
    expect(undone.status).toBe("done");
    expect(await format()).toBe("0.0%");
  });
});

function cellAddressOf(row: number, column: number): string {
  return cellAddress({ row, column });
}

// #16 item 3: a copied sheet loses its custom properties (Excel's rule) and its tables get new names; the
// scale must still be the sheet's own, read back from its printed 【達成度について】, not the default.
describe("a department sheet copied to another workbook", () => {
  it("is graded on the scale its legend prints", async () => {
    const adapter = officeJsAdapter();
    const { planDepartmentSheet } = await import("../../../src/core/sheet/department-sheet");
    const { PRESET_SCALES } = await import("../../../src/core/rules");
    const strict = PRESET_SCALES["strict-90-80"];
    const department = {
      name: "監査部",
      head: "",
      fiscalYear: 2025,
      policy: "",
      goals: [{ no: 1, title: "監査の充実" }],
      indicators: [{ goalNo: 1, name: "監査件数", target: 100, actual: 85 }],
    };
    await adapter.apply({
      sheets: [planDepartmentSheet(department, { sheetName: "監査部", sheetId: "copy", scale: strict })],
    });
    const read = await adapter.read({ sheets: ["監査部"] });
    const copied = {
      ...read,
      sheets: read.sheets.map((s) => ({
        ...s,
        properties: {},
        tables: s.tables.map((t) => ({ ...t, name: `${t.name}2` })),
      })),
    };
    const run = planGrade(copied, "監査部", { now: NOW });
    if (!run.ok) throw new Error(run.message.en);
    expect(run.result.scale.id).toBe("strict-90-80");
    // 85% is C on this scale (B needs 90%), B on the default one.
    expect(run.result.tables[0]!.indicators.map((i) => i.grade)).toEqual(["C"]);
  });
});

/** The seed workbook in the in-memory Excel, 市長公室 active, these KPI rows typed in. */
async function paneExcelWith(edits: Record<string, Record<string, unknown>>) {
  const excel = createInMemoryExcel();
  await excel.run((c) => applyPlan(c, sampleWorkbookPlan()));
  await excel.run(async (c) => {
    c.workbook.worksheets.getItem(SHEET).activate();
    await c.sync();
  });
  const sheet = (await excel.run((c) => readSnapshot(c, { sheets: [SHEET] }))).sheets[0]!;
  await excel.run((c) => applyPlan(c, plan(fillKpi(sheet, edits as never))));
  return excel;
}
