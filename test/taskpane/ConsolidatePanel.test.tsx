/** @jest-environment jsdom */
/**
 * The Consolidate tab driving the real jobs (the Office.js adapter on the in-memory Excel, preloaded with the
 * five seed departments): tick sheets, add a broken file, build the summary, see the exceptions.
 */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { type ConsolidationResult, SUMMARY_SHEET_NAME } from "../../src/core/consolidate";
import { applyPlan } from "../../src/excel/apply";
import { readSnapshot } from "../../src/excel/read";
import { createInMemoryExcel, type InMemoryExcel } from "@tassei/in-memory-excel";
import { sampleSheets, sampleWorkbookPlan } from "../../src/samples/workbook";
import { PreviewWorkbook } from "../../src/preview/page/grid/preview-workbook";
import { previewJobs } from "../../src/preview/page/boot";
import { excelJobs } from "../../src/taskpane/excel-jobs";
import type { ConsolidateRequest, PaneJobs } from "../../src/taskpane/jobs";
import { Root } from "../../src/taskpane/Root";
import { paneJobs } from "./pane-jobs";
import { EMPTY_CITY } from "../support/city";

jest.setTimeout(60_000);

async function seededExcel(): Promise<InMemoryExcel> {
  const excel = createInMemoryExcel({ sheets: [] });
  await excel.run((context) => applyPlan(context, sampleWorkbookPlan()));
  return excel;
}

/** Renders the pane on 全庁集約 and waits for the panel, which loads with its tab (a chunk of its own). */
async function renderConsolidate(jobs: PaneJobs | undefined, language = "ja-JP") {
  render(
    <Root
      host={{ kind: "excel", displayLanguage: language, theme: undefined }}
      browserLanguages={[language]}
      jobs={jobs}
      initialJob="consolidate"
    />,
  );
  await screen.findByTestId("consolidate-run", {}, { timeout: 15_000 });
}

const brokenFile = {
  name: "壊れた.xlsx",
  arrayBuffer: async () => new TextEncoder().encode("これは zip ではない").buffer,
};

