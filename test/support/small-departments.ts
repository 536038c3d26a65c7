/**
 * Small department sheets written by hand for the Consolidate tests: goals and ratio indicators whose
 * figures a test can work out in its head, inserted as Tassei's Insert job would (planInsert), each under
 * the sheet name the test gives.
 */
import { type Department, type Goal, type Indicator, NO_SIGN_OFFS } from "../../src/core/department/model";
import { planInsert } from "../../src/core/insert/plan";
import type { AdapterUnderTest } from "./adapters";

export function goal(no: number, title: string): Goal {
  return {
    no,
    title,
    masterPlanCodes: [],
    basicPolicyCodes: [],
    measureSheetCodes: [],
    field: "",
    targetStatement: "",
    initiatives: [{ text: `${title}の取組`, section: "総務課", result: "" }],
    status: "",
    manualGrade: null,
    manualGradeReason: "",
    summary: "",
    nextSteps: "",
  };
}

export function indicator(goalNo: number, name: string, target: number, actual: number): Indicator {
  return {
    goalNo,
    name,
    unit: "件",
    direction: "up",
    method: "ratio",
    baseline: null,
    target,
    actual,
    status: "final",
    manualGrade: null,
    manualGradeReason: "",
    weight: 1,
    note: "",
    interimActual: null,
  };
}

export function department(name: string, fiscalYear: number, goals: Goal[], indicators: Indicator[]): Department {
  return {
    name,
    head: `${name}長`,
    fiscalYear,
    policy: "",
    goals,
    indicators,
    kgis: [],
    scale: "default",
    signOffs: NO_SIGN_OFFS,
    interimDate: "",
  };
}

/** Inserts each department under its sheet name, in order. */
export async function insertDepartments(
  adapter: AdapterUnderTest,
  sheets: readonly (readonly [string, Department])[],
): Promise<void> {
  for (const [sheetName, data] of sheets) {
    const workbook = await adapter.read({ sheets: [] });
    const planned = planInsert(
      {
        department: data,
        goalCount: data.goals.length,
        layouts: { header: true, goals: true, kpi: true, kgi: false },
        scale: "default",
        sheetName,
      },
      workbook,
    );
    if (!planned.ok) throw new Error(planned.problems.map((p) => p.en).join("; "));
    await adapter.apply({ sheets: [planned.plan] });
  }
}
