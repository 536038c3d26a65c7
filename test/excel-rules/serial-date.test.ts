import fc from "fast-check";
import {
  LAST_DATE_SERIAL,
  dateToSerial,
  isValidDate,
  serialToParts,
  serialToUnixMs,
  unixMsToSerial,
} from "@tassei/excel-rules";

describe("Excel's 1900 date system", () => {
  it("numbers days as Excel does, with its 29 February 1900", () => {
    expect(dateToSerial(1900, 1, 1)).toBe(1);
    expect(dateToSerial(1900, 2, 28)).toBe(59);
    expect(dateToSerial(1900, 3, 1)).toBe(61);
    expect(dateToSerial(2026, 3, 31)).toBe(46112);
    expect(dateToSerial(9999, 12, 31)).toBe(LAST_DATE_SERIAL);
    expect(serialToParts(60)).toMatchObject({ year: 1900, month: 2, day: 29 });
    expect(serialToParts(46112.5)).toMatchObject({ year: 2026, month: 3, day: 31, hour: 12, minute: 0, weekday: 2 });
  });

  it("reads every date back from its serial", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("9999-12-31T00:00:00Z"), noInvalidDate: true }),
        (d) => {
          const [year, month, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
          expect(isValidDate(year, month, day)).toBe(true);
          expect(serialToParts(dateToSerial(year, month, day))).toMatchObject({ year, month, day });
        },
      ),
    );
    expect(isValidDate(2025, 2, 29)).toBe(false);
    expect(isValidDate(1899, 12, 31)).toBe(false);
  });

  it("converts JavaScript times both ways from 1970-01-01 (serial 25569)", () => {
    expect(unixMsToSerial(0)).toBe(25_569);
    expect(unixMsToSerial(Date.UTC(2026, 2, 31, 12))).toBe(46112.5);
    expect(serialToUnixMs(46112.5)).toBe(Date.UTC(2026, 2, 31, 12));
  });
});