describe("consolidate panel", () => {
  it("consolidates the ticked seed sheets and a broken file into 全庁サマリー, listing what to follow up", async () => {
    const excel = await seededExcel();
    await renderConsolidate(
      excelJobs(
        (batch) => excel.run(batch),
        () => true,
      ),
    );
    const names = sampleSheets().map((s) => s.sheetName);
    const list = screen.getByTestId("consolidate-sheets");
    await waitFor(() => expect(within(list).getAllByRole("checkbox")).toHaveLength(5));
    act(() => {
      fireEvent.click(within(list).getAllByRole("checkbox")[1]!);
    });
    fireEvent.change(screen.getByTestId("consolidate-files"), { target: { files: [brokenFile] } });
    expect(screen.getByTestId("consolidate-file-list").textContent).toContain("壊れた.xlsx");

    await act(async () => {
      fireEvent.click(screen.getByTestId("consolidate-run"));
    });
    await waitFor(() => expect(screen.getByTestId("consolidate-result")).toBeTruthy(), { timeout: 30_000 });

    // One fiscal year per summary, the latest: 令和7年度's 政策推進部 and 市長公室 (the second sheet was unticked;
    // 都市経営部 and 総合政策部 are other years, listed as skipped).
    const rows = within(screen.getByTestId("consolidate-departments")).getAllByRole("row");
    expect(rows).toHaveLength(1 + 2);
    const year = screen.getByTestId("consolidate-year") as HTMLSelectElement;
    expect(year.value).toBe("2025");
    expect([...year.options].map((o) => o.value)).toEqual(["2025", "2023", "2021"]);
    await act(async () => {
      fireEvent.change(year, { target: { value: "2023" } });
    });
    await waitFor(
      () =>
        expect(within(screen.getByTestId("consolidate-departments")).getAllByRole("row")[1]?.textContent).toContain(
          "都市経営部",
        ),
      { timeout: 30_000 },
    );
    expect(within(screen.getByTestId("consolidate-departments")).getAllByRole("row")).toHaveLength(1 + 1);
    expect(screen.getByTestId("consolidate-file-list").textContent).toContain("壊れた.xlsx を読み取れませんでした");
    expect(screen.getByTestId("consolidate-exceptions").textContent).toContain("壊れた.xlsx");
    const snapshot = await excel.run((c) => readSnapshot(c, { sheets: [] }));
    expect(snapshot.sheetNames).toEqual([...names, SUMMARY_SHEET_NAME]);

    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "全庁サマリーを表示" }));
    });
    expect((await excel.run((c) => readSnapshot(c, { sheets: [] }))).activeSheet).toBe(SUMMARY_SHEET_NAME);
  });

  it("says what to do when nothing is ticked and no file is added, in English too", async () => {
    await renderConsolidate(paneJobs({ departmentSheets: async () => [] }), "en-US");
    await waitFor(() => expect(screen.getByTestId("consolidate-sheets").textContent).toContain("No department sheet"));
    expect(screen.getByText("Tick a sheet or add a file first.")).toBeTruthy();
    expect((screen.getByTestId("consolidate-run") as HTMLButtonElement).disabled).toBe(true);
  });

  it("offers to copy the files' sheets where Excel can, sending the unticked sheets as exclusions", async () => {
    const requests: ConsolidateRequest[] = [];
    await renderConsolidate(
      paneJobs({
        canCopySheets: true,
        departmentSheets: async () => [
          { sheet: "政策推進部", department: "政策推進部", fiscalYear: 2025 },
          { sheet: "市長公室", department: "市長公室", fiscalYear: 2025 },
        ],
        consolidate: async (request) => {
          requests.push(request);
          return { status: "refused", message: { ja: "テスト", en: "test" } };
        },
      }),
    );
    await waitFor(() => expect(screen.getByTestId("consolidate-sheet-市長公室")).toBeTruthy());
    act(() => {
      fireEvent.click(within(screen.getByTestId("consolidate-sheets")).getAllByRole("checkbox")[1]!);
    });
    fireEvent.change(screen.getByTestId("consolidate-files"), { target: { files: [brokenFile] } });
    act(() => {
      fireEvent.click(screen.getByLabelText("ファイルの部のシートをこのブックにもコピーする"));
    });
    await act(async () => {
      fireEvent.click(screen.getByTestId("consolidate-run"));
    });
    expect(requests).toEqual([{ exclude: ["市長公室"], files: [brokenFile], copySheets: true }]);
  });

  it("says where Excel cannot copy sheets, and keeps the option off", async () => {
    await renderConsolidate(paneJobs({ canCopySheets: false, departmentSheets: async () => [] }));
    await waitFor(() =>
      expect(screen.getByTestId("consolidate-sheets").textContent).toContain("部のシートは見つかりません"),
    );
    expect((screen.getByLabelText("ファイルの部のシートをこのブックにもコピーする") as HTMLInputElement).disabled).toBe(
      true,
    );
    expect(screen.getByTestId("job-consolidate").textContent).toContain("ExcelApi 1.13 が必要です");
  });

  it("shows a refusal from the job (a sheet named 全庁サマリー that is not Tassei's)", async () => {
    await renderConsolidate(
      paneJobs({
        departmentSheets: async () => [{ sheet: "政策推進部", department: "政策推進部", fiscalYear: 2025 }],
        consolidate: async () => ({
          status: "refused",
          message: { ja: "「全庁サマリー」は Tassei が作ったシートではありません。", en: "not Tassei's" },
        }),
      }),
    );
    await waitFor(() => expect(screen.getByTestId("consolidate-sheet-政策推進部")).toBeTruthy());
    await act(async () => {
      fireEvent.click(screen.getByTestId("consolidate-run"));
    });
    expect(screen.getByTestId("consolidate-message").textContent).toContain("Tassei が作ったシートではありません");
  });
});

describe("a result of the workbook as it was", () => {
  it("stays while tabs change, and goes with a word when a person edits a cell", async () => {
    const excel = await seededExcel();
    const workbook = new PreviewWorkbook(excel);
    await renderConsolidate(previewJobs(excel, workbook));
    await waitFor(() =>
      expect(within(screen.getByTestId("consolidate-sheets")).getAllByRole("checkbox")).toHaveLength(5),
    );
    await act(async () => {
      fireEvent.click(screen.getByTestId("consolidate-run"));
    });
    await waitFor(() => expect(screen.getByTestId("consolidate-result")).toBeTruthy(), { timeout: 30_000 });
    // Another tab and back: the result is still there (the summary the job wrote is Tassei's, not a person's edit).
    await act(async () => {
      fireEvent.click(screen.getByTestId("tab-grade"));
    });
    await act(async () => {
      fireEvent.click(screen.getByTestId("tab-consolidate"));
    });
    expect(screen.getByTestId("consolidate-result")).toBeTruthy();
    // A person types into a department sheet: the summary no longer says what the sheets say.
    await act(async () => {
      workbook.enter(sampleSheets()[0]!.sheetName, 40, 1, "変更");
    });
    expect(screen.queryByTestId("consolidate-result")).toBeNull();
    expect(screen.getByTestId("consolidate-dropped").textContent).toContain(
      "ブックが変更されたため、前回の結果を消しました",
    );
  });
});

