/**
 * Sheets laid out by hand, as cities keep them (fixtures from the seeds' text): found, read and graded
 * exactly like Tassei's own sheets, and never written. Every expected figure is worked out by hand in
 * the comments beside it.
 */
import { gradeSheet } from "../../../src/core/grade/grade-sheet";
import { findCellBlocks } from "../../../src/core/sheet/hand-made/blocks";
import { handMadeLayout, sheetFiscalYear } from "../../../src/core/sheet/hand-made";
import { headerMeaning } from "../../../src/core/sheet/hand-made/words";
import { readDepartmentSheet } from "../../../src/core/sheet/read-department";
import { isDepartmentSheet } from "../../../src/core/consolidate/find-sheets";
import type { SheetSnapshot } from "../../../src/core/workbook/snapshot";
import { gridSheet } from "../../support/grid-sheet";
import {
  HIRAKATA,
  HIRAKATA_SPRING,
  KASHIWARA,
  KASHIWARA_WITH_TABLES,
  KAWANISHI,
  KAWANISHI_YEAR_END,
  MEMO,
  PLAIN_LIST,
  TWO_ORDERS,
  TOYONAKA,
  TWO_ROW_HEADER,
  type HandMadeSheet,
} from "../../support/hand-made-workbooks";

const OPTIONS = { now: new Date("2026-03-31T09:00:00Z"), lowerIsBetter: "ratio" as const, mayConvert: () => true };

function sheetOf(fixture: HandMadeSheet): SheetSnapshot {
  return gridSheet(fixture.name, fixture.rows, fixture.at ? { at: fixture.at } : {});
}

function graded(fixture: HandMadeSheet) {
  const result = gradeSheet(sheetOf(fixture), OPTIONS);
  if (!result) throw new Error(`${fixture.name} was not graded`);
  return result;
}

function indicators(fixture: HandMadeSheet) {
  return graded(fixture).result.tables.flatMap((t) =>
    t.indicators.map((i) => ({ cell: i.cell, rateText: i.rateText, grade: i.grade, reason: i.reason })),
  );
}

describe("header words", () => {
  it.each([
    ["取り組みの成果を測る指標", "name", null],
    ["令和7年度目標値", "target", { kind: "year", year: 2025 }],
    ["令和6年度実績(参考)", "actual", { kind: "year", year: 2024 }],
    ["H29 実績", "actual", { kind: "year", year: 2017 }],
    ["R3 目標", "target", { kind: "year", year: 2021 }],
    ["目標(R7)", "target", { kind: "year", year: 2025 }],
    ["当年度目標", "target", { kind: "current" }],
    ["前年度実績(参考)", "actual", { kind: "previous" }],
    ["現状値", "baseline", null],
    ["進捗率", "rate", null],
    ["自己評価", "grade", null],
    ["令和7年度達成状況", "grade", { kind: "year", year: 2025 }],
    ["所管室・課", "section", null],
    ["担当課", "section", null],
    ["Ｎｏ．", "goalNo", null],
  ])("%s is %s", (text, key, year) => {
    expect(headerMeaning(text)).toMatchObject({ key, year, estimate: false });
  });

  it("reads 実績(見込み) as actuals that are estimates", () => {
    expect(headerMeaning("実績(見込み)")).toMatchObject({ key: "actual", year: null, estimate: true });
  });

  it.each(["課題・今後の方向性", "○後期基本計画の施策評価指標達成率", "打合せメモ", ""])("%s is no column", (text) => {
    expect(headerMeaning(text)).toBeNull();
  });
});

