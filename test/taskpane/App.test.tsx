/** @jest-environment jsdom */
import { act, fireEvent, render, screen } from "@testing-library/react";
import { Root } from "../../src/taskpane/Root";

describe("task pane", () => {
  it("renders in Japanese by default and says it is not inside Excel", () => {
    render(<Root host={{ kind: "none", reason: "office-js-missing" }} browserLanguages={["ja-JP"]} />);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("達成 Tassei");
    expect(screen.getByTestId("host-status").textContent).toContain("Excel の外で開いています");
  });

  it("offers the three jobs and says plainly which are not available yet", () => {
    render(<Root host={{ kind: "none", reason: "not-excel" }} browserLanguages={["ja"]} />);
    expect(screen.getAllByRole("tab")).toHaveLength(3);
    act(() => {
      fireEvent.click(screen.getByRole("tab", { name: "シートを作成" }));
    });
    expect(screen.getByTestId("insert-form")).toBeTruthy();
    expect(screen.queryByTestId("not-available")).toBeNull();
    for (const name of ["全庁集約"]) {
      act(() => {
        fireEvent.click(screen.getByRole("tab", { name }));
      });
      expect(screen.getByRole("heading", { level: 2 }).textContent).toBe(name);
      expect(screen.getByTestId("not-available").textContent).toContain("まだ使えません");
    }
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
