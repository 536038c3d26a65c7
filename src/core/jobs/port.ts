/**
 * The one interface every job is written against: read a snapshot, apply a plan. The Office.js adapter
 * (src/excel/port.ts, which also drives the in-memory Excel) and the .xlsx adapter (src/xlsx/port.ts)
 * implement it; the pane, the ribbon and the command line gather input, call a job of this folder and
 * show its outcome. Nothing here knows whether the workbook is open in Excel or is a file.
 */
import type { Bilingual } from "../messages";
import type { RangeRef } from "@tassei/excel-rules";
import type { WorkbookPlan } from "../workbook/plan";
import type { SnapshotRequest, WorkbookSnapshot } from "../workbook/snapshot";

/** Some cells of one sheet. */
export interface CellsOfSheet {
  readonly sheet: string;
  readonly cells: readonly RangeRef[];
}

export interface FormatCell {
  readonly row: number;
  readonly column: number;
  readonly numberFormat: string;
}

export interface FormulaCell {
  readonly row: number;
  readonly column: number;
  /** The formula ("=H5/G5"), or null where the cell holds a constant. */
  readonly formula: string | null;
}

export interface WorkbookReader {
  /** A snapshot, as the request asks (see SnapshotRequest: a lean read may leave formats and formula text out). */
  read(request: SnapshotRequest): Promise<WorkbookSnapshot>;
  /** The number formats of some ranges of one sheet, which a read with `numberFormats: "later"` left out. */
  readNumberFormats(sheet: string, ranges: readonly RangeRef[]): Promise<readonly FormatCell[]>;
  /** The formula text of cells a read with `formulas: "presence"` left unknown, by sheet. */
  readFormulaTexts(requests: readonly CellsOfSheet[]): Promise<ReadonlyMap<string, readonly FormulaCell[]>>;
}

export interface WorkbookWriter {
  /**
   * Applies a plan. It throws when the workbook refuses it (the adapter says why, in its own words); what
   * landed but not as planned comes back as notices the user can act on (printing not set one page wide…).
   */
  apply(plan: WorkbookPlan): Promise<readonly Bilingual[]>;
}

export interface WorkbookPort extends WorkbookReader, WorkbookWriter {}

/**
 * A port that reads as `reader` does and writes nothing: a job run for what it finds (the command line
 * grading a file without -o, a CSV export that cannot be written back).
 */
export function withoutWriting(reader: WorkbookReader): WorkbookPort {
  return {
    read: (request) => reader.read(request),
    readNumberFormats: (sheet, ranges) => reader.readNumberFormats(sheet, ranges),
    readFormulaTexts: (requests) => reader.readFormulaTexts(requests),
    apply: async () => [],
  };
}

/** A reader over a snapshot read in full already (a CSV export): every read gives it whole. */
export function snapshotReader(snapshot: WorkbookSnapshot): WorkbookReader {
  return {
    read: async () => snapshot,
    readNumberFormats: async () => [],
    readFormulaTexts: async () => new Map(),
  };
}
