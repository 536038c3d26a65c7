/** @jest-environment jsdom */
import { act, fireEvent, render, screen } from "@testing-library/react";
import { Root } from "../../src/taskpane/Root";

describe("task pane", () => {
  it("renders in Japanese by default and says it is not inside Excel", () => {
    render(<Root host={{ kind: "none", reason: "office-js-missing" }} browserLanguages={["ja-JP"]} />);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("達成 Tassei");
    expect(screen.getByTestId("host-status").textContent).toContain("Excel の外で開いています");
  });

  it("offers the three jobs, each saying outside Excel that it needs Excel", () => {
    render(<Root host={{ kind: "none", reason: "not-excel" }} browserLanguages={["ja"]} />);
    expect(screen.getAllByRole("tab")).toHaveLength(3);
    act(() => {
      fireEvent.click(screen.getByRole("tab", { name: "シートを作成" }));
    });
    expect(screen.getByTestId("insert-form")).toBeTruthy();
    act(() => {
      fireEvent.click(screen.getByRole("tab", { name: "全庁集約" }));
    });
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("全庁集約");
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
});
