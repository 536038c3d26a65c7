/**
 * Which sheets are department sheets (the pane's tick list), and the small rules the summary's numbers
 * rest on: the letters of several scales, a goal's rate from its text, the
 * natural order of plan codes.
 */
import { findDepartmentSheets, planConsolidation } from "../../../src/core/consolidate";
import { naturalCompare, unionLetters } from "../../../src/core/consolidate/aggregate";
import { rateOfText } from "../../../src/core/rules";
import { LOG_SHEET_NAME } from "../../../src/core/grade";
import { PRESET_SCALES } from "../../../src/core/rules";
import { planDepartmentSheet } from "../../../src/core/sheet/department-sheet";
import { emptySheetPlan } from "../../../src/core/workbook/plan";
import { FORMULA_TEXT_UNKNOWN, type SheetSnapshot, type WorkbookSnapshot } from "../../../src/core/workbook/snapshot";
import { seed003ToyonakaToshikeieiR5 } from "../../../src/samples";
import { sampleWorkbookPlan } from "../../../src/samples/workbook";
import { snapshotOfPlan } from "../sheet/support";
import { NOW } from "./support";

const plain = (name: string, properties: Record<string, string> = {}): SheetSnapshot =>
  snapshotOfPlan({
    ...emptySheetPlan(name, "create"),
    blocks: [{ anchor: { row: 0, column: 0 }, rows: [["メモ"]] }],
    properties,
  });

function book(sheets: readonly SheetSnapshot[], tabOrder: readonly string[]): WorkbookSnapshot {
  return {
    sheetNames: tabOrder,
    tableNames: sheets.flatMap((s) => s.tables.map((t) => t.name)),
    sheets: sheets.map((s) => ({ ...s, position: tabOrder.indexOf(s.name) })),
    activeSheet: null,
    structureProtected: false,
  };
}

describe("findDepartmentSheets", () => {
  const seeds = sampleWorkbookPlan().sheets.map(snapshotOfPlan);
  const [r7, h25, shichokoshitsu, toshikeiei, sogoseisaku] = seeds as [
    SheetSnapshot,
    SheetSnapshot,
    SheetSnapshot,
    SheetSnapshot,
    SheetSnapshot,
  ];

  it("lists Tassei's department sheets in tab order, never the summary, the log or other sheets", () => {
    const tabs = [
      "全庁サマリー",
      "総合政策部",
      "メモ",
      "政策推進部",
      LOG_SHEET_NAME,
      "市長公室",
      "政策推進部 平成25年度",
      "都市経営部",
      "未読",
    ];
    const snapshot = book(
      [
        ...seeds,
        plain("メモ"),
        plain("全庁サマリー", { "tassei.kind": "summary" }),
        plain(LOG_SHEET_NAME, { "tassei.kind": "log" }),
      ],
      tabs,
    );
    expect(findDepartmentSheets(snapshot)).toEqual([
      { sheet: "総合政策部", department: "総合政策部", fiscalYear: 2021 },
      { sheet: "政策推進部", department: "政策推進部", fiscalYear: 2025 },
      { sheet: "市長公室", department: "市長公室", fiscalYear: 2025 },
      { sheet: "政策推進部 平成25年度", department: "政策推進部", fiscalYear: 2013 },
      { sheet: "都市経営部", department: "都市経営部", fiscalYear: 2023 },
    ]);
    expect([r7, h25, shichokoshitsu, toshikeiei, sogoseisaku].every((s) => s.properties["tassei.kind"])).toBe(true);
  });

  it("finds a KPI table a person copied by its headers, on a sheet without metadata or header block", () => {
    const copied = snapshotOfPlan(
      planDepartmentSheet(seed003ToyonakaToshikeieiR5.department, {
        sheetName: "コピー",
        sheetId: "copy",
        layouts: { header: false, goals: false, kgi: false },
      }),
    );
    const snapshot = book([{ ...copied, properties: {} }, plain("メモ")], ["メモ", "コピー"]);
    // No 部 or 年度 cell and no metadata: both come from the title row, 都市経営部 令和5年度 (2023年度) 運営方針.
    expect(findDepartmentSheets(snapshot)).toEqual([{ sheet: "コピー", department: "都市経営部", fiscalYear: 2023 }]);
  });

  it("gives the same departments and grades when formulas were read only as present (lean read)", () => {
    const lean = (s: SheetSnapshot): SheetSnapshot => ({
      ...s,
      formulas: s.formulas.map((row) => row.map((f) => (f === null ? null : FORMULA_TEXT_UNKNOWN))),
    });
    const names = seeds.map((s) => s.name);
    const full = book(seeds, names);
    const presence = book(seeds.map(lean), names);
    expect(findDepartmentSheets(presence)).toEqual(findDepartmentSheets(full));
    const a = planConsolidation(full, [{ kind: "this-workbook", snapshot: full }], { now: NOW });
    const b = planConsolidation(presence, [{ kind: "this-workbook", snapshot: presence }], { now: NOW });
    if (!a.ok || !b.ok) throw new Error("not consolidated");
    expect(b.result).toEqual(a.result);
    expect(b.plan).toEqual(a.plan);
  });
});

describe("the summary's small rules", () => {
  it("letters: each scale's grades then its not-carried-out letter, scale after scale, once each", () => {
    expect(unionLetters([PRESET_SCALES.default, PRESET_SCALES["qualitative-5"]])).toEqual([
      "A",
      "B",
      "C",
      "D",
      "E",
      "S",
    ]);
    expect(unionLetters([PRESET_SCALES["points-7"]])).toEqual(["7", "6", "5", "4", "3", "2", "1", "0"]);
    expect(unionLetters([])).toEqual([]);
  });

  it("a goal's rate is its rate text as a number, so 0.0% shows what the text shows", () => {
    expect(rateOfText("99.9%")).toBe(0.999);
    expect(rateOfText("328.8%")).toBe(3.288);
    expect(rateOfText("-12.5%")).toBe(-0.125);
    expect(rateOfText(null)).toBeNull();
    expect(rateOfText("作業中")).toBeNull();
  });

  it("codes in natural order: digit runs as numbers", () => {
    const codes = ["5-2-(10)", "64", "5-2-(9)", "(5)", "7", "2-4-(1)", "07", "A-1"];
    expect([...codes].sort(naturalCompare)).toEqual(["(5)", "2-4-(1)", "5-2-(9)", "5-2-(10)", "7", "07", "64", "A-1"]);
  });
});
