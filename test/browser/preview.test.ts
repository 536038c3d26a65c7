/**
 * The production preview page in headless Chromium (Office.js's CDN aborted, as everywhere in these
 * tests; this page does not load it at all): the five seed sheets, the real pane, seed values in the
 * grid, grading from the pane changing the grade cells, typing into the grid with the keyboard, selecting
 * with Shift+arrows and moving with Tab as in Excel, and naming an inserted sheet typed through an input
 * method in the pane's form. Needs `npm run build` first (npm test builds before running jest). Saves test-artifacts/preview.png.
 */
import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { type ServedBuild, serveBuild, typeThroughIme } from "../support/browser";

const artifacts = path.resolve(__dirname, "../../test-artifacts");

jest.setTimeout(90_000);

let build: ServedBuild;

beforeAll(async () => {
  build = await serveBuild("preview.html");
});

afterAll(async () => {
  await build?.close();
});

async function openPreview(): Promise<Page> {
  const page = await build.open("preview.html");
  await page.setViewportSize({ width: 1400, height: 860 });
  await page.getByRole("grid").waitFor({ timeout: 30_000 });
  return page;
}

const cell = (page: Page, address: string) => page.locator(`[role="gridcell"][data-address="${address}"]`);

/** The addresses of the cells the grid marks selected (aria-selected), in document order. */
const selectedCells = (page: Page) =>
  page
    .getByRole("grid")
    .evaluate((grid) =>
      [...grid.querySelectorAll<HTMLElement>('[role="gridcell"][aria-selected="true"]')].map((c) => c.dataset.address),
    );

/** The address of the cell the grid announces as active (aria-activedescendant). */
const activeCell = (page: Page) =>
  page
    .getByRole("grid")
    .evaluate((grid) => document.getElementById(grid.getAttribute("aria-activedescendant") ?? "")?.dataset.address);

/** Whether the focus is in the active cell's text box: keys and typing go to the grid. */
const focusedLabel = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute("aria-label"));

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

// #20: Shift+arrows stretch the selection from where it started, as the name box and the cells'
// aria-selected show, and back across the anchor.
it("stretches the selection with Shift+arrows from its anchor, as the name box and the cells show", async () => {
  const page = await openPreview();
  const nameBox = page.getByLabel("名前ボックス");
  await cell(page, "D4").click();
  await page.keyboard.press("Shift+ArrowDown");
  await page.keyboard.press("Shift+ArrowDown");
  await page.keyboard.press("Shift+ArrowRight");
  expect(await nameBox.inputValue()).toBe("D4:E6");
  expect(await selectedCells(page)).toEqual(["D4", "E4", "D5", "E5", "D6", "E6"]);
  expect(await activeCell(page)).toBe("D4");
  // Up past the anchor D4: the corner goes from E6 to E3, the rectangle runs from row 3 to the anchor's row.
  await page.keyboard.press("Shift+ArrowUp");
  await page.keyboard.press("Shift+ArrowUp");
  await page.keyboard.press("Shift+ArrowUp");
  expect(await nameBox.inputValue()).toBe("D3:E4");
  expect(await selectedCells(page)).toEqual(["D3", "E3", "D4", "E4"]);
  expect(await focusedLabel(page)).toBe("セル D3");
});

// #20: Tab and Shift+Tab on a selected cell move one cell sideways (never past column A) and keep the
// focus in the grid; Tab while typing commits and moves right, and Enter after the Tabs goes to the next
// row at the column the Tabs started from.
it("moves right with Tab and left with Shift+Tab, keeping the focus in the grid; Tab commits an entry", async () => {
  const page = await openPreview();
  const nameBox = page.getByLabel("名前ボックス");
  await cell(page, "C5").click();
  await page.keyboard.press("Tab");
  expect(await nameBox.inputValue()).toBe("D5");
  await page.keyboard.press("Tab");
  expect(await nameBox.inputValue()).toBe("E5");
  expect(await activeCell(page)).toBe("E5");
  expect(await focusedLabel(page)).toBe("セル E5");
  for (const expected of ["D5", "C5", "B5", "A5", "A5"]) {
    await page.keyboard.press("Shift+Tab");
    expect(await nameBox.inputValue()).toBe(expected);
  }
  expect(await selectedCells(page)).toEqual(["A5"]);
  expect(await focusedLabel(page)).toBe("セル A5");

  await cell(page, "C2").click();
  await page.keyboard.type("1");
  await page.keyboard.press("Tab");
  await page.keyboard.type("2");
  await page.keyboard.press("Tab");
  expect(await nameBox.inputValue()).toBe("E2");
  await page.keyboard.type("3");
  await page.keyboard.press("Enter");
  expect(await cell(page, "C2").textContent()).toBe("1");
  expect(await cell(page, "D2").textContent()).toBe("2");
  expect(await cell(page, "E2").textContent()).toBe("3");
  expect(await nameBox.inputValue()).toBe("C3");
  expect(await focusedLabel(page)).toBe("セル C3");
});

