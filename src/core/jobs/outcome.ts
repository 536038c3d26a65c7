import type { SheetOutline } from "../edit/outline";
import type { PlanProblem } from "../insert/draft";
import type { Bilingual } from "../messages";

/** What a user action ended with, for the pane and for the ribbon's notification alike. */
export type JobOutcome =
  | { readonly status: "done"; readonly summary: Bilingual }
  | { readonly status: "not_available" }
  | { readonly status: "failed"; readonly message: Bilingual };

/** What inserting a department sheet ended with. */
export type InsertOutcome =
  | {
      readonly status: "done";
      readonly sheet: string;
      readonly renamed: boolean;
      /** What landed but not as planned, and what the user can do about it (printing not fitted…). */
      readonly notices?: readonly Bilingual[];
    }
  /** Each problem in both languages; one about a field of the form names it (`field`, e.g. "goals.1.title"). */
  | { readonly status: "invalid"; readonly problems: readonly PlanProblem[] }
  | { readonly status: "failed"; readonly message: Bilingual };

/** What reading the active sheet for adding to it ended with. */
export type OutlineOutcome =
  | { readonly status: "done"; readonly outline: SheetOutline }
  | { readonly status: "failed"; readonly message: Bilingual };

/** What adding a goal, an initiative or an indicator to the active sheet ended with. */
export type EditOutcome =
  | {
      readonly status: "done";
      readonly summary: Bilingual;
      /** The sheet's goals now. */
      readonly outline: SheetOutline;
    }
  /** Nothing written: the problems say why (what was entered, or the sheet); the sheet as it is now. */
  | { readonly status: "invalid"; readonly problems: readonly PlanProblem[]; readonly outline?: SheetOutline }
  | { readonly status: "failed"; readonly message: Bilingual };

/** What grading the active sheet ended with (the result's shape is the core's GradeResult). */
export type GradeOutcome<Result> =
  | { readonly status: "done"; readonly result: Result }
  | { readonly status: "no_table"; readonly message: Bilingual }
  | { readonly status: "refused"; readonly message: Bilingual }
  | { readonly status: "failed"; readonly message: Bilingual };

/** What undoing the last conversion ended with. */
export type UndoOutcome =
  | { readonly status: "done"; readonly restored: number }
  | { readonly status: "nothing"; readonly message: Bilingual }
  | { readonly status: "failed"; readonly message: Bilingual };

/** What consolidating into this workbook's summary sheet ended with (the result's shape is the core's). */
export type ConsolidateOutcome<Result> =
  | {
      readonly status: "done";
      readonly result: Result;
      /** When the picked files' sheets were to be copied too: the sheets copied and those whose name was taken. */
      readonly copies?: CopyReport;
      /** What landed but not as planned, and what the user can do about it (printing not fitted…). */
      readonly notices?: readonly Bilingual[];
    }
  | { readonly status: "refused"; readonly message: Bilingual }
  | { readonly status: "failed"; readonly message: Bilingual };

/**
 * What copying the picked files' sheets into this workbook did: the sheets copied, those left out because
 * the name is taken, and the files Excel could not copy from, each with the reason (the summary is
 * written either way: each file is copied in a request of its own, after it).
 */
export interface CopyReport {
  readonly copied: readonly string[];
  readonly skipped: readonly string[];
  readonly failed: readonly {
    readonly fileName: string;
    readonly sheets: readonly string[];
    readonly reason: Bilingual;
  }[];
}
