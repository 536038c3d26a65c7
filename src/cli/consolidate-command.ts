/**
 * `tassei consolidate <files or folders…> -o city.xlsx [--json] [--lower-is-better ratio|progress]`: the
 * Consolidate job on files, for finance staff batching dozens of department workbooks. Each file is read
 * by the .xlsx adapter (one progress line on stderr per file); one that cannot be read becomes an
 * exception row and the batch goes on. The pane's Consolidate job (core/jobs/consolidate.ts) plans the
 * summary sheet into the output file (summary-file.ts: a new workbook, or the summary regenerated in an existing one, whose own
 * department sheets are then sources too, as the pane consolidates the open workbook's). Sources are
 * never written.
 * Exit codes: 0 every source consolidated, 1 some source could not be, 2 wrong command line, missing
 * path or unreadable folder, or an output file that cannot be written.
 */
import { readBatchArgs } from "./batch-args";
import { departmentCount } from "../core/consolidate";
import { consolidate } from "../core/jobs/consolidate";
import type { ConsolidationResult, ConsolidationSource, DepartmentSummary, ExceptionKind } from "../core/consolidate";
import { formatEraFiscalYear } from "../core/era";
import { type Bilingual, type Language, bilingual, message } from "../core/messages";
import { expandInputs, type InputProblem } from "./input-files";
import { type CliIo, writeText } from "./io";
import { bothLanguages, localised } from "./localised";
import { forEachSource } from "./read-sources";
import { readRosterFile } from "./roster-file";
import { withWorkbookWritten, writePdf } from "./pdf-file";
import { departmentSheetNames } from "../core/consolidate/find-sheets";
import { type SummaryTarget, openSummaryTarget, targetFailure, targetUnreadable, writeSummary } from "./summary-file";
import { XlsxPortError } from "../xlsx/port";
import { outputNameError, usageError } from "./usage";

interface ConsolidateArgs {
  readonly inputs: readonly string[];
  readonly output: string;
  readonly json: boolean;
  readonly lowerIsBetter: "ratio" | "progress";
  readonly fiscalYear?: number;
  readonly roster?: string;
  readonly pdf?: string;
}

export async function consolidateCommand(
  args: readonly string[],
  io: CliIo,
  now: () => Date = () => new Date(),
): Promise<number> {
  const parsed = readArgs(args);
  if ("error" in parsed) {
    await writeText(io.stderr, usageError(parsed.error.ja, parsed.error.en));
    return 2;
  }
  const expanded = expandInputs(parsed.inputs, parsed.output);
  if (!expanded.ok) {
    const problem = inputProblem(expanded.problem);
    await writeText(io.stderr, usageError(problem.ja, problem.en));
    return 2;
  }
  const { files } = expanded;
  const opened = await openSummaryTarget(parsed.output, files);
  if (!opened.ok) return fail(io, opened.problem);

  // The roster is read before any source: a wrong --roster is a wrong command line, found at once.
  const roster = parsed.roster === undefined ? undefined : await readRosterFile(parsed.roster);
  if (roster !== undefined && !roster.ok) return fail(io, roster.reason);
  const options = {
    now: now(),
    lowerIsBetter: parsed.lowerIsBetter,
    ...(parsed.fiscalYear === undefined ? {} : { fiscalYear: parsed.fiscalYear }),
    ...(roster === undefined ? {} : { roster: roster.names }),
  };
  // Each file is graded as soon as it is read and its cells let go: 500 files never sit in memory at once.
  // As in the pane, the workbook the summary is regenerated in gives its own department sheets too.
  const { target } = opened;
  let run;
  try {
    run = await consolidate(
      target.port,
      {
        thisWorkbook: target.kind === "existing" ? {} : null,
        eachSource: (add) =>
          forEachSource(files, async (source, index) => {
            add(source);
            await writeText(io.stderr, progressLine(source, index, files.length));
          }),
      },
      options,
    );
  } catch (error) {
    if (!(error instanceof XlsxPortError)) throw error;
    // The summary file opened but could not be read in full, or the summary could not be written into it.
    if (error.kind === "unreadable") return fail(io, targetUnreadable(target, error.reason));
    return fail(io, targetFailure(target, error.reason));
  }
  if (run.status === "refused") {
    await writeText(io.stderr, `${run.message.ja}\n${run.message.en}\n`);
    return run.reason === "no_sources" ? 1 : 2;
  }
  const written = await writeSummary(target);
  if (!written.ok) return fail(io, written.reason);
  if (parsed.pdf !== undefined) {
    const pdf = await writePdf(written.bytes, parsed.pdf);
    if (pdf !== null) return fail(io, withWorkbookWritten(pdf, parsed.output));
    await writeText(
      io.stderr,
      bothLanguages((lang) => message("cli.pdf.written", lang, { file: parsed.pdf ?? "" })),
    );
  }

  const { result } = run;
  if (parsed.json) {
    await writeText(io.stdout, JSON.stringify({ output: parsed.output, mode: opened.target.kind, ...result }));
  } else {
    await writeText(
      io.stdout,
      bothLanguages((lang) => report(result, opened.target, lang)),
    );
  }
  // A source left out, or a text cut to fit a cell: the summary is not all there is.
  const incomplete =
    result.sources.some((s) => s.status === "failed") ||
    result.exceptions.some((e) => e.kind === "text_cut" || e.kind === "not_submitted");
  return incomplete ? 1 : 0;
}

