/**
 * `Excel.run` and `RequestContext`: queued operations travel to the in-memory workbook at
 * `context.sync()`, in order, as one request. Each request is measured (JSON of its actions and
 * object paths, encoded as UTF-8, as Office.js sends it) and counted; Excel on the web's 5 MB
 * request/response limit, cell-edit mode, hung and failing syncs are reproduced.
 */
import { ErrorCode, OfficeApiError, excelError } from "../model/excel-error";
import type { WorkbookModel } from "../model/workbook";
import type { ActionInfo, ObjectPathInfo, OperationResult, ProxyContext, ProxyNode, QueuedOperation } from "./proxy";
import { Application, Workbook } from "./workbook";

/** Excel on the web refuses requests and responses over 5 MB. */
export const EXCEL_WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

export interface SyncRecord {
  /** 1-based, over the life of the in-memory Excel. */
  readonly index: number;
  /** The Excel.run this sync belongs to (1-based). */
  readonly run: number;
  /** Queued actions sent (loads, property writes, method calls, object instantiations). */
  readonly operations: number;
  readonly requestBytes: number;
  readonly responseBytes: number;
  /** The sync Excel.run performs itself once the batch function's promise resolves. */
  readonly implicit: boolean;
  readonly outcome: "ok" | "failed" | "hung";
  readonly errorCode?: string;
}

/** Counts what a real add-in pays for: round trips, their size, and Excel.run calls. */
export class SyncStats {
  private records: SyncRecord[] = [];
  private calls = 0;
  private runs = 0;

  /** Round trips to Excel: syncs that had queued operations (an empty sync sends nothing). */
  get syncCount(): number {
    return this.records.length;
  }

  /** Every `context.sync()` call, including empty ones and Excel.run's own final sync when it sent something. */
  get syncCalls(): number {
    return this.calls;
  }

  get runCount(): number {
    return this.runs;
  }

  get syncs(): readonly SyncRecord[] {
    return this.records;
  }

  get lastSync(): SyncRecord | undefined {
    return this.records[this.records.length - 1];
  }

  get totalRequestBytes(): number {
    return this.records.reduce((sum, r) => sum + r.requestBytes, 0);
  }

  reset(): void {
    this.records = [];
    this.calls = 0;
    this.runs = 0;
  }

  /** @internal */ _countCall(): void {
    this.calls++;
  }

  /** @internal */ _countRun(): number {
    return ++this.runs;
  }

  /** @internal */ _record(record: Omit<SyncRecord, "index">): void {
    this.records.push({ index: this.records.length + 1, ...record });
  }
}

interface HungSync {
  readonly execute: () => void;
}

/** Switches for error-path tests: a sync that never returns, a sync that fails. */
export class Faults {
  private hangNext = false;
  private hangAll = false;
  private failure: OfficeApiError | undefined;
  private hung: HungSync[] = [];

  /** The next round trip never answers (its promise stays pending) until releaseHungSyncs(). */
  hangNextSync(): void {
    this.hangNext = true;
  }

  /** Every round trip hangs while on. */
  hangAllSyncs(on: boolean): void {
    this.hangAll = on;
  }

  /** The next round trip fails with this error (default: a co-authoring Conflict) and changes nothing. */
  failNextSync(error: OfficeApiError | { code: string; message?: string } = { code: ErrorCode.conflict }): void {
    this.failure =
      error instanceof OfficeApiError
        ? error
        : new OfficeApiError(error.code, error.message === undefined ? {} : { message: error.message });
  }

  /** Lets hung syncs complete now (late answers after a timeout). */
  releaseHungSyncs(): void {
    const hung = this.hung;
    this.hung = [];
    hung.forEach((h) => h.execute());
  }

  get hungSyncCount(): number {
    return this.hung.length;
  }

  /** @internal */ _takeHang(): boolean {
    const hang = this.hangNext || this.hangAll;
    this.hangNext = false;
    return hang;
  }

