/**
 * The Grade job through the Office.js adapter on the in-memory Excel, as the pane and the ribbon run it:
 * one Excel.run and at most four syncs whatever the number of rows, idempotent, with undo, and every
 * Excel trouble turned into a message.
 */
import { gradeActiveSheet, selectCell, undoLastConversion, type GradeDeps } from "../../src/excel/jobs/grade";
import { insertDepartmentSheet } from "../../src/excel/jobs/insert";
import { applyPlan } from "../../src/excel/apply";
import { readSnapshot } from "../../src/excel/read";
import { createInMemoryExcel, type InMemoryExcel } from "@tassei/in-memory-excel";
import { fillKpi, sheetOf } from "../core/grade/support";
import { parseCellAddress } from "@tassei/excel-rules";
import { formulaAt } from "../../src/core/workbook/snapshot";

jest.setTimeout(120_000);

const NOW = new Date("2026-03-31T09:00:00Z");

function deps(excel: InMemoryExcel, extra: Partial<GradeDeps> = {}): GradeDeps {
  return { run: (batch) => excel.run(batch), isSetSupported: () => true, now: () => NOW, ...extra };
}

/** A department sheet with `rows` indicators filled in (the last ones as Japanese text). */
async function departmentWith(excel: InMemoryExcel, rows: number): Promise<string> {
  const inserted = await insertDepartmentSheet(deps(excel).run, () => true, {
    department: "政策推進部",
    fiscalYear: 2025,
    goalCount: 1,
  });
  if (inserted.status !== "done") throw new Error(JSON.stringify(inserted));
  const sheet = sheetOf(await excel.run((c) => readSnapshot(c, { sheets: [inserted.sheet] })), inserted.sheet);
  const edits: Record<string, Record<string, string | number>> = {};
  for (let i = 1; i <= Math.min(rows, 10); i++) {
    edits[`#${i}`] = { "目標No.": 1, 指標: `指標${i}`, 目標値: 100, 実績値: 60 + i * 5 };
  }
  const plan = fillKpi(sheet, edits);
  await excel.run((c) => applyPlan(c, { sheets: [plan] }));
  return inserted.sheet;
}

