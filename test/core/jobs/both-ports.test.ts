/**
 * Each job is written once (src/core/jobs) and runs on either adapter's port: the Office.js adapter (here
 * on the in-memory Excel, as in the pane and the preview) and the .xlsx adapter (as on the command line).
 * One small department, figures worked out by hand:
 *   goal 1 ごみの削減: 資源回収 80 of 100 → 80% B, 出前講座 12 of 10 → 120% A, counted as 100% in the
 *                      goal's capped mean: (80 + 100) ÷ 2 = 90% → B (uncapped it would be 100% → A)
 *   goal 2 緑化:       植樹 90 of 200 → 45% D, its reason written; the goal 45% → D
 *   the department: (90 + 45) ÷ 2 = 67.5% → C (50% to under 70%)
 * Both ports must give these same figures from the same job code.
 */
import { createInMemoryExcel } from "@tassei/in-memory-excel";
import { consolidate } from "../../../src/core/jobs/consolidate";
import { gradeActiveSheet } from "../../../src/core/jobs/grade";
import { gradeDepartmentSheets } from "../../../src/core/jobs/grade-all";
import { insertSheet } from "../../../src/core/jobs/insert";
import type { WorkbookPort } from "../../../src/core/jobs/port";
import { withoutWriting } from "../../../src/core/jobs/port";
import { rolloverSheets } from "../../../src/core/jobs/rollover";
import { cellAt } from "../../../src/core/workbook/snapshot";
import { officeJsPort } from "../../../src/excel/port";
import { newXlsxPort, xlsxFilePort } from "../../../src/xlsx/port";
import { department, goal, indicator } from "../../support/small-departments";

jest.setTimeout(60_000);

const NOW = new Date("2027-03-31T01:00:00Z");
const SHEET = "環境部";
const ENVIRONMENT = department(
  SHEET,
  2026,
  [goal(1, "ごみの削減"), goal(2, "緑化")],
  [
    indicator(1, "資源回収", 100, 80),
    indicator(1, "出前講座", 10, 12),
    // A D needs its reason (所見), or it is a problem of the grading.
    { ...indicator(2, "植樹", 200, 90), manualGradeReason: "苗木の調達が遅れたため" },
  ],
);
const REQUEST = {
  department: ENVIRONMENT,
  goalCount: 2,
  layouts: { header: true, goals: true, kpi: true, kgi: false },
  scale: "default",
  sheetName: SHEET,
} as const;

const EXPECTED_GRADE = {
  department: { grade: "C", rateText: "67.5%" },
  goals: [
    { no: 1, grade: "B" },
    { no: 2, grade: "D" },
  ],
  counts: { A: 1, B: 1, C: 0, D: 1 },
};

interface Figures {
  readonly department: { readonly grade: string | null; readonly rateText: string | null };
  readonly goals: readonly { readonly no: number; readonly grade: string | null }[];
  readonly counts: Readonly<Record<string, number>>;
}

function figures(result: Figures) {
  return {
    department: { grade: result.department.grade, rateText: result.department.rateText },
    goals: result.goals.map((g) => ({ no: g.no, grade: g.grade })),
    counts: { A: result.counts["A"], B: result.counts["B"], C: result.counts["C"], D: result.counts["D"] },
  };
}

/** After the insert: grade every department sheet, consolidate, and next year's sheet, through the jobs alone. */
async function yearEnd(port: WorkbookPort, nextYearInto: WorkbookPort) {
  const graded = await gradeDepartmentSheets(port, { now: NOW });
  const summary = await consolidate(port, { thisWorkbook: {}, eachSource: async () => {} }, { now: NOW });
  const rolled = await rolloverSheets(port, nextYearInto, { scope: "all" });
  return { graded, summary, rolled };
}

function expectTheFiguresWorkedOutByHand(run: Awaited<ReturnType<typeof yearEnd>>) {
  expect(run.graded.status).toBe("done");
  if (run.graded.status !== "done") return;
  expect(run.graded.sheets.map((s) => s.sheet)).toEqual([SHEET]);
  const outcome = run.graded.sheets[0]!.outcome;
  expect(outcome.ok).toBe(true);
  if (!outcome.ok) return;
  expect(figures(outcome.result)).toEqual(EXPECTED_GRADE);
  expect(outcome.result.problems).toEqual([]);

  expect(run.summary.status).toBe("done");
  if (run.summary.status !== "done") return;
  // The summary read the sheet as graded: its stamp is the grading's.
  expect(run.summary.result.sources.map((s) => s.gradedAt)).toEqual([NOW.toISOString()]);
  const [row] = run.summary.result.departments;
  expect(run.summary.result.departments).toHaveLength(1);
  expect(row).toMatchObject({ department: SHEET, fiscalYear: 2026, grade: "C", rate: 0.675 });
  // One department: the city's rate is its rate.
  expect(run.summary.result.city).toMatchObject({ grade: "C", rateText: "67.5%", departmentsCounted: 1 });

  expect(run.rolled.failed).toEqual([]);
  expect(run.rolled.made).toEqual([{ from: SHEET, sheet: "環境部 令和9年度" }]);
}

