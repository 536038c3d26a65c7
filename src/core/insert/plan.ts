/**
 * The Insert job's decisions, made on the workbook's structure: refuse when the workbook's structure is
 * protected, name the sheet after the department (never an existing name), pick table names unused in
 * the workbook, and lay the department out. The adapters only apply the plan.
 */
import { DEFAULT_SCALE, presetScale, scaleWithInterim } from "../rules";
import { planDepartmentSheet } from "../sheet/department-sheet";
import { tableNames } from "../sheet/metadata";
import { bilingual, type Bilingual } from "../messages";
import type { SheetPlan } from "../workbook/plan";
import type { WorkbookSnapshot } from "../workbook/snapshot";
import type { ValidatedInsert } from "./request";
import { formatEraFiscalYear } from "../era";
import { chosenSheetName, departmentSheetName, freeSheetName } from "./sheet-name";

export type InsertPlan =
  | { readonly ok: true; readonly plan: SheetPlan; readonly sheetName: string; readonly renamed: boolean }
  | { readonly ok: false; readonly problems: readonly Bilingual[] };

export function planInsert(request: ValidatedInsert, workbook: WorkbookSnapshot): InsertPlan {
  if (workbook.structureProtected) return { ok: false, problems: [bilingual("insert.error.structureProtected")] };
  const name =
    request.sheetName === undefined || request.sheetName === null
      ? departmentSheetName(request.department.name, workbook.sheetNames)
      : chosenSheetName(request.sheetName, workbook.sheetNames);
  if (!name.ok) {
    if (name.reason === "exists") {
      // A second year of a department (or a second try): say which name is free to choose instead.
      const suggestion = freeSheetName(
        `${request.department.name} ${formatEraFiscalYear(request.department.fiscalYear, "ja")}`,
        workbook.sheetNames,
      );
      return { ok: false, problems: [bilingual("insert.error.sheetExists", { sheet: name.name, suggestion })] };
    }
    const key = name.reason === "empty" ? "insert.error.departmentEmpty" : "insert.error.departmentForbidden";
    return { ok: false, problems: [bilingual(key)] };
  }
  const plan = planDepartmentSheet(request.department, {
    sheetName: name.name,
    sheetId: freeSheetId(workbook.tableNames),
    layouts: request.layouts,
    scale: request.interim
      ? scaleWithInterim(presetScale(request.scale) ?? DEFAULT_SCALE, request.interim)
      : (presetScale(request.scale) ?? undefined),
    goalCount: request.goalCount,
  });
  return { ok: true, plan, sheetName: name.name, renamed: name.changed };
}

/** The smallest number whose table names are all free (Excel compares table names case-insensitively). */
export function freeSheetId(existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  for (let n = 1; ; n++) {
    const names = Object.values(tableNames(String(n)));
    if (names.every((t) => !taken.has(t.toLowerCase()))) return String(n);
  }
}