describe("grade the active sheet", () => {
  it("grades in one Excel.run and four syncs (read 3, write 1), and changes nothing the second time", async () => {
    const excel = createInMemoryExcel();
    const sheet = await departmentWith(excel, 10);
    const before = { runs: excel.stats.runCount, syncs: excel.stats.syncCount };
    const outcome = await gradeActiveSheet(deps(excel));
    expect(outcome.status).toBe("done");
    if (outcome.status !== "done") return;
    expect(excel.stats.runCount - before.runs).toBe(1);
    expect(excel.stats.syncCount - before.syncs).toBeLessThanOrEqual(4);
    expect(outcome.result.sheet).toBe(sheet);
    expect(outcome.result.counts.B).toBeGreaterThan(0);

    const snapshotAfterFirst = await excel.run((c) => readSnapshot(c, { sheets: "all" }));
    const again = await gradeActiveSheet(deps(excel, { now: () => new Date("2026-04-01T09:00:00Z") }));
    expect(again.status).toBe("done");
    expect(await excel.run((c) => readSnapshot(c, { sheets: "all" }))).toEqual(snapshotAfterFirst);
  });

  it("restores a live formula a user typed over, though the lean read never sees formula text", async () => {
    const excel = createInMemoryExcel();
    const sheetName = await departmentWith(excel, 3);
    const sheet = sheetOf(await excel.run((c) => readSnapshot(c, { sheets: [sheetName] })), sheetName);
    await excel.run((c) => applyPlan(c, { sheets: [fillKpi(sheet, { "#1": { 達成率: 0.99, 達成度: "A" } })] }));
    const outcome = await gradeActiveSheet(deps(excel));
    expect(outcome.status).toBe("done");
    if (outcome.status !== "done") return;
    expect(outcome.result.restoredFormulas).toHaveLength(2);
    const after = sheetOf(await excel.run((c) => readSnapshot(c, { sheets: [sheetName] })), sheetName);
    for (const address of outcome.result.restoredFormulas) {
      const { row, column } = parseCellAddress(address);
      // The live formula, or the engine's figure held by a formula checking the row's inputs.
      expect(formulaAt(after, row, column)).toMatch(/^=IF(ERROR)?\(/);
    }
  });

  it("offers Insert on a sheet without a Tassei table", async () => {
    const excel = createInMemoryExcel();
    const outcome = await gradeActiveSheet(deps(excel));
    expect(outcome.status).toBe("no_table");
  });

  it("refuses an Excel too old, and turns a conflict or a hung sync into a message", async () => {
    const excel = createInMemoryExcel();
    await departmentWith(excel, 3);
    expect((await gradeActiveSheet(deps(excel, { isSetSupported: () => false }))).status).toBe("refused");
    excel.faults.failNextSync();
    const conflict = await gradeActiveSheet(deps(excel));
    expect(conflict.status).toBe("failed");
    if (conflict.status === "failed") expect(conflict.message.en).toContain("Someone else edited");
    excel.faults.hangNextSync();
    const hung = await gradeActiveSheet(deps(excel, { timeoutMs: 50 }));
    expect(hung.status).toBe("failed");
    if (hung.status === "failed") expect(hung.message.en).toContain("did not answer");
    excel.faults.releaseHungSyncs();
  });

  // #16 item 7: a timed-out grading can still complete when Excel answers late; grading again then finds
  // its own stamp and writes nothing: never twice.
  it("after a timeout that Excel answers late, grading again writes nothing", async () => {
    const excel = createInMemoryExcel();
    await departmentWith(excel, 3);
    excel.faults.hangNextSync();
    const hung = await gradeActiveSheet(deps(excel, { timeoutMs: 50 }));
    expect(hung.status).toBe("failed");
    if (hung.status === "failed") expect(hung.message.en).toContain("may still complete");
    excel.faults.releaseHungSyncs();
    // The job carries on once Excel answers: the grading lands.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const landed = await excel.run((c) => readSnapshot(c, { sheets: "all" }));
    const before = excel.stats.syncCount;
    const again = await gradeActiveSheet(deps(excel));
    expect(again.status).toBe("done");
    // The three reads, no write.
    expect(excel.stats.syncCount - before).toBe(3);
    expect(await excel.run((c) => readSnapshot(c, { sheets: "all" }))).toEqual(landed);
  });

  it("waits for the user to finish editing a cell when run with delayForCellEdit", async () => {
    const excel = createInMemoryExcel();
    await departmentWith(excel, 3);
    excel.workbook.startCellEdit();
    const pending = gradeActiveSheet(deps(excel, { run: (batch) => excel.run({ delayForCellEdit: true }, batch) }));
    setTimeout(() => excel.workbook.endCellEdit(), 20);
    expect((await pending).status).toBe("done");
  });

  it("converts Japanese text to numbers, undoes it, and selects a problem's cell", async () => {
    const excel = createInMemoryExcel();
    const sheetName = await departmentWith(excel, 2);
    const sheet = sheetOf(await excel.run((c) => readSnapshot(c, { sheets: [sheetName] })), sheetName);
    const plan = fillKpi(sheet, {
      "#3": { "目標No.": 1, 指標: "寄附金", 目標値: "5 億円", 実績値: "５億円" },
      "#4": { "目標No.": 1, 指標: "社会移動", 方向: "維持", 基準値: "△219人", 目標値: "0人", 実績値: "△53人" },
      "#5": { "目標No.": 1, 指標: "件数", 目標値: 100, 実績値: "作業中" },
    });
    await excel.run((c) => applyPlan(c, { sheets: [plan] }));
    const before = await excel.run((c) => readSnapshot(c, { sheets: [sheetName] }));

    const graded = await gradeActiveSheet(deps(excel));
    expect(graded.status).toBe("done");
    if (graded.status !== "done") return;
    expect(graded.result.conversions.map((c) => c.original)).toEqual(expect.arrayContaining(["５億円", "△53人"]));

    const undone = await undoLastConversion(deps(excel));
    expect(undone).toMatchObject({ status: "done" });
    const after = await excel.run((c) => readSnapshot(c, { sheets: [sheetName] }));
    const inputs = (s: typeof after) =>
      s.sheets[0]!.values.map((row) => row.filter((v) => typeof v === "string" && /億円|人$/.test(v)));
    expect(inputs(after)).toEqual(inputs(before));

    const problem = graded.result.problems[0];
    if (problem) {
      await selectCell(deps(excel), sheetName, problem.cell);
      const selected = await excel.run(async (context) => {
        const range = context.workbook.getSelectedRange();
        range.load("address");
        await context.sync();
        return range.address;
      });
      expect(selected).toContain(problem.cell);
    }
  });
});

describe("grading does not grow with the sheet", () => {
  it.each([10, 1_000])("%i indicator rows: at most four syncs", async (rows) => {
    const excel = createInMemoryExcel();
    await departmentWith(excel, 10);
    const sheetName = (await excel.run((c) => readSnapshot(c, { sheets: [] }))).activeSheet!;
    const sheet = sheetOf(await excel.run((c) => readSnapshot(c, { sheets: [sheetName] })), sheetName);
    const table = sheet.tables.find((t) => t.name.startsWith("Tassei_KPI"))!;
    const extra = rows - (table.range.rowCount - 1);
    if (extra > 0) {
      await excel.run(async (c) => {
        const t = c.workbook.tables.getItem(table.name);
        t.rows.add(
          undefined,
          Array.from({ length: extra }, (_, i) => [
            ...[1, `追加${i}`, "", "増加", "比率", "", 100, 50 + (i % 60), "確定", null, null, "", "", 1, ""],
            // 中間実績 and 中間評価 (#18), last in the table.
            ...["", null],
          ]) as never,
        );
        await c.sync();
      });
    }
    const before = excel.stats.syncCount;
    const outcome = await gradeActiveSheet(deps(excel));
    expect(outcome.status).toBe("done");
    expect(excel.stats.syncCount - before).toBeLessThanOrEqual(4);
  });
});

// Regression (#16 item 4): a sheet name holding a comma broke the read of where formulas are
// ("not a cell address: '総務").
describe("sheet names with a comma, an apostrophe, an exclamation mark and spaces", () => {
  it("are read and graded like any other", async () => {
    const excel = createInMemoryExcel();
    const inserted = await insertDepartmentSheet(deps(excel).run, () => true, {
      department: "総務,企画 部's 室!",
      fiscalYear: 2025,
      goalCount: 1,
    });
    if (inserted.status !== "done") throw new Error(JSON.stringify(inserted));
    expect(inserted.sheet).toContain(",");
    const sheet = sheetOf(await excel.run((c) => readSnapshot(c, { sheets: [inserted.sheet] })), inserted.sheet);
    await excel.run((c) => applyPlan(c, { sheets: [fillKpi(sheet, { "#1": { 目標値: 100, 実績値: 80 } })] }));
    const outcome = await gradeActiveSheet(deps(excel));
    if (outcome.status !== "done") throw new Error(JSON.stringify(outcome));
    expect(outcome.result.sheet).toBe(inserted.sheet);
    expect(outcome.result.tables[0]!.indicators.map((i) => [i.rateText, i.grade])).toEqual([["80.0%", "B"]]);
  });
});
