/** @jest-environment jsdom */
import { act, cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import type { GradeResult } from "../../src/core/grade";
import { Root } from "../../src/taskpane/Root";
import type { PaneJobs } from "../../src/taskpane/jobs";
import { paneJobs } from "./pane-jobs";

const result: GradeResult = {
  sheet: "政策推進部",
  gradedAt: "2026-03-31T09:00:00.000Z",
  scale: { id: "default", version: 1, name: { ja: "達成度 A〜E（標準）", en: "Grades A–E (standard)" } },
  counts: { A: 2, B: 1, C: 0, D: 0, E: 1, ungraded: 2 },
  department: { grade: "B", rateText: "82.5%", reason: null, message: { ja: "B", en: "B" } },
  goals: [],
  tables: [],
  problems: [
    {
      cell: "H31",
      raw: "5 億円(個人版) 5500 万円(企業版)",
      reason: "several_values",
      message: { ja: "1つのセルに 2 つの値が書かれています。", en: "This cell holds 2 values." },
    },
  ],
  waiting: [],
  conversions: [{ cell: "H30", original: "△53人", value: -53, numberFormat: '#,##0"人";"△"#,##0"人"' }],
  restoredFormulas: ["J30"],
  undoable: true,
};

function renderGrade(jobs: PaneJobs | undefined, language = "ja-JP") {
  render(
    <Root
      host={{ kind: "excel", displayLanguage: language, theme: undefined }}
      browserLanguages={[language]}
      jobs={jobs}
      initialJob="grade"
    />,
  );
}

describe("grade panel", () => {
  it("shows the department's grade, the counts per grade and every problem with a button to its cell", async () => {
    const selected: string[] = [];
    renderGrade(
      paneJobs({
        grade: async () => ({ status: "done", result }),
        selectCell: async (sheet, cell) => void selected.push(`${sheet}!${cell}`),
      }),
    );
    await act(async () => {
      fireEvent.click(screen.getByTestId("grade-run"));
    });
    await waitFor(() => expect(screen.getByTestId("grade-department").textContent).toContain("B (82.5%)"));
    expect(screen.getByTestId("grade-count-A").textContent).toBe("2");
    expect(screen.getByTestId("grade-count-ungraded").textContent).toBe("2");
    expect(screen.getByTestId("grade-problems").textContent).toContain("1つのセルに 2 つの値");
    expect(screen.getByTestId("grade-restored").textContent).toContain("J30");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "セル H31 を選択" }));
    });
    expect(selected).toEqual(["政策推進部!H31"]);
  });

  it("shows the mid-year check beside the year-end grade, in both languages, only when there is one", async () => {
    const midYear: GradeResult = {
      ...result,
      interim: {
        rule: { basis: "elapsed" },
        date: "2026-09-30",
        dateCell: "E5",
        share: 0.5,
        shareText: "50.0%",
        counts: { A: 2, B: 1, C: 0, D: 1, E: 0, ungraded: 0 },
        department: {
          grade: "B",
          rateText: "80.8%",
          reason: null,
          message: { ja: "達成率 80.8%、達成度 B（概ね達成）", en: "Rate 80.8%, grade B (Mostly achieved)" },
        },
      },
    };
    renderGrade(paneJobs({ grade: async () => ({ status: "done", result: midYear }) }));
    await act(async () => {
      fireEvent.click(screen.getByTestId("grade-run"));
    });
    await waitFor(() =>
      expect(screen.getByTestId("grade-interim-department").textContent).toBe("部全体の中間評価: B (80.8%)"),
    );
    // The year end's own line is the year end's.
    expect(screen.getByTestId("grade-department").textContent).toContain("B (82.5%)");
    expect(screen.getByTestId("grade-interim-basis").textContent).toBe(
      "中間時点 2026/9/30：目標値を年度の経過割合 50.0% で按分",
    );
    expect(screen.getByTestId("grade-interim-count-D").textContent).toBe("1");
    cleanup();

    renderGrade(paneJobs({ grade: async () => ({ status: "done", result: midYear }) }), "en-US");
    await act(async () => {
      fireEvent.click(screen.getByTestId("grade-run"));
    });
    await waitFor(() =>
      expect(screen.getByTestId("grade-interim-department").textContent).toBe("Department mid-year grade: B (80.8%)"),
    );
    expect(screen.getByTestId("grade-interim-basis").textContent).toBe(
      "as of 2026/9/30: the target pro-rated to 50.0%, the share of the fiscal year gone by",
    );
    cleanup();

    // A sheet without 中間実績: nothing of the mid-year check.
    renderGrade(paneJobs({ grade: async () => ({ status: "done", result }) }));
    await act(async () => {
      fireEvent.click(screen.getByTestId("grade-run"));
    });
    await waitFor(() => expect(screen.getByTestId("grade-department")).toBeTruthy());
    expect(screen.queryByTestId("grade-interim")).toBeNull();
  });

  it("says why there is no mid-year grade and selects the 中間時点 cell to fill in", async () => {
    const selected: string[] = [];
    const undated: GradeResult = {
      ...result,
      interim: {
        rule: { basis: "elapsed" },
        date: null,
        dateCell: "E5",
        share: null,
        shareText: null,
        counts: { A: 0, B: 0, C: 0, D: 0, E: 0, ungraded: 2 },
        department: {
          grade: null,
          rateText: null,
          reason: "interim_date_missing",
          message: { ja: "中間時点（中間実績の日付）がありません。", en: "The interim date (中間時点) is missing." },
        },
      },
    };
    renderGrade(
      paneJobs({
        grade: async () => ({ status: "done", result: undated }),
        selectCell: async (sheet, cell) => void selected.push(`${sheet}!${cell}`),
      }),
    );
    await act(async () => {
      fireEvent.click(screen.getByTestId("grade-run"));
    });
    await waitFor(() => expect(screen.getByTestId("grade-interim-department").textContent).toContain("評価なし"));
    expect(screen.getByTestId("grade-interim-basis").textContent).toBe("中間時点なし");
    expect(screen.getByTestId("grade-interim-reason").textContent).toContain(
      "中間時点（中間実績の日付）がありません。",
    );
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "セル E5 を選択" }));
    });
    expect(selected).toEqual(["政策推進部!E5"]);
  });

  it("keeps the grades across tabs and drops them, saying so, when a person edits the workbook", async () => {
    // Every panel that shows a result listens (the Consolidate tab too, once opened).
    const listeners = new Set<() => void>();
    const edited = () => listeners.forEach((listener) => listener());
    renderGrade(
      paneJobs({
        grade: async () => ({ status: "done", result }),
        watchEdits: (listener) => {
          listeners.add(listener);
          return () => void listeners.delete(listener);
        },
      }),
    );
    await act(async () => {
      fireEvent.click(screen.getByTestId("grade-run"));
    });
    await waitFor(() => expect(screen.getByTestId("grade-department")).toBeTruthy());
    await act(async () => {
      fireEvent.click(screen.getByTestId("tab-consolidate"));
    });
    await act(async () => {
      fireEvent.click(screen.getByTestId("tab-grade"));
    });
    expect(screen.getByTestId("grade-department").textContent).toContain("B (82.5%)");
    await act(async () => {
      edited();
    });
    expect(screen.queryByTestId("grade-department")).toBeNull();
    expect(screen.getByTestId("grade-dropped").textContent).toContain("ブックが変更されたため");
  });

  it("undoes the last conversion from the pane", async () => {
    let undone = 0;
    renderGrade(
      paneJobs({
        grade: async () => ({ status: "done", result }),
        undo: async () => {
          undone += 1;
          return { status: "done", restored: 1 };
        },
      }),
      "en-US",
    );
    await act(async () => {
      fireEvent.click(screen.getByTestId("grade-run"));
    });
    await act(async () => {
      fireEvent.click(await screen.findByRole("button", { name: "Undo" }));
    });
    expect(undone).toBe(1);
    expect(screen.getByTestId("grade-undo-result").textContent).toBe(
      "Cells restored to how they were before grading: 1.",
    );
    // The grades shown were the undone grading's: they go, and grading again gives the sheet's.
    expect(screen.queryByTestId("grade-result")).toBeNull();
    expect(screen.queryByTestId("grade-undo")).toBeNull();
  });

  it("has what the grading says heard by a screen reader: its message goes to a live region", async () => {
    renderGrade(
      paneJobs({
        grade: async () => ({ status: "no_table", message: { ja: "指標表がありません。", en: "No KPI table." } }),
      }),
    );
    await act(async () => {
      fireEvent.click(screen.getByTestId("grade-run"));
    });
    // The announcer writes innerText, which jsdom keeps as a property rather than as text.
    await waitFor(() => {
      const live = [...document.querySelectorAll("[aria-live] *")].map((e) => (e as HTMLElement).innerText ?? "");
      expect(live.join(" ")).toContain("指標表がありません。");
    });
  });

  it("offers Insert on a sheet without a Tassei table", async () => {
    renderGrade(
      paneJobs({
        grade: async () => ({ status: "no_table", message: { ja: "指標表がありません。", en: "No KPI table." } }),
      }),
    );
    await act(async () => {
      fireEvent.click(screen.getByTestId("grade-run"));
    });
    await act(async () => {
      fireEvent.click(await screen.findByTestId("grade-offer-insert"));
    });
    expect(screen.getByTestId("insert-form")).toBeTruthy();
  });

  it("shows a failure instead of losing it", async () => {
    renderGrade(
      paneJobs({
        grade: async () => ({
          status: "failed",
          message: { ja: "Excel から応答がありません。", en: "Excel did not answer." },
        }),
      }),
    );
    await act(async () => {
      fireEvent.click(screen.getByTestId("grade-run"));
    });
    expect((await screen.findByTestId("grade-message")).textContent).toContain("Excel から応答がありません。");
  });

  it("cannot grade where there is no workbook", () => {
    renderGrade(undefined);
    expect((screen.getByTestId("grade-run") as HTMLButtonElement).disabled).toBe(true);
  });
});

