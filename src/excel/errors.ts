/**
 * What went wrong inside Excel, in words a planning officer understands. Office.js errors carry a
 * `code`; a sync that never returns is caught by a timeout, so the pane never waits forever.
 */
import { bilingual, type Bilingual } from "../core/messages";

/** How long a job waits for Excel before saying so. */
export const EXCEL_TIMEOUT_MS = 60_000;

export class ExcelTimeout extends Error {
  constructor(readonly milliseconds: number) {
    super(`Excel did not answer within ${milliseconds} ms`);
  }
}

export function withTimeout<T>(promise: Promise<T>, milliseconds = EXCEL_TIMEOUT_MS): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new ExcelTimeout(milliseconds)), milliseconds);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export function describeExcelError(error: unknown): Bilingual {
  if (error instanceof ExcelTimeout)
    return bilingual("ui.excel.timeout", { seconds: Math.round(error.milliseconds / 1000) });
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  switch (code) {
    case "Conflict":
      return bilingual("ui.excel.conflict");
    case "AccessDenied":
      return bilingual("ui.excel.protected");
    case "InvalidOperationInCellEditMode":
      return bilingual("ui.excel.cellEdit");
    case "UnsupportedFeature":
      return bilingual("ui.excel.unsupported");
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
      return bilingual("ui.excel.tooMuchData");
    case "ItemNotFound":
      return bilingual("ui.excel.notFound");
    case "ItemAlreadyExists":
      return bilingual("ui.excel.exists");
    case "InvalidArgument":
      return bilingual("ui.excel.invalidArgument", { reason: error instanceof Error ? error.message : String(error) });
    case "GeneralException":
      return bilingual("ui.excel.general");
    default:
      return bilingual("ui.excel.failed", { reason: error instanceof Error ? error.message : String(error) });
  }
}
