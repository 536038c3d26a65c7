/**
 * The Consolidate use-case as pure code: the target workbook's snapshot and the sources in; one sheet
 * plan (全庁サマリー, nothing else) and the result out. Sources are graded by the engine and only read.
 */
import { formatFiscalYear } from "../era";
import { DEFAULT_SCALE } from "../rules";
import { bilingual, message } from "../messages";
import { rangeAddress } from "@tassei/excel-rules";
import { type SheetPlan, emptySheetPlan } from "../workbook/plan";
import type { SheetSnapshot, WorkbookSnapshot } from "../workbook/snapshot";
import {
  type GoalLine,
  departmentCount,
  departmentSummary,
  sameDepartmentKey,
  scalesInUse,
  goalLines,
  groupSummaries,
  unionLetters,
} from "./aggregate";
import { type CitySummary, citySummary } from "./city";
import { exceptionLines } from "./exceptions";
import { cutLinkTexts, cutLongTexts, longTextExceptions, longTexts } from "./long-texts";
import { SUMMARY_CHART_NAMES, layoutSummary } from "./layout";
import { findDepartmentSheets } from "./find-sheets";
import { notSignedOff } from "./sign-offs";
import { departmentHistory } from "./history";
import { chooseRoster, notSubmitted, notSubmittedException, previousSummaryDepartments } from "./roster";
import { goalChanges, previousByDepartment, previousFigures } from "./previous-year";
import { type DepartmentRecord, type GradedSources, gradeSources } from "./sources";
import { SUMMARY_SHEET_NAME, isSummarySheet, sameSheetName, summaryProperties } from "./summary-sheet";
import type {
  ConsolidateFailureReason,
  ConsolidateOptions,
  ConsolidationResult,
  ConsolidationRun,
  ConsolidationSource,
} from "./types";

type Target = { readonly kind: "absent" } | { readonly kind: "ours"; readonly sheet: SheetSnapshot };

export function planConsolidation(
  target: WorkbookSnapshot,
  sources: readonly ConsolidationSource[],
  options: ConsolidateOptions,
): ConsolidationRun {
  return planGradedConsolidation(target, gradeSources(sources, options), options);
}

/** planConsolidation with its sources already graded (sourceGrading), for a caller reading files one by one. */
export function planGradedConsolidation(
  target: WorkbookSnapshot,
  all: GradedSources,
  options: ConsolidateOptions,
): ConsolidationRun {
  const summary = summaryTarget(target);
  if ("reason" in summary) return failure(summary.reason);

  if (all.records.length === 0 && all.failures.length === 0) return failure("no_sources");
  const fiscalYears = [...new Set(all.records.map((r) => r.department.fiscalYear))].sort((a, b) => b - a);
  if (options.fiscalYear !== undefined && fiscalYears.length > 0 && !fiscalYears.includes(options.fiscalYear)) {
    const found = fiscalYears.map((year) => formatFiscalYear(year, "ja")).join("、");
    const foundEn = fiscalYears.map((year) => formatFiscalYear(year, "en")).join(", ");
    return {
      ok: false,
      reason: "year_not_found",
      message: {
        ja: message("consolidate.fail.year_not_found", "ja", {
          year: formatFiscalYear(options.fiscalYear, "ja"),
          found,
        }),
        en: message("consolidate.fail.year_not_found", "en", {
          year: formatFiscalYear(options.fiscalYear, "en"),
          found: foundEn,
        }),
      },
    };
  }
  const fiscalYear = options.fiscalYear ?? fiscalYears[0] ?? null;
  const { graded, previous } = oneYear(all, fiscalYear);
  const lastYear = previousByDepartment(previous);

  const scales = scalesInUse(graded.records);
  const letters = unionLetters(scales);
  const goals: GoalLine[] = graded.records.flatMap(goalLines);
  // 未提出 first: a department that sent nothing is the first thing to chase.
  const roster = chooseRoster(
    options.roster,
    target,
    summary.kind === "ours" ? previousSummaryDepartments(summary.sheet) : [],
  );
  const submitted = [
    ...graded.records.map((r) => r.department.name),
    ...graded.failures.flatMap((f) => (f.department === null ? [] : [f.department])),
  ];
  const unlisted = roster === null ? [] : notSubmitted(roster, submitted);
  // A department whose sheet of the year is in this workbook but was left unticked did send it: not 未提出.
  const missing =
    unlisted.length === 0
      ? unlisted
      : notSubmitted(
          { ...roster!, names: unlisted },
          findDepartmentSheets(target).flatMap((c) =>
            c.fiscalYear === fiscalYear && c.department ? [c.department] : [],
          ),
        );
  const exceptions = [
    ...missing.map((department) => ({ exception: notSubmittedException(department, roster!), link: null })),
    ...exceptionLines(graded.failures, graded.records, scales),
  ];
  const departments = graded.records.map((record) => ({
    summary: departmentSummary(record, previousFigures(lastYear.get(sameDepartmentKey(record.department.name)))),
    label: record.label,
    scaleName: record.scale.name.ja,
  }));
  const groups = groupSummaries(goals, letters);
  const city = withPreviousCity(
    citySummary(
      departments.map((d) => d.summary),
      goals.map((g) => g.summary.grade),
      letters,
      scales,
    ),
    previous,
    letters,
  );
  const changes = goalChanges(graded.records, lastYear);
  const unsigned = notSignedOff(graded.records);
  // Every year of a department the sources hold up to the summary's, side by side; only shown, never added in.
  const history = departmentHistory(
    fiscalYear === null ? all.records : all.records.filter((r) => r.department.fiscalYear <= fiscalYear),
  );

  const content = {
    now: options.now,
    letters,
    scale: scales[0] ?? DEFAULT_SCALE,
    city,
    departments,
    groups,
    goals,
    changes,
    unsigned,
    history,
    sources: graded.sources,
  };
  // Texts too long for a cell are cut, each cut listed among the exceptions (which the layout then shows).
  const cuts = longTextExceptions(longTexts(layoutSummary({ ...content, exceptions }).plan.blocks));
  const allExceptions = [...exceptions, ...cuts];
  const laidOut = layoutSummary({ ...content, exceptions: allExceptions });
  const layout = {
    ...laidOut,
    plan: {
      ...laidOut.plan,
      blocks: cutLongTexts(laidOut.plan.blocks),
      hyperlinks: cutLinkTexts(laidOut.plan.hyperlinks ?? []),
    },
  };
  const createdAt = options.now.toISOString();
  const sheet: SheetPlan = {
    ...emptySheetPlan(SUMMARY_SHEET_NAME, summary.kind === "ours" ? "update" : "create"),
    ...layout.plan,
    name: summary.kind === "ours" ? summary.sheet.name : SUMMARY_SHEET_NAME,
    mode: summary.kind === "ours" ? "update" : "create",
    // The previous run's cells, formats and links go; what this run writes starts again from A1.
    clear: summary.kind === "ours" && summary.sheet.used ? [summary.sheet.used] : [],
    // A clear leaves charts: the chart drawn last time goes, whether or not this run draws one (a user's own stay).
    removeCharts:
      summary.kind === "ours" ? (summary.sheet.charts ?? []).filter((name) => SUMMARY_CHART_NAMES.includes(name)) : [],
    properties: summaryProperties({
      at: createdAt,
      used: rangeAddress(layout.used),
      departments: departmentCount(departments.map((d) => d.summary)),
      sources: graded.sources.length,
    }),
  };
  const result: ConsolidationResult = {
    summarySheet: sheet.name,
    createdAt,
    fiscalYear,
    fiscalYears,
    letters,
    city,
    sources: graded.sources,
    departments: departments.map((d) => d.summary),
    groups,
    goals: goals.map((g) => g.summary),
    exceptions: allExceptions.map((e) => e.exception),
    changes,
    history,
    print: {
      paper: layout.plan.print?.paper ?? "A4",
      orientation: layout.plan.print?.orientation ?? "landscape",
    },
    notSignedOff: unsigned.map(({ department, section, director }) => ({ department, section, director })),
    roster: roster === null ? null : { source: roster.source, departments: roster.names.length, notSubmitted: missing },
  };
  return { ok: true, plan: { sheets: [sheet] }, result };
}

