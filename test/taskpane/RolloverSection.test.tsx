/** @jest-environment jsdom */
/** 次年度作成 in the pane (#18): the two buttons ask the job for the active sheet or every sheet, and show what it did. */
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { Root } from "../../src/taskpane/Root";
import { paneJobs } from "./pane-jobs";

it("asks for the active sheet or for all, and shows the job's summary or its reason", async () => {
  const scopes: string[] = [];
  render(
    <Root
      host={{ kind: "excel", displayLanguage: "ja-JP", theme: undefined }}
      browserLanguages={["ja-JP"]}
      jobs={paneJobs({
        rollover: async (scope) => {
          scopes.push(scope);
          return scope === "active"
            ? {
                status: "done",
                summary: { ja: "「環境部」から次年度のシート「環境部 令和8年度」を作りました。", en: "Made" },
              }
            : { status: "failed", message: { ja: "部のシートがありません。", en: "None" } };
        },
      })}
      initialJob="insert"
    />,
  );
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "このシートから作成" }));
  });
  await waitFor(() => expect(screen.getByTestId("rollover-done").textContent).toContain("環境部 令和8年度"));
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "すべての部のシートから作成" }));
  });
  await waitFor(() => expect(screen.getByTestId("rollover-failed").textContent).toContain("部のシートがありません"));
  expect(scopes).toEqual(["active", "all"]);
});
