import { applyPlanToXlsx, newXlsxWorkbook, readSnapshotFromXlsx, saveXlsx } from "../../src/xlsx";
import { rowsPlan } from "../support/plans";

describe("a 10,000-row plan", () => {
  it("applies, saves and reads back whole (timings: bench/xlsx.bench.ts)", async () => {
    const workbook = newXlsxWorkbook();
    const report = applyPlanToXlsx(workbook, rowsPlan("指標一覧", 10_000));
    expect(report.ok).toBe(true);
    const bytes = await saveXlsx(workbook);
    const read = await readSnapshotFromXlsx(bytes, { sheets: "all" });
    if (!read.ok) throw new Error(read.failure.reason);
    const sheet = read.snapshot.sheets[0];
    expect(sheet?.used).toEqual({ row: 0, column: 0, rowCount: 10_001, columnCount: 5 });
    expect(sheet?.values[10_000]).toEqual(["指標10000", 10_999, 1_099, null, "確定"]);
    expect(sheet?.formulas[10_000]?.[3]).toBe('=IF(B10001=0,"",C10001/B10001)');
    expect(sheet?.numberFormats[10_000]).toEqual(["General", "General", "General", "0.0%", "General"]);
  }, 60_000);
});
