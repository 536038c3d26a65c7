/**
 * The file `tassei consolidate -o` writes the summary into. A new file gets a new workbook. An existing
 * file is rewritten only when it already holds the summary sheet, as the pane regenerates it in the open
 * workbook: the summary sheet is replaced and every other sheet kept (whether the sheet is really
 * Tassei's is the core's decision, planConsolidation). Any other existing file is left alone, and so is
 * one that saving through exceljs would make lose something (charts elsewhere, pivot tables, macros…).
 * Every write goes through a temporary file (write-file.ts), so a failure never leaves half a file.
 */
import { sameSheetName } from "../core/workbook/address";
import { EMPTY_WORKBOOK } from "../core/workbook/snapshot";
import fs from "node:fs";
import { readInputFile } from "./read-file";
import { writeFailureReason, writeFileWhole } from "./write-file";
import path from "node:path";
import { SUMMARY_SHEET_NAME } from "../core/consolidate";
import { type Bilingual, type MessageKey, bilingual } from "../core/messages";
import type { WorkbookPlan } from "../core/workbook/plan";
import type { WorkbookSnapshot } from "../core/workbook/snapshot";
import {
  applyPlanToXlsx,
  chartsOutsideSheet,
  loadXlsx,
  newXlsxWorkbook,
  readSnapshotFromXlsx,
  saveXlsx,
} from "../xlsx";
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

/** Applies the plan and writes the file; a problem, or null when written. */
export async function writeSummary(target: SummaryTarget, plan: WorkbookPlan): Promise<Bilingual | null> {
  const { file } = target;
  if (target.kind === "new") {
    const workbook = newXlsxWorkbook();
    const applied = applyPlanToXlsx(workbook, plan);
    if (!applied.ok) return localised("cli.consolidate.cannotWrite", { file }, "reason", applied.error.message);
    try {
      // Whole or not at all, and never over a file that appeared meanwhile.
      writeFileWhole(file, await saveXlsx(workbook));
      return null;
    } catch (error) {
      return localised("cli.consolidate.cannotWrite", { file }, "reason", writeFailureReason(error));
    }
  }

  const loaded = await loadXlsx(target.bytes);
  if (!loaded.ok) return localised("cli.consolidate.cannotWrite", { file }, "reason", loaded.failure.message);
  const lost = await lostOnRewrite(
    target.bytes,
    loaded.warnings.flatMap((w) => w.features),
  );
  if (lost.length > 0) {
    const names = lost.map((key) => bilingual(key));
    const features = { ja: names.map((n) => n.ja).join("、"), en: names.map((n) => n.en).join(", ") };
    return localised("cli.consolidate.outputWouldLose", { file }, "features", features);
  }
  const applied = applyPlanToXlsx(loaded.workbook, plan);
  if (!applied.ok) return localised("cli.consolidate.cannotWrite", { file }, "reason", applied.error.message);
  try {
    writeFileWhole(file, await saveXlsx(loaded.workbook), { replace: true });
    return null;
  } catch (error) {
    return localised("cli.consolidate.cannotWrite", { file }, "reason", writeFailureReason(error));
  }
}

/** What saving would drop, leaving out the summary's own chart (the plan draws it again). */
async function lostOnRewrite(bytes: Uint8Array, features: readonly MessageKey[]): Promise<MessageKey[]> {
  const others: MessageKey[] = features.filter((f) => f !== "xlsx.feature.charts");
  if (features.includes("xlsx.feature.charts") && (await chartsOutsideSheet(bytes, SUMMARY_SHEET_NAME)) > 0) {
    others.unshift("xlsx.feature.charts");
  }
  return others;
}
