/**
 * Adding to a Tassei sheet through the Office.js adapter on the in-memory Excel: one Excel.run, three
 * syncs; rows inside the right table, the tables below moved whole, formulas following their rows, the
 * dropdowns and grade colours over the grown columns, what a person typed kept, and refusals that write
 * nothing. The sheet is the three-goal one of test/core/edit/support.ts (rows as Excel numbers them).
 */
import { editActiveSheet, readActiveOutline } from "../../src/excel/jobs/edit";
import type { GradeDeps } from "../../src/excel/jobs/grade";
import { gradeActiveSheet } from "../../src/excel/jobs/grade";
import { insertDepartmentSheet } from "../../src/excel/jobs/insert";
import { applyPlan } from "../../src/excel/apply";
import { readSnapshot } from "../../src/excel/read";
import { readDepartmentSheet } from "../../src/core/sheet/read-department";
import { rangeAddress } from "@tassei/excel-rules";
import { handMadeSheetPlan, HAND_MADE_SHEET_NAME } from "../../src/samples/hand-made";
import { createInMemoryExcel, type InMemoryExcel } from "@tassei/in-memory-excel";
import { THREE_GOALS } from "../core/edit/support";
import type { InsertRequest } from "../../src/core/insert/request";

jest.setTimeout(60_000);

const SHEET = "政策推進部";

function deps(excel: InMemoryExcel): GradeDeps {
  return { run: (batch) => excel.run(batch), isSetSupported: () => true };
}

async function inserted(request: InsertRequest = THREE_GOALS): Promise<InMemoryExcel> {
  const excel = createInMemoryExcel();
  const outcome = await insertDepartmentSheet(
    (batch) => excel.run(batch),
    () => true,
    request,
  );
  if (outcome.status !== "done") throw new Error(JSON.stringify(outcome));
  excel.stats.reset();
  return excel;
}

async function sheet(excel: InMemoryExcel, name = SHEET) {
  const snapshot = await excel.run((context) => readSnapshot(context, { sheets: [name] }));
  return snapshot.sheets[0]!;
}

const tables = async (excel: InMemoryExcel) =>
  Object.fromEntries((await sheet(excel)).tables.map((t) => [t.name, rangeAddress(t.range)]));

describe("an indicator added to goal 2", () => {
  let excel: InMemoryExcel;
  beforeAll(async () => {
    excel = await inserted();
    // An actual typed for goal 3's indicator (row 28): it must move with its row and keep its rate.
    excel.workbook.setCell(SHEET, "H28", { value: 800 });
    excel.stats.reset();
    const outcome = await editActiveSheet(deps(excel), {
      sheet: SHEET,
      edit: { kind: "indicator", goalNo: 2, indicator: { name: "協定先との共同事業数", unit: "件", target: "4" } },
    });
    expect(outcome.status).toBe("done");
  });

  it("takes one Excel.run and three syncs", () => {
    expect(excel.stats.runCount).toBe(1);
    expect(excel.stats.syncCount).toBeLessThanOrEqual(3);
  });

  it("is row 28 of the KPI table, A24:Q39; goal 3's row is now 29 with its actual and its live formulas", async () => {
    expect(await tables(excel)).toEqual({ Tassei_Goals_1: "A17:Q21", Tassei_KPI_1: "A24:Q39" });
    expect(excel.workbook.value(SHEET, "B28")).toBe("協定先との共同事業数");
    expect(excel.workbook.value(SHEET, "A28")).toBe(2);
    expect(excel.workbook.value(SHEET, "B29")).toBe("防災訓練の参加者数");
    expect(excel.workbook.value(SHEET, "H29")).toBe(800);
    expect(String(excel.workbook.formula(SHEET, "J29"))).toContain("H29/G29");
    expect(excel.workbook.value(SHEET, "J29")).toBe(0.8);
    expect(excel.workbook.value(SHEET, "K29")).toBe("B");
    expect(String(excel.workbook.formula(SHEET, "J28"))).toContain("H28/G28");
    // The new row is selected, on the active sheet.
    expect(excel.workbook.sheet(SHEET).selection).toMatchObject({ row: 27, column: 1 });
  });

  it("has the dropdowns and one set of grade colours over the grown body, A25:Q39", () => {
    const model = excel.workbook.sheet(SHEET);
    for (const column of ["D", "E", "I", "L"]) {
      const found = model.validations.filter((v) => v.areas.some((a) => rangeAddress(a) === `${column}25:${column}39`));
      expect({ column, count: found.length }).toEqual({ column, count: 1 });
    }
    const gradeRules = model.conditionalFormats.filter((f) => f.areas.some((a) => a.column === 10 && a.row >= 24));
    expect(gradeRules.map((f) => f.areas.map(rangeAddress).join(","))).toEqual(
      Array.from({ length: gradeRules.length }, () => "K25:K39"),
    );
    // One rule per letter of the scale and 未実施's: the old set replaced, not doubled.
    expect(gradeRules).toHaveLength(5);
  });

  it("reads back with the goals as they were and the indicator in its place among goal 2's", async () => {
    const read = readDepartmentSheet(await sheet(excel));
    if (!read.ok) throw new Error("unreadable");
    expect(read.problems).toEqual([]);
    expect(read.department.goals.map((g) => g.title)).toEqual([
      "シティプロモーションの強化",
      "公民連携の推進",
      "防災対策の充実強化",
    ]);
    expect(read.department.indicators.map((i) => [i.goalNo, i.name])).toEqual([
      [1, "LINE 登録者数"],
      [2, "連携協定の数"],
      [2, "公民連携事業の数"],
      [2, "協定先との共同事業数"],
      [3, "防災訓練の参加者数"],
    ]);
  });

  it("is graded with the rest", async () => {
    excel.workbook.setCell(SHEET, "H28", { value: 3 });
    const outcome = await gradeActiveSheet(deps(excel));
    expect(outcome.status).toBe("done");
    expect(excel.workbook.value(SHEET, "K28")).toBe("B");
    expect(excel.workbook.value(SHEET, "K29")).toBe("B");
  });
});

