/**
 * `--roster <file>`: the city's departments, one a line — a text or CSV file (UTF-8 or Shift_JIS, the first
 * column), or a workbook (its 部局一覧 sheet, else its first sheet, the first column). Read like any input:
 * only a regular file, within the size limit; what it holds is only read as text.
 */
import path from "node:path";
import { ROSTER_SHEET_NAME, rosterNames, rosterOfSheet } from "../core/consolidate/roster";
import { sameSheetName } from "../core/consolidate/summary-sheet";
import { type Bilingual, bilingual } from "../core/messages";
import { decodeCsv, parseCsv } from "../csv/read-csv";
import { readSnapshotFromXlsx } from "../xlsx";
import { readInputFile } from "./read-file";

/** A roster is a list of names: a megabyte holds tens of thousands. */
const MAX_ROSTER_BYTES = 4 * 1024 * 1024;

export type RosterRead =
  { readonly ok: true; readonly names: string[] } | { readonly ok: false; readonly reason: Bilingual };

export async function readRosterFile(file: string): Promise<RosterRead> {
  const read = readInputFile(file, MAX_ROSTER_BYTES);
  if (!read.ok) return read;
  const names = /\.xls[xm]$/iu.test(path.extname(file)) ? await workbookNames(read.bytes) : textNames(read.bytes);
  if (names === null) return { ok: false, reason: bilingual("cli.consolidate.rosterUnreadable", { file }) };
  if (names.length === 0) return { ok: false, reason: bilingual("cli.consolidate.rosterEmpty", { file }) };
  return { ok: true, names };
}

function textNames(bytes: Uint8Array): string[] {
  const { text } = decodeCsv(bytes);
  return rosterNames(parseCsv(text).map((line) => line[0] ?? ""));
}

async function workbookNames(bytes: Uint8Array): Promise<string[] | null> {
  const read = await readSnapshotFromXlsx(bytes, { sheets: "all" });
  if (!read.ok) return null;
  const sheets = read.snapshot.sheets;
  const sheet = sheets.find((s) => sameSheetName(s.name, ROSTER_SHEET_NAME)) ?? sheets[0];
  return sheet ? rosterOfSheet(sheet) : [];
}
