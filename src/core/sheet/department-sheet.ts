/**
 * A department's yearly plan as a new sheet: a title row, the header block (部, 部長, 年度, 基本方針 and
 * the grading scale in words), the priority goals table, the KPI table and the multi-year KGI table,
 * stacked top to bottom, each part optional. The result is a plan (plain data) that any adapter applies.
 *
 * Tables are stacked widest first — goals and KPI (17 columns each), KGI (usually fewer): a row added to a
 * table moves the cells below it in the table's own columns only, and Excel refuses to move part of
 * another table, so every table must lie within the columns of each table above it. The mid-year check
 * (#18) added 中間実績 and 中間評価 to the KPI table and 中間評価 to the goals table, each last: the two grew
 * alike, so the goals table stays first (a tie keeps the order goals, KPI, KGI) and every earlier column
 * keeps the address it had.
 */
import { type Department, type DepartmentInput, DepartmentSchema } from "../department/model";
import { formatFiscalYear } from "../era";
import { type Scale, presetOrDefault } from "../rules";
import { type CellRef, cellAddress, rangeAddress } from "@tassei/excel-rules";
import { type ColumnWidth, type SheetPlan, emptySheetPlan } from "../workbook/plan";
import { GOAL_COLUMNS, goalColumnIndex, goalOwnedHeaders } from "./goals/goals-table";
import { sheetTitle } from "./header/header-block";
import { KPI_COLUMNS, kpiColumnIndex, kpiOwnedHeaders } from "./kpi/kpi-table";
import { LayoutError } from "./layout-error";
import {
  type DepartmentSheetMetadata,
  DEPARTMENT_KIND,
  LAYOUT_VERSION,
  metadataProperties,
  tableNames,
} from "./metadata";
import { planGoalsSection } from "./goals/plan-goals";
import { type HeaderSection, planHeaderSection } from "./header/plan-header";
import { kgiTableWidth, planKgiSection } from "./kgi/plan-kgi";
import type { KgiYearColumn } from "./kgi/kgi-table";
import { planKpiSection } from "./kpi/plan-kpi";
import { formulaScale } from "./header/legend";
import { departmentPrint } from "./print-setup";
import type { SheetPart } from "./sheet-part";

export interface DepartmentLayouts {
  readonly header: boolean;
  readonly goals: boolean;
  readonly kpi: boolean;
  readonly kgi: boolean;
}

export interface DepartmentSheetOptions {
  /** The new sheet's name (already made valid and unique by the caller). */
  readonly sheetName: string;
  /** A per-sheet id (ASCII letters, digits, _): the tables are named Tassei_Goals_<id>, Tassei_KPI_<id> … */
  readonly sheetId: string;
  /** Which parts to include. Default: all, the KGI table only when the department has KGIs. */
  readonly layouts?: Partial<DepartmentLayouts>;
  /** The grading scale. Default: the preset the department names, else the default scale. */
  readonly scale?: Scale;
  /** For a department without goals yet (a new, empty sheet): blank goal rows numbered 1…n. Default 5. */
  readonly goalCount?: number;
  /** Blank KPI rows after the indicators, formulas already in them. Default and minimum 10. */
  readonly blankKpiRows?: number;
  /**
   * The KGI table's year columns besides those its KGIs have values for (a rolled-over table's, see
   * nextKgiYearColumns). Default: none, or for a department without KGIs, a new sheet's years.
   */
  readonly kgiYearColumns?: readonly KgiYearColumn[];
}

export const DEFAULT_GOAL_COUNT = 5;
export const MIN_BLANK_KPI_ROWS = 10;
const MAX_BLANK_ROWS = 1000;

/** The column layout's widest part decides each column's width; nothing is narrower than this. */
const MIN_COLUMN_WIDTH = 48;

export function resolveLayouts(department: Department, layouts: Partial<DepartmentLayouts> = {}): DepartmentLayouts {
  return {
    header: layouts.header ?? true,
    goals: layouts.goals ?? true,
    kpi: layouts.kpi ?? true,
    kgi: layouts.kgi ?? department.kgis.length > 0,
  };
}

/** The scale a sheet is made with: the one given, else the department's preset, else the default. */
export function resolveScale(department: Department, scale?: Scale): Scale {
  return scale ?? presetOrDefault(department.scale);
}

