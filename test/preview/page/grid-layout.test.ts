/**
 * What the grid draws: which rows and columns, at what sizes, which rows of a long sheet, and each
 * cell's text and look, computed from the workbook model.
 */
import {
  COLUMN_MARGIN,
  MIN_COLUMNS,
  MIN_ROWS,
  ROW_MARGIN,
  VIRTUALIZE_ABOVE_ROWS,
  cellViews,
  gridLayout,
  rowOffset,
  rowWindow,
  snapScrollLeft,
  type GridLayout,
} from "../../../src/preview/page/grid/grid-layout";
import { rect } from "@tassei/in-memory-excel";
import { freshExcel } from "../fixture";

async function sheetWith(write: (sheet: Excel.Worksheet) => void) {
  const excel = freshExcel({ sheets: ["S"] });
  await excel.run(async (context) => {
    write(context.workbook.worksheets.getItem("S"));
    await context.sync();
  });
  return { wb: excel.workbook, sheet: excel.workbook.sheet("S") };
}

describe("grid layout", () => {
  it("draws at least a screenful of a blank sheet", async () => {
    const { wb, sheet } = await sheetWith(() => undefined);
    const layout = gridLayout(wb, sheet);
    expect(layout.rows).toHaveLength(MIN_ROWS);
    expect(layout.columns).toHaveLength(MIN_COLUMNS);
    // Japanese Excel's defaults: 54 pt columns and 18.75 pt rows, 96 px per 72 pt.
    expect(layout.columnWidths.get(0)).toBe(72);
    expect(layout.defaultRowHeight).toBe(25);
    expect(layout.virtual).toBe(false);
  });

  it("covers the used range and the active cell, plus margins, without hidden rows and columns", async () => {
    const { wb, sheet } = await sheetWith((s) => {
      s.getRange("Z100").values = [["x"]];
      s.getRange("B:B").columnHidden = true;
      s.getRange("3:3").rowHidden = true;
      s.getRange("C:C").format.columnWidth = 150;
      s.getRange("4:4").format.rowHeight = 30;
    });
    let layout = gridLayout(wb, sheet);
    expect(layout.rows.at(-1)).toBe(99 + ROW_MARGIN);
    expect(layout.columns.at(-1)).toBe(25 + COLUMN_MARGIN);
    expect(layout.rows).not.toContain(2);
    expect(layout.columns).not.toContain(1);
    expect(layout.columnWidths.get(2)).toBe(200);
    expect(layout.rowHeights.get(3)).toBe(40);
    // Past the used range the grid reaches a margin beyond the active cell, growing a margin at a time.
    sheet.selection = rect(300, 40);
    layout = gridLayout(wb, sheet);
    expect(layout.rows.at(-1)).toBeGreaterThanOrEqual(300 + ROW_MARGIN);
    expect(layout.rows.at(-1)).toBeLessThan(300 + 2 * ROW_MARGIN);
    expect(layout.columns.at(-1)).toBeGreaterThanOrEqual(40 + COLUMN_MARGIN);
    expect(layout.columns.at(-1)).toBeLessThan(40 + 2 * COLUMN_MARGIN);
    sheet.selection = rect(301, 41);
    expect(gridLayout(wb, sheet).rows).toEqual(layout.rows);
    // A whole-column selection reaches only as far as its active (top-left) cell.
    sheet.selection = rect(0, 0, 1048576, 1);
    expect(gridLayout(wb, sheet).rows.at(-1)).toBe(99 + ROW_MARGIN);
  });

  it("draws every row of a short sheet and only the rows on screen of a long one", async () => {
    const short = await sheetWith((s) => {
      s.getRange("A200").values = [[1]];
    });
    const shortLayout = gridLayout(short.wb, short.sheet);
    expect(rowWindow(shortLayout, 1000, 600).rows).toHaveLength(shortLayout.rows.length);

    const long = await sheetWith((s) => {
      s.getRange(`A${VIRTUALIZE_ABOVE_ROWS * 4}`).values = [[1]];
      s.freezePanes.freezeRows(1);
    });
    const layout = gridLayout(long.wb, long.sheet);
    expect(layout.virtual).toBe(true);
    const top = rowWindow(layout, 0, 600);
    expect(top.rows[0]).toBe(1);
    expect(top.rows.length).toBeLessThan(100);
    expect(top.spaceBefore).toBe(0);
    const further = rowWindow(layout, 25 * 1000, 600);
    expect(further.rows).toContain(1000 + 1);
    expect(further.rows).not.toContain(1);
    // The spacers stand for exactly the rows left out, so the scroll height stays right.
    const scrolling = layout.rows.filter((r) => r >= layout.frozenRows).length;
    expect(further.spaceBefore + further.spaceAfter + further.rows.length * 25).toBe(scrolling * 25);
    expect(further.spaceBefore).toBe(rowOffset(layout, further.rows[0]!));
  });
});

