/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { type InsertRequest, validateInsertRequest } from "../../src/core/insert/request";
import type { InsertOutcome, PaneJobs } from "../../src/taskpane/jobs";
import { Root } from "../../src/taskpane/Root";
import { paneJobs } from "./pane-jobs";

jest.setTimeout(30_000);

/** The pane on its Insert tab, the form loaded (it is a chunk of its own). */
async function renderInsert(insert?: PaneJobs["insert"], language = "ja-JP") {
  render(
    <Root
      host={{ kind: "excel", displayLanguage: language, theme: undefined }}
      browserLanguages={[language]}
      jobs={insert ? paneJobs({ insert }) : undefined}
      initialJob="insert"
    />,
  );
  // The first load compiles the chunk: more than the default second in a cold run.
  return screen.findByTestId("insert-form", {}, { timeout: 15_000 });
}

function recording() {
  const requests: InsertRequest[] = [];
  const insert = async (request: InsertRequest): Promise<InsertOutcome> => {
    requests.push(request);
    return { status: "done", sheet: String(request.department), renamed: false };
  };
  return { requests, insert };
}

const type = (element: HTMLElement, value: string) =>
  act(() => {
    fireEvent.change(element, { target: { value } });
  });
const click = (element: HTMLElement) =>
  act(() => {
    fireEvent.click(element);
  });
const submit = () =>
  act(async () => {
    fireEvent.click(screen.getByTestId("insert-submit"));
  });

