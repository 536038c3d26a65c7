/**
 * Sources in, department records out: every department sheet of every source graded by the engine
 * (planGrade's result; its plan is never applied, a source is only read) and read back for the facts
 * grading does not give (name, fiscal year, the goals' 分野 and codes, owning sections). A source that
 * cannot be read or graded becomes one failed entry with its reason; the others go on.
 */
import type { Department } from "../department/model";
import { type Scale, presetOrDefault } from "../rules";
import { type GradeResult, planGrade } from "../grade";
import { readStamp } from "../grade/stamp";
import { readDepartmentSheet } from "../sheet/read-department";
import { readSignOffs } from "../sheet/header/read-header";
import { type Bilingual, bilingual } from "../messages";
import { parseCellAddress, nameKey } from "@tassei/excel-rules";
import { type CellValue, type SheetSnapshot, type WorkbookSnapshot, valueAt } from "../workbook/snapshot";
import { findGoalsTable, findKpiTables } from "../sheet/find-tables";
import { departmentSheetNames, isTasseiSheetName } from "./find-sheets";
import { sameSheetName } from "./summary-sheet";
import type { ConsolidateOptions, ConsolidatedSource, ConsolidationSource } from "./types";

/**
 * A department sheet graded and read. The sheet's cells are not kept — only the few facts the summary
 * needs of them — so a batch of hundreds of files holds one file's cells at a time.
 */
export interface DepartmentRecord {
  /** Index into the consolidated sources. */
  readonly source: number;
  /** The source as the summary names it: the sheet of this workbook, or "file / sheet". */
  readonly label: string;
  /** A sheet of the workbook the summary is written into (its cells can be linked and referred to). */
  readonly inWorkbook: boolean;
  readonly sheetName: string;
  /** The goals table has a 達成度 column (a goal's grade cell can be referred to). */
  readonly goalsGradeColumn: boolean;
  /** What each goal's grade cell holds now, by its address; only for sheets of this workbook. */
  readonly goalGradeCells: ReadonlyMap<string, CellValue>;
  /** The 実績値 column of each KPI table, by table name. */
  readonly actualColumns: ReadonlyMap<string, number | undefined>;
  /** Where 課長確認 and 部長確認 are filled in (the name cells), null where the sheet has no place for one. */
  readonly signOffCells: { readonly section: string | null; readonly director: string | null };
  readonly department: Department;
  readonly result: GradeResult;
  readonly scale: Scale;
}

/** A source, or one sheet of it, that could not be consolidated. */
export interface SourceFailure {
  readonly source: number;
  readonly label: string;
  /** The department's name when it is known (a sheet that was recognised but could not be graded). */
  readonly department: string | null;
  readonly subject: string;
  readonly reason: Bilingual;
}

export interface GradedSources {
  readonly sources: readonly ConsolidatedSource[];
  readonly records: readonly DepartmentRecord[];
  readonly failures: readonly SourceFailure[];
}

function sourceLabel(file: string | null, sheet: string | null): string {
  if (file === null) return sheet ?? "";
  return sheet === null ? file : `${file} / ${sheet}`;
}

export function gradeSources(inputs: readonly ConsolidationSource[], options: ConsolidateOptions): GradedSources {
  const grading = sourceGrading(options);
  for (const input of inputs) grading.add(input);
  return grading.graded();
}

/**
 * Grades sources one at a time as they arrive: a caller reading many files passes each in and lets its
 * cells go, instead of holding every file's snapshot until the last is read.
 */
