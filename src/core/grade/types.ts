/** What the Grade job takes and gives: a snapshot in, a plan and a result out. */
import type { RangeRef } from "@tassei/excel-rules";
import type { Bilingual } from "../messages";
import type { WorkbookPlan } from "../workbook/plan";
import type { InterimRuleJson } from "../rules";

export interface GradeOptions {
  /** The clock: the stamp's time and the log's 日時 (passed in, so that core stays pure and tests exact). */
  readonly now: Date;
  /** The workbook's file name, the last place a hand-made sheet's fiscal year is looked for. */
  readonly fileName?: string | null;
  /** The city's rule for lower-is-better indicators whose 算定方法 is blank (as the sheet's formulas were made). */
  readonly lowerIsBetter?: "ratio" | "progress";
}

export type GradeFailureReason = "no_tassei_table" | "sheet_missing" | "sheet_protected" | "corrections_full";

export type GradeRun =
  | {
      readonly ok: true;
      readonly plan: WorkbookPlan;
      readonly result: GradeResult;
      /** Cells to read the formula text of and plan again, so the log can undo them (see GradeBatch). */
      readonly formulasToRead?: readonly { readonly sheet: string; readonly cells: readonly RangeRef[] }[];
    }
  | { readonly ok: false; readonly reason: GradeFailureReason; readonly message: Bilingual };

export type UndoRun =
  | { readonly ok: true; readonly plan: WorkbookPlan; readonly restored: number }
  | { readonly ok: false; readonly message: Bilingual };

export interface GradedIndicator {
  /** Zero-based sheet row, as CellRef rows are. */
  readonly row: number;
  /** A1 of the row's 達成度 cell. */
  readonly cell: string;
  readonly name: string;
  /**
   * The number of the goal (重点目標) the row belongs to: its 目標No. cell, or on a sheet laid out by hand the
   * goal it sits under; null when it names none.
   */
  readonly goalNo: number | null;
  /** The exact rate's nearest float (1 = 100%), null when there is none. */
  readonly rate: number | null;
  readonly rateText: string | null;
  readonly grade: string | null;
  /** A GradingReason, or "unknown_word" (a dropdown cell holds a word not on its list). */
  readonly reason: string | null;
  readonly flags: readonly string[];
  readonly message: Bilingual;
  /** The mid-year check (中間評価, #18), on a row with a 中間実績; absent otherwise. */
  readonly interim?: GradedInterim;
}

/** An indicator's interim result: its 中間実績 against the target pro-rated by the scale's rule. */
export interface GradedInterim {
  /** A1 of the row's 中間評価 cell (its 中間実績 cell when the table has no 中間評価 column). */
  readonly cell: string;
  /** The exact interim rate's nearest float (1 = 100% of the pro-rated target), null when there is none. */
  readonly rate: number | null;
  readonly rateText: string | null;
  readonly grade: string | null;
  /** A GradingReason (interim_date_missing … when the sheet's 中間時点 is not usable), null when graded. */
  readonly reason: string | null;
  readonly flags: readonly string[];
  readonly message: Bilingual;
}

export interface GradedTable {
  readonly name: string;
  readonly indicators: readonly GradedIndicator[];
  /** A block found in plain cells: A1 of its first header cell and what each column was taken as. */
  readonly block?: {
    readonly headerCell: string;
    readonly columns: readonly ReadColumn[];
  };
}

/** One column of a hand-made block as it was read: its letter, header, role (null: not used) and year. */
export interface ReadColumn {
  readonly column: string;
  readonly header: string;
  readonly role: string | null;
  readonly year: number | null;
  /** A person set this role (it was not read from the header). */
  readonly corrected: boolean;
}

export interface GradedGoal {
  readonly no: number;
  readonly title: string;
  /** A1 of the goal's first 達成度 cell. */
  readonly cell: string;
  readonly grade: string | null;
  readonly rateText: string | null;
  readonly reason: string | null;
  /** The goal's grade was typed by hand (it then needs a 評価理由). */
  readonly manual: boolean;
  /** The goal's interim grade, rolled up from its indicators' (present when the sheet has a mid-year check). */
  readonly interim?: {
    readonly grade: string | null;
    readonly rateText: string | null;
    readonly reason: string | null;
  };
}

/**
 * The sheet's mid-year check (中間評価, #18), computed once by the engine beside the year-end result and never
 * changing it. Present when some indicator has a 中間実績.
 */
export interface InterimResult {
  /** The scale's rule: pro-rated by the fiscal year gone by, a fixed share, or a share per year of a plan. */
  readonly rule: InterimRuleJson;
  /** 中間時点 as read, yyyy-mm-dd; null when the sheet has none or it is not a date. */
  readonly date: string | null;
  /** A1 of the 中間時点 cell, where the sheet has one. */
  readonly dateCell: string | null;
  /** The share of the target the interim actuals are judged against (1 = all of it); null without one. */
  readonly share: number | null;
  /** The share in percent to 0.1% ("50.0%"). */
  readonly shareText: string | null;
  /** Indicators with a 中間実績 per interim grade (the not-carried-out letter included), plus "ungraded". */
  readonly counts: Readonly<Record<string, number>>;
  readonly department: {
    readonly grade: string | null;
    readonly rateText: string | null;
    readonly reason: string | null;
    readonly message: Bilingual;
  };
}

export interface GradeProblem {
  /** A1 of the cell to fix. */
  readonly cell: string;
  /** The cell's content as typed. */
  readonly raw: string;
  readonly reason: string;
  readonly message: Bilingual;
  /** Found by the mid-year check (中間評価): the year end's grading would not have found it. */
  readonly interim?: true;
}

export interface Conversion {
  /** A1 of the converted input cell. */
  readonly cell: string;
  /** The text as typed, kept in the log sheet. */
  readonly original: string;
  readonly value: number;
  readonly numberFormat: string;
}

export interface GradeResult {
  readonly sheet: string;
  /** ISO time of the stamp: now, or the previous grading's when the results did not change. */
  readonly gradedAt: string;
  readonly scale: { readonly id: string; readonly version: number; readonly name: Bilingual };
  /** Indicators per grade letter (the not-carried-out letter included), plus "ungraded". */
  readonly counts: Readonly<Record<string, number>>;
  readonly department: {
    readonly grade: string | null;
    readonly rateText: string | null;
    readonly reason: string | null;
    readonly message: Bilingual;
  };
  readonly goals: readonly GradedGoal[];
  readonly tables: readonly GradedTable[];
  /** 要修正: what the sheet must change (an unreadable value, a unit mismatch, a hand grade without its reason). */
  readonly problems: readonly GradeProblem[];
  /** 未評価: indicators not graded yet for a normal reason (no actual yet, 作業中), each with the cell to fill in. */
  readonly waiting: readonly GradeProblem[];
  readonly conversions: readonly Conversion[];
  /** A1 of 達成率 / 達成度 cells whose live formula a person had overwritten, now written again. */
  readonly restoredFormulas: readonly string[];
  /** The grading changed the sheet and logged what it changed: 元に戻す can put it back. */
  readonly undoable: boolean;
  /** The mid-year check (中間評価), when some indicator has a 中間実績; the year-end figures above never depend on it. */
  readonly interim?: InterimResult;
}
