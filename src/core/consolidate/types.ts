/**
 * What the Consolidate job takes and gives (全庁サマリー): sources in, a summary sheet plan and a result out.
 * This file is the contract between the core and its callers (the pane's Excel job, the command line).
 */
import type { SignOff } from "../department/model";
import type { Bilingual } from "../messages";
import type { CitySummary } from "./city";
import type { History } from "./history";
import type { GoalChange, PreviousFigures } from "./previous-year";
import type { WorkbookPlan } from "../workbook/plan";
import type { WorkbookSnapshot } from "../workbook/snapshot";

/** Where a department sheet came from. */
export type ConsolidationSource =
  /** Sheets of the workbook the summary is written into (their cells can be linked and referred to live). */
  | {
      readonly kind: "this-workbook";
      readonly snapshot: WorkbookSnapshot;
      /** The sheets to consolidate; every department sheet found when absent. */
      readonly sheets?: readonly string[];
      /** Sheets left out (unticked in the pane): a sheet added after the pane listed them still counts. */
      readonly exclude?: readonly string[];
    }
  /** A department workbook file read by the .xlsx adapter. */
  | { readonly kind: "file"; readonly fileName: string; readonly snapshot: WorkbookSnapshot }
  /** A file that could not be read at all (not a zip, truncated, password-protected, too large…). */
  | { readonly kind: "unreadable"; readonly fileName: string; readonly reason: Bilingual };

export interface ConsolidateOptions {
  /** The clock (the summary's 作成日時), passed in so the core stays pure. */
  readonly now: Date;
  readonly lowerIsBetter?: "ratio" | "progress";
  /** The fiscal year to consolidate; by default the latest found. Sources of other years are skipped, never added in. */
  readonly fiscalYear?: number;
  /** The city's departments (`--roster`): those with no source of the year are listed as 未提出. */
  readonly roster?: readonly string[];
}

export type ConsolidateFailureReason =
  /** The fiscal year asked for is none of the sources' years: nothing would be consolidated. */
  | "year_not_found"
  | "summary_not_ours"
  | "summary_protected"
  | "no_sources"
  /** The summary sheet exists but was not in `target.sheets` (callers read it before planning). */
  | "summary_not_read"
  /** The summary sheet is absent and the workbook's structure is protected, so it cannot be added. */
  | "structure_protected";

export type ConsolidationRun =
  | { readonly ok: true; readonly plan: WorkbookPlan; readonly result: ConsolidationResult }
  | { readonly ok: false; readonly reason: ConsolidateFailureReason; readonly message: Bilingual };

/** A sheet a user may tick in the pane: a department sheet detected in a workbook. */
export interface DepartmentSheetCandidate {
  readonly sheet: string;
  readonly department: string | null;
  readonly fiscalYear: number | null;
}

export interface ConsolidatedSource {
  /** File name, or null for a sheet of this workbook. */
  readonly file: string | null;
  readonly sheet: string | null;
  readonly department: string | null;
  readonly fiscalYear: number | null;
  /** The sheet's stamp time (ISO) when it was graded by Tassei, else null. */
  readonly gradedAt: string | null;
  readonly scale: { readonly id: string; readonly version: number; readonly name: Bilingual } | null;
  /**
   * skipped: read, but of another fiscal year than the summary's (listed with its year, never added in);
   * previous: of the year before the summary's, shown beside it for comparison (never added in).
   */
  readonly status: "ok" | "failed" | "skipped" | "previous";
}

