/**
 * 全庁サマリー as a reader that does not recalculate sees it (issue #14). A workbook holding one graded
 * department sheet gets the summary of itself and two department files (as `tassei consolidate` regenerates
 * a summary in an existing workbook: core plan, .xlsx adapter), so the sheet has both the 合計 row's SUMs
 * and the references to the host sheet's 達成度 cells. Headless LibreOffice opens the file once keeping the
 * cached results (OOXMLRecalcMode "never") and once recalculating: every cell of the summary must read the
 * same, and the formulas' cells must not read empty where the computed value is not.
 * Needs LibreOffice; with TASSEI_SKIP_LIBREOFFICE=1 the checks are skipped with a console line.
 */
import { SUMMARY_SHEET_NAME, planConsolidation } from "../../src/core/consolidate";
import { cellAddress } from "@tassei/excel-rules";
import type { SheetSnapshot } from "../../src/core/workbook/snapshot";
import { applyPlanToXlsx, loadXlsx, readSnapshotFromXlsx, saveXlsx } from "../../src/xlsx";
import { consolidationSourceFromXlsx } from "../../src/xlsx/consolidation-source";
import { departmentWorkbookBytes } from "../support/department-files";
import { LIBREOFFICE_INSTALL_HINT, libreOfficeAvailable, resaveWithLibreOffice } from "../support/libreoffice";

jest.setTimeout(240_000);

const skip = process.env.TASSEI_SKIP_LIBREOFFICE === "1";
const NOW = new Date("2026-03-31T09:00:00Z");

async function summaryOf(bytes: Uint8Array): Promise<SheetSnapshot> {
  const read = await readSnapshotFromXlsx(bytes, { sheets: [SUMMARY_SHEET_NAME] });
  if (!read.ok) throw new Error(read.failure.message.en);
  const sheet = read.snapshot.sheets.find((s) => s.name === SUMMARY_SHEET_NAME);
  if (!sheet) throw new Error("no summary sheet");
  return sheet;
}

/** The host workbook with 全庁サマリー written into it, as the .xlsx adapter saves it. */
async function summaryWorkbook(): Promise<Uint8Array> {
  const host = await departmentWorkbookBytes("総務部", { indicators: 7, goals: 3, graded: { now: NOW } });
  const target = await readSnapshotFromXlsx(host, { sheets: "all" });
  if (!target.ok) throw new Error(target.failure.message.en);
  const files = [
    await consolidationSourceFromXlsx(
      "市民部.xlsx",
      await departmentWorkbookBytes("市民部", { indicators: 10, graded: { now: NOW } }),
    ),
    await consolidationSourceFromXlsx("建設部.xlsx", await departmentWorkbookBytes("建設部", { indicators: 4 })),
  ];
  const run = planConsolidation(target.snapshot, [{ kind: "this-workbook", snapshot: target.snapshot }, ...files], {
    now: NOW,
  });
  if (!run.ok) throw new Error(run.message.en);
  const loaded = await loadXlsx(host);
  if (!loaded.ok) throw new Error(loaded.failure.message.en);
  const applied = applyPlanToXlsx(loaded.workbook, run.plan);
  if (!applied.ok) throw new Error(applied.error.message.en);
  return saveXlsx(loaded.workbook);
}

it("LibreOffice shows the same summary whether it keeps the cached results or recalculates", async () => {
  if (skip) {
    console.log("SKIPPED test/libreoffice/summary-cached: TASSEI_SKIP_LIBREOFFICE=1");
    return;
  }
  if (!libreOfficeAvailable()) throw new Error(`LibreOffice is missing: ${LIBREOFFICE_INSTALL_HINT}`);

  const written = await summaryWorkbook();
  const [cached, recalculated] = await Promise.all([
    resaveWithLibreOffice(written, { recalculate: false }).then(summaryOf),
    resaveWithLibreOffice(written, { recalculate: true }).then(summaryOf),
  ]);
  const ours = await summaryOf(written);

  // The formulas as Tassei wrote them, by address.
  const formulas = new Map<string, string>();
  ours.formulas.forEach((row, r) =>
    row.forEach((formula, c) => {
      if (formula !== null)
        formulas.set(cellAddress({ row: r + ours.used!.row, column: c + ours.used!.column }), formula);
    }),
  );
  const sums = [...formulas.values()].filter((f) => f.startsWith("=SUM("));
  const shares = [...formulas.values()].filter((f) => /^=IF\([A-Z]+\d+=0,/.test(f));
  const references = [...formulas.values()].filter((f) => f.startsWith("=IF(") && !shares.includes(f));
  // 部局別's 合計 row: A–E, 未評価, 指標数, 重点目標数; its 割合 row: A–E and 未評価 over 指標数; and one
  // reference per goal of the host's 3.
  expect(sums).toHaveLength(8);
  expect(shares).toHaveLength(6);
  expect(references).toHaveLength(3);

  expect(cached.used).toEqual(recalculated.used);
  const used = recalculated.used!;
  const differences: string[] = [];
  const uncached: string[] = [];
  let filledFormulaCells = 0;
  for (let r = 0; r < used.rowCount; r++) {
    for (let c = 0; c < used.columnCount; c++) {
      const address = cellAddress({ row: used.row + r, column: used.column + c });
      const kept = cached.values[r]?.[c] ?? null;
      const computed = recalculated.values[r]?.[c] ?? null;
      if (kept !== computed) differences.push(`${address}: kept ${String(kept)}, computed ${String(computed)}`);
      if (!formulas.has(address)) continue;
      // LibreOffice computes a formula that has no cached result even when told not to recalculate, so
      // the file as Tassei wrote it must already hold the figure.
      const inFile = ours.values[used.row + r - ours.used!.row]?.[used.column + c - ours.used!.column] ?? null;
      // LibreOffice saves numbers to 15 significant digits (a share of 1/7 comes back 0.142857142857143).
      const same =
        inFile === computed ||
        (typeof inFile === "number" &&
          typeof computed === "number" &&
          Math.abs(inFile - computed) <= 1e-14 * Math.max(1, Math.abs(computed)));
      if (!same) uncached.push(`${address}: written ${String(inFile)}, computed ${String(computed)}`);
      if (computed !== null && computed !== "") filledFormulaCells += 1;
    }
  }
  expect(differences).toEqual([]);
  expect(uncached).toEqual([]);
  // Every SUM gives a number, and each reference a grade: the host's three goals are all graded.
  expect(filledFormulaCells).toBe(sums.length + shares.length + references.length);
});
