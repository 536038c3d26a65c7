/**
 * A date cell as people read it: Excel keeps a date as the number of days since 1899-12-30 (from March
 * 1900 on), shown here as 2026/3/31, the way Japanese city documents write dates.
 */
const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);
/** 1900-03-01: before it Excel counts a 29 February 1900 that never was; no sign-off is that old. */
const FIRST_TRUSTED_SERIAL = 61;

export function serialDateText(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < FIRST_TRUSTED_SERIAL || serial > 2_958_465) return null;
  const date = new Date(EPOCH + Math.floor(serial) * DAY_MS);
  return `${date.getUTCFullYear()}/${date.getUTCMonth() + 1}/${date.getUTCDate()}`;
}

/** A calendar date (month 1–12) as Excel's serial number (days since 1899-12-30); null before 1900-03-01. */
export function serialOfDate(year: number, month: number, day: number): number | null {
  const serial = Math.round((Date.UTC(year, month - 1, day) - EPOCH) / DAY_MS);
  return serial < FIRST_TRUSTED_SERIAL ? null : serial;
}

/** Excel's serial number as a calendar date (the time of day dropped); null outside Excel's dates. */
export function dateOfSerial(serial: number): { year: number; month: number; day: number } | null {
  if (!Number.isFinite(serial) || serial < FIRST_TRUSTED_SERIAL || serial > 2_958_465) return null;
  const date = new Date(EPOCH + Math.floor(serial) * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}
