/**
 * Assembles the in-memory Excel around a given formula engine, without importing any engine itself,
 * so that a browser build can choose (or swap) the engine and leave HyperFormula out of its bundle.
 */
import type { FormulaEngineFactory } from "./engine/formula-engine";
import { JAPANESE_EXCEL_DEFAULTS, type WorkbookDefaults } from "./model/style";
import { WorkbookModel } from "./model/workbook";
import { EXCEL_WEB_PAYLOAD_LIMIT, type ExcelRun, Faults, SyncStats, createRun } from "./office/context";
import { type InMemoryExcelNamespace, excelNamespace } from "./office/namespace";

export interface InMemoryExcelOptions {
  /** The calculation engine; HyperFormula unless a test or a smaller browser build supplies another. */
  readonly engine?: FormulaEngineFactory;
  /** Default font, row height, column width and generated names; Japanese Excel's by default. */
  readonly defaults?: Partial<WorkbookDefaults>;
  /** The clock used for dates typed without a year; pass a fixed one in tests. */
  readonly today?: () => Date;
  /** Request/response size limit in bytes; Excel on the web's 5 MB by default, null for none (desktop). */
  readonly payloadLimitBytes?: number | null;
  /** Sheets of the new workbook; a new Excel workbook has ["Sheet1"]. Pass [] to seed your own. */
  readonly sheets?: readonly string[];
  /** Print scaling to pages: applied (default), ignored (office-js #1860) or refused when "automatic" (0). */
  readonly fitToPages?: "applied" | "ignored" | "refused";
}

export interface InMemoryExcel {
  /** Use exactly like `Excel.run`: `run(async (context) => …)` or `run({ delayForCellEdit: true }, …)`. */
  readonly run: ExcelRun;
  /** The workbook as data, with helpers to seed and read it (no syncs). */
  readonly workbook: WorkbookModel;
  /** Round trips, their sizes and Excel.run calls. */
  readonly stats: SyncStats;
  /** Hung and failing syncs for error-path tests. */
  readonly faults: Faults;
  /** `run` plus Office.js enums (ErrorCodes, ClearApplyTo, …), for code that would use the global `Excel`. */
  readonly Excel: InMemoryExcelNamespace;
  /**
   * Calls `listener` after every `run` settles, resolved or rejected (a failed batch keeps the
   * operations applied before the failure), so a view such as the preview grid can redraw. Seeding
   * and edits through `workbook` do not call it. Returns the function that unsubscribes.
   */
  onChange(listener: () => void): () => void;
}

export function buildInMemoryExcel(engine: FormulaEngineFactory, options: InMemoryExcelOptions = {}): InMemoryExcel {
  const workbook = new WorkbookModel({
    engine,
    defaults: { ...JAPANESE_EXCEL_DEFAULTS, ...(options.defaults ?? {}) },
    today: options.today ?? (() => new Date()),
    ...(options.fitToPages ? { fitToPages: options.fitToPages } : {}),
  });
  for (const name of options.sheets ?? ["Sheet1"]) workbook.addSheet(name);
  const stats = new SyncStats();
  const faults = new Faults();
  const payloadLimitBytes =
    options.payloadLimitBytes === undefined ? EXCEL_WEB_PAYLOAD_LIMIT : options.payloadLimitBytes;
  const listeners = new Set<() => void>();
  const run = notifyingRun(createRun({ wb: workbook, stats, faults, options: { payloadLimitBytes } }), listeners);
  const onChange = (listener: () => void) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };
  return { run, workbook, stats, faults, Excel: excelNamespace(run), onChange };
}

/** `run`, calling the listeners once the batch has settled; a throwing listener cannot fail the batch. */
function notifyingRun(run: ExcelRun, listeners: ReadonlySet<() => void>): ExcelRun {
  const untyped = run as (...args: unknown[]) => Promise<unknown>;
  async function notifying(...args: unknown[]): Promise<unknown> {
    try {
      return await untyped(...args);
    } finally {
      for (const listener of [...listeners]) {
        try {
          listener();
        } catch (error) {
          // The batch's own outcome stands; the listener's failure is reported, not swallowed.
          setTimeout(() => {
            throw error;
          });
        }
      }
    }
  }
  return notifying as ExcelRun;
}