describe("the fiscal year, one rule", () => {
  it("reads the title first: 令和7年度 (2025年度) in A1", () => {
    expect(sheetFiscalYear(sheetOf(HIRAKATA))).toEqual({ year: 2025, source: "title", cell: "A1" });
  });

  it("then the column headers: H29 実績 … R3 目標 | R4 目標 is R3, the first year with a target and no actual", () => {
    expect(sheetFiscalYear(sheetOf(KAWANISHI))).toEqual({ year: 2021, source: "columns", cell: null });
  });

  it("then the latest year with both a target and an actual (R3 目標 | R3 実績)", () => {
    const renamed = { ...KAWANISHI_YEAR_END, name: "総合政策部" };
    expect(sheetFiscalYear(sheetOf(renamed))?.year).toBe(2021);
  });

  it("then the sheet's name, then the file's name", () => {
    const untitled = gridSheet("環境部 R8", [
      ["指標", "目標値", "実績値"],
      ["x", 1, 1],
    ]);
    expect(sheetFiscalYear(untitled)).toEqual({ year: 2026, source: "sheetName", cell: null });
    const anonymous = gridSheet("環境部", [
      ["指標", "目標値", "実績値"],
      ["x", 1, 1],
    ]);
    expect(sheetFiscalYear(anonymous)).toBeNull();
    expect(sheetFiscalYear(anonymous, "環境部_令和7年度.xlsx")).toEqual({ year: 2025, source: "fileName", cell: null });
  });

  it("says where to write the year when none is found", () => {
    const anonymous = gridSheet("環境部", [
      ["指標", "目標値", "実績値"],
      ["x", 1, 1],
    ]);
    const read = readDepartmentSheet(anonymous);
    expect(read.ok).toBe(false);
    expect(read.problems[0]?.message.ja).toContain("令和7年度");
    expect(read.problems[0]?.message.en).toContain("title");
  });
});

describe("枚方 (seed 002): a small table under each 重点的な取り組み", () => {
  it("finds one block per goal, each under its section title", () => {
    const blocks = findCellBlocks(sheetOf(HIRAKATA), 2025);
    expect(blocks.map((b) => [b.goal?.no, b.goal?.title, b.kpiColumns])).toEqual([
      [1, "全庁一丸となった子育てプロモーションの戦略的な展開", { name: 0, target: 1, baseline: 2, actual: 3 }],
      [2, "人権啓発の推進", { name: 0, target: 1, baseline: 2, actual: 3 }],
      [3, "いじめの未然防止・早期発見", { name: 0, target: 1, baseline: 2, actual: 3 }],
      [4, "広聴相談機能の充実", { name: 0, target: 1, baseline: 2, actual: 3 }],
    ]);
    // 令和6年度実績(参考) is last year's actual: the baseline, shown as such.
    expect(blocks[0]?.columns.map((c) => c.role)).toEqual(["name", "target", "baseline", "actual"]);
    expect(blocks[0]?.goal?.measureSheetCodes).toEqual(["29-01"]);
  });

  it("grades every indicator from the texts as typed", () => {
    expect(indicators(HIRAKATA)).toEqual([
      // 70,200 ÷ 65,000 = 1.08
      { cell: "D12", rateText: "108.0%", grade: "A", reason: null },
      // 504 ÷ 630 = 0.8 exactly: B (70% or more, under 100%)
      { cell: "D18", rateText: "80.0%", grade: "B", reason: null },
      // 延べ 14 ÷ 延べ 35 = 0.4: D
      { cell: "D19", rateText: "40.0%", grade: "D", reason: null },
      // 99%(見込み) ÷ 100% = 0.99: B, an estimate
      { cell: "D24", rateText: "99.0%", grade: "B", reason: null },
      // 作業中: no grade yet
      { cell: "D30", rateText: null, grade: null, reason: "actual_pending" },
    ]);
  });

  it("rolls up to the goals and the department by the same rule as Tassei's sheets", () => {
    const { result } = graded(HIRAKATA);
    expect(result.goals.map((g) => [g.no, g.grade, g.rateText])).toEqual([
      [1, "A", "100.0%"], // 108% capped at 100%
      [2, "C", "60.0%"], // (80% + 40%) ÷ 2
      [3, "B", "99.0%"],
      [4, null, null], // only a pending actual
      [5, null, null], // a goal with no indicator
    ]);
    // Department: goals with a grade, capped: (100% + 60% + 99%) ÷ 3 = 86.33…%
    expect(result.department).toMatchObject({ grade: "B", rateText: "86.3%" });
    expect(result.counts).toEqual({ A: 1, B: 2, C: 0, D: 1, E: 0, ungraded: 1 });
  });

  it("plans no write at all: a hand-made sheet owns no range", () => {
    const grade = graded(HIRAKATA);
    expect(grade.plan).toBeNull();
    expect(grade.conversions).toEqual([]);
    expect(grade.result.conversions).toEqual([]);
    expect(grade.result.restoredFormulas).toEqual([]);
  });

  it("reads the department: name from the title, year, goals with their 施策シート codes", () => {
    const read = readDepartmentSheet(sheetOf(HIRAKATA));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.department.name).toBe("市長公室");
    expect(read.department.fiscalYear).toBe(2025);
    expect(read.department.goals.map((g) => [g.no, g.measureSheetCodes])).toEqual([
      [1, ["29-01"]],
      [2, ["11-01"]],
      [3, ["16-05"]],
      [4, []],
      [5, []],
    ]);
    expect(read.department.indicators.map((i) => [i.goalNo, i.target, i.baseline])).toEqual([
      [1, "65,000 件", "62, 947 件"],
      [2, "630 人", "365 人"],
      [2, "延べ 35 人", "延べ18人"],
      [3, "100%", "99%(見込み) ※7月頃確定"],
      [4, "80%", "99. 2%"],
    ]);
  });

  it("in spring, with no 実績 column yet, lists every indicator as waiting for its actual", () => {
    expect(indicators(HIRAKATA_SPRING).map((i) => i.reason)).toEqual(["actual_missing", "actual_missing"]);
    expect(graded(HIRAKATA_SPRING).result.problems).toEqual([]);
  });
});

