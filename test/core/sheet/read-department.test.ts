/**
 * Reading a department sheet a person has worked on: wrong words, missing names, numbers that are not
 * numbers, sorted rows, conflicting copies of a goal's columns, hand grades beside the Grade job's
 * formulas, copied tables. Every problem names its cell, in Japanese and English.
 */
import { DepartmentSchema } from "../../../src/core/department/model";
import { planDepartmentSheet } from "../../../src/core/sheet/department-sheet";
import { findKpiTables } from "../../../src/core/sheet/find-tables";
import { goalColumnIndex } from "../../../src/core/sheet/goals/goals-table";
import { kpiColumnIndex, KPI_COLUMNS } from "../../../src/core/sheet/kpi/kpi-table";
import { ownedRanges } from "../../../src/core/sheet/owned-ranges";
import { type LayoutProblem, readDepartmentSheet } from "../../../src/core/sheet/read-department";
import { cellAddress } from "@tassei/excel-rules";
import type { SheetSnapshot } from "../../../src/core/workbook/snapshot";
import {
  seed000KashiwaraSeisakuR7,
  seed002HirakataShichokoshitsuR7,
  seed004KawanishiSogoseisakuR3,
} from "../../../src/samples";
import { planTable, snapshotOfPlan, withCells } from "./support";

const seed002 = planDepartmentSheet(seed002HirakataShichokoshitsuR7.department, {
  sheetName: "市長公室",
  sheetId: "s2",
});
const seed000 = planDepartmentSheet(seed000KashiwaraSeisakuR7.department, { sheetName: "政策推進部", sheetId: "s0" });
const seed004 = planDepartmentSheet(seed004KawanishiSogoseisakuR3.department, {
  sheetName: "総合政策部",
  sheetId: "s4",
});

const kpi = planTable(seed002, "Tassei_KPI_");
const goals = planTable(seed000, "Tassei_Goals_");
/** The address of a KPI cell of seed 002: indicator `index` (0-based), column `key`. */
const kpiCell = (index: number, key: Parameters<typeof kpiColumnIndex>[0]) =>
  cellAddress({ row: kpi.range.row + 1 + index, column: kpiColumnIndex(key) });
const goalCell = (index: number, key: Parameters<typeof goalColumnIndex>[0]) =>
  cellAddress({ row: goals.range.row + 1 + index, column: goalColumnIndex(key) });

function read(sheet: SheetSnapshot) {
  const result = readDepartmentSheet(sheet);
  if (!result.ok) throw new Error(`not read: ${result.problems.map((p) => p.message.en).join("; ")}`);
  return result;
}

function only(problems: readonly LayoutProblem[]) {
  expect(problems).toHaveLength(1);
  return problems[0]!;
}

