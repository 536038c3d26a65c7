/** @jest-environment jsdom */
/**
 * The preview's Excel window driven like Excel: mouse and keys select, Enter/F2 or typing edit with
 * Excel's typed-entry rules, Escape cancels, the name box and the formula bar work, the sheet tabs
 * switch sheets, and every change — the user's or a job's — is redrawn.
 */
import { act, fireEvent, screen, within } from "@testing-library/react";
import { rect } from "@tassei/in-memory-excel";
import { previewJobs } from "../../../src/preview/page/boot";
import { freshExcel } from "../fixture";
import { activeAddress, cell, click, grid, press, renderWorkbook, typeInto } from "./render";

async function excelWith(sheets: string[], write?: (context: Excel.RequestContext) => void) {
  const excel = freshExcel({ sheets });
  if (write) {
    await excel.run(async (context) => {
      write(context);
      await context.sync();
    });
  }
  return excel;
}

function formulaBar(): HTMLTextAreaElement {
  return screen.getByLabelText("数式バー");
}

function nameBox(): HTMLInputElement {
  return screen.getByLabelText("名前ボックス");
}

describe("the grid", () => {
  it("is a labelled ARIA grid of the active sheet, with headers and cells named by address and text", async () => {
    const excel = await excelWith(["予算", "実績"], (context) => {
      const range = context.workbook.worksheets.getItem("予算").getRange("A1:B2");
      range.values = [
        ["指標", "達成率"],
        ["件数", 0.756],
      ];
      range.numberFormat = [
        ["General", "General"],
        ["General", "0.0%"],
      ];
    });
    renderWorkbook(excel);
    expect(grid().getAttribute("aria-label")).toBe("シート「予算」");
    expect(within(grid()).getByRole("columnheader", { name: "B" }).getAttribute("aria-colindex")).toBe("3");
    expect(within(grid()).getByRole("rowheader", { name: "2" })).toBeTruthy();
    expect(within(grid()).getByRole("gridcell", { name: "B2 75.6%" }).textContent).toBe("75.6%");
    expect(cell("B2").closest("tr")?.getAttribute("aria-rowindex")).toBe("3");
    expect(cell("A1").getAttribute("aria-selected")).toBe("true");
    expect(activeAddress()).toBe("A1");
    const tabs = screen.getByRole("tablist", { name: "シート見出し" });
    expect(
      within(tabs)
        .getAllByRole("tab")
        .map((tab) => [tab.textContent, tab.getAttribute("aria-selected")]),
    ).toEqual([
      ["予算", "true"],
      ["実績", "false"],
    ]);
  });

  it("selects a clicked cell in the workbook, and shows its address and content above the grid", async () => {
    const excel = await excelWith(["S"], (context) => {
      context.workbook.worksheets.getItem("S").getRange("C3").formulas = [["=1+2"]];
    });
    renderWorkbook(excel);
    click(cell("C3"));
    expect(excel.workbook.sheet("S").selection).toEqual(rect(2, 2));
    expect(cell("C3").getAttribute("aria-selected")).toBe("true");
    expect(cell("A1").getAttribute("aria-selected")).toBe("false");
    expect(nameBox().value).toBe("C3");
    expect(formulaBar().value).toBe("=1+2");
    expect(cell("C3").textContent).toBe("3");
  });

  // #20: Shift+arrow stretches the selection from where it started, as in Excel, and a plain arrow ends it.
  it("stretches the selection with Shift+arrows from its anchor, also back across it", async () => {
    const excel = await excelWith(["S"]);
    const workbook = renderWorkbook(excel);
    const g = grid();
    act(() => workbook.select("S", rect(2, 1)));
    press(g, "ArrowDown", { shiftKey: true });
    press(g, "ArrowDown", { shiftKey: true });
    press(g, "ArrowRight", { shiftKey: true });
    expect(excel.workbook.sheet("S").selection).toEqual(rect(2, 1, 3, 2)); // B3:C5
    // Back up past the anchor (B3): the rectangle now runs from row 2 to the anchor's row.
    press(g, "ArrowUp", { shiftKey: true });
    press(g, "ArrowUp", { shiftKey: true });
    press(g, "ArrowUp", { shiftKey: true });
    expect(excel.workbook.sheet("S").selection).toEqual(rect(1, 1, 2, 2)); // B2:C3
    press(g, "ArrowDown");
    expect(excel.workbook.sheet("S").selection).toEqual(rect(2, 1));
  });

  // #20: Tab and Shift+Tab on a selected cell, as in Excel: one cell sideways, Shift+Tab stopping at
  // column A (no wrap to the row above), and the key never taking the focus out of the grid.
  it("moves one cell right with Tab and left with Shift+Tab, never past column A, keeping the focus", async () => {
    const excel = await excelWith(["S"]);
    const workbook = renderWorkbook(excel);
    const tab = (address: string, shiftKey = false) => {
      const input = screen.getByLabelText(`セル ${address}`);
      let unhandled = true;
      act(() => {
        unhandled = fireEvent.keyDown(input, { key: "Tab", shiftKey });
      });
      // Handled: the browser does not move the focus to the next control.
      expect(unhandled).toBe(false);
    };
    act(() => screen.getByLabelText("セル A1").focus());
    tab("A1");
    expect(activeAddress()).toBe("B1");
    expect(excel.workbook.sheet("S").selection).toEqual(rect(0, 1));
    tab("B1");
    expect(activeAddress()).toBe("C1");
    expect(nameBox().value).toBe("C1");
    // The focus went along into the new active cell's text box, waiting for typing.
    expect(document.activeElement).toBe(screen.getByLabelText("セル C1"));
    tab("C1", true);
    expect(activeAddress()).toBe("B1");
    tab("B1", true);
    expect(activeAddress()).toBe("A1");
    tab("A1", true);
    expect(activeAddress()).toBe("A1");
    expect(document.activeElement).toBe(screen.getByLabelText("セル A1"));
    // Further down, Shift+Tab in column A stays in its row: B3 → A3 → A3.
    act(() => workbook.select("S", rect(2, 1)));
    tab("B3", true);
    expect(activeAddress()).toBe("A3");
    tab("A3", true);
    expect(activeAddress()).toBe("A3");
    expect(workbook.model.isEditingCell).toBe(false);
    // On the grid itself (focused by a click before its text box took over) Tab moves the same way.
    press(grid(), "Tab");
    expect(activeAddress()).toBe("B3");
  });

  it("moves the selection with the arrow keys, Home, Ctrl+Home and PageDown", async () => {
    const excel = await excelWith(["S"]);
    renderWorkbook(excel);
    const g = grid();
    press(g, "ArrowDown");
    press(g, "ArrowDown");
    press(g, "ArrowRight");
    expect(activeAddress()).toBe("B3");
    press(g, "ArrowLeft");
    press(g, "ArrowLeft");
    press(g, "ArrowUp");
    expect(activeAddress()).toBe("A2");
    press(g, "PageDown");
    expect(activeAddress()).toBe("A22");
    press(g, "ArrowRight");
    press(g, "Home");
    expect(activeAddress()).toBe("A22");
    press(g, "Home", { ctrlKey: true });
    expect(activeAddress()).toBe("A1");
    expect(excel.workbook.sheet("S").selection).toEqual(rect(0, 0));
  });

  it("grows as the selection moves past the drawn area", async () => {
    const excel = await excelWith(["S"]);
    const workbook = renderWorkbook(excel);
    const g = grid();
    const rows = () => g.querySelectorAll('[role="rowheader"]').length;
    const before = rows();
    act(() => workbook.select("S", rect(before - 2, 0)));
    press(g, "ArrowDown");
    press(g, "ArrowDown");
    press(g, "ArrowDown");
    expect(activeAddress()).toBe(`A${before + 2}`);
    expect(cell(`A${before + 2}`)).toBeTruthy();
    expect(rows()).toBeGreaterThan(before);
  });
});

