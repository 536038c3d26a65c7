/**
 * `tassei consolidate` on a finance division's batch: 50 department workbooks × 200 indicators, written
 * to a temporary folder as `tassei new` would write them (actuals typed in). Figures, one per line:
 * - the whole command through the CLI's main function, in this process (read 50 files, grade, plan,
 *   write city.xlsx with its chart);
 * - the same three phases timed on their own (read, plan, write);
 * - exceljs alone loading the same 50 files (`new ExcelJS.Workbook().xlsx.load(bytes)` each), and the
 *   ratio of the command to it (target ≤ 1.3×).
 * - the compiled command (`bin/tassei.js`, built by `npm run build:cli`) in a process of its own, with its
 *   peak resident memory (maxRSS), which is what a finance PC feels (target for 500 files: under 500 MB).
 * Each is run twice and the second run printed, so module loading and JIT warm-up are not counted.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { Readable, Writable } from "node:stream";
import { spawnSync } from "node:child_process";
import ExcelJS from "exceljs";
import { main } from "../src/cli/main";
import { expandInputs } from "../src/cli/input-files";
import { forEachSource } from "../src/cli/read-sources";
import type { ConsolidationSource } from "../src/core/consolidate/types";
import { openSummaryTarget, writeSummary } from "../src/cli/summary-file";
import { planConsolidation } from "../src/core/consolidate";
import { departmentWorkbookBytes } from "../test/support/department-files";

const DEPARTMENTS = Number(process.env.DEPARTMENTS ?? 50);
const INDICATORS = Number(process.env.INDICATORS ?? 200);

class Sink extends Writable {
  bytes = 0;
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.bytes += chunk.length;
    done();
  }
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await work();
  return { ms: performance.now() - start, result };
}

async function command(folder: string, output: string): Promise<number> {
  fs.rmSync(output, { force: true });
  const stdout = new Sink();
  const code = await main(["consolidate", folder, "-o", output, "--json"], {
    stdin: Readable.from([]),
    stdout,
    stderr: new Sink(),
  });
  if (code !== 0) throw new Error(`consolidate exited ${code}`);
  return stdout.bytes;
}

async function phases(folder: string, output: string): Promise<{ read: number; plan: number; write: number }> {
  fs.rmSync(output, { force: true });
  const expanded = expandInputs([folder], output);
  if (!expanded.ok) throw new Error(expanded.problem.kind);
  const opened = await openSummaryTarget(output, expanded.files);
  if (!opened.ok) throw new Error(opened.problem.en);
  const read = await timed(async () => {
    const sources: ConsolidationSource[] = [];
    await forEachSource(expanded.files, async (source) => {
      sources.push(source);
    });
    return sources;
  });
  const target = await opened.target.port.read({ sheets: "all" });
  const plan = await timed(async () => planConsolidation(target, read.result, { now: new Date() }));
  if (!plan.result.ok) throw new Error(plan.result.message.en);
  const run = plan.result;
  const write = await timed(async () => {
    await opened.target.port.apply(run.plan);
    return writeSummary(opened.target);
  });
  if (!write.result.ok) throw new Error(write.result.reason.en);
  return { read: read.ms, plan: plan.ms, write: write.ms };
}

async function exceljsAlone(files: readonly string[]): Promise<number> {
  const start = performance.now();
  for (const file of files) {
    await new ExcelJS.Workbook().xlsx.load(fs.readFileSync(file) as unknown as ExcelJS.Buffer);
  }
  return performance.now() - start;
}

async function run(): Promise<void> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "tassei-consolidate-bench-"));
  const output = path.join(os.tmpdir(), `${path.basename(folder)}-city.xlsx`);
  try {
    const setup = await timed(async () => {
      for (let i = 0; i < DEPARTMENTS; i++) {
        const name = `部局${String(i + 1).padStart(2, "0")}`;
        fs.writeFileSync(
          path.join(folder, `${name}.xlsx`),
          await departmentWorkbookBytes(name, { indicators: INDICATORS, goals: 10 }),
        );
      }
    });
    const files = fs.readdirSync(folder).map((f) => path.join(folder, f));
    const size = files.reduce((n, f) => n + fs.statSync(f).size, 0);
    const label = `consolidate ${DEPARTMENTS} files x ${INDICATORS} indicators`;
    console.log(`${label} setup (write the files): ${setup.ms.toFixed(0)} ms, ${size} bytes in all`);

    await command(folder, output);
    const cli = await timed(() => command(folder, output));
    console.log(`${label} tassei consolidate (main, in-process): ${cli.ms.toFixed(0)} ms`);
    console.log(`${label} city.xlsx size: ${fs.statSync(output).size} bytes; --json output: ${cli.result} bytes`);

    await phases(folder, output);
    const split = await phases(folder, output);
    console.log(`${label} phase read (snapshots): ${split.read.toFixed(0)} ms`);
    console.log(`${label} phase plan (grade + summary): ${split.plan.toFixed(0)} ms`);
    console.log(`${label} phase write (apply + save + chart): ${split.write.toFixed(0)} ms`);

    await exceljsAlone(files);
    const exceljs = await exceljsAlone(files);
    console.log(`${label} exceljs load alone: ${exceljs.toFixed(0)} ms`);
    console.log(`${label} ratio consolidate / exceljs load: ${(cli.ms / exceljs).toFixed(2)}x (target <= 1.3x)`);
    console.log(`${label} rss of this process at the end: ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
    const own = ownProcess(folder, output);
    if (own) console.log(`${label} bin/tassei.js in its own process: ${own.ms.toFixed(0)} ms, peak rss ${own.mb} MB`);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
    fs.rmSync(output, { force: true });
  }
}

/** The compiled command in a child process, reporting its own peak memory as it exits; null if not built. */
function ownProcess(folder: string, output: string): { ms: number; mb: number } | null {
  const bin = path.join(__dirname, "../../../bin/tassei.js");
  if (!fs.existsSync(path.join(__dirname, "../../../dist/cli/cli/main.js"))) return null;
  fs.rmSync(output, { force: true });
  const probe =
    "process.on('exit',()=>process.stderr.write('maxrss '+process.resourceUsage().maxRSS+'\\n'));" +
    `process.argv.splice(1,0,${JSON.stringify(bin)});require(${JSON.stringify(bin)});`;
  const start = performance.now();
  const child = spawnSync(process.execPath, ["-e", probe, "consolidate", folder, "-o", output], { encoding: "utf8" });
  const ms = performance.now() - start;
  const kb = Number(/maxrss (\d+)/.exec(child.stderr)?.[1] ?? NaN);
  return { ms, mb: Math.round(kb / 1024) };
}

run().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