describe("a KPI row that fails validation is left out, its cell named", () => {
  const indicators = DepartmentSchema.parse(seed002HirakataShichokoshitsuR7.department).indicators;

  it("a goal number that is not a number", () => {
    const result = read(withCells(snapshotOfPlan(seed002), { [kpiCell(2, "goalNo")]: "三" }));
    const problem = only(result.problems);
    expect(problem).toMatchObject({ severity: "error", key: "layout.read.notNumber", cell: kpiCell(2, "goalNo") });
    expect(problem.message.ja).toContain(`セル ${kpiCell(2, "goalNo")}（目標No.）の「三」は数値ではありません`);
    expect(problem.message.en).toContain(`Cell ${kpiCell(2, "goalNo")} (目標No.)`);
    expect(result.department.indicators).toEqual(indicators.filter((_, i) => i !== 2));
  });

  it("a direction not on the dropdown, with the choices", () => {
    const result = read(withCells(snapshotOfPlan(seed002), { [kpiCell(0, "direction")]: "上昇" }));
    const problem = only(result.problems);
    expect(problem).toMatchObject({ key: "layout.read.unknownWord", cell: kpiCell(0, "direction") });
    expect(problem.message.ja).toContain("「上昇」は選択肢にありません（増加・減少・維持・実施）");
  });

  it("a row with a target but no goal number and no indicator name: both cells named", () => {
    const result = read(withCells(snapshotOfPlan(seed002), { [kpiCell(11, "target")]: "5件" }));
    expect(result.problems.map((p) => [p.key, p.cell])).toEqual([
      ["layout.read.required", kpiCell(11, "goalNo")],
      ["layout.read.required", kpiCell(11, "name")],
    ]);
    expect(result.department.indicators).toHaveLength(10);
  });

  it("a negative weight and a fractional goal number", () => {
    const result = read(
      withCells(snapshotOfPlan(seed002), { [kpiCell(1, "weight")]: -1, [kpiCell(3, "goalNo")]: 1.5 }),
    );
    expect(result.problems.map((p) => [p.key, p.cell])).toEqual([
      ["layout.read.tooSmall", kpiCell(1, "weight")],
      ["layout.read.notWholeNumber", kpiCell(3, "goalNo")],
    ]);
    expect(result.problems[0]!.message.en).toContain("≥ 0");
  });

  it("reads full-width digits, words with spaces around them, and a number typed into a text column", () => {
    const result = read(
      withCells(snapshotOfPlan(seed002), {
        [kpiCell(0, "goalNo")]: "２",
        [kpiCell(0, "status")]: " 見込み ",
        [kpiCell(0, "unit")]: 7,
        [kpiCell(0, "manualGrade")]: "B",
      }),
    );
    expect(result.problems).toEqual([]);
    expect(result.department.indicators[0]).toMatchObject({
      goalNo: 2,
      status: "estimate",
      unit: "7",
      manualGrade: "B",
    });
  });
});

describe("goals", () => {
  const parsed = DepartmentSchema.parse(seed000KashiwaraSeisakuR7.department);

  it("read in number order from a table sorted any way", () => {
    const sheet = snapshotOfPlan(seed000);
    const first = goals.range.row + 1 - sheet.used!.row;
    const count = goals.range.rowCount - 1;
    const reversed = {
      ...sheet,
      values: [
        ...sheet.values.slice(0, first),
        ...sheet.values.slice(first, first + count).reverse(),
        ...sheet.values.slice(first + count),
      ],
    };
    expect(read(reversed)).toMatchObject({ department: { goals: parsed.goals }, problems: [] });
  });

  it("a goal without a title is left out, its title cell named", () => {
    const result = read(withCells(snapshotOfPlan(seed000), { [goalCell(4, "title")]: null }));
    expect(only(result.problems)).toMatchObject({
      severity: "error",
      key: "layout.read.required",
      cell: goalCell(4, "title"),
    });
    expect(result.department.goals.map((g) => g.no)).toEqual([1, 2, 4]);
  });

  it("a goal column that differs between rows of one goal: the first row's, with a warning", () => {
    const result = read(withCells(snapshotOfPlan(seed000), { [goalCell(1, "field")]: "広報" }));
    const problem = only(result.problems);
    expect(problem).toMatchObject({ severity: "warning", key: "layout.read.goalConflict", cell: goalCell(1, "field") });
    expect(problem.message.ja).toContain(goalCell(0, "field"));
    expect(result.department.goals[0]?.field).toBe("市政運営");
  });

  it("a value filled on a later row of the goal only is the goal's", () => {
    const result = read(withCells(snapshotOfPlan(seed000), { [goalCell(1, "status")]: "概ね順調" }));
    expect(result.problems).toEqual([]);
    expect(result.department.goals[0]?.status).toBe("概ね順調");
  });

  it("a typed 達成度 is a hand grade, a formula (the Grade job's) is not", () => {
    const result = read(
      withCells(snapshotOfPlan(seed000), {
        [goalCell(0, "grade")]: "B",
        [goalCell(1, "grade")]: "B",
        [goalCell(0, "gradeReason")]: "概ね達成",
        [goalCell(1, "gradeReason")]: "概ね達成",
        [goalCell(2, "grade")]: '="A"',
        [goalCell(3, "grade")]: '="A"',
      }),
    );
    expect(result.problems).toEqual([]);
    expect(result.department.goals.map((g) => [g.manualGrade, g.manualGradeReason])).toEqual([
      ["B", "概ね達成"],
      [null, ""],
      [null, ""],
      [null, ""],
    ]);
  });

  it("initiatives in 取組No. order; an unnumbered one last, an unreadable number told", () => {
    const result = read(
      withCells(snapshotOfPlan(seed000), {
        [goalCell(0, "initiativeNo")]: 2,
        [goalCell(1, "initiativeNo")]: 1,
        [goalCell(6, "initiativeNo")]: "二",
      }),
    );
    expect(only(result.problems)).toMatchObject({
      severity: "warning",
      key: "layout.read.initiativeNo",
      cell: goalCell(6, "initiativeNo"),
    });
    expect(result.department.goals[0]?.initiatives).toEqual([...parsed.goals[0]!.initiatives].reverse());
    expect(result.department.goals[3]?.initiatives).toHaveLength(3);
  });

  it("the numbered blank rows of a new sheet are not goals", () => {
    const blank = planDepartmentSheet(
      { name: "総務部", fiscalYear: 2025 },
      { sheetName: "総務部", sheetId: "n", goalCount: 5 },
    );
    const table = planTable(blank, "Tassei_Goals_");
    const cell = cellAddress({ row: table.range.row + 2, column: goalColumnIndex("title") });
    const result = read(withCells(snapshotOfPlan(blank), { [cell]: "業務改善" }));
    expect(result.problems).toEqual([]);
    expect(result.department.goals).toEqual([expect.objectContaining({ no: 2, title: "業務改善", initiatives: [] })]);
  });
});

