/**
 * The task pane as a user's browser gets it, in headless Chromium against the production build (Office.js's
 * CDN request aborted): time from navigation to an interactive pane, and the JavaScript it transferred
 * (gzip, as a web server sends it). For taskpane.html "interactive" is the pane rendered with its host
 * status (outside Excel here); for preview.html, the Grade button enabled, i.e. the jobs and the in-memory
 * workbook with the five seeds loaded. Five runs each, median printed. Needs `webpack --mode production`.
 */
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { launchBrowser } from "../test/support/browser";
import { serveFolder } from "../test/support/static-server";

const dist = path.resolve(__dirname, "../../..", "dist");
const RUNS = 5;

function gzipBytes(file: string): number {
  return zlib.gzipSync(fs.readFileSync(path.join(dist, file)), { level: 9 }).length;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function main() {
  const server = await serveFolder(dist);
  const browser = await launchBrowser();
  try {
    const pages = [
      { file: "taskpane.html", ready: '[data-testid="host-status"]' },
      { file: "preview.html", ready: '[data-testid="grade-run"]:not([disabled])' },
    ].filter((p) => fs.existsSync(path.join(dist, p.file)));
    for (const { file, ready } of pages) {
      const times: number[] = [];
      let scripts = new Set<string>();
      for (let run = 0; run < RUNS; run++) {
        const page = await browser.context.newPage();
        const loaded = new Set<string>();
        page.on("response", (response) => {
          const url = new URL(response.url());
          if (url.origin === server.origin && url.pathname.endsWith(".js")) loaded.add(url.pathname.slice(1));
        });
        await page.goto(`${server.origin}/${file}`, { waitUntil: "commit" });
        await page.waitForSelector(ready, { timeout: 60_000 });
        times.push(await page.evaluate(() => performance.now()));
        scripts = loaded;
        await page.close();
      }
      const gzip = [...scripts].reduce((sum, f) => sum + gzipBytes(f), 0);
      console.log(`${file}: navigation to interactive ${median(times).toFixed(0)} ms (median of ${RUNS})`);
      console.log(`${file}: JavaScript transferred until interactive ${gzip} bytes gzip in ${scripts.size} files`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

void main();