describe("typing into a cell", () => {
  it("F2 opens the cell's editor with its content; Enter commits with the typed-entry rules and moves down", async () => {
    const excel = await excelWith(["S"], (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1").values = [["old"]];
    });
    const workbook = renderWorkbook(excel);
    press(grid(), "F2");
    const editor = screen.getByLabelText("セル A1 を編集");
    expect((editor as HTMLTextAreaElement).value).toBe("old");
    expect(document.activeElement).toBe(editor);
    expect(workbook.model.isEditingCell).toBe(true);
    typeInto(editor, "12");
    expect(formulaBar().value).toBe("12");
    press(editor, "Enter");
    expect(excel.workbook.value("S", "A1")).toBe(12);
    expect(cell("A1").textContent).toBe("12");
    expect(cell("A1").style.textAlign).toBe("right");
    expect(activeAddress()).toBe("A2");
    expect(screen.queryByLabelText("セル A1 を編集")).toBeNull();
    expect(workbook.model.isEditingCell).toBe(false);
    // The focus is back in the grid: in the active cell's text box, waiting for typing.
    expect(document.activeElement).toBe(screen.getByLabelText("セル A2"));
  });

  it("Enter and Shift+Enter on a selected cell move down and up without editing, as in Excel (#20 item 2)", async () => {
    const excel = await excelWith(["S"]);
    const workbook = renderWorkbook(excel);
    press(grid(), "Enter");
    expect(activeAddress()).toBe("A2");
    expect(workbook.model.isEditingCell).toBe(false);
    press(screen.getByLabelText("セル A2"), "Enter");
    expect(activeAddress()).toBe("A3");
    press(screen.getByLabelText("セル A3"), "Enter", { shiftKey: true });
    expect(activeAddress()).toBe("A2");
    expect(screen.queryByLabelText("セル A2 を編集")).toBeNull();
  });

  // #20: Tab while typing commits and moves right; Enter after a run of Tabs goes to the next row at the
  // column the run started from, as Excel does, so a table is typed row by row. Any other move ends the run.
  it("Tab commits an entry and moves right; Enter after Tabs returns to the run's first column, one row down", async () => {
    const excel = await excelWith(["S"]);
    renderWorkbook(excel);
    click(cell("B2"));
    // Typed into the active cell's waiting text box, as a key press there does; then committed by `key`.
    const entry = (address: string, text: string, key: string) => {
      typeInto(screen.getByLabelText(`セル ${address}`), text);
      press(screen.getByLabelText(`セル ${address} を編集`), key);
    };
    entry("B2", "件数", "Tab");
    expect(excel.workbook.value("S", "B2")).toBe("件数");
    expect(activeAddress()).toBe("C2");
    entry("C2", "12", "Tab");
    expect(excel.workbook.value("S", "C2")).toBe(12);
    expect(activeAddress()).toBe("D2");
    // The run started at B2: Enter commits D2 and goes to B3, not D3.
    entry("D2", "34", "Enter");
    expect(excel.workbook.value("S", "D2")).toBe(34);
    expect(activeAddress()).toBe("B3");
    // Without typing: Tab from B3 to C3, Enter back to B4.
    press(screen.getByLabelText("セル B3"), "Tab");
    expect(activeAddress()).toBe("C3");
    press(screen.getByLabelText("セル C3"), "Enter");
    expect(activeAddress()).toBe("B4");
    // An arrow ends the run: B4 Tab → C4, → D4, Enter → D5.
    press(screen.getByLabelText("セル B4"), "Tab");
    press(screen.getByLabelText("セル C4"), "ArrowRight");
    press(screen.getByLabelText("セル D4"), "Enter");
    expect(activeAddress()).toBe("D5");
    // A Shift+Tab inside a run keeps it going: D5 → E5 → F5, back to E5, on to F5.
    entry("D5", "x", "Tab");
    entry("E5", "y", "Tab");
    expect(activeAddress()).toBe("F5");
    press(screen.getByLabelText("セル F5"), "Tab", { shiftKey: true });
    expect(activeAddress()).toBe("E5");
    entry("E5", "z", "Tab");
    expect(excel.workbook.value("S", "E5")).toBe("z");
    // Still one run, begun at D5: Enter from F5 goes to D6.
    press(screen.getByLabelText("セル F5"), "Enter");
    expect(activeAddress()).toBe("D6");
    entry("D6", "w", "Tab");
    entry("E6", "v", "Tab");
    // Shift+Tab in the editor commits and moves left.
    typeInto(screen.getByLabelText("セル F6"), "u");
    press(screen.getByLabelText("セル F6 を編集"), "Tab", { shiftKey: true });
    expect(excel.workbook.value("S", "F6")).toBe("u");
    expect(activeAddress()).toBe("E6");
  });

  // #20 item 1: typing through a Japanese input method. The keys arrive as "Process" with composition
  // events on the focused text box; the composition becomes the entry in place, its Enter (isComposing)
  // only confirms the conversion, and the next Enter commits and moves down.
  it("typing through an input method composes in the active cell and commits on the Enter after the conversion", async () => {
    const excel = await excelWith(["S"]);
    const workbook = renderWorkbook(excel);
    const input = screen.getByLabelText("セル A1") as HTMLTextAreaElement;
    act(() => input.focus());
    press(input, "Process", { isComposing: false, keyCode: 229 } as never);
    act(() => {
      fireEvent.compositionStart(input);
    });
    expect(workbook.model.isEditingCell).toBe(true);
    // The same element: the composition carries on in it.
    const editor = screen.getByLabelText("セル A1 を編集");
    expect(editor).toBe(input);
    typeInto(editor, "かいぎ");
    press(editor, "Enter", { isComposing: true });
    expect(workbook.model.isEditingCell).toBe(true);
    expect(excel.workbook.value("S", "A1")).toBe("");
    act(() => {
      fireEvent.compositionEnd(editor);
    });
    typeInto(editor, "会議");
    press(editor, "Enter");
    expect(excel.workbook.value("S", "A1")).toBe("会議");
    expect(activeAddress()).toBe("A2");
    expect(workbook.model.isEditingCell).toBe(false);
  });

  it("typing a character starts a new entry; the arrows then commit it and move", async () => {
    const excel = await excelWith(["S"]);
    renderWorkbook(excel);
    press(grid(), "ArrowRight");
    press(grid(), "５");
    const editor = screen.getByLabelText("セル B1 を編集");
    expect((editor as HTMLTextAreaElement).value).toBe("５");
    typeInto(editor, "５億円");
    press(editor, "ArrowDown");
    // Full-width digits stay text, left-aligned.
    expect(excel.workbook.value("S", "B1")).toBe("５億円");
    expect(cell("B1").style.textAlign).toBe("left");
    expect(activeAddress()).toBe("B2");
    press(grid(), "=");
    typeInto(screen.getByLabelText("セル B2 を編集"), '=B1&"!"');
    press(screen.getByLabelText("セル B2 を編集"), "Tab");
    expect(excel.workbook.formula("S", "B2")).toBe('=B1&"!"');
    expect(cell("B2").textContent).toBe("５億円!");
    expect(activeAddress()).toBe("C2");
  });

  it("F2 edits in place: the arrows move the caret, not the selection", async () => {
    const excel = await excelWith(["S"]);
    renderWorkbook(excel);
    press(grid(), "F2");
    const editor = screen.getByLabelText("セル A1 を編集");
    typeInto(editor, "abc");
    press(editor, "ArrowLeft");
    expect(screen.getByLabelText("セル A1 を編集")).toBe(editor);
    press(editor, "Enter");
    expect(excel.workbook.value("S", "A1")).toBe("abc");
  });

  it("Escape cancels the entry and leaves the cell as it was", async () => {
    const excel = await excelWith(["S"], (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1").values = [[5]];
    });
    const workbook = renderWorkbook(excel);
    press(grid(), "9");
    typeInto(screen.getByLabelText("セル A1 を編集"), "99");
    press(screen.getByLabelText("セル A1 を編集"), "Escape");
    expect(excel.workbook.value("S", "A1")).toBe(5);
    expect(cell("A1").textContent).toBe("5");
    expect(formulaBar().value).toBe("5");
    expect(workbook.model.isEditingCell).toBe(false);
    expect(document.activeElement).toBe(screen.getByLabelText("セル A1"));
  });

  it("says what is wrong with a malformed formula and keeps editing until it is fixed or cancelled", async () => {
    const excel = await excelWith(["S"]);
    const workbook = renderWorkbook(excel);
    press(grid(), "=");
    const editor = screen.getByLabelText("セル A1 を編集");
    // A job started meanwhile waits for the entry to end (delayForCellEdit), as in Excel.
    let jobDone = false;
    const job = previewJobs(excel)
      .selectCell("S", "D4")
      .then(() => (jobDone = true));
    const settle = () => act(async () => void (await new Promise((resolve) => setTimeout(resolve, 20))));
    await settle();
    typeInto(editor, "=SUM(");
    press(editor, "Enter");
    expect(screen.getByRole("alert").textContent).toContain("この数式には問題があります");
    expect(screen.getByLabelText("セル A1 を編集")).toBeTruthy();
    expect(workbook.model.isEditingCell).toBe(true);
    await settle();
    expect(jobDone).toBe(false);
    typeInto(editor, "=SUM(1,2)");
    press(editor, "Enter");
    expect(screen.queryByRole("alert")).toBeNull();
    expect(excel.workbook.value("S", "A1")).toBe(3);
    expect(workbook.model.isEditingCell).toBe(false);
    await act(async () => {
      await job;
    });
    expect(activeAddress()).toBe("D4");
  });

  it("commits when the editor loses the focus, as clicking elsewhere does in Excel", async () => {
    const excel = await excelWith(["S"]);
    renderWorkbook(excel);
    press(grid(), "x");
    const editor = screen.getByLabelText("セル A1 を編集");
    act(() => {
      fireEvent.mouseDown(cell("C5"), { button: 0 });
      fireEvent.blur(editor, { relatedTarget: grid() });
    });
    expect(excel.workbook.value("S", "A1")).toBe("x");
    expect(activeAddress()).toBe("C5");
  });

  it("edits through the formula bar, with Alt+Enter for a new line", async () => {
    const excel = await excelWith(["S"]);
    renderWorkbook(excel);
    click(cell("B2"));
    const bar = formulaBar();
    act(() => bar.focus());
    typeInto(bar, "一行目");
    act(() => bar.setSelectionRange(bar.value.length, bar.value.length));
    press(bar, "Enter", { altKey: true });
    typeInto(bar, `${bar.value}二行目`);
    press(bar, "Enter");
    expect(excel.workbook.value("S", "B2")).toBe("一行目\n二行目");
    expect(activeAddress()).toBe("B3");
  });

  it("Delete clears the selected cells", async () => {
    const excel = await excelWith(["S"], (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1").values = [["gone"]];
    });
    renderWorkbook(excel);
    press(grid(), "Delete");
    expect(excel.workbook.value("S", "A1")).toBe("");
    expect(excel.workbook.value("S", "A1")).toBe("");
  });
});