describe("the header", () => {
  it("reads a year written another way", () => {
    expect(read(withCells(snapshotOfPlan(seed000), { B5: "R8" })).department.fiscalYear).toBe(2026);
    expect(read(withCells(snapshotOfPlan(seed000), { B5: 2024 })).department.fiscalYear).toBe(2024);
  });

  it("an unreadable year falls back on the metadata, with warnings naming the cell", () => {
    const result = read(withCells(snapshotOfPlan(seed000), { B5: "来年" }));
    expect(result.department.fiscalYear).toBe(2025);
    expect(result.problems.map((p) => [p.severity, p.key, p.cell])).toEqual([
      ["warning", "layout.read.fiscalYear", "B5"],
      ["warning", "layout.read.fiscalYearFromMetadata", "B5"],
    ]);
  });

  it("without metadata an unreadable 年度 cell gives way to the title's year, with a warning", () => {
    // The title row reads 政策推進部 令和7年度 (2025年度) 運営方針: the one rule's next place.
    const result = readDepartmentSheet({ ...withCells(snapshotOfPlan(seed000), { B5: "来年" }), properties: {} });
    expect(result).toMatchObject({ ok: true, department: { fiscalYear: 2025 } });
    expect(result.problems).toEqual([
      expect.objectContaining({ severity: "warning", key: "layout.read.fiscalYear", cell: "B5" }),
      expect.objectContaining({ severity: "warning", key: "layout.read.fiscalYearFromSheet", cell: "B5" }),
    ]);
  });

  it("without metadata, an unreadable 年度 cell and no year anywhere else fails the sheet", () => {
    const sheet = withCells(snapshotOfPlan(seed000), { A1: "政策推進部 運営方針", B5: "来年" });
    const result = readDepartmentSheet({ ...sheet, name: "政策推進部", properties: {} });
    expect(result).toEqual({
      ok: false,
      problems: [expect.objectContaining({ severity: "error", key: "layout.read.fiscalYear", cell: "B5" })],
    });
  });

  it("an empty 部 cell: the name recorded in the metadata, with a warning", () => {
    const result = read(withCells(snapshotOfPlan(seed000), { B3: null }));
    expect(result.department.name).toBe("政策推進部");
    expect(only(result.problems)).toMatchObject({ severity: "warning", key: "layout.read.nameMissing", cell: "B3" });
  });

  it("without a header block, a name too long for the metadata is the sheet's name, as designed (no problem)", () => {
    const long = planDepartmentSheet(
      { name: "部".repeat(300), fiscalYear: 2025 },
      { sheetName: "長い部", sheetId: "l", layouts: { header: false } },
    );
    expect(read(snapshotOfPlan(long))).toMatchObject({
      department: { name: "長い部", fiscalYear: 2025 },
      problems: [],
    });
  });

  it("a name that reads like a label is a value, not a label", () => {
    const sheet = withCells(snapshotOfPlan(seed000), { B3: "部長", B4: "年度" });
    expect(read(sheet).department).toMatchObject({ name: "部長", head: "年度", fiscalYear: 2025 });
  });
});

