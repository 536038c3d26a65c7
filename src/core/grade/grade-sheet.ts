/**
 * Grading one department sheet: read every KPI table through the engine, roll KPIs up to the goals and
 * the department, and plan the few writes that keep the sheet right — overwritten live formulas
 * restored, goal and department grades, clean texts converted to numbers, colour rules, the stamp.
 * Writes stay inside what Tassei owns (ownedRanges), the converted input cells and the stamp cell.
 */
import {
  DEFAULT_SCALE,
  type EvaluationOptions,
  type InterimShare,
  type Scale,
  interimRuleJson,
  interimShare,
  presetScale,
  reasonMessage,
  scaleWithInterim,
} from "../rules";
import { type InterimCells, interimDateOf, isoDate, readInterimCells } from "../sheet/header/interim-cells";
import { sheetFiscalYear } from "../sheet/hand-made";
import { readHeaderCells } from "../sheet/header/read-header";
import { cellText } from "../sheet/read-cells";
import { parseFiscalYear } from "../era";
import { bilingual } from "../messages";
import { INTERIM_INPUT_KEYS, interimGradeFormula } from "../sheet/kpi/live-formulas";
import { findGoalsTable, findKpiTables, isHandMadeSheet, type KpiTableLocation } from "../sheet/find-tables";
import { gradeConditionalFormat } from "../sheet/grade-palette";
import { handMadeLayout, isReadableHandMade } from "../sheet/hand-made";
import { readMetadata } from "../sheet/metadata";
import { type OwnedRanges, ownedRanges } from "../sheet/owned-ranges";
import { type RangeRef, columnLetters, parseCellAddress, rangeAddress, sameTableName } from "@tassei/excel-rules";
import type { CellBlock } from "../sheet/hand-made/blocks";
import { type ConditionalFormatPlan, type SheetPlan, emptySheetPlan, isFormula } from "../workbook/plan";
import { type CellValue, FORMULA_TEXT_UNKNOWN, type SheetSnapshot, isBlankCell } from "../workbook/snapshot";
import { type PlannedConversion, rowConversions } from "./conversion";
import {
  type RolledGoal,
  cellGoalRows,
  goalRows,
  groupGoals,
  isPlaceholder,
  rollGoal,
  rollSources,
  rollupMessage,
} from "./goals";
import { type EvaluatedIndicator, type RollupSource, evaluateRow } from "./indicators";
import { type KpiRow, isIndicatorRow, kpiRows } from "../sheet/kpi/kpi-rows";
import { autoReasonText, isAutoReason } from "../sheet/kpi/auto-reason";
import { findLegend, formulaScale, legendCells, legendScale } from "../sheet/header/legend";
import { alreadyShows, formulaCell, hasFormulaColumns, rowFormulas, rowInputs, sameFormula } from "./live-formulas";
import { type GradeCell, a1, gradeCell, isTyped } from "./sheet-cells";
import { type Stamp, currentProperty, readStamp, shortHash, stampText, stampValue, STAMP_KEY } from "./stamp";
import type { GradeProblem, GradeResult, GradedIndicator, GradedTable, InterimResult } from "./types";
import { SheetWrites } from "./writes";

export interface SheetGradeOptions {
  readonly now: Date;
  readonly lowerIsBetter: "ratio" | "progress";
  /** The workbook's file, where a hand-made sheet's fiscal year may be read last (none for this workbook). */
  readonly fileName?: string | null;
  /** Whether this cell may be converted from text to a number (the log can take it, for undoing). */
  readonly mayConvert: (sheet: string, cell: GradeCell) => boolean;
}

export interface SheetGrade {
  readonly result: GradeResult;
  /** Null when nothing on the sheet changes. */
  readonly plan: SheetPlan | null;
  readonly conversions: readonly PlannedConversion[];
  /** Every other cell the plan changes, as it was before: what undoing the grading puts back. */
  readonly overwrites: readonly Overwrite[];
}

