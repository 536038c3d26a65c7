/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import type { InsertRequest } from "../../src/core/insert/request";
import type { InsertOutcome, PaneJobs } from "../../src/taskpane/jobs";
import { Root } from "../../src/taskpane/Root";
import { paneJobs } from "./pane-jobs";

function renderInsert(insert?: PaneJobs["insert"], language = "ja-JP") {
  render(
    <Root
      host={{ kind: "excel", displayLanguage: language, theme: undefined }}
      browserLanguages={[language]}
      jobs={insert ? paneJobs({ insert }) : undefined}
      initialJob="insert"
    />,
  );
}

describe("insert form", () => {
  it("shows the fiscal year as era and Western year while it is typed", () => {
    renderInsert();
    act(() => {
      fireEvent.change(screen.getByLabelText(/^年度/), { target: { value: "R7" } });
    });
    expect(screen.getByText("令和7年度 (2025年度)")).toBeTruthy();
  });

  it("sends what was typed to the insert job and shows the new sheet", async () => {
    const requests: InsertRequest[] = [];
    renderInsert(async (request) => {
      requests.push(request);
      return { status: "done", sheet: "政策推進部", renamed: false } satisfies InsertOutcome;
    });
    act(() => {
      fireEvent.change(screen.getByLabelText(/^部の名前/), { target: { value: "政策推進部" } });
      fireEvent.change(screen.getByLabelText(/^部長/), { target: { value: "小林 一裕" } });
      fireEvent.change(screen.getByLabelText(/^年度/), { target: { value: "令和7" } });
      fireEvent.change(screen.getByLabelText(/^シート名/), { target: { value: "政策推進部 令和7年度" } });
      fireEvent.click(screen.getByLabelText("複数年度の指標（KGI）"));
    });
    await act(async () => {
      fireEvent.click(screen.getByTestId("insert-submit"));
    });
    await waitFor(() => expect(screen.getByTestId("insert-done").textContent).toContain("政策推進部"));
    expect(requests).toEqual([
      {
        department: "政策推進部",
        head: "小林 一裕",
        fiscalYear: "令和7",
        layouts: { header: true, goals: true, kpi: true, kgi: true },
        goalCount: 3,
        scale: "default",
        // The mid-year check's rule: the scale's own (pro-rated by the fiscal year gone by).
        interim: "",
        sheetName: "政策推進部 令和7年度",
      },
    ]);
  });

  it("sends a fixed share of the target when the city chooses one for the mid-year check (#18)", async () => {
    const requests: InsertRequest[] = [];
    renderInsert(async (request) => {
      requests.push(request);
      return { status: "done", sheet: "総務部", renamed: false } satisfies InsertOutcome;
    });
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

  it("lists every problem the job reports, in the pane's language", async () => {
    renderInsert(
      async () => ({
        status: "invalid",
        problems: [
          { ja: "部の名前を入力してください。", en: "Enter the department's name." },
          { ja: "年度を読み取れません。", en: "Cannot read the fiscal year." },
        ],
      }),
      "en-US",
    );
    await act(async () => {
      fireEvent.click(screen.getByTestId("insert-submit"));
    });
    const items = await screen.findAllByRole("listitem");
    expect(items.map((li) => li.textContent)).toEqual(["Enter the department's name.", "Cannot read the fiscal year."]);
  });

  it("cannot be submitted where there is no workbook", () => {
    renderInsert(undefined);
    expect((screen.getByTestId("insert-submit") as HTMLButtonElement).disabled).toBe(true);
  });
});
