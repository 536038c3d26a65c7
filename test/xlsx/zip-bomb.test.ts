/**
 * A zip bomb — a few hundred KB whose worksheet inflates to 600 MB, its declared sizes a lie — is
 * refused while it inflates, as too large, naming the part and the limit (issue #15): never a crash of
 * the whole batch ("heap out of memory"), never "damaged" after gigabytes of memory. Through the command
 * line it is one exception row; the good departments beside it are summarised — also in a folder that
 * holds, beside them, a named pipe, a link to /dev/zero and a text too long for a cell.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { ConsolidationResult } from "../../src/core/consolidate";
import { readSnapshotFromXlsx } from "../../src/xlsx";
import { run } from "../cli/streams";
import { departmentWorkbookBytes } from "../support/department-files";
import { zipBomb } from "../support/zip-bomb";

jest.setTimeout(120_000);

const INFLATED = 600 * 1024 * 1024;
let bomb: Buffer;
let dir: string;

beforeAll(async () => {
  bomb = await zipBomb(await departmentWorkbookBytes("総務部"), "xl/worksheets/sheet1.xml", INFLATED);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "tassei-bomb-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it("is small on disk", () => {
  expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
});

it("is refused as too large, naming the part and the limit, before the memory is spent", async () => {
  const before = process.memoryUsage();
  const read = await readSnapshotFromXlsx(new Uint8Array(bomb), { sheets: "all" });
  const after = process.memoryUsage();
  expect(read.ok).toBe(false);
  if (read.ok) return;
  expect(read.failure.reason).toBe("inflated-too-large");
  expect(read.failure.message.en).toContain("xl/worksheets/sheet1.xml");
  expect(read.failure.message.en).toContain("the limit is 256 MB");
  expect(read.failure.message.ja).toContain("上限 256 MB");
  // At most the limit is held while inflating (it was the whole 600 MB, then a string of it).
  expect(after.arrayBuffers + after.heapUsed - (before.arrayBuffers + before.heapUsed)).toBeLessThan(400 * 1024 * 1024);
});

// Each part under the part limit, together over the package's: refused as too large as a whole.
it("a bomb spread over five parts, each under the part limit, is refused by the package's limit", async () => {
  const base = await departmentWorkbookBytes("総務部");
  const parts = [
    "xl/styles.xml",
    "xl/sharedStrings.xml",
    "xl/worksheets/sheet1.xml",
    "xl/tables/table1.xml",
    "xl/tables/table2.xml",
  ];
  const JSZip = (await import("jszip")).default;
  const names = Object.keys((await JSZip.loadAsync(base)).files);
  expect(parts.every((p) => names.includes(p))).toBe(true);
  // 5 × 230 MB = 1,150 MB: over the package's 1,024 MB, each part under 256 MB.
  const spread = await zipBomb(base, parts, 230 * 1024 * 1024, true);
  const read = await readSnapshotFromXlsx(new Uint8Array(spread), { sheets: "all" });
  expect(read.ok).toBe(false);
  if (read.ok) return;
  expect(read.failure.reason).toBe("package-too-large");
  expect(read.failure.message.ja).toContain("上限 1024 MB");
  expect(read.failure.message.en).toContain("too large together");
});

it("is one exception row of a consolidation; the good departments are summarised", async () => {
  fs.writeFileSync(path.join(dir, "爆弾.xlsx"), bomb);
  fs.writeFileSync(path.join(dir, "市民部.xlsx"), await departmentWorkbookBytes("市民部"));
  const r = await run(["consolidate", dir, "-o", path.join(dir, "..", `city-${path.basename(dir)}.xlsx`), "--json"]);
  expect(r.code).toBe(1);
  const result = JSON.parse(r.stdout) as ConsolidationResult;
  expect(result.departments.map((d) => d.department)).toEqual(["市民部"]);
  const rows = result.exceptions.filter((e) => e.kind === "unreadable_source");
  expect(rows.map((e) => path.basename(e.source))).toEqual(["爆弾.xlsx"]);
  expect(rows[0]!.message.en).toContain("too large once unzipped");
  fs.rmSync(path.join(dir, "..", `city-${path.basename(dir)}.xlsx`), { force: true });
});

// The whole promise at once: a folder of everything hostile beside good departments.
it("a folder with a bomb, a pipe, a /dev/zero link and an over-long text beside good files: exit 1, the good summarised, one exception per bad source", async () => {
  const { execFileSync } = await import("node:child_process");
  const ExcelJS = (await import("exceljs")).default;
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "tassei-hostile-"));
  try {
    fs.writeFileSync(path.join(folder, "爆弾.xlsx"), bomb);
    execFileSync("mkfifo", [path.join(folder, "パイプ.xlsx")]);
    fs.symlinkSync("/dev/zero", path.join(folder, "ゼロ.xlsx"));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await departmentWorkbookBytes("企画部")) as unknown as ArrayBuffer);
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.value === "重点目標 1") cell.value = "長".repeat(40_000);
        }),
      ),
    );
    fs.writeFileSync(path.join(folder, "企画部.xlsx"), Buffer.from(await workbook.xlsx.writeBuffer()));
    for (const name of ["総務部", "市民部"]) {
      fs.writeFileSync(path.join(folder, `${name}.xlsx`), await departmentWorkbookBytes(name));
    }
    const city = path.join(os.tmpdir(), `${path.basename(folder)}-city.xlsx`);
    const before = process.memoryUsage().rss;
    const r = await run(["consolidate", folder, "-o", city, "--json"]);
    const grown = process.memoryUsage().rss - before;
    expect(r.code).toBe(1);
    const result = JSON.parse(r.stdout) as ConsolidationResult;
    expect(result.departments.map((d) => d.department).sort()).toEqual(["企画部", "市民部", "総務部"].sort());
    const unreadable = result.exceptions
      .filter((e) => e.kind === "unreadable_source")
      .map((e) => path.basename(e.source));
    expect(unreadable.sort()).toEqual(["ゼロ.xlsx", "パイプ.xlsx", "爆弾.xlsx"].sort());
    expect(result.exceptions.filter((e) => e.kind === "text_cut").length).toBeGreaterThan(0);
    expect(grown).toBeLessThan(2 * 1024 * 1024 * 1024);
    fs.rmSync(city, { force: true });
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});
