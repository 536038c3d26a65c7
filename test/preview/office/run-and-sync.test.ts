/** Excel.run, sync accounting, request sizes, cell-edit mode, hung and failing syncs, payload limits. */
import { EXCEL_WEB_PAYLOAD_LIMIT } from "@tassei/in-memory-excel";
import { freshExcel, rejectionOf } from "../fixture";

describe("Excel.run and sync counting", () => {
  it("counts round trips exactly: one per sync that sends something", async () => {
    const excel = freshExcel();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [[1]];
      await context.sync();
      const range = sheet.getRange("A1").load("values");
      await context.sync();
      expect(range.values).toEqual([[1]]);
    });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B1").values = [[2]];
      await context.sync();
    });
    expect(excel.stats.syncCount).toBe(3);
    expect(excel.stats.runCount).toBe(2);
    expect(excel.stats.syncs.map((s) => s.run)).toEqual([1, 1, 2]);
  });

  it("a sync with nothing queued sends nothing (counted as a call, not a round trip)", async () => {
    const excel = freshExcel();
    await excel.run(async (context) => {
      await context.sync();
      await context.sync();
    });
    expect(excel.stats.syncCount).toBe(0);
    expect(excel.stats.syncCalls).toBe(2);
  });

  it("operations left queued when the batch resolves are sent by Excel.run's own final sync", async () => {
    const excel = freshExcel();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["late"]];
    });
    expect(excel.workbook.value("Sheet1", "A1")).toBe("late");
    expect(excel.stats.syncs).toEqual([expect.objectContaining({ implicit: true, outcome: "ok" })]);
  });

  it("run({ delayForCellEdit: true }, batch) has the same result as run(batch)", async () => {
    const excel = freshExcel();
    const value = await excel.run({ delayForCellEdit: true }, async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.values = [[5]];
      range.load("values");
      await context.sync();
      return range.values[0]?.[0];
    });
    expect(value).toBe(5);
  });

  it("a rejected batch sends nothing more", async () => {
    const excel = freshExcel();
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["never"]];
        throw new Error("the add-in gave up");
      }),
    ).rejects.toThrow("the add-in gave up");
    expect(excel.workbook.value("Sheet1", "A1")).toBe("");
    expect(excel.stats.syncCount).toBe(0);
  });
});

describe("request size", () => {
  it("a 10,000 × 10 values write is one sync, and its request size is measured", async () => {
    const excel = freshExcel();
    const rows = Array.from({ length: 10_000 }, (_, r) => Array.from({ length: 10 }, (_, c) => r * 10 + c));
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:J10000").values = rows;
      await context.sync();
    });
    expect(excel.stats.syncCount).toBe(1);
    const sync = excel.stats.syncs[0];
    // The request carries the JSON of the array: at least its own length in bytes, plus action/path framing.
    const arrayBytes = JSON.stringify(rows).length;
    expect(sync?.requestBytes).toBeGreaterThan(arrayBytes);
    expect(sync?.requestBytes).toBeLessThan(arrayBytes + 2_000);
    expect(excel.workbook.value("Sheet1", "J10000")).toBe(99_999);
  });

  it("sizes are UTF-8 bytes: Japanese text costs three bytes a character", async () => {
    const requestBytes = async (text: string) => {
      const excel = freshExcel();
      await excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[text]];
        await context.sync();
      });
      return excel.stats.lastSync?.requestBytes ?? 0;
    };
    const ascii = await requestBytes("abcdefghij");
    const japanese = await requestBytes("政策推進部の運営方針");
    expect(japanese - ascii).toBe(10 * 3 - 10);
  });

  it("a request over Excel on the web's 5 MB is refused and nothing is applied", async () => {
    const excel = freshExcel();
    const big = "x".repeat(30_000);
    const rows = Array.from({ length: 200 }, () => [big]);
    const error = await rejectionOf(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:A200").values = rows;
        await context.sync();
      }),
    );
    expect(error.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(excel.workbook.value("Sheet1", "A1")).toBe("");
    expect(excel.stats.lastSync?.requestBytes).toBeGreaterThan(EXCEL_WEB_PAYLOAD_LIMIT);
  });

  it("a response over the limit fails the sync and the loaded values stay unavailable", async () => {
    const excel = freshExcel({ payloadLimitBytes: 1_000 });
    excel.workbook.addSheet("大", [Array.from({ length: 50 }, () => "あいうえおかきくけこ")]);
    const outcome = await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("大").getRange("A1:AX1").load("values");
      const error = await rejectionOf(context.sync());
      const afterwards = (() => {
        try {
          return range.values;
        } catch (e) {
          return (e as { code: string }).code;
        }
      })();
      return { code: error.code, afterwards };
    });
    expect(outcome).toEqual({ code: "ResponsePayloadSizeLimitExceeded", afterwards: "PropertyNotLoaded" });
  });

  it("without a limit (desktop Excel) the same request goes through", async () => {
    const excel = freshExcel({ payloadLimitBytes: null });
    const rows = Array.from({ length: 200 }, () => ["x".repeat(30_000)]);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A200").values = rows;
      await context.sync();
    });
    expect(excel.stats.lastSync?.outcome).toBe("ok");
  });
});

