/**
 * 全庁サマリー at the mid-year check (#18): a 中間評価 column beside 全体の達成度 in 部局別 for the departments
 * that have one, none for a summary where none has; the year-end figures are the same either way.
 *
 * - 総務部 (中間時点 2025/9/30, half the year): 待ち時間 40 of 100 → against 50: 80%, B; 研修 4 of 10 → against 5:
 *   80%, B. Goals 80% and 80%; the department 80%, B. No year-end actual yet.
 * - 市民部: no 中間実績, so no interim; 団体数 30 of 50 at the year end: 60%, C.
 */
import { planConsolidation } from "../../../src/core/consolidate";
import {
  POINTS_FORMAT,
  RATE_FORMAT,
  YEAR_FORMAT,
  departmentColumns,
  departmentHeaders,
} from "../../../src/core/consolidate/sections";
import type { ConsolidationResult } from "../../../src/core/consolidate";
import type { Department } from "../../../src/core/department/model";
import { type SheetSnapshot, valueAt } from "../../../src/core/workbook/snapshot";
import { officeJsAdapter } from "../../support/adapters";
import { department, goal, indicator, insertDepartments } from "../../support/small-departments";
import { sheetOf } from "../grade/support";
import { NOW, rowOfText } from "./support";

jest.setTimeout(60_000);

const SOMU = [goal(1, "窓口の待ち時間短縮"), goal(2, "職員研修の充実")];
const midYear: Department = {
  ...department("総務部", 2025, SOMU, [
    { ...indicator(1, "待ち時間", 100, 0), actual: null, interimActual: 40 },
    { ...indicator(2, "研修", 10, 0), actual: null, interimActual: 4 },
  ]),
  interimDate: "2025/9/30",
};
const shimin = department("市民部", 2025, [goal(1, "地域活動の支援")], [indicator(1, "団体数", 50, 30)]);

async function consolidate(sheets: [string, Department][]) {
  const adapter = officeJsAdapter();
  await insertDepartments(adapter, sheets);
  const before = await adapter.read({ sheets: "all" });
  const run = planConsolidation(before, [{ kind: "this-workbook", snapshot: before }], { now: NOW });
  if (!run.ok) throw new Error(run.message.en);
  await adapter.apply(run.plan);
  return { result: run.result, summary: sheetOf(await adapter.read({ sheets: "all" }), run.result.summarySheet) };
}

/** The 部局別 header row and the rows under it, as far as the 取込元 column. */
function departmentTable(summary: SheetSnapshot, rows: number) {
  const header = rowOfText(summary, "部局");
  const width = Array.from({ length: 30 }, (_, c) => valueAt(summary, header, c)).indexOf("取込元") + 1;
  const row = (r: number) => Array.from({ length: width }, (_, c) => valueAt(summary, r, c));
  return { header: row(header), rows: Array.from({ length: rows }, (_, i) => row(header + 1 + i)) };
}

describe("a summary of departments at their mid-year check", () => {
  let result: ConsolidationResult;
  let summary: SheetSnapshot;
  beforeAll(async () => {
    ({ result, summary } = await consolidate([
      ["総務部", midYear],
      ["市民部", shimin],
    ]));
  });

  it("gives each department's interim as its sheet's grading does, and none to one without", () => {
    expect(result.departments.map((d) => [d.department, d.interim])).toEqual([
      ["総務部", { grade: "B", rate: 0.8, date: "2025-09-30" }],
      ["市民部", null],
    ]);
    // The year end is the year end's: 総務部 has no actual yet, 市民部 is C.
    expect(result.departments.map((d) => [d.grade, d.rate])).toEqual([
      [null, null],
      ["C", 0.6],
    ]);
  });

  it("prints 中間評価 right of 全体の達成度 in 部局別, blank for the department without one", () => {
    const { header, rows } = departmentTable(summary, 2);
    const at = header.indexOf("中間評価");
    expect(header[at - 1]).toBe("全体の達成度");
    expect(header.slice(at + 1)).toEqual(["年度", "評価尺度", "取込元"]);
    expect(rows.map((row) => [row[0], row[at]])).toEqual([
      ["総務部", "B"],
      ["市民部", null],
    ]);
    // 年度 keeps its 0"年度" format after the added column: still the year's number.
    expect(rows[0]![at + 1]).toBe(2025);
  });
});

describe("a summary where no department has a mid-year check", () => {
  it("has no 中間評価 column: 部局別 is as it was", async () => {
    const { result, summary } = await consolidate([["市民部", shimin]]);
    expect(result.departments[0]!.interim).toBeNull();
    expect(departmentTable(summary, 1).header).toEqual([
      "部局",
      "A",
      "B",
      "C",
      "D",
      "E",
      "未評価",
      "指標数",
      "重点目標数",
      "達成率",
      "全体の達成度",
      "年度",
      "評価尺度",
      "取込元",
    ]);
  });
});

describe("beside last year's columns", () => {
  it("each column keeps its number format: 達成率 and 前年度の達成率 as rates, the change in points, 年度 as a year", () => {
    const letters = ["A", "B", "C", "D", "E"];
    for (const withPrevious of [false, true]) {
      for (const withInterim of [false, true]) {
        const headers = departmentHeaders(letters, withPrevious, withInterim);
        const { formats } = departmentColumns(letters, withPrevious, withInterim);
        const named = Object.fromEntries(Object.entries(formats).map(([i, f]) => [headers[Number(i)], f]));
        expect(named).toEqual({
          達成率: RATE_FORMAT,
          年度: YEAR_FORMAT,
          ...(withPrevious ? { 前年度の達成率: RATE_FORMAT, "増減（ポイント）": POINTS_FORMAT } : {}),
        });
        expect(headers.includes("中間評価")).toBe(withInterim);
      }
    }
  });
});