describe("a goal with an initiative and an indicator", () => {
  it("moves the KPI table down whole and puts the indicator after goal 3's", async () => {
    const excel = await inserted();
    const outcome = await editActiveSheet(deps(excel), {
      sheet: SHEET,
      edit: {
        kind: "goal",
        goal: {
          title: "職員の能力向上",
          initiatives: [{ text: "階層別研修", section: "人事課" }],
          indicators: [{ name: "研修の受講者数", unit: "人", target: "300" }],
        },
      },
    });
    expect(outcome.status).toBe("done");
    expect(excel.stats.runCount).toBe(1);
    expect(excel.stats.syncCount).toBeLessThanOrEqual(3);
    if (outcome.status === "done") {
      expect(outcome.summary.ja).toBe("重点目標 4「職員の能力向上」を追加しました（取組 1 件、指標 1 件）。");
      expect(outcome.outline.status === "editable" && outcome.outline.goals.map((g) => g.no)).toEqual([1, 2, 3, 4]);
    }
    expect(await tables(excel)).toEqual({ Tassei_Goals_1: "A17:Q22", Tassei_KPI_1: "A25:Q40" });
    // 【指標（KPI）】 moved down with its table, from row 23 to 24; row 23 is the blank row between the tables.
    expect(excel.workbook.value(SHEET, "A24")).toBe("【指標（KPI）】");
    expect(excel.workbook.value(SHEET, "A23")).toBe("");
    expect(excel.workbook.value(SHEET, "B22")).toBe("職員の能力向上");
    expect(excel.workbook.value(SHEET, "B29")).toBe("防災訓練の参加者数");
    expect(excel.workbook.value(SHEET, "B30")).toBe("研修の受講者数");
    expect(excel.workbook.value(SHEET, "A30")).toBe(4);
    // The 達成度 formulas still read the legend's bounds in A10–A13.
    expect(String(excel.workbook.formula(SHEET, "K30"))).toContain("$A$10");
  });
});

describe("printing", () => {
  it("starts the KPI table on a new page once the goals table above it passes 20 rows", async () => {
    // 20 goal rows: goal 1 with 19 initiatives, goal 2 without.
    const excel = await inserted({
      department: SHEET,
      fiscalYear: "R7",
      goals: [
        { title: "一", initiatives: Array.from({ length: 19 }, (_, i) => ({ text: `取組${i + 1}` })) },
        { title: "二" },
      ],
    });
    const model = excel.workbook.sheet(SHEET);
    expect([...model.rowBreaks.keys()]).toEqual([]);
    await editActiveSheet(deps(excel), {
      sheet: SHEET,
      edit: { kind: "initiative", goalNo: 1, initiative: { text: "二十" } },
    });
    const kpi = (await sheet(excel)).tables.find((t) => t.name.startsWith("Tassei_KPI"))!;
    // The break is at 【指標（KPI）】, the row above the KPI table's header.
    expect([...model.rowBreaks.keys()]).toEqual([kpi.range.row - 1]);
    expect(excel.workbook.value(SHEET, `A${kpi.range.row}`)).toBe("【指標（KPI）】");
  });
});

describe("refusals write nothing", () => {
  it("refuses a sheet laid out by hand, and the pane's outline says why", async () => {
    const excel = createInMemoryExcel({ sheets: [] });
    await excel.run((context) => applyPlan(context, { sheets: [handMadeSheetPlan()] }));
    const before = await excel.run((context) => readSnapshot(context, { sheets: "all" }));
    const outline = await readActiveOutline(deps(excel));
    expect(outline.status === "done" && outline.outline.status).toBe("refused");
    const outcome = await editActiveSheet(deps(excel), {
      sheet: HAND_MADE_SHEET_NAME,
      edit: { kind: "goal", goal: { title: "x" } },
    });
    expect(outcome.status).toBe("invalid");
    if (outcome.status === "invalid") expect(outcome.problems[0]!.ja).toContain("手作りのシート");
    expect(await excel.run((context) => readSnapshot(context, { sheets: "all" }))).toEqual(before);
  });

  it("refuses when another sheet became active since the pane read its goals", async () => {
    const excel = await inserted();
    await excel.run(async (context) => {
      context.workbook.worksheets.add("メモ").activate();
      await context.sync();
    });
    const outcome = await editActiveSheet(deps(excel), {
      sheet: SHEET,
      edit: { kind: "indicator", goalNo: 1, indicator: { name: "x" } },
    });
    expect(outcome.status).toBe("invalid");
    if (outcome.status === "invalid") {
      expect(outcome.problems[0]!.ja).toBe(
        "作業中のシートが「政策推進部」から「メモ」に変わりました。追加先を確かめて、もう一度お試しください。",
      );
      expect(outcome.outline?.status).toBe("refused");
    }
    expect(await tables(excel)).toEqual({ Tassei_Goals_1: "A17:Q21", Tassei_KPI_1: "A24:Q38" });
  });

  it("says what Excel refused when the write fails", async () => {
    const excel = await inserted();
    excel.faults.failNextSync();
    const outcome = await editActiveSheet(deps(excel), {
      sheet: SHEET,
      edit: { kind: "indicator", goalNo: 1, indicator: { name: "x" } },
    });
    expect(outcome.status).toBe("failed");
    if (outcome.status === "failed") expect(outcome.message.ja).toContain("Excel が追加できませんでした");
  });
});