export interface DepartmentSummary {
  readonly department: string;
  readonly fiscalYear: number;
  /** Index into ConsolidationResult.sources. */
  readonly source: number;
  readonly goals: number;
  readonly indicators: number;
  /** Indicators per grade letter of the source's scale, plus "ungraded". */
  readonly counts: Readonly<Record<string, number>>;
  /** The department's own rate (1 = 100%), as its sheet, the pane and `tassei grade` give it. */
  readonly rate: number | null;
  readonly grade: string | null;
  readonly scaleId: string;
  /** The same department's figures of the year before, when a source of that year was given. */
  readonly previous: PreviousFigures | null;
  /**
   * The department's mid-year check (中間評価, #18) as its sheet's grading gives it, when the sheet has one
   * (some 中間実績); null otherwise. Never part of the year-end counts, rates or grades.
   */
  readonly interim: {
    readonly grade: string | null;
    /** The interim rate (1 = 100% of the pro-rated target), as the sheet shows it. */
    readonly rate: number | null;
    /** 中間時点, yyyy-mm-dd, when the sheet has a date. */
    readonly date: string | null;
  } | null;
}

export interface GroupSummary {
  /** "field" (分野), "masterPlan" (総合計画 code) or "basicPolicy" (基本政策 code). */
  readonly kind: "field" | "masterPlan" | "basicPolicy";
  readonly key: string;
  readonly departments: readonly string[];
  readonly goals: number;
  /** Goals per grade letter, plus "ungraded". */
  readonly counts: Readonly<Record<string, number>>;
}

export interface GoalSummary {
  readonly department: string;
  readonly source: number;
  readonly no: number;
  readonly title: string;
  /** Owning 課 (from the goal's initiatives), joined with "、". */
  readonly sections: string;
  readonly grade: string | null;
  readonly rate: number | null;
  readonly rateText: string | null;
  /** For a sheet of this workbook: where the goal's 達成度 is (hyperlinked from the summary). */
  readonly link: { readonly sheet: string; readonly cell: string } | null;
}

export type ExceptionKind =
  | "grade_d"
  | "grade_e"
  | "ungraded"
  | "missing_actual"
  | "manual_without_reason"
  | "unreadable_source"
  | "duplicate_department"
  | "different_scales"
  | "nothing_graded"
  | "not_submitted"
  | "text_cut";

/** Where the roster of the city's departments came from (see roster.ts). */
export type RosterSource = "given" | "sheet" | "previous_summary";

export interface ConsolidationException {
  readonly kind: ExceptionKind;
  readonly department: string | null;
  /** File name or sheet name of the source. */
  readonly source: string;
  /** A1 of the cell concerned (in the source sheet), when there is one. */
  readonly cell: string | null;
  readonly subject: string;
  readonly message: Bilingual;
}

export interface ConsolidationResult {
  readonly summarySheet: string;
  readonly createdAt: string;
  /** The one fiscal year the summary covers (null when no department was read). */
  readonly fiscalYear: number | null;
  /** Every fiscal year the sources were of, newest first (the pane offers them as choices). */
  readonly fiscalYears: readonly number[];
  /** The grade letters of the count columns: every source scale's letters, default scale first. */
  readonly letters: readonly string[];
  /** The city-wide figures: indicators and goals per grade, the city's rate and grade (see city.ts). */
  readonly city: CitySummary;
  readonly sources: readonly ConsolidatedSource[];
  readonly departments: readonly DepartmentSummary[];
  readonly groups: readonly GroupSummary[];
  readonly goals: readonly GoalSummary[];
  readonly exceptions: readonly ConsolidationException[];
  /** Goals and indicators newly at the scale's top grade, then those fallen to its bottom, against the year before. */
  readonly changes: readonly GoalChange[];
  /** How the summary is set to print (Office.js cannot write a PDF: the pane says how Excel does). */
  readonly print: { readonly paper: "A4" | "A3"; readonly orientation: "landscape" | "portrait" };
  /** Each department's figures in every year the sources hold, when some department has two or more. */
  readonly history: History | null;
  /** Departments whose 課長確認 or 部長確認 names no one yet, with the sign-off each has (null: not yet). */
  readonly notSignedOff: readonly {
    readonly department: string;
    readonly section: SignOff | null;
    readonly director: SignOff | null;
  }[];
  /** The roster used and the departments on it with no source of the year (未提出); null without a roster. */
  readonly roster: {
    readonly source: RosterSource;
    readonly departments: number;
    readonly notSubmitted: readonly string[];
  } | null;
}