export interface Overwrite {
  /** A1, or the property's key for the stamp property. */
  readonly cell: string;
  /** The cell before: a formula's text when it held one, else its value. */
  readonly before: { readonly formula: string | null; readonly value: CellValue; readonly numberFormat: string };
  readonly kind: "cell" | "property";
  /** What the cell shows after grading (a formula's result). */
  readonly after: CellValue;
  readonly numberFormat: string | null;
}

const KPI_GRADE = "達成度";
const KPI_RATE = "達成率";
/** The mid-year check's grade column, in the goals and the KPI table alike. */
const INTERIM_GRADE = "中間評価";

/**
 * The sheet's scale: the preset its metadata names; else the preset its printed 【達成度について】 legend
 * names — a copied sheet loses its custom properties (Excel's rule) but keeps its legend —; else the
 * default scale. Its mid-year rule is the one the sheet was made with: the metadata's, else (a copy) the one
 * printed beside the legend, else the scale's own.
 */
export function sheetScale(sheet: SheetSnapshot): Scale {
  const metadata = readMetadata(sheet.properties);
  const scale = (metadata && presetScale(metadata.scaleId)) ?? legendScale(sheet) ?? DEFAULT_SCALE;
  const rule = metadata ? metadata.interim : (readInterimCells(sheet).rule ?? null);
  return rule ? scaleWithInterim(scale, rule) : scale;
}