/**
 * One fiscal year per summary: departments of other years are left out of every figure and their sources
 * marked skipped, with their year, so that nothing of two years is ever added up. The year just before is
 * kept apart as `previous`, its sources marked so, to be shown beside this year's figures.
 */
function oneYear(
  graded: GradedSources,
  year: number | null,
): { readonly graded: GradedSources; readonly previous: readonly DepartmentRecord[] } {
  const previous = year === null ? [] : graded.records.filter((r) => r.department.fiscalYear === year - 1);
  const previousSources = new Set(previous.map((r) => r.source));
  const skipped = new Set(graded.records.filter((r) => r.department.fiscalYear !== year).map((r) => r.source));
  if (skipped.size === 0) return { graded, previous };
  return {
    graded: {
      ...graded,
      records: graded.records.filter((r) => !skipped.has(r.source)),
      sources: graded.sources.map((source, index) =>
        previousSources.has(index)
          ? { ...source, status: "previous" as const }
          : skipped.has(index)
            ? { ...source, status: "skipped" as const }
            : source,
      ),
    },
    previous,
  };
}

/** The city's figures of the year before, beside this year's, when that year's departments were given. */
function withPreviousCity(
  city: CitySummary,
  previous: readonly DepartmentRecord[],
  letters: readonly string[],
): CitySummary {
  if (previous.length === 0) return city;
  const departments = previous.map((record) => departmentSummary(record));
  const goals = previous.flatMap((record) => record.result.goals.map((goal) => goal.grade));
  const lastYear = citySummary(departments, goals, letters, scalesInUse(previous));
  return {
    ...city,
    previous: {
      fiscalYear: previous[0]!.department.fiscalYear,
      rate: lastYear.rate,
      rateText: lastYear.rateText,
      grade: lastYear.grade,
      indicators: lastYear.indicators,
      goals: lastYear.goals,
    },
  };
}

/** The summary sheet as it is now: absent (to create), Tassei's (to regenerate), or a reason not to. */
function summaryTarget(target: WorkbookSnapshot): Target | { readonly reason: ConsolidateFailureReason } {
  const exists = target.sheetNames.some((name) => sameSheetName(name, SUMMARY_SHEET_NAME));
  const sheet = target.sheets.find((s) => sameSheetName(s.name, SUMMARY_SHEET_NAME));
  if (!exists && !sheet) return target.structureProtected ? { reason: "structure_protected" } : { kind: "absent" };
  if (!sheet) return { reason: "summary_not_read" };
  if (!isSummarySheet(sheet)) return { reason: "summary_not_ours" };
  if (sheet.protected) return { reason: "summary_protected" };
  return { kind: "ours", sheet };
}

function failure(reason: ConsolidateFailureReason): ConsolidationRun {
  return { ok: false, reason, message: bilingual(`consolidate.fail.${reason}`, { sheet: SUMMARY_SHEET_NAME }) };
}
