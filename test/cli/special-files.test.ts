/**
 * Files that are not files (issue #15): a named pipe would block a batch for ever, a link to /dev/zero
 * never ends. Only regular files are read, each with a size limit checked before and while reading; any
 * other source is one exception row and the rest of the batch goes on.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { ConsolidationResult } from "../../src/core/consolidate";
import { readInputFile } from "../../src/cli/read-file";
import { departmentWorkbookBytes } from "../support/department-files";
import { run } from "./streams";

jest.setTimeout(60_000);

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "tassei-special-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function fifo(file: string): void {
  execFileSync("mkfifo", [file]);
}

describe("reading one input file", () => {
  it("reads a regular file, and a link to one", () => {
    const file = path.join(dir, "plain.bin");
    fs.writeFileSync(file, Buffer.from([1, 2, 3]));
    const link = path.join(dir, "link.bin");
    fs.symlinkSync(file, link);
    expect(readInputFile(file)).toEqual({ ok: true, bytes: new Uint8Array([1, 2, 3]) });
    expect(readInputFile(link)).toEqual({ ok: true, bytes: new Uint8Array([1, 2, 3]) });
  });

  it("refuses a named pipe at once, without waiting for a writer", () => {
    const pipe = path.join(dir, "pipe.xlsx");
    fifo(pipe);
    const read = readInputFile(pipe);
    expect(read.ok).toBe(false);
    if (!read.ok)
      expect(read.reason.en).toBe(`${pipe} is not a regular file (a named pipe, a device…), so it is not read.`);
  });

  it("refuses a device, however it is named", () => {
    const zero = path.join(dir, "zero.xlsx");
    fs.symlinkSync("/dev/zero", zero);
    const read = readInputFile(zero);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.reason.ja).toContain("通常のファイルではない");
  });

  it("refuses a file over the limit, naming its size and the limit", () => {
    const big = path.join(dir, "big.xlsx");
    fs.writeFileSync(big, Buffer.alloc(3 * 1024 * 1024 + 1));
    const read = readInputFile(big, 2 * 1024 * 1024);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.reason.en).toBe(`${big} is too large to read (at least 4 MB; the limit is 2 MB).`);
    expect(readInputFile(big, 4 * 1024 * 1024).ok).toBe(true);
  });
});

describe("the command line meets them", () => {
  it("consolidate: a pipe and a /dev/zero link in the folder are one exception each; the departments are summarised", async () => {
    const folder = path.join(dir, "部局");
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, "総務部.xlsx"), await departmentWorkbookBytes("総務部"));
    fs.writeFileSync(path.join(folder, "市民部.xlsx"), await departmentWorkbookBytes("市民部"));
    fifo(path.join(folder, "パイプ.xlsx"));
    fs.symlinkSync("/dev/zero", path.join(folder, "ゼロ.xlsx"));
    const r = await run(["consolidate", folder, "-o", path.join(dir, "city.xlsx"), "--json"]);
    expect(r.code).toBe(1);
    const result = JSON.parse(r.stdout) as ConsolidationResult;
    expect(result.departments.map((d) => d.department).sort()).toEqual(["市民部", "総務部"]);
    const failed = result.exceptions.filter((e) => e.kind === "unreadable_source").map((e) => path.basename(e.source));
    expect(failed.sort()).toEqual(["ゼロ.xlsx", "パイプ.xlsx"].sort());
    expect(fs.existsSync(path.join(dir, "city.xlsx"))).toBe(true);
  });

  it("grade: a pipe is refused with exit 2 at once", async () => {
    const pipe = path.join(dir, "grade-pipe.xlsx");
    fifo(pipe);
    const r = await run(["grade", pipe]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("is not a regular file");
  });

  it("consolidate: an output that is a pipe is refused, nothing is written", async () => {
    const pipe = path.join(dir, "out-pipe.xlsx");
    fifo(pipe);
    const source = path.join(dir, "企画部.xlsx");
    fs.writeFileSync(source, await departmentWorkbookBytes("企画部"));
    const r = await run(["consolidate", source, "-o", pipe]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("is not a regular file");
    expect(fs.statSync(pipe).isFIFO()).toBe(true);
  });
});