describe("cell views", () => {
  it("show values through their number formats, with fills, fonts and Excel's General alignment", async () => {
    const { wb, sheet } = await sheetWith((s) => {
      const range = s.getRange("A1:D1");
      range.values = [[0.756, "件数", true, 1234567]];
      range.numberFormat = [["0.0%", "General", "General", '#,##0"件"']];
      s.getRange("A1").format.fill.color = "#FFF2CC";
      s.getRange("B1").format.font.bold = true;
      s.getRange("B1").format.font.color = "#C00000";
      s.getRange("D1").format.horizontalAlignment = "Center";
      s.getRange("D1").format.borders.getItem("EdgeBottom").style = "Continuous";
      s.getRange("D1").format.borders.getItem("EdgeBottom").weight = "Medium";
    });
    const layout = gridLayout(wb, sheet);
    const [row] = cellViews(wb, sheet, layout, [0]);
    const [a, b, c, d] = row!;
    expect(a).toMatchObject({ address: "A1", text: "75.6%" });
    expect(a!.style).toMatchObject({ backgroundColor: "#FFF2CC", textAlign: "right" });
    expect(b!.style).toMatchObject({ fontWeight: 700, color: "#C00000", textAlign: "left" });
    expect(c).toMatchObject({ text: "TRUE" });
    expect(c!.style.textAlign).toBe("center");
    expect(d).toMatchObject({ text: "1,234,567件" });
    expect(d!.style).toMatchObject({ textAlign: "center", borderBottom: "2px solid #000000" });
  });

  it("let left-aligned text run on over empty cells to its right, as far as the next value", async () => {
    const { wb, sheet } = await sheetWith((s) => {
      s.getRange("A1").values = [["a long title that needs more than one column"]];
      s.getRange("A2:D2").values = [["another long text that would overflow", "", "", "stop"]];
      s.getRange("A3:B3").values = [["long text beside a value", "x"]];
      s.getRange("A4").values = [["wrapped text stays in its cell"]];
      s.getRange("A4").format.wrapText = true;
    });
    const layout = gridLayout(wb, sheet);
    const views = cellViews(wb, sheet, layout, [0, 1, 2, 3]);
    const total = layout.columns.reduce((w, c) => w + (layout.columnWidths.get(c) ?? 0), 0);
    expect(views[0]![0]!.overflowWidth).toBe(total);
    expect(views[1]![0]!.overflowWidth).toBe(72 * 3);
    expect(views[2]![0]!.overflowWidth).toBeUndefined();
    expect(views[3]![0]!.overflowWidth).toBeUndefined();
    expect(views[3]![0]!.style.whiteSpace).toBe("pre-wrap");
  });

  it("span merged areas from their top-left cell and leave the covered cells out", async () => {
    const { wb, sheet } = await sheetWith((s) => {
      s.getRange("B2").values = [["merged"]];
      s.getRange("B2:C3").merge();
    });
    const layout = gridLayout(wb, sheet);
    const views = cellViews(wb, sheet, layout, [1, 2]);
    const b2 = views[0]!.find((v) => v.address === "B2");
    expect(b2).toMatchObject({ rowSpan: 2, colSpan: 2, text: "merged" });
    expect(views[0]!.map((v) => v.address)).not.toContain("C2");
    expect(views[1]!.map((v) => v.address)).not.toContain("B3");
    expect(views[1]!.map((v) => v.address)).not.toContain("C3");
    expect(views[1]!.map((v) => v.address)).toContain("D3");
  });

  it("take the conditional colours of grade cells", async () => {
    const { wb, sheet } = await sheetWith((s) => {
      const range = s.getRange("A1:A2");
      range.values = [["A"], ["B"]];
      const rule = range.conditionalFormats.add("Custom");
      rule.custom.rule.formula = '=$A1="A"';
      rule.custom.format.fill.color = "#C6EFCE";
      rule.custom.format.font.color = "#006100";
    });
    const views = cellViews(wb, sheet, gridLayout(wb, sheet), [0, 1]);
    expect(views[0]![0]!.style).toMatchObject({ backgroundColor: "#C6EFCE", color: "#006100" });
    expect(views[1]![0]!.style.backgroundColor).toBeUndefined();
  });
});

// #20 item 4: the grid scrolled sideways by pixels, leaving column A (the labels) cut in half.
describe("scrolling sideways by whole columns, as Excel does", () => {
  const layout: GridLayout = {
    rows: [0],
    columns: [0, 1, 2, 3, 4],
    columnWidths: new Map([
      [0, 40],
      [1, 300],
      [2, 80],
      [3, 80],
      [4, 200],
    ]),
    rowHeights: new Map(),
    defaultRowHeight: 20,
    frozenRows: 0,
    frozenColumns: 0,
    virtual: false,
  };

  it("moves a position inside a column to that column's right edge, and leaves edges and 0 alone", () => {
    // Edges at 0, 40 (B starts), 340 (C), 420 (D), 500 (E), 700.
    expect(snapScrollLeft(layout, 0)).toBe(0);
    expect(snapScrollLeft(layout, 12)).toBe(40);
    expect(snapScrollLeft(layout, 40)).toBe(40);
    expect(snapScrollLeft(layout, 41)).toBe(340);
    expect(snapScrollLeft(layout, 419.8)).toBe(420);
    expect(snapScrollLeft(layout, 600)).toBe(700);
  });

  it("counts edges after the frozen columns, which do not scroll", () => {
    // A (40) frozen: the scrolling columns start with B; edges at 0, 300 (C), 380 (D), 460 (E).
    expect(snapScrollLeft({ ...layout, frozenColumns: 1 }, 12)).toBe(300);
    expect(snapScrollLeft({ ...layout, frozenColumns: 1 }, 301)).toBe(380);
  });
});