describe("the jobs on the Office.js adapter's port (the in-memory Excel)", () => {
  it("insert, grade, consolidate and next year's sheet give the figures worked out by hand", async () => {
    const excel = createInMemoryExcel();
    const run = await excel.run(async (context) => {
      const port = officeJsPort(context);
      expect(await insertSheet(port, REQUEST)).toMatchObject({ status: "done", sheet: SHEET, renamed: false });
      // In the pane next year's sheet goes beside this year's.
      return yearEnd(port, port);
    });
    expectTheFiguresWorkedOutByHand(run);
    const names = await excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      return sheets.items.map((s) => s.name);
    });
    expect(names).toEqual(expect.arrayContaining([SHEET, "全庁サマリー", "環境部 令和9年度"]));
  });

  it("grading the active sheet gives the same figures as grading every department sheet", async () => {
    const excel = createInMemoryExcel();
    const outcome = await excel.run(async (context) => {
      const port = officeJsPort(context);
      await insertSheet(port, REQUEST);
      return gradeActiveSheet(port, { now: NOW });
    });
    expect(outcome.status).toBe("done");
    if (outcome.status === "done") expect(figures(outcome.result)).toEqual(EXPECTED_GRADE);
  });
});

describe("the jobs on the .xlsx adapter's ports (as the command line runs them)", () => {
  it("insert into a new file, then grade and consolidate in place, and next year's sheet into another new file", async () => {
    const created = newXlsxPort();
    expect(await insertSheet(created, REQUEST)).toMatchObject({ status: "done", sheet: SHEET });
    const file = xlsxFilePort(await created.bytes());
    const nextYear = newXlsxPort();
    expectTheFiguresWorkedOutByHand(await yearEnd(file, nextYear));

    // The graded and consolidated file reads back with the summary beside the department sheet; the
    // rolled-over file holds next year's sheet alone.
    const written = await xlsxFilePort(await file.bytes()).read({ sheets: [] });
    expect(written.sheetNames).toEqual(expect.arrayContaining([SHEET, "全庁サマリー", "Tassei ログ"]));
    expect((await xlsxFilePort(await nextYear.bytes()).read({ sheets: [] })).sheetNames).toEqual(["環境部 令和9年度"]);
  });

  it("a port that writes nothing grades as the writing one does and leaves the file as it was", async () => {
    const created = newXlsxPort();
    await insertSheet(created, REQUEST);
    const bytes = await created.bytes();
    const file = xlsxFilePort(bytes);
    const graded = await gradeDepartmentSheets(withoutWriting(file), { now: NOW });
    expect(graded.status).toBe("done");
    if (graded.status === "done" && graded.sheets[0]!.outcome.ok) {
      expect(figures(graded.sheets[0]!.outcome.result)).toEqual(EXPECTED_GRADE);
    } else throw new Error("not graded");
    expect(await file.bytes()).toBe(bytes);
  });
});

/**
 * The tester's steps in the pane's preview (#18), on each adapter: 5億円 and 4億円 typed, graded (converted
 * to 500000000 and 400000000 with a format), then このシートから作成 twice in the same workbook.
 */
async function rolledTwiceInPlace(port: WorkbookPort) {
  const money = department(
    SHEET,
    2026,
    [goal(1, "財政の健全化")],
    [{ ...indicator(1, "市税収入", 0, 0), unit: "円", target: "5億円", actual: "4億円" }],
  );
  expect(await insertSheet(port, { ...REQUEST, department: money, goalCount: 1, sheetName: SHEET })).toMatchObject({
    status: "done",
  });
  await insertSheet(port, { ...REQUEST, department: { ...money, name: "市民部" }, sheetName: "市民部" });
  expect((await gradeDepartmentSheets(port, { now: NOW })).status).toBe("done");
  const graded = (await port.read({ sheets: "all" })).sheets.find((s) => s.name === SHEET)!;
  const first = await rolloverSheets(port, port, { scope: "all" });
  const after = await port.read({ sheets: "all" });
  // Again from every sheet: 環境部 and 市民部 again (the 令和9年度 sheets are sources too now, for 令和10年度).
  const second = await rolloverSheets(port, port, { scope: "all" });
  const again = await port.read({ sheets: [] });
  return { graded, first, after, second, again };
}

