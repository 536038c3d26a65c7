/**
 * From bytes to an opened package: what kind of file it is, whether it unzips, whether it holds a
 * workbook. Both readers (the snapshot reader and loadXlsx) start here, so every bad input ends as the
 * same typed failure whichever path met it.
 */
import { bilingual } from "../core/messages";
import { type Package, PackageTooLarge, PartTooLarge, openPackage } from "./package";
import { sniffFile } from "./sniff";
import type { XlsxReadFailure, XlsxReadFailureReason } from "./types";
import { type WorkbookStructure, readWorkbookStructure } from "./workbook-part";

const FAILURE_KEYS = {
  empty: "xlsx.read.empty",
  encrypted: "xlsx.read.encrypted",
  legacy: "xlsx.read.legacy",
  "not-zip": "xlsx.read.notZip",
  corrupt: "xlsx.read.corrupt",
  "not-workbook": "xlsx.read.notWorkbook",
  "too-large": "xlsx.read.tooLarge",
  "inflated-too-large": "xlsx.read.inflatedTooLarge",
  "package-too-large": "xlsx.read.packageTooLarge",
} as const satisfies Record<XlsxReadFailureReason, string>;

export function readFailure(
  reason: XlsxReadFailureReason,
  params?: Readonly<Record<string, string | number>>,
  detail?: string,
): XlsxReadFailure {
  const failure = { reason, message: bilingual(FAILURE_KEYS[reason], params) };
  return detail === undefined ? failure : { ...failure, detail };
}

/** A view on the caller's bytes, without copying (also for a Node Buffer or another realm's array). */
export function asBytes(data: ArrayBuffer | Uint8Array): Uint8Array {
  return ArrayBuffer.isView(data)
    ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
    : new Uint8Array(data);
}

/** The kind of file, for a failure before any unzipping; null when it is a zip worth opening. */
export function sniffFailure(bytes: Uint8Array): XlsxReadFailure | null {
  switch (sniffFile(bytes)) {
    case "empty":
      return readFailure("empty");
    case "encrypted":
      return readFailure("encrypted");
    case "compound":
      return readFailure("legacy");
    case "other":
      return readFailure("not-zip");
    case "zip":
      return null;
  }
}

export type OpenedPackage =
  | { readonly ok: true; readonly zip: Package; readonly structure: WorkbookStructure }
  | { readonly ok: false; readonly failure: XlsxReadFailure };

/** Sniffs, unzips and finds the workbook part; every bad input ends as a typed failure. */
export async function openWorkbookPackage(bytes: Uint8Array): Promise<OpenedPackage> {
  const early = sniffFailure(bytes);
  if (early) return { ok: false, failure: early };
  let zip: Package;
  try {
    zip = await openPackage(bytes);
  } catch (error) {
    return { ok: false, failure: readFailure("corrupt", undefined, String(error)) };
  }
  try {
    const structure = await readWorkbookStructure(zip);
    if (!structure) return { ok: false, failure: readFailure("not-workbook") };
    return { ok: true, zip, structure };
  } catch (error) {
    return { ok: false, failure: partFailure(error) };
  }
}

/** A part that failed to inflate: too large (a zip bomb, say), or damaged. */
export function partFailure(error: unknown): XlsxReadFailure {
  if (error instanceof PackageTooLarge) {
    return readFailure("package-too-large", { limit: String(Math.round(error.limit / (1024 * 1024))) });
  }
  if (error instanceof PartTooLarge) {
    const mb = String(Math.round(error.limit / (1024 * 1024)));
    return readFailure("inflated-too-large", { part: error.part, limit: mb });
  }
  return readFailure("corrupt", undefined, String(error));
}
