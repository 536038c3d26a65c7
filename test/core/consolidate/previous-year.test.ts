/**
 * Last year beside this year (#19). Two departments in 令和7年度, one of them also in 令和6年度, and a sheet
 * of 令和5年度; every figure below is worked out by hand:
 *
 * - 総務部 R6: 窓口の待ち時間短縮 80/100 = 80% → B; 職員研修の充実 10/10 → A. Department (80 + 100) ÷ 2 = 90% → B.
 * - 総務部 R7: 窓口の待ち時間短縮 100/100 → A (newly at the top, from B); 職員研修の充実 4/10 = 40% → D (fell
 *   to the bottom, from A). Department (100 + 40) ÷ 2 = 70% → B; change 70 − 90 = −20.0 points.
 * - 市民部 R7 only: 地域活動の支援 30/50 = 60% → C; no year before.
 * - City R7: (70 + 60) ÷ 2 = 65% → C. City R6 (総務部 alone): 90% → B. Change −25.0 points.
 * - Indicators R7: A 1, C 1, D 1 (3); R6: A 1, B 1 (2). Changes: B −1, C +1, D +1, total +1.
 * - 総務部 R5 is neither this year nor the year before: skipped, never compared — but shown across the
 *   years: 待ち時間 10/100 = 10% → D, 研修 1/10 = 10% → D, the department (10 + 10) ÷ 2 = 10% → D.
 */
import { planConsolidation } from "../../../src/core/consolidate";
import type { ConsolidationResult } from "../../../src/core/consolidate";
import type { Department } from "../../../src/core/department/model";
import { type SheetSnapshot, valueAt } from "../../../src/core/workbook/snapshot";
import { officeJsAdapter } from "../../support/adapters";
import { department, goal, indicator, insertDepartments } from "../../support/small-departments";
import { sheetOf } from "../grade/support";
import { NOW, rowOfText, rowsOf } from "./support";

jest.setTimeout(60_000);

const SOMU = [goal(1, "窓口の待ち時間短縮"), goal(2, "職員研修の充実")];
const SHEETS: [string, Department][] = [
  ["総務部 R5", department("総務部", 2023, SOMU, [indicator(1, "待ち時間", 100, 10), indicator(2, "研修", 10, 1)])],
  ["総務部 R6", department("総務部", 2024, SOMU, [indicator(1, "待ち時間", 100, 80), indicator(2, "研修", 10, 10)])],
  ["総務部", department("総務部", 2025, SOMU, [indicator(1, "待ち時間", 100, 100), indicator(2, "研修", 10, 4)])],
  ["市民部", department("市民部", 2025, [goal(1, "地域活動の支援")], [indicator(1, "団体数", 50, 30)])],
];

let result: ConsolidationResult;
let summary: SheetSnapshot;

beforeAll(async () => {
  const adapter = officeJsAdapter();
  await insertDepartments(adapter, SHEETS);
  const before = await adapter.read({ sheets: "all" });
  const run = planConsolidation(before, [{ kind: "this-workbook", snapshot: before }], { now: NOW });
  if (!run.ok) throw new Error(run.message.en);
  result = run.result;
  await adapter.apply(run.plan);
  summary = sheetOf(await adapter.read({ sheets: "all" }), result.summarySheet);
});

