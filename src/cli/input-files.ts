/**
 * The files a batch command works on, from the paths given on its command line: a file stands for
 * itself (whatever its name, so a mistaken CSV is reported rather than ignored), a folder for the
 * workbooks directly in it. Folders are not searched recursively: departments keep last year's files
 * and drafts in subfolders, which must not be consolidated by accident. Files of a folder come sorted by
 * name (code point order, the same on every machine), leaving out Excel's `~$…` lock files and other
 * hidden files. A file met twice (named, and in a folder) is taken once.
 */
import fs from "node:fs";
import path from "node:path";

/**
 * What a folder contributes: Excel workbooks (.xlsm too: the reader takes the cells, not the macros) and
 * CSV exports (UTF-8 or Shift_JIS), read as one hand-made sheet each.
 */
const WORKBOOK_EXTENSIONS = [".xlsx", ".xlsm", ".csv"];

/** A CSV export, by its name. */
export function isCsvFileName(name: string): boolean {
  return name.toLowerCase().endsWith(".csv");
}

export type InputProblem =
  | { readonly kind: "not-found"; readonly path: string }
  | { readonly kind: "folder-unreadable"; readonly path: string; readonly reason: string }
  | { readonly kind: "no-files"; readonly paths: readonly string[] };

export type InputFiles =
  { readonly ok: true; readonly files: readonly string[] } | { readonly ok: false; readonly problem: InputProblem };

function isWorkbookFileName(name: string): boolean {
  if (name.startsWith("~$") || name.startsWith(".")) return false;
  const lower = name.toLowerCase();
  return WORKBOOK_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

/**
 * Expands the command line's paths. `skip` is a file never taken from a folder (the output, which
 * may well be written into the folder of its sources and must not become a source on the next run).
 */
export function expandInputs(paths: readonly string[], skip?: string): InputFiles {
  const files: string[] = [];
  const seen = new Set<string>();
  const skipped = skip === undefined ? null : path.resolve(skip);
  const take = (file: string) => {
    const key = path.resolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(file);
  };
  const folders: string[] = [];
  const missing: string[] = [];
  for (const given of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(given);
    } catch {
      // A source that cannot be found is one exception row, like any unreadable source; the rest go on.
      missing.push(given);
      take(given);
      continue;
    }
    if (!stat.isDirectory()) {
      take(given);
      continue;
    }
    folders.push(given);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(given, { withFileTypes: true });
    } catch (error) {
      return { ok: false, problem: { kind: "folder-unreadable", path: given, reason: errorText(error) } };
    }
    const names = entries
      .filter((entry) => !entry.isDirectory() && isWorkbookFileName(entry.name))
      .map((entry) => entry.name)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const name of names) {
      const file = path.join(given, name);
      if (skipped !== null && path.resolve(file) === skipped) continue;
      // A symbolic link to a folder is not a file to read.
      if (isFolder(file)) continue;
      take(file);
    }
  }
  // Nothing given exists (a mistyped folder): a wrong command line, and nothing is written.
  if (missing.length > 0 && missing.length === paths.length) {
    return { ok: false, problem: { kind: "not-found", path: missing[0] as string } };
  }
  if (files.length === 0) return { ok: false, problem: { kind: "no-files", paths: folders } };
  return { ok: true, files };
}

function isFolder(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
