/**
 * A person changing the workbook, heard through Office.js's worksheet change event, so the pane can drop a
 * job's result once the sheet it was computed from has changed (#20). Tassei's own writes are not a
 * person's: where Excel says where a change came from (ExcelApi 1.14) they are skipped by their source;
 * on an older Excel, changes heard while a job of this pane runs, and for a moment after, are skipped.
 */
import { changedByThisAddin } from "./newer-api";
import { type IsSetSupported, supports } from "./requirements";
import type { RunBatch } from "./run";

/** How long after a job's run its own change events may still arrive. */
const OWN_CHANGES_GRACE_MS = 1500;

export interface EditWatch {
  /** Calls `listener` on each change a person makes; returns the function that stops it. */
  readonly watch: (listener: () => void) => () => void;
  /** Wraps the jobs' runs, so an older Excel's events during (and just after) them are known as Tassei's. */
  readonly run: RunBatch;
}

export function watchEdits(run: RunBatch, isSetSupported: IsSetSupported, now: () => number = Date.now): EditWatch {
  const listeners = new Set<() => void>();
  const bySource = supports(isSetSupported, "changeSource");
  let running = 0;
  let lastRunEnd = -Infinity;
  let registered: Promise<void> | null = null;

  const ours = (args: Excel.WorksheetChangedEventArgs) =>
    bySource ? changedByThisAddin(args) : running > 0 || now() - lastRunEnd < OWN_CHANGES_GRACE_MS;
  const register = () =>
    run(async (context) => {
      context.workbook.worksheets.onChanged.add(async (args) => {
        if (!ours(args)) for (const listener of listeners) listener();
      });
      await context.sync();
    }).catch(() => {
      // Without the event (an Excel that refuses it) results are kept until the job runs again.
      registered = null;
    });

  return {
    watch: (listener) => {
      listeners.add(listener);
      registered ??= register();
      return () => void listeners.delete(listener);
    },
    run: async (batch) => {
      running += 1;
      try {
        return await run(batch);
      } finally {
        running -= 1;
        lastRunEnd = now();
      }
    },
  };
}
