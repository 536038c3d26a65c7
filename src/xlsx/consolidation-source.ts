/**
 * A department workbook file as a consolidation source: read in full (where the formulas are, not their
 * text), or, when it cannot be read at all, an "unreadable" source carrying the reason, so one bad file is
 * one exception row and never stops the others.
 */
import type { ConsolidationSource } from "../core/consolidate/types";
import { readSnapshotFromXlsx } from "./read-snapshot";

export async function consolidationSourceFromXlsx(
  fileName: string,
  data: ArrayBuffer | Uint8Array,
): Promise<ConsolidationSource> {
  const read = await readSnapshotFromXlsx(data, { sheets: "all", formulas: "presence" });
  if (!read.ok) return { kind: "unreadable", fileName, reason: read.failure.message };
  return { kind: "file", fileName, snapshot: read.snapshot };
}