describe("a summary with the year before among its sources", () => {
  it("consolidates this year, compares with the year before and skips older years", () => {
    expect(result.fiscalYear).toBe(2025);
    expect(result.sources.map((s) => [s.sheet, s.status])).toEqual([
      ["総務部 R5", "skipped"],
      ["総務部 R6", "previous"],
      ["総務部", "ok"],
      ["市民部", "ok"],
    ]);
    expect(result.departments.map((d) => [d.department, d.rate, d.grade, d.previous])).toEqual([
      ["総務部", 0.7, "B", { fiscalYear: 2024, rate: 0.9, grade: "B" }],
      ["市民部", 0.6, "C", null],
    ]);
  });

  it("gives the city's figures of both years, never adding last year in", () => {
    expect([result.city.rateText, result.city.grade]).toEqual(["65.0%", "C"]);
    expect(result.city.indicators).toEqual({ counts: { A: 1, B: 0, C: 1, D: 1, E: 0, ungraded: 0 }, total: 3 });
    expect(result.city.previous).toEqual({
      fiscalYear: 2024,
      rate: 0.9,
      rateText: "90.0%",
      grade: "B",
      indicators: { counts: { A: 1, B: 1, C: 0, D: 0, E: 0, ungraded: 0 }, total: 2 },
      goals: { counts: { A: 1, B: 1, C: 0, D: 0, E: 0, ungraded: 0 }, total: 2 },
    });
  });

  it("names the goals and indicators newly at the top and those fallen to the bottom", () => {
    // 待ち時間 80% (B) → 100% (A) and its goal with it; 研修 100% (A) → 40% (D) and its goal with it.
    expect(result.changes.map((c) => [c.kind, c.what, c.no, c.title, c.previousGrade, c.grade])).toEqual([
      ["newly_top", "goal", 1, "窓口の待ち時間短縮", "B", "A"],
      ["newly_top", "indicator", null, "待ち時間", "B", "A"],
      ["fell_to_bottom", "goal", 2, "職員研修の充実", "A", "D"],
      ["fell_to_bottom", "indicator", null, "研修", "A", "D"],
    ]);
    expect(result.changes.map((c) => c.link?.sheet)).toEqual(["総務部", "総務部", "総務部", "総務部"]);
  });

  it("shows it all on the sheet: counts and changes, last year's rates, the goals that moved", () => {
    const city = rowOfText(summary, "全庁");
    expect(rowsOf(summary, city, 9, 8)).toEqual([
      ["全庁", "A", "B", "C", "D", "E", "未評価", "計"],
      ["指標", 1, 0, 1, 1, 0, 0, 3],
      ["割合", 1 / 3, 0, 1 / 3, 1 / 3, 0, 0, 1],
      ["前年度", 1, 1, 0, 0, 0, 0, 2],
      ["増減", 0, -1, 1, 1, 0, 0, 1],
      ["重点目標", 1, 0, 1, 1, 0, 0, 3],
      ["割合", 1 / 3, 0, 1 / 3, 1 / 3, 0, 0, 1],
      ["前年度", 1, 1, 0, 0, 0, 0, 2],
      ["増減", 0, -1, 1, 1, 0, 0, 1],
    ]);
    // Each department's shares: 総務部 A 1 and D 1 of 2 indicators, 市民部 C 1 of 1.
    const shares = rowOfText(summary, "部局別（指標の達成度別割合）");
    expect(rowsOf(summary, shares + 1, 3, 7)).toEqual([
      ["部局", "A", "B", "C", "D", "E", "未評価"],
      ["総務部", 0.5, 0, 0, 0.5, 0, 0],
      ["市民部", 0, 0, 1, 0, 0, 0],
    ]);
    const rate = rowOfText(summary, "全庁の達成率");
    expect(rowsOf(summary, rate, 2, 5)[1]).toEqual(["前年度（令和6年度）の達成率", 0.9, "前年度の達成度", "B", -25]);

    const header = rowOfText(summary, "部局");
    const headers = rowsOf(summary, header, 1, 15)[0]!;
    const column = (name: string) => headers.indexOf(name);
    expect(headers.slice(column("達成率"), column("年度") + 1)).toEqual([
      "達成率",
      "全体の達成度",
      "前年度の達成率",
      "前年度の達成度",
      "増減（ポイント）",
      "年度",
    ]);
    const somu = rowsOf(summary, header + 1, 1, 15)[0]!;
    expect(somu.slice(column("達成率"), column("年度") + 1)).toEqual([0.7, "B", 0.9, "B", -20, 2025]);
    const shimin = rowsOf(summary, header + 2, 1, 15)[0]!;
    expect(shimin.slice(column("達成率"), column("年度") + 1)).toEqual([0.6, "C", null, null, null, 2025]);

    const changes = rowOfText(summary, "前年度からの変化（重点目標・指標）");
    expect(rowsOf(summary, changes + 1, 5, 7)).toEqual([
      ["変化", "区分", "部局", "No.", "名称", "前年度", "今年度"],
      ["新たに最上位", "重点目標", "総務部", 1, "窓口の待ち時間短縮", "B", "A"],
      ["新たに最上位", "指標", "総務部", null, "待ち時間", "B", "A"],
      ["最下位・未実施に低下", "重点目標", "総務部", 2, "職員研修の充実", "A", "D"],
      ["最下位・未実施に低下", "指標", "総務部", null, "研修", "A", "D"],
    ]);
    const sourcesAt = rowOfText(summary, "取込元");
    const statuses = rowsOf(summary, sourcesAt + 2, 4, 8).map((line) => line[7]);
    expect(statuses).toEqual(["他の年度のため対象外", "前年度（比較のみ、集計に含めない）", "集計済み", "集計済み"]);
    expect(valueAt(summary, changes, 0)).toBe("前年度からの変化（重点目標・指標）");
  });
});

