/** @jest-environment jsdom */
import { act, fireEvent, render, screen } from "@testing-library/react";
import { Root } from "../../src/taskpane/Root";

jest.setTimeout(30_000);

describe("task pane", () => {
  it("renders in Japanese by default and says it is not inside Excel", () => {
    render(<Root host={{ kind: "none", reason: "office-js-missing" }} browserLanguages={["ja-JP"]} />);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("達成 Tassei");
    expect(screen.getByTestId("host-status").textContent).toContain("Excel の外で開いています");
  });

  it("offers the four jobs, each saying outside Excel that it needs Excel", async () => {
    render(<Root host={{ kind: "none", reason: "not-excel" }} browserLanguages={["ja"]} />);
    expect(screen.getAllByRole("tab")).toHaveLength(4);
    for (const name of ["シートを作成", "計画を編集", "このシートを評価", "全庁集約"]) {
      expect(screen.getByRole("tab", { name })).toBeTruthy();
    }
    act(() => {
      fireEvent.click(screen.getByRole("tab", { name: "シートを作成" }));
    });
    // The form loads with its tab (a chunk of its own).
    expect(await screen.findByTestId("insert-form", {}, { timeout: 15_000 })).toBeTruthy();
    act(() => {
      fireEvent.click(screen.getByRole("tab", { name: "計画を編集" }));
    });
    expect((await screen.findByTestId("edit-unavailable", {}, { timeout: 15_000 })).textContent).toBe(
      "Excel でアドインとして開くと、シートに追加できます。",
    );
    act(() => {
      fireEvent.click(screen.getByRole("tab", { name: "全庁集約" }));
    });
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("全庁集約");
    // The panel loads with its tab, as the plan's forms do.
    await screen.findByTestId("consolidate-run", {}, { timeout: 15_000 });
    expect(screen.getByTestId("job-consolidate").textContent).toContain(
      "Excel でアドインとして開くと、全庁サマリーを作成できます。",
    );
    expect((screen.getByTestId("consolidate-run") as HTMLButtonElement).disabled).toBe(true);
  });

  it("switches to English and follows Office's display language", () => {
    render(<Root host={{ kind: "excel", displayLanguage: "en-US", theme: undefined }} browserLanguages={["ja-JP"]} />);
    expect(screen.getByTestId("host-status").textContent).toBe("Connected to Excel.");
    act(() => {
      fireEvent.change(screen.getByLabelText("Language"), { target: { value: "ja" } });
    });
    expect(screen.getByTestId("host-status").textContent).toBe("Excel に接続しています。");
    expect(document.documentElement.lang).toBe("ja");
  });

  // #20 item 8: the chosen language is remembered for the next opening; outside Excel the preview is a click away.
  it("remembers the language chosen, over Office's and the browser's, for the next opening", () => {
    const kept: string[] = [];
    const store = {
      read: () => (kept.at(-1) === "en" ? ("en" as const) : null),
      write: (l: "ja" | "en") => void kept.push(l),
    };
    const first = render(
      <Root host={{ kind: "none", reason: "not-excel" }} browserLanguages={["ja-JP"]} languageStore={store} />,
    );
    expect(screen.getByTestId("host-status").textContent).toContain("Excel の外で開いています");
    act(() => {
      fireEvent.change(screen.getByLabelText("表示言語"), { target: { value: "en" } });
    });
    expect(kept).toEqual(["en"]);
    first.unmount();
    render(
      <Root
        host={{ kind: "excel", displayLanguage: "ja-JP", theme: undefined }}
        browserLanguages={["ja-JP"]}
        languageStore={store}
      />,
    );
    expect(screen.getByTestId("host-status").textContent).toBe("Connected to Excel.");
  });

  it("follows Office's display language once Office is ready, when no language was chosen", () => {
    const view = render(<Root host={undefined} browserLanguages={["ja-JP"]} />);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("達成 Tassei");
    view.rerender(
      <Root host={{ kind: "excel", displayLanguage: "en-US", theme: undefined }} browserLanguages={["ja-JP"]} />,
    );
    expect(screen.getByTestId("host-status").textContent).toBe("Connected to Excel.");
  });

  it("outside Excel links to the preview", () => {
    render(<Root host={{ kind: "none", reason: "not-excel" }} browserLanguages={["ja-JP"]} />);
    const link = screen.getByTestId("host-preview-link");
    expect(link.getAttribute("href")).toBe("preview.html");
    expect(link.textContent).toBe("Excel がなくても、プレビューで試せます。");
  });
});