export function sourceGrading(options: ConsolidateOptions): {
  add(input: ConsolidationSource): void;
  graded(): GradedSources;
} {
  const sources: ConsolidatedSource[] = [];
  const records: DepartmentRecord[] = [];
  const failures: SourceFailure[] = [];

  const fail = (file: string | null, sheet: string | null, department: string | null, reason: Bilingual) => {
    const label = sourceLabel(file, sheet);
    failures.push({ source: sources.length, label, department, subject: sheet ?? file ?? "", reason });
    sources.push({ file, sheet, department, fiscalYear: null, gradedAt: null, scale: null, status: "failed" });
  };

  const gradeSheet = (snapshot: WorkbookSnapshot, sheet: SheetSnapshot, file: string | null) => {
    const graded = gradeOne(snapshot, sheet, file, options);
    if (!graded.ok) {
      fail(file, sheet.name, graded.department, graded.reason);
      return;
    }
    const { department, result, scale } = graded;
    records.push({
      source: sources.length,
      label: sourceLabel(file, sheet.name),
      inWorkbook: file === null,
      ...sheetFacts(sheet, result, file === null),
      department,
      result,
      scale,
    });
    sources.push({
      file,
      sheet: sheet.name,
      department: department.name,
      fiscalYear: department.fiscalYear,
      gradedAt: gradedAt(sheet, result),
      scale: result.scale,
      status: "ok",
    });
  };

  const add = (input: ConsolidationSource): void => {
    if (input.kind === "unreadable") {
      fail(input.fileName, null, null, input.reason);
      return;
    }
    if (input.kind === "file") {
      const found = departmentSheetNames(input.snapshot);
      if (found.length === 0) {
        const sheets = input.snapshot.sheetNames.join("、");
        fail(input.fileName, null, null, bilingual("consolidate.reason.noDepartmentSheet", { sheets }));
        return;
      }
      for (const name of found) {
        const sheet = sheetNamed(input.snapshot, name);
        if (sheet) gradeSheet(input.snapshot, sheet, input.fileName);
      }
      return;
    }
    const excluded = new Set((input.exclude ?? []).map(nameKey));
    const names = (input.sheets ?? departmentSheetNames(input.snapshot)).filter((name) => !excluded.has(nameKey(name)));
    for (const name of names) {
      // The summary is the output and the log holds no department: never a source, even when ticked.
      if (isTasseiSheetName(name)) continue;
      const sheet = sheetNamed(input.snapshot, name);
      if (sheet) gradeSheet(input.snapshot, sheet, null);
      else fail(null, name, null, bilingual("consolidate.reason.sheetMissing", { sheet: name }));
    }
  };
  return { add, graded: () => ({ sources, records, failures }) };
}

/** What the summary needs of a sheet's cells once it is graded. */
function sheetFacts(
  sheet: SheetSnapshot,
  result: GradeResult,
  inWorkbook: boolean,
): Pick<DepartmentRecord, "sheetName" | "goalsGradeColumn" | "goalGradeCells" | "actualColumns" | "signOffCells"> {
  const goalsGradeColumn = findGoalsTable(sheet)?.columns.grade !== undefined;
  const goalGradeCells = new Map<string, CellValue>();
  if (inWorkbook && goalsGradeColumn) {
    for (const goal of result.goals) {
      if (goal.cell === "") continue;
      const cell = parseCellAddress(goal.cell);
      goalGradeCells.set(goal.cell, valueAt(sheet, cell.row, cell.column));
    }
  }
  const actualColumns = new Map(findKpiTables(sheet).map((table) => [table.name, table.columns.actual] as const));
  const signOffs = readSignOffs(sheet);
  const signOffCells = {
    section: signOffs?.section?.cell ?? null,
    director: signOffs?.director?.cell ?? null,
  };
  return { sheetName: sheet.name, goalsGradeColumn, goalGradeCells, actualColumns, signOffCells };
}

function sheetNamed(snapshot: WorkbookSnapshot, name: string): SheetSnapshot | undefined {
  return snapshot.sheets.find((s) => sameSheetName(s.name, name));
}

type GradedSheet =
  | { readonly ok: true; readonly department: Department; readonly result: GradeResult; readonly scale: Scale }
  | { readonly ok: false; readonly department: string | null; readonly reason: Bilingual };

function gradeOne(
  snapshot: WorkbookSnapshot,
  sheet: SheetSnapshot,
  fileName: string | null,
  options: ConsolidateOptions,
): GradedSheet {
  // Grading only reads here (its plan is dropped), so a protected source is graded as if it were not.
  const readable = sheet.protected
    ? { ...snapshot, sheets: snapshot.sheets.map((s) => (s === sheet ? { ...s, protected: false } : s)) }
    : snapshot;
  const run = planGrade(readable, sheet.name, {
    now: options.now,
    fileName,
    ...(options.lowerIsBetter ? { lowerIsBetter: options.lowerIsBetter } : {}),
  });
  if (!run.ok) return { ok: false, department: null, reason: run.message };
  const read = readDepartmentSheet(sheet, fileName);
  if (!read.ok) {
    const first = read.problems.find((p) => p.severity === "error") ?? read.problems[0];
    return {
      ok: false,
      department: null,
      reason: first?.message ?? bilingual("consolidate.reason.notDepartment", { sheet: sheet.name }),
    };
  }
  const scale = presetOrDefault(run.result.scale.id);
  return { ok: true, department: read.department, result: run.result, scale };
}

/**
 * When the sheet was last graded by Tassei: its stamp's time, if grading now gives the same results
 * (planGrade then keeps that time). Otherwise null: the sheet was never graded, or changed since, and
 * the summary's grades are the ones computed now.
 */
function gradedAt(sheet: SheetSnapshot, result: GradeResult): string | null {
  const stamp = readStamp(sheet.properties);
  return stamp !== null && stamp.at === result.gradedAt ? stamp.at : null;
}
