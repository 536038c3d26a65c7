/**
 * The task pane's JavaScript as a user's Excel downloads it: the scripts taskpane.html loads at first
 * (the initial bundle) and every lazily loaded chunk, raw and gzip bytes. Needs `webpack --mode production`.
 */
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const dist = path.resolve(__dirname, "../../..", "dist");

function sizes(file: string): { raw: number; gzip: number } {
  const bytes = fs.readFileSync(path.join(dist, file));
  return { raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length };
}

const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
const initial = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+\.js)/g)]
  .map((m) => m[1]!)
  .filter((src) => !/^https?:|office-js\//.test(src));
const all = fs.readdirSync(dist).filter((f) => f.endsWith(".js"));

let raw = 0;
let gzip = 0;
for (const file of initial) {
  const s = sizes(file);
  raw += s.raw;
  gzip += s.gzip;
}
console.log(`taskpane initial JS raw: ${raw} bytes`);
console.log(`taskpane initial JS gzip: ${gzip} bytes (${(gzip / 1024).toFixed(1)} KiB; budget 250 KB)`);
for (const file of all.filter((f) => !initial.includes(f))) {
  const s = sizes(file);
  console.log(`lazy chunk ${file.replace(/\.[0-9a-f]{8}\.js$/, "")} gzip: ${s.gzip} bytes (raw ${s.raw})`);
}
