/**
 * The webview syntax check (scripts/check-bundle-syntax.mjs) refuses syntax newer than ECMAScript 2022 —
 * what Safari 16.4's WKWebView, the oldest webview Office runs add-ins in, can parse — and takes 2022's.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const SCRIPT = path.join(__dirname, "../../scripts/check-bundle-syntax.mjs");

function check(files: Record<string, string>): { status: number | null; output: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tassei-syntax-"));
  try {
    for (const [name, code] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), code);
    const run = spawnSync(process.execPath, [SCRIPT, dir], { encoding: "utf8" });
    return { status: run.status, output: `${run.stdout}${run.stderr}` };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

it("takes ECMAScript 2022: class fields, private methods, static blocks, top-level code", () => {
  const code =
    "class A { #x = 1; static { this.y = 2; } #m() { return this.#x; } get z() { return this.#m(); } }\nnew A().z ?? 0;";
  expect(check({ "taskpane.js": code }).status).toBe(0);
});

it.each([
  ["a RegExp v flag (ES2024)", "const r = /[\\p{L}--[a-z]]/v;"],
  ["a hashbang (ES2023)", "#!/usr/bin/env node\nconsole.log(1);"],
])("refuses %s, naming the file", (_label, code) => {
  const result = check({ "ok.js": "var a = 1;", "newer.js": code });
  expect(result.status).toBe(1);
  expect(result.output).toContain("newer.js:");
  expect(result.output).not.toContain("ok.js:");
});
