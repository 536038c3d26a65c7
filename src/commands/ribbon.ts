/**
 * Ribbon functions (ExecuteFunction buttons). They run in the shared runtime, i.e. in the task pane's
 * page, and call the same jobs as the pane. Office waits for `event.completed()`; if it is never called
 * the button stays busy, so it is called whatever happens.
 */
import { bilingual } from "../core/messages";
import type { JobOutcome } from "../core/jobs/outcome";

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

/** Until the grade job lands, the ribbon opens the pane, whose Grade section says it is not available yet. */
function defaultRibbonDeps(): RibbonDeps {
  return {
    gradeActiveSheet: async () => ({ status: "not_available" }),
    report: async () => {
      await Office.addin.showAsTaskpane();
    },
  };
}
