/**
 * What the command line writes, opened in a real spreadsheet program. `tassei new` makes a department file,
 * actuals are typed in (`５億円`, `△53人`, `作業中` among them), `tassei grade -o` grades it and
 * `tassei consolidate` builds 全庁サマリー from it and a second department. Headless LibreOffice Calc opens
 * the graded file twice — recalculating every formula, and keeping the results the file carries — and
 * both must show, on every indicator row, the 達成率 and 達成度 `grade --json` reports; then it
 * recalculates the summary, whose figures (department rows and the live 合計 row) must be what
 * `consolidate --json` says.
 * Needs LibreOffice; with TASSEI_SKIP_LIBREOFFICE=1 the checks are skipped with a console line.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { SUMMARY_SHEET_NAME } from "../../src/core/consolidate";
import type { ConsolidationResult } from "../../src/core/consolidate";
import type { GradeResult } from "../../src/core/grade";
import { shownPercent } from "../../src/core/sheet/kpi/live-formulas";
import { parseCellAddress } from "@tassei/excel-rules";
import { type SheetSnapshot, valueAt } from "../../src/core/workbook/snapshot";
import { applyPlanToXlsx, loadXlsx, readSnapshotFromXlsx, saveXlsx } from "../../src/xlsx";
import { run } from "../cli/streams";
import { fillKpi, sheetOf } from "../core/grade/support";
import { departmentWorkbookBytes } from "../support/department-files";
import {
  LIBREOFFICE_INSTALL_HINT,
  libreOfficeAvailable,
  recalculateWithLibreOffice,
  resaveWithLibreOffice,
} from "../support/libreoffice";

jest.setTimeout(240_000);

const skip = process.env.TASSEI_SKIP_LIBREOFFICE === "1";
const NOW = new Date("2026-03-31T09:00:00Z");

/** What a manager types into the new sheet's KPI rows. */
const ACTUALS = {
  "#1": { "目標No.": 1, 指標: "ふるさと納税寄附額", 目標値: "５億円", 実績値: "4億円" },
  "#2": { "目標No.": 1, 指標: "人口の社会増減", 方向: "維持", 基準値: "△120人", 目標値: 0, 実績値: "△53人" },
  "#3": { "目標No.": 1, 指標: "相談件数", 目標値: "65,000 件", 実績値: "62, 947 件" },
  "#4": { "目標No.": 2, 指標: "研修受講者数", 目標値: 200, 実績値: 90 },
  "#5": { "目標No.": 2, 指標: "計画改定", 目標値: 1, 実績値: "作業中" },
  "#6": { "目標No.": 2, 指標: "待機児童数", 方向: "減少", 目標値: 10, 実績値: 8 },
  "#7": { "目標No.": 2, 指標: "満足度", 目標値: "80%", 実績値: "99%(見込み)" },
} as const;

let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "tassei-lo-cli-"));
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

async function readSheets(bytes: Uint8Array): Promise<readonly SheetSnapshot[]> {
  const read = await readSnapshotFromXlsx(bytes, { sheets: "all" });
  if (!read.ok) throw new Error(read.failure.message.en);
  return read.snapshot.sheets;
}

function at(sheet: SheetSnapshot, address: string): unknown {
  const { row, column } = parseCellAddress(address);
  return valueAt(sheet, row, column);
}

/** LibreOffice writes an empty formula result as an empty string. */
const blank = (value: unknown) => (value === "" ? null : value);

async function newFilledDepartment(file: string): Promise<string> {
  const created = await run(["new", file, "--department", "総務部", "--year", "令和7", "--goals", "2"]);
  expect(created.code).toBe(0);
  const bytes = new Uint8Array(fs.readFileSync(file));
  const sheets = await readSheets(bytes);
  const sheet = sheets.find((s) => s.properties["tassei.kind"] === "department")!;
  const loaded = await loadXlsx(bytes);
  if (!loaded.ok) throw new Error(loaded.failure.message.en);
  const applied = applyPlanToXlsx(loaded.workbook, {
    sheets: [fillKpi(sheetOf({ sheets } as never, sheet.name), ACTUALS)],
  });
  if (!applied.ok) throw new Error(applied.error.message.en);
  fs.writeFileSync(file, await saveXlsx(loaded.workbook));
  return sheet.name;
}

