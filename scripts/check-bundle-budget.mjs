// Fails `npm test` when the task pane's initial JavaScript grows past its budget (gzip bytes are
// deterministic for a given build, so this is a size check, not a timing).
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { fileURLToPath } from "node:url";

const BUDGET_GZIP_BYTES = 250 * 1000;
const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "dist");
const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
const scripts = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+\.js)/g)]
  .map((m) => m[1])
  .filter((src) => !/^https?:|office-js\//.test(src));
if (scripts.length === 0) {
  console.error("bundle budget: no task pane script found in dist/taskpane.html");
  process.exit(1);
}
const gzip = scripts.reduce(
  (sum, f) => sum + zlib.gzipSync(fs.readFileSync(path.join(dist, f)), { level: 9 }).length,
  0,
);
const verdict = gzip <= BUDGET_GZIP_BYTES ? "ok" : "OVER BUDGET";
console.log(`bundle budget: initial task pane JS ${gzip} bytes gzip of ${BUDGET_GZIP_BYTES} (${verdict})`);
process.exit(gzip <= BUDGET_GZIP_BYTES ? 0 : 1);