describe("name box and sheet tabs", () => {
  it("the name box selects the address typed into it, on this or another sheet", async () => {
    const excel = await excelWith(["A", "B"]);
    renderWorkbook(excel);
    const box = nameBox();
    act(() => box.focus());
    typeInto(box, "D7");
    press(box, "Enter");
    expect(activeAddress()).toBe("D7");
    expect(document.activeElement).toBe(screen.getByLabelText("セル D7"));
    typeInto(nameBox(), "B!B2:C3");
    press(nameBox(), "Enter");
    expect(grid().getAttribute("aria-label")).toBe("シート「B」");
    expect(nameBox().value).toBe("B2:C3");
    expect(cell("C3").getAttribute("aria-selected")).toBe("true");
    typeInto(nameBox(), "not an address");
    press(nameBox(), "Enter");
    expect(screen.getByRole("alert").textContent).toContain("「not an address」はセル参照ではありません");
  });

  it("a click on a tab, the arrow keys on the tabs, or Ctrl+PageDown activate a sheet", async () => {
    const excel = await excelWith(["一", "二", "三"]);
    renderWorkbook(excel);
    const tabs = () => within(screen.getByRole("tablist", { name: "シート見出し" }));
    act(() => {
      fireEvent.click(tabs().getByRole("tab", { name: "二" }));
    });
    expect(excel.workbook.activeSheet?.name).toBe("二");
    expect(grid().getAttribute("aria-label")).toBe("シート「二」");
    press(tabs().getByRole("tab", { name: "二" }), "ArrowRight");
    expect(excel.workbook.activeSheet?.name).toBe("三");
    expect(document.activeElement).toBe(tabs().getByRole("tab", { name: "三" }));
    press(grid(), "PageUp", { ctrlKey: true });
    expect(excel.workbook.activeSheet?.name).toBe("二");
    expect(tabs().getByRole("tab", { name: "二" }).getAttribute("aria-selected")).toBe("true");
  });
});

