/**
 * The file `tassei consolidate -o` writes the summary into. A new file gets a new workbook. An existing
 * file is rewritten only when it already holds the summary sheet, as the pane regenerates it in the open
 * workbook: the summary sheet is replaced and every other sheet kept (whether the sheet is really
 * Tassei's is the core's decision, planConsolidation). Any other existing file is left alone. The file is
 * edited in place, so nothing else in it — other sheets, charts, pivot tables, macros — is rewritten.
 * Every write goes through a temporary file (write-file.ts), so a failure never leaves half a file.
 */
import { sameSheetName } from "@tassei/excel-rules";
import fs from "node:fs";
import { readInputFile } from "./read-file";
import { writeFailureReason, writeFileWhole } from "./write-file";
import path from "node:path";
import { SUMMARY_SHEET_NAME } from "../core/consolidate";
import { type Bilingual, bilingual } from "../core/messages";
import { emptyWorkbookPackage, readSnapshotFromXlsx } from "../xlsx";
import { type XlsxPort, xlsxFilePort } from "../xlsx/port";
import { localised } from "./localised";

/** The file the summary goes into, as a port of the .xlsx adapter: a new workbook, or the existing file's. */
export interface SummaryTarget {
  readonly kind: "new" | "existing";
  readonly file: string;
  readonly port: XlsxPort;
}

export type TargetOpening =
  { readonly ok: true; readonly target: SummaryTarget } | { readonly ok: false; readonly problem: Bilingual };

/** Resolves symbolic links where the file exists, so two names of one file compare equal. */
function identity(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

export async function openSummaryTarget(file: string, sources: readonly string[]): Promise<TargetOpening> {
  const self = identity(file);
  if (sources.some((source) => identity(source) === self)) {
    return { ok: false, problem: bilingual("cli.consolidate.outputIsInput", { file }) };
  }
  if (!fs.existsSync(file)) {
    return { ok: true, target: { kind: "new", file, port: xlsxFilePort(await emptyWorkbookPackage()) } };
  }
  const existing = readInputFile(file);
  if (!existing.ok) return { ok: false, problem: existing.reason };
  const port = xlsxFilePort(existing.bytes);
  // The sheets' names are enough to tell: whether the summary sheet is really Tassei's is the core's decision.
  const read = await readSnapshotFromXlsx(existing.bytes, { sheets: [] });
  if (!read.ok) return { ok: false, problem: targetUnreadable({ file }, read.failure.message) };
  const hasSummary = read.snapshot.sheetNames.some((name) => sameSheetName(name, SUMMARY_SHEET_NAME));
  if (!hasSummary) {
    return { ok: false, problem: bilingual("cli.consolidate.outputExists", { file, sheet: SUMMARY_SHEET_NAME }) };
  }
  return { ok: true, target: { kind: "existing", file, port } };
}

/** Why an existing file the summary would go into cannot be read (so it is not rewritten). */
export function targetUnreadable(target: { readonly file: string }, reason: Bilingual): Bilingual {
  return localised("cli.consolidate.outputUnreadable", { file: target.file }, "reason", reason);
}

/** Why the job could not write into the target, in the command's words for its file. */
export function targetFailure(target: SummaryTarget, reason: Bilingual): Bilingual {
  return localised("cli.consolidate.cannotWrite", { file: target.file }, "reason", reason);
}

/**
 * Writes the file with every plan the job applied to the target; the bytes written, or why not. An
 * existing workbook was edited in place (src/xlsx/patch): its other sheets, charts, pivot tables and
 * macros come out as they went in.
 */
export async function writeSummary(
  target: SummaryTarget,
): Promise<{ readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly reason: Bilingual }> {
  const bytes = await target.port.bytes();
  try {
    // Whole or not at all: a new file never over one that appeared meanwhile, a regenerated one by a rename.
    writeFileWhole(target.file, bytes, { replace: target.kind === "existing" });
    return { ok: true, bytes };
  } catch (error) {
    return { ok: false, reason: targetFailure(target, writeFailureReason(error)) };
  }
}
