/**
 * LibreOffice as an independent spreadsheet engine for tests, through the command line's own runner
 * (src/cli/libreoffice.ts): it opens a workbook the adapter wrote, recalculates every formula and saves it
 * again, so that the cached values in the result are what a real spreadsheet program computed from the
 * formulas we wrote. Asked not to recalculate, it keeps the cached results we wrote, as a reader that does
 * not recalculate shows them. CI installs it with
 *   apt-get install -y --no-install-recommends libreoffice-calc
 * Each call starts one headless soffice with a private profile (a few seconds), so a test file should
 * convert everything it needs in one call.
 */
import { convertWithLibreOffice, findLibreOffice, type LibreOfficeOptions } from "../../src/cli/libreoffice";

export { LIBREOFFICE_INSTALL_HINT } from "../../src/cli/libreoffice";

export function libreOfficeAvailable(): boolean {
  return findLibreOffice() !== null;
}

/** Opens `xlsx` in headless LibreOffice Calc, recalculates everything, and returns the file it saves. */
export function recalculateWithLibreOffice(xlsx: Uint8Array, timeoutMs = 120_000): Promise<Uint8Array> {
  return convertWithLibreOffice(xlsx, "xlsx", { recalculate: true, timeoutMs });
}

/** Opens `xlsx` in headless LibreOffice Calc (recalculating or not) and returns the file it saves. */
export function resaveWithLibreOffice(xlsx: Uint8Array, options: LibreOfficeOptions = {}): Promise<Uint8Array> {
  return convertWithLibreOffice(xlsx, "xlsx", options);
}
