/**
 * The production task pane in headless Chromium, outside Excel (Office.js's CDN request aborted):
 * it must render, in Japanese by default, and say that it is not inside Excel.
 * Needs `npm run build` first (npm test builds before running jest).
 */
import fs from "node:fs";
import path from "node:path";
import { type ServedBuild, serveBuild } from "../support/browser";

const dist = path.resolve(__dirname, "../../dist");
const artifacts = path.resolve(__dirname, "../../test-artifacts");

jest.setTimeout(60_000);

let build: ServedBuild;

beforeAll(async () => {
  build = await serveBuild("taskpane.html");
});

afterAll(async () => {
  await build?.close();
});

it("renders in Japanese outside Excel and says so", async () => {
  const page = await build.open("taskpane.html");
  await page.getByTestId("host-status").waitFor({ timeout: 15_000 });
  expect(await page.locator("h1").textContent()).toBe("達成 Tassei");
  expect(await page.getByTestId("host-status").getAttribute("data-host")).toBe("none");
  expect(await page.getByTestId("host-status").textContent()).toContain("Excel の外で開いています");
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("ja");
  fs.mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: path.join(artifacts, "taskpane-outside-excel.png") });
});

// #16 item 8: where Office falls back to Internet Explorer's engine the script never runs; the page itself
// says what is needed, in both languages, and the text goes as soon as the script runs.
it("holds a static text for engines that cannot run the pane, gone once the pane renders", async () => {
  const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
  expect(html).toContain("Microsoft Edge WebView2 ランタイムが必要です");
  expect(html).toContain("needs the Microsoft Edge WebView2 runtime");
  const page = await build.open("taskpane.html");
  await page.getByTestId("host-status").waitFor({ timeout: 15_000 });
  expect(await page.locator("#static-fallback").count()).toBe(0);
  const noScript = await build.context.newPage();
  await noScript.route("**/*.js", (route) => route.abort());
  await noScript.goto(`${build.origin}/taskpane.html`);
  expect(await noScript.locator("#static-fallback").textContent()).toContain("WebView2");
  await noScript.close();
});

// #20 item 5: tidy from 320 to 450 px in both languages — nothing wider than the pane, every job tab whole.
it.each([320, 350, 450])("fits a %i px pane in Japanese and English", async (width) => {
  const page = await build.open("taskpane.html");
  await page.setViewportSize({ width, height: 700 });
  await page.getByTestId("host-status").waitFor({ timeout: 15_000 });
  for (const language of ["ja", "en"]) {
    await page.getByTestId("language-select").selectOption(language);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect([width, language, overflow]).toEqual([width, language, 0]);
    for (const tab of await page.getByRole("tab").all()) {
      const box = (await tab.boundingBox())!;
      expect([width, language, await tab.textContent(), box.x + box.width <= width]).toEqual([
        width,
        language,
        await tab.textContent(),
        true,
      ]);
    }
  }
});

// #20 item 6: the plan editor at 320 and 450 px, a seed's plan loaded and every goal open: nothing wider
// than the pane, and the row buttons beside their row's name.
it.each([320, 450])("fits the plan editor in a %i px pane", async (width) => {
  const page = await build.open("taskpane.html");
  await page.setViewportSize({ width, height: 800 });
  await page.getByTestId("host-status").waitFor({ timeout: 15_000 });
  // The language chosen last is remembered: Japanese first, whatever the test before left.
  await page.getByTestId("language-select").selectOption("ja");
  await page.getByRole("tab", { name: "シートを作成" }).click();
  await page.getByTestId("insert-start").selectOption("seed003-toyonaka-toshikeiei-r5");
  await page.getByTestId("insert-start-apply").click();
  await page.getByRole("button", { name: "すべて開く" }).click();
  await page.getByTestId("insert-goal-0-indicator-add").click();
  // The mid-year rule's widest choice, with its two fields (#18).
  await page.getByTestId("insert-interim").selectOption("planYear");
  for (const language of ["ja", "en"]) {
    await page.getByTestId("language-select").selectOption(language);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect([width, language, overflow]).toEqual([width, language, 0]);
    const remove = (await page.getByTestId("insert-goal-0-indicator-1-remove").boundingBox())!;
    expect(remove.x + remove.width).toBeLessThanOrEqual(width);
  }
  await page.screenshot({ path: path.join(artifacts, `taskpane-plan-${width}.png`), fullPage: false });
  await page.getByTestId("language-select").selectOption("ja");
});

it("links outside Excel to the preview, and remembers the language chosen for the next opening (#20 item 8)", async () => {
  const page = await build.open("taskpane.html");
  await page.getByTestId("host-status").waitFor({ timeout: 15_000 });
  await page.getByTestId("language-select").selectOption("en");
  await page.reload();
  await page.getByTestId("host-status").waitFor({ timeout: 15_000 });
  expect(await page.getByTestId("host-status").textContent()).toContain("Not inside Excel");
  await page.getByTestId("host-preview-link").click();
  await page.waitForURL(/preview\.html$/);
  await page.getByRole("grid").waitFor({ timeout: 15_000 });
  await page.evaluate(() => window.localStorage.removeItem("tassei.language"));
});

it("switches to English from the language choice", async () => {
  const page = await build.open("taskpane.html");
  await page.getByTestId("host-status").waitFor({ timeout: 15_000 });
  await page.getByLabel("表示言語").selectOption("en");
  expect(await page.getByTestId("host-status").textContent()).toContain("Not inside Excel");
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
});
