/**
 * The five seed departments as one workbook plan, one department sheet each, in seed order: what the
 * preview page shows and what later tests start from. Sheet names are the department names (two seeds
 * are both 政策推進部, so the later one gets its fiscal year), table ids the seed numbers.
 */
import { formatEraFiscalYear } from "../core/era";
import { planDepartmentSheet } from "../core/sheet/department-sheet";
import type { WorkbookPlan } from "../core/workbook/plan";
import { samples } from "./index";

export interface SampleSheet {
  readonly sampleId: string;
  readonly sheetName: string;
  readonly sheetId: string;
}

/** Sheet name and id of each sample, in seed order. */
export function sampleSheets(): SampleSheet[] {
  const taken = new Set<string>();
  return samples.map((sample) => {
    const department = sample.department;
    let sheetName = department.name;
    if (taken.has(sheetName)) sheetName = `${department.name} ${formatEraFiscalYear(department.fiscalYear, "ja")}`;
    taken.add(sheetName);
    return { sampleId: sample.id, sheetName, sheetId: sample.id.slice(0, "seed000".length) };
  });
}

export function sampleWorkbookPlan(): WorkbookPlan {
  const sheets = sampleSheets();
  return {
    sheets: samples.map((sample, index) => {
      const sheet = sheets[index];
      if (!sheet) throw new Error(`no sheet for ${sample.id}`);
      const plan = planDepartmentSheet(sample.department, { sheetName: sheet.sheetName, sheetId: sheet.sheetId });
      // Only the first sheet is activated, so the workbook opens on it.
      if (index === 0) return plan;
      const { activate: _activate, ...rest } = plan;
      return rest;
    }),
  };
}
