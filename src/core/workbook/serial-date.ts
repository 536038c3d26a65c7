/**
 * A date cell as people read it: Excel keeps a date as a serial (@tassei/excel-rules' 1900 date system),
 * shown here as 2026/3/31, the way Japanese city documents write dates.
 */
import { LAST_DATE_SERIAL, serialToParts } from "@tassei/excel-rules";

/** 1900-03-01: before it Excel counts a 29 February 1900 that never was; no sign-off is that old. */
const FIRST_TRUSTED_SERIAL = 61;

export function serialDateText(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < FIRST_TRUSTED_SERIAL || serial > LAST_DATE_SERIAL) return null;
  // The day the serial falls on: its whole part (no rounding of the time of day into the next day).
  const { year, month, day } = serialToParts(Math.floor(serial));
  return `${year}/${month}/${day}`;
}
