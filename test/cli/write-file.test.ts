/**
 * Outputs are written whole or not at all (issue #15): a write that fails half-way leaves the previous
 * state — no file under the output's name, or the old file unchanged — and no temporary file behind.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { writeFileWhole } from "../../src/cli/write-file";

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "tassei-write-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const bytes = new Uint8Array(Array.from({ length: 1000 }, (_, i) => i % 251));

/** Writes the first half, then fails as a full disk does. */
function failingHalfWay(handle: number, data: Uint8Array): void {
  fs.writeSync(handle, data, 0, data.length / 2);
  throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
}

it("writes a new file with exactly the bytes, and nothing else in the folder", () => {
  const file = path.join(dir, "city.xlsx");
  writeFileWhole(file, bytes);
  expect(new Uint8Array(fs.readFileSync(file))).toEqual(bytes);
  expect(fs.readdirSync(dir)).toEqual(["city.xlsx"]);
});

it("never overwrites a file that took the name meanwhile", () => {
  const file = path.join(dir, "city.xlsx");
  fs.writeFileSync(file, "someone else's");
  expect(() => writeFileWhole(file, bytes)).toThrow(/EEXIST/);
  expect(fs.readFileSync(file, "utf8")).toBe("someone else's");
  expect(fs.readdirSync(dir)).toEqual(["city.xlsx"]);
});

it("a new file that fails half-way leaves no file at all", () => {
  const file = path.join(dir, "city.xlsx");
  expect(() => writeFileWhole(file, bytes, { writeAll: failingHalfWay })).toThrow(/ENOSPC/);
  expect(fs.readdirSync(dir)).toEqual([]);
});

it("a regenerated file that fails half-way leaves the old one as it was", () => {
  const file = path.join(dir, "city.xlsx");
  fs.writeFileSync(file, "last year's summary");
  expect(() => writeFileWhole(file, bytes, { replace: true, writeAll: failingHalfWay })).toThrow(/ENOSPC/);
  expect(fs.readFileSync(file, "utf8")).toBe("last year's summary");
  expect(fs.readdirSync(dir)).toEqual(["city.xlsx"]);
  writeFileWhole(file, bytes, { replace: true });
  expect(new Uint8Array(fs.readFileSync(file))).toEqual(bytes);
});
