/**
 * 「Tassei 形式に変換」: a Tassei department sheet made from a sheet laid out by hand, on a new sheet, so
 * that later gradings have live formulas, dropdowns and a place for the grades. The hand-made sheet is
 * read as grading reads it (the same blocks, goals, year and name) and is never written.
 *
 * Every indicator row comes along, values as typed. Rows that belong to no goal go under one goal
 * named as such; a letter typed for a qualitative indicator (no target, no actual) or for a goal becomes
 * its 手入力評価, which the new sheet then asks a reason for, as Tassei's sheets do.
 */
import { type Department, DepartmentSchema, type Goal, GoalSchema, type Indicator } from "../department/model";
import { departmentSheetName } from "../insert/sheet-name";
import { freeSheetId } from "../insert/plan";
import { planDepartmentSheet } from "../sheet/department-sheet";
import { findKpiTables, isHandMadeSheet } from "../sheet/find-tables";
import { gradeSheet } from "../grade/grade-sheet";
import { isReadableHandMade } from "../sheet/hand-made";
import { readDepartmentSheet } from "../sheet/read-department";
import { readIndicatorRows } from "../sheet/kpi/read-kpi";
import { type Bilingual, bilingual, message } from "../messages";
import { sameSheetName } from "@tassei/excel-rules";
import type { SheetPlan } from "../workbook/plan";
import type { SheetSnapshot, WorkbookSnapshot } from "../workbook/snapshot";

export type ConvertRun =
  | {
      readonly ok: true;
      readonly plan: { readonly sheets: readonly SheetPlan[] };
      readonly sheet: string;
      readonly goals: number;
      readonly indicators: number;
    }
  | { readonly ok: false; readonly message: Bilingual };

export function planConvertHandMade(snapshot: WorkbookSnapshot, sheetName: string): ConvertRun {
  const sheet = snapshot.sheets.find((s) => sameSheetName(s.name, sheetName));
  if (!sheet) return { ok: false, message: bilingual("grade.fail.sheet_missing", { sheet: sheetName }) };
  if (snapshot.structureProtected) return { ok: false, message: bilingual("insert.error.structureProtected") };
  if (!isHandMadeSheet(sheet) || !isReadableHandMade(sheet)) {
    return { ok: false, message: bilingual("convert.fail.notHandMade", { sheet: sheet.name }) };
  }
  const read = readDepartmentSheet(sheet);
  if (!read.ok) {
    const first = read.problems[0];
    return { ok: false, message: first?.message ?? bilingual("convert.fail.notHandMade", { sheet: sheet.name }) };
  }
  const department = convertedDepartment(sheet, read.department);
  const name = freeName(`${sheet.name}（Tassei）`, snapshot.sheetNames);
  if (name === null) return { ok: false, message: bilingual("insert.error.departmentForbidden") };
  const plan = planDepartmentSheet(department, {
    sheetName: name,
    sheetId: freeSheetId(snapshot.tableNames),
    goalCount: department.goals.length,
  });
  return {
    ok: true,
    plan: { sheets: [plan] },
    sheet: name,
    goals: department.goals.length,
    indicators: department.indicators.length,
  };
}

/**
 * The hand-made department with every indicator row (rows under no goal go to one more goal that says
 * so) and, as hand grades, the letters grading took as the sheet's own grades (a qualitative indicator's
 * or a goal's letter with nothing computed).
 */
function convertedDepartment(sheet: SheetSnapshot, read: Department): Department {
  const graded = gradeSheet(sheet, { now: new Date(0), lowerIsBetter: "ratio", mayConvert: () => false })?.result;
  const typedGoals = new Map((graded?.goals ?? []).filter((g) => g.manual).map((g) => [g.no, g.grade] as const));
  const typedRows = new Map(
    (graded?.tables ?? [])
      .flatMap((t) => t.indicators)
      .filter((i) => i.flags.includes("manual") && i.rate === null)
      .map((i) => [i.row, i.grade] as const),
  );
  const goals: Goal[] = read.goals.map((goal) => ({ ...goal, manualGrade: typedGoals.get(goal.no) ?? null }));
  const spare = Math.max(0, ...goals.map((g) => g.no)) + 1;
  const indicators: Indicator[] = findKpiTables(sheet).flatMap((table) =>
    readIndicatorRows(sheet, table, [], spare).map(({ row, indicator }) => ({
      ...indicator,
      manualGrade: indicator.manualGrade ?? typedRows.get(row) ?? null,
    })),
  );
  if (indicators.some((i) => i.goalNo === spare)) {
    goals.push(GoalSchema.parse({ no: spare, title: message("convert.noGoalTitle", "ja") }));
  }
  return DepartmentSchema.parse({ ...read, goals, indicators, scale: "default" });
}

/** `base`, else `base 2`, `base 3` … : never an existing sheet's name. */
function freeName(base: string, existing: readonly string[]): string | null {
  for (let n = 1; n < 100; n++) {
    const result = departmentSheetName(n === 1 ? base : `${base} ${n}`, existing);
    if (result.ok) return result.name;
    if (result.reason !== "exists") return null;
  }
  return null;
}
