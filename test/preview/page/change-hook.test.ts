/**
 * The in-memory Excel's change hook (packages/in-memory-excel/src/in-memory-excel.ts), which the preview grid
 * redraws on: once per run, after it settles, whether it resolved or failed.
 */
import { freshExcel } from "../fixture";

async function write(excel: ReturnType<typeof freshExcel>, value: string | number) {
  await excel.run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[value]];
    await context.sync();
  });
}

describe("onChange", () => {
  it("calls its listeners once per run, after the run's changes are in the workbook", async () => {
    const excel = freshExcel();
    const seen: unknown[] = [];
    excel.onChange(() => seen.push(excel.workbook.value("Sheet1", "A1")));
    await write(excel, 1);
    await write(excel, 2);
    expect(seen).toEqual([1, 2]);
  });

  it("also after a failed run, which keeps what it applied before the failure", async () => {
    const excel = freshExcel();
    let calls = 0;
    excel.onChange(() => calls++);
    const failed = excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [[1]];
      sheet.getRange("A2").formulas = [["=SUM("]];
      await context.sync();
    });
    await expect(failed).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(calls).toBe(1);
    expect(excel.workbook.value("Sheet1", "A1")).toBe(1);
  });

  it("covers the Excel namespace's run and stops after unsubscribing", async () => {
    const excel = freshExcel();
    let calls = 0;
    const stop = excel.onChange(() => calls++);
    await excel.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B1").values = [["x"]];
      await context.sync();
    });
    stop();
    await write(excel, 3);
    expect(calls).toBe(1);
  });

  it("keeps a run's result when a listener throws, and reports the listener's error", async () => {
    jest.useFakeTimers();
    try {
      const excel = freshExcel();
      excel.onChange(() => {
        throw new Error("listener broke");
      });
      let later = 0;
      excel.onChange(() => later++);
      await expect(excel.run(async () => 42)).resolves.toBe(42);
      expect(later).toBe(1);
      expect(() => jest.runOnlyPendingTimers()).toThrow("listener broke");
    } finally {
      jest.useRealTimers();
    }
  });
});