describe("insert form", () => {
  it("shows the fiscal year as era and Western year while it is typed", async () => {
    await renderInsert();
    type(screen.getByLabelText(/^年度/), "R7");
    expect(screen.getByText("令和7年度 (2025年度)")).toBeTruthy();
  });

  it("sends the department, its 基本方針 and the goals with their initiatives and indicators as typed", async () => {
    const { requests, insert } = recording();
    await renderInsert(insert);
    type(screen.getByLabelText(/^部の名前/), "政策推進部");
    type(screen.getByLabelText(/^部長/), "小林 一裕");
    type(screen.getByLabelText(/^年度/), "令和7");
    type(screen.getByLabelText(/^シート名/), "政策推進部 令和7年度");
    type(screen.getByLabelText("基本方針"), "市民への情報発信を強化します。");
    click(screen.getByLabelText("複数年度の指標（KGI）"));
    type(screen.getByTestId("insert-goal-0-title"), "シティプロモーションの強化");
    type(screen.getByTestId("insert-goal-0-field"), "市政運営");
    type(screen.getByTestId("insert-goal-0-masterPlanCodes"), "(5)");
    click(screen.getByTestId("insert-goal-0-initiative-add"));
    type(screen.getByTestId("insert-goal-0-initiative-0-text"), "公式LINEの充実");
    type(screen.getByTestId("insert-goal-0-initiative-0-section"), "秘書広報課");
    click(screen.getByTestId("insert-goal-0-indicator-add"));
    type(screen.getByTestId("insert-goal-0-indicator-0-name"), "LINE 登録者数");
    type(screen.getByTestId("insert-goal-0-indicator-0-unit"), "人");
    type(screen.getByTestId("insert-goal-0-indicator-0-direction"), "up");
    type(screen.getByTestId("insert-goal-0-indicator-0-target"), "15,000人");
    await submit();
    await waitFor(() => expect(screen.getByTestId("insert-done").textContent).toContain("政策推進部"));
    expect(requests).toEqual([
      {
        department: "政策推進部",
        head: "小林 一裕",
        fiscalYear: "令和7",
        policy: "市民への情報発信を強化します。",
        layouts: { header: true, goals: true, kpi: true, kgi: true },
        scale: "default",
        // The mid-year check's rule: the scale's own (pro-rated by the fiscal year gone by).
        interim: "",
        sheetName: "政策推進部 令和7年度",
        goals: [
          {
            title: "シティプロモーションの強化",
            field: "市政運営",
            masterPlanCodes: "(5)",
            basicPolicyCodes: "",
            measureSheetCodes: "",
            targetStatement: "",
            initiatives: [{ text: "公式LINEの充実", section: "秘書広報課" }],
            indicators: [
              {
                name: "LINE 登録者数",
                unit: "人",
                direction: "up",
                method: "ratio",
                baseline: "",
                target: "15,000人",
                weight: "",
              },
            ],
          },
        ],
      },
    ]);
  });

  it("checks what was entered before sending, each problem beside its field, and moves the focus to the first", async () => {
    const { requests, insert } = recording();
    await renderInsert(insert);
    type(screen.getByLabelText(/^部の名前/), "総務部");
    type(screen.getByTestId("insert-goal-0-title"), "職員の能力向上");
    click(screen.getByTestId("insert-goal-0-indicator-add"));
    type(screen.getByTestId("insert-goal-0-indicator-0-unit"), "人");
    type(screen.getByTestId("insert-goal-0-indicator-0-weight"), "重い");
    click(screen.getByTestId("insert-goal-add"));
    type(screen.getByTestId("insert-goal-1-field"), "防災");
    // Goal 1 closed: its problems open it again.
    click(screen.getByTestId("insert-goal-0-toggle"));
    expect(screen.queryByTestId("insert-goal-0-indicator-0-name")).toBeNull();
    await submit();
    expect(requests).toEqual([]);
    const name = screen.getByTestId("insert-goal-0-indicator-0-name");
    expect(name.getAttribute("aria-invalid")).toBe("true");
    expect(document.activeElement).toBe(name);
    expect(
      screen.getAllByText("重点目標 1 の指標 1: 「指標」（指標の名前）を入力してください。").length,
    ).toBeGreaterThan(0);
    expect(screen.getByTestId("insert-goal-0-indicator-0-weight").getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByTestId("insert-goal-1-title").getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByTestId("insert-problems").textContent).toContain("入力を確認してください（3 件）。");
    // Corrected, it is sent.
    type(name, "研修の受講者数");
    type(screen.getByTestId("insert-goal-0-indicator-0-weight"), "2");
    type(screen.getByTestId("insert-goal-1-title"), "防災対策の充実強化");
    await submit();
    expect(requests).toHaveLength(1);
    expect(requests[0]!.goals!.map((g) => g.title)).toEqual(["職員の能力向上", "防災対策の充実強化"]);
  });

  it("starts from a seed city's plan: its department, policy and goals, the first goal open and the rest closed", async () => {
    const { requests, insert } = recording();
    await renderInsert(insert);
    type(screen.getByTestId("insert-start"), "seed002-hirakata-shichokoshitsu-r7");
    click(screen.getByTestId("insert-start-apply"));
    expect((screen.getByLabelText(/^部の名前/) as HTMLInputElement).value).toBe("市長公室");
    expect(screen.getByTestId("insert-start-status").textContent).toBe(
      "「枚方市 市長公室（令和7年度 (2025年度)）」を読み込みました（重点目標 10 件）。",
    );
    const toggles = screen.getAllByRole("button", { expanded: false });
    expect(toggles).toHaveLength(9);
    expect(screen.getByTestId("insert-goal-0-toggle").getAttribute("aria-expanded")).toBe("true");
    expect(screen.getByTestId("insert-goal-1-toggle").textContent).toContain("重点目標 2: ふるさと納税の推進");
    expect(screen.getByTestId("insert-goal-1-toggle").textContent).toContain("取組 0・指標 1");
    expect((screen.getByTestId("insert-goal-0-measureSheetCodes") as HTMLInputElement).value).toBe("29-01");
    await submit();
    const sent = requests[0]!;
    expect(sent.goals).toHaveLength(10);
    expect(sent.goals![1]!.indicators![0]).toMatchObject({
      name: "ふるさと納税による寄附金 受入額",
      target: "5 億円(個人版) 5500 万円(企業版)",
    });
    // Back to an empty plan.
    type(screen.getByTestId("insert-start"), "empty");
    click(screen.getByTestId("insert-start-apply"));
    expect(screen.getAllByTestId(/^insert-goal-\d+$/)).toHaveLength(1);
    expect((screen.getByLabelText(/^部の名前/) as HTMLInputElement).value).toBe("");
  });

  it("takes a starting point's multi-year indicators and ticks the KGI table", async () => {
    const { requests, insert } = recording();
    await renderInsert(insert);
    type(screen.getByTestId("insert-start"), "seed004-kawanishi-sogoseisaku-r3");
    click(screen.getByTestId("insert-start-apply"));
    expect(screen.getByTestId("insert-start-status").textContent).toContain(
      "複数年度の指標（KGI）6 件も、そのまま作成します。",
    );
    expect((screen.getByLabelText("複数年度の指標（KGI）") as HTMLInputElement).checked).toBe(true);
    await submit();
    expect(requests[0]!.kgis).toHaveLength(6);
  });

  it("moves and removes goals and rows with buttons named for them; a removed row's neighbour takes the focus", async () => {
    const { requests, insert } = recording();
    await renderInsert(insert);
    type(screen.getByLabelText(/^部の名前/), "企画部");
    type(screen.getByTestId("insert-goal-0-title"), "一");
    click(screen.getByRole("button", { name: "重点目標を追加" }));
    // The new goal is open and its title has the focus.
    expect(document.activeElement).toBe(screen.getByTestId("insert-goal-1-title"));
    type(screen.getByTestId("insert-goal-1-title"), "二");
    expect((screen.getByRole("button", { name: "重点目標 1を上へ" }) as HTMLButtonElement).disabled).toBe(true);
    click(screen.getByRole("button", { name: "重点目標 1を下へ" }));
    expect(screen.getByTestId("insert-goal-0-toggle").textContent).toContain("重点目標 1: 二");
    click(screen.getByTestId("insert-goal-0-indicator-add"));
    click(screen.getByTestId("insert-goal-0-indicator-add"));
    type(screen.getByTestId("insert-goal-0-indicator-0-name"), "甲");
    type(screen.getByTestId("insert-goal-0-indicator-1-name"), "乙");
    click(screen.getByRole("button", { name: "重点目標 1 の指標 2を上へ" }));
    click(screen.getByRole("button", { name: "重点目標 1 の指標 2を削除" }));
    expect(document.activeElement).toBe(screen.getByTestId("insert-goal-0-indicator-0-name"));
    click(screen.getByRole("button", { name: "重点目標 1 の指標 1を削除" }));
    expect(document.activeElement).toBe(screen.getByTestId("insert-goal-0-indicator-add"));
    click(screen.getByTestId("insert-goal-0-indicator-add"));
    type(screen.getByTestId("insert-goal-0-indicator-0-name"), "乙");
    const goals = screen.getByTestId("insert-goals");
    expect(within(goals).getAllByRole("listitem", { name: /指標/ })).toHaveLength(1);
    await submit();
    expect(requests[0]!.goals!.map((g) => [g.title, g.indicators!.map((i) => i.name)])).toEqual([
      ["二", ["乙"]],
      ["一", []],
    ]);
  });

  it("sends a fixed share of the target when the city chooses one for the mid-year check (#18)", async () => {
    const { requests, insert } = recording();
    await renderInsert(insert);
    expect(screen.queryByTestId("insert-interim-percent")).toBeNull();
    act(() => {
      fireEvent.change(screen.getByLabelText(/^部の名前/), { target: { value: "総務部" } });
      fireEvent.change(screen.getByTestId("insert-interim"), { target: { value: "share" } });
    });
    act(() => {
      fireEvent.change(screen.getByLabelText(/^目標値に対する割合/), { target: { value: "66.7" } });
    });
    await act(async () => {
      fireEvent.click(screen.getByTestId("insert-submit"));
    });
    await waitFor(() => expect(requests).toHaveLength(1));
    expect(requests[0]).toMatchObject({ department: "総務部", interim: "66.7" });
  });

  it("sends 多摩市's share per year of a plan and its first year, as the request reads them (#18)", async () => {
    const { requests, insert } = recording();
    await renderInsert(insert);
    act(() => {
      fireEvent.change(screen.getByLabelText(/^部の名前/), { target: { value: "環境部" } });
      fireEvent.change(screen.getByTestId("insert-interim"), { target: { value: "planYear" } });
    });
    expect(screen.queryByTestId("insert-interim-percent")).toBeNull();
    act(() => {
      fireEvent.change(screen.getByLabelText(/^1年あたりの割合/), { target: { value: "20" } });
      fireEvent.change(screen.getByLabelText(/^計画の初年度/), { target: { value: "R6" } });
    });
    await act(async () => {
      fireEvent.click(screen.getByTestId("insert-submit"));
    });
    await waitFor(() => expect(requests).toHaveLength(1));
    expect(requests[0]!.interim).toBe("20/年:R6");
    const read = validateInsertRequest(requests[0]!);
    expect(read.ok && read.value.interim).toEqual({
      basis: "planYear",
      percent: { coefficient: 20, scale: 0 },
      firstYear: 2024,
    });
  });

  it("shows a refused mid-year rule at the field that needs changing, as the request words it", async () => {
    await renderInsert(async (request): Promise<InsertOutcome> => {
      const read = validateInsertRequest(request);
      return read.ok
        ? { status: "failed", message: { ja: "想定外", en: "unexpected" } }
        : { status: "invalid", problems: read.problems };
    });
    act(() => {
      fireEvent.change(screen.getByLabelText(/^部の名前/), { target: { value: "環境部" } });
      fireEvent.change(screen.getByTestId("insert-interim"), { target: { value: "planYear" } });
    });
    await act(async () => {
      fireEvent.click(screen.getByTestId("insert-submit"));
    });
    // No first year typed: that field says so, and the share per year (20, fine) is not marked.
    const firstYear = await screen.findByLabelText(/^計画の初年度/);
    await waitFor(() => expect(firstYear.getAttribute("aria-invalid")).toBe("true"));
    expect(screen.getByLabelText(/^1年あたりの割合/).getAttribute("aria-invalid")).not.toBe("true");
    expect(screen.getAllByText(/計画の初年度を入力してください/).length).toBeGreaterThan(0);

    act(() => {
      fireEvent.change(firstYear, { target: { value: "R6" } });
      fireEvent.change(screen.getByLabelText(/^1年あたりの割合/), { target: { value: "0" } });
    });
    await act(async () => {
      fireEvent.click(screen.getByTestId("insert-submit"));
    });
    const perYear = screen.getByLabelText(/^1年あたりの割合/);
    await waitFor(() => expect(perYear.getAttribute("aria-invalid")).toBe("true"));
    expect(screen.getByLabelText(/^計画の初年度/).getAttribute("aria-invalid")).not.toBe("true");
    expect(screen.getAllByText(/中間評価の割合「0」を読み取れません/).length).toBeGreaterThan(0);
  });

  it("lists every problem the job reports, in the pane's language", async () => {
    await renderInsert(
      async () => ({
        status: "invalid",
        problems: [{ ja: "シート「環境部」はすでにあります。", en: "A sheet named “環境部” already exists." }],
      }),
      "en-US",
    );
    type(screen.getByTestId("insert-department"), "環境部");
    await submit();
    const items = await within(screen.getByTestId("insert-problems")).findAllByRole("listitem");
    expect(items.map((li) => li.textContent)).toEqual(["A sheet named “環境部” already exists."]);
  });

  it("cannot be submitted where there is no workbook", async () => {
    await renderInsert(undefined);
    expect((screen.getByTestId("insert-submit") as HTMLButtonElement).disabled).toBe(true);
  });
});