it("LibreOffice computes the graded file's formulas and the summary's figures as --json reports them", async () => {
  if (skip) {
    console.log("SKIPPED test/libreoffice/cli-files: TASSEI_SKIP_LIBREOFFICE=1");
    return;
  }
  if (!libreOfficeAvailable()) throw new Error(`LibreOffice is missing: ${LIBREOFFICE_INSTALL_HINT}`);

  const filled = path.join(dir, "総務部.xlsx");
  const sheetName = await newFilledDepartment(filled);
  const graded = path.join(dir, "総務部-評価済み.xlsx");
  const grade = await run(["grade", filled, "-o", graded, "--json"]);
  expect(grade.stderr).toBe("");
  const gradeJson = JSON.parse(grade.stdout) as { sheets: (GradeResult & { ok: true })[] };
  const result = gradeJson.sheets.find((s) => s.sheet === sheetName)!;
  // The typed texts were converted, the estimate and the pending work kept as typed.
  expect(result.conversions.map((c) => c.original).sort()).toEqual(
    ["4億円", "５億円", "△120人", "△53人", "65,000 件", "62, 947 件", "80%"].sort(),
  );

  const gradedBytes = new Uint8Array(fs.readFileSync(graded));
  const [recalculated, cached] = await Promise.all([
    resaveWithLibreOffice(gradedBytes, { recalculate: true }),
    resaveWithLibreOffice(gradedBytes, { recalculate: false }),
  ]);
  const indicators = result.tables.flatMap((t) => t.indicators);
  expect(indicators).toHaveLength(Object.keys(ACTUALS).length);
  const expected = indicators.map((i) => [i.name, i.rateText, i.grade]);
  for (const [mode, bytes] of [
    ["recalculated", recalculated],
    ["kept as written", cached],
  ] as const) {
    const sheet = (await readSheets(bytes)).find((s) => s.name === sheetName)!;
    const shown = indicators.map((indicator) => {
      const { row, column } = parseCellAddress(indicator.cell);
      const rate = blank(valueAt(sheet, row, column - 1));
      return [indicator.name, typeof rate === "number" ? shownPercent(rate) : rate, blank(valueAt(sheet, row, column))];
    });
    // Every row, 作業中 and `99%(見込み)` included, shows the engine's figures: never 評価ボタンで判定.
    expect([mode, shown]).toEqual([mode, expected]);
  }

  const other = path.join(dir, "市民部.xlsx");
  fs.writeFileSync(other, await departmentWorkbookBytes("市民部", { indicators: 10, graded: { now: NOW } }));
  const city = path.join(dir, "city.xlsx");
  const consolidated = await run(["consolidate", graded, other, "-o", city, "--json"]);
  expect(consolidated.code).toBe(0);
  const summaryJson = JSON.parse(consolidated.stdout) as ConsolidationResult;
  expect(summaryJson.departments.map((d) => d.department)).toEqual(["総務部", "市民部"]);

  const summary = (await readSheets(await recalculateWithLibreOffice(fs.readFileSync(city)))).find(
    (s) => s.name === SUMMARY_SHEET_NAME,
  )!;
  const header = findRow(summary, (v) => v === "部局");
  const headers = rowValues(summary, header);
  const columnOf = (name: string) => headers.indexOf(name);
  const letters = [...summaryJson.letters, "ungraded"];
  const labels = letters.map((l) => (l === "ungraded" ? "未評価" : l));
  for (const [i, department] of summaryJson.departments.entries()) {
    const row = rowValues(summary, header + 1 + i);
    expect(row[0]).toBe(department.department);
    expect(labels.map((label) => row[columnOf(label)])).toEqual(letters.map((l) => department.counts[l] ?? 0));
    expect(row[columnOf("全体の達成度")] ?? null).toBe(department.grade);
  }
  // The 合計 row holds live SUM formulas: LibreOffice's totals must be the sums of --json's counts.
  const total = rowValues(summary, header + 1 + summaryJson.departments.length);
  expect(total[0]).toBe("合計");
  expect(labels.map((label) => total[columnOf(label)])).toEqual(
    letters.map((l) => summaryJson.departments.reduce((sum, d) => sum + (d.counts[l] ?? 0), 0)),
  );
  expect(at(summary, "A1")).toContain("全庁サマリー");
});

function findRow(sheet: SheetSnapshot, test: (value: unknown) => boolean): number {
  const offset = sheet.used?.row ?? 0;
  const index = sheet.values.findIndex((row) => test(row[0]));
  if (index < 0) throw new Error(`no such row on ${sheet.name}`);
  return offset + index;
}

function rowValues(sheet: SheetSnapshot, row: number): unknown[] {
  const used = sheet.used!;
  return Array.from({ length: used.column + used.columnCount }, (_, c) => valueAt(sheet, row, c));
}

