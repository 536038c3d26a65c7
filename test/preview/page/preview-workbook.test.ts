/**
 * What a person does in the preview's Excel window: typing goes through Excel's typed-entry rules,
 * selecting and switching sheets change what the pane's jobs see, editing a cell holds the jobs back
 * (delayForCellEdit), and every change reaches the subscribers.
 */
import { PreviewWorkbook } from "../../../src/preview/page/grid/preview-workbook";
import { editText } from "../../../src/preview/page/grid/edit-text";
import { previewJobs } from "../../../src/preview/page/boot";
import { rect } from "@tassei/in-memory-excel";
import { freshExcel } from "../fixture";

function workbookWith(...sheets: string[]) {
  const excel = freshExcel({ sheets });
  return { excel, workbook: new PreviewWorkbook(excel) };
}

describe("typing into a cell", () => {
  it("applies Excel's typed-entry rules", () => {
    const { excel, workbook } = workbookWith("S");
    const entries: Record<string, string> = {
      A1: "12",
      A2: "５億円",
      A3: "=A1*2",
      A4: "'=x",
      A5: "10%",
      A6: "001",
      A7: "2025/4/1",
      A8: "令和7年度",
    };
    let row = 0;
    for (const text of Object.values(entries)) expect(workbook.enter("S", row++, 0, text)).toEqual({ status: "done" });
    const wb = excel.workbook;
    expect(wb.value("S", "A1")).toBe(12);
    expect(wb.value("S", "A2")).toBe("５億円");
    expect(wb.formula("S", "A3")).toBe("=A1*2");
    expect(wb.value("S", "A3")).toBe(24);
    expect(wb.value("S", "A4")).toBe("=x");
    expect(wb.value("S", "A5")).toBe(0.1);
    expect(wb.text("S", "A5")).toBe("10%");
    expect(wb.value("S", "A6")).toBe(1);
    expect(wb.text("S", "A7")).toBe("2025/4/1");
    expect(wb.value("S", "A8")).toBe("令和7年度");
  });

  it("refuses a malformed formula and leaves the cell as it was", () => {
    const { excel, workbook } = workbookWith("S");
    workbook.enter("S", 0, 0, "keep");
    expect(workbook.enter("S", 0, 0, "=SUM(")).toEqual({ status: "invalid-formula" });
    expect(excel.workbook.value("S", "A1")).toBe("keep");
  });

  it("refuses locked cells of a protected sheet", async () => {
    const { excel, workbook } = workbookWith("S");
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").protection.protect();
      await context.sync();
    });
    expect(workbook.enter("S", 0, 0, "x")).toEqual({ status: "protected" });
    expect(workbook.clear("S", rect(0, 0))).toEqual({ status: "protected" });
  });

  it("clears the contents but keeps the formats (Delete)", async () => {
    const { excel, workbook } = workbookWith("S");
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("A1:B1");
      range.values = [[0.5, "x"]];
      range.numberFormat = [["0%", "@"]];
      await context.sync();
    });
    expect(workbook.clear("S", rect(0, 0, 1, 2))).toEqual({ status: "done" });
    expect(excel.workbook.value("S", "A1")).toBe("");
    expect(excel.workbook.format("S", "A1").numberFormat).toBe("0%");
  });
});

