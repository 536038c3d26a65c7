/**
 * Who has not sent anything (#19): the city's roster of departments, less those with a source of the
 * summary's year, is the 未提出 list finance staff chase instead of counting by hand.
 *
 * The roster comes from, in this order: the one given (`--roster <file>` on the command line), a sheet named
 * 部局一覧 in the workbook the summary goes into (its first column, one department a line, a 部局 header
 * and blank lines skipped), or the departments the previous run of the summary listed (部局別 and 未提出), so
 * a department that stops sending is missed the next time without anyone keeping a list. Names are compared
 * as people mean them (sameDepartmentKey: full and half width alike, spaces ignored).
 */
import { bilingual, message } from "../messages";
import { type SheetSnapshot, type WorkbookSnapshot, cellText, valueAt } from "../workbook/snapshot";
import { sameDepartmentKey } from "./aggregate";
import { sameSheetName } from "./summary-sheet";
import type { ConsolidationException, RosterSource } from "./types";

export const ROSTER_SHEET_NAME = "部局一覧";
/** Header words a roster's first line may hold instead of a department. */
const HEADER_WORDS = new Set(["部局", "部局名", "部署", "部署名", "部", "department", "departments"]);

export interface Roster {
  readonly names: readonly string[];
  readonly source: RosterSource;
}

/** Department names from lines of text (a roster file, a sheet's first column): headers and blanks dropped, each once. */
export function rosterNames(lines: readonly string[]): string[] {
  const names: string[] = [];
  const seen = new Set<string>();
  for (const line of lines) {
    const name = line.trim();
    if (name === "" || HEADER_WORDS.has(name.toLowerCase())) continue;
    const key = sameDepartmentKey(name);
    if (seen.has(key)) continue;
    seen.add(key);
    names.push(name);
  }
  return names;
}

/** The first column of a roster sheet, as text. */
export function rosterOfSheet(sheet: SheetSnapshot): string[] {
  const used = sheet.used;
  if (!used) return [];
  const lines: string[] = [];
  for (let row = used.row; row < used.row + used.rowCount; row++)
    lines.push(cellText(valueAt(sheet, row, used.column)));
  return rosterNames(lines);
}

/** The roster to use: the one given, else the workbook's 部局一覧 sheet, else the previous summary's departments. */
export function chooseRoster(
  given: readonly string[] | undefined,
  target: WorkbookSnapshot,
  previousSummary: readonly string[],
): Roster | null {
  if (given !== undefined) return { names: rosterNames(given), source: "given" };
  const sheet = target.sheets.find((s) => sameSheetName(s.name, ROSTER_SHEET_NAME));
  if (sheet) return { names: rosterOfSheet(sheet), source: "sheet" };
  if (previousSummary.length > 0) return { names: rosterNames(previousSummary), source: "previous_summary" };
  return null;
}

/** The roster's departments with no source of the summary's year, in the roster's order. */
export function notSubmitted(roster: Roster, departments: readonly string[]): string[] {
  const present = new Set(departments.map(sameDepartmentKey));
  return roster.names.filter((name) => !present.has(sameDepartmentKey(name)));
}

export function notSubmittedException(department: string, roster: Roster): ConsolidationException {
  return {
    kind: "not_submitted",
    department,
    source: rosterLabel(roster.source),
    cell: null,
    subject: department,
    message: bilingual("consolidate.exception.not_submitted"),
  };
}

function rosterLabel(source: RosterSource): string {
  return source === "sheet" ? ROSTER_SHEET_NAME : message(`consolidate.roster.${source}`, "ja");
}

/**
 * The departments a previous run of the summary listed: the 部局別 rows (down to 合計) and the 未提出 rows
 * of its 要確認事項, read back from the sheet Tassei wrote.
 */
export function previousSummaryDepartments(summary: SheetSnapshot | null): string[] {
  const used = summary?.used;
  if (!summary || !used) return [];
  const first = used.column;
  const text = (row: number, column = first) => cellText(valueAt(summary, row, column)).trim();
  const departmentsTitle = message("consolidate.sheet.section.departments", "ja");
  const notSubmittedKind = message("consolidate.kind.not_submitted", "ja");
  const total = message("consolidate.sheet.total", "ja");
  const none = message("consolidate.sheet.none", "ja");
  const names: string[] = [];
  for (let row = used.row; row < used.row + used.rowCount; row++) {
    if (text(row) === notSubmittedKind) names.push(text(row, first + 1));
    if (text(row) !== departmentsTitle) continue;
    // The title, the header row, then one department a row until 合計 or a blank line.
    for (let line = row + 2; line < used.row + used.rowCount; line++) {
      const name = text(line);
      if (name === "" || name === total || name === none) break;
      names.push(name);
    }
  }
  return names;
}
