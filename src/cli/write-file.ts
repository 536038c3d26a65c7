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
