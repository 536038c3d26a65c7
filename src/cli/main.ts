/**
 * The `tassei` command line (bin/tassei.js loads the compiled form of this file).
 *   tassei parse "<text>"   one cell → one JSON object
 *   tassei eval             JSON Lines of indicators on stdin → JSON Lines of grades on stdout
 *   tassei new <out.xlsx> …  a department sheet written to a new .xlsx file
 *   tassei rollover <in.xlsx> -o <out.xlsx> [--year <年度>]  next year's sheets in a new .xlsx file
 *   tassei grade <in.xlsx> [-o out.xlsx] [--json]  every department sheet of a file graded
 *   tassei consolidate <files or folders…> -o city.xlsx [--json]  department files into one summary
 * Exit codes: 0 done, 1 stdin unreadable (grade: problems found), 2 wrong command line or unreadable
 * file (message on stderr, ja and en).
 */
import fs from "node:fs";
import path from "node:path";
import { message } from "../core/messages";
import { consolidateCommand } from "./consolidate-command";
import { evalCommand } from "./eval-command";
import { gradeCommand } from "./grade-command";
import { newCommand } from "./new-command";
import { rolloverCommand } from "./rollover-command";
import { type CliIo, writeText } from "./io";
import { parseCommand } from "./parse-command";
import { usageError, usageText } from "./usage";

export type { CliIo } from "./io";

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case "parse":
      return parseCommand(rest, io);
    case "eval":
      return evalCommand(rest, io);
    case "new":
      return newCommand(rest, io);
    case "rollover":
      return rolloverCommand(rest, io);
    case "grade":
      return gradeCommand(rest, io);
    case "consolidate":
      return consolidateCommand(rest, io);
    case "--version":
    case "-v":
      await writeText(io.stdout, `tassei ${packageVersion()}`);
      return 0;
    case "--help":
    case "-h":
    case "help":
      await writeText(io.stdout, usageText());
      return 0;
    case undefined:
      await writeText(
        io.stderr,
        usageError(message("grading.cli.noCommand", "ja"), message("grading.cli.noCommand", "en")),
      );
      return 2;
    default:
      await writeText(
        io.stderr,
        usageError(
          message("grading.cli.unknownCommand", "ja", { command }),
          message("grading.cli.unknownCommand", "en", { command }),
        ),
      );
      return 2;
  }
}

/** The version in package.json, found upwards from this file (src/cli in tests, dist/cli/cli when built). */
function packageVersion(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const file = path.join(dir, "package.json");
    if (fs.existsSync(file)) {
      const json = JSON.parse(fs.readFileSync(file, "utf8")) as { name?: string; version?: string };
      if (json.name === "tassei") return json.version ?? "";
    }
    if (path.dirname(dir) === dir) return "";
  }
}

/** Runs the command line on this process's arguments and streams (bin/tassei.js calls this). */
export function runFromProcess(): void {
  // A reader that stops early (`| head`) is not an error of ours.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
  main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}

if (require.main === module) runFromProcess();
