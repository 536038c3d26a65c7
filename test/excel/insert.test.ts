/**
 * The Insert job through the Office.js adapter on the in-memory Excel: one Excel.run, at most three syncs
 * (read, write, then printing one page wide, set last and read back),
 * a new sheet named after the department and selected, and clear refusals that write nothing.
 */
import { insertDepartmentSheet } from "../../src/excel/jobs/insert";
import { readSnapshot } from "../../src/excel/read";
import { createInMemoryExcel, type InMemoryExcel } from "@tassei/in-memory-excel";

jest.setTimeout(30_000);

const allSupported = () => true;
const request = { department: "政策推進部", head: "小林 一裕", fiscalYear: "R7", goalCount: 4 };

function runOf(excel: InMemoryExcel) {
  return <T>(batch: (context: Excel.RequestContext) => Promise<T>) => excel.run(batch);
}

async function sheetNames(excel: InMemoryExcel): Promise<readonly string[]> {
  return (await excel.run((context) => readSnapshot(context, { sheets: [] }))).sheetNames;
}

describe("insert a department sheet", () => {
  it("creates the sheet in one Excel.run and at most three syncs, and selects it", async () => {
    const excel = createInMemoryExcel();
    const outcome = await insertDepartmentSheet(runOf(excel), allSupported, request);
    expect(outcome).toEqual({ status: "done", sheet: "政策推進部", renamed: false });
    expect(excel.stats.runCount).toBe(1);
    expect(excel.stats.syncCount).toBeLessThanOrEqual(3);
    const snapshot = await excel.run((context) => readSnapshot(context, { sheets: "active" }));
    expect(snapshot.activeSheet).toBe("政策推進部");
    const sheet = snapshot.sheets[0]!;
    expect(sheet.tables.map((t) => t.name).sort()).toEqual(["Tassei_Goals_1", "Tassei_KPI_1"]);
    const kpi = sheet.tables.find((t) => t.name === "Tassei_KPI_1")!;
    expect(kpi.headers).toEqual(expect.arrayContaining(["目標値", "実績値", "達成率", "達成度"]));
    expect(JSON.stringify(sheet.values)).toContain("令和7年度");
  });

  it("never overwrites an existing sheet: it says so and writes nothing", async () => {
    const excel = createInMemoryExcel();
    await insertDepartmentSheet(runOf(excel), allSupported, request);
    const before = await excel.run((context) => readSnapshot(context, { sheets: "all" }));
    const outcome = await insertDepartmentSheet(runOf(excel), allSupported, request);
    expect(outcome.status).toBe("invalid");
    if (outcome.status === "invalid")
      expect(outcome.problems[0]!.ja).toBe(
        "シート「政策推進部」はすでにあります。既存のシートは上書きしません。別のシート名（例:「政策推進部 令和7年度」）を指定してください。",
      );
    expect(await excel.run((context) => readSnapshot(context, { sheets: "all" }))).toEqual(before);
  });

  it("gives a second department's tables their own names", async () => {
    const excel = createInMemoryExcel();
    await insertDepartmentSheet(runOf(excel), allSupported, request);
    await insertDepartmentSheet(runOf(excel), allSupported, { ...request, department: "総務部" });
    const snapshot = await excel.run((context) => readSnapshot(context, { sheets: [] }));
    expect(snapshot.tableNames).toEqual(expect.arrayContaining(["Tassei_KPI_1", "Tassei_KPI_2"]));
  });

  it("refuses a workbook whose structure is protected, writing nothing", async () => {
    const excel = createInMemoryExcel();
    excel.workbook.protection.protected = true;
    const outcome = await insertDepartmentSheet(runOf(excel), allSupported, request);
    expect(outcome.status).toBe("invalid");
    if (outcome.status === "invalid") expect(outcome.problems[0]!.ja).toContain("ブックの構成が保護されている");
    expect(await sheetNames(excel)).toEqual(["Sheet1"]);
  });

  it("refuses an Excel too old for the requirement sets, without touching the workbook", async () => {
    const excel = createInMemoryExcel();
    const outcome = await insertDepartmentSheet(runOf(excel), () => false, request);
    expect(outcome.status).toBe("failed");
    if (outcome.status === "failed") expect(outcome.message.en).toContain("ExcelApi 1.12");
    expect(excel.stats.runCount).toBe(0);
  });

  it.each([
    [{ ...request, department: "" }, "部の名前を入力してください。"],
    [{ ...request, department: "[]:*?/\\" }, "部の名前に使える文字がありません"],
    [{ ...request, fiscalYear: "1988" }, "1989年度"],
  ])("refuses bad input with a clear message and writes nothing (%j)", async (bad, text) => {
    const excel = createInMemoryExcel();
    const outcome = await insertDepartmentSheet(runOf(excel), allSupported, bad);
    expect(outcome.status).toBe("invalid");
    if (outcome.status === "invalid") expect(outcome.problems.map((p) => p.ja).join()).toContain(text);
    expect(await sheetNames(excel)).toEqual(["Sheet1"]);
  });

  it("reports an Excel failure instead of losing it", async () => {
    const excel = createInMemoryExcel();
    excel.faults.failNextSync();
    const outcome = await insertDepartmentSheet(runOf(excel), allSupported, request);
    expect(outcome.status).toBe("failed");
  });
});

// #16 item 7: a timeout does not cancel a job — Excel may apply it later. Insert is under the same timeout
// as the others, says the job may still complete, and a retry never makes a second sheet.
describe("insert under a timeout", () => {
  it("says Excel did not answer and the job may still complete; a retry after the late write is refused, one sheet", async () => {
    const excel = createInMemoryExcel();
    // The write (the second sync) hangs: the structure was read, the sheet is not there yet.
    const first = insertDepartmentSheet(
      async (batch) =>
        excel.run(async (context) => {
          const original = context.sync.bind(context);
          let syncs = 0;
          (context as { sync: () => Promise<void> }).sync = () => {
            syncs += 1;
            if (syncs === 2) excel.faults.hangNextSync();
            return original();
          };
          return batch(context);
        }),
      allSupported,
      request,
      50,
    );
    const timedOut = await first;
    expect(timedOut.status).toBe("failed");
    if (timedOut.status === "failed") {
      expect(timedOut.message.en).toContain("did not answer");
      expect(timedOut.message.en).toContain("may still complete");
      expect(timedOut.message.ja).toContain("後で反映される");
    }
    // Excel answers late: the sheet is there after all.
    excel.faults.releaseHungSyncs();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await sheetNames(excel)).toContain("政策推進部");
    const retry = await insertDepartmentSheet(runOf(excel), allSupported, request);
    expect(retry.status).toBe("invalid");
    expect((await sheetNames(excel)).filter((n) => n.startsWith("政策推進部"))).toEqual(["政策推進部"]);
  });
});