describe("tables found by their headers", () => {
  it("a sheet without metadata still reads, with the default scale", () => {
    const result = read({ ...snapshotOfPlan(seed002), properties: {} });
    expect(result.department).toEqual(DepartmentSchema.parse(seed002HirakataShichokoshitsuR7.department));
  });

  it("a KPI table a person copied, under another name and with columns moved, is read after Tassei's", () => {
    const sheet = snapshotOfPlan(seed002);
    const top = sheet.used!.rowCount + 1;
    const headers = ["実績値", "指標", "目標値", "達成率", "達成度", "目標No."];
    const copied = withCells(sheet, {
      [cellAddress({ row: top, column: 2 })]: headers[0]!,
      [cellAddress({ row: top, column: 3 })]: headers[1]!,
      [cellAddress({ row: top, column: 4 })]: headers[2]!,
      [cellAddress({ row: top, column: 5 })]: headers[3]!,
      [cellAddress({ row: top, column: 6 })]: headers[4]!,
      [cellAddress({ row: top, column: 7 })]: headers[5]!,
      [cellAddress({ row: top + 1, column: 2 })]: 12,
      [cellAddress({ row: top + 1, column: 3 })]: "追加の指標",
      [cellAddress({ row: top + 1, column: 4 })]: 20,
      [cellAddress({ row: top + 1, column: 5 })]: "=E99/F99",
      [cellAddress({ row: top + 1, column: 7 })]: 3,
    });
    const withTable: SheetSnapshot = {
      ...copied,
      tables: [
        ...copied.tables,
        { name: "テーブル1", range: { row: top, column: 2, rowCount: 3, columnCount: 6 }, headers },
      ],
    };
    const found = findKpiTables(withTable);
    expect(found.map((t) => [t.name, t.source])).toEqual([
      ["Tassei_KPI_s2", "metadata"],
      ["テーブル1", "headers"],
    ]);
    expect(found[1]!.columns).toEqual({ actual: 2, name: 3, target: 4, rate: 5, grade: 6, goalNo: 7 });
    const result = read(withTable);
    expect(result.problems).toEqual([]);
    expect(result.department.indicators.at(-1)).toEqual({
      goalNo: 3,
      name: "追加の指標",
      unit: "",
      direction: "up",
      method: "ratio",
      baseline: null,
      target: 20,
      actual: 12,
      status: "final",
      manualGrade: null,
      manualGradeReason: "",
      weight: 1,
      note: "",
      interimActual: null,
    });
  });

  it("the KPI table keeps every KPI column the metadata's table has, found by header", () => {
    const found = findKpiTables(snapshotOfPlan(seed002));
    expect(found).toHaveLength(1);
    expect(Object.keys(found[0]!.columns)).toEqual(KPI_COLUMNS.map((c) => c.key));
  });
});

describe("the KGI table", () => {
  const kgi = planTable(seed004, "Tassei_KGI_");
  const header = (offset: number) =>
    cellAddress({ row: kgi.range.row, column: kgi.range.column + kgi.range.columnCount + offset });

  it("reads a year column a person added, and tells of a header it cannot read", () => {
    const sheet = snapshotOfPlan(seed004);
    const headers = [...kgi.headers, "令和5年度 目標", "備考"];
    const edited = withCells(sheet, {
      [header(0)]: headers.at(-2)!,
      [header(1)]: headers.at(-1)!,
      [cellAddress({ row: kgi.range.row + 1, column: kgi.range.column + kgi.range.columnCount })]: "50.0%",
    });
    const widened: SheetSnapshot = {
      ...edited,
      tables: edited.tables.map((t) =>
        t.name === kgi.name ? { ...t, range: { ...t.range, columnCount: t.range.columnCount + 2 }, headers } : t,
      ),
    };
    const result = read(widened);
    expect(only(result.problems)).toMatchObject({ severity: "warning", key: "layout.read.kgiHeader", cell: header(1) });
    expect(result.department.kgis[0]?.values.at(-1)).toEqual({ fiscalYear: 2023, kind: "target", value: "50.0%" });
  });
});