describe("consolidate panel's year and sheet list", () => {
  const summary = (fiscalYear: number) => ({
    summarySheet: SUMMARY_SHEET_NAME,
    createdAt: "2025-07-01T01:00:00.000Z",
    fiscalYear,
    fiscalYears: [2025, 2023],
    letters: ["A", "B", "C", "D", "E"],
    city: EMPTY_CITY,
    sources: [],
    departments: [],
    groups: [],
    goals: [],
    exceptions: [],
    changes: [],
    history: null,
    print: { paper: "A3" as const, orientation: "landscape" as const },
    notSignedOff: [],
    roster: null,
  });

  /** The tab with one sheet listed, after a run whose result is `summary` with `fields` in it. */
  async function consolidated(fields: Partial<ConsolidationResult>, sheet: string) {
    await renderConsolidate(
      paneJobs({
        departmentSheets: async () => [{ sheet, department: sheet, fiscalYear: 2025 }],
        consolidate: async () => ({ status: "done", result: { ...summary(2025), ...fields } }),
      }),
    );
    await act(async () => {
      fireEvent.click(screen.getByTestId("consolidate-run"));
    });
  }

  it("re-runs for another year without copying the picked files' sheets a second time", async () => {
    const requests: ConsolidateRequest[] = [];
    await renderConsolidate(
      paneJobs({
        canCopySheets: true,
        departmentSheets: async () => [{ sheet: "市長公室", department: "市長公室", fiscalYear: 2025 }],
        consolidate: async (request) => {
          requests.push(request);
          return { status: "done", result: summary(request.fiscalYear ?? 2025) };
        },
      }),
    );
    const file = { name: "総務部.xlsx", arrayBuffer: async () => new ArrayBuffer(0) };
    fireEvent.change(screen.getByTestId("consolidate-files"), { target: { files: [file] } });
    await act(async () => {
      fireEvent.click(screen.getByTestId("consolidate-copy"));
    });
    await act(async () => {
      fireEvent.click(screen.getByTestId("consolidate-run"));
    });
    await act(async () => {
      fireEvent.change(await screen.findByTestId("consolidate-year"), { target: { value: "2023" } });
    });
    expect(requests.map((r) => [r.copySheets, r.fiscalYear])).toEqual([
      [true, undefined],
      [false, 2023],
    ]);
  });

  it("keeps the year chosen for the next run, until the sheets ticked change", async () => {
    const requests: ConsolidateRequest[] = [];
    await renderConsolidate(
      paneJobs({
        departmentSheets: async () => [{ sheet: "市長公室", department: "市長公室", fiscalYear: 2025 }],
        consolidate: async (request) => {
          requests.push(request);
          return { status: "done", result: summary(request.fiscalYear ?? 2025) };
        },
      }),
    );
    await act(async () => {
      fireEvent.click(screen.getByTestId("consolidate-run"));
    });
    await act(async () => {
      fireEvent.change(await screen.findByTestId("consolidate-year"), { target: { value: "2023" } });
    });
    await act(async () => {
      fireEvent.click(screen.getByTestId("consolidate-run"));
    });
    expect((screen.getByTestId("consolidate-year") as HTMLSelectElement).value).toBe("2023");
    await act(async () => {
      fireEvent.click(await screen.findByRole("checkbox", { name: /市長公室/ }));
    });
    await act(async () => {
      fireEvent.click(await screen.findByRole("checkbox", { name: /市長公室/ }));
    });
    await act(async () => {
      fireEvent.click(screen.getByTestId("consolidate-run"));
    });
    expect(requests.map((r) => r.fiscalYear)).toEqual([undefined, 2023, 2023, undefined]);
  });

  it("says the city's grade and rate, and how many departments they average", async () => {
    const previous = { ...EMPTY_CITY, fiscalYear: 2024, rate: 0.9, rateText: "90.0%", grade: "A" };
    const city = { ...EMPTY_CITY, rate: 0.744, rateText: "74.4%", grade: "B", departmentsCounted: 4, previous };
    await consolidated({ city }, "市長公室");
    expect((await screen.findByTestId("consolidate-city")).textContent).toBe(
      "全庁: B（74.4%）　4 部局の達成率の平均前年度（令和6年度）: A（90.0%）",
    );
  });

  it("names the departments on the roster that sent nothing", async () => {
    const roster = { source: "sheet" as const, departments: 3, notSubmitted: ["環境部", "市民部"] };
    await consolidated({ roster }, "総務部");
    expect((await screen.findByTestId("consolidate-not-submitted")).textContent).toBe(
      "未提出 2 部（部局一覧 3 部のうち）: 環境部、市民部",
    );
  });

  it("names the departments whose heads have not signed off", async () => {
    const notSignedOff = [{ department: "市民部", section: { name: "鈴木", date: "2026/3/29" }, director: null }];
    await consolidated({ notSignedOff }, "市民部");
    expect((await screen.findByTestId("consolidate-not-signed-off")).textContent).toBe(
      "課長確認・部長確認が済んでいない部局 1 部: 市民部",
    );
  });

  it("shows a department's grades across the years the sources hold, and each indicator's under it", async () => {
    const figure = (rateText: string, grade: string) => ({
      rate: Number(rateText.replace("%", "")) / 100,
      rateText,
      grade,
    });
    const history = {
      years: [2024, 2025],
      departments: [
        {
          department: "総務部",
          years: [figure("90.0%", "B"), null],
          indicators: [],
        },
        {
          department: "環境部",
          years: [figure("78.4%", "B"), figure("100.0%", "A")],
          indicators: [
            { name: "ごみ排出量", years: [figure("95.2%", "B"), figure("125.0%", "A")] },
            { name: "相談件数", years: [null, { rate: null, rateText: null, grade: "E" }] },
          ],
        },
      ],
    };
    await consolidated({ history }, "総務部");
    const rows = within(await screen.findByTestId("consolidate-history")).getAllByRole("row");
    // The rate as grading wrote it (125.0%, never re-rounded), the grade alone where there is no rate.
    expect(rows.map((row) => row.textContent)).toEqual([
      "部・指標令和6年度令和7年度",
      "総務部B（90.0%）－",
      "環境部B（78.4%）A（100.0%）",
      "ごみ排出量B（95.2%）A（125.0%）",
      "相談件数－E",
    ]);
    expect(screen.getAllByTestId("consolidate-history-indicator")).toHaveLength(2);
    // A screen reader hears which department an indicator's row belongs to.
    expect(screen.getByRole("cell", { name: "環境部の指標 ごみ排出量" })).toBeTruthy();
  });

  it("tells apart indicators of one name by their goal, and keeps a unique name as it is", async () => {
    const figure = (rateText: string, grade: string) => ({
      rate: Number(rateText.replace("%", "")) / 100,
      rateText,
      grade,
    });
    const history = {
      years: [2025, 2026],
      departments: [
        {
          department: "福祉部",
          years: [figure("70.0%", "B"), figure("70.0%", "B")],
          indicators: [
            { name: "参加者数", place: { goalNo: 1, nth: null }, years: [figure("100.0%", "A"), figure("40.0%", "D")] },
            { name: "参加者数", place: { goalNo: 2, nth: null }, years: [figure("40.0%", "D"), figure("100.0%", "A")] },
            { name: "相談件数", years: [figure("80.0%", "B"), figure("90.0%", "B")] },
          ],
        },
      ],
    };
    await consolidated({ history }, "福祉部");
    const rows = within(await screen.findByTestId("consolidate-history")).getAllByRole("row");
    expect(rows.map((row) => row.textContent)).toEqual([
      "部・指標令和7年度令和8年度",
      "福祉部B（70.0%）B（70.0%）",
      "参加者数（目標1）A（100.0%）D（40.0%）",
      "参加者数（目標2）D（40.0%）A（100.0%）",
      "相談件数B（80.0%）B（90.0%）",
    ]);
    expect(screen.getByRole("cell", { name: "福祉部の指標 参加者数（目標2）" })).toBeTruthy();
  });

  it("says how the summary will print and how Excel makes the PDF", async () => {
    await consolidated({}, "総務部");
    const print = (await screen.findByTestId("consolidate-print")).textContent ?? "";
    expect(print).toContain("「全庁サマリー」は A3 横・1 ページ幅・見出し行の繰り返しで印刷されるよう設定しました。");
    expect(print).toContain("［ファイル］›［エクスポート］›［PDF/XPS ドキュメントの作成］");
  });

  it("finds the sheets again each time its tab is opened, so a sheet added meanwhile is listed", async () => {
    let listed = 0;
    await renderConsolidate(
      paneJobs({
        departmentSheets: async () => {
          listed += 1;
          return [];
        },
      }),
    );
    await waitFor(() => expect(listed).toBe(1));
    await act(async () => {
      fireEvent.click(screen.getByTestId("tab-grade"));
    });
    await act(async () => {
      fireEvent.click(screen.getByTestId("tab-consolidate"));
    });
    await waitFor(() => expect(listed).toBe(2));
  });
});
