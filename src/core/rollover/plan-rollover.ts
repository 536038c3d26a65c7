/**
 * Next year's sheet from this year's (次年度作成, #18): the same goals, initiatives, sections and codes,
 * indicators with their units, directions, methods and weights, the sheet's own scale; targets kept as a
 * starting point; this year's actual becomes next year's 基準値 (the 前年度実績 column cities print beside
 * each target); actuals, statuses, hand grades, reasons, results and stamps cleared, and so are the mid-year
 * check's 中間実績 and 中間時点 (its rule, part of the scale, is kept); a multi-year KGI table keeps every
 * column and value it had and gains the columns a new sheet of the year has — the year just finished its
 * 実績, the year after the new one its 目標 (nextKgiYearColumns) — and is kept when it has no KGIs yet.
 * The source sheet is only read.
 */
import { type Department, type Goal, type Indicator, NO_SIGN_OFFS } from "../department/model";
import { formatEraFiscalYear } from "../era";
import { sheetScale } from "../grade/grade-sheet";
import { freeSheetName } from "../insert/sheet-name";
import { freeSheetId } from "../insert/plan";
import { planDepartmentSheet } from "../sheet/department-sheet";
import { readDepartmentSheet } from "../sheet/read-department";
import { findKgiTable } from "../sheet/find-tables";
import { nextKgiYearColumns } from "../sheet/kgi/kgi-table";
import { readKgiYearColumns } from "../sheet/kgi/read-kgi";
import { type Bilingual, bilingual } from "../messages";
import { parseCell } from "../numbers/parse";
import type { SheetPlan } from "../workbook/plan";
import type { SheetSnapshot } from "../workbook/snapshot";

export type RolloverPlan =
  | {
      readonly ok: true;
      readonly plan: SheetPlan;
      readonly sheetName: string;
      readonly department: Department;
    }
  | { readonly ok: false; readonly message: Bilingual };

export interface RolloverOptions {
  /** Names already used in the workbook the new sheet goes into. */
  readonly existingSheets: readonly string[];
  /** Table names already used there (table names are unique workbook-wide). */
  readonly existingTables: readonly string[];
  /** The new fiscal year; the source's next year by default. */
  readonly fiscalYear?: number;
  readonly fileName?: string | null;
}

export function planRollover(source: SheetSnapshot, options: RolloverOptions): RolloverPlan {
  const read = readDepartmentSheet(source, options.fileName ?? null);
  if (!read.ok) {
    const first = read.problems.find((p) => p.severity === "error") ?? read.problems[0];
    return { ok: false, message: first?.message ?? bilingual("rollover.error.notDepartment", { sheet: source.name }) };
  }
  const year = options.fiscalYear ?? read.department.fiscalYear + 1;
  if (year <= read.department.fiscalYear) {
    return {
      ok: false,
      message: bilingual("rollover.error.notLater", {
        sheet: source.name,
        year: formatEraFiscalYear(year, "ja"),
        from: formatEraFiscalYear(read.department.fiscalYear, "ja"),
      }),
    };
  }
  const department = nextYear(read.department, year);
  // The source's KGI table as its headers have it: a column no KGI has a value in yet is still one of its years.
  const kgiTable = findKgiTable(source);
  const sheetName = freeSheetName(`${department.name} ${formatEraFiscalYear(year, "ja")}`, options.existingSheets);
  const plan = planDepartmentSheet(department, {
    sheetName,
    sheetId: freeSheetId(options.existingTables),
    // The scale itself travels, not only its id: a city's own scale stays the city's.
    scale: sheetScale(source),
    layouts: { kgi: kgiTable !== null || department.kgis.length > 0 },
    goalCount: department.goals.length,
    ...(kgiTable ? { kgiYearColumns: nextKgiYearColumns(readKgiYearColumns(kgiTable), year) } : {}),
  });
  return { ok: true, plan, sheetName, department };
}

/** What rolling several sheets over gives: the new sheets' plans, and per source sheet what became of it. */
export interface RolloverBatch {
  readonly plans: readonly SheetPlan[];
  readonly made: readonly { readonly from: string; readonly sheet: string }[];
  readonly failed: readonly { readonly sheet: string; readonly message: Bilingual }[];
}

/**
 * Next year's sheet of each of `sheets`, into a workbook that already has `existingSheets` and
 * `existingTables`: each new sheet's name and tables are kept clear of those and of the ones before it.
 */
export function planRollovers(sheets: readonly SheetSnapshot[], options: RolloverOptions): RolloverBatch {
  const plans: SheetPlan[] = [];
  const made: { from: string; sheet: string }[] = [];
  const failed: { sheet: string; message: Bilingual }[] = [];
  for (const sheet of sheets) {
    const rolled = planRollover(sheet, {
      ...options,
      existingSheets: [...options.existingSheets, ...plans.map((p) => p.name)],
      existingTables: [...options.existingTables, ...plans.flatMap((p) => p.tables.map((t) => t.name))],
    });
    if (!rolled.ok) {
      failed.push({ sheet: sheet.name, message: rolled.message });
      continue;
    }
    plans.push(rolled.plan);
    made.push({ from: sheet.name, sheet: rolled.sheetName });
  }
  return { plans, made, failed };
}

/** The department as next year starts it. */
export function nextYear(department: Department, year: number): Department {
  return {
    ...department,
    fiscalYear: year,
    goals: department.goals.map(nextGoal),
    indicators: department.indicators.map(nextIndicator),
    // A KGI's values are its history and its targets: all kept. The new year's columns are the table's
    // (nextKgiYearColumns), not values.
    kgis: department.kgis,
    // Next year's sheet is signed off again, by whoever heads the section then.
    signOffs: NO_SIGN_OFFS,
    // Next year's mid-year check has its own date and actuals.
    interimDate: "",
  };
}

function nextGoal(goal: Goal): Goal {
  return {
    ...goal,
    initiatives: goal.initiatives.map((initiative) => ({ ...initiative, result: "" })),
    status: "",
    manualGrade: null,
    manualGradeReason: "",
    summary: "",
    nextSteps: "",
  };
}

function nextIndicator(indicator: Indicator): Indicator {
  return {
    ...indicator,
    // This year's result is where next year starts from — a value, not a word (作業中, －) saying there is none.
    baseline: isValue(indicator.actual) ? indicator.actual : indicator.baseline,
    actual: null,
    interimActual: null,
    status: "final",
    manualGrade: null,
    manualGradeReason: "",
  };
}

function isValue(cell: Indicator["actual"]): boolean {
  if (cell === null) return false;
  if (typeof cell === "number") return Number.isFinite(cell);
  const parsed = parseCell(cell);
  return parsed.ok && parsed.kind === "number";
}