/** Null when the sheet has no KPI table (nothing to grade). */
export function gradeSheet(sheet: SheetSnapshot, options: SheetGradeOptions): SheetGrade | null {
  const metadata = readMetadata(sheet.properties);
  const kpiTables = findKpiTables(sheet, metadata, options.fileName);
  // A sheet laid out by hand owns no range: it is read and graded, never written.
  const handMade = isHandMadeSheet(sheet);
  if (kpiTables.length === 0 && !(handMade && isReadableHandMade(sheet))) return null;
  const mayConvert = handMade ? () => false : (cell: GradeCell) => options.mayConvert(sheet.name, cell);
  const scale = sheetScale(sheet);
  const evaluation: EvaluationOptions = { lowerIsBetter: options.lowerIsBetter };
  const owned = ownedRanges(sheet);
  const writes = new SheetWrites();
  const problems: GradeProblem[] = [];
  const waiting: GradeProblem[] = [];
  const conversions: PlannedConversion[] = [];
  const restoredFormulas: string[] = [];
  const indicators: EvaluatedIndicator[] = [];
  const tables: GradedTable[] = [];

  // The printed scale the live 達成度 formulas read: restored where someone changed it.
  const legend = owned ? findLegend(sheet, scale) : null;
  if (legend) {
    for (const { at, cell, numberFormat } of legendCells(scale, legend)) {
      const found = gradeCell(sheet, at.row, at.column);
      const wanted = cell === "" ? null : cell;
      if (found.formula !== null || found.value !== wanted) writes.set(at.row, at.column, cell);
      if (numberFormat !== null && found.numberFormat !== numberFormat) {
        writes.numberFormat(at.row, at.column, numberFormat);
      }
    }
  }
  const grades = formulaScale(scale, legend);

  // The mid-year check (#18): one share for the sheet, from the scale's rule and the header's 中間時点.
  const interimCells: InterimCells = handMade ? {} : readInterimCells(sheet);
  const interimDate = interimCells.date ? interimDateOf(interimCells.date.value) : null;
  const fiscalYear = handMade ? null : sheetFiscalYear(sheet, options.fileName);
  const share: InterimShare | null = handMade
    ? null
    : interimShare(scale.interim, fiscalYear?.year ?? null, interimDate);

  // 中間評価 cells hold the interim grade while the inputs it came from are unchanged: the row's, and the
  // header cell the share comes from — 中間時点 when the rule pro-rates by it, the 年度 when it counts the
  // years of a plan.
  const interimDatedBy =
    scale.interim.basis === "elapsed" && interimCells.date
      ? { at: { row: interimCells.date.row, column: interimCells.date.column }, value: interimCells.date.value }
      : scale.interim.basis === "planYear" && fiscalYear?.cell
        ? heldCell(sheet, parseCellAddress(fiscalYear.cell))
        : null;
  for (const table of kpiTables) {
    const graded = [];
    const restorable = restorableColumns(owned, table);
    const interimColumn = ownedColumn(owned, table.name, INTERIM_GRADE);
    const interimWritable = INTERIM_INPUT_KEYS.every((key) => table.columns[key] !== undefined);
    for (const row of kpiRows(sheet, table)) {
      const indicator = isIndicatorRow(row);
      const interimShareOfTable = table.columns.interimActual === undefined ? null : share;
      const evaluated = indicator ? evaluateRow(row, scale, evaluation, interimShareOfTable) : null;
      const { target, actual, baseline, interimActual, unit } = row.cells;
      const planned = indicator ? rowConversions({ target, actual, baseline, interimActual, unit }, mayConvert) : [];
      if (evaluated) {
        indicators.push(evaluated);
        graded.push(evaluated.graded);
        problems.push(...evaluated.problems);
        if (evaluated.waiting) waiting.push(evaluated.waiting);
        for (const conversion of planned) {
          writes.set(conversion.row, conversion.column, conversion.value);
          writes.numberFormat(conversion.row, conversion.column, conversion.numberFormat);
        }
        conversions.push(...planned);
      }
      // What the input cells hold once this grading's conversions are written: the held formulas check that.
      const converted = new Map(planned.map((c) => [`${c.row}:${c.column}`, c.value] as const));
      if (interimColumn && interimWritable) {
        const grade = evaluated?.interim?.graded.grade ?? null;
        writeInterimCell(writes, sheet, row, table, converted, grade, interimDatedBy);
      }
      if (!restorable) continue;
      const engine = evaluated ? { rateText: evaluated.graded.rateText, grade: evaluated.graded.grade } : null;
      // 評価理由 in grading's own words, written first: the held-value formulas check what the cell will hold.
      const reason = evaluated ? autoReason(sheet, row, evaluated.graded) : null;
      if (reason?.write) writes.set(reason.at.row, reason.at.column, reason.holds ?? "");
      const cells = reason ? { ...row.cells, manualReason: { ...reason.at, value: reason.holds } } : row.cells;
      const formulas = rowFormulas(row.row, table.columns, rowInputs(cells, converted), grades, engine);
      for (const key of ["rate", "grade"] as const) {
        const cell = row.cells[key];
        if (!cell || alreadyShows(cell, formulas[key])) continue;
        writes.set(cell.row, cell.column, formulaCell(formulas[key]));
        if (cell.formula === null) restoredFormulas.push(a1(cell));
      }
    }
    tables.push(
      table.block
        ? { name: table.name, indicators: graded, block: readColumns(table.block) }
        : { name: table.name, indicators: graded },
    );
  }

  // Goals: every goal someone wrote something for, or that a KPI points at.
  const goalsTable = findGoalsTable(sheet, metadata);
  const rows = goalsTable
    ? goalRows(sheet, goalsTable)
    : handMade
      ? cellGoalRows(sheet, handMadeLayout(sheet, options.fileName).goals)
      : [];
  const byGoal = new Map<number | null, EvaluatedIndicator[]>();
  for (const indicator of indicators) {
    const list = byGoal.get(indicator.goalNo);
    if (list) list.push(indicator);
    else byGoal.set(indicator.goalNo, [indicator]);
  }
  const rolled: RolledGoal[] = groupGoals(rows)
    .filter((group) => !isPlaceholder(group) || byGoal.has(group.no))
    .map((group) => rollGoal(group, byGoal.get(group.no) ?? [], scale, handMade));
  for (const goal of rolled) problems.push(...goal.problems);
  // A 年度 a person typed that cannot be read: grading goes on with the year the sheet was made for, and says so.
  const yearProblem = handMade ? null : unreadableYear(sheet);
  if (yearProblem) problems.push(yearProblem);
  const goalNumbers = new Set(rolled.map((g) => g.group.no));

  // The mid-year check rolled up exactly as the year end, from the indicators that have one (no hand grades).
  const withInterim = indicators.filter((i) => i.interim !== undefined);
  const interimOf = (list: readonly EvaluatedIndicator[]) => list.flatMap((i) => (i.interim ? [i.interim] : []));
  const interimGoals =
    withInterim.length === 0
      ? null
      : new Map(rolled.map((goal) => [goal.group.no, rollSources(interimOf(byGoal.get(goal.group.no) ?? []), scale)]));

  // The department: its goals, and the KPIs that belong to no goal on the sheet.
  const orphans = indicators.filter((i) => i.goalNo === null || !goalNumbers.has(i.goalNo));
  const departmentItems: RollupSource[] = [
    ...rolled.map((goal) => ({ outcome: goal.outcome, weight: null, weightInvalid: false })),
    ...orphans,
  ];
  const department = rollSources(departmentItems, scale);
  const interimDepartment = interimGoals
    ? rollSources(
        [
          ...rolled.map((goal) => ({
            outcome: interimGoals.get(goal.group.no) ?? NOTHING_YET,
            weight: null,
            weightInvalid: false,
          })),
          ...interimOf(orphans),
        ],
        scale,
      )
    : null;

  const goalsColumn = goalsTable ? ownedColumn(owned, goalsTable.name, KPI_GRADE) : undefined;
  if (goalsColumn) {
    const byNumber = new Map(rolled.map((goal) => [goal.group.no, goal.outcome.grade] as const));
    for (const row of rows) {
      const cell = row.cells.grade;
      if (!cell || !insideRange(goalsColumn, cell) || isTyped(cell)) continue;
      writeGrade(writes, cell, row.no === null ? null : (byNumber.get(row.no) ?? null));
    }
  }
  const goalsInterimColumn = goalsTable ? ownedColumn(owned, goalsTable.name, INTERIM_GRADE) : undefined;
  if (goalsInterimColumn) {
    for (const row of rows) {
      const cell = row.cells.interimGrade;
      if (!cell || !insideRange(goalsInterimColumn, cell)) continue;
      const outcome = row.no === null ? undefined : interimGoals?.get(row.no);
      writeGrade(writes, cell, outcome?.grade ?? null);
    }
  }
  if (owned?.interimGrade) {
    writeGrade(
      writes,
      gradeCell(sheet, owned.interimGrade.row, owned.interimGrade.column),
      interimDepartment?.grade ?? null,
    );
  }
  const departmentCell = owned?.departmentGrade
    ? gradeCell(sheet, owned.departmentGrade.row, owned.departmentGrade.column)
    : null;
  if (departmentCell) writeGrade(writes, departmentCell, department.grade);

  const goals = rolled.map((goal) => {
    const interim = interimGoals?.get(goal.group.no);
    return interim
      ? { ...goal.graded, interim: { grade: interim.grade, rateText: interim.rateText, reason: interim.reason } }
      : goal.graded;
  });
  const counts = countGrades(scale, tables);
  const departmentResult = {
    grade: department.grade,
    rateText: department.rateText,
    reason: department.reason,
    message: rollupMessage(department, scale),
  };
  const interimResult: InterimResult | null =
    interimDepartment && share
      ? {
          rule: interimRuleJson(scale.interim),
          date: interimDate === null || interimDate === "unreadable" ? null : isoDate(interimDate),
          dateCell: interimCells.date ? a1(interimCells.date) : null,
          share: share.ok ? share.shareNumber : null,
          shareText: share.ok ? share.shareText : null,
          counts: countInterimGrades(scale, withInterim),
          // Without a usable 中間時点 nothing has an interim grade: the department says why, as each indicator does.
          department: share.ok
            ? {
                grade: interimDepartment.grade,
                rateText: interimDepartment.rateText,
                reason: interimDepartment.reason,
                message: rollupMessage(interimDepartment, scale),
              }
            : { grade: null, rateText: null, reason: share.reason, message: reasonMessage(share.reason) },
        }
      : null;
  const hash = shortHash(
    JSON.stringify([
      scale.id,
      scale.version,
      [department.grade, department.rateText, department.reason],
      goals.map((g) => [g.no, g.grade, g.rateText, g.reason, g.manual]),
      tables.map((t) => [t.name, t.indicators.map((i) => [i.cell, i.grade, i.rateText, i.reason, i.flags])]),
      // The mid-year check, only where there is one: a sheet without it keeps the hash it had.
      ...(interimResult ? [interimHashPart(interimResult, goals, tables)] : []),
    ]),
  );

  // Colour rules, once per grade column (and again when the column has grown).
  const colourRanges = [
    ...kpiTables.flatMap((table) =>
      [KPI_GRADE, INTERIM_GRADE].flatMap((header) => {
        const range = ownedColumn(owned, table.name, header);
        return range ? [range] : [];
      }),
    ),
    ...(goalsColumn ? [goalsColumn] : []),
    ...(goalsInterimColumn ? [goalsInterimColumn] : []),
  ];
  const previous = readStamp(sheet.properties);
  const colourKeys = colourRanges.map(rangeAddress);
  const conditionalFormats: ConditionalFormatPlan[] =
    previous && sameList(previous.cf, colourKeys)
      ? []
      : colourRanges.map((range) => gradeConditionalFormat(range, scale));

  const unchanged =
    previous !== null && previous.hash === hash && previous.scale === scale.id && previous.version === scale.version;
  const stamp: Stamp = {
    at: unchanged ? previous.at : options.now.toISOString(),
    scale: scale.id,
    version: scale.version,
    hash,
    cf: colourKeys,
  };
  const property = stampValue(stamp);
  const properties: Record<string, string> =
    currentProperty(sheet.properties) === property ? {} : { [STAMP_KEY]: property };
  if (departmentCell) writeStamp(writes, sheet, departmentCell, previous, stamp, scale);

  const result: GradeResult = {
    sheet: sheet.name,
    gradedAt: stamp.at,
    scale: { id: scale.id, version: scale.version, name: scale.name },
    counts,
    department: departmentResult,
    goals,
    tables,
    problems,
    waiting,
    conversions: conversions.map(({ cell, original, value, numberFormat }) => ({
      cell,
      original,
      value,
      numberFormat,
    })),
    restoredFormulas,
    undoable: false,
    ...(interimResult ? { interim: interimResult } : {}),
  };
  const changed = !handMade && (!writes.isEmpty || conditionalFormats.length > 0 || Object.keys(properties).length > 0);
  const overwrites = changed ? overwritten(sheet, writes, conversions, properties) : [];
  const plan: SheetPlan | null = changed
    ? {
        ...emptySheetPlan(sheet.name, "update"),
        blocks: writes.blocks(),
        styles: writes.styles(),
        conditionalFormats,
        properties,
      }
    : null;
  return { result, plan, conversions, overwrites };
}

