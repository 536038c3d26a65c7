/**
 * Reading a department sheet back into the department model: the header block by its labels, the goals,
 * KPI and KGI tables by name (from the metadata) or by their headers, every row validated by the model's
 * own zod schemas. A row that fails is left out and reported with its cell; the sheet as a whole fails
 * only when it is not a department sheet or has no readable fiscal year.
 */
import { type Department, DepartmentSchema } from "../department/model";
import { parseFiscalYear } from "../era";
import { type SheetSnapshot, isBlankCell } from "../workbook/snapshot";
import { type KpiTableLocation, findGoalsTable, findKgiTable, findKpiTables, isHandMadeSheet } from "./find-tables";
import { HEADER_LABELS } from "./header/header-block";
import { type DepartmentSheetMetadata, LAYOUT_VERSION, readMetadata } from "./metadata";
import { type LayoutProblem, problem, validationProblems } from "./problems";
import { type ReadCell, address, cellText } from "./read-cells";
import { handMadeLayout, isReadableHandMade, sheetDepartmentName, sheetFiscalYear } from "./hand-made";
import { readGoals } from "./goals/read-goals";
import { type HeaderCells, headerText, readHeaderCells, readSignOffs } from "./header/read-header";
import { interimDateText, readInterimCells } from "./header/interim-cells";
import { readKgis } from "./kgi/read-kgi";
import { readIndicators } from "./kpi/read-kpi";

export type { LayoutProblem } from "./problems";
export { findKpiTables, type KpiTableLocation } from "./find-tables";

export type ReadDepartmentResult =
  | { readonly ok: true; readonly department: Department; readonly problems: readonly LayoutProblem[] }
  | { readonly ok: false; readonly problems: readonly LayoutProblem[] };

/** `fileName`: the workbook's file, the last place the fiscal year is looked for (a sheet of this workbook has none). */
export function readDepartmentSheet(sheet: SheetSnapshot, fileName?: string | null): ReadDepartmentResult {
  const problems: LayoutProblem[] = [];
  const metadata = readMetadata(sheet.properties);
  if (metadata && metadata.layoutVersion > LAYOUT_VERSION) {
    problems.push(
      problem("warning", "layout.read.newerLayout", {
        sheet: sheet.name,
        found: metadata.layoutVersion,
        known: LAYOUT_VERSION,
      }),
    );
  }
  if (isHandMadeSheet(sheet)) {
    const blocks = findKpiTables(sheet, null, fileName);
    if (blocks.length > 0 || isReadableHandMade(sheet)) return readHandMadeSheet(sheet, blocks, fileName);
  }
  const header = readHeaderCells(sheet);
  const goalsTable = findGoalsTable(sheet, metadata);
  const kpiTables = findKpiTables(sheet, metadata);
  const kgiTable = findKgiTable(sheet, metadata);
  const hasHeader = Object.keys(header).length > 0;
  if (!metadata && !hasHeader && !goalsTable && kpiTables.length === 0 && !kgiTable) {
    return { ok: false, problems: [problem("error", "layout.read.notDepartment", { sheet: sheet.name })] };
  }

  const fiscalYear = readFiscalYear(header.fiscalYear, metadata, sheet, fileName, problems);
  if (fiscalYear === null) return { ok: false, problems };

  const department = {
    name: readName(sheet, header, metadata, problems),
    head: headerText(header, "head") ?? "",
    fiscalYear,
    policy: headerText(header, "policy") ?? "",
    goals: goalsTable ? readGoals(sheet, goalsTable, problems) : [],
    indicators: kpiTables.flatMap((table) => readIndicators(sheet, table, problems)),
    kgis: kgiTable ? readKgis(sheet, kgiTable, problems) : [],
    scale: metadata?.scaleId ?? "default",
    ...signOffsOf(sheet),
    interimDate: interimDateText(readInterimCells(sheet).date?.value ?? null),
  };
  const parsed = DepartmentSchema.safeParse(department);
  if (!parsed.success) {
    const nameCell = header.name;
    const located = validationProblems(
      parsed.error.issues,
      (field) =>
        field === "name" && nameCell
          ? { cell: address(nameCell), field: HEADER_LABELS.name, shown: cellText(nameCell.value) }
          : undefined,
      null,
    );
    return { ok: false, problems: [...problems, ...located] };
  }
  return { ok: true, department: parsed.data, problems };
}