export function planDepartmentSheet(input: DepartmentInput, options: DepartmentSheetOptions): SheetPlan {
  const department = DepartmentSchema.parse(input);
  const layouts = resolveLayouts(department, options.layouts);
  const scale = resolveScale(department, options.scale);
  const names = tableNames(options.sheetId);
  const goalCount = checkedCount("goalCount", options.goalCount ?? DEFAULT_GOAL_COUNT, 0);
  const blankKpiRows = checkedCount("blankKpiRows", options.blankKpiRows ?? MIN_BLANK_KPI_ROWS, MIN_BLANK_KPI_ROWS);

  const parts: SheetPart[] = [];
  let top = 2; // row 0: the title; row 1: blank
  const place = <T extends SheetPart>(part: T): T => {
    parts.push(part);
    top += part.height + 1;
    return part;
  };

  const header = layouts.header ? place(planHeaderSection(department, scale, top)) : null;
  const sections: TableSection[] = [];
  if (layouts.goals) {
    sections.push({
      kind: "goals",
      width: GOAL_COLUMNS.length,
      make: (at) =>
        planGoalsSection({
          goals: [...department.goals].sort((a, b) => a.no - b.no),
          goalCount,
          scale,
          tableName: names.goals,
          top: at,
        }),
    });
  }
  if (layouts.kpi) {
    sections.push({
      kind: "kpi",
      width: KPI_COLUMNS.length,
      make: (at) =>
        planKpiSection({
          indicators: department.indicators,
          blankRows: blankKpiRows,
          scale,
          formulaScale: formulaScale(scale, header?.legendHeading ?? null),
          tableName: names.kpi,
          top: at,
        }),
    });
  }
  if (layouts.kgi) {
    sections.push({
      kind: "kgi",
      width: kgiTableWidth(department.kgis, department.fiscalYear, options.kgiYearColumns),
      make: (at) =>
        planKgiSection({
          kgis: department.kgis,
          fiscalYear: department.fiscalYear,
          tableName: names.kgi,
          top: at,
          yearColumns: options.kgiYearColumns,
        }),
    });
  }
  // Widest first, a tie in the order goals, KPI, KGI (the sort is stable): see the module comment.
  const placed = new Map<TableSection["kind"], PlacedTable>();
  for (const section of [...sections].sort((a, b) => b.width - a.width)) {
    placed.set(section.kind, place(section.make(top)));
  }
  const goals = placed.get("goals") ?? null;
  const kpi = placed.get("kpi") ?? null;
  const kgi = placed.get("kgi") ?? null;

  const title = sheetTitle(department.name, formatFiscalYear(department.fiscalYear, "ja"));
  // With a header block, only the title stays in view (the block can be tall); otherwise the first
  // table's header row stays too.
  const firstTable = [...placed.values()].map((p) => p.table).sort((a, b) => a.row - b.row)[0] ?? null;
  const frozenRows = header || !firstTable ? 1 : firstTable.row + 1;

  const metadata: DepartmentSheetMetadata = {
    kind: DEPARTMENT_KIND,
    layoutVersion: LAYOUT_VERSION,
    sheetId: options.sheetId,
    scaleId: scale.id,
    scaleVersion: scale.version,
    fiscalYear: department.fiscalYear,
    department: department.name,
    header: header ? headerMetadata(header) : null,
    goals: goals
      ? { table: names.goals, range: tableRange(goals.table, GOAL_COLUMNS.length), owned: goalOwnedHeaders() }
      : null,
    kpi: kpi
      ? {
          table: names.kpi,
          range: tableRange(kpi.table, KPI_COLUMNS.length),
          owned: kpiOwnedHeaders(),
        }
      : null,
    kgi: kgi ? { table: names.kgi, range: tableRange(kgi.table, kgi.widths.length), owned: [] } : null,
    interim: scale.interim,
  };

  const select: CellRef = kpi
    ? { row: kpi.table.row + 1, column: kpiColumnIndex("actual") }
    : goals
      ? { row: goals.table.row + 1, column: goalColumnIndex("result") }
      : kgi
        ? { row: kgi.table.row + 1, column: 1 }
        : header
          ? { row: header.area.row, column: 1 }
          : { row: 0, column: 0 };

  return {
    ...emptySheetPlan(options.sheetName, "create"),
    blocks: [{ anchor: { row: 0, column: 0 }, rows: [[title]] }, ...parts.flatMap((p) => p.blocks)],
    styles: [
      { range: { row: 0, column: 0, rowCount: 1, columnCount: 1 }, style: { bold: true, fontSize: 14 } },
      ...parts.flatMap((p) => p.styles),
    ],
    columnWidths: columnWidths(parts),
    tables: parts.flatMap((p) => p.tables),
    validations: parts.flatMap((p) => p.validations),
    conditionalFormats: parts.flatMap((p) => p.conditionalFormats),
    freeze: { rows: frozenRows, columns: 0 },
    // The title at the top of every page, "page X / Y" at its foot; after a long goals table the KPI table
    // starts a page of its own (print-setup.ts says why and when).
    print: departmentPrint(title, frozenRows - 1, goals, kpi),
    properties: metadataProperties(metadata),
    activate: { select },
  };
}

/** A table section, planned once its first row is known. */
interface PlacedTable extends SheetPart {
  readonly table: { readonly row: number; readonly rowCount: number };
}

interface TableSection {
  readonly kind: "goals" | "kpi" | "kgi";
  /** Columns of its table. */
  readonly width: number;
  make(top: number): PlacedTable;
}

function headerMetadata(header: HeaderSection) {
  return { range: rangeAddress(header.area), grade: cellAddress(header.departmentGrade) };
}

function tableRange(table: { row: number; rowCount: number }, columnCount: number): string {
  return rangeAddress({ row: table.row, column: 0, rowCount: table.rowCount, columnCount });
}

function columnWidths(parts: readonly SheetPart[]): ColumnWidth[] {
  const count = Math.max(0, ...parts.map((p) => p.widths.length));
  return Array.from({ length: count }, (_, column) => ({
    column,
    points: Math.max(MIN_COLUMN_WIDTH, ...parts.map((p) => p.widths[column] ?? 0)),
  }));
}

function checkedCount(what: string, count: number, min: number): number {
  if (!Number.isInteger(count) || count < min || count > MAX_BLANK_ROWS) {
    throw new LayoutError("layout.plan.rowCount", { what, count, min, max: MAX_BLANK_ROWS });
  }
  return count;
}