function overwritten(
  sheet: SheetSnapshot,
  writes: SheetWrites,
  conversions: readonly PlannedConversion[],
  properties: Readonly<Record<string, string>>,
): Overwrite[] {
  const converted = new Set(conversions.map((c) => `${c.row}:${c.column}`));
  const cells: Overwrite[] = writes
    .written()
    .filter((w) => !converted.has(`${w.row}:${w.column}`))
    .sort((a, b) => a.row - b.row || a.column - b.column)
    .map((w) => {
      const before = gradeCell(sheet, w.row, w.column);
      // A cell whose format alone is written keeps showing what it showed.
      const after =
        w.value === undefined ? before.value : isFormula(w.value) ? (w.value.result ?? null) : (w.value ?? null);
      return {
        cell: a1(before),
        before: { formula: before.formula, value: before.value, numberFormat: before.numberFormat },
        kind: "cell" as const,
        after: after === "" ? null : after,
        numberFormat: w.numberFormat,
      };
    });
  const stamp = Object.keys(properties).map((key) => ({
    cell: key,
    before: { formula: null, value: currentProperty(sheet.properties), numberFormat: "" },
    kind: "property" as const,
    after: properties[key] ?? null,
    numberFormat: null,
  }));
  return [...cells, ...stamp];
}

