/**
 * `tassei grade <in.xlsx> [-o out.xlsx] [--json] [--lower-is-better ratio|progress]`: the Grade job on a
 * file. Every department sheet is graded by the same job as in Excel (core/jobs/grade-all.ts);
 * with -o the plan is applied by the .xlsx adapter to a new file. The input file is never written, and
 * an existing output file is never overwritten.
 * Exit codes: 0 graded without problems, 1 problems found (or a sheet could not be graded), 2 wrong
 * command line or unreadable file.
 */
import { readBatchArgs } from "./batch-args";
import fs from "node:fs";
import { readInputFile } from "./read-file";
import { writeFailureReason, writeFileWhole } from "./write-file";
import { withWorkbookWritten, writePdf } from "./pdf-file";
import path from "node:path";
import { type GradeResult, LOG_SHEET_NAME, type SheetOutcome, interimBasisText } from "../core/grade";
import { gradeDepartmentSheets } from "../core/jobs/grade-all";
import { type WorkbookPort, type WorkbookReader, snapshotReader, withoutWriting } from "../core/jobs/port";
import { type Bilingual, type Language, bilingual, message } from "../core/messages";
import { XlsxPortError, xlsxFilePort } from "../xlsx/port";
import { isCsvFileName } from "./input-files";
import { csvSource } from "./read-sources";
import { type CliIo, writeText } from "./io";
import { outputNameError, usageError } from "./usage";
import { bothLanguages, localised } from "./localised";

interface GradeArgs {
  readonly input: string;
  readonly output: string | null;
  readonly json: boolean;
  readonly lowerIsBetter: "ratio" | "progress";
  readonly pdf?: string;
}

export async function gradeCommand(
  args: readonly string[],
  io: CliIo,
  now: () => Date = () => new Date(),
): Promise<number> {
  const parsed = readArgs(args);
  if ("error" in parsed) {
    await writeText(io.stderr, usageError(parsed.error.ja, parsed.error.en));
    return 2;
  }
  const { input, output } = parsed;
  if (output !== null) {
    if (path.resolve(output) === path.resolve(input)) return fail(io, "grade.cli.sameFile", { file: input });
    if (fs.existsSync(output)) return fail(io, "grade.cli.outputExists", { file: output });
  }

  const file = readInputFile(input);
  if (!file.ok) {
    await writeText(io.stderr, `${file.reason.ja}\n${file.reason.en}\n`);
    return 2;
  }
  const csv = isCsvFileName(input);
  if (csv && output !== null) return fail(io, "cli.csv.noOutput", {});
  if (csv && parsed.pdf !== undefined) return fail(io, "cli.csv.noPdf", {});
  const csvRead = csv ? csvReader(input, file.bytes) : null;
  if (csvRead !== null && "failure" in csvRead) return unreadable(io, input, csvRead.failure);
  const xlsx = csvRead === null ? xlsxFilePort(file.bytes) : null;
  // The graded workbook is made only when it is written with -o or printed with --pdf (also without -o).
  const writes = output !== null || parsed.pdf !== undefined;
  const port: WorkbookPort = xlsx === null ? withoutWriting(csvRead!) : writes ? xlsx : withoutWriting(xlsx);
  let graded;
  try {
    graded = await gradeDepartmentSheets(port, { now: now(), lowerIsBetter: parsed.lowerIsBetter });
  } catch (error) {
    if (!(error instanceof XlsxPortError)) throw error;
    if (error.kind === "unreadable") return unreadable(io, input, error.reason);
    return failWriting(io, output ?? parsed.pdf ?? "", error.reason);
  }
  if (graded.status === "no_sheet") {
    await writeText(
      io.stderr,
      bothLanguages((lang) => message("grade.cli.noSheet", lang, { file: input })),
    );
    return 1;
  }
  const batch = graded;
  const bytes = xlsx !== null && writes ? await xlsx.bytes() : null;
  if (output !== null && bytes !== null) {
    const written = writeGraded(bytes, output);
    if (written !== null) return failWriting(io, output, written);
  }
  if (parsed.pdf !== undefined && bytes !== null) {
    const pdf = await writePdf(bytes, parsed.pdf);
    if (pdf !== null) {
      const said = output === null ? pdf : withWorkbookWritten(pdf, output);
      await writeText(io.stderr, `${said.ja}\n${said.en}\n`);
      return 2;
    }
    await writeText(
      io.stderr,
      bothLanguages((lang) => message("cli.pdf.written", lang, { file: parsed.pdf ?? "" })),
    );
  }
  if (parsed.json) {
    await writeText(io.stdout, JSON.stringify({ file: input, output, sheets: batch.sheets.map(jsonOutcome) }));
  } else {
    await writeText(
      io.stdout,
      bothLanguages((lang) => summary(batch.sheets, output, lang)),
    );
  }
  const troubled = batch.sheets.some(({ outcome }) => !outcome.ok || outcome.result.problems.length > 0);
  return troubled ? 1 : 0;
}