  /** @internal */ _takeFailure(): OfficeApiError | undefined {
    const failure = this.failure;
    this.failure = undefined;
    return failure;
  }

  /** @internal */ _park(h: HungSync): void {
    this.hung.push(h);
  }
}

export interface HostOptions {
  /** Bytes; null for no limit (Excel on Windows/Mac). Default: Excel on the web's 5 MB. */
  readonly payloadLimitBytes: number | null;
}

/** Everything Excel.run calls share: the workbook, the counters and the fault switches. */
export interface Host {
  readonly wb: WorkbookModel;
  readonly stats: SyncStats;
  readonly faults: Faults;
  readonly options: HostOptions;
}

/** UTF-8 length of a string without allocating the encoded bytes. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function requestBody(ops: readonly QueuedOperation[]): {
  Actions: ActionInfo[];
  ObjectPaths: Record<string, ObjectPathInfo>;
} {
  const paths: Record<string, ObjectPathInfo> = {};
  for (const op of ops) {
    let owner: ProxyNode | undefined = op.owner;
    while (owner && !paths[owner._path.Id]) {
      paths[owner._path.Id] = owner._path;
      owner = owner._parent;
    }
  }
  return { Actions: ops.map((op) => op.action), ObjectPaths: paths };
}

export interface RunOptions {
  readonly delayForCellEdit?: boolean;
}

export class RequestContextImpl implements ProxyContext {
  readonly workbook: Workbook;
  readonly trackedObjects = {
    add: (_objects: unknown): void => undefined,
    remove: (_objects: unknown): void => undefined,
  };
  readonly requestHeaders: Record<string, string> = {};
  private pending: QueuedOperation[] = [];
  private idCounter = 0;
  private closed = false;

  constructor(
    private readonly host: Host,
    private readonly runIndex: number,
    private readonly runOptions: RunOptions,
  ) {
    this.workbook = Workbook.root(this);
  }

  get wb(): WorkbookModel {
    return this.host.wb;
  }

  get application(): Application {
    return this.workbook.application;
  }

  get debugInfo(): { pendingStatements: string[] } {
    return { pendingStatements: this.pending.map((op) => op.statement) };
  }

  nextId(): number {
    return ++this.idCounter;
  }

  enqueue(op: QueuedOperation): void {
    this.pending.push(op);
  }

  load(object: ProxyNode, option?: string | string[] | object): void {
    object.load(option);
  }

  trace(_message: string): void {}

  sync<V>(passThroughValue?: V): Promise<V> {
    return this.send(false).then(() => passThroughValue as V);
  }

  /** @internal The batch failed: nothing more is sent and the context is spent. */
  abandon(): void {
    this.pending = [];
    this.closed = true;
  }

  /** @internal Excel.run's own sync after the batch, then the context is spent. */
  async finish(): Promise<void> {
    try {
      await this.send(true);
    } finally {
      this.closed = true;
    }
  }

  private async send(implicit: boolean): Promise<void> {
    const { stats, faults, wb, options } = this.host;
    const ops = this.pending;
    this.pending = [];
    if (!implicit || ops.length > 0) stats._countCall();
    if (ops.length === 0) return;
    if (this.closed)
      throw excelError(ErrorCode.invalidObjectPath, "the Excel.run that created these objects has ended");
    const body = requestBody(ops);
    const requestBytes = utf8Length(JSON.stringify(body));
    const base = { run: this.runIndex, operations: ops.length, requestBytes, implicit };
    await Promise.resolve();
    if (faults._takeHang()) {
      stats._record({ ...base, responseBytes: 0, outcome: "hung" });
      return new Promise<void>((resolve, reject) => {
        faults._park({
          execute: () => {
            try {
              this.execute(ops);
              resolve();
            } catch (error) {
              reject(error);
            }
          },
        });
      });
    }
    const failure = faults._takeFailure();
    if (failure) {
      stats._record({ ...base, responseBytes: 0, outcome: "failed", errorCode: failure.code });
      throw failure;
    }
    if (wb.isEditingCell) {
      if (!this.runOptions.delayForCellEdit) {
        stats._record({
          ...base,
          responseBytes: 0,
          outcome: "failed",
          errorCode: ErrorCode.invalidOperationInCellEditMode,
        });
        throw new OfficeApiError(ErrorCode.invalidOperationInCellEditMode);
      }
      await wb.whenCellEditEnds();
    }
    const limit = options.payloadLimitBytes;
    if (limit !== null && requestBytes > limit) {
      stats._record({
        ...base,
        responseBytes: 0,
        outcome: "failed",
        errorCode: ErrorCode.requestPayloadSizeLimitExceeded,
      });
      throw excelError(ErrorCode.requestPayloadSizeLimitExceeded, `${requestBytes} bytes > ${limit}`);
    }
    let responseBytes = 0;
    try {
      responseBytes = this.execute(ops, (bytes) => {
        if (limit !== null && bytes > limit) {
          throw excelError(ErrorCode.responsePayloadSizeLimitExceeded, `${bytes} bytes > ${limit}`);
        }
      });
    } catch (error) {
      const code = error instanceof OfficeApiError ? error.code : ErrorCode.generalException;
      stats._record({ ...base, responseBytes, outcome: "failed", errorCode: code });
      throw error;
    }
    stats._record({ ...base, responseBytes, outcome: "ok" });
  }

  /** Runs the operations in order; stops at the first failure, as Excel does (earlier ones stay applied). */
  private execute(ops: readonly QueuedOperation[], checkResponse?: (bytes: number) => void): number {
    const results: Array<{ ActionId: number; Value: unknown }> = [];
    const commits: Array<() => void> = [];
    let failure: OfficeApiError | undefined;
    for (const op of ops) {
      let result: OperationResult | void;
      try {
        result = op.run();
      } catch (error) {
        failure = locate(error, op);
        break;
      }
      if (result?.response !== undefined) results.push({ ActionId: op.action.Id, Value: result.response });
      if (result?.commit) commits.push(result.commit);
    }
    const responseBytes = utf8Length(JSON.stringify({ Results: results }));
    checkResponse?.(responseBytes);
    commits.forEach((commit) => commit());
    if (failure) throw failure;
    return responseBytes;
  }
}