describe("not a department sheet", () => {
  it("says so, naming the sheet", () => {
    const result = readDepartmentSheet({
      name: "メモ",
      position: 0,
      visible: true,
      protected: false,
      used: { row: 0, column: 0, rowCount: 1, columnCount: 1 },
      values: [["買い物リスト"]],
      formulas: [[null]],
      numberFormats: [["General"]],
      tables: [],
      properties: {},
    });
    expect(result).toEqual({
      ok: false,
      problems: [expect.objectContaining({ severity: "error", key: "layout.read.notDepartment", cell: null })],
    });
    if (!result.ok) expect(result.problems[0]!.message.ja).toContain("メモ");
  });
});

describe("ownedRanges", () => {
  it("lists the department grade cell and the columns Tassei writes, where they are now", () => {
    const sheet = snapshotOfPlan(seed004);
    const goalsTable = planTable(seed004, "Tassei_Goals_");
    const kpiTable = planTable(seed004, "Tassei_KPI_");
    const body = (table: typeof kpiTable, column: number) => ({
      row: table.range.row + 1,
      column,
      rowCount: table.range.rowCount - 1,
      columnCount: 1,
    });
    expect(ownedRanges(sheet)).toEqual({
      departmentGrade: { row: 5, column: 1 },
      // 中間評価 on the 年度 row, right of its label in the sign-offs' columns (#18).
      interimGrade: { row: 4, column: 6 },
      columns: [
        { table: goalsTable.name, header: "達成度", range: body(goalsTable, goalColumnIndex("grade")) },
        { table: goalsTable.name, header: "中間評価", range: body(goalsTable, goalColumnIndex("interimGrade")) },
        { table: kpiTable.name, header: "達成率", range: body(kpiTable, kpiColumnIndex("rate")) },
        { table: kpiTable.name, header: "達成度", range: body(kpiTable, kpiColumnIndex("grade")) },
        { table: kpiTable.name, header: "中間評価", range: body(kpiTable, kpiColumnIndex("interimGrade")) },
      ],
    });
    // A grown table is followed.
    const grown = {
      ...sheet,
      tables: sheet.tables.map((t) =>
        t.name === kpiTable.name ? { ...t, range: { ...t.range, rowCount: t.range.rowCount + 3 } } : t,
      ),
    };
    expect(ownedRanges(grown)?.columns[2]?.range.rowCount).toBe(kpiTable.range.rowCount + 2);
  });

  it("are the same on a whole department sheet whose metadata a program dropped (LibreOffice, exceljs)", () => {
    const sheet = snapshotOfPlan(seed004);
    expect(ownedRanges({ ...sheet, properties: {} })).toEqual(ownedRanges(sheet));
  });

  it("are none where only Tassei's tables were copied: no 全体の達成度, or no goals table beside the KPI table", () => {
    const sheet = { ...snapshotOfPlan(seed004), properties: {} };
    const goalsTable = planTable(seed004, "Tassei_Goals_");
    const withoutHeader = {
      ...sheet,
      values: sheet.values.map((row) => row.map((v) => (v === "全体の達成度" ? null : v))),
    };
    expect(ownedRanges(withoutHeader)).toBeNull();
    const withoutGoals = { ...sheet, tables: sheet.tables.filter((t) => t.name !== goalsTable.name) };
    expect(ownedRanges(withoutGoals)).toBeNull();
  });

  it("owns no 中間評価 on a sheet made before the mid-year check, even where its labels are typed", () => {
    const sheet = snapshotOfPlan(seed004);
    const before = Object.fromEntries(Object.entries(sheet.properties).filter(([key]) => key !== "tassei.interim"));
    expect(ownedRanges({ ...sheet, properties: before })?.interimGrade).toBeNull();
  });
});
