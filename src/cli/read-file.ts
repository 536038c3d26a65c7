/**
 * Reading one input file from disk, safely: only a regular file is read (a link counts when it leads to
 * one) — a named pipe would block the batch for ever and a device such as /dev/zero never ends — and no
 * more than MAX_INPUT_BYTES, checked before and while reading. The file is opened without blocking and
 * checked on the open handle, so it cannot be swapped for a pipe between the check and the read.
 */
import fs from "node:fs";
import { type Bilingual, bilingual } from "../core/messages";

/** Far above any department workbook (a 100,000-row sheet is a few MB), far below a machine's memory. */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

export type FileRead =
  { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly reason: Bilingual };

const CHUNK = 1024 * 1024;

export function readInputFile(file: string, maxBytes: number = MAX_INPUT_BYTES): FileRead {
  let handle: number;
  try {
    handle = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return { ok: false, reason: bilingual("cli.file.cannotOpen", { file, reason: errorText(error) }) };
  }
  try {
    const stat = fs.fstatSync(handle);
    if (!stat.isFile()) return { ok: false, reason: bilingual("cli.file.notRegular", { file }) };
    if (stat.size > maxBytes) return tooLarge(file, stat.size, maxBytes);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(CHUNK, maxBytes + 1 - total));
      const read = fs.readSync(handle, chunk, 0, chunk.length, null);
      if (read === 0) break;
      total += read;
      // A file that grows while it is read is held to the same limit.
      if (total > maxBytes) return tooLarge(file, total, maxBytes);
      chunks.push(chunk.subarray(0, read));
    }
    return { ok: true, bytes: new Uint8Array(Buffer.concat(chunks, total)) };
  } catch (error) {
    return { ok: false, reason: bilingual("cli.file.cannotOpen", { file, reason: errorText(error) }) };
  } finally {
    fs.closeSync(handle);
  }
}

function tooLarge(file: string, size: number, limit: number): FileRead {
  const mb = (bytes: number) => String(Math.ceil(bytes / (1024 * 1024)));
  return { ok: false, reason: bilingual("cli.file.tooLarge", { file, size: mb(size), limit: mb(limit) }) };
}

/** The system's reason (ENOENT: no such file…); errors from another realm are not `instanceof Error`. */
function errorText(error: unknown): string {
  const text = (error as { message?: unknown } | null)?.message;
  return typeof text === "string" ? text : String(error);
}
