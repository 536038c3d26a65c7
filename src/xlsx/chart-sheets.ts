/**
 * Which charts of a workbook hang from a given sheet. exceljs drops every chart when it loads a file;
 * a caller that regenerates one sheet (whose chart the plan writes again) asks how many charts lie
 * elsewhere, which saving would lose.
 */
import { sameSheetName } from "../core/workbook/address";
import { asBytes } from "./open-workbook";
import { type Package, isType, openPackage, relationships } from "./package";
import { readWorkbookStructure } from "./workbook-part";

const CHART_PART = /^\/?xl\/charts\/chart[^/]*\.xml$/i;

async function chartsOfSheet(zip: Package, sheetPath: string): Promise<Set<string>> {
  const charts = new Set<string>();
  for (const drawing of await relationships(zip, sheetPath)) {
    if (drawing.external || !isType(drawing, "/drawing")) continue;
    for (const chart of await relationships(zip, drawing.target)) {
      if (!chart.external && isType(chart, "/chart")) charts.add(chart.target.toLowerCase());
    }
  }
  return charts;
}

/** The number of chart parts in the package not drawn on `sheet` (0 for a file that cannot be opened). */
export async function chartsOutsideSheet(data: ArrayBuffer | Uint8Array, sheet: string): Promise<number> {
  let zip: Package;
  try {
    zip = await openPackage(asBytes(data));
  } catch {
    return 0;
  }
  const structure = await readWorkbookStructure(zip);
  const entry = structure?.sheets.find((s) => sameSheetName(s.name, sheet));
  const own = entry ? await chartsOfSheet(zip, entry.path) : new Set<string>();
  let outside = 0;
  zip.forEach((path, file) => {
    if (!file.dir && CHART_PART.test(path) && !own.has(path.replace(/^\//, "").toLowerCase())) outside++;
  });
  return outside;
}