describe("grade panel's time", () => {
  it("shows when the sheet was graded in Japan time, as the sheet and the log do, whatever the browser's zone", async () => {
    renderGrade(paneJobs({ grade: async () => ({ status: "done", result }) }));
    await act(async () => {
      fireEvent.click(screen.getByTestId("grade-run"));
    });
    // 2026-03-31T09:00Z is 18:00 in Japan (UTC+9, no summer time); jsdom here runs in UTC.
    expect(screen.getByText(/評価日時: 2026-03-31 18:00/)).toBeTruthy();
  });
});

describe("grade panel on a hand-made sheet", () => {
  const handMade = (role: string | null): GradeResult => ({
    ...result,
    sheet: "環境部",
    problems: [],
    conversions: [],
    restoredFormulas: [],
    tables: [
      {
        name: "A2:C4",
        indicators: [],
        block: {
          headerCell: "A2",
          columns: [
            { column: "A", header: "指標", role: "name", year: null, corrected: false },
            { column: "B", header: "令和7年度目標値", role: "target", year: 2025, corrected: false },
            { column: "C", header: "年度末見込", role, year: null, corrected: role !== null },
          ],
        },
      },
    ],
  });

  it("shows what each column was read as, and saves a corrected role through the job", async () => {
    const changes: unknown[] = [];
    renderGrade(
      paneJobs({
        grade: async () => ({ status: "done", result: handMade(null) }),
        setColumnRole: async (change) => {
          changes.push(change);
          return { status: "done", result: handMade(change.role) };
        },
      }),
    );
    await act(async () => {
      fireEvent.click(screen.getByTestId("grade-run"));
    });
    const target = screen.getByRole("combobox", { name: "B 列「令和7年度目標値」の役割" });
    expect(target).toHaveProperty("value", "target");
    expect(screen.getByText("B: 令和7年度目標値 (2025年度)")).toBeTruthy();
    const unknown = screen.getByTestId("column-role-A2-C");
    expect(unknown).toHaveProperty("value", "none");
    await act(async () => {
      fireEvent.change(unknown, { target: { value: "actual" } });
    });
    expect(changes).toEqual([{ sheet: "環境部", headerCell: "A2", column: "C", role: "actual" }]);
    await waitFor(() => expect(screen.getByTestId("column-role-A2-C")).toHaveProperty("value", "actual"));
  });
});