/** A CSV export read as a one-sheet workbook, or why it cannot be. */
function csvReader(input: string, bytes: Uint8Array): WorkbookReader | { readonly failure: Bilingual } {
  const source = csvSource(input, bytes);
  if (source.kind === "file") return snapshotReader(source.snapshot);
  return { failure: source.kind === "unreadable" ? source.reason : bilingual("cli.csv.binary") };
}

async function unreadable(io: CliIo, input: string, reason: Bilingual): Promise<number> {
  await writeText(
    io.stderr,
    `${message("grade.cli.unreadable", "ja", { file: input, reason: reason.ja })}\n` +
      `${message("grade.cli.unreadable", "en", { file: input, reason: reason.en })}\n`,
  );
  return 2;
}

function readArgs(args: readonly string[]): GradeArgs | { readonly error: { ja: string; en: string } } {
  const read = readBatchArgs(args);
  if ("error" in read) return read;
  if (read.positionals.length !== 1) {
    return { error: { ja: message("grade.cli.missingInput", "ja"), en: message("grade.cli.missingInput", "en") } };
  }
  // --year chooses a summary's year (grading takes each sheet's own); --roster is the summary's too.
  const summaryOnly = read.fiscalYear !== undefined ? "--year" : read.roster !== undefined ? "--roster" : null;
  if (summaryOnly !== null) return { error: bilingual("grading.cli.unknownOption", { option: summaryOnly }) };
  const badName = read.output === undefined ? null : outputNameError(read.output);
  if (badName) return { error: badName };
  return {
    input: read.positionals[0]!,
    output: read.output ?? null,
    json: read.json,
    lowerIsBetter: read.lowerIsBetter,
    ...(read.pdf === undefined ? {} : { pdf: read.pdf }),
  };
}

async function failWriting(io: CliIo, file: string, reason: Bilingual): Promise<number> {
  const failed = localised("grade.cli.cannotWrite", { file }, "reason", reason);
  await writeText(
    io.stderr,
    bothLanguages((lang) => failed[lang]),
  );
  return 2;
}

/** Writes the graded copy; the reason in both languages, or null when written. */
function writeGraded(bytes: Uint8Array, output: string): Bilingual | null {
  try {
    // Whole or not at all, and never over a file that appeared meanwhile.
    writeFileWhole(output, bytes);
    return null;
  } catch (error) {
    return writeFailureReason(error);
  }
}

/**
 * One sheet's outcome for --json. Rows are numbered as Excel shows them (1 is the first row), like the
 * cell names beside them: the engine's zero-based rows are for code, not for people reading JSON.
 */
function jsonOutcome({ sheet, outcome }: { sheet: string; outcome: SheetOutcome }) {
  if (!outcome.ok) return { sheet, ok: false, reason: outcome.reason, message: outcome.message };
  const tables = outcome.result.tables.map((table) => ({
    ...table,
    indicators: table.indicators.map((indicator) => ({ ...indicator, row: indicator.row + 1 })),
  }));
  return { ok: true, ...outcome.result, tables };
}

function summary(
  sheets: readonly { sheet: string; outcome: SheetOutcome }[],
  output: string | null,
  lang: Language,
): string {
  const lines: string[] = [];
  for (const { sheet, outcome } of sheets) {
    if (!outcome.ok) {
      lines.push(message("grade.cli.failed", lang, { sheet, reason: outcome.message[lang] }));
      continue;
    }
    const r = outcome.result;
    lines.push(
      message("grade.cli.sheet", lang, {
        sheet,
        grade: r.department.grade ?? message("grade.cli.none", lang),
        counts: countsText(r, lang),
        problems: r.problems.length,
        waiting: r.waiting.length,
      }),
    );
    if (r.interim) {
      const grade = r.interim.department.grade ?? r.interim.department.message[lang];
      const rate = r.interim.department.rateText ? ` ${r.interim.department.rateText}` : "";
      lines.push(
        `  ${message("grade.cli.interim", lang, { grade: grade + rate, basis: interimBasisText(r.interim, lang) })}`,
      );
    }
    for (const problem of r.problems) lines.push(`  ${message("grade.cli.toFix", lang)} ${problem.message[lang]}`);
    for (const waiting of r.waiting)
      lines.push(`  ${message("grade.cli.waiting", lang)} ${waiting.cell} ${waiting.message[lang]}`);
    if (r.conversions.length > 0 && output !== null) {
      lines.push(`  ${message("grade.cli.converted", lang, { count: r.conversions.length, log: LOG_SHEET_NAME })}`);
    }
  }
  if (output !== null) lines.push(message("grade.cli.written", lang, { file: output }));
  return lines.join("\n");
}

function countsText(result: GradeResult, lang: Language): string {
  return Object.entries(result.counts)
    .map(([grade, n]) => `${grade === "ungraded" ? message("grade.cli.ungraded", lang) : grade} ${n}`)
    .join(lang === "ja" ? "・" : ", ");
}

async function fail(
  io: CliIo,
  key: "grade.cli.sameFile" | "grade.cli.outputExists" | "grade.cli.unreadable" | "cli.csv.noOutput" | "cli.csv.noPdf",
  params: Record<string, string>,
): Promise<number> {
  await writeText(
    io.stderr,
    bothLanguages((lang) => message(key, lang, params)),
  );
  return 2;
}
