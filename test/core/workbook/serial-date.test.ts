import fc from "fast-check";
import { serialDateText } from "../../../src/core/workbook/serial-date";

/** serialDateText as it was written before it took Excel's date system from @tassei/excel-rules. */
function before(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 61 || serial > 2_958_465) return null;
  const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  return `${date.getUTCFullYear()}/${date.getUTCMonth() + 1}/${date.getUTCDate()}`;
}

describe("serialDateText", () => {
  it("writes a date cell as 2026/3/31, only from March 1900 to 9999", () => {
    expect(serialDateText(46112)).toBe("2026/3/31");
    expect(serialDateText(46112.9999999)).toBe("2026/3/31");
    expect(serialDateText(60)).toBeNull();
    expect(serialDateText(2_958_466)).toBeNull();
    expect(serialDateText(Number.NaN)).toBeNull();
  });

  it("says the same as before for any number", () => {
    fc.assert(
      fc.property(fc.oneof(fc.double({ min: -10, max: 3_000_000 }), fc.integer({ min: 0, max: 3_000_000 })), (serial) =>
        expect(serialDateText(serial)).toBe(before(serial)),
      ),
    );
  });
});
