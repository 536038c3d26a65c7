/**
 * Undoing the last grading's conversions on a sheet: each converted cell gets its original text back
 * (as text) and its former number format, and the log rows are marked undone. A cell changed since the
 * conversion is left as it is now, and its log row says so.
 */
import { bilingual, message } from "../messages";
import { parseCellAddress } from "../workbook/address";
import { type CellBlock, type SheetPlan, emptySheetPlan } from "../workbook/plan";
import type { WorkbookSnapshot } from "../workbook/snapshot";
import { LOG_SHEET_NAME, type LogEntry, logState, undoneBlocks } from "./log-sheet";
import { gradeCell, sameSheetName } from "./sheet-cells";
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
  const marks: { row: number; text: string }[] = [];
  let restored = 0;
  for (const entry of batch) {
    const at = cellOf(entry.cell);
    const current = at ? gradeCell(sheet, at.row, at.column) : null;
    if (at && current && current.formula === null && current.value === entry.value) {
      writes.set(at.row, at.column, entry.original);
      writes.numberFormat(at.row, at.column, entry.previousFormat === "" ? "General" : entry.previousFormat);
      marks.push({ row: entry.row, text: time });
      restored += 1;
    } else {
      marks.push({ row: entry.row, text: message("grade.log.notRestored", "ja", { time }) });
    }
  }
  const sheets: SheetPlan[] = [];
  if (!writes.isEmpty) {
    sheets.push({ ...emptySheetPlan(sheet.name, "update"), blocks: writes.blocks(), styles: writes.styles() });
  }
  const logBlocks: CellBlock[] = undoneBlocks(marks);
  sheets.push({ ...emptySheetPlan(log.sheet.name, "update"), blocks: logBlocks });
  return { ok: true, plan: { sheets }, restored };
}

/** The newest batch (one grading's 日時) of conversions on `sheet` that is not undone yet. */
function lastBatch(entries: readonly LogEntry[], sheet: string): LogEntry[] {
  const open = entries.filter((e) => sameSheetName(e.sheet, sheet) && e.undone === "" && e.value !== null);
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
