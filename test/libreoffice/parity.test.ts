/**
 * Formulas written through a plan give the same results in the in-memory Excel (HyperFormula) and in a
 * real spreadsheet program (LibreOffice Calc recalculating the .xlsx written from the same plan).
 */
import type { SheetSnapshot } from "../../src/core/workbook/snapshot";
import { officeJsAdapter, xlsxAdapter } from "../support/adapters";
import { LIBREOFFICE_INSTALL_HINT, libreOfficeAvailable, recalculateWithLibreOffice } from "../support/libreoffice";
import { featurePlan, rowsPlan } from "../support/plans";
import { readSnapshotFromXlsx } from "../../src/xlsx";

jest.setTimeout(120_000);

const skip = process.env.TASSEI_SKIP_LIBREOFFICE === "1";

/** Every formula cell's computed value, by address. */
function computed(sheets: readonly SheetSnapshot[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const sheet of sheets) {
    sheet.formulas.forEach((row, r) =>
      row.forEach((formula, c) => {
        if (formula) out[`${sheet.name}!R${r + 1}C${c + 1}`] = sheet.values[r]?.[c];
      }),
    );
  }
  return out;
}

/** Spreadsheets keep 15 significant digits, and LibreOffice writes no more into the file. */
function sameResult(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number")
    return Math.abs(a - b) <= 1e-14 * Math.max(1, Math.abs(a), Math.abs(b));
  return a === b;
}

it("HyperFormula and LibreOffice compute the plan's formulas alike", async () => {
  if (skip) {
    console.log("SKIPPED test/libreoffice/parity: TASSEI_SKIP_LIBREOFFICE=1");
    return;
  }
  if (!libreOfficeAvailable()) throw new Error(`LibreOffice is missing: ${LIBREOFFICE_INSTALL_HINT}`);
  for (const plan of [featurePlan(), rowsPlan("指標", 200)]) {
    const names = plan.sheets.map((s) => s.name);
    const memory = officeJsAdapter();
    await memory.apply(plan);
    const inMemory = computed((await memory.read({ sheets: names })).sheets);

    const file = xlsxAdapter();
    await file.apply(plan);
    const recalculated = await readSnapshotFromXlsx(await recalculateWithLibreOffice(file.bytes()), { sheets: names });
    if (!recalculated.ok) throw new Error(recalculated.failure.message.en);
    const inLibreOffice = computed(recalculated.snapshot.sheets);

    // Only the plan's formulas: LibreOffice also saves booleans as =TRUE() formulas.
    const differences = Object.entries(inMemory)
      .filter(([address, value]) => !sameResult(value, inLibreOffice[address]))
      .map(([address, value]) => ({ address, inMemory: value, inLibreOffice: inLibreOffice[address] }));
    expect(Object.keys(inMemory).length).toBeGreaterThan(0);
    expect(differences).toEqual([]);
  }
});
