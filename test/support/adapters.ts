/**
 * The adapters that apply a plan and read a snapshot, behind one test-only interface, so one suite runs
 * against each: the Office.js adapter on the in-memory Excel, and the .xlsx adapter through a saved file.
 */
import { applyPlan } from "../../src/excel/apply";
import { readSnapshot } from "../../src/excel/read";
import type { WorkbookPlan } from "../../src/core/workbook/plan";
import type { SnapshotRequest, WorkbookSnapshot } from "../../src/core/workbook/snapshot";
import { createInMemoryExcel, type InMemoryExcel } from "@tassei/in-memory-excel";
import { applyPlanToXlsx, newXlsxWorkbook, readSnapshotFromXlsx, saveXlsx } from "../../src/xlsx";

export interface AdapterUnderTest {
  readonly name: string;
  apply(plan: WorkbookPlan): Promise<void>;
  read(request: SnapshotRequest): Promise<WorkbookSnapshot>;
}

export function officeJsAdapter(
  excel: InMemoryExcel = createInMemoryExcel(),
): AdapterUnderTest & { excel: InMemoryExcel } {
  return {
    name: "Office.js adapter on the in-memory Excel",
    excel,
    apply: (plan) => excel.run(async (context) => void (await applyPlan(context, plan))),
    read: (request) => excel.run((context) => readSnapshot(context, request)),
  };
}

export function xlsxAdapter(): AdapterUnderTest & { bytes(): Uint8Array } {
  const workbook = newXlsxWorkbook();
  let saved: Uint8Array | undefined;
  return {
    name: ".xlsx adapter through a saved file",
    bytes: () => {
      if (!saved) throw new Error("nothing saved yet");
      return saved;
    },
    apply: async (plan) => {
      const report = applyPlanToXlsx(workbook, plan);
      if (!report.ok) throw new Error(`${report.error.code}: ${report.error.message.en}`);
      saved = await saveXlsx(workbook);
    },
    read: async (request) => {
      if (!saved) throw new Error("nothing saved yet");
      const result = await readSnapshotFromXlsx(saved, request);
      if (!result.ok) throw new Error(`${result.failure.reason}: ${result.failure.message.en}`);
      return result.snapshot;
    },
  };
}