function readArgs(args: readonly string[]): ConsolidateArgs | { readonly error: Bilingual } {
  const read = readBatchArgs(args);
  if ("error" in read) return read;
  if (read.positionals.length === 0) return { error: bilingual("cli.consolidate.noInputs") };
  if (read.output === undefined || read.output === "") return { error: bilingual("cli.consolidate.noOutput") };
  const badName = outputNameError(read.output);
  if (badName) return { error: badName };
  return {
    inputs: read.positionals,
    output: read.output,
    json: read.json,
    lowerIsBetter: read.lowerIsBetter,
    ...(read.fiscalYear === undefined ? {} : { fiscalYear: read.fiscalYear }),
    ...(read.roster === undefined ? {} : { roster: read.roster }),
    ...(read.pdf === undefined ? {} : { pdf: read.pdf }),
  };
}

function inputProblem(problem: InputProblem): Bilingual {
  switch (problem.kind) {
    case "not-found":
      return bilingual("cli.consolidate.notFound", { path: problem.path });
    case "folder-unreadable":
      return bilingual("cli.consolidate.folderUnreadable", { path: problem.path, reason: problem.reason });
    case "no-files":
      return bilingual("cli.consolidate.noFiles", { paths: problem.paths.join(", ") });
  }
}

/** `[3/50] depts/総務部.xlsx: 読み込みました / read` — one line per file, both languages. */
function progressLine(source: ConsolidationSource, index: number, total: number): string {
  // A file that opens but holds no department sheet is not "read": it will be an exception row.
  const status =
    source.kind === "unreadable"
      ? localised("cli.consolidate.progressUnreadable", {}, "reason", source.reason)
      : source.kind === "file" && departmentSheetNames(source.snapshot).length === 0
        ? bilingual("cli.consolidate.progressNoDepartment")
        : bilingual("cli.consolidate.progressRead");
  const file = source.kind === "this-workbook" ? "" : source.fileName;
  return `[${index + 1}/${total}] ${file}: ${status.ja} / ${status.en}`;
}