/** The 年度 cell; when it is missing or unreadable, the year the sheet was made for (from the metadata). */
function readFiscalYear(
  cell: ReadCell | undefined,
  metadata: DepartmentSheetMetadata | null,
  sheet: SheetSnapshot,
  fileName: string | null | undefined,
  problems: LayoutProblem[],
): number | null {
  // Without a readable 年度 cell, the one rule's other places (metadata, title, column headers, names).
  const fallbackYear = () => metadata?.fiscalYear ?? sheetFiscalYear(sheet, fileName)?.year ?? null;
  if (cell === undefined || isBlankCell(cell.value)) {
    const fallback = fallbackYear();
    if (fallback !== null) return fallback;
    problems.push(problem("error", "layout.read.fiscalYearMissing", {}, cell ? address(cell) : null));
    return null;
  }
  const value = cell.value;
  const parsed = typeof value === "boolean" ? null : parseFiscalYear(value ?? "");
  if (parsed?.ok && DepartmentSchema.shape.fiscalYear.safeParse(parsed.year).success) return parsed.year;
  const fallback = fallbackYear();
  problems.push(
    problem(
      fallback === null ? "error" : "warning",
      "layout.read.fiscalYear",
      { value: cellText(value) },
      address(cell),
    ),
  );
  if (fallback === null) return null;
  const fromMetadata = metadata?.fiscalYear === fallback;
  const key = fromMetadata ? "layout.read.fiscalYearFromMetadata" : "layout.read.fiscalYearFromSheet";
  problems.push(problem("warning", key, { year: fallback }, address(cell)));
  return fallback;
}

/**
 * A sheet laid out by hand: its name and fiscal year by the one rule, its goals as written (section
 * titles, goal blocks, a 重点目標 column) and the indicators of its blocks that belong to a goal.
 */
function readHandMadeSheet(
  sheet: SheetSnapshot,
  tables: readonly KpiTableLocation[],
  fileName: string | null | undefined,
): ReadDepartmentResult {
  const problems: LayoutProblem[] = [];
  const layout = handMadeLayout(sheet, fileName);
  const year = layout.fiscalYear;
  if (year === null) {
    return { ok: false, problems: [problem("error", "layout.read.fiscalYearNotFound", { sheet: sheet.name })] };
  }
  const goals = layout.goals.map((goal) => ({
    no: goal.no,
    title: goal.title,
    field: goal.field,
    masterPlanCodes: [...goal.masterPlanCodes],
    measureSheetCodes: [...goal.measureSheetCodes],
  }));
  // Rows belonging to no goal are graded (the result has them) but have no place in the model's goals.
  const indicators = tables.flatMap((table) => readIndicators(sheet, table, problems));
  const parsed = DepartmentSchema.safeParse({
    name: layout.department?.name ?? sheet.name,
    fiscalYear: year.year,
    goals,
    indicators,
    scale: "default",
  });
  if (!parsed.success) {
    return { ok: false, problems: validationProblems(parsed.error.issues, () => undefined, null) };
  }
  return { ok: true, department: parsed.data, problems };
}

/** The 部 cell; without one, the name recorded in the metadata, else the title's, else the sheet's name. */
function readName(
  sheet: SheetSnapshot,
  header: HeaderCells,
  metadata: DepartmentSheetMetadata | null,
  problems: LayoutProblem[],
): string {
  const written = (headerText(header, "name") ?? "").trim();
  if (written !== "") return written;
  const name = metadata?.department ?? sheetDepartmentName(sheet).name;
  // A sheet made without a header block has no 部 cell by design; one with a header but an empty 部 is told.
  if (Object.keys(header).length > 0) {
    problems.push(problem("warning", "layout.read.nameMissing", { name }, header.name ? address(header.name) : null));
  }
  return name;
}

/** 課長確認 and 部長確認 as the model keeps them (the model's empty ones when the sheet has no place for them). */
function signOffsOf(sheet: SheetSnapshot): { signOffs?: Department["signOffs"] } {
  const found = readSignOffs(sheet);
  if (found === undefined) return {};
  const of = (role: "section" | "director") => ({ name: found[role]?.name ?? "", date: found[role]?.date ?? "" });
  return { signOffs: { section: of("section"), director: of("director") } };
}