/** The header's 年度 when a person typed something that is not a fiscal year (blank is not a problem here). */
function unreadableYear(sheet: SheetSnapshot): GradeProblem | null {
  const cell = readHeaderCells(sheet).fiscalYear;
  const value = cell?.value ?? null;
  if (!cell || value === null || isBlankCell(value)) return null;
  if (typeof value !== "boolean" && parseFiscalYear(value).ok) return null;
  const at = a1(cell);
  const raw = cellText(cell.value);
  return {
    cell: at,
    raw,
    reason: "fiscal_year_unreadable",
    message: bilingual("layout.read.fiscalYear", { cell: at, value: raw }),
  };
}

/** A cell as grading read it, for a held formula to compare with. */
function heldCell(sheet: SheetSnapshot, at: { row: number; column: number }) {
  return { at, value: gradeCell(sheet, at.row, at.column).value };
}

/** The data body of an owned column of `table` (by its header), if Tassei owns it. */
function ownedColumn(owned: OwnedRanges | null, table: string, header: string): RangeRef | undefined {
  return owned?.columns.find((c) => sameTableName(c.table, table) && c.header === header)?.range;
}

/**
 * Figures are written only in Tassei's own KPI table, with every column the formulas read — wherever a
 * person moved it, and beside any column they added.
 */