function locate(error: unknown, op: QueuedOperation): OfficeApiError {
  if (error instanceof OfficeApiError) return error.at(op.location, op.statement);
  const detail = error instanceof Error ? error.message : String(error);
  return new OfficeApiError(ErrorCode.generalException, {
    errorLocation: op.location,
    statement: op.statement,
    detail,
  });
}

export type BatchFunction<T> = (context: Excel.RequestContext) => Promise<T>;

/** The shape of `Excel.run` that the adapter uses (the real one is assignable to it). */
export interface ExcelRun {
  <T>(batch: BatchFunction<T>): Promise<T>;
  <T>(options: Excel.RunOptions, batch: BatchFunction<T>): Promise<T>;
}

export function createRun(host: Host): ExcelRun {
  async function run<T>(first: BatchFunction<T> | Excel.RunOptions, second?: BatchFunction<T>): Promise<T> {
    const [options, batch] = typeof first === "function" ? [{}, first] : [first, second];
    if (typeof batch !== "function") throw excelError(ErrorCode.invalidArgument, "Excel.run needs a batch function");
    const context = new RequestContextImpl(host, host.stats._countRun(), {
      delayForCellEdit: (options as RunOptions).delayForCellEdit === true,
    });
    // The one place where the in-memory context stands in for Office.js's type.
    const pending: unknown = batch(context as unknown as Excel.RequestContext);
    if (!pending || typeof (pending as Promise<T>).then !== "function") {
      throw new OfficeApiError(ErrorCode.runMustReturnPromise);
    }
    let result: T;
    try {
      result = await (pending as Promise<T>);
    } catch (error) {
      context.abandon();
      throw error;
    }
    await context.finish();
    return result;
  }
  return run as ExcelRun;
}
