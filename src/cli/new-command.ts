/**
 * `tassei new <out.xlsx> --department <名> --year <年度> [...]`: the Insert job (core/jobs/insert.ts) on
 * a new workbook of the .xlsx adapter, as the pane runs it on the open one. It writes a new file only: an
 * existing file is never overwritten.
 */
import fs from "node:fs";
import { writeFailureReason, writeFileWhole } from "./write-file";
import { localised } from "./localised";
import { parseArgs } from "node:util";
import { insertSheet } from "../core/jobs/insert";
import { validateInsertRequest, type LayoutChoice } from "../core/insert/request";
import { message } from "../core/messages";
import { newXlsxPort } from "../xlsx/port";
import { type CliIo, writeText } from "./io";
import { argsError, outputNameError, usageError } from "./usage";

/** A new file: no sheet, no table, nothing protected. */
const LAYOUT_KEYS: readonly (keyof LayoutChoice)[] = ["header", "goals", "kpi", "kgi"];

export async function newCommand(args: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        department: { type: "string" },
        year: { type: "string" },
        head: { type: "string" },
        policy: { type: "string" },
        layout: { type: "string" },
        goals: { type: "string" },
        scale: { type: "string" },
        interim: { type: "string" },
        sheet: { type: "string" },
      },
    });
  } catch (error) {
    const { ja, en } = argsError(error);
    await writeText(io.stderr, usageError(ja, en));
    return 2;
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    await writeText(
      io.stderr,
      usageError(message("cli.new.missingOutput", "ja"), message("cli.new.missingOutput", "en")),
    );
    return 2;
  }
  const file = positionals[0]!;
  const badName = outputNameError(file);
  if (badName) {
    await writeText(io.stderr, usageError(badName.ja, badName.en));
    return 2;
  }
  const layouts = parseLayouts(values.layout);
  if (!layouts) {
    const params = { value: values.layout ?? "" };
    await writeText(
      io.stderr,
      usageError(message("cli.new.layout", "ja", params), message("cli.new.layout", "en", params)),
    );
    return 2;
  }
  const validated = validateInsertRequest({
    department: values.department ?? "",
    head: values.head ?? "",
    policy: values.policy ?? "",
    fiscalYear: values.year ?? "",
    layouts,
    goalCount: values.goals === undefined ? 3 : Number(values.goals),
    scale: values.scale ?? "default",
    interim: values.interim ?? "",
    sheetName: values.sheet ?? "",
  });
  if (!validated.ok) {
    await writeText(io.stderr, validated.problems.map((p) => `${p.ja}\n${p.en}`).join("\n") + "\n");
    return 2;
  }
  if (fs.existsSync(file)) {
    await writeText(
      io.stderr,
      `${message("cli.new.exists", "ja", { file })}\n${message("cli.new.exists", "en", { file })}\n`,
    );
    // As grade -o and rollover: an output that is already there is a wrong command line.
    return 2;
  }

  const port = newXlsxPort();
  const planned = await insertSheet(port, validated.value);
  if (planned.status === "invalid") {
    await writeText(io.stderr, planned.problems.map((p) => `${p.ja}\n${p.en}`).join("\n") + "\n");
    return 1;
  }
  try {
    // Whole or not at all, and never over a file that appeared meanwhile.
    writeFileWhole(file, await port.bytes());
  } catch (error) {
    const failed = localised("cli.new.cannotWrite", { file }, "reason", writeFailureReason(error));
    await writeText(io.stderr, `${failed.ja}\n${failed.en}\n`);
    return 1;
  }
  const params = { file, sheet: planned.sheet };
  await writeText(
    io.stdout,
    `${message("cli.new.written", "ja", params)}\n${message("cli.new.written", "en", params)}\n`,
  );
  return 0;
}

function parseLayouts(text: string | undefined): LayoutChoice | undefined {
  if (text === undefined) return { header: true, goals: true, kpi: true, kgi: false };
  const keys = text
    .split(",")
    .map((k) => k.trim())
    .filter(Boolean);
  if (keys.length === 0 || keys.some((k) => !(LAYOUT_KEYS as readonly string[]).includes(k))) return undefined;
  return {
    header: keys.includes("header"),
    goals: keys.includes("goals"),
    kpi: keys.includes("kpi"),
    kgi: keys.includes("kgi"),
  };
}
