/**
 * A date cell as people read it: Excel keeps a date as a serial (@tassei/excel-rules' 1900 date system),
 * shown here as 2026/3/31, the way Japanese city documents write dates.
 */
import { LAST_DATE_SERIAL, dateToSerial, serialToParts } from "@tassei/excel-rules";

/** 1900-03-01: before it Excel counts a 29 February 1900 that never was; no sign-off is that old. */
const FIRST_TRUSTED_SERIAL = 61;

export function serialDateText(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < FIRST_TRUSTED_SERIAL || serial > LAST_DATE_SERIAL) return null;
  // The day the serial falls on: its whole part (no rounding of the time of day into the next day).
  const { year, month, day } = serialToParts(Math.floor(serial));
  return `${year}/${month}/${day}`;
}

/** A calendar date (month 1–12) as Excel's serial number (days since 1899-12-30); null before 1900-03-01. */
export function serialOfDate(year: number, month: number, day: number): number | null {
  const serial = dateToSerial(year, month, day);
  return serial < FIRST_TRUSTED_SERIAL ? null : serial;
}

/** Excel's serial number as a calendar date (the time of day dropped); null outside Excel's dates. */
export function dateOfSerial(serial: number): { year: number; month: number; day: number } | null {
  if (!Number.isFinite(serial) || serial < FIRST_TRUSTED_SERIAL || serial > LAST_DATE_SERIAL) return null;
  const { year, month, day } = serialToParts(Math.floor(serial));
  return { year, month, day };
}
