/**
 * Errors shaped like Office.js's `OfficeExtension.Error` ("RichApi.Error"): a `code` from
 * Excel.ErrorCodes / OfficeExtension.ErrorCodes, Excel's own English message, and `debugInfo` with
 * the failing statement. Callers (and Tassei's adapter) should branch on `code`, as with real Excel.
 */

export const ErrorCode = {
  accessDenied: "AccessDenied",
  apiNotFound: "ApiNotFound",
  conflict: "Conflict",
  generalException: "GeneralException",
  insertDeleteConflict: "InsertDeleteConflict",
  invalidArgument: "InvalidArgument",
  invalidOperation: "InvalidOperation",
  invalidObjectPath: "InvalidObjectPath",
  invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
  invalidReference: "InvalidReference",
  invalidRequestContext: "InvalidRequestContext",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  mergedRangeConflict: "MergedRangeConflict",
  notImplemented: "NotImplemented",
  propertyNotLoaded: "PropertyNotLoaded",
  rangeExceedsLimit: "RangeExceedsLimit",
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  runMustReturnPromise: "RunMustReturnPromise",
  unsupportedOperation: "UnsupportedOperation",
  valueNotLoaded: "ValueNotLoaded",
} as const;

export type ErrorCodeValue = (typeof ErrorCode)[keyof typeof ErrorCode];

const MESSAGES: Readonly<Record<string, string>> = {
  AccessDenied: "You cannot perform the requested operation.",
  ApiNotFound: "The API you are trying to use could not be found.",
  Conflict: "Request could not be processed because of a conflict.",
  GeneralException: "There was an internal error while processing the request.",
  InsertDeleteConflict: "The insert or delete operation attempted resulted in a conflict.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidObjectPath: "The object path isn't working for what you're trying to do.",
  InvalidOperation: "The operation attempted is invalid on the object.",
  InvalidOperationInCellEditMode:
    "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
  InvalidReference: "This reference is not valid for the current operation.",
  InvalidRequestContext: "Cannot use the object across different request contexts.",
  ItemAlreadyExists: "A resource with the same name or identifier already exists.",
  ItemNotFound: "The requested resource doesn't exist.",
  MergedRangeConflict: "Cannot complete the operation. A table can't overlap with another table or merged cells.",
  NotImplemented: "The requested feature isn't implemented.",
  RangeExceedsLimit: "The cell count in the range has exceeded the maximum supported number.",
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
  RunMustReturnPromise:
    'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation. Typically, you return a promise by returning the response from "context.sync()".',
  UnsupportedOperation: "The operation being attempted is not supported.",
  ValueNotLoaded:
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
};

export interface OfficeErrorDebugInfo {
  readonly code: string;
  readonly message: string;
  readonly errorLocation?: string;
  readonly statement?: string;
  readonly surroundingStatements?: string[];
  /** Not in Office.js: why the in-memory workbook refused, for test failure messages. */
  readonly detail?: string;
}

export class OfficeApiError extends Error {
  override readonly name = "RichApi.Error";
  readonly code: string;
  readonly debugInfo: OfficeErrorDebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: null = null;
  readonly httpStatusCode: number;

  constructor(
    code: string,
    options: { message?: string; errorLocation?: string; detail?: string; statement?: string } = {},
  ) {
    const message = options.message ?? MESSAGES[code] ?? code;
    super(message);
    Object.setPrototypeOf(this, OfficeApiError.prototype);
    this.code = code;
    this.debugInfo = {
      code,
      message,
      ...(options.errorLocation !== undefined ? { errorLocation: options.errorLocation } : {}),
      ...(options.statement !== undefined ? { statement: options.statement, surroundingStatements: [] } : {}),
      ...(options.detail !== undefined ? { detail: options.detail } : {}),
    };
    this.httpStatusCode = code === "AccessDenied" ? 401 : code === "GeneralException" ? 500 : 400;
  }

  /** The same error, located at the statement that failed (as Office.js reports it). */
  at(errorLocation: string, statement: string): OfficeApiError {
    return new OfficeApiError(this.code, {
      message: this.message,
      errorLocation: this.debugInfo.errorLocation ?? errorLocation,
      statement,
      ...(this.debugInfo.detail !== undefined ? { detail: this.debugInfo.detail } : {}),
    });
  }

  override toString(): string {
    return `${this.code}: ${this.message}`;
  }
}

export function excelError(code: ErrorCodeValue, detail?: string): OfficeApiError {
  return new OfficeApiError(code, detail === undefined ? {} : { detail });
}

export function isOfficeApiError(error: unknown): error is OfficeApiError {
  return error instanceof OfficeApiError;
}