function expectBesideWithFormatsAndOnce(run: Awaited<ReturnType<typeof rolledTwiceInPlace>>) {
  const { graded, first, after, second, again } = run;
  // Grading converted the typed amounts: the cells hold numbers and show 500,000,000円 and 400,000,000円.
  const kpi = graded.tables.find((t) => t.name.startsWith("Tassei_KPI"))!;
  const row = kpi.range.row + 1;
  const column = (header: string) => kpi.range.column + kpi.headers.indexOf(header);
  expect(cellAt(graded, row, column("目標値"))).toMatchObject({ value: 500000000, numberFormat: '#,##0"円"' });
  expect(cellAt(graded, row, column("実績値"))).toMatchObject({ value: 400000000, numberFormat: '#,##0"円"' });

  expect(first.failed).toEqual([]);
  expect(first.made.map((m) => m.sheet)).toEqual(["環境部 令和9年度", "市民部 令和9年度"]);
  // Each next year's sheet right after its own source, not at the end of the workbook.
  // (The in-memory Excel starts with Sheet1; grading adds its log at the end.)
  expect(after.sheetNames.filter((n) => n !== "Tassei ログ" && n !== "Sheet1")).toEqual([
    "環境部",
    "環境部 令和9年度",
    "市民部",
    "市民部 令和9年度",
  ]);
  // Next year's 目標値 is this year's, and its 基準値 this year's 実績値, both shown as this year's were.
  const next = after.sheets.find((s) => s.name === "環境部 令和9年度")!;
  const nextKpi = next.tables.find((t) => t.name.startsWith("Tassei_KPI"))!;
  const nextColumn = (header: string) => nextKpi.range.column + nextKpi.headers.indexOf(header);
  const nextRow = nextKpi.range.row + 1;
  expect(cellAt(next, nextRow, nextColumn("目標値"))).toMatchObject({ value: 500000000, numberFormat: '#,##0"円"' });
  expect(cellAt(next, nextRow, nextColumn("基準値"))).toMatchObject({ value: 400000000, numberFormat: '#,##0"円"' });

  // The second time, nothing is made: each department's 令和9年度 sheet is already there and is named.
  expect(second.made.map((m) => m.from)).toEqual(["環境部 令和9年度", "市民部 令和9年度"]);
  expect(second.failed.map((f) => f.sheet)).toEqual(["環境部", "市民部"]);
  expect(second.failed[0]!.message.ja).toBe(
    "令和9年度のシート「環境部 令和9年度」がすでにあるため、シート「環境部」から次年度のシートを作りません。作り直すときは、「環境部 令和9年度」を削除するか別のブックに移してから、もう一度実行してください。",
  );
  expect(second.failed[0]!.message.en).toBe(
    "Sheet “環境部 令和9年度” for 令和9年度 already exists, so next year's sheet is not made from sheet “環境部”. To make it again, delete “環境部 令和9年度” or move it to another workbook first, then run this again.",
  );
  expect(again.sheetNames.some((n) => n.includes("(2)"))).toBe(false);
}

it("next year's sheet in the same workbook goes beside its source, keeps the formats, and is made once (Office.js)", async () => {
  const excel = createInMemoryExcel();
  expectBesideWithFormatsAndOnce(await excel.run((context) => rolledTwiceInPlace(officeJsPort(context))));
});

it("next year's sheet in the same workbook goes beside its source, keeps the formats, and is made once (.xlsx)", async () => {
  const file = newXlsxPort();
  const run = await rolledTwiceInPlace(file);
  expectBesideWithFormatsAndOnce(run);
  // As saved: the order and the formats are the file's.
  const saved = await xlsxFilePort(await file.bytes()).read({ sheets: "all" });
  expect(saved.sheetNames).toEqual(run.again.sheetNames);
  expect(saved.sheetNames.slice(0, 3)).toEqual(["環境部", "環境部 令和9年度", "環境部 令和10年度"]);
  expect(saved.sheets.find((s) => s.name === "環境部 令和9年度")!.numberFormats).toEqual(
    run.after.sheets.find((s) => s.name === "環境部 令和9年度")!.numberFormats,
  );
});

it("全庁サマリー says so when a department has two sheets of one year (a 次年度作成 made twice before #18's fix)", async () => {
  const file = newXlsxPort();
  await insertSheet(file, REQUEST);
  await insertSheet(file, { ...REQUEST, sheetName: "環境部 (2)" });
  const summary = await consolidate(file, { thisWorkbook: {}, eachSource: async () => {} }, { now: NOW });
  expect(summary.status).toBe("done");
  if (summary.status !== "done") return;
  expect(summary.result.exceptions.filter((e) => e.kind === "duplicate_department")).toMatchObject([
    { department: "環境部", subject: "環境部 令和8年度 (2026年度)" },
  ]);
});
