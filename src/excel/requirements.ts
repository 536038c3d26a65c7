/**
 * The Excel API requirement sets Tassei relies on, checked before a job runs so that an old Excel
 * gets a clear message instead of a failure half-way through. The manifest demands the minimum
 * (MANIFEST_EXCEL_API); newer sets guard optional features.
 */
export const MANIFEST_EXCEL_API = "1.12";

export const REQUIREMENTS = {
  /** Worksheet custom properties (metadata stored with each sheet). */
  core: { set: "ExcelApi", version: "1.12" },
  /** Copying sheets from other workbooks while consolidating. */
  insertWorksheets: { set: "ExcelApi", version: "1.13" },
  /** Telling a person's change from Tassei's own (WorksheetChangedEventArgs.triggerSource). */
  changeSource: { set: "ExcelApi", version: "1.14" },
} as const;

export type Requirement = keyof typeof REQUIREMENTS;

/**
 * Older sets Tassei uses that the manifest's minimum includes, so no run-time check guards them; named here
 * so the version a feature needs is stated once (the API-set gate, scripts/check-api-sets.mjs, holds the
 * code to the manifest's minimum).
 */
export const INCLUDED_IN_MINIMUM = {
  /** Printing (apply.ts): paper, orientation, title rows, headers and footers, manual page breaks. */
  printing: { set: "ExcelApi", version: "1.9" },
} as const;

export type IsSetSupported = (name: string, minVersion?: string) => boolean;

/** Office.context.requirements.isSetSupported, or "nothing is supported" outside Office. */
export function officeIsSetSupported(): IsSetSupported {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const requirements = office?.context?.requirements;
  return requirements ? (name, version) => requirements.isSetSupported(name, version) : () => false;
}

export function supports(isSetSupported: IsSetSupported, requirement: Requirement): boolean {
  const { set, version } = REQUIREMENTS[requirement];
  return isSetSupported(set, version);
}
