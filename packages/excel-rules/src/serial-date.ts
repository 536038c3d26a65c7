/**
 * Excel's 1900 date system: a date is the number of days since 1899-12-31, counting the
 * non-existent 1900-02-29 (serial 60) that Excel keeps for Lotus 1-2-3 compatibility.
 */

const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);
/** 1970-01-01, where JavaScript's clock starts (from March 1900 on, a serial is this many days after it). */
const UNIX_EPOCH_SERIAL = 25_569;

/** 9999-12-31, the last date Excel has. */
export const LAST_DATE_SERIAL = 2_958_465;

export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function dateToSerial(year: number, month: number, day: number): number {
  const serial = Math.round((Date.UTC(year, month - 1, day) - EPOCH) / DAY_MS);
  // Before March 1900 Excel is one day behind the real calendar (it counts 1900-02-29).
  return serial <= 60 ? serial - 1 : serial;
}

export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** 0 = Sunday. */
  readonly weekday: number;
}

export function serialToParts(serial: number): DateParts {
  let whole = Math.floor(serial);
  let seconds = Math.round((serial - whole) * 86_400);
  if (seconds >= 86_400) {
    whole += 1;
    seconds -= 86_400;
  }
  const hour = Math.floor(seconds / 3600);
  const minute = Math.floor((seconds % 3600) / 60);
  const second = seconds % 60;
  if (whole === 60) return { year: 1900, month: 2, day: 29, hour, minute, second, weekday: 3 };
  const days = whole < 60 ? whole + 1 : whole;
  const date = new Date(EPOCH + days * DAY_MS);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour,
    minute,
    second,
    weekday: date.getUTCDay(),
  };
}

/**
 * A JavaScript time (milliseconds since 1970-01-01 UTC) as a serial, the time of day as its fraction;
 * right from March 1900 on (before it Excel's 1900-02-29 puts the serial one day off).
 */
export function unixMsToSerial(ms: number): number {
  return ms / DAY_MS + UNIX_EPOCH_SERIAL;
}

/** The JavaScript time (milliseconds since 1970-01-01 UTC) of a serial: unixMsToSerial's inverse. */
export function serialToUnixMs(serial: number): number {
  return (serial - UNIX_EPOCH_SERIAL) * DAY_MS;
}
