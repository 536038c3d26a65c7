/**
 * The live 達成率 / 達成度 formulas in a real spreadsheet program: the .xlsx adapter writes the boundary
 * corpus (one sheet per preset scale) and the other row sets of the in-memory test, headless
 * LibreOffice Calc recalculates the file (one start for the whole file), and every row is compared
 * with the grading engine the same way.
 * Needs LibreOffice (`apt-get install -y --no-install-recommends libreoffice-calc`); with
 * TASSEI_SKIP_LIBREOFFICE=1 the checks are skipped with a console line instead of failing.
 */
import type { PresetName, Scale } from "../../src/core/grading";
import type { KpiFormulaOptions } from "../../src/core/layout/grade-formulas";
import type { WorkbookPlan } from "../../src/core/workbook/plan";
import type { SheetSnapshot } from "../../src/core/workbook/snapshot";
import { applyPlanToXlsx, newXlsxWorkbook, readSnapshotFromXlsx, saveXlsx } from "../../src/xlsx";
import { BOUNDARY_CORPUS } from "../core/grading/corpus";
import {
  PRESETS,
  type RowCase,
  corpusRow,
  disagreements,
  errorValues,
  preset,
  rowsPlan,
} from "../core/layout/grade-formula-rows";
import { edgeRows, randomRows, textRows } from "../core/layout/grade-formula-sets";
import { LIBREOFFICE_INSTALL_HINT, libreOfficeAvailable, recalculateWithLibreOffice } from "../support/libreoffice";

interface SheetCase {
  readonly sheet: string;
  readonly rows: readonly RowCase[];
  readonly scale: Scale;
  readonly options?: KpiFormulaOptions;
}

const corpus = BOUNDARY_CORPUS.map(corpusRow);

const SHEETS: readonly SheetCase[] = [
  ...PRESETS.map((name: PresetName) => ({ sheet: `corpus ${name}`, rows: corpus, scale: preset(name) })),
  { sheet: "texts", rows: textRows(), scale: preset("default") },
  { sheet: "edges", rows: edgeRows(preset("default")), scale: preset("default") },
  { sheet: "edges qualitative", rows: edgeRows(preset("qualitative-5")), scale: preset("qualitative-5") },
  { sheet: "random", rows: randomRows(400, 20250401, preset("default")), scale: preset("default") },
  { sheet: "random points-7", rows: randomRows(300, 7, preset("points-7")), scale: preset("points-7") },
  {
    sheet: "random progress",
    rows: randomRows(300, 11, preset("stretch-110")),
    scale: preset("stretch-110"),
    options: { lowerIsBetter: "progress" },
  },
];

function plan(): WorkbookPlan {
  return { sheets: SHEETS.flatMap((s) => rowsPlan(s.sheet, s.rows, s.scale, s.options).sheets) };
}

const skip = process.env.TASSEI_SKIP_LIBREOFFICE === "1";
const computed = new Map<string, SheetSnapshot>();

beforeAll(async () => {
  if (!libreOfficeAvailable()) {
    if (skip) {
      console.warn(
        "SKIPPED test/libreoffice/grade-formulas: LibreOffice is not installed and TASSEI_SKIP_LIBREOFFICE=1",
      );
      return;
    }
    throw new Error(`LibreOffice is needed for these tests. Install it with: ${LIBREOFFICE_INSTALL_HINT}`);
  }
  const workbook = newXlsxWorkbook();
  const report = applyPlanToXlsx(workbook, plan());
  if (!report.ok) throw new Error(report.error.code);
  const recalculated = await recalculateWithLibreOffice(await saveXlsx(workbook));
  const read = await readSnapshotFromXlsx(recalculated, { sheets: SHEETS.map((s) => s.sheet) });
  if (!read.ok) throw new Error(`${read.failure.reason} ${read.failure.detail ?? ""}`);
  for (const sheet of read.snapshot.sheets) computed.set(sheet.name, sheet);
}, 240_000);

function ran(): boolean {
  return !(skip && !libreOfficeAvailable());
}

describe("達成率 / 達成度 formulas recalculated by LibreOffice agree with the engine", () => {
  it.each(SHEETS.map((s) => [s.sheet, s] as const))("%s", (_name, s) => {
    if (!ran()) return;
    const sheet = computed.get(s.sheet);
    if (!sheet) throw new Error(`sheet ${s.sheet} missing after LibreOffice`);
    expect(errorValues(sheet, s.rows.length)).toEqual([]);
    expect(disagreements(sheet, s.rows, s.scale, s.options ?? {})).toEqual([]);
  });
});