describe("the formula bar's text", () => {
  it("is what, typed again, stores the same thing", async () => {
    const { excel, workbook } = workbookWith("S");
    const typed = ["12", "0.3", "=1+2", "'001", "10%", "12.5%", "2025/4/1", "9:30", "TRUE", "#N/A", "テキスト"];
    typed.forEach((text, row) => workbook.enter("S", row, 0, text));
    const sheet = excel.workbook.sheet("S");
    const shown = typed.map((_, row) =>
      editText(sheet.cell(row, 0)?.content, excel.workbook.styleAt(sheet, row, 0).numberFormat),
    );
    expect(shown).toEqual([
      "12",
      "0.3",
      "=1+2",
      "'001",
      "10%",
      "12.5%",
      "2025/4/1",
      "9:30:00",
      "TRUE",
      "#N/A",
      "テキスト",
    ]);
    // Typing each shown text into a cell formatted like the original gives back the same value and display.
    const formats = typed.map((_, row) => [excel.workbook.styleAt(sheet, row, 0).numberFormat]);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange(`B1:B${typed.length}`).numberFormat = formats;
      await context.sync();
    });
    shown.forEach((text, row) => workbook.enter("S", row, 1, text));
    typed.forEach((_, row) => {
      expect(excel.workbook.valueAt(sheet, row, 1)).toEqual(excel.workbook.valueAt(sheet, row, 0));
      expect(excel.workbook.textAt(sheet, row, 1)).toBe(excel.workbook.textAt(sheet, row, 0));
    });
  });

  it("shows 15 significant digits and the date and time of a date-time", () => {
    expect(editText({ kind: "value", value: 0.1 + 0.2 }, "General")).toBe("0.3");
    expect(editText({ kind: "value", value: 45748.5 }, "yyyy/m/d h:mm")).toBe("2025/4/1 12:00:00");
    expect(editText({ kind: "value", value: 45748 }, '[$-ja-JP]ggge"年"m"月"d"日"')).toBe("2025/4/1");
    // Regression: the E of a scientific format and the letters of General are no date codes.
    expect(editText({ kind: "value", value: 12345 }, "0.00E+00")).toBe("12345");
    expect(editText({ kind: "value", value: 12345 }, "General;General")).toBe("12345");
    expect(editText({ kind: "value", value: 0.5 }, '0.0%;"△"0.0%')).toBe("50%");
    expect(editText({ kind: "value", value: 1234 }, '#,##0"件"')).toBe("1234");
    expect(editText(undefined, "General")).toBe("");
  });
});

describe("selection and sheets", () => {
  it("selecting a cell activates its sheet and tells the subscribers, once per change", () => {
    const { excel, workbook } = workbookWith("A", "B");
    const heard: string[] = [];
    workbook.subscribe(() => heard.push(`${workbook.version().content}/${workbook.version().selection}`));
    workbook.select("B", rect(4, 2));
    workbook.select("B", rect(4, 2));
    expect(excel.workbook.activeSheet?.name).toBe("B");
    expect(excel.workbook.sheet("B").selection).toEqual(rect(4, 2));
    workbook.activate("A");
    workbook.enter("A", 0, 0, "x");
    // Selection changes move only the selection version; entries move both.
    expect(heard).toEqual(["0/1", "0/2", "1/3"]);
  });

  it("keeps selections inside the sheet and ignores unknown or hidden sheets", async () => {
    const { excel, workbook } = workbookWith("A", "B");
    workbook.select("A", rect(-3, -1));
    expect(excel.workbook.sheet("A").selection).toEqual(rect(0, 0));
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("B").visibility = "Hidden";
      await context.sync();
    });
    workbook.activate("B");
    workbook.select("Nope", rect(1, 1));
    expect(excel.workbook.activeSheet?.name).toBe("A");
    expect(workbook.visibleSheets().map((s) => s.name)).toEqual(["A"]);
  });

  it("is what the pane's jobs see: a job reads the active sheet the user chose", async () => {
    const { excel, workbook } = workbookWith("A", "B");
    workbook.select("B", rect(2, 3));
    const seen = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const cell = context.workbook.getActiveCell();
      sheet.load("name");
      cell.load("address");
      await context.sync();
      return `${sheet.name} ${cell.address}`;
    });
    expect(seen).toBe("B B!D3");
  });

  it("redraws after every run of the pane's jobs", async () => {
    const { excel, workbook } = workbookWith("S");
    let calls = 0;
    workbook.subscribe(() => calls++);
    await previewJobs(excel).selectCell("S", "C4");
    expect(calls).toBe(1);
    expect(workbook.version().content).toBe(1);
    expect(excel.workbook.sheet("S").selection).toEqual(rect(3, 2));
  });
});

describe("cell-edit mode", () => {
  it("holds the pane's jobs until the entry is committed, as Excel does", async () => {
    const { excel, workbook } = workbookWith("S");
    workbook.beginCellEdit();
    let done = false;
    const job = previewJobs(excel)
      .selectCell("S", "B2")
      .then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done).toBe(false);
    workbook.endCellEdit();
    await job;
    expect(excel.workbook.sheet("S").selection).toEqual(rect(1, 1));
  });
});
