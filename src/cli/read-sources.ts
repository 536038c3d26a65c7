/**
 * Department files read into the Consolidate job's sources, one at a time, each with one progress
 * line on stderr. A file that cannot be opened or read is an `unreadable` source with the reason: the
 * batch goes on, and the summary lists it among the exceptions. Files are only read, never written.
 */
import fs from "node:fs";
import type { ConsolidationSource } from "../core/consolidate/types";
import { bilingual } from "../core/messages";
import { consolidationSourceFromXlsx } from "../xlsx/consolidation-source";
import path from "node:path";
import { readCsv } from "../csv/read-csv";
import { isCsvFileName } from "./input-files";
import { readInputFile } from "./read-file";

export async function readSource(file: string): Promise<ConsolidationSource> {
  if (!fs.existsSync(file))
    return { kind: "unreadable", fileName: file, reason: bilingual("cli.consolidate.notFound", { path: file }) };
  const read = readInputFile(file);
  if (!read.ok) return { kind: "unreadable", fileName: file, reason: read.reason };
  const bytes = read.bytes;
  if (isCsvFileName(file)) return csvSource(file, bytes);
  // The same reading as the pane's for a picked file.
  return consolidationSourceFromXlsx(file, bytes);
}

/** A CSV export as a one-sheet source named after the file. */
export function csvSource(file: string, bytes: Uint8Array): ConsolidationSource {
  const read = readCsv(bytes, csvSheetName(file));
  if (!read.ok) return { kind: "unreadable", fileName: file, reason: bilingual(`cli.csv.${read.reason}`) };
  return { kind: "file", fileName: file, snapshot: read.snapshot };
}

export function csvSheetName(file: string): string {
  return path.basename(file).replace(/\.csv$/i, "");
}

/**
 * Reads every file in order and hands each to `visit` as soon as it is read. Nothing is kept here: a
 * caller that keeps only what it needs of each file holds one file's cells at a time, however many.
 */
export async function forEachSource(
  files: readonly string[],
  visit: (source: ConsolidationSource, index: number) => Promise<void>,
): Promise<void> {
  for (const [index, file] of files.entries()) await visit(await readSource(file), index);
}