// The mid-year check (#18): 中間時点 2025/9/30 (a date cell), three interim actuals and no year-end actual yet.
// LibreOffice, recalculating or keeping the file's results, shows each 中間評価 `grade --json` gives, and the
// summary's 中間評価 column what `consolidate --json` says.
const INTERIM = {
  "#1": { "目標No.": 1, 指標: "相談件数", 目標値: 120, 中間実績: 50 },
  "#2": { "目標No.": 1, 指標: "ごみ排出量", 方向: "減少", 目標値: "1,000t", 中間実績: "400t" },
  "#3": { "目標No.": 2, 指標: "研修受講者数", 目標値: 200, 中間実績: 40 },
  "#4": { "目標No.": 2, 指標: "点検率", 目標値: 100 },
} as const;

it("LibreOffice shows the mid-year check's 中間評価 as --json reports it, on the sheet and in the summary", async () => {
  if (skip) {
    console.log("SKIPPED test/libreoffice/cli-files (mid-year): TASSEI_SKIP_LIBREOFFICE=1");
    return;
  }
  if (!libreOfficeAvailable()) throw new Error(`LibreOffice is missing: ${LIBREOFFICE_INSTALL_HINT}`);
  const file = path.join(dir, "中間.xlsx");
  expect((await run(["new", file, "--department", "総務部", "--year", "令和7", "--goals", "2"])).code).toBe(0);
  const bytes = new Uint8Array(fs.readFileSync(file));
  const sheets = await readSheets(bytes);
  const sheet = sheets.find((s) => s.properties["tassei.kind"] === "department")!;
  const loaded = await loadXlsx(bytes);
  if (!loaded.ok) throw new Error(loaded.failure.message.en);
  const filled = fillKpi(sheetOf({ sheets } as never, sheet.name), INTERIM);
  // 中間時点 (E5) as a date: 2025/9/30 is serial 45930.
  const dated = { anchor: { row: 4, column: 4 }, rows: [[45930]] };
  const applied = applyPlanToXlsx(loaded.workbook, { sheets: [{ ...filled, blocks: [...filled.blocks, dated] }] });
  if (!applied.ok) throw new Error(applied.error.message.en);
  fs.writeFileSync(file, await saveXlsx(loaded.workbook));

  const graded = path.join(dir, "中間-評価済み.xlsx");
  const grade = await run(["grade", file, "-o", graded, "--json"]);
  const result = (JSON.parse(grade.stdout) as { sheets: (GradeResult & { ok: true })[] }).sheets[0]!;
  // 50 of 120 against 60: 83.3%, B; 400 t against 500 t: 125%, A; 40 of 200 against 100: 40%, D.
  const indicators = result.tables.flatMap((t) => t.indicators).filter((i) => i.interim);
  expect(indicators.map((i) => [i.name, i.interim?.rateText, i.interim?.grade])).toEqual([
    ["相談件数", "83.3%", "B"],
    ["ごみ排出量", "125.0%", "A"],
    ["研修受講者数", "40.0%", "D"],
  ]);
  // Goal 1: (5/6 + 1) ÷ 2 = 91.7%, B; goal 2: 40%, D; the department (11/12 + 2/5) ÷ 2 = 65.8%, C.
  expect(result.interim?.department).toMatchObject({ grade: "C", rateText: "65.8%" });

  const gradedBytes = new Uint8Array(fs.readFileSync(graded));
  for (const recalculate of [true, false]) {
    const shown = (await readSheets(await resaveWithLibreOffice(gradedBytes, { recalculate }))).find(
      (s) => s.name === sheet.name,
    )!;
    expect([recalculate, indicators.map((i) => blank(at(shown, i.interim!.cell)))]).toEqual([
      recalculate,
      ["B", "A", "D"],
    ]);
    expect([recalculate, at(shown, "G5")]).toEqual([recalculate, "C"]);
  }

  const city = path.join(dir, "中間-city.xlsx");
  const consolidated = await run(["consolidate", graded, "-o", city, "--json"]);
  const summaryJson = JSON.parse(consolidated.stdout) as ConsolidationResult;
  expect(summaryJson.departments.map((d) => d.interim?.grade)).toEqual(["C"]);
  const summary = (await readSheets(await recalculateWithLibreOffice(fs.readFileSync(city)))).find(
    (s) => s.name === SUMMARY_SHEET_NAME,
  )!;
  const header = findRow(summary, (v) => v === "部局");
  const headers = rowValues(summary, header);
  expect(rowValues(summary, header + 1)[headers.indexOf("中間評価")]).toBe("C");
});
