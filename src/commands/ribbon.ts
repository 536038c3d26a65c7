/**
 * Ribbon functions (ExecuteFunction buttons). They run in the shared runtime, i.e. in the task pane's
 * page, and call the same jobs as the pane. Office waits for `event.completed()`; if it is never called
 * the button stays busy, so it is called whatever happens.
 */
import type { JobOutcome } from "../core/jobs/outcome";
import { bilingual } from "../core/messages";
import { pickLanguage } from "../core/messages/language";
import { gradeActiveSheet } from "../excel/jobs/grade";
import { officeIsSetSupported } from "../excel/requirements";
import { officeRun } from "../excel/run";
import { gradeJobOutcome, outcomeText } from "./grade-summary";

/** Must match `FunctionName` in manifest.xml. */
export const GRADE_ACTIVE_SHEET = "gradeActiveSheet";

export interface RibbonEvent {
  completed(): void;
}

export interface ActionRegistry {
  associate(name: string, handler: (event: RibbonEvent) => unknown): void;
}

export interface RibbonDeps {
  /** The "grade this sheet" job on the active sheet. */
  gradeActiveSheet(): Promise<JobOutcome>;
  /** Shows the outcome to the user without losing an error. */
  report(outcome: JobOutcome): Promise<void>;
}

export function ribbonHandler(job: () => Promise<JobOutcome>, report: RibbonDeps["report"]) {
  return async (event: RibbonEvent): Promise<void> => {
    try {
      let outcome: JobOutcome;
      try {
        outcome = await job();
      } catch (error) {
        outcome = { status: "failed", message: bilingual("ui.ribbon.failed", { reason: describe(error) }) };
      }
      await report(outcome);
    } catch (error) {
      // Reporting itself failed (e.g. the pane cannot open): the console is the last place left.
      console.error("Tassei: could not report the ribbon outcome", error);
    } finally {
      event.completed();
    }
  };
}

export function registerRibbonCommands(actions: ActionRegistry, deps: RibbonDeps = defaultRibbonDeps()): void {
  actions.associate(GRADE_ACTIVE_SHEET, ribbonHandler(deps.gradeActiveSheet, deps.report));
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Inside Excel: grade the active sheet through Office.js and show the outcome in a short dialog. */
function defaultRibbonDeps(): RibbonDeps {
  const run = officeRun();
  const isSetSupported = officeIsSetSupported();
  return {
    gradeActiveSheet: async () => gradeJobOutcome(await gradeActiveSheet({ run, isSetSupported })),
    report: (outcome) => showDialog(outcome),
  };
}

/** What showing a dialog needs of Office: open one, be told of its messages and its closing. */
export interface DialogHost {
  open(url: string, done: (dialog: OpenDialog | Error) => void): void;
}

export interface OpenDialog {
  close(): void;
  /** The dialog's OK (a message) or its own close button (an event): either way it is gone. */
  onFinished(listener: () => void): void;
}

let shown: OpenDialog | undefined;

/**
 * Opens dialog.html beside the task pane page with the outcome's text; the dialog's button closes it. A
 * dialog still open from an earlier click is closed first: Office opens one at a time (error 12007), and
 * the newer outcome must not be lost.
 */
export function showDialog(outcome: JobOutcome, host: DialogHost = officeDialogHost()): Promise<void> {
  const language = pickLanguage(Office.context.displayLanguage, []);
  const url = new URL("dialog.html", location.href);
  url.search = new URLSearchParams({ m: outcomeText(outcome)[language], lang: language }).toString();
  shown?.close();
  shown = undefined;
  return new Promise((resolve, reject) => {
    host.open(url.toString(), (dialog) => {
      if (dialog instanceof Error) {
        reject(dialog);
        return;
      }
      shown = dialog;
      dialog.onFinished(() => {
        dialog.close();
        if (shown === dialog) shown = undefined;
      });
      resolve();
    });
  });
}

function officeDialogHost(): DialogHost {
  return {
    open(url, done) {
      Office.context.ui.displayDialogAsync(url, { height: 25, width: 30, displayInIframe: true }, (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) {
          done(new Error(result.error.message));
          return;
        }
        const dialog = result.value;
        done({
          close: () => dialog.close(),
          onFinished: (listener) => {
            dialog.addEventHandler(Office.EventType.DialogMessageReceived, listener);
            dialog.addEventHandler(Office.EventType.DialogEventReceived, listener);
          },
        });
      });
    },
  };
}
