/**
 * `tassei rollover <in.xlsx> -o <out.xlsx> [--year <年度>]`: next year's sheet of every department sheet of
 * the input (planRollovers), written into a new workbook. The input is only read; an existing output file
 * is never overwritten.
 * Exit codes: 0 written, 1 a sheet could not be rolled over (the others are written), 2 wrong command line,
 * unreadable input, or nothing to write.
 */
import fs from "node:fs";
import path from "node:path";
import { isDepartmentSheet } from "../core/consolidate";
import { bilingual, message } from "../core/messages";
import { planRollovers } from "../core/rollover/plan-rollover";
import { applyPlanToXlsx, newXlsxWorkbook, readSnapshotFromXlsx, saveXlsx } from "../xlsx";
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
  const snapshot = await readSnapshotFromXlsx(file.bytes, { sheets: "all" });
  if (!snapshot.ok) {
    const failed = localised("grade.cli.unreadable", { file: input }, "reason", snapshot.failure.message);
    await writeText(io.stderr, `${failed.ja}\n${failed.en}\n`);
    return 2;
  }

  const { plans, made, failed } = planRollovers(snapshot.snapshot.sheets.filter(isDepartmentSheet), {
    existingSheets: [],
    existingTables: [],
    fileName: path.basename(input),
    ...(read.fiscalYear === undefined ? {} : { fiscalYear: read.fiscalYear }),
  });
  const lines = [
    ...failed.map((f) => localised("cli.rollover.failed", { sheet: f.sheet }, "reason", f.message)),
    ...made.map((m) => bilingual("cli.rollover.made", m)),
  ];
  if (plans.length === 0) {
    lines.push(bilingual("cli.rollover.nothing", { file: input }));
    await writeText(
      io.stderr,
      bothLanguages((lang) => lines.map((l) => l[lang]).join("\n")),
    );
    return 2;
  }

  const workbook = newXlsxWorkbook();
  const applied = applyPlanToXlsx(workbook, { sheets: [...plans] });
  if (!applied.ok) throw new Error(`${applied.error.code}: ${applied.error.message.en}`);
  try {
    writeFileWhole(output, await saveXlsx(workbook));
  } catch (error) {
    const failed = localised("cli.new.cannotWrite", { file: output }, "reason", writeFailureReason(error));
    await writeText(io.stderr, `${failed.ja}\n${failed.en}\n`);
    return 2;
  }
  lines.push(bilingual("cli.new.written", { file: output, sheet: plans.map((p) => p.name).join("、") }));
  await writeText(
    io.stdout,
    bothLanguages((lang) => lines.map((l) => l[lang]).join("\n")),
  );
  return failed.length > 0 ? 1 : 0;
}