describe("grade panel's two groups", () => {
  it("lists what must be fixed and what is not graded yet under their names, each with a button to its cell", async () => {
    const selected: string[] = [];
    const waiting = {
      cell: "H32",
      raw: "作業中",
      reason: "actual_pending",
      message: { ja: "相談件数: 実績値は作業中です。", en: "相談件数: the actual is in progress." },
    };
    renderGrade(
      paneJobs({
        grade: async () => ({ status: "done", result: { ...result, waiting: [waiting] } }),
        selectCell: async (sheet, cell) => void selected.push(`${sheet}!${cell}`),
      }),
    );
    await act(async () => {
      fireEvent.click(screen.getByTestId("grade-run"));
    });
    expect(screen.getByText("要修正（1 件）")).toBeTruthy();
    expect(screen.getByText("未評価（1 件）")).toBeTruthy();
    expect(screen.getByTestId("grade-waiting").textContent).toContain("作業中");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "セル H32 を選択" }));
    });
    expect(selected).toEqual(["政策推進部!H32"]);
  });
});

describe("a job's result across tabs", () => {
  it("is still there after switching to another job's tab and back", async () => {
    renderGrade(paneJobs({ grade: async () => ({ status: "done", result }) }));
    await act(async () => {
      fireEvent.click(screen.getByTestId("grade-run"));
    });
    expect(screen.getByTestId("grade-department").textContent).toContain("B");
    await act(async () => {
      fireEvent.click(screen.getByTestId("tab-insert"));
    });
    expect(screen.getByTestId("job-grade").hidden).toBe(true);
    await act(async () => {
      fireEvent.click(screen.getByTestId("tab-grade"));
    });
    expect(screen.getByTestId("job-grade").hidden).toBe(false);
    expect(screen.getByTestId("grade-department").textContent).toContain("B (82.5%)");
  });
});
