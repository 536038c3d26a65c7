import { ExcelTimeout, describeExcelError, withTimeout } from "../../src/excel/errors";

describe("Excel errors in words", () => {
  it("names a co-authoring conflict, a protected sheet and cell-edit mode", () => {
    expect(describeExcelError({ code: "Conflict" }).en).toContain("Someone else edited");
    expect(describeExcelError({ code: "AccessDenied" }).ja).toContain("シートが保護されている");
    expect(describeExcelError({ code: "InvalidOperationInCellEditMode" }).en).toContain("cell-edit mode");
    expect(describeExcelError(new Error("boom")).en).toBe("Excel reported an error: boom");
  });

  it("says what to do for every error code Excel is documented to give a job like ours (#16 item 11)", () => {
    const codes = [
      "UnsupportedFeature",
      "RequestPayloadSizeLimitExceeded",
      "ResponsePayloadSizeLimitExceeded",
      "ItemNotFound",
      "ItemAlreadyExists",
      "InvalidArgument",
      "GeneralException",
    ];
    const raw = describeExcelError(new Error("boom"));
    for (const code of codes) {
      const message = describeExcelError(Object.assign(new Error("x"), { code }));
      expect([code, message.ja === raw.ja]).toEqual([code, false]);
      expect(message.ja).toMatch(/(て|お試し)ください。$/);
      expect(message.en).toMatch(/again\.$|retry\.$/);
    }
    expect(describeExcelError({ code: "UnsupportedFeature" }).en).toContain("chart, comment, PivotTable or slicer");
    expect(describeExcelError({ code: "RequestPayloadSizeLimitExceeded" }).ja).toContain("5 MB");
  });

  it("gives up on a sync that never returns, and says so", async () => {
    const never = new Promise<number>(() => undefined);
    await expect(withTimeout(never, 20)).rejects.toBeInstanceOf(ExcelTimeout);
    expect(describeExcelError(new ExcelTimeout(60_000)).ja).toContain("60 秒");
  });

  it("passes a result through unchanged", async () => {
    await expect(withTimeout(Promise.resolve(7), 1_000)).resolves.toBe(7);
  });
});