function restorableColumns(owned: OwnedRanges | null, table: KpiTableLocation): boolean {
  return (
    hasFormulaColumns(table) &&
    ownedColumn(owned, table.name, KPI_RATE) !== undefined &&
    ownedColumn(owned, table.name, KPI_GRADE) !== undefined
  );
}

function readColumns(block: CellBlock): NonNullable<GradedTable["block"]> {
  return {
    headerCell: block.headerCell,
    columns: block.columns.map((c) => ({
      column: columnLetters(c.column),
      header: c.header,
      role: c.role,
      year: c.year,
      corrected: block.corrected.includes(c.column),
    })),
  };
}

function insideRange(range: RangeRef, cell: { row: number; column: number }): boolean {
  return (
    cell.row >= range.row &&
    cell.row < range.row + range.rowCount &&
    cell.column >= range.column &&
    cell.column < range.column + range.columnCount
  );
}

/**
 * A computed grade is written as a formula returning the letter (="B"), so that reading the sheet tells
 * it from a hand grade; no grade empties the cell. Nothing is written when the cell already says so.
 */
function writeGrade(writes: SheetWrites, cell: GradeCell, grade: string | null): void {
  if (grade === null) {
    if (cell.formula !== null || !isBlankCell(cell.value)) writes.set(cell.row, cell.column, "");
    return;
  }
  const formula = `="${grade.replace(/"/g, '""')}"`;
  // Without the formula's text (a lean read), its value tells whether it already says so.
  const already = cell.formula === FORMULA_TEXT_UNKNOWN ? cell.value === grade : sameFormula(cell.formula, formula);
  if (!already) writes.set(cell.row, cell.column, { formula, result: grade });
}

/**
 * The stamp cell, right of 全体の達成度: written when it is empty or still shows Tassei's previous stamp,
 * never over something a person typed there.
 */
function writeStamp(
  writes: SheetWrites,
  sheet: SheetSnapshot,
  gradeAt: GradeCell,
  previous: Stamp | null,
  stamp: Stamp,
  scale: Scale,
): void {
  const cell = gradeCell(sheet, gradeAt.row, gradeAt.column + 1);
  const text = stampText(stamp, scale.name.ja);
  if (cell.formula === null && cell.value === text) return;
  const ours = previous !== null && cell.formula === null && cell.value === stampText(previous, scale.name.ja);
  if (ours || (cell.formula === null && cell.value === null)) {
    writes.set(cell.row, cell.column, text);
  }
}