describe("cell-edit mode", () => {
  it("without delayForCellEdit a batch fails while the user is editing a cell", async () => {
    const excel = freshExcel();
    excel.workbook.startCellEdit();
    const error = await rejectionOf(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidOperationInCellEditMode");
    expect(excel.workbook.value("Sheet1", "A1")).toBe("");
  });

  it("with delayForCellEdit the batch waits until editing ends, then runs", async () => {
    const excel = freshExcel();
    excel.workbook.startCellEdit();
    let finished = false;
    const running = excel
      .run({ delayForCellEdit: true }, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["after edit"]];
        await context.sync();
      })
      .then(() => (finished = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(finished).toBe(false);
    expect(excel.workbook.value("Sheet1", "A1")).toBe("");
    excel.workbook.endCellEdit();
    await running;
    expect(excel.workbook.value("Sheet1", "A1")).toBe("after edit");
  });
});

describe("fault injection", () => {
  it("a hung sync never settles until released; its operations then run", async () => {
    const excel = freshExcel();
    excel.faults.hangNextSync();
    let settled = false;
    const running = excel
      .run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["late answer"]];
        await context.sync();
      })
      .finally(() => (settled = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(settled).toBe(false);
    expect(excel.faults.hungSyncCount).toBe(1);
    expect(excel.stats.lastSync?.outcome).toBe("hung");
    excel.faults.releaseHungSyncs();
    await running;
    expect(excel.workbook.value("Sheet1", "A1")).toBe("late answer");
  });

  it("a timeout wrapper around a hung run fires (the adapter's own timeout pattern)", async () => {
    const excel = freshExcel();
    excel.faults.hangAllSyncs(true);
    const run = excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      await context.sync();
      return "done";
    });
    const timeout = new Promise<string>((resolve) => setTimeout(() => resolve("timed out"), 20));
    await expect(Promise.race([run, timeout])).resolves.toBe("timed out");
    excel.faults.hangAllSyncs(false);
    excel.faults.releaseHungSyncs();
    await expect(run).resolves.toBe("done");
  });

  it("failNextSync rejects the next round trip with a co-authoring Conflict and applies nothing", async () => {
    const excel = freshExcel();
    excel.faults.failNextSync();
    const error = await rejectionOf(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
        await context.sync();
      }),
    );
    expect(error.code).toBe("Conflict");
    expect(excel.workbook.value("Sheet1", "A1")).toBe("");
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[2]];
      await context.sync();
    });
    expect(excel.workbook.value("Sheet1", "A1")).toBe(2);
  });

  it("failNextSync accepts any code and message", async () => {
    const excel = freshExcel();
    excel.faults.failNextSync({ code: "GeneralException", message: "boom" });
    const error = await rejectionOf(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").load("name");
        await context.sync();
      }),
    );
    expect(error).toMatchObject({ code: "GeneralException", message: "boom" });
  });
});