describe("川西 (seed 004): one column per year", () => {
  it("takes R3's target, R2's actual as the baseline, and keeps the other years as history", () => {
    const [block] = findCellBlocks(sheetOf(KAWANISHI), 2021);
    expect(block?.columns.map((c) => [c.header, c.role])).toEqual([
      ["指標", "name"],
      ["H29 実績", "history"],
      ["H30 実績", "history"],
      ["R1 実績", "history"],
      ["R2 実績", "baseline"],
      ["R3 目標", "target"],
      ["R4 目標", "history"],
    ]);
  });

  it("grades nothing before R3's actuals are in", () => {
    expect(indicators(KAWANISHI).every((i) => i.reason === "actual_missing")).toBe(true);
    expect(indicators(KAWANISHI)).toHaveLength(6);
  });

  it("grades R3 once its 実績 column is added", () => {
    expect(indicators(KAWANISHI_YEAR_END)).toEqual([
      { cell: "G6", rateText: null, grade: null, reason: "actual_pending" }, // 作業中
      { cell: "G7", rateText: "104.0%", grade: "A", reason: null }, // 13.0% ÷ 12.5%
      { cell: "G8", rateText: "96.0%", grade: "B", reason: null }, // 60.0% ÷ 62.5%
      { cell: "G9", rateText: "32.0%", grade: "D", reason: null }, // 6.4% ÷ 20.0%
    ]);
    // No goals on the sheet: the department is the indicators' capped mean, (100 + 96 + 32) ÷ 3 = 76%.
    expect(graded(KAWANISHI_YEAR_END).result.department).toMatchObject({ grade: "B", rateText: "76.0%" });
  });
});

