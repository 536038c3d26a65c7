/**
 * Headless Debian Chromium driven by playwright-core (no browser download). Office.js's CDN cannot be
 * reached here, and a script tag waiting on it would block the page, so every request to it is aborted.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { serveFolder } from "./static-server";

export const CHROMIUM = process.env.TASSEI_CHROMIUM ?? "/usr/bin/chromium";

export function chromiumMissingMessage(): string | undefined {
  return fs.existsSync(CHROMIUM)
    ? undefined
    : `Chromium not found at ${CHROMIUM}: apt-get install -y chromium fonts-noto-cjk (or set TASSEI_CHROMIUM)`;
}

export async function launchBrowser(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const missing = chromiumMissingMessage();
  if (missing) throw new Error(missing);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "tassei-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    locale: "ja-JP",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  await context.route(/appsforoffice\.microsoft\.com/, (route) => route.abort());
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

const DIST = path.resolve(__dirname, "../../dist");

/** The production build (dist/) served on a loopback port with a browser launched: one per suite. */
export interface ServedBuild {
  readonly context: BrowserContext;
  readonly origin: string;
  /** Loads one of the build's pages (preview.html, taskpane.html) in a new tab. */
  open(page: string): Promise<Page>;
  close(): Promise<void>;
}

/** Serves dist/ and launches Chromium; `pages` must be built (npm test builds before jest runs). */
export async function serveBuild(...pages: string[]): Promise<ServedBuild> {
  for (const page of pages) {
    if (!fs.existsSync(path.join(DIST, page))) throw new Error(`dist/${page} missing: run npm run build`);
  }
  const server = await serveFolder(DIST);
  const browser = await launchBrowser();
  return {
    context: browser.context,
    origin: server.origin,
    open: (page) => openPage(browser.context, `${server.origin}/${page}`),
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** The preview page, as wide as a desktop Excel window, once its pane can grade. */
export async function openPreviewWithPane(build: ServedBuild): Promise<Page> {
  const page = await build.open("preview.html");
  await page.setViewportSize({ width: 1400, height: 900 });
  const pane = page.getByRole("complementary", { name: /作業ウィンドウ|Task pane/ });
  await pane.getByTestId("grade-run").and(page.locator(":not([disabled])")).waitFor({ timeout: 60_000 });
  return page;
}

export async function openPage(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: "load" });
  return page;
}

/**
 * Types `reading` through an input method into the focused field, as Chromium receives it from one (the
 * DevTools protocol's IME events: the reading composed key by key, the conversion, then the committed text).
 */
export async function typeThroughIme(
  page: Page,
  reading: string,
  converted: string,
  whileComposing?: () => Promise<void>,
): Promise<void> {
  const ime = await page.context().newCDPSession(page);
  for (let end = 1; end <= reading.length; end++) {
    const composing = reading.slice(0, end);
    await ime.send("Input.imeSetComposition", {
      text: composing,
      selectionStart: composing.length,
      selectionEnd: composing.length,
    });
  }
  await whileComposing?.();
  await ime.send("Input.imeSetComposition", {
    text: converted,
    selectionStart: converted.length,
    selectionEnd: converted.length,
  });
  await ime.send("Input.insertText", { text: converted });
  await ime.detach();
}
