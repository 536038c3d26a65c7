/**
 * The import-cycle gate (scripts/check-import-cycles.mjs, #17) on tiny source trees written for each test:
 * it must fail on a cycle — so `npm test` cannot pass by finding nothing — and pass on trees without one.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const SCRIPT = path.join(__dirname, "../../scripts/check-import-cycles.mjs");

/** Runs the gate on a folder src/ holding the files, where only the subfolder `allowed` (if given) may cycle. */
function check(files: Record<string, string>, allowed?: string): { status: number | null; output: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tassei-cycles-"));
  const src = path.join(dir, "src");
  try {
    for (const [name, code] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(src, name)), { recursive: true });
      fs.writeFileSync(path.join(src, name), code);
    }
    const run = spawnSync(process.execPath, [SCRIPT, src, ...(allowed === undefined ? [] : [allowed])], {
      encoding: "utf8",
    });
    return { status: run.status, output: `${run.stdout}${run.stderr}` };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

it("passes a tree whose imports all point one way", () => {
  const result = check({
    "a.ts": 'import { b } from "./b";\nexport const a = b;',
    "b.ts": 'import { c } from "./lib";\nexport const b = c;',
    "lib/index.ts": "export const c = 1;",
  });
  expect(result).toEqual({ status: 0, output: expect.stringContaining("No import cycles") });
});

it("fails on a cycle, printing it file by file", () => {
  const result = check({
    "model/range-ops.ts": 'import { refresh } from "./tables";\nexport const write = () => refresh();',
    "model/tables.ts":
      'import { write } from "./range-ops.js";\nexport const refresh = () => 0;\nexport const add = write;',
    "model/ok.ts": 'import { add } from "./tables";\nexport const ok = add;',
  });
  expect(result.status).toBe(1);
  expect(result.output).toContain("src/model/range-ops.ts\n    → src/model/tables.ts\n    → src/model/range-ops.ts");
  expect(result.output).not.toContain("ok.ts");
});

it("counts re-exports, imports for effects and default imports beside type names as imports that run", () => {
  const result = check({
    "a.ts": 'import { b } from "./b";\nexport const a = b;',
    "b.ts": 'export * from "./a";',
    "c.ts": 'import { d } from "./d";\nexport const c = d;',
    "d.ts": 'import "./c";\nexport const d = 1;',
    "e.ts": 'import { f } from "./f";\nexport default f;',
    "f.ts": 'import e, { type A } from "./e";\nexport const f = e;',
  });
  expect(result.status).toBe(1);
  expect(result.output).toContain("3 import cycle(s)");
});

it("ignores imports erased when compiled, and import() that loads later", () => {
  const result = check({
    "parse.ts": 'import { f } from "./flags";\nexport type Flag = "a";\nexport const parse = f;',
    "flags.ts": 'import type { Flag } from "./parse";\nexport const f = (x: Flag) => x;',
    "words.ts":
      'import { type Flag } from "./parse";\nexport type { Flag as Word } from "./parse";\nexport const w = (x: Flag) => x;',
    "index.ts": 'import { w } from "./words";\nexport const load = () => import("./lazy");\nexport const i = w;',
    "lazy.ts": 'import { i } from "./index";\nexport const lazy = i;',
  });
  expect(result.status).toBe(0);
});

// The in-memory Excel's package is checked with `office` allowed: its object model, as Excel's objects do.
const OFFICE = {
  "office/range.ts": 'import { Worksheet } from "./worksheet";\nexport class Range { w = Worksheet; }',
  "office/worksheet.ts": 'import { Range } from "./range";\nexport class Worksheet { r = Range; }',
};

it("allows cycles wholly inside the allowed subfolder, not ones that leave it", () => {
  expect(check(OFFICE, "office")).toEqual({
    status: 0,
    output: expect.stringContaining("No import cycles in src outside src/office"),
  });
  const leaving = check(
    {
      ...OFFICE,
      "office/table.ts": 'import { add } from "../model/tables";\nexport class Table { a = add; }',
      "model/tables.ts": 'import { Table } from "../office/table";\nexport const add = () => new Table();',
    },
    "office",
  );
  expect(leaving.status).toBe(1);
  expect(leaving.output).toContain("src/model/tables.ts\n    → src/office/table.ts");
});

it("allows no cycle anywhere when no subfolder is named, office included", () => {
  const result = check(OFFICE);
  expect(result.status).toBe(1);
  expect(result.output).toContain("1 import cycle(s) in src (no folder may cycle)");
  expect(result.output).toContain("src/office/range.ts\n    → src/office/worksheet.ts\n    → src/office/range.ts");
});

it("allows only the subfolder named, not one of the same name deeper down", () => {
  const result = check(
    {
      "preview/office/range.ts": OFFICE["office/range.ts"],
      "preview/office/worksheet.ts": OFFICE["office/worksheet.ts"],
    },
    "office",
  );
  expect(result.status).toBe(1);
});

// Regression: an import of a JSON file (the seed samples) made the checker crash instead of passing.
it("passes imports of JSON data, which import nothing themselves", () => {
  const result = check({
    "samples/index.ts": 'import seed from "./data/seed.json";\nexport const samples = [seed];',
    "samples/data/seed.json": '{ "id": "seed" }',
  });
  expect(result).toEqual({ status: 0, output: expect.stringContaining("No import cycles") });
});
