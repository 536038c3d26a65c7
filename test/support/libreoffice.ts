/**
 * LibreOffice as an independent spreadsheet engine for tests: it opens a workbook the adapter wrote,
 * recalculates every formula and saves it again, so that the cached values in the result are what a real
 * spreadsheet program computed from the formulas we wrote. Asked not to recalculate, it keeps the cached
 * results we wrote, as a reader that does not recalculate shows them. CI installs it with
 *   apt-get install -y --no-install-recommends libreoffice-calc
 * Each call starts one headless soffice with a private profile (a few seconds), so a test file should
 * convert everything it needs in one call.
 */
import { execFile, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const LIBREOFFICE_INSTALL_HINT = "apt-get install -y --no-install-recommends libreoffice-calc";

const CANDIDATES = ["soffice", "libreoffice"];

function findBinary(): string | null {
  for (const name of CANDIDATES) {
    const probe = spawnSync(name, ["--version"], { encoding: "utf8", timeout: 60_000 });
    if (probe.status === 0 && /LibreOffice/i.test(probe.stdout)) return name;
  }
  return null;
}

let binary: string | null | undefined;

export function libreOfficeAvailable(): boolean {
  if (binary === undefined) binary = findBinary();
  return binary !== null;
}

/**
 * Whether LibreOffice recalculates an .xlsx on load: OOXMLRecalcMode 0 means "always", 1 "never" (it then
 * shows each formula's cached result as the file has it, right or wrong, as a reader that trusts the file
 * does; only a formula with no cached result at all is computed). fullCalcOnLoad is not looked at.
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

function run(file: string, args: string[], timeoutMs: number): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { timeout: timeoutMs, encoding: "utf8" }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${file} failed: ${error.message}\n${stderr}`));
      else resolve({ stdout, stderr });
    });
  });
}

export interface LibreOfficeSaveOptions {
  /** Recalculate every formula on load (default), or keep the file's cached results as they are. */
  readonly recalculate?: boolean;
  readonly timeoutMs?: number;
}

/** Opens `xlsx` in headless LibreOffice Calc, recalculates everything, and returns the file it saves. */
export function recalculateWithLibreOffice(xlsx: Uint8Array, timeoutMs = 120_000): Promise<Uint8Array> {
  return resaveWithLibreOffice(xlsx, { recalculate: true, timeoutMs });
}

/** Opens `xlsx` in headless LibreOffice Calc (recalculating or not) and returns the file it saves. */
export async function resaveWithLibreOffice(
  xlsx: Uint8Array,
  { recalculate = true, timeoutMs = 120_000 }: LibreOfficeSaveOptions = {},
): Promise<Uint8Array> {
  if (!libreOfficeAvailable() || !binary) {
    throw new Error(`LibreOffice is not installed: ${LIBREOFFICE_INSTALL_HINT}`);
  }
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
      binary,
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--norestore",
        "--nolockcheck",
        "--convert-to",
        "xlsx:Calc MS Excel 2007 XML",
        "--outdir",
        output,
        path.join(input, "book.xlsx"),
      ],
      timeoutMs,
    );
    const result = path.join(output, "book.xlsx");
    if (!fs.existsSync(result)) throw new Error(`LibreOffice wrote no file.\n${stdout}\n${stderr}`);
    return new Uint8Array(fs.readFileSync(result));
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