// #20: the pane's sheet-name field takes a name typed through an input method; the new sheet's tab
// carries it, and a name already taken is refused with a free one suggested.
it("names the inserted sheet as typed through an input method, and suggests a free name for a taken one", async () => {
  const page = await openPreview();
  const pane = page.getByRole("complementary", { name: "作業ウィンドウ" });
  const tabs = page.getByRole("tablist", { name: "シート見出し" });
  await pane.getByTestId("tab-insert").click();
  await pane.getByTestId("insert-department").fill("環境部");
  await pane.getByTestId("insert-year").fill("令和8");
  const sheetName = pane.getByTestId("insert-sheet-name");
  await sheetName.click();
  await typeThroughIme(page, "かんきょうけいかく", "環境計画", async () => {
    expect(await sheetName.inputValue()).toBe("かんきょうけいかく");
  });
  expect(await sheetName.inputValue()).toBe("環境計画");
  await pane.getByTestId("insert-submit").click();
  await pane.getByTestId("insert-done").waitFor();
  expect(await pane.getByTestId("insert-done").textContent()).toContain("「環境計画」");
  await tabs.getByRole("tab", { name: "環境計画", selected: true }).waitFor();
  expect(await page.getByRole("grid").getAttribute("aria-label")).toBe("シート「環境計画」");
  expect(await tabs.getByRole("tab", { name: "環境部" }).count()).toBe(0);

  // The same name again: refused, with the department and year as the free name to choose instead.
  await pane.getByTestId("insert-submit").click();
  await pane.getByTestId("insert-problems").waitFor();
  const refused = await pane.getByTestId("insert-problems").textContent();
  expect(refused).toContain("「環境計画」");
  expect(refused).toContain("「環境部 令和8年度」");
  // The suggestion taken, then taken again: the next free one is numbered.
  await sheetName.fill("環境部 令和8年度");
  await pane.getByTestId("insert-submit").click();
  await tabs.getByRole("tab", { name: "環境部 令和8年度", selected: true }).waitFor();
  await pane.getByTestId("insert-submit").click();
  await pane.getByTestId("insert-problems").waitFor();
  expect(await pane.getByTestId("insert-problems").textContent()).toContain("「環境部 令和8年度 (2)」");
  expect(await tabs.getByRole("tab").allTextContents()).toEqual(
    expect.arrayContaining(["環境計画", "環境部 令和8年度"]),
  );
});

// #18: 多摩市's mid-year rule chosen in the pane's form, its first year typed through an input method; the
// new sheet prints the rule in words beside its scale.
it("inserts a sheet with a mid-year rule per year of a plan, its first year typed through an input method", async () => {
  const page = await openPreview();
  const pane = page.getByRole("complementary", { name: "作業ウィンドウ" });
  await pane.getByTestId("tab-insert").click();
  await pane.getByTestId("insert-department").fill("みどり部");
  await pane.getByTestId("insert-year").fill("令和8");
  await pane.getByTestId("insert-interim").selectOption("planYear");
  await pane.getByTestId("insert-interim-per-year").fill("20");
  const firstYear = pane.getByTestId("insert-interim-first-year");
  await firstYear.click();
  await typeThroughIme(page, "れいわ6", "令和6", async () => {
    expect(await firstYear.inputValue()).toBe("れいわ6");
  });
  expect(await firstYear.inputValue()).toBe("令和6");
  await pane.getByTestId("insert-submit").click();
  await pane.getByTestId("insert-done").waitFor();
  await page
    .getByRole("tablist", { name: "シート見出し" })
    .getByRole("tab", { name: "みどり部", selected: true })
    .waitFor();
  const rule = page.getByRole("gridcell").filter({ hasText: "【中間評価について】" });
  expect(await rule.first().textContent()).toContain("目標値の20%に計画の年数（令和6年度を1年目とする）を掛けた割合");
});
