/** In-memory stdin/stdout/stderr for driving main() in tests. */
import { Readable, Writable } from "node:stream";
import { type CliIo, main } from "../../src/cli/main";

export class Capture extends Writable {
  text = "";
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.text += chunk.toString();
    done();
  }
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout parsed as JSON Lines */
  lines: Record<string, unknown>[];
}

export async function run(argv: string[], stdin: string | Readable = ""): Promise<Run> {
  const stdout = new Capture();
  const stderr = new Capture();
  const io: CliIo = { stdin: typeof stdin === "string" ? Readable.from([stdin]) : stdin, stdout, stderr };
  const code = await main(argv, io);
  const lines = stdout.text
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { code, stdout: stdout.text, stderr: stderr.text, lines };
}

export const jsonl = (...rows: unknown[]): string =>
  rows.map((r) => (typeof r === "string" ? r : JSON.stringify(r))).join("\n") + "\n";
