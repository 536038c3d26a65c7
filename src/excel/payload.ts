/**
 * Excel on the web refuses a request over 5 MB. Writes are split so that every sync carries at most
 * PAYLOAD_BUDGET_BYTES of cell data, leaving room for the request's own envelope.
 */
export const EXCEL_WEB_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
export const PAYLOAD_BUDGET_BYTES = 4 * 1024 * 1024;

const encoder = new TextEncoder();

/** The UTF-8 size of a value as JSON, which is how Office.js sends it. */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value)).length;
}

/**
 * What one range write costs beyond its data: the object paths for the sheet and the range (with its
 * arguments) and the action itself. Many small writes (a grading converting thousands of single cells)
 * are mostly this; measured against the in-memory Excel's request encoding, with room to spare.
 */
export const WRITE_OVERHEAD_BYTES = 600;