/** The human summary in one language: what was written, each department, the failures, exceptions by kind. */
function report(result: ConsolidationResult, target: SummaryTarget, lang: Language): string {
  const failed = result.sources.filter((s) => s.status === "failed").length;
  const skipped = result.sources.filter((s) => s.status === "skipped");
  const year = result.fiscalYear === null ? "" : formatEraFiscalYear(result.fiscalYear, lang);
  const lines = [
    message(target.kind === "new" ? "cli.consolidate.written" : "cli.consolidate.regenerated", lang, {
      file: target.file,
      sheet: result.summarySheet,
      departments: departmentCount(result.departments),
      sources: result.sources.length,
      failed,
      exceptions: result.exceptions.length,
    }),
  ];
  // One fiscal year per summary: which, and the sources of other years left out.
  if (year !== "") lines.push(message("cli.consolidate.year", lang, { year, skipped: skipped.length }));
  for (const source of result.sources) {
    if (source.status !== "skipped" && source.status !== "previous") continue;
    const name = source.file === null ? (source.sheet ?? "") : `${source.file} / ${source.sheet ?? ""}`;
    const of = source.fiscalYear === null ? "" : formatEraFiscalYear(source.fiscalYear, lang);
    const key = source.status === "previous" ? "cli.consolidate.previousSource" : "cli.consolidate.skippedSource";
    lines.push(message(key, lang, { source: name, year: of }));
  }
  if (result.city.grade !== null) {
    lines.push(
      message("cli.consolidate.city", lang, {
        grade: result.city.grade,
        rate: result.city.rateText ?? "",
        departments: result.city.departmentsCounted,
      }),
    );
  }
  if (result.roster !== null) {
    const missing = result.roster.notSubmitted;
    lines.push(
      message(missing.length === 0 ? "cli.consolidate.rosterComplete" : "cli.consolidate.notSubmitted", lang, {
        roster: result.roster.departments,
        count: missing.length,
        departments: missing.join(lang === "ja" ? "、" : ", "),
      }),
    );
  }
  if (result.notSignedOff.length > 0) {
    lines.push(
      message("cli.consolidate.notSignedOff", lang, {
        count: result.notSignedOff.length,
        departments: result.notSignedOff.map((d) => d.department).join(lang === "ja" ? "、" : ", "),
      }),
    );
  }
  const lastYear = result.city.previous;
  if (lastYear !== undefined && lastYear.grade !== null) {
    lines.push(
      message("cli.consolidate.previousCity", lang, {
        year: formatEraFiscalYear(lastYear.fiscalYear, lang),
        grade: lastYear.grade,
        rate: lastYear.rateText ?? "",
      }),
    );
  }
  for (const department of result.departments) lines.push(departmentLine(department, lang));
  for (const exception of result.exceptions) {
    if (exception.kind !== "unreadable_source") continue;
    lines.push(
      message("cli.consolidate.failedSource", lang, { source: exception.source, reason: exception.message[lang] }),
    );
  }
  const byKind = new Map<ExceptionKind, number>();
  for (const exception of result.exceptions) byKind.set(exception.kind, (byKind.get(exception.kind) ?? 0) + 1);
  if (byKind.size > 0) {
    lines.push(message("cli.consolidate.exceptionsHeading", lang));
    for (const [kind, count] of byKind) {
      const name = message(`consolidate.kind.${kind}`, lang);
      lines.push(message("cli.consolidate.exceptionCount", lang, { kind: name, count }));
    }
  }
  return lines.join("\n");
}

function departmentLine(department: DepartmentSummary, lang: Language): string {
  const counts = Object.entries(department.counts)
    .filter(([, n]) => n > 0)
    .map(([grade, n]) => `${grade === "ungraded" ? message("cli.consolidate.ungraded", lang) : grade} ${n}`)
    .join(lang === "ja" ? "・" : ", ");
  return message("cli.consolidate.department", lang, {
    department: department.department,
    year: formatEraFiscalYear(department.fiscalYear, lang),
    grade: department.grade ?? message("cli.consolidate.none", lang),
    counts: counts === "" ? message("cli.consolidate.none", lang) : counts,
  });
}

async function fail(io: CliIo, problem: Bilingual): Promise<number> {
  await writeText(io.stderr, `${problem.ja}\n${problem.en}\n`);
  return 2;
}
