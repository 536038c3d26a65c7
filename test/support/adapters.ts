/**
 * The two adapters' ports (core/jobs/port.ts) as the suites that run against each use them: the Office.js
 * adapter on the in-memory Excel, and the .xlsx adapter through a saved file (a new workbook written by
 * exceljs, read back from its bytes). `apply` throws when the adapter refuses the plan.
 */
import { createInMemoryExcel, type InMemoryExcel } from "@tassei/in-memory-excel";
import type { WorkbookPlan } from "../../src/core/workbook/plan";
import type { SnapshotRequest, WorkbookSnapshot } from "../../src/core/workbook/snapshot";
import { officeJsPort } from "../../src/excel/port";
import { XlsxPortError, newXlsxPort, xlsxFilePort } from "../../src/xlsx/port";

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
    apply: (plan) => excel.run(async (context) => void (await officeJsPort(context).apply(plan))),
    read: (request) => excel.run((context) => officeJsPort(context).read(request)),
  };
}

export function xlsxAdapter(): AdapterUnderTest & { bytes(): Uint8Array } {
  const port = newXlsxPort();
  let saved: Uint8Array | undefined;
  return {
    name: ".xlsx adapter through a saved file",
    bytes: () => {
      if (!saved) throw new Error("nothing saved yet");
      return saved;
    },
    apply: async (plan) => {
      try {
        await port.apply(plan);
      } catch (error) {
        if (error instanceof XlsxPortError) throw new Error(`${error.kind}: ${error.reason.en}`);
        throw error;
      }
      saved = await port.bytes();
    },
    // Read back from the saved bytes, as a file is.
    read: (request) => {
      if (!saved) throw new Error("nothing saved yet");
      return xlsxFilePort(saved).read(request);
    },
  };
}
