import { once } from "node:events";
import { Writable } from "node:stream";
import { LineWriter } from "../../src/cli/io";

/** A reader that takes its time: each chunk is acknowledged on a later turn of the event loop. */
class SlowReader extends Writable {
  text = "";
  maxQueued = 0;
  constructor() {
    super({ highWaterMark: 1024 });
  }
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.maxQueued = Math.max(this.maxQueued, this.writableLength);
    this.text += chunk.toString();
    setImmediate(done);
  }
}

describe("LineWriter", () => {
  test("waits for a slow reader instead of piling output up in memory", async () => {
    const out = new SlowReader();
    const writer = new LineWriter(out, 256);
    for (let i = 0; i < 5000; i++) await writer.line(`{"id":${i},"grade":"B"}`);
    await writer.flush();
    out.end();
    await once(out, "finish");
    const lines = out.text.trim().split("\n");
    expect(lines).toHaveLength(5000);
    expect(lines[4999]).toBe('{"id":4999,"grade":"B"}');
    // ~110 KB went through a 1 KB pipe without more than about a pipe and a chunk queued at once
    expect(out.maxQueued).toBeLessThan(1024 + 2 * 256);
  });
});