describe("several years of a department side by side", () => {
  it("gives its rates and grades of every year, oldest first, the department's and each indicator's", () => {
    expect(result.history?.years).toEqual([2023, 2024, 2025]);
    // 市民部 has one year only: not in the table.
    expect(result.history?.departments).toEqual([
      {
        department: "総務部",
        years: [
          { rate: 0.1, rateText: "10.0%", grade: "D" },
          { rate: 0.9, rateText: "90.0%", grade: "B" },
          { rate: 0.7, rateText: "70.0%", grade: "B" },
        ],
        indicators: [
          {
            name: "待ち時間",
            years: [
              { rate: 0.1, rateText: "10.0%", grade: "D" },
              { rate: 0.8, rateText: "80.0%", grade: "B" },
              { rate: 1, rateText: "100.0%", grade: "A" },
            ],
          },
          {
            name: "研修",
            years: [
              { rate: 0.1, rateText: "10.0%", grade: "D" },
              { rate: 1, rateText: "100.0%", grade: "A" },
              { rate: 0.4, rateText: "40.0%", grade: "D" },
            ],
          },
        ],
      },
    ]);
  });

  it("shows them as tables on the summary and draws the departments' rates as lines, this year's figures kept", () => {
    const top = rowOfText(summary, "年度推移（部局の達成率）");
    expect(rowsOf(summary, top + 1, 2, 5)).toEqual([
      ["部局", "令和5年度", "令和6年度", "令和7年度", "達成度の推移"],
      ["総務部", 0.1, 0.9, 0.7, "D → B → B"],
    ]);
    const indicators = rowOfText(summary, "年度推移（指標の達成率）");
    expect(rowsOf(summary, indicators + 1, 3, 6)).toEqual([
      ["部局", "指標", "令和5年度", "令和6年度", "令和7年度", "達成度の推移"],
      ["総務部", "待ち時間", 0.1, 0.8, 1, "D → B → A"],
      ["総務部", "研修", 0.1, 1, 0.4, "D → A → D"],
    ]);
    expect(result.departments.map((d) => [d.department, d.rate])).toEqual([
      ["総務部", 0.7],
      ["市民部", 0.6],
    ]);
  });
});