function countGrades(scale: Scale, tables: readonly GradedTable[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const grade of scale.grades) counts[grade.letter] = 0;
  counts[scale.notCarriedOut.letter] = 0;
  counts.ungraded = 0;
  for (const table of tables) {
    for (const indicator of table.indicators) {
      const key = indicator.grade !== null && indicator.grade in counts ? indicator.grade : "ungraded";
      counts[key] = (counts[key] ?? 0) + 1;
    }
  }
  return counts;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * 評価理由 says why an indicator has no grade, in grading's marked words, where it is empty or holds grading's
 * own earlier words; once the row is graded those words go. A person's reason is never touched (null).
 * `holds` is what the cell holds after grading; `write` whether that is a change.
 */
function autoReason(
  sheet: SheetSnapshot,
  row: KpiRow,
  graded: GradedIndicator,
): { readonly at: GradeCell; readonly holds: string | null; readonly write: boolean } | null {
  const found = row.cells.manualReason;
  if (!found) return null;
  const at = gradeCell(sheet, found.row, found.column);
  if (at.formula !== null || !(isBlankCell(at.value) || isAutoReason(at.value))) return null;
  const holds = graded.grade === null && graded.reason !== null ? autoReasonText(graded.message.ja) : null;
  const now = isBlankCell(at.value) ? null : at.value;
  return { at, holds, write: now !== holds };
}

/** A goal of the sheet with no interim outcome to roll up yet: left out of the department's, as ungraded. */
const NOTHING_YET = { rate: null, grade: null, reason: "no_gradable_indicator", flags: [] } as const;

/**
 * A KPI row's 中間評価: the interim grade held by a formula while the row's inputs and 中間時点 are as graded;
 * emptied where the row has none. Written only when the cell does not already show it.
 */
function writeInterimCell(
  writes: SheetWrites,
  sheet: SheetSnapshot,
  row: KpiRow,
  table: KpiTableLocation,
  converted: ReadonlyMap<string, number>,
  grade: string | null,
  date: { readonly at: { row: number; column: number }; readonly value: CellValue } | null,
): void {
  const found = row.cells.interimGrade;
  if (!found) return;
  const cell = gradeCell(sheet, found.row, found.column);
  if (grade === null) {
    if (cell.formula !== null || !isBlankCell(cell.value)) writes.set(cell.row, cell.column, "");
    return;
  }
  const inputs = Object.fromEntries(
    INTERIM_INPUT_KEYS.map((key) => {
      const input = row.cells[key];
      return [key, input ? (converted.get(`${input.row}:${input.column}`) ?? input.value) : null];
    }),
  );
  const planned = {
    result: grade,
    formula: () => interimGradeFormula(row.row, table.columns, inputs, date, grade),
  };
  if (!alreadyShows(cell, planned)) writes.set(cell.row, cell.column, formulaCell(planned));
}

function countInterimGrades(scale: Scale, indicators: readonly EvaluatedIndicator[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const grade of scale.grades) counts[grade.letter] = 0;
  counts[scale.notCarriedOut.letter] = 0;
  counts.ungraded = 0;
  for (const indicator of indicators) {
    const grade = indicator.interim?.outcome.grade ?? null;
    const key = grade !== null && grade in counts ? grade : "ungraded";
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

function interimHashPart(
  interim: InterimResult,
  goals: readonly GradeResult["goals"][number][],
  tables: readonly GradedTable[],
): unknown {
  return [
    interim.date,
    interim.shareText,
    [interim.department.grade, interim.department.rateText, interim.department.reason],
    goals.map((g) => [g.no, g.interim?.grade ?? null, g.interim?.rateText ?? null]),
    tables.map((t) =>
      t.indicators.map((i) => (i.interim ? [i.interim.grade, i.interim.rateText, i.interim.reason] : null)),
    ),
  ];
}
