/**
 * End to end, as a planning officer works (#20 item 6): in the production preview page in headless
 * Chromium, a department's plan is entered in the pane — a goal's title typed through an input method, its
 * initiative and indicator, a second goal added from the keyboard, a problem shown beside its field and
 * corrected, goals reordered — and the sheet created; then, from 「計画を編集」, an indicator, two
 * initiatives and a goal are added to that sheet and the grid shows each in its table, the tables below
 * moved whole; the sheet is graded; a sheet laid out by hand is refused. axe-core checks the editing pane.
 * Screenshots go to test-artifacts/plan-*.png. Needs `npm run build` first (npm test builds before jest).
 *
 * The new sheet, rows as Excel numbers them: header block 3–7, legend 9–14, 【重点目標】 16, the goals
 * table's header 17 (goal 1 in row 18, goal 2 in row 19), 【指標（KPI）】 21, the KPI table's header 22
 * (goal 1's indicator in row 23, goal 2's in row 24, then ten rows ready to fill).
 */
import fs from "node:fs";
import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { type ServedBuild, openPreviewWithPane, serveBuild, typeThroughIme } from "../support/browser";

const artifacts = path.resolve(__dirname, "../../test-artifacts");
const AXE = require.resolve("axe-core/axe.min.js");

jest.setTimeout(180_000);

let build: ServedBuild;
let page: Page;

beforeAll(async () => {
  build = await serveBuild("preview.html");
  fs.mkdirSync(artifacts, { recursive: true });
  page = await openPreviewWithPane(build);
});

afterAll(async () => {
  await build?.close();
});

const pane = () => page.getByRole("complementary", { name: /作業ウィンドウ|Task pane/ });
const cell = (address: string) => page.locator(`[role="gridcell"][data-address="${address}"]`);
const shot = (name: string) => page.screenshot({ path: path.join(artifacts, `plan-${name}.png`) });
const sheetTabs = () => page.getByRole("tablist", { name: "シート見出し" });

/** Waits, as Playwright's own assertions do, for what a locator shows. */
async function eventually(read: () => Promise<unknown>, wanted: unknown): Promise<void> {
  for (let i = 0; i < 100 && (await read()) !== wanted; i++) await new Promise((r) => setTimeout(r, 100));
  expect(await read()).toEqual(wanted);
}

const text = (locator: Locator) => () => locator.textContent();

