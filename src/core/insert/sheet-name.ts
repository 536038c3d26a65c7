/**
 * A new department sheet is named after the department, made valid for Excel: at most 31 characters,
 * none of []:*?/\ , no apostrophe at either end. A sheet of that name (compared case-insensitively, as
 * Excel does) is never overwritten or renamed: the insert is refused and says so.
 */
import { sameSheetName } from "@tassei/excel-rules";
import { FORBIDDEN_SHEET_NAME_CHARACTERS, MAX_SHEET_NAME_LENGTH } from "@tassei/excel-rules";

export { MAX_SHEET_NAME_LENGTH };

export type SheetNameResult =
  | { readonly ok: true; readonly name: string; readonly changed: boolean }
  | { readonly ok: false; readonly reason: "empty" | "only_forbidden" }
  | { readonly ok: false; readonly reason: "exists"; readonly name: string };

export function departmentSheetName(department: string, existing: readonly string[]): SheetNameResult {
  const trimmed = department.trim();
  if (trimmed === "") return { ok: false, reason: "empty" };
  const cleaned = trimmed
    .replace(FORBIDDEN_SHEET_NAME_CHARACTERS, "")
    // Control characters (a pasted tab or line break) become spaces.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f]/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "")
    .trim();
  if (cleaned === "") return { ok: false, reason: "only_forbidden" };
  const name = truncate(cleaned, MAX_SHEET_NAME_LENGTH);
  if (existing.some((n) => sameSheetName(n, name))) return { ok: false, reason: "exists", name };
  return { ok: true, name, changed: name !== trimmed };
}

/** Cuts by code points so that a surrogate pair (an emoji) is never split. */
function truncate(text: string, max: number): string {
  const points = Array.from(text);
  return points.length <= max ? text : points.slice(0, max).join("").trimEnd();
}

/** A name the user typed: taken as it is (validateInsertRequest has checked Excel's rules), unless in use. */
export function chosenSheetName(name: string, existing: readonly string[]): SheetNameResult {
  if (existing.some((n) => sameSheetName(n, name))) return { ok: false, reason: "exists", name };
  return { ok: true, name, changed: false };
}

/** `base`, or `base (2)`, `base (3)`… — the first not in use, within Excel's length. */
export function freeSheetName(base: string, existing: readonly string[]): string {
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : ` (${n})`;
    const name = truncate(base, MAX_SHEET_NAME_LENGTH - suffix.length) + suffix;
    if (!existing.some((e) => sameSheetName(e, name))) return name;
  }
}
