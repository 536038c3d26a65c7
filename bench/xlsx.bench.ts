/**
 * The .xlsx adapter's costs, one figure per line (`name: value unit`):
 * - apply + save (exceljs writes the file) and read (Tassei's own reader) for 10, 1,000 and 10,000 rows;
 * - the same file loaded by exceljs (the update path's loadXlsx), for comparison with the reader;
 * - a 100,000-row sheet (built part by part: exceljs takes ~20 s to write one) read into a snapshot,
 *   with the heap it grows by. Run with --expose-gc (scripts/bench.mjs does) for the heap figures.
 */
import JSZip from "jszip";
import type { WorkbookPlan } from "../src/core/workbook/plan";
import { rowsPlan as sharedRowsPlan } from "../test/support/plans";
import { applyPlanToXlsx, loadXlsx, newXlsxWorkbook, readSnapshotFromXlsx, saveXlsx } from "../src/xlsx";

/** The shared size-test plan, with Tassei's metadata so the custom-properties path is measured too. */
function rowsPlan(rows: number): WorkbookPlan {
  const plan = sharedRowsPlan("指標一覧", rows);
  return { sheets: plan.sheets.map((sheet) => ({ ...sheet, properties: { tassei: '{"v":1}' } })) };
}

const gc = (globalThis as { gc?: () => void }).gc;

function heapMb(): number {
  gc?.();
  return process.memoryUsage().heapUsed / 1e6;
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await work();
  return { ms: performance.now() - start, result };
}

async function hundredThousandRows(): Promise<Uint8Array> {
  const rows: string[] = [];
  for (let r = 1; r <= 100_000; r++) {
    rows.push(
      `<row r="${r}"><c r="A${r}" t="s"><v>${r % 500}</v></c><c r="B${r}"><v>${1000 + r}</v></c><c r="C${r}"><v>${900 + (r % 200)}</v></c>` +
        `<c r="D${r}" s="1"><f>IF(B${r}=0,"",C${r}/B${r})</f><v>${(900 + (r % 200)) / (1000 + r)}</v></c><c r="E${r}" t="s"><v>500</v></c></row>`,
    );
  }
  const strings = Array.from({ length: 500 }, (_, i) => `<si><t>指標${i}</t></si>`).join("") + "<si><t>確定</t></si>";
  const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const zip = new JSZip();
  zip.file(
    "_rels/.rels",
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    "xl/workbook.xml",
    `<workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="大" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${rel}/styles" Target="styles.xml"/></Relationships>`,
  );
  zip.file("xl/sharedStrings.xml", `<sst xmlns="${main}">${strings}</sst>`);
  zip.file(
    "xl/styles.xml",
    `<styleSheet xmlns="${main}"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="10"/></cellXfs></styleSheet>`,
  );
  zip.file(
    "xl/worksheets/sheet1.xml",
    `<worksheet xmlns="${main}"><sheetData>${rows.join("")}</sheetData></worksheet>`,
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

async function main(): Promise<void> {
  for (const rows of [10, 1_000, 10_000]) {
    const plan = rowsPlan(rows);
    const written = await timed(async () => {
      const workbook = newXlsxWorkbook();
      const report = applyPlanToXlsx(workbook, plan);
      if (!report.ok) throw new Error(report.error.code);
      return saveXlsx(workbook);
    });
    const bytes = written.result;
    console.log(`xlsx apply+save ${rows} rows: ${written.ms.toFixed(0)} ms`);
    console.log(`xlsx file size ${rows} rows: ${bytes.length} bytes`);
    const read = await timed(() => readSnapshotFromXlsx(bytes, { sheets: "all" }));
    if (!read.result.ok) throw new Error(read.result.failure.reason);
    console.log(`xlsx read snapshot ${rows} rows: ${read.ms.toFixed(0)} ms`);
    const loaded = await timed(() => loadXlsx(bytes));
    if (!loaded.result.ok) throw new Error(loaded.result.failure.reason);
    console.log(`xlsx loadXlsx (exceljs) ${rows} rows: ${loaded.ms.toFixed(0)} ms`);
  }

  const big = await hundredThousandRows();
  console.log(`xlsx file size 100000 rows x 5 columns: ${big.length} bytes`);
  const before = heapMb();
  const read = await timed(() => readSnapshotFromXlsx(big, { sheets: "all" }));
  if (!read.result.ok) throw new Error(read.result.failure.reason);
  const held = heapMb() - before;
  console.log(`xlsx read snapshot 100000 rows: ${read.ms.toFixed(0)} ms`);
  if (gc) console.log(`xlsx snapshot heap 100000 rows: ${held.toFixed(0)} MB`);
  console.log(`xlsx peak rss after 100000-row read: ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
  const loaded = await timed(() => loadXlsx(big));
  if (!loaded.result.ok) throw new Error(loaded.result.failure.reason);
  console.log(`xlsx loadXlsx (exceljs) 100000 rows: ${loaded.ms.toFixed(0)} ms`);
  console.log(`xlsx peak rss after exceljs load: ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
