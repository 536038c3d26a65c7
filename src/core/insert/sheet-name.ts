/**
 * A new department sheet is named after the department, made valid for Excel: at most 31 characters,
 * none of []:*?/\ , no apostrophe at either end, and different (case-insensitively, as Excel compares)
 * from every existing sheet — a sheet is never overwritten or renamed, so a clash gets " (2)", " (3)"…
 */
export const MAX_SHEET_NAME_LENGTH = 31;
const FORBIDDEN = /[[\]:*?/\\]/g;

export type SheetNameResult =
  | { readonly ok: true; readonly name: string; readonly changed: boolean }
  | { readonly ok: false; readonly reason: "empty" | "only_forbidden" };

export function departmentSheetName(department: string, existing: readonly string[]): SheetNameResult {
  const trimmed = department.trim();
  if (trimmed === "") return { ok: false, reason: "empty" };
  const cleaned = trimmed
    .replace(FORBIDDEN, "")
    // Control characters (a pasted tab or line break) become spaces.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f]/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "")
    .trim();
  if (cleaned === "") return { ok: false, reason: "only_forbidden" };
  const taken = new Set(existing.map((n) => n.toLocaleLowerCase()));
  const base = truncate(cleaned, MAX_SHEET_NAME_LENGTH);
  let name = base;
  for (let n = 2; taken.has(name.toLocaleLowerCase()); n++) {
    const suffix = ` (${n})`;
    name = truncate(cleaned, MAX_SHEET_NAME_LENGTH - suffix.length) + suffix;
  }
  return { ok: true, name, changed: name !== trimmed };
}

/** Cuts by code points so that a surrogate pair (an emoji) is never split. */
function truncate(text: string, max: number): string {
  const points = Array.from(text);
  return points.length <= max ? text : points.slice(0, max).join("").trimEnd();
}
