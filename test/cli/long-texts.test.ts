/**
 * A text longer than a cell holds (Excel: 32,767 characters) in a source — here a goal title of 40,000
 * characters, written into the department file the way a hostile or broken tool would — no longer stops
 * the summary from being written (issue #15): the text is cut with a visible mark, the cut is one
 * exception naming the cell and the full length, and every department is still summarised.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import type { ConsolidationResult } from "../../src/core/consolidate";
import { CUT_MARK, cutLongTexts } from "../../src/core/consolidate/long-texts";
import { readSnapshotFromXlsx } from "../../src/xlsx";
import { departmentWorkbookBytes } from "../support/department-files";
import { run } from "./streams";

jest.setTimeout(60_000);

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "tassei-long-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The department file with its first goal title replaced by `title`, written by exceljs directly. */
async function withGoalTitle(bytes: Uint8Array, title: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  let replaced = 0;
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.value === "重点目標 1") {
          cell.value = title;
          replaced += 1;
        }
      }),
    ),
  );
  expect(replaced).toBeGreaterThan(0);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

it("cuts the text with a mark, lists the cut, and writes the summary with every department", async () => {
  const long = "長".repeat(40_000);
  fs.writeFileSync(path.join(dir, "総務部.xlsx"), await withGoalTitle(await departmentWorkbookBytes("総務部"), long));
  fs.writeFileSync(path.join(dir, "市民部.xlsx"), await departmentWorkbookBytes("市民部"));
  const city = path.join(dir, "city.xlsx");
  const r = await run(["consolidate", dir, "-o", city, "--json"]);
  expect(r.code).toBe(1);
  const result = JSON.parse(r.stdout) as ConsolidationResult;
  expect(result.departments.map((d) => d.department).sort()).toEqual(["市民部", "総務部"]);
  const cuts = result.exceptions.filter((e) => e.kind === "text_cut");
  expect(cuts.length).toBeGreaterThan(0);
  expect(cuts[0]!.message.en).toContain("(40000 characters)");
  expect(cuts[0]!.message.ja).toContain("（40000 文字）");

  const read = await readSnapshotFromXlsx(new Uint8Array(fs.readFileSync(city)), { sheets: "all" });
  if (!read.ok) throw new Error(read.failure.message.en);
  const texts = read.snapshot.sheets.flatMap((s) => s.values.flat()).filter((v): v is string => typeof v === "string");
  // The subject column of the exception shows the text's first 20 characters only.
  const cut = texts.filter((t) => t.startsWith("長長長") && t.length > 20);
  expect(cut.length).toBeGreaterThan(0);
  for (const text of cut) {
    expect(text.length).toBe(32_767);
    expect(text.endsWith(CUT_MARK)).toBe(true);
  }
  // The cut names its cell on the summary, where the cut text is.
  expect(cuts.every((e) => /^[A-Z]+[0-9]+$/.test(e.cell ?? ""))).toBe(true);
});

it("never splits a character outside the basic plane", () => {
  const text = "a".repeat(32_767 - CUT_MARK.length - 1) + "𠮷".repeat(10);
  const [block] = cutLongTexts([{ anchor: { row: 0, column: 0 }, rows: [[text]] }]);
  const cut = block!.rows[0]![0] as string;
  expect(cut).toBe("a".repeat(32_767 - CUT_MARK.length - 1) + CUT_MARK);
  expect(cut.length).toBeLessThanOrEqual(32_767);
});
