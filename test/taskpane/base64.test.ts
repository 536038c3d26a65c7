import fc from "fast-check";
import { toBase64 } from "../../src/taskpane/excel-jobs";

describe("a picked file as base64 for insertWorksheetsFromBase64", () => {
  it("matches Node's encoding for any bytes, also past one slice of 32 KiB", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
      }),
    );
    const large = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 7919) % 256);
    expect(toBase64(large)).toBe(Buffer.from(large).toString("base64"));
  });
});
