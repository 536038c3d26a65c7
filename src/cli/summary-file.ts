/**
 * The file `tassei consolidate -o` writes the summary into. A new file gets a new workbook. An existing
 * file is rewritten only when it already holds the summary sheet, as the pane regenerates it in the open
 * workbook: the summary sheet is replaced and every other sheet kept (whether the sheet is really
 * Tassei's is the core's decision, planConsolidation). Any other existing file is left alone. The file is
 * edited in place, so nothing else in it — other sheets, charts, pivot tables, macros — is rewritten.
 * Every write goes through a temporary file (write-file.ts), so a failure never leaves half a file.
 */
import { sameSheetName } from "@tassei/excel-rules";
import { EMPTY_WORKBOOK } from "../core/workbook/snapshot";
import fs from "node:fs";
import { readInputFile } from "./read-file";
import { writeFailureReason, writeFileWhole } from "./write-file";
import path from "node:path";
import { SUMMARY_SHEET_NAME } from "../core/consolidate";
import { type Bilingual, bilingual } from "../core/messages";
import type { WorkbookPlan } from "../core/workbook/plan";
import type { WorkbookSnapshot } from "../core/workbook/snapshot";
import { applyPlanInPlace, emptyWorkbookPackage, readSnapshotFromXlsx } from "../xlsx";
import { localised } from "./localised";

/** A new file: no sheet, no table, nothing protected. */
export type SummaryTarget =
  | { readonly kind: "new"; readonly file: string; readonly snapshot: WorkbookSnapshot }
  | {
      readonly kind: "existing";
      readonly file: string;
      readonly bytes: Uint8Array;
      readonly snapshot: WorkbookSnapshot;
    };

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
  if (!fs.existsSync(file)) return { ok: true, target: { kind: "new", file, snapshot: EMPTY_WORKBOOK } };
  const existing = readInputFile(file);
  if (!existing.ok) return { ok: false, problem: existing.reason };
  const bytes = existing.bytes;
  const read = await readSnapshotFromXlsx(bytes, { sheets: "all" });
  if (!read.ok) {
    return {
      ok: false,
      problem: localised("cli.consolidate.outputUnreadable", { file }, "reason", read.failure.message),
    };
  }
  const hasSummary = read.snapshot.sheetNames.some((name) => sameSheetName(name, SUMMARY_SHEET_NAME));
  if (!hasSummary) {
    return { ok: false, problem: bilingual("cli.consolidate.outputExists", { file, sheet: SUMMARY_SHEET_NAME }) };
  }
  return { ok: true, target: { kind: "existing", file, bytes, snapshot: read.snapshot } };
}

/**
 * Applies the plan and writes the file; the bytes written, or why not. An existing workbook is edited
 * in place (src/xlsx/patch): its other sheets, charts, pivot tables and macros come out as they went in.
 */
export async function writeSummary(
  target: SummaryTarget,
  plan: WorkbookPlan,
): Promise<{ readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly reason: Bilingual }> {
  const { file } = target;
  const base = target.kind === "new" ? await emptyWorkbookPackage() : target.bytes;
  const applied = await applyPlanInPlace(base, plan);
  if (!applied.ok) {
    const reason = "error" in applied ? applied.error.message : applied.failure.message;
    return { ok: false, reason: localised("cli.consolidate.cannotWrite", { file }, "reason", reason) };
  }
  try {
    // Whole or not at all: a new file never over one that appeared meanwhile, a regenerated one by a rename.
    writeFileWhole(file, applied.bytes, { replace: target.kind === "existing" });
    return { ok: true, bytes: applied.bytes };
  } catch (error) {
    return {
      ok: false,
      reason: localised("cli.consolidate.cannotWrite", { file }, "reason", writeFailureReason(error)),
    };
  }
}