describe("柏原 (seed 000): goal blocks with the letter typed by hand", () => {
  it("reads each goal's number, title, 分野, 総合計画 code and letter", () => {
    const read = readDepartmentSheet(sheetOf(KASHIWARA));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.department.name).toBe("政策推進部");
    expect(read.department.goals.map((g) => [g.no, g.title.slice(0, 10), g.field, g.masterPlanCodes])).toEqual([
      [1, "シティプロモーション", "市政運営", ["目標(5)"]],
      [2, "公民連携の充実による", "行財政運営", ["目標(5)"]],
      [3, "職員の能力向上", "行財政運営", ["目標(5)"]],
      [4, "防災対策の充実強化", "防災", ["目標(1)"]],
    ]);
  });

  it("grades each goal by its letter and the department from them", () => {
    const { result, plan } = graded(KASHIWARA);
    expect(result.goals.map((g) => [g.no, g.cell, g.grade, g.manual])).toEqual([
      [1, "G8", "A", true],
      [2, "G10", "B", true],
      [3, "G12", "C", true],
      [4, "G14", "E", true],
    ]);
    // A hand grade counts as its grade's lower bound, E as 0%: (100 + 70 + 50 + 0) ÷ 4 = 55%: C.
    expect(result.department).toMatchObject({ grade: "C", rateText: "55.0%" });
    expect(result.problems).toEqual([]);
    expect(plan).toBeNull();
  });
});

describe("柏原's goal blocks, each followed by its indicator table", () => {
  it("takes the indicators under a goal's block as that goal's, and rolls them up to it", () => {
    const { result } = graded(KASHIWARA_WITH_TABLES);
    // Goal 1: 700 ÷ 1,000 = 70% B and 4,000 ÷ 10,000 = 40% D → (70 + 40) ÷ 2 = 55%, C.
    // Goal 2: 10 ÷ 10 = 100%, A. Department: (55 + 100) ÷ 2 = 77.5%, B.
    expect(result.tables.flatMap((t) => t.indicators.map((i) => [i.name, i.goalNo, i.rateText, i.grade]))).toEqual([
      ["公式LINE登録者数", 1, "70.0%", "B"],
      ["ウェブサイト閲覧数", 1, "40.0%", "D"],
      ["公民連携協定件数", 2, "100.0%", "A"],
    ]);
    expect(result.goals.map((g) => [g.no, g.grade, g.rateText])).toEqual([
      [1, "C", "55.0%"],
      [2, "A", "100.0%"],
    ]);
    expect(result.department).toMatchObject({ grade: "B", rateText: "77.5%" });
  });

  it("leaves goal blocks listed together (柏原 as the seed prints it) without indicators of their own", () => {
    expect(graded(KASHIWARA).result.tables.flatMap((t) => t.indicators)).toEqual([]);
  });
});

describe("a plain list: header not on row 1, numbers as numbers and texts", () => {
  it("grades each row, with 方向 減少, full-width digits, an empty actual and typed letters", () => {
    expect(indicators(PLAIN_LIST)).toEqual([
      // lower is better: 850 ÷ 880 = 0.96590…
      { cell: "J5", rateText: "96.6%", grade: "B", reason: null },
      // "２０" ÷ "２５" = 0.8
      { cell: "J6", rateText: "80.0%", grade: "B", reason: null },
      { cell: "J7", rateText: null, grade: null, reason: "actual_missing" },
      // 年6回 ÷ 年10回 = 0.6: C, although B was typed (the problems list says so)
      { cell: "J8", rateText: "60.0%", grade: "C", reason: null },
      // no numbers, a letter typed: the letter is the grade
      { cell: "J9", rateText: null, grade: "A", reason: null },
    ]);
  });

  it("says where a typed letter disagrees with the computed grade", () => {
    const { problems } = graded(PLAIN_LIST).result;
    expect(problems.map((p) => [p.cell, p.reason])).toEqual([["J8", "typed_grade_differs"]]);
    expect(problems[0]?.message.ja).toContain("「B」");
    expect(problems[0]?.message.ja).toContain("「C」");
  });

  it("groups rows into goals by No. and 重点目標", () => {
    const { result } = graded(PLAIN_LIST);
    // Goal 1: (96.59% + 80%) ÷ 2 = 88.29…%; goal 2: 60% (the empty actual is left out); goal 3: A.
    expect(result.goals.map((g) => [g.no, g.title, g.grade, g.rateText])).toEqual([
      [1, "ごみの減量", "B", "88.3%"],
      [2, "脱炭素の推進", "C", "60.0%"],
      [3, "生物多様性の保全", "A", "100.0%"],
    ]);
    // (88.295…% + 60% + 100%) ÷ 3 = 82.76…%
    expect(result.department).toMatchObject({ grade: "B", rateText: "82.8%" });
  });
});

