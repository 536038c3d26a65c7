/**
 * Writing an output file whole or not at all: the bytes go to a hidden temporary file in the output's
 * folder, are flushed to disk, and only then take the output's name — a new file by a hard link, which
 * fails if the name was taken meanwhile (never overwriting), a regenerated one by a rename over the old.
 * A write that fails half-way (disk full, quota, a file-size limit) leaves the previous state and removes
 * its temporary file; a process killed half-way leaves at most that hidden file, which no folder read
 * takes for a source (names starting with "." are skipped).
 */
import fs from "node:fs";
import path from "node:path";
import { type Bilingual, bilingual } from "../core/messages";

export interface WriteOptions {
  /** Replace an existing file (a summary regenerated in place); by default the name must be free. */
  readonly replace?: boolean;
  /** How the bytes reach the open file; tests put a failing writer here. */
  readonly writeAll?: (handle: number, bytes: Uint8Array) => void;
}

function writeAllBytes(handle: number, bytes: Uint8Array): void {
  let offset = 0;
  while (offset < bytes.length) offset += fs.writeSync(handle, bytes, offset, bytes.length - offset);
}

/** Throws the system's error (EEXIST when the name is taken and `replace` is not set). */
export function writeFileWhole(file: string, bytes: Uint8Array, options: WriteOptions = {}): void {
  const temporary = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tassei-tmp`,
  );
  try {
    const handle = fs.openSync(temporary, "wx");
    try {
      (options.writeAll ?? writeAllBytes)(handle, bytes);
      fs.fsyncSync(handle);
    } finally {
      fs.closeSync(handle);
    }
    if (options.replace) fs.renameSync(temporary, file);
    else {
      fs.linkSync(temporary, file);
      fs.rmSync(temporary, { force: true });
    }
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

const REASONS: Readonly<Record<string, Parameters<typeof bilingual>[0]>> = {
  ENOSPC: "cli.write.noSpace",
  EDQUOT: "cli.write.noSpace",
  EFBIG: "cli.write.tooLarge",
  EACCES: "cli.write.denied",
  EPERM: "cli.write.denied",
  EROFS: "cli.write.readOnly",
  ENOENT: "cli.write.noFolder",
  ENOTDIR: "cli.write.noFolder",
  EEXIST: "cli.write.taken",
};

/** Why a write failed, in each language (the system's own text is English only), with its code. */
export function writeFailureReason(error: unknown): Bilingual {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  const known = typeof code === "string" ? REASONS[code] : undefined;
  if (typeof code === "string" && known) return bilingual(known, { code });
  const detail = typeof message === "string" ? message : String(error);
  return bilingual("cli.write.other", { code: typeof code === "string" ? code : "?", detail });
}
