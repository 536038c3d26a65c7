/**
 * The production preview page in headless Chromium (Office.js's CDN aborted, as everywhere in these
 * tests; this page does not load it at all): the five seed sheets, the real pane, seed values in the
 * grid, grading from the pane changing the grade cells, and typing into the grid with the keyboard.
 * Needs `npm run build` first (npm test builds before running jest). Saves test-artifacts/preview.png.
 */
import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { launchBrowser, openPage } from "../support/browser";
import { serveFolder, type StaticServer } from "../support/static-server";

const dist = path.resolve(__dirname, "../../dist");
const artifacts = path.resolve(__dirname, "../../test-artifacts");

jest.setTimeout(90_000);

let server: StaticServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;

beforeAll(async () => {
  if (!fs.existsSync(path.join(dist, "preview.html"))) throw new Error("dist/preview.html missing: run npm run build");
  server = await serveFolder(dist);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openPreview(): Promise<Page> {
  const page = await openPage(browser.context, `${server.origin}/preview.html`);
  await page.setViewportSize({ width: 1400, height: 860 });
  await page.getByRole("grid").waitFor({ timeout: 30_000 });
  return page;
}

const cell = (page: Page, address: string) => page.locator(`[role="gridcell"][data-address="${address}"]`);

it("shows the pane beside the seed sheets, and grading from the pane changes the grade cells", async () => {
  const page = await openPreview();
  expect(await page.locator('script[src*="office.js"]').count()).toBe(0);
  const tabs = page.getByRole("tablist", { name: "シート見出し" }).getByRole("tab");
  expect(await tabs.allTextContents()).toEqual([
    "政策推進部",
    "政策推進部 平成25年度",
    "市長公室",
    "都市経営部",
    "総合政策部",
    "都市整備部（手作り）",
  ]);
  const pane = page.getByRole("complementary", { name: "作業ウィンドウ" });
  expect(await pane.locator("h1").textContent()).toBe("達成 Tassei");
  expect(await page.getByRole("note").textContent()).toContain("プレビュー");
  expect(await cell(page, "A1").textContent()).toBe("政策推進部　令和7年度 (2025年度)　運営方針");

  await page.getByRole("tablist", { name: "シート見出し" }).getByRole("tab", { name: "都市経営部" }).click();
  expect(await page.getByRole("grid").getAttribute("aria-label")).toBe("シート「都市経営部」");
  expect(await cell(page, "M18").textContent()).toBe("");
  await pane.getByTestId("tab-grade").click();
  await pane.getByTestId("grade-run").click();
  await pane.getByTestId("grade-result").waitFor();
  await page.waitForFunction(() => document.querySelector('[data-address="M18"]')?.textContent === "A", undefined, {
    timeout: 10_000,
  });
  expect(await cell(page, "K62").textContent()).toBe("A");
  // 評価日時 has its own line under the department's grade (#20 item 5: it ran into "B (85.4%)").
  const department = (await pane.getByTestId("grade-department").boundingBox())!;
  const gradedAt = (await pane.getByTestId("grade-graded-at").boundingBox())!;
  expect(gradedAt.y).toBeGreaterThanOrEqual(department.y + department.height);
  // The grade column's conditional format, evaluated by the grid: best grade green.
  expect(await cell(page, "M18").evaluate((el) => getComputedStyle(el).backgroundColor)).toBe("rgb(198, 239, 206)");
  await cell(page, "M18").click();
  fs.mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: path.join(artifacts, "preview.png") });
});

// #20 item 1: typing Japanese through an input method, as Chromium receives it from one (the DevTools
// protocol's IME events: composition updates, then the committed text), into a selected cell.
it("takes Japanese typed through an input method into the selected cell; Enter after the conversion commits", async () => {
  const page = await openPreview();
  await cell(page, "B2").click();
  const ime = await page.context().newCDPSession(page);
  for (const composing of ["k", "か", "かい", "かいぎ"]) {
    await ime.send("Input.imeSetComposition", {
      text: composing,
      selectionStart: composing.length,
      selectionEnd: composing.length,
    });
  }
  expect(await page.getByLabel("セル B2 を編集").inputValue()).toBe("かいぎ");
  await ime.send("Input.imeSetComposition", { text: "会議", selectionStart: 2, selectionEnd: 2 });
  await ime.send("Input.insertText", { text: "会議" });
  expect(await page.getByLabel("セル B2 を編集").inputValue()).toBe("会議");
  await page.keyboard.press("Enter");
  expect(await cell(page, "B2").textContent()).toBe("会議");
  expect(await page.getByLabel("名前ボックス").inputValue()).toBe("B3");
  // Enter on a selected cell moves on, as in Excel (#20 item 2).
  await page.keyboard.press("Enter");
  expect(await page.getByLabel("名前ボックス").inputValue()).toBe("B4");
  await ime.detach();
});

it("is usable by keyboard: arrows select, typing enters a value through Excel's rules, Escape cancels", async () => {
  const page = await openPreview();
  const grid = page.getByRole("grid");
  await cell(page, "B2").click();
  expect(await page.getByLabel("名前ボックス").inputValue()).toBe("B2");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowRight");
  expect(await page.getByLabel("名前ボックス").inputValue()).toBe("C3");
  expect(await grid.getAttribute("aria-activedescendant")).toBe(await cell(page, "C3").getAttribute("id"));

  await page.keyboard.type("12");
  await page.keyboard.press("Enter");
  expect(await cell(page, "C3").textContent()).toBe("12");
  expect(await cell(page, "C3").evaluate((el) => getComputedStyle(el).textAlign)).toBe("right");
  expect(await page.getByLabel("名前ボックス").inputValue()).toBe("C4");

  await page.keyboard.press("F2");
  await page.keyboard.type("５億円");
  await page.keyboard.press("Enter");
  expect(await cell(page, "C4").textContent()).toBe("５億円");

  await page.keyboard.press("F2");
  await page.getByLabel("セル C5 を編集").fill("=C3*2");
  await page.keyboard.press("Enter");
  expect(await cell(page, "C5").textContent()).toBe("24");

  await page.keyboard.press("ArrowUp");
  await page.keyboard.type("99");
  await page.keyboard.press("Escape");
  expect(await cell(page, "C5").textContent()).toBe("24");
  expect(await page.getByLabel("数式バー").inputValue()).toBe("=C3*2");
});
