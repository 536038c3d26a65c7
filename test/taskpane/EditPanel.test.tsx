/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import type { SheetOutline } from "../../src/core/edit/outline";
import type { SheetEditRequest } from "../../src/core/edit/request";
import type { EditOutcome, PaneJobs } from "../../src/taskpane/jobs";
import { Root } from "../../src/taskpane/Root";
import { paneJobs } from "./pane-jobs";

jest.setTimeout(30_000);

const OUTLINE: SheetOutline = {
  status: "editable",
  sheet: "政策推進部",
  department: "政策推進部",
  goals: [
    { no: 1, title: "シティプロモーションの強化", initiatives: 2, indicators: 1 },
    { no: 2, title: "公民連携の推進", initiatives: 1, indicators: 2 },
    { no: 3, title: "", initiatives: 0, indicators: 0 },
  ],
  canAddGoals: true,
  canAddIndicators: true,
};

async function renderEdit(jobs: Partial<PaneJobs>) {
  render(
    <Root
      host={{ kind: "excel", displayLanguage: "ja-JP", theme: undefined }}
      browserLanguages={["ja-JP"]}
      jobs={paneJobs(jobs)}
      initialJob="edit"
    />,
  );
  return screen.findByTestId("edit-form", {}, { timeout: 15_000 });
}

const type = (element: HTMLElement, value: string) =>
  act(() => {
    fireEvent.change(element, { target: { value } });
  });

describe("adding to the active sheet", () => {
  it("shows the sheet's goals and adds an indicator to the goal chosen, then counts it", async () => {
    const asked: SheetEditRequest[] = [];
    await renderEdit({
      readOutline: async () => ({ status: "done", outline: OUTLINE }),
      addToSheet: async (request): Promise<EditOutcome> => {
        asked.push(request);
        return {
          status: "done",
          summary: { ja: "重点目標 2 に指標「連携事業数」を追加しました。", en: "Added." },
          outline: { ...OUTLINE, goals: OUTLINE.goals.map((g) => (g.no === 2 ? { ...g, indicators: 3 } : g)) },
        };
      },
    });
    expect((await screen.findByTestId("edit-sheet")).textContent).toBe("追加先: シート「政策推進部」（政策推進部）");
    expect(screen.getByTestId("edit-goals").textContent).toContain("公民連携の推進（取組 1・指標 2）");
    expect(screen.getByTestId("edit-goals").textContent).toContain("（名前なし）");
    type(screen.getByTestId("edit-goal"), "2");
    type(screen.getByTestId("edit-indicator-name"), "連携事業数");
    type(screen.getByTestId("edit-indicator-target"), "10件");
    await act(async () => {
      fireEvent.click(screen.getByTestId("edit-submit"));
    });
    await waitFor(() => expect(screen.getByTestId("edit-done").textContent).toContain("連携事業数"));
    expect(asked).toEqual([
      {
        sheet: "政策推進部",
        edit: {
          kind: "indicator",
          goalNo: 2,
          indicator: {
            name: "連携事業数",
            unit: "",
            direction: "up",
            method: "ratio",
            baseline: "",
            target: "10件",
            weight: "",
          },
        },
      },
    ]);
    expect(screen.getByTestId("edit-goals").textContent).toContain("公民連携の推進（取組 1・指標 3）");
    // The fields are empty again for the next one.
    expect((screen.getByTestId("edit-indicator-name") as HTMLInputElement).value).toBe("");
  });

  it("offers an initiative only to goals with a title, and a goal with its initiatives and indicators", async () => {
    const asked: SheetEditRequest[] = [];
    await renderEdit({
      readOutline: async () => ({ status: "done", outline: OUTLINE }),
      addToSheet: async (request) => {
        asked.push(request);
        return { status: "done", summary: { ja: "追加しました。", en: "Added." }, outline: OUTLINE };
      },
    });
    await screen.findByTestId("edit-sheet");
    act(() => {
      fireEvent.click(screen.getByRole("radio", { name: "取組" }));
    });
    const options = [...(screen.getByTestId("edit-goal") as HTMLSelectElement).options].map((o) => o.textContent);
    expect(options).toEqual(["1. シティプロモーションの強化", "2. 公民連携の推進"]);
    act(() => {
      fireEvent.click(screen.getByRole("radio", { name: "重点目標" }));
    });
    expect(screen.queryByTestId("edit-goal")).toBeNull();
    type(screen.getByTestId("edit-goal-title"), "防災対策の充実強化");
    act(() => {
      fireEvent.click(screen.getByTestId("edit-goal-initiative-add"));
    });
    // The new goal takes goal 3's empty numbered row: its rows are named for it.
    expect(screen.getByRole("button", { name: "重点目標 3 の取組 1を削除" })).toBeTruthy();
    type(screen.getByTestId("edit-goal-initiative-0-section"), "危機管理課");
    await act(async () => {
      fireEvent.click(screen.getByTestId("edit-submit"));
    });
    await waitFor(() => expect(asked).toHaveLength(1));
    expect(asked[0]!.edit).toMatchObject({
      kind: "goal",
      goal: { title: "防災対策の充実強化", initiatives: [{ text: "", section: "危機管理課" }], indicators: [] },
    });
  });

  it("puts each problem the core found beside its field", async () => {
    await renderEdit({
      readOutline: async () => ({ status: "done", outline: OUTLINE }),
      addToSheet: async () => ({
        status: "invalid",
        problems: [
          {
            ja: "重点目標 1 の指標 2: 「指標」（指標の名前）を入力してください。",
            en: "Goal 1, indicator 2: enter the indicator's name (Indicator).",
            field: "name",
          },
        ],
      }),
    });
    await screen.findByTestId("edit-sheet");
    await act(async () => {
      fireEvent.click(screen.getByTestId("edit-submit"));
    });
    const name = await screen.findByTestId("edit-indicator-name");
    await waitFor(() => expect(name.getAttribute("aria-invalid")).toBe("true"));
    expect(document.activeElement).toBe(name);
    expect(screen.getByTestId("edit-problems").textContent).toContain("「指標」（指標の名前）を入力してください。");
  });

  it("says why a sheet Tassei did not make is not changed, and offers no form", async () => {
    await renderEdit({
      readOutline: async () => ({
        status: "done",
        outline: {
          status: "refused",
          sheet: "都市整備部（手作り）",
          message: {
            ja: "シート「都市整備部（手作り）」は手作りのシートのため、変更しません。",
            en: "Laid out by hand.",
          },
        },
      }),
    });
    expect((await screen.findByTestId("edit-refused")).textContent).toContain("手作りのシートのため、変更しません");
    expect(screen.queryByTestId("edit-submit")).toBeNull();
  });

  it("reads the sheet again when asked", async () => {
    let reads = 0;
    await renderEdit({
      readOutline: async () => {
        reads += 1;
        return { status: "done", outline: { ...OUTLINE, sheet: reads === 1 ? "政策推進部" : "総務部" } };
      },
    });
    await screen.findByText("追加先: シート「政策推進部」（政策推進部）");
    act(() => {
      fireEvent.click(screen.getByTestId("edit-read"));
    });
    await screen.findByText("追加先: シート「総務部」（政策推進部）");
    expect(reads).toBe(2);
  });
});
