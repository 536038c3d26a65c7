/** `tassei rollover` (#18): next year's sheets in a new file; the input untouched; never over a file. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { readDepartmentSheet } from "../../src/core/sheet/read-department";
import { readSnapshotFromXlsx } from "../../src/xlsx";
import { departmentWorkbookBytes } from "../support/department-files";
import { run } from "./streams";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "tassei-rollover-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it("writes next year's sheet of each department sheet into a new file and leaves the input as it was", async () => {
  const input = path.join(dir, "総務部.xlsx");
  fs.writeFileSync(input, await departmentWorkbookBytes("総務部"));
  const before = fs.readFileSync(input);
  const source = await readSnapshotFromXlsx(before, { sheets: "all" });
  if (!source.ok) throw new Error(source.failure.reason);
  const thisYear = readDepartmentSheet(source.snapshot.sheets[0]!);
  if (!thisYear.ok) throw new Error("the fixture is not a department sheet");

  const output = path.join(dir, "総務部-次年度.xlsx");
  const r = await run(["rollover", input, "-o", output]);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain("次年度のシート");
  expect(fs.readFileSync(input).equals(before)).toBe(true);
  const written = await readSnapshotFromXlsx(fs.readFileSync(output), { sheets: "all" });
  if (!written.ok) throw new Error(written.failure.reason);
  const next = readDepartmentSheet(written.snapshot.sheets[0]!);
  if (!next.ok) throw new Error(JSON.stringify(next.problems));
  expect(next.department.fiscalYear).toBe(thisYear.department.fiscalYear + 1);
  expect(next.department.indicators.map((i) => i.name)).toEqual(thisYear.department.indicators.map((i) => i.name));
  expect(next.department.indicators.every((i) => i.actual === null)).toBe(true);

  // Never over an existing file, and a year that is not later is refused, naming the sheet.
  const again = await run(["rollover", input, "-o", output]);
  expect(again.code).toBe(2);
  const earlier = await run(["rollover", input, "-o", path.join(dir, "前年度.xlsx"), "--year", "2020"]);
  expect(earlier.code).toBe(2);
  expect(earlier.stderr).toContain("より後の年度");
  expect(fs.existsSync(path.join(dir, "前年度.xlsx"))).toBe(false);
});

it("says how to call it when the output is missing", async () => {
  const r = await run(["rollover", "a.xlsx"]);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("-o <出力.xlsx>");
});
