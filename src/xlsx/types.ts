/** What the .xlsx adapter answers: typed failures with a reason and a bilingual message, never a throw. */
import type { Bilingual } from "../core/messages";
import type { WorkbookSnapshot } from "../core/workbook/snapshot";

export type XlsxReadFailureReason =
  | "empty"
  | "encrypted"
  | "legacy"
  | "not-zip"
  | "corrupt"
  | "not-workbook"
  | "too-large"
  | "inflated-too-large"
  | "package-too-large";

export interface XlsxReadFailure {
  readonly reason: XlsxReadFailureReason;
  readonly message: Bilingual;
  /** The technical cause, for logs (the library's error text), when there is one. */
  readonly detail?: string;
}

export type XlsxReadResult =
  | { readonly ok: true; readonly snapshot: WorkbookSnapshot }
  | { readonly ok: false; readonly failure: XlsxReadFailure };

export type XlsxApplyErrorCode =
  | "sheet-exists"
  | "sheet-missing"
  | "sheet-name"
  | "duplicate-sheet"
  | "out-of-range"
  | "text-too-long"
  | "formula"
  | "number"
  | "color"
  | "table-name"
  | "table-name-taken"
  | "table-headers"
  | "validation-list"
  | "property-too-long"
  /** A plan asks the in-place writer for what only the exceljs writer makes (tables, rules, charts…). */
  | "in-place"
  /** Rows inserted into a table (an edit of a sheet): Excel moves the cells below, a file writer does not. */
  | "row-insert";

export interface XlsxApplyError {
  readonly code: XlsxApplyErrorCode;
  readonly sheet: string;
  /** The cell ("B7") or range the error is about, when there is one. */
  readonly address?: string;
  readonly message: Bilingual;
}

/** Something in the plan that an .xlsx file written by exceljs cannot hold; the rest was applied. */
export interface UnsupportedFeature {
  readonly feature: "chart";
  readonly sheet: string;
  readonly name: string;
  readonly message: Bilingual;
}

export type ApplyReport =
  | {
      readonly ok: true;
      /** The sheets written, in plan order. */
      readonly sheets: readonly string[];
      readonly unsupported: readonly UnsupportedFeature[];
    }
  | { readonly ok: false; readonly error: XlsxApplyError };