/**
 * One name under two goals, and twice under one goal (a tester's case): an indicator is the same across
 * years by its goal's number and its name, and two of one name under one goal pair off in their order.
 * Every figure worked out by hand:
 *
 * - 福祉部 R7: 参加者数 of goal 1 (高齢者の見守り) 100/100 = 100% → A; 参加者数 of goal 2 (子育て支援の充実)
 *   40/100 = 40% → D. Goals A and D; department (100 + 40) ÷ 2 = 70% → B.
 * - 福祉部 R8: goal 1's 40/100 = 40% → D (fell to the bottom, from A); goal 2's 100/100 → A (newly at the
 *   top, from D). Goals D and A; department 70% → B.
 * - 教育部 R7: under goal 1 (生涯学習の推進) 講座数 twice: the first 100/100 → A, the second 40/100 → D.
 *   Goal (100 + 40) ÷ 2 = 70% → B; department 70% → B.
 * - 教育部 R8: the first 40/100 → D (fell, from A), the second 100/100 → A (newly top, from D). Goal and
 *   department 70% → B, no change.
 */
describe("indicators of the same name under two goals, or twice under one", () => {
  const FUKUSHI = [goal(1, "高齢者の見守り"), goal(2, "子育て支援の充実")];
  const KYOIKU = [goal(1, "生涯学習の推進")];
  const TWO_YEARS: [string, Department][] = [
    [
      "福祉部 R7",
      department("福祉部", 2025, FUKUSHI, [indicator(1, "参加者数", 100, 100), indicator(2, "参加者数", 100, 40)]),
    ],
    [
      "福祉部",
      department("福祉部", 2026, FUKUSHI, [indicator(1, "参加者数", 100, 40), indicator(2, "参加者数", 100, 100)]),
    ],
    [
      "教育部 R7",
      department("教育部", 2025, KYOIKU, [indicator(1, "講座数", 100, 100), indicator(1, "講座数", 100, 40)]),
    ],
    ["教育部", department("教育部", 2026, KYOIKU, [indicator(1, "講座数", 100, 40), indicator(1, "講座数", 100, 100)])],
  ];

  let twice: ConsolidationResult;
  let sheet: SheetSnapshot;

  beforeAll(async () => {
    const adapter = officeJsAdapter();
    await insertDepartments(adapter, TWO_YEARS);
    const before = await adapter.read({ sheets: "all" });
    const run = planConsolidation(before, [{ kind: "this-workbook", snapshot: before }], { now: NOW });
    if (!run.ok) throw new Error(run.message.en);
    twice = run.result;
    await adapter.apply(run.plan);
    sheet = sheetOf(await adapter.read({ sheets: "all" }), twice.summarySheet);
  });

  it("names every change, each indicator compared with its own last year", () => {
    expect(twice.fiscalYear).toBe(2026);
    expect(
      twice.changes.map((c) => [c.kind, c.what, c.department, c.no, c.title, c.place, c.previousGrade, c.grade]),
    ).toEqual([
      ["newly_top", "goal", "福祉部", 2, "子育て支援の充実", undefined, "D", "A"],
      ["newly_top", "indicator", "福祉部", null, "参加者数", { goalNo: 2, nth: null }, "D", "A"],
      ["newly_top", "indicator", "教育部", null, "講座数", { goalNo: 1, nth: 2 }, "D", "A"],
      ["fell_to_bottom", "goal", "福祉部", 1, "高齢者の見守り", undefined, "A", "D"],
      ["fell_to_bottom", "indicator", "福祉部", null, "参加者数", { goalNo: 1, nth: null }, "A", "D"],
      ["fell_to_bottom", "indicator", "教育部", null, "講座数", { goalNo: 1, nth: 1 }, "A", "D"],
    ]);
    const changes = rowOfText(sheet, "前年度からの変化（重点目標・指標）");
    expect(rowsOf(sheet, changes + 1, 7, 7)).toEqual([
      ["変化", "区分", "部局", "No.", "名称", "前年度", "今年度"],
      ["新たに最上位", "重点目標", "福祉部", 2, "子育て支援の充実", "D", "A"],
      ["新たに最上位", "指標", "福祉部", null, "参加者数（目標2）", "D", "A"],
      ["新たに最上位", "指標", "教育部", null, "講座数（目標1・2番目）", "D", "A"],
      ["最下位・未実施に低下", "重点目標", "福祉部", 1, "高齢者の見守り", "A", "D"],
      ["最下位・未実施に低下", "指標", "福祉部", null, "参加者数（目標1）", "A", "D"],
      ["最下位・未実施に低下", "指標", "教育部", null, "講座数（目標1・1番目）", "A", "D"],
    ]);
  });

  it("lists each indicator across the years with its own figures, saying which goal it belongs to", () => {
    expect(twice.history?.years).toEqual([2025, 2026]);
    const a = { rate: 1, rateText: "100.0%", grade: "A" };
    const d = { rate: 0.4, rateText: "40.0%", grade: "D" };
    const b = { rate: 0.7, rateText: "70.0%", grade: "B" };
    expect(twice.history?.departments).toEqual([
      {
        department: "福祉部",
        years: [b, b],
        indicators: [
          { name: "参加者数", place: { goalNo: 1, nth: null }, years: [a, d] },
          { name: "参加者数", place: { goalNo: 2, nth: null }, years: [d, a] },
        ],
      },
      {
        department: "教育部",
        years: [b, b],
        indicators: [
          { name: "講座数", place: { goalNo: 1, nth: 1 }, years: [a, d] },
          { name: "講座数", place: { goalNo: 1, nth: 2 }, years: [d, a] },
        ],
      },
    ]);
    const indicators = rowOfText(sheet, "年度推移（指標の達成率）");
    expect(rowsOf(sheet, indicators + 1, 5, 5)).toEqual([
      ["部局", "指標", "令和7年度", "令和8年度", "達成度の推移"],
      ["福祉部", "参加者数（目標1）", 1, 0.4, "A → D"],
      ["福祉部", "参加者数（目標2）", 0.4, 1, "D → A"],
      ["教育部", "講座数（目標1・1番目）", 1, 0.4, "A → D"],
      ["教育部", "講座数（目標1・2番目）", 0.4, 1, "D → A"],
    ]);
  });
});

