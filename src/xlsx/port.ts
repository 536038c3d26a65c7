/**
 * The .xlsx adapter behind the jobs' port (core/jobs/port.ts), over bytes: a file the user made, edited in
 * its own parts (patch/apply-in-place.ts: nothing the plan does not name is rewritten), or a new workbook
 * written by exceljs (the writer that makes tables and validations). Reads see what was applied before
 * them, with formats and formula text always given. What the file refuses is thrown as XlsxPortError,
 * with the reason in both languages; the command line words it for its file.
 */
import type { FormatCell, FormulaCell, WorkbookPort } from "../core/jobs/port";
import type { Bilingual } from "../core/messages";
import type { RangeRef } from "@tassei/excel-rules";
import {
  EMPTY_WORKBOOK,
  type SheetSnapshot,
  type SnapshotRequest,
  type WorkbookSnapshot,
} from "../core/workbook/snapshot";
import { applyPlanToXlsx } from "./apply-plan";
import { applyPlanInPlace } from "./patch/apply-in-place";
import { readSnapshotFromXlsx } from "./read-snapshot";
import { newXlsxWorkbook, saveXlsx } from "./workbook-io";

/** Why the file could not be read, or a plan not be written into it. */
export class XlsxPortError extends Error {
  constructor(
    readonly kind: "unreadable" | "unwritable",
    readonly reason: Bilingual,
  ) {
    super(reason.en);
  }
}

export interface XlsxPort extends WorkbookPort {
  /** The workbook with every plan applied so far. */
  bytes(): Promise<Uint8Array>;
}

/** A file's bytes: plans applied in place, and reads that see what was applied, as in Excel. */
export function xlsxFilePort(original: Uint8Array): XlsxPort {
  let current = original;
  const read = (request: SnapshotRequest) => readBytes(current, request);
  return {
    read,
    ...cellReads(read),
    apply: async (plan) => {
      const applied = await applyPlanInPlace(current, plan);
      if (!applied.ok) {
        throw new XlsxPortError("unwritable", "error" in applied ? applied.error.message : applied.failure.message);
      }
      current = applied.bytes;
      return [];
    },
    bytes: async () => current,
  };
}

/**
 * A new workbook with no sheet, written by exceljs (the writer that makes tables and validations); its
 * notices are exceljs's unsupported features, none today (charts are written into the saved package).
 */
export function newXlsxPort(): XlsxPort {
  const workbook = newXlsxWorkbook();
  let written = false;
  const read = async (request: SnapshotRequest): Promise<WorkbookSnapshot> =>
    written ? readBytes(await saveXlsx(workbook), request) : EMPTY_WORKBOOK;
  return {
    read,
    ...cellReads(read),
    apply: async (plan) => {
      const report = applyPlanToXlsx(workbook, plan);
      if (!report.ok) throw new XlsxPortError("unwritable", report.error.message);
      written = true;
      return report.unsupported.map((u) => u.message);
    },
    bytes: () => saveXlsx(workbook),
  };
}

async function readBytes(bytes: Uint8Array, request: SnapshotRequest): Promise<WorkbookSnapshot> {
  const result = await readSnapshotFromXlsx(bytes, request);
  if (!result.ok) throw new XlsxPortError("unreadable", result.failure.message);
  return result.snapshot;
}

/** A file's reads give formats and formula text anyway: the follow-up reads take them from a sheet's read. */
function cellReads(read: (request: SnapshotRequest) => Promise<WorkbookSnapshot>) {
  const sheetOf = async (name: string): Promise<SheetSnapshot | undefined> =>
    (await read({ sheets: [name] })).sheets[0];
  return {
    readNumberFormats: async (sheet: string, ranges: readonly RangeRef[]): Promise<FormatCell[]> => {
      const snapshot = await sheetOf(sheet);
      return cellsIn(ranges).map(({ row, column }) => ({
        row,
        column,
        numberFormat: snapshot ? partAt(snapshot, snapshot.numberFormats, row, column, "General") : "General",
      }));
    },
    readFormulaTexts: async (requests: readonly { sheet: string; cells: readonly RangeRef[] }[]) => {
      const found = new Map<string, FormulaCell[]>();
      for (const request of requests) {
        const snapshot = await sheetOf(request.sheet);
        found.set(
          request.sheet,
          cellsIn(request.cells).map(({ row, column }) => ({
            row,
            column,
            formula: snapshot ? partAt(snapshot, snapshot.formulas, row, column, null) : null,
          })),
        );
      }
      return found;
    },
  };
}

function cellsIn(ranges: readonly RangeRef[]): { row: number; column: number }[] {
  return ranges.flatMap((range) =>
    Array.from({ length: range.rowCount * range.columnCount }, (_, i) => ({
      row: range.row + Math.floor(i / range.columnCount),
      column: range.column + (i % range.columnCount),
    })),
  );
}

function partAt<T>(sheet: SheetSnapshot, grid: readonly (readonly T[])[], row: number, column: number, none: T): T {
  const used = sheet.used;
  if (!used) return none;
  return grid[row - used.row]?.[column - used.column] ?? none;
}
