/** @jest-environment jsdom */
/**
 * The whole preview page: the real task pane beside the grid, on the seed workbook. Grading from the
 * pane changes the grid; the pane's "select cell" moves the grid's selection; the page follows the
 * pane's language.
 */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { bootPreview } from "../../../src/preview/page/boot";
import { PreviewPage, previewHost } from "../../../src/preview/page/PreviewPage";
import { HAND_MADE_SHEET_NAME } from "../../../src/samples/hand-made";
import { sampleSheets } from "../../../src/samples/workbook";
import { activeAddress, cell, grid } from "./render";

jest.setTimeout(30_000);

function renderPage(state: Parameters<typeof PreviewPage>[0]["state"], language = "ja-JP") {
  render(<PreviewPage state={state} host={previewHost(language)} browserLanguages={[language]} />);
}

describe("preview page", () => {
  it("says it is loading, or why it could not start", () => {
    renderPage({ status: "loading" });
    expect(screen.getByRole("status").textContent).toBe("見本のブックを準備しています…");
    expect(screen.getByRole("note").textContent).toContain("プレビュー");
    renderPage({ status: "failed", detail: "boom" });
    expect(screen.getByRole("alert").textContent).toBe("プレビューを開始できませんでした: boom");
  });

  it("shows the pane beside the seed sheets, and grading from the pane redraws the grade cells", async () => {
    const session = await bootPreview();
    renderPage({ status: "ready", session });
    const pane = screen.getByRole("complementary", { name: "作業ウィンドウ" });
    expect(within(pane).getByRole("heading", { level: 1 }).textContent).toBe("達成 Tassei");
    expect(within(pane).getByTestId("host-status").getAttribute("data-host")).toBe("excel");
    const tabs = within(screen.getByRole("tablist", { name: "シート見出し" }));
    expect(tabs.getAllByRole("tab").map((tab) => tab.textContent)).toEqual([
      ...sampleSheets().map((s) => s.sheetName),
      HAND_MADE_SHEET_NAME,
    ]);
    expect(cell("A1").textContent).toBe("政策推進部　令和7年度 (2025年度)　運営方針");

    act(() => {
      fireEvent.click(tabs.getByRole("tab", { name: "都市経営部" }));
    });
    expect(cell("M18").textContent).toBe("");
    expect(cell("K62").textContent).toBe("評価ボタンで判定");
    await act(async () => {
      fireEvent.click(within(pane).getByTestId("grade-run"));
    });
    await waitFor(() => expect(within(pane).getByTestId("grade-result")).toBeTruthy());
    expect(cell("M18").textContent).toBe("A");
    expect(cell("M18").style.backgroundColor).toBe("rgb(198, 239, 206)");
    expect(cell("K62").textContent).toBe("A");
    expect(cell("G62").textContent).toBe("80.0%");
    expect(tabs.getByRole("tab", { name: "Tassei ログ" })).toBeTruthy();
    // 全6回実施 against 6回 is read (6 times of 回): nothing on 都市経営部 needs fixing.
    expect(within(pane).queryAllByRole("button", { name: /^セル .+ を選択$/ })).toEqual([]);

    // The pane's "select cell" button for a problem moves the grid's selection there (総合政策部's 上昇).
    act(() => {
      fireEvent.click(tabs.getByRole("tab", { name: "総合政策部" }));
    });
    await act(async () => {
      fireEvent.click(within(pane).getByTestId("grade-run"));
    });
    await waitFor(() =>
      expect(within(pane).getAllByRole("button", { name: /^セル .+ を選択$/ }).length).toBeGreaterThan(0),
    );
    const select = within(pane).getAllByRole("button", { name: /^セル .+ を選択$/ })[0]!;
    const address = /セル (.+) を選択/.exec(select.textContent ?? "")![1];
    await act(async () => {
      fireEvent.click(select);
    });
    await waitFor(() => expect(activeAddress()).toBe(address));
    expect(grid().getAttribute("aria-label")).toBe("シート「総合政策部」");
  });

  it("follows the language chosen in the pane", async () => {
    const session = await bootPreview();
    renderPage({ status: "ready", session });
    act(() => {
      fireEvent.change(screen.getByLabelText("表示言語"), { target: { value: "en" } });
    });
    await waitFor(() => expect(screen.getByRole("note").textContent).toContain("Preview: instead of Excel"));
    expect(grid().getAttribute("aria-label")).toBe("Sheet “政策推進部”");
    expect(screen.getByRole("tablist", { name: "Sheet tabs" })).toBeTruthy();
    expect(screen.getByLabelText("Formula bar")).toBeTruthy();
  });
});
