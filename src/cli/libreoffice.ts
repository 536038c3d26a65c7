/**
 * LibreOffice Calc, headless, as the command line's way to a PDF (`--pdf`): Office.js cannot write one, and a
 * city publishes its results as PDF. Each run starts one soffice with a private profile — so a user's own
 * LibreOffice settings and a running LibreOffice do not interfere — that recalculates every formula on load
 * (OOXMLRecalcMode 0: the PDF shows what the formulas give, not only what the file cached). Tests use the
 * same runner to check files in an independent spreadsheet program.
 */
import { execFile, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

export const LIBREOFFICE_INSTALL_HINT = "apt-get install -y --no-install-recommends libreoffice-calc";

/** Where to look: TASSEI_SOFFICE when set, then the names LibreOffice installs on Linux, macOS and Windows. */
function candidates(): string[] {
  const set = process.env.TASSEI_SOFFICE;
  return [
    ...(set ? [set] : []),
    "soffice",
    "libreoffice",
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    "C:\\Program Files\\LibreOffice\\program\\soffice.exe",
  ];
}

/** What was found, per search path: asking costs a second, and the answer changes only with the path. */
const found = new Map<string, string | null>();

/** The LibreOffice program, or null when none answers `--version` as LibreOffice. */
export function findLibreOffice(): string | null {
  const key = `${process.env.PATH ?? ""}\n${process.env.TASSEI_SOFFICE ?? ""}`;
  const known = found.get(key);
  if (known !== undefined) return known;
  const program =
    candidates().find((name) => {
      // The environment as this process sees it now (a test may narrow PATH), passed on explicitly.
      const probe = spawnSync(name, ["--version"], { encoding: "utf8", timeout: 60_000, env: process.env });
      return probe.status === 0 && /LibreOffice/iu.test(probe.stdout);
    }) ?? null;
  found.set(key, program);
  return program;
}

/**
 * OOXMLRecalcMode 0 means "always recalculate on load", 1 "never" (each formula then shows the file's cached
 * result, as a reader that trusts the file does).
 */
function registry(recalculate: boolean): string {
  const mode = recalculate ? 0 : 1;
  return `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>${mode}</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>${mode}</value></prop></item>
</oor:items>
`;
}

/** What to convert to: a PDF of every visible sheet as it prints, or the workbook saved again. */
export type LibreOfficeTarget = "pdf" | "xlsx";

const FILTERS: Readonly<Record<LibreOfficeTarget, string>> = {
  // EmbedStandardFonts: every font in the file, so the PDF reads the same on any machine.
  pdf: 'pdf:calc_pdf_Export:{"EmbedStandardFonts":{"type":"boolean","value":"true"}}',
  xlsx: "xlsx:Calc MS Excel 2007 XML",
};

export interface LibreOfficeOptions {
  /** Recalculate every formula on load (default), or keep the file's cached results. */
  readonly recalculate?: boolean;
  readonly timeoutMs?: number;
}

export class LibreOfficeMissing extends Error {
  constructor() {
    super(`LibreOffice is not installed: ${LIBREOFFICE_INSTALL_HINT}`);
  }
}

/** Opens the workbook in headless LibreOffice Calc and returns what it converts it to. */
export async function convertWithLibreOffice(
  xlsx: Uint8Array,
  target: LibreOfficeTarget,
  { recalculate = true, timeoutMs = 180_000 }: LibreOfficeOptions = {},
): Promise<Uint8Array> {
  const program = findLibreOffice();
  if (program === null) throw new LibreOfficeMissing();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "tassei-lo-"));
  try {
    const profile = path.join(work, "profile");
    fs.mkdirSync(path.join(profile, "user"), { recursive: true });
    fs.writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), registry(recalculate));
    const input = path.join(work, "in");
    const output = path.join(work, "out");
    fs.mkdirSync(input);
    fs.mkdirSync(output);
    fs.writeFileSync(path.join(input, "book.xlsx"), xlsx);
    const { stdout, stderr } = await run(
      program,
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        "--headless",
        "--norestore",
        "--nolockcheck",
        "--convert-to",
        FILTERS[target],
        "--outdir",
        output,
        path.join(input, "book.xlsx"),
      ],
      timeoutMs,
    );
    const result = path.join(output, `book.${target}`);
    if (!fs.existsSync(result)) throw new Error(`LibreOffice wrote no file.\n${stdout}\n${stderr}`);
    return new Uint8Array(fs.readFileSync(result));
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

function run(file: string, args: string[], timeoutMs: number): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { timeout: timeoutMs, encoding: "utf8", env: process.env }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${file} failed: ${error.message}\n${stderr}`));
      else resolve({ stdout, stderr });
    });
  });
}
