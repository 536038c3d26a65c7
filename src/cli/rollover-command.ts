/**
 * `tassei rollover <in.xlsx> -o <out.xlsx> [--year <年度>]`: next year's sheet of every department sheet of
 * the input, written into a new workbook: the pane's 次年度作成 job (core/jobs/rollover.ts) between two ports. The input is only read; an existing output file
 * is never overwritten.
 * Exit codes: 0 written, 1 a sheet could not be rolled over (the others are written), 2 wrong command line,
 * unreadable input, or nothing to write.
 */
import fs from "node:fs";
import path from "node:path";
import { bilingual, message } from "../core/messages";
import { rolloverSheets } from "../core/jobs/rollover";
import { XlsxPortError, newXlsxPort, xlsxFilePort } from "../xlsx/port";
import { readBatchArgs } from "./batch-args";
import { type CliIo, writeText } from "./io";
import { bothLanguages, localised } from "./localised";
import { readInputFile } from "./read-file";
import { outputNameError, usageError } from "./usage";
import { writeFailureReason, writeFileWhole } from "./write-file";

export async function rolloverCommand(args: readonly string[], io: CliIo): Promise<number> {
  const read = readBatchArgs(args);
  if ("error" in read) {
    await writeText(io.stderr, usageError(read.error.ja, read.error.en));
    return 2;
  }
  const [input] = read.positionals;
  const output = read.output;
  if (read.positionals.length !== 1 || input === undefined || output === undefined) {
    const missing = bilingual("cli.rollover.usage");
    await writeText(io.stderr, usageError(missing.ja, missing.en));
    return 2;
  }
  const badName = outputNameError(output);
  if (badName) {
    await writeText(io.stderr, usageError(badName.ja, badName.en));
    return 2;
  }
  if (path.resolve(output) === path.resolve(input) || fs.existsSync(output)) {
    await writeText(
      io.stderr,
      bothLanguages((lang) => message("cli.new.exists", lang, { file: output })),
    );
    return 2;
  }
  const file = readInputFile(input);
  if (!file.ok) {
    await writeText(io.stderr, `${file.reason.ja}\n${file.reason.en}\n`);
    return 2;
  }
  // Into a new workbook, from every department sheet of the input, which is only read.
  const target = newXlsxPort();
  let rolled;
  try {
    rolled = await rolloverSheets(xlsxFilePort(file.bytes), target, {
      scope: "all",
      fileName: path.basename(input),
      ...(read.fiscalYear === undefined ? {} : { fiscalYear: read.fiscalYear }),
    });
  } catch (error) {
    if (!(error instanceof XlsxPortError)) throw error;
    const key = error.kind === "unreadable" ? "grade.cli.unreadable" : "cli.new.cannotWrite";
    const failed = localised(key, { file: error.kind === "unreadable" ? input : output }, "reason", error.reason);
    await writeText(io.stderr, `${failed.ja}\n${failed.en}\n`);
    return 2;
  }
  const { made, failed } = rolled;
  const lines = [
    ...failed.map((f) => localised("cli.rollover.failed", { sheet: f.sheet }, "reason", f.message)),
    ...made.map((m) => bilingual("cli.rollover.made", m)),
    ...rolled.notices,
  ];
  if (made.length === 0) {
    lines.push(bilingual("cli.rollover.nothing", { file: input }));
    await writeText(
      io.stderr,
      bothLanguages((lang) => lines.map((l) => l[lang]).join("\n")),
    );
    return 2;
  }
  try {
    writeFileWhole(output, await target.bytes());
  } catch (error) {
    const failed = localised("cli.new.cannotWrite", { file: output }, "reason", writeFailureReason(error));
    await writeText(io.stderr, `${failed.ja}\n${failed.en}\n`);
    return 2;
  }
  lines.push(bilingual("cli.new.written", { file: output, sheet: made.map((m) => m.sheet).join("、") }));
  await writeText(
    io.stdout,
    bothLanguages((lang) => lines.map((l) => l[lang]).join("\n")),
  );
  return failed.length > 0 ? 1 : 0;
}
