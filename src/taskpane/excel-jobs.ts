/**
 * The pane's jobs: the Office.js adapter's use-cases on a request context. Inside Excel that is
 * Excel.run; the browser preview passes the in-memory Excel's run, so both go through the same code.
 */
import { departmentSheetNames } from "../core/consolidate/find-sheets";
import type { ConsolidationSource } from "../core/consolidate/types";
import { bilingual } from "../core/messages";
import { type SheetCopy, consolidateIntoWorkbook, listDepartmentSheets } from "../excel/jobs/consolidate";
import { gradeActiveSheet, selectCell, setColumnRole, undoLastConversion } from "../excel/jobs/grade";
import { convertHandMadeSheet } from "../excel/jobs/convert";
import { editActiveSheet, readActiveOutline } from "../excel/jobs/edit";
import { insertDepartmentSheet } from "../excel/jobs/insert";
import { rolloverSheets } from "../excel/jobs/rollover";
import { type IsSetSupported, officeIsSetSupported, supports } from "../excel/requirements";
import { type RunBatch, officeRun } from "../excel/run";
import { watchEdits } from "../excel/watch-edits";
import type { FileProgress, PaneJobs, PickedFile } from "./jobs";

export function excelJobs(
  officeRunBatch: RunBatch = officeRun(),
  isSetSupported: IsSetSupported = officeIsSetSupported(),
  /** A person's edits as the host tells them (the preview's grid); by default Office.js's change event. */
  edits?: (listener: () => void) => () => void,
): PaneJobs {
  const watcher = edits ? null : watchEdits(officeRunBatch, isSetSupported);
  // The jobs' runs are known to the watcher, so an older Excel's change events from them are not a person's.
  const run = watcher?.run ?? officeRunBatch;
  const deps = { run, isSetSupported };
  return {
    watchEdits: edits ?? watcher!.watch,
    insert: (request) => insertDepartmentSheet(run, isSetSupported, request),
    readOutline: () => readActiveOutline(deps),
    addToSheet: (request) => editActiveSheet(deps, request),
    grade: () => gradeActiveSheet(deps),
    setColumnRole: (change) => setColumnRole(deps, change),
    convert: (sheet) => convertHandMadeSheet(deps, sheet),
    rollover: (scope) => rolloverSheets(deps, scope),
    undo: () => undoLastConversion(deps),
    selectCell: (sheet, address) => selectCell(deps, sheet, address),
    canCopySheets: supports(isSetSupported, "insertWorksheets"),
    departmentSheets: () => listDepartmentSheets(deps),
    consolidate: async (request, onProgress) => {
      const read = await readFiles(request.files, onProgress);
      return consolidateIntoWorkbook(deps, {
        exclude: request.exclude,
        files: read.map((r) => r.source),
        ...(request.copySheets ? { copy: read.flatMap(sheetCopy) } : {}),
        ...(request.fiscalYear === undefined ? {} : { fiscalYear: request.fiscalYear }),
      });
    },
  };
}

/** A read file's department sheets, to copy as Excel takes them: the whole file in base64 and the names. */
function sheetCopy(read: ReadFile): SheetCopy[] {
  if (read.source.kind !== "file" || read.bytes === null) return [];
  const sheets = departmentSheetNames(read.source.snapshot);
  return sheets.length > 0 ? [{ fileName: read.source.fileName, base64: toBase64(read.bytes), sheets }] : [];
}

/** Base64 of a file, as insertWorksheetsFromBase64 takes it (btoa, in slices: a file may be megabytes). */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  // In slices: String.fromCharCode takes its bytes as arguments, and the stack limits how many.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

interface ReadFile {
  readonly source: ConsolidationSource;
  readonly bytes: Uint8Array | null;
}

/** Reads the picked files one by one (the .xlsx reader loads only now, so the pane stays small). */
async function readFiles(
  files: readonly PickedFile[],
  onProgress: ((progress: FileProgress) => void) | undefined,
): Promise<ReadFile[]> {
  if (files.length === 0) return [];
  const { consolidationSourceFromXlsx } = await import("../xlsx/consolidation-source");
  const read: ReadFile[] = [];
  for (const [index, file] of files.entries()) {
    onProgress?.({ index, state: "reading" });
    let entry: ReadFile;
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      entry = { source: await consolidationSourceFromXlsx(file.name, bytes), bytes };
    } catch {
      // The browser could not hand over the bytes (the file moved or its permission was withdrawn).
      const source = { kind: "unreadable", fileName: file.name, reason: bilingual("ui.consolidate.fileLost") } as const;
      entry = { source, bytes: null };
    }
    read.push(entry);
    onProgress?.({ index, state: entry.source.kind === "unreadable" ? "failed" : "read" });
  }
  return read;
}
