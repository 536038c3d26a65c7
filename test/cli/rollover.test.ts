/** `tassei rollover` (#18): next year's sheets in a new file; the input untouched; never over a file. */
import ExcelJS from "exceljs";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { readDepartmentSheet } from "../../src/core/sheet/read-department";
import { cellAt } from "../../src/core/workbook/snapshot";
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

it("gives 令和7's KGI table, filled in by hand, the 実績 column of 令和7 in 令和8's sheet (tester's steps)", async () => {
  const r7 = path.join(dir, "k7.xlsx");
  const made = await run(["new", r7, "--department", "建設部", "--year", "R7", "--layout", "header,goals,kpi,kgi"]);
  expect(made.code).toBe(0);
  // One KGI typed into the first row under the headers, as a person (or exceljs) would.
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(fs.readFileSync(r7) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const headerOf = (row: ExcelJS.Row) => (row.values as ExcelJS.CellValue[]).slice(1).map((v) => v ?? null);
  let headerRow = 0;
  sheet.eachRow((row, n) => {
    if (row.getCell(2).value === "KGI") headerRow = n;
  });
  expect(headerOf(sheet.getRow(headerRow))).toEqual([
    "No.",
    "KGI",
    "方向",
    "R3 実績 (2021)",
    "R4 実績 (2022)",
    "R5 実績 (2023)",
    "R6 実績 (2024)",
    "R7 目標 (2025)",
    "R8 目標 (2026)",
  ]);
  const filled = sheet.getRow(headerRow + 1);
  const typed: ExcelJS.CellValue[] = [1, "市道改良率", "増加", "60%", "63%", "66%", "70%", "75%", "80%"];
  typed.forEach((value, i) => {
    filled.getCell(i + 1).value = value;
  });
  filled.commit();
  fs.writeFileSync(r7, Buffer.from(await workbook.xlsx.writeBuffer()));

  const r8 = path.join(dir, "k8.xlsx");
  expect((await run(["rollover", r7, "-o", r8])).code).toBe(0);
  const written = await readSnapshotFromXlsx(fs.readFileSync(r8), { sheets: "all" });
  if (!written.ok) throw new Error(written.failure.reason);
  const next = written.snapshot.sheets[0]!;
  expect(next.tables.find((t) => t.name.startsWith("Tassei_KGI"))?.headers).toEqual([
    "No.",
    "KGI",
    "方向",
    "R3 実績 (2021)",
    "R4 実績 (2022)",
    "R5 実績 (2023)",
    "R6 実績 (2024)",
    "R7 実績 (2025)",
    "R7 目標 (2025)",
    "R8 目標 (2026)",
    "R9 目標 (2027)",
  ]);
  const read = readDepartmentSheet(next);
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  expect(read.department.kgis.map((k) => [k.name, k.values.map((v) => [v.fiscalYear, v.kind, v.value])])).toEqual([
    [
      "市道改良率",
      [
        [2021, "actual", "60%"],
        [2022, "actual", "63%"],
        [2023, "actual", "66%"],
        [2024, "actual", "70%"],
        [2025, "target", "75%"],
        [2026, "target", "80%"],
      ],
    ],
  ]);
});

it("keeps the number formats of 目標値 and of the 実績値 that becomes 基準値 (5億円 converted by grading)", async () => {
  const r7 = path.join(dir, "m7.xlsx");
  expect((await run(["new", r7, "--department", "財政部", "--year", "R7", "--layout", "header,goals,kpi"])).code).toBe(
    0,
  );
  // The first KPI row as grading leaves 5億円 and 4億円: numbers shown with separators and 円.
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(fs.readFileSync(r7) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  let headerRow = 0;
  sheet.eachRow((row, n) => {
    if (row.getCell(2).value === "指標") headerRow = n;
  });
  const headers = (sheet.getRow(headerRow).values as ExcelJS.CellValue[]).slice(1);
  const column = (header: string) => headers.indexOf(header) + 1;
  const first = sheet.getRow(headerRow + 1);
  first.getCell(column("目標No.")).value = 1;
  first.getCell(column("指標")).value = "市税収入";
  first.getCell(column("単位")).value = "円";
  for (const [header, value] of [
    ["目標値", 500000000],
    ["実績値", 400000000],
  ] as const) {
    first.getCell(column(header)).value = value;
    first.getCell(column(header)).numFmt = '#,##0"円"';
  }
  first.commit();
  fs.writeFileSync(r7, Buffer.from(await workbook.xlsx.writeBuffer()));

  const r8 = path.join(dir, "m8.xlsx");
  expect((await run(["rollover", r7, "-o", r8])).code).toBe(0);
  const written = await readSnapshotFromXlsx(fs.readFileSync(r8), { sheets: "all" });
  if (!written.ok) throw new Error(written.failure.reason);
  const next = written.snapshot.sheets[0]!;
  const kpi = next.tables.find((t) => t.name.startsWith("Tassei_KPI"))!;
  const at = (header: string) => cellAt(next, kpi.range.row + 1, kpi.range.column + kpi.headers.indexOf(header));
  expect(at("目標値")).toMatchObject({ value: 500000000, numberFormat: '#,##0"円"' });
  expect(at("基準値")).toMatchObject({ value: 400000000, numberFormat: '#,##0"円"' });
  expect(at("実績値")).toMatchObject({ value: null });
});