describe("other layouts real files have", () => {
  it("a header merged over two rows, with a spacer column", () => {
    const [block] = findCellBlocks(sheetOf(TWO_ROW_HEADER), 2025);
    expect(block?.headerRows).toBe(2);
    expect(block?.kpiColumns).toEqual({ name: 0, target: 2, actual: 3, grade: 4 });
    expect(indicators(TWO_ROW_HEADER)).toEqual([
      { cell: "E5", rateText: "80.0%", grade: "B", reason: null }, // 96戸 ÷ 120戸
      { cell: "E6", rateText: "41.7%", grade: "D", reason: null }, // 0.5km ÷ 1.2km
      { cell: "E7", rateText: "100.0%", grade: "A", reason: null }, // 30 ÷ 30
    ]);
  });

  it("two blocks whose columns stand in different orders", () => {
    expect(indicators(TWO_ORDERS)).toEqual([
      { cell: "C4", rateText: "75.0%", grade: "B", reason: null }, // 45% ÷ 60%
      { cell: "A8", rateText: "70.0%", grade: "B", reason: null }, // 210人 ÷ 300人
    ]);
    expect(graded(TWO_ORDERS).result.goals.map((g) => [g.no, g.title])).toEqual([
      [1, "健康寿命の延伸"],
      [2, "地域で支え合う福祉"],
    ]);
  });

  it("anywhere on the sheet: the same block moved to K40 reads the same", () => {
    const moved = gridSheet(PLAIN_LIST.name, PLAIN_LIST.rows, { at: { row: 39, column: 10 } });
    const result = gradeSheet(moved, OPTIONS)?.result;
    expect(result?.tables.flatMap((t) => t.indicators.map((i) => i.grade))).toEqual(["B", "B", null, "C", "A"]);
  });

  it("a memo is no department sheet", () => {
    expect(isDepartmentSheet(sheetOf(MEMO))).toBe(false);
    expect(gradeSheet(sheetOf(MEMO), OPTIONS)).toBeNull();
    expect(handMadeLayout(sheetOf(MEMO)).blocks).toEqual([]);
  });

  it.each([HIRAKATA, KAWANISHI, KASHIWARA, PLAIN_LIST, TWO_ROW_HEADER])("$name is a department sheet", (fixture) => {
    expect(isDepartmentSheet(sheetOf(fixture))).toBe(true);
  });
});

describe("豊中 (seed 003): a table of goals, no indicator", () => {
  it("reads each numbered goal's first line as its title and its 自己評価 letter as its grade", () => {
    const read = readDepartmentSheet(sheetOf(TOYONAKA));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    // 部局 | 都市経営部 names the department; the year comes from the sheet's name, 都市経営部 R5.
    expect(read.department).toMatchObject({ name: "都市経営部", fiscalYear: 2023 });
    expect(read.department.goals.map((g) => [g.no, g.title])).toEqual([
      [1, "効果的・効率的な政策マネジメントの推進"],
      [2, "多様な主体との連携を強化"],
    ]);
    const { result, plan } = graded(TOYONAKA);
    expect(result.goals.map((g) => [g.no, g.cell, g.grade])).toEqual([
      [1, "E5", "A"],
      [2, "E7", "B"],
    ]);
    // A counts 100%, B its lower bound 70%: (100 + 70) ÷ 2 = 85%: B.
    expect(result.department).toMatchObject({ grade: "B", rateText: "85.0%" });
    expect(plan).toBeNull();
  });

  it("without a 評価 column, lists the goals as not graded yet instead of refusing the sheet", () => {
    const ungraded = { ...TOYONAKA, rows: TOYONAKA.rows.map((row) => row.slice(0, 4)) };
    expect(isDepartmentSheet(sheetOf(ungraded))).toBe(true);
    const { result } = graded(ungraded);
    expect(result.goals.map((g) => [g.no, g.grade, g.reason])).toEqual([
      [1, null, "no_gradable_indicator"],
      [2, null, "no_gradable_indicator"],
    ]);
    expect(result.department.grade).toBeNull();
  });
});