it("enters a plan in the pane — a title typed through an input method, initiatives, indicators — and creates the sheet", async () => {
  await pane().getByRole("tab", { name: "シートを作成" }).click();
  await pane().getByTestId("insert-form").waitFor();
  await pane().getByTestId("insert-department").fill("環境部");
  await pane().getByTestId("insert-year").fill("令和8");
  await pane()
    .getByLabel("基本方針", { exact: true })
    .fill("脱炭素社会の実現に向けて、市民・事業者とともに取り組みます。");

  // Goal 1's title, through the input method: the reading shows while composing, the conversion stays.
  const title = pane().getByTestId("insert-goal-0-title");
  await title.click();
  await typeThroughIme(page, "だつたんそのすいしん", "脱炭素の推進", async () => {
    expect(await title.inputValue()).toBe("だつたんそのすいしん");
  });
  expect(await title.inputValue()).toBe("脱炭素の推進");
  await pane().getByTestId("insert-goal-0-field").fill("環境");
  await pane().getByRole("button", { name: "取組を追加" }).first().click();
  // The new row's first field has the focus.
  await page.keyboard.insertText("公共施設への太陽光発電設備の導入");
  await pane().getByTestId("insert-goal-0-initiative-0-section").fill("環境政策課");
  await pane().getByTestId("insert-goal-0-indicator-add").click();
  await page.keyboard.insertText("市域の温室効果ガス排出量");
  await pane().getByTestId("insert-goal-0-indicator-0-unit").fill("t-CO2");
  await pane().getByTestId("insert-goal-0-indicator-0-direction").selectOption("down");
  await pane().getByTestId("insert-goal-0-indicator-0-baseline").fill("1200000");
  await pane().getByTestId("insert-goal-0-indicator-0-target").fill("1000000");

  // Goal 2 from the keyboard: Enter on 「重点目標を追加」 opens it with its title focused.
  await pane().getByTestId("insert-goal-add").focus();
  await page.keyboard.press("Enter");
  await eventually(
    () => page.evaluate(() => document.activeElement?.getAttribute("data-testid") ?? null),
    "insert-goal-1-title",
  );
  await page.keyboard.insertText("ごみの減量");
  await pane().getByTestId("insert-goal-1-indicator-add").click();
  await pane().getByTestId("insert-goal-1-indicator-0-unit").fill("g");
  await pane().getByTestId("insert-goal-1-indicator-0-target").fill("850g以下");

  // Created without the indicator's name: nothing is sent, the problem is beside the field, which has the focus.
  await pane().getByTestId("insert-submit").click();
  const name = pane().getByTestId("insert-goal-1-indicator-0-name");
  await eventually(() => name.getAttribute("aria-invalid"), "true");
  expect(await name.evaluate((element) => element === document.activeElement)).toBe(true);
  expect(await pane().getByTestId("insert-problems").textContent()).toContain(
    "重点目標 2 の指標 1: 「指標」（指標の名前）を入力してください。",
  );
  await name.fill("1人1日あたりのごみ排出量");
  await pane().getByTestId("insert-goal-1-indicator-0-direction").selectOption("down");

  // Goals move with their buttons, each named for its goal.
  await pane().getByRole("button", { name: "重点目標 2を上へ" }).click();
  await eventually(text(pane().getByTestId("insert-goal-0-toggle")), "▾ 重点目標 1: ごみの減量取組 0・指標 1");
  await pane().getByRole("button", { name: "重点目標 1を下へ" }).click();
  await eventually(text(pane().getByTestId("insert-goal-0-toggle")), "▾ 重点目標 1: 脱炭素の推進取組 1・指標 1");
  await shot("entered");

  await pane().getByTestId("insert-submit").click();
  await pane().getByTestId("insert-done").waitFor();
  await sheetTabs().getByRole("tab", { name: "環境部", selected: true }).waitFor();
  expect(await cell("B5").textContent()).toContain("令和8年度");
  expect(await cell("B18").textContent()).toBe("脱炭素の推進");
  expect(await cell("F18").textContent()).toBe("環境");
  expect(await cell("I18").textContent()).toBe("公共施設への太陽光発電設備の導入");
  expect(await cell("J18").textContent()).toBe("環境政策課");
  expect(await cell("B19").textContent()).toBe("ごみの減量");
  expect(await cell("A21").textContent()).toBe("【指標（KPI）】");
  expect(await cell("B23").textContent()).toBe("市域の温室効果ガス排出量");
  expect(await cell("D23").textContent()).toBe("減少");
  expect(await cell("A24").textContent()).toBe("2");
  expect(await cell("B24").textContent()).toBe("1人1日あたりのごみ排出量");
  expect(await cell("G24").textContent()).toBe("850g以下");
  await shot("created");
});

