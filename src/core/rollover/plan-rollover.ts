/**
 * Next year's sheet from this year's (次年度作成, #18): the same goals, initiatives, sections and codes,
 * indicators with their units, directions, methods and weights, the sheet's own scale; targets kept as a
 * starting point; this year's actual becomes next year's 基準値 (the 前年度実績 column cities print beside
 * each target); actuals, statuses, hand grades, reasons, results and stamps cleared, and so are the mid-year
 * check's 中間実績 and 中間時点 (its rule, part of the scale, is kept); a multi-year KGI table keeps every
 * column and value it had and gains the columns a new sheet of the year has — the year just finished its
 * 実績, the year after the new one its 目標 (nextKgiYearColumns) — and is kept when it has no KGIs yet.
 * Next year's 目標値 and 基準値 keep the number formats their source cells had (a 5億円 target converted by
 * grading shows 500,000,000円 next year too). A department's sheet of the new year is made once: when the
 * workbook already has a sheet of that name, rolling over is refused and names it.
 * The source sheet is only read.
 */
import { type Department, type Goal, type Indicator, NO_SIGN_OFFS } from "../department/model";
import { formatEraFiscalYear } from "../era";
import { sheetScale } from "../grade/grade-sheet";
import { freeSheetName } from "../insert/sheet-name";
import { freeSheetId } from "../insert/plan";
import { planDepartmentSheet } from "../sheet/department-sheet";
import { readDepartmentSheet } from "../sheet/read-department";
import { findKgiTable, findKpiTables } from "../sheet/find-tables";
import { kpiColumnIndex } from "../sheet/kpi/kpi-table";
import { readIndicatorRows } from "../sheet/kpi/read-kpi";
import { readMetadata, tableNames } from "../sheet/metadata";
import { sameDepartmentKey } from "../consolidate/aggregate";
import { nextKgiYearColumns } from "../sheet/kgi/kgi-table";
import { readKgiYearColumns } from "../sheet/kgi/read-kgi";
import { type Bilingual, bilingual } from "../messages";
import { parseCell } from "../numbers/parse";
import type { SheetPlan, StyledRange } from "../workbook/plan";
import { type SheetSnapshot, type WorkbookSnapshot, formatAt } from "../workbook/snapshot";

export type RolloverPlan =
  | {
      readonly ok: true;
      readonly plan: SheetPlan;
      readonly sheetName: string;
      readonly department: Department;
    }
  | { readonly ok: false; readonly message: Bilingual };

/** A department sheet a workbook has: which department and fiscal year it is. */
export interface ExistingDepartmentSheet {
  readonly sheet: string;
  readonly department: string;
  readonly fiscalYear: number;
}

/** The department sheets a workbook's snapshot says it has, by their metadata (read with or without cells). */
export function existingDepartmentSheets(snapshot: WorkbookSnapshot): ExistingDepartmentSheet[] {
  return snapshot.sheets.flatMap((sheet) => {
    const metadata = readMetadata(sheet.properties);
    return metadata?.department && metadata.fiscalYear !== null
      ? [{ sheet: sheet.name, department: metadata.department, fiscalYear: metadata.fiscalYear }]
      : [];
  });
}