describe("regressions found in review", () => {
  it("never takes a header cell for the title: the year comes from the columns", () => {
    const sheet = gridSheet("環境部", [
      ["環境部 重点目標"],
      [],
      ["指標", "令和6年度実績", "令和7年度目標", "令和7年度実績"],
      ["リサイクル率", "20%", "25%", "20%"],
    ]);
    expect(sheetFiscalYear(sheet)).toMatchObject({ year: 2025, source: "columns" });
    // 20% ÷ 25% = 80%: the R7 target is graded, R6's actual is the baseline.
    expect(gradeSheet(sheet, OPTIONS)?.result.tables[0]?.indicators.map((i) => [i.rateText, i.grade])).toEqual([
      ["80.0%", "B"],
    ]);
  });

  it("never takes a data row without numbers for the second half of a header", () => {
    const rows = HIRAKATA.rows.map((row, i) => (i === 11 ? [...row, "※速報値"] : row));
    const sheet = gridSheet(HIRAKATA.name, rows);
    expect(gradeSheet(sheet, OPTIONS)?.result.tables[0]?.indicators.map((i) => i.name)).toEqual([
      "シティプロモーションサイト へのアクセス数",
    ]);
  });

  it("reads goal titles with full-width numbers, never a header as a goal, and never ends a list at its goal column", () => {
    const sheet = gridSheet("子育て部", [
      ["令和7年度 子育て部の運営方針"],
      ["重点目標１：子育て支援の充実"],
      ["指標", "目標値", "実績値"],
      ["保育所待機児童数の解消", "0人", "0人"],
      [],
      ["重点目標 No.", "指標", "目標値", "実績値"],
      ["重点目標2 地域の見守り", "見守り協力店の数", "120店", "90店"],
      ["重点目標2 地域の見守り", "見守り講座の参加者数", "300人", "330人"],
    ]);
    const { result } = gradeSheet(sheet, OPTIONS) ?? { result: null };
    expect(result?.goals.map((g) => [g.no, g.title])).toEqual([[1, "子育て支援の充実"]]);
    expect(result?.tables.map((t) => t.indicators.length)).toEqual([1, 2]);
  });

  it("links a plain list's rows to its goals without a No. column", () => {
    const sheet = gridSheet("環境部", [
      ["令和7年度 環境部"],
      ["重点目標", "指標", "目標値", "実績値"],
      ["ごみの減量", "リサイクル率", "25%", "20%"],
      ["ごみの減量", "資源回収量", "100t", "100t"],
      ["脱炭素の推進", "太陽光発電設備の導入数", "10施設", "5施設"],
    ]);
    const result = gradeSheet(sheet, OPTIONS)?.result;
    // Goal 1: (80% + 100%) ÷ 2 = 90%: B; goal 2: 50%: C.
    expect(result?.goals.map((g) => [g.no, g.title, g.grade, g.rateText])).toEqual([
      [1, "ごみの減量", "B", "90.0%"],
      [2, "脱炭素の推進", "C", "50.0%"],
    ]);
    const read = readDepartmentSheet(sheet);
    expect(read.ok && read.department.indicators.map((i) => i.goalNo)).toEqual([1, 1, 2]);
  });

  it("keeps a row whose 目標No. is no whole number under its section's goal, in grading and in the model alike", () => {
    const sheet = gridSheet("市長公室", [
      ["令和7年度 市長公室"],
      ["重点的な取り組み:広報の充実"],
      ["目標No.", "指標", "目標値", "実績値"],
      ["1-1", "広報紙の閲覧率", "50%", "45%"],
    ]);
    expect(gradeSheet(sheet, OPTIONS)?.result.goals.map((g) => [g.no, g.grade])).toEqual([[1, "B"]]);
    const read = readDepartmentSheet(sheet);
    expect(read.ok && read.department.indicators.map((i) => [i.goalNo, i.name])).toEqual([[1, "広報紙の閲覧率"]]);
  });

  it("takes 目標値 over a bare 目標, which is then the row's goal, and reads no goal block there", () => {
    const sheet = gridSheet("都市整備部", [
      ["令和7年度 都市整備部"],
      ["分野", "目標", "指標", "目標値", "実績値", "評価"],
      ["都市基盤", "安全な道路", "舗装補修延長", "10km", "8km", "B"],
    ]);
    const [block] = findCellBlocks(sheet, 2025);
    expect(block?.kpiColumns).toMatchObject({ name: 2, target: 3, actual: 4, grade: 5 });
    expect(block?.goalTitleColumn).toBe(1);
    const result = gradeSheet(sheet, OPTIONS)?.result;
    expect(result?.goals.map((g) => [g.no, g.title, g.grade])).toEqual([[1, "安全な道路", "B"]]);
    expect(result?.problems).toEqual([]);
  });

  it("grades a plan's final-year target, 目標値(R9), and 当年度 columns with no year known", () => {
    const final = gridSheet("環境部", [
      ["令和6年度 環境部"],
      ["指標", "目標値(R9)", "実績(R6)"],
      ["太陽光発電設備の導入数", "20施設", "15施設"],
    ]);
    // 15 ÷ 20 = 75%: B
    expect(gradeSheet(final, OPTIONS)?.result.tables[0]?.indicators.map((i) => i.grade)).toEqual(["B"]);
    const current = gridSheet("環境部", [
      ["指標", "当年度目標", "当年度実績"],
      ["講座の参加者数", "100人", "100人"],
    ]);
    expect(findCellBlocks(current, null)[0]?.kpiColumns).toMatchObject({ target: 1, actual: 2 });
  });

  it.each(["所管部局", "担当部", "各部局の取組"])("never names the department %s", (text) => {
    const sheet = gridSheet("福祉部", [[`令和7年度 ${text}`], ["指標", "目標値", "実績値"], ["x", 1, 1]]);
    expect(readDepartmentSheet(sheet)).toMatchObject({ ok: true, department: { name: "福祉部" } });
  });

  it("numbers a goal written without a number after those written with one", () => {
    const sheet = gridSheet("子育て部", [
      ["令和7年度"],
      ["重点目標：総論"],
      ["重点目標1：子育て"],
      ["指標", "目標値", "実績値"],
      ["保育所の定員", "100人", "100人"],
    ]);
    const result = gradeSheet(sheet, OPTIONS)?.result;
    expect(result?.goals.map((g) => [g.no, g.title, g.grade])).toEqual([
      [1, "子育て", "A"],
      [2, "総論", null],
    ]);
  });
});

describe("未評価: indicators waiting for their actual are listed, with the cell to fill in", () => {
  it("lists 作業中 and a missing actual apart from what must be fixed", () => {
    const { result } = graded(HIRAKATA);
    // 相談者満足度's actual is 作業中 (D30); nothing needs fixing.
    expect(result.problems).toEqual([]);
    expect(result.waiting.map((w) => [w.cell, w.reason])).toEqual([["D30", "actual_pending"]]);
    expect(result.waiting[0]?.message.ja).toContain("相談者満足度");
    // In spring the table has no 実績 column yet: the indicator's own cell is named.
    expect(graded(HIRAKATA_SPRING).result.waiting.map((w) => [w.cell, w.reason])).toEqual([
      ["A5", "actual_missing"],
      ["A9", "actual_missing"],
    ]);
  });
});