/**
 * Goals renumbered between years (a goal dropped, the next moves up): an indicator whose name is found once
 * is still itself. 高齢福祉部 R7: goal 1 防災訓練 (訓練回数 2/2 → A), goal 2 高齢者の見守り (見守り訪問件数
 * 100/100 → A). R8: only goal 1 高齢者の見守り, 見守り訪問件数 40/100 = 40% → D: fallen to the bottom, from A.
 */
describe("an indicator whose goal was renumbered", () => {
  it("is compared with its own last year, and listed across the years", async () => {
    const adapter = officeJsAdapter();
    await insertDepartments(adapter, [
      [
        "高齢福祉部 R7",
        department(
          "高齢福祉部",
          2025,
          [goal(1, "防災訓練"), goal(2, "高齢者の見守り")],
          [indicator(1, "訓練回数", 2, 2), indicator(2, "見守り訪問件数", 100, 100)],
        ),
      ],
      [
        "高齢福祉部",
        department("高齢福祉部", 2026, [goal(1, "高齢者の見守り")], [indicator(1, "見守り訪問件数", 100, 40)]),
      ],
    ]);
    const before = await adapter.read({ sheets: "all" });
    const run = planConsolidation(before, [{ kind: "this-workbook", snapshot: before }], { now: NOW });
    if (!run.ok) throw new Error(run.message.en);
    const fell = run.result.changes
      .filter((c) => c.what === "indicator")
      .map((c) => [c.kind, c.title, c.previousGrade, c.grade]);
    expect(fell).toEqual([["fell_to_bottom", "見守り訪問件数", "A", "D"]]);
    const rows = run.result.history?.departments[0]?.indicators.map((i) => [
      i.name,
      i.years.map((y) => y?.grade ?? null),
    ]);
    expect(rows).toEqual([["見守り訪問件数", ["A", "D"]]]);
  });
});