export interface RolloverOptions {
  /** Names already used in the workbook the new sheet goes into. */
  readonly existingSheets: readonly string[];
  /** Table names already used there (table names are unique workbook-wide). */
  readonly existingTables: readonly string[];
  /** The department sheets already there, by department and year (their metadata): none made twice. */
  readonly existingDepartments?: readonly ExistingDepartmentSheet[];
  /** The new fiscal year; the source's next year by default. */
  readonly fiscalYear?: number;
  readonly fileName?: string | null;
  /**
   * The workbook's sheets in order when the new sheets go into the source's own workbook: each new sheet is
   * placed right after its source. Absent: each goes after the last sheet.
   */
  readonly sheetOrder?: readonly string[];
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
  // Next year's sheet already made (by an earlier run, and perhaps renamed since): a second one would be the
  // department twice in that year, so the user decides what becomes of the first. Known by what the sheet
  // is — its department and year — not by its name.
  const existing = (options.existingDepartments ?? []).find(
    (sheet) => sheet.fiscalYear === year && sameDepartmentKey(sheet.department) === sameDepartmentKey(department.name),
  )?.sheet;
  if (existing !== undefined) {
    return {
      ok: false,
      message: bilingual("rollover.error.exists", {
        sheet: source.name,
        existing,
        year: formatEraFiscalYear(year, "ja"),
      }),
    };
  }
  const sheetName = freeSheetName(`${department.name} ${formatEraFiscalYear(year, "ja")}`, options.existingSheets);
  const sheetId = freeSheetId(options.existingTables);
  const planned = planDepartmentSheet(department, {
    sheetName,
    sheetId,
    // The scale itself travels, not only its id: a city's own scale stays the city's.
    scale: sheetScale(source),
    layouts: { kgi: kgiTable !== null || department.kgis.length > 0 },
    goalCount: department.goals.length,
    ...(kgiTable ? { kgiYearColumns: nextKgiYearColumns(readKgiYearColumns(kgiTable), year) } : {}),
  });
  const plan = {
    ...planned,
    styles: [...planned.styles, ...valueFormats(source, options.fileName ?? null, read.department, planned, sheetId)],
  };
  return { ok: true, plan, sheetName, department };
}

/**
 * The number formats next year's 目標値 and 基準値 cells take from this year's: the target's own, and the
 * baseline's from the cell its value came from (this year's 実績値, or the 基準値 kept). "General" is
 * what a new cell has already.
 */
function valueFormats(
  source: SheetSnapshot,
  fileName: string | null,
  thisYear: Department,
  plan: SheetPlan,
  sheetId: string,
): StyledRange[] {
  const kpi = plan.tables.find((t) => t.name === tableNames(sheetId).kpi);
  if (kpi === undefined) return [];
  // The indicators' rows as readDepartmentSheet read them: the same tables, the same rows left out.
  const rows = findKpiTables(source, undefined, fileName).flatMap((table) =>
    readIndicatorRows(source, table, []).map(({ row }) => ({ row, columns: table.columns })),
  );
  if (rows.length !== thisYear.indicators.length) return [];
  return thisYear.indicators.flatMap((indicator, index) => {
    const at = rows[index]!;
    const formatOf = (column: number | undefined) =>
      column === undefined ? "General" : formatAt(source, at.row, column);
    const row = kpi.range.row + 1 + index;
    const formats = [
      { column: kpiColumnIndex("target"), format: formatOf(at.columns.target) },
      {
        column: kpiColumnIndex("baseline"),
        format: formatOf(isValue(indicator.actual) ? at.columns.actual : at.columns.baseline),
      },
    ];
    return formats
      .filter((f) => f.format !== "General")
      .map((f) => ({
        range: { row, column: f.column, rowCount: 1, columnCount: 1 },
        style: { numberFormat: f.format },
      }));
  });
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
  const madeDepartments: ExistingDepartmentSheet[] = [];
  // The workbook's order as each new sheet finds it, the ones before it placed beside their sources.
  const order = options.sheetOrder === undefined ? null : [...options.sheetOrder];
  for (const sheet of sheets) {
    const rolled = planRollover(sheet, {
      ...options,
      existingSheets: [...options.existingSheets, ...plans.map((p) => p.name)],
      existingTables: [...options.existingTables, ...plans.flatMap((p) => p.tables.map((t) => t.name))],
      existingDepartments: [...(options.existingDepartments ?? []), ...madeDepartments],
    });
    if (!rolled.ok) {
      failed.push({ sheet: sheet.name, message: rolled.message });
      continue;
    }
    const after = order === null ? -1 : order.indexOf(sheet.name);
    if (order !== null && after >= 0) {
      order.splice(after + 1, 0, rolled.plan.name);
      plans.push({ ...rolled.plan, position: after + 1 });
    } else plans.push(rolled.plan);
    made.push({ from: sheet.name, sheet: rolled.sheetName });
    madeDepartments.push({
      sheet: rolled.sheetName,
      department: rolled.department.name,
      fiscalYear: rolled.department.fiscalYear,
    });
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
