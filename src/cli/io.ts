/**
 * The streams a command works on. main() receives them, so tests drive the commands with
 * in-memory streams and the real program passes process.stdin/stdout/stderr.
 */
import { once } from "node:events";

export interface CliIo {
  readonly stdin: NodeJS.ReadableStream;
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
}

/**
 * Collects output lines and writes them in chunks, with back-pressure: a million result lines
 * stream out at the pace the reader takes them, never piling up in memory. A chunk goes out when
 * it reaches about 64 KB or when the lines read so far have all been handled (the next turn of
 * the event loop), so a tool that writes one line and waits for its answer gets it at once.
 */
export class LineWriter {
  private buffer = "";
  private scheduled = false;
  private draining: Promise<void> | null = null;

  constructor(
    private readonly out: NodeJS.WritableStream,
    private readonly chunkSize = 64 * 1024,
  ) {}

  async line(text: string): Promise<void> {
    if (this.draining !== null) await this.draining;
    this.buffer += text + "\n";
    if (this.buffer.length >= this.chunkSize) {
      this.writeOut();
    } else if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => {
        this.scheduled = false;
        this.writeOut();
      });
    }
    if (this.draining !== null) await this.draining;
  }

  async flush(): Promise<void> {
    this.writeOut();
    if (this.draining !== null) await this.draining;
  }

  private writeOut(): void {
    if (this.buffer === "") return;
    const chunk = this.buffer;
    this.buffer = "";
    if (!this.out.write(chunk) && this.draining === null) {
      this.draining = once(this.out, "drain").then(() => {
        this.draining = null;
      });
    }
  }
}

/** Writes a whole text (usage, one JSON object) and waits until it is handed over. */
export async function writeText(out: NodeJS.WritableStream, text: string): Promise<void> {
  const writer = new LineWriter(out);
  await writer.line(text);
  await writer.flush();
}
