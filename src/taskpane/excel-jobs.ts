/**
 * The pane's jobs: the Office.js adapter's use-cases on a request context. Inside Excel that is
 * Excel.run; the browser preview passes the in-memory Excel's run, so both go through the same code.
 */
import type { ConsolidationSource } from "../core/consolidate/types";
import { bilingual } from "../core/messages";
import { consolidateIntoWorkbook, listDepartmentSheets } from "../excel/jobs/consolidate";
import { gradeActiveSheet, selectCell, undoLastConversion } from "../excel/jobs/grade";
import { insertDepartmentSheet } from "../excel/jobs/insert";
import { type IsSetSupported, officeIsSetSupported } from "../excel/requirements";
import { type RunBatch, officeRun } from "../excel/run";
import type { FileProgress, PaneJobs, PickedFile } from "./jobs";

export function excelJobs(
  run: RunBatch = officeRun(),
  isSetSupported: IsSetSupported = officeIsSetSupported(),
): PaneJobs {
  const deps = { run, isSetSupported };
  return {
    insert: (request) => insertDepartmentSheet(run, isSetSupported, request),
    grade: () => gradeActiveSheet(deps),
    undo: () => undoLastConversion(deps),
    selectCell: (sheet, address) => selectCell(deps, sheet, address),
    departmentSheets: () => listDepartmentSheets(deps),
    consolidate: async (request, onProgress) =>
      consolidateIntoWorkbook(deps, { sheets: request.sheets, files: await readFiles(request.files, onProgress) }),
  };
}

/** Reads the picked files one by one (the .xlsx reader loads only now, so the pane stays small). */
async function readFiles(
  files: readonly PickedFile[],
  onProgress: ((progress: FileProgress) => void) | undefined,
): Promise<ConsolidationSource[]> {
  if (files.length === 0) return [];
  const { consolidationSourceFromXlsx } = await import("../xlsx/consolidation-source");
  const sources: ConsolidationSource[] = [];
  for (const [index, file] of files.entries()) {
    onProgress?.({ index, state: "reading" });
    let source: ConsolidationSource;
    try {
      source = await consolidationSourceFromXlsx(file.name, await file.arrayBuffer());
    } catch {
      // The browser could not hand over the bytes (the file moved or its permission was withdrawn).
      source = { kind: "unreadable", fileName: file.name, reason: bilingual("ui.consolidate.fileLost") };
    }
    sources.push(source);
    onProgress?.({ index, state: source.kind === "unreadable" ? "failed" : "read" });
  }
  return sources;
}