it("adds an indicator, initiatives and a goal from 計画を編集, each in its table, the tables below moved whole", async () => {
  await pane().getByRole("tab", { name: "計画を編集" }).click();
  await eventually(text(pane().getByTestId("edit-sheet")), "追加先: シート「環境部」（環境部）");
  expect(await pane().getByTestId("edit-goals").textContent()).toContain("脱炭素の推進（取組 1・指標 1）");

  // An indicator of goal 1: row 24, after goal 1's; goal 2's moves to row 25.
  await pane().getByTestId("edit-goal").selectOption("1");
  await pane().getByTestId("edit-indicator-name").fill("公用車の電動化率");
  await pane().getByTestId("edit-indicator-unit").fill("%");
  await pane().getByTestId("edit-indicator-target").fill("50%");
  await pane().getByTestId("edit-submit").click();
  await eventually(text(pane().getByTestId("edit-done")), "重点目標 1 に指標「公用車の電動化率」を追加しました。");
  await eventually(text(cell("B24")), "公用車の電動化率");
  expect(await cell("A24").textContent()).toBe("1");
  expect(await cell("B25").textContent()).toBe("1人1日あたりのごみ排出量");
  expect(await pane().getByTestId("edit-goals").textContent()).toContain("脱炭素の推進（取組 1・指標 2）");

  // An initiative of goal 2, which has none: it fills goal 2's own row 19.
  await pane().getByRole("radio", { name: "取組" }).check();
  await pane().getByTestId("edit-goal").selectOption("2");
  await pane().getByTestId("edit-initiative-text").fill("生ごみの水切りの啓発");
  await pane().getByTestId("edit-initiative-section").fill("環境事業課");
  await pane().getByTestId("edit-submit").click();
  await eventually(text(cell("I19")), "生ごみの水切りの啓発");
  expect(await cell("H19").textContent()).toBe("1");
  expect(await cell("B20").textContent()).toBe("");

  // A second initiative of goal 1: row 19, goal 2 to row 20, and the KPI section a row lower (title 22).
  await pane().getByTestId("edit-goal").selectOption("1");
  await pane().getByTestId("edit-initiative-text").fill("省エネ診断の実施");
  await pane().getByTestId("edit-submit").click();
  await eventually(text(cell("I19")), "省エネ診断の実施");
  expect(await cell("B19").textContent()).toBe("脱炭素の推進");
  expect(await cell("H19").textContent()).toBe("2");
  expect(await cell("B20").textContent()).toBe("ごみの減量");
  expect(await cell("A22").textContent()).toBe("【指標（KPI）】");
  expect(await cell("B25").textContent()).toBe("公用車の電動化率");

  // A goal, its title through the input method: goal 3, row 21; the KPI section a row lower again (title 23).
  await pane().getByRole("radio", { name: "重点目標" }).check();
  await pane().getByTestId("edit-goal-title").click();
  await typeThroughIme(page, "みどりのまちづくり", "緑のまちづくり");
  await pane().getByTestId("edit-goal-field").fill("環境");
  await pane().getByTestId("edit-submit").click();
  await eventually(text(cell("B21")), "緑のまちづくり");
  expect(await cell("A21").textContent()).toBe("3");
  expect(await cell("A23").textContent()).toBe("【指標（KPI）】");
  expect(await cell("B26").textContent()).toBe("公用車の電動化率");
  expect(await cell("B27").textContent()).toBe("1人1日あたりのごみ排出量");
  expect(await pane().getByTestId("edit-goals").textContent()).toContain("緑のまちづくり（取組 0・指標 0）");
  await shot("edited");

  // The sheet grades as any other: 公用車の電動化率 35% of 50% is 70%, B by the live formula.
  const nameBox = page.getByLabel("名前ボックス");
  await nameBox.fill("H26");
  await nameBox.press("Enter");
  await page.keyboard.type("35%");
  await page.keyboard.press("Enter");
  await pane().getByRole("tab", { name: "このシートを評価" }).click();
  await pane().getByTestId("grade-run").click();
  await pane().getByTestId("grade-result").waitFor();
  await eventually(text(cell("K26")), "B");
});

it("refuses a sheet laid out by hand, saying how to make a Tassei sheet of it", async () => {
  await sheetTabs().getByRole("tab", { name: "都市整備部（手作り）" }).click();
  await pane().getByRole("tab", { name: "計画を編集" }).click();
  await pane().getByTestId("edit-read").click();
  await eventually(async () => ((await pane().getByTestId("edit-refused").count()) > 0 ? "shown" : "waiting"), "shown");
  expect(await pane().getByTestId("edit-refused").textContent()).toContain(
    "シート「都市整備部（手作り）」は手作りのシートのため、変更しません。",
  );
  expect(await pane().getByTestId("edit-submit").count()).toBe(0);
});

it("axe-core finds no serious violation in the editing pane", async () => {
  await sheetTabs().getByRole("tab", { name: "環境部", exact: true }).click();
  await pane().getByTestId("edit-read").click();
  await pane().getByTestId("edit-sheet").waitFor();
  await pane().getByRole("radio", { name: "重点目標" }).check();
  await pane().getByTestId("edit-goal-initiative-add").click();
  await pane().getByTestId("edit-goal-indicator-add").click();
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    type Node = { target: string[]; html: string };
    type Violation = { id: string; impact: string; nodes: Node[] };
    const axe = (window as unknown as { axe: { run(context: unknown): Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run({ include: [["aside"]] });
    return result.violations
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        // Fluent's focus guards (microsoft/tabster#288), as in e2e.test.ts.
        targets: v.nodes
          .filter((n) => !(v.id === "aria-hidden-focus" && n.html.includes("data-tabster-dummy")))
          .map((n) => n.target.join(" ")),
      }))
      .filter((v) => v.targets.length > 0);
  });
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
  await shot("a11y-edit");
});
