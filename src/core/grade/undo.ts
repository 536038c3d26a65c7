/**
 * Undoing the last grading of a sheet: every cell it changed gets back what it held — a converted cell
 * its text (as text) and former number format, a cell of Tassei's its formula, value or emptiness, the
 * stamp property its value — and the log rows are marked undone. A cell changed since the grading is
 * left as it is now, and its log row says so. Grading again then does what that grading did.
 */
import { property } from "../workbook/properties";
import { bilingual, message } from "../messages";
import { parseCellAddress } from "@tassei/excel-rules";
import { type CellBlock, type PlannedCell, type SheetPlan, emptySheetPlan } from "../workbook/plan";
import type { SheetSnapshot, WorkbookSnapshot } from "../workbook/snapshot";
import { LOG_SHEET_NAME, type LogEntry, logState, undoneBlocks } from "./log-sheet";
import { sameValue } from "./live-formulas";
import { cellText, gradeCell, sameSheetName } from "./sheet-cells";
import { logTime } from "./time";
import type { UndoRun } from "./types";
import { SheetWrites } from "./writes";

export function planUndoLastConversion(
  snapshot: WorkbookSnapshot,
  sheetName: string,
  options: { readonly now: Date },
): UndoRun {
  const sheet = snapshot.sheets.find((s) => sameSheetName(s.name, sheetName));
  if (!sheet) return { ok: false, message: bilingual("grade.undo.sheet_missing", { sheet: sheetName }) };
  const nothing = { ok: false as const, message: bilingual("grade.undo.nothing", { sheet: sheet.name }) };
  const named = snapshot.sheets.find((s) => sameSheetName(s.name, LOG_SHEET_NAME));
  if (sheet.protected || named?.protected) {
    return { ok: false, message: bilingual("grade.undo.sheet_protected", { sheet: sheet.name, log: LOG_SHEET_NAME }) };
  }
  const log = logState(snapshot);
  if (log.kind !== "ours") return nothing;
  const batch = lastBatch(log.entries, sheet.name);
  if (batch.length === 0) return nothing;

  const time = logTime(options.now);
  const writes = new SheetWrites();
  const properties: Record<string, string> = {};
  const marks: { row: number; text: string }[] = [];
  let restored = 0;
  for (const entry of batch) {
    const restoredOne =
      entry.previousKind === "プロパティ"
        ? restoreProperty(entry, sheet, properties)
        : restoreCell(entry, sheet, writes);
    marks.push({ row: entry.row, text: restoredOne ? time : message("grade.log.notRestored", "ja", { time }) });
    if (restoredOne) restored += 1;
  }
  const sheets: SheetPlan[] = [];
  if (!writes.isEmpty || Object.keys(properties).length > 0) {
    sheets.push({
      ...emptySheetPlan(sheet.name, "update"),
      blocks: writes.blocks(),
      styles: writes.styles(),
      properties,
    });
  }
  const logBlocks: CellBlock[] = undoneBlocks(marks);
  sheets.push({ ...emptySheetPlan(log.sheet.name, "update"), blocks: logBlocks });
  return { ok: true, plan: { sheets }, restored };
}

/**
 * A cell goes back to what it held while it still shows what the grading left in it. A formula of
 * Tassei's (a figure, a grade) may show something else since — its row's inputs changed — and still goes
 * back; a converted input cell someone changed since stays as it is.
 */
function restoreCell(entry: LogEntry, sheet: SheetSnapshot, writes: SheetWrites): boolean {
  const at = cellOf(entry.cell);
  if (!at) return false;
  const current = gradeCell(sheet, at.row, at.column);
  const ownFormula = !isConversion(entry) && current.formula !== null;
  if (!ownFormula && !sameValue(current.value, entry.value)) return false;
  writes.set(at.row, at.column, previousContent(entry));
  if (entry.numberFormat !== "") {
    writes.numberFormat(at.row, at.column, entry.previousFormat === "" ? "General" : entry.previousFormat);
  }
  return true;
}

/** A typed text the grading turned into a number (with a number format), not a cell of Tassei's. */
function isConversion(entry: LogEntry): boolean {
  return entry.previousKind === "文字" && typeof entry.value === "number" && entry.numberFormat !== "";
}

function restoreProperty(entry: LogEntry, sheet: SheetSnapshot, properties: Record<string, string>): boolean {
  const current = property(sheet.properties, entry.cell) ?? null;
  if (current !== (entry.value === null ? null : cellText(entry.value))) return false;
  properties[entry.cell] = entry.original === null ? "" : cellText(entry.original);
  return true;
}

function previousContent(entry: LogEntry): PlannedCell {
  const original = entry.original;
  if (entry.previousKind === "数式" && typeof original === "string") return { formula: original };
  if (entry.previousKind === "空白" || original === null) return "";
  if (entry.previousKind === "文字") return cellText(original);
  return original;
}

/** The newest batch (one grading's 日時) of changes on `sheet` that is not undone yet. */
function lastBatch(entries: readonly LogEntry[], sheet: string): LogEntry[] {
  const open = entries.filter((e) => sameSheetName(e.sheet, sheet) && e.undone === "");
  const last = open[open.length - 1];
  return last ? open.filter((e) => e.time === last.time) : [];
}

function cellOf(address: string): { row: number; column: number } | null {
  try {
    return parseCellAddress(address);
  } catch {
    return null;
  }
}
