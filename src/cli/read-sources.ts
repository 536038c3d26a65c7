/**
 * Department files read into the Consolidate job's sources, one at a time, each with one progress
 * line on stderr. A file that cannot be opened or read is an `unreadable` source with the reason: the
 * batch goes on, and the summary lists it among the exceptions. Files are only read, never written.
 */
import fs from "node:fs";
import type { ConsolidationSource } from "../core/consolidate/types";
import { bilingual } from "../core/messages";
import { consolidationSourceFromXlsx } from "../xlsx/consolidation-source";
import { errorText } from "./input-files";

export async function readSource(file: string): Promise<ConsolidationSource> {
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    return {
      kind: "unreadable",
      fileName: file,
      reason: bilingual("cli.consolidate.cannotOpen", { reason: errorText(error) }),
    };
  }
  // The same reading as the pane's for a picked file.
  return consolidationSourceFromXlsx(file, bytes);
}

/** Reads every file in order; `progress` is told of each one as soon as it is read. */
export async function readSources(
  files: readonly string[],
  progress: (source: ConsolidationSource, index: number) => Promise<void>,
): Promise<ConsolidationSource[]> {
  const sources: ConsolidationSource[] = [];
  for (const [index, file] of files.entries()) {
    const source = await readSource(file);
    sources.push(source);
    await progress(source, index);
  }
  return sources;
}