describe("redrawing", () => {
  it("redraws after a job's Excel.run writes, formats, adds a sheet or selects", async () => {
    const excel = await excelWith(["S"]);
    renderWorkbook(excel);
    await act(async () => {
      await excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("S");
        const range = sheet.getRange("B2");
        range.values = [[1234.5]];
        range.numberFormat = [["#,##0.0"]];
        range.format.fill.color = "#C6EFCE";
        range.format.font.bold = true;
        context.workbook.worksheets.add("新しいシート");
        sheet.getRange("B2").select();
        await context.sync();
      });
    });
    expect(cell("B2").textContent).toBe("1,234.5");
    expect(cell("B2").style.backgroundColor).toBe("rgb(198, 239, 206)");
    expect(cell("B2").style.fontWeight).toBe("700");
    expect(activeAddress()).toBe("B2");
    expect(screen.getByRole("tab", { name: "新しいシート" })).toBeTruthy();
  });

  it("draws only the rows on screen of a long sheet, and brings the selected row into it", async () => {
    const excel = await excelWith(["S"], (context) => {
      const column = Array.from({ length: 2000 }, (_, i) => [i + 1]);
      context.workbook.worksheets.getItem("S").getRange("A1:A2000").values = column;
    });
    renderWorkbook(excel);
    const g = grid();
    const drawn = () => g.querySelectorAll('[role="row"]').length;
    expect(drawn()).toBeLessThan(200);
    expect(g.getAttribute("aria-rowcount")).toBe(String(2000 + 20 + 1));
    typeInto(nameBox(), "A1181");
    press(nameBox(), "Enter");
    press(g, "PageDown");
    expect(activeAddress()).toBe("A1201");
    expect(cell("A1201").textContent).toBe("1201");
    expect(document.querySelector('[data-address="A1"]')).toBeNull();
    expect(drawn()).toBeLessThan(200);
  });
});

// #20 item 4: the frozen title rows are drawn in the sticky head; scrolled text showed through them.
describe("frozen rows", () => {
  it("are opaque: their cells have the sheet's white unless they have a fill of their own", async () => {
    const excel = await excelWith(["S"], (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("A1:B2").values = [
        ["表題", ""],
        ["本文", "x"],
      ];
      sheet.getRange("B1").format.fill.color = "#FFFF00";
      sheet.freezePanes.freezeRows(1);
    });
    renderWorkbook(excel);
    expect(cell("A1").style.backgroundColor).toBe("rgb(255, 255, 255)");
    expect(cell("B1").style.backgroundColor).toBe("rgb(255, 255, 0)");
    // A row that scrolls keeps the grid's own background (no fill of its own).
    expect(cell("A2").style.backgroundColor).toBe("");
  });
});
