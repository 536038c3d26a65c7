/**
 * Charts written by the .xlsx adapter: a ChartPlan becomes a DrawingML chart part, a drawing anchor at
 * the plan's placement, and the relationships and content types that tie them to the sheet. The parts
 * must be well-formed XML, refer to the sheet's cells with the cells' values cached, and open in a real
 * spreadsheet program (LibreOffice).
 */
import ExcelJS from "exceljs";
import { JSDOM } from "jsdom";
import JSZip from "jszip";
import { type ChartPlan, type SheetPlan, type WorkbookPlan, emptySheetPlan } from "../../src/core/workbook/plan";
import { applyPlanToXlsx, loadXlsx, newXlsxWorkbook, readSnapshotFromXlsx, saveXlsx } from "../../src/xlsx";
import { absoluteReference, chartPartXml } from "../../src/xlsx/chart-part";
import { LIBREOFFICE_INSTALL_HINT, libreOfficeAvailable, recalculateWithLibreOffice } from "../support/libreoffice";

const SUMMARY = "全庁サマリー";

/** Departments by grade counts, as the summary lays them out: header row 5, data rows 6–9 (A5:F9). */
const COUNTS = [
  ["部局", "A", "B", "C", "D", "E"],
  ["総務部", 3, 2, 1, 0, 0],
  ["企画部", 1, 4, 0, 1, 0],
  ["=市民部 & <環境>", 0, 1, 5, 2, 1],
  ["福祉部", 2, 2, 2, 2, 2],
];

const STACKED: ChartPlan = {
  name: "部局別の達成度",
  kind: "columnStacked",
  source: { row: 4, column: 0, rowCount: 5, columnCount: 6 },
  title: "部局別の達成度（件数）",
  placement: { row: 12, column: 1, rowCount: 15, columnCount: 8 },
};

function summaryPlan(charts: readonly ChartPlan[] = [STACKED], extra: Partial<SheetPlan> = {}): SheetPlan {
  return {
    ...emptySheetPlan(SUMMARY, "create"),
    blocks: [
      { anchor: { row: 0, column: 0 }, rows: [["全庁サマリー 令和7年度"]] },
      { anchor: { row: 4, column: 0 }, rows: COUNTS },
    ],
    charts,
    ...extra,
  };
}

async function written(plan: WorkbookPlan): Promise<Uint8Array> {
  const workbook = newXlsxWorkbook();
  const report = applyPlanToXlsx(workbook, plan);
  if (!report.ok) throw new Error(report.error.code);
  expect(report.unsupported).toEqual([]);
  return saveXlsx(workbook);
}

async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const found = new Map<string, string>();
  for (const name of Object.keys(zip.files)) {
    const file = zip.file(name);
    if (file && /\.(xml|rels)$/.test(name)) found.set(name, await file.async("string"));
  }
  return found;
}

const parser = new new JSDOM("").window.DOMParser();

/** Parses with a namespace-aware XML parser; throws on anything not well-formed. */
function xml(text: string | undefined): Document {
  if (text === undefined) throw new Error("part missing");
  const document = parser.parseFromString(text, "application/xml");
  const error = document.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`not well-formed: ${error.textContent ?? ""}`);
  return document;
}

const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const RELS = "http://schemas.openxmlformats.org/package/2006/relationships";

const all = (document: Document, namespace: string, name: string) => [
  ...document.getElementsByTagNameNS(namespace, name),
];
const texts = (document: Document, namespace: string, name: string) =>
  all(document, namespace, name).map((e) => e.textContent);
const attr = (document: Document, namespace: string, name: string, attribute = "val") =>
  all(document, namespace, name).map((e) => e.getAttribute(attribute));

function relationshipsOf(text: string | undefined): { id: string; type: string; target: string }[] {
  return all(xml(text), RELS, "Relationship").map((e) => ({
    id: e.getAttribute("Id") ?? "",
    type: (e.getAttribute("Type") ?? "").replace(/.*\//, ""),
    target: e.getAttribute("Target") ?? "",
  }));
}

describe("absoluteReference", () => {
  it("quotes every sheet name and makes both corners absolute", () => {
    expect(absoluteReference(SUMMARY, { row: 4, column: 1, rowCount: 5, columnCount: 1 })).toBe(
      "'全庁サマリー'!$B$5:$B$9",
    );
    expect(absoluteReference("It's 2025", { row: 0, column: 27, rowCount: 1, columnCount: 1 })).toBe(
      "'It''s 2025'!$AB$1",
    );
  });
});

describe("chartPartXml", () => {
  const data = {
    categories: ["総務部", null, "A&B <x>"],
    series: [
      { name: "A", values: [1, null, 3] },
      { name: null, values: [Number.NaN, 2, 0] },
    ],
  };
  const plan = (kind: ChartPlan["kind"], title = "達成度"): ChartPlan => ({
    ...STACKED,
    kind,
    title,
    source: { row: 0, column: 0, rowCount: 4, columnCount: 3 },
  });

  it.each([
    ["columnStacked", "col", "stacked", ["b", "l"], ["100"]],
    ["columnClustered", "col", "clustered", ["b", "l"], []],
    ["barStacked", "bar", "stacked", ["l", "b"], ["100"]],
  ] as const)("%s: bar direction %s, grouping %s, axes and overlap", (kind, direction, grouping, axes, overlap) => {
    const document = xml(chartPartXml(plan(kind), "集計", data));
    expect(attr(document, C, "barDir")).toEqual([direction]);
    expect(attr(document, C, "grouping")).toEqual([grouping]);
    expect(attr(document, C, "axPos")).toEqual(axes);
    expect(attr(document, C, "overlap")).toEqual(overlap);
  });

  it("one series per column after the first, with the header as its name and the first column as categories", () => {
    const document = xml(chartPartXml(plan("columnStacked"), "集計", data));
    expect(texts(document, C, "f")).toEqual([
      "'集計'!$B$1",
      "'集計'!$A$2:$A$4",
      "'集計'!$B$2:$B$4",
      "'集計'!$C$1",
      "'集計'!$A$2:$A$4",
      "'集計'!$C$2:$C$4",
    ]);
    const series = all(document, C, "ser");
    expect(series).toHaveLength(2);
    const points = (element: Element, cache: string) =>
      [...element.getElementsByTagNameNS(C, cache)].flatMap((c) =>
        [...c.getElementsByTagNameNS(C, "pt")].map((p) => [p.getAttribute("idx"), p.textContent]),
      );
    // Empty cells and non-numbers leave a gap rather than a zero.
    expect(points(series[0]!, "numCache")).toEqual([
      ["0", "1"],
      ["2", "3"],
    ]);
    expect(points(series[1]!, "numCache")).toEqual([
      ["1", "2"],
      ["2", "0"],
    ]);
    expect(points(series[0]!, "strCache")).toEqual([
      ["0", "A"],
      ["0", "総務部"],
      ["2", "A&B <x>"],
    ]);
    expect(attr(document, C, "ptCount")).toEqual(["1", "3", "3", "1", "3", "3"]);
  });

  it("keeps a hostile title as text, and an empty title deletes the automatic one", () => {
    const title = `=HYPERLINK("x")&'<b>'\u0001`;
    const document = xml(chartPartXml(plan("columnStacked", title), "集計", data));
    const t = [...document.getElementsByTagNameNS("http://schemas.openxmlformats.org/drawingml/2006/main", "t")];
    expect(t.map((e) => e.textContent)).toEqual([`=HYPERLINK("x")&'<b>'_x0001_`]);
    const untitled = xml(chartPartXml(plan("columnStacked", ""), "集計", data));
    expect(all(untitled, C, "title")).toHaveLength(0);
    expect(attr(untitled, C, "autoTitleDeleted")).toEqual(["1"]);
  });
});

describe("a chart in a saved workbook", () => {
  let bytes: Uint8Array;
  let files: Map<string, string>;
  beforeAll(async () => {
    bytes = await written({
      sheets: [summaryPlan([STACKED], { properties: { "tassei.kind": "summary" } })],
    });
    files = await parts(bytes);
  });

  it("adds the chart part, the drawing, their relationships and content types, all well-formed", () => {
    for (const [name, text] of files) expect(() => xml(text)).not.toThrow(name);
    expect(relationshipsOf(files.get("xl/worksheets/_rels/sheet1.xml.rels"))).toContainEqual(
      expect.objectContaining({ type: "drawing", target: "../drawings/drawing1.xml" }),
    );
    expect(relationshipsOf(files.get("xl/drawings/_rels/drawing1.xml.rels"))).toEqual([
      { id: "rId1", type: "chart", target: "../charts/chart1.xml" },
    ]);
    const types = files.get("[Content_Types].xml") ?? "";
    expect(types).toContain(
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>',
    );
    expect(types).toContain(
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>',
    );
  });

  it("links the drawing from the sheet, after its custom properties (schema order)", () => {
    const sheet = files.get("xl/worksheets/sheet1.xml") ?? "";
    const id = /<drawing r:id="(rId\d+)"\/>/.exec(sheet)?.[1];
    expect(relationshipsOf(files.get("xl/worksheets/_rels/sheet1.xml.rels"))).toContainEqual({
      id,
      type: "drawing",
      target: "../drawings/drawing1.xml",
    });
    expect(sheet.indexOf("<customProperties")).toBeGreaterThan(0);
    expect(sheet.indexOf("<customProperties")).toBeLessThan(sheet.indexOf("<drawing "));
    expect(sheet.indexOf("<drawing ")).toBeLessThan(sheet.indexOf("</worksheet>"));
  });

  it("anchors the chart from the placement's first cell to just past its last", () => {
    const drawing = xml(files.get("xl/drawings/drawing1.xml"));
    const corner = (name: string) => {
      const element = all(drawing, XDR, name)[0]!;
      return ["col", "colOff", "row", "rowOff"].map((n) => element.getElementsByTagNameNS(XDR, n)[0]?.textContent);
    };
    expect(corner("from")).toEqual(["1", "0", "12", "0"]);
    expect(corner("to")).toEqual(["9", "0", "27", "0"]);
    expect(all(drawing, XDR, "cNvPr")[0]?.getAttribute("name")).toBe("部局別の達成度");
    const reference = drawing.getElementsByTagNameNS(C, "chart")[0];
    expect(reference?.getAttributeNS("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id")).toBe(
      "rId1",
    );
  });

  it("refers to the summary's cells, with the cells' values cached", () => {
    const chart = xml(files.get("xl/charts/chart1.xml"));
    const formulas = texts(chart, C, "f");
    expect(formulas.filter((_, i) => i % 3 === 2)).toEqual([
      "'全庁サマリー'!$B$6:$B$9",
      "'全庁サマリー'!$C$6:$C$9",
      "'全庁サマリー'!$D$6:$D$9",
      "'全庁サマリー'!$E$6:$E$9",
      "'全庁サマリー'!$F$6:$F$9",
    ]);
    expect(new Set(formulas.filter((_, i) => i % 3 === 1))).toEqual(new Set(["'全庁サマリー'!$A$6:$A$9"]));
    expect(formulas.filter((_, i) => i % 3 === 0)).toEqual(
      ["B", "C", "D", "E", "F"].map((c) => `'全庁サマリー'!$${c}$5`),
    );
    const series = all(chart, C, "ser");
    const cached = series.map((s) =>
      [...s.getElementsByTagNameNS(C, "numCache")[0]!.getElementsByTagNameNS(C, "v")].map((v) => Number(v.textContent)),
    );
    expect(cached).toEqual([1, 2, 3, 4, 5].map((column) => COUNTS.slice(1).map((row) => row[column])));
    const categories = [...series[0]!.getElementsByTagNameNS(C, "cat")[0]!.getElementsByTagNameNS(C, "v")];
    expect(categories.map((v) => v.textContent)).toEqual(["総務部", "企画部", "=市民部 & <環境>", "福祉部"]);
    expect(texts(chart, "http://schemas.openxmlformats.org/drawingml/2006/main", "t")).toEqual([
      "部局別の達成度（件数）",
    ]);
  });

  it("leaves the cells readable as before", async () => {
    const read = await readSnapshotFromXlsx(bytes, { sheets: "all" });
    if (!read.ok) throw new Error(read.failure.reason);
    expect(read.snapshot.sheets[0]?.values[7]?.[0]).toBe("=市民部 & <環境>");
    expect(read.snapshot.sheets[0]?.formulas[7]?.[0]).toBeNull();
    expect(read.snapshot.sheets[0]?.properties).toEqual({ "tassei.kind": "summary" });
  });
});

describe("several charts, sheets and drawings", () => {
  it("numbers parts across sheets, one drawing per sheet, cached values taken when saving", async () => {
    const clustered: ChartPlan = { ...STACKED, name: "二つ目", kind: "columnClustered" };
    const bar: ChartPlan = {
      ...STACKED,
      name: "横棒",
      kind: "barStacked",
      source: { ...STACKED.source, columnCount: 2 },
    };
    const workbook = newXlsxWorkbook();
    applyPlanToXlsx(workbook, { sheets: [summaryPlan([STACKED, clustered]), { ...summaryPlan([bar]), name: "別表" }] });
    // A later plan changes a count: the cache holds the value at save time.
    applyPlanToXlsx(workbook, {
      sheets: [{ ...emptySheetPlan(SUMMARY, "update"), blocks: [{ anchor: { row: 5, column: 1 }, rows: [[30]] }] }],
    });
    const files = await parts(await saveXlsx(workbook));
    for (const [name, text] of files) expect(() => xml(text)).not.toThrow(name);
    expect([...files.keys()].filter((n) => /^xl\/(charts|drawings)\/[^/]+$/.test(n)).sort()).toEqual([
      "xl/charts/chart1.xml",
      "xl/charts/chart2.xml",
      "xl/charts/chart3.xml",
      "xl/drawings/drawing1.xml",
      "xl/drawings/drawing2.xml",
    ]);
    const first = xml(files.get("xl/drawings/drawing1.xml"));
    expect(all(first, XDR, "cNvPr").map((e) => [e.getAttribute("id"), e.getAttribute("name")])).toEqual([
      ["2", "部局別の達成度"],
      ["3", "二つ目"],
    ]);
    expect(relationshipsOf(files.get("xl/drawings/_rels/drawing2.xml.rels"))).toEqual([
      { id: "rId1", type: "chart", target: "../charts/chart3.xml" },
    ]);
    const chart1 = xml(files.get("xl/charts/chart1.xml"));
    expect(all(chart1, C, "numCache")[0]?.getElementsByTagNameNS(C, "v")[0]?.textContent).toBe("30");
    const chart3 = xml(files.get("xl/charts/chart3.xml"));
    expect(attr(chart3, C, "barDir")).toEqual(["bar"]);
    expect(texts(chart3, C, "f")).toEqual(["'別表'!$B$5", "'別表'!$A$6:$A$9", "'別表'!$B$6:$B$9"]);
  });

  it("adds a chart to the drawing that already holds the sheet's pictures", async () => {
    const workbook = newXlsxWorkbook();
    applyPlanToXlsx(workbook, { sheets: [summaryPlan([])] });
    const png = Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
      "base64",
    );
    const image = workbook.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: "png" });
    workbook.getWorksheet(SUMMARY)!.addImage(image, "H2:I4");
    applyPlanToXlsx(workbook, { sheets: [{ ...emptySheetPlan(SUMMARY, "update"), charts: [STACKED] }] });
    const files = await parts(await saveXlsx(workbook));
    const drawings = [...files.keys()].filter((n) => /^xl\/drawings\/[^/]+\.xml$/.test(n));
    expect(drawings).toEqual(["xl/drawings/drawing1.xml"]);
    const drawing = xml(files.get("xl/drawings/drawing1.xml"));
    expect(all(drawing, XDR, "pic")).toHaveLength(1);
    expect(all(drawing, XDR, "graphicFrame")).toHaveLength(1);
    const ids = all(drawing, XDR, "cNvPr").map((e) => e.getAttribute("id"));
    expect(new Set(ids).size).toBe(ids.length);
    const rels = relationshipsOf(files.get("xl/drawings/_rels/drawing1.xml.rels"));
    expect(rels.map((r) => r.type).sort()).toEqual(["chart", "image"]);
    expect(new Set(rels.map((r) => r.id)).size).toBe(2);
    const sheet = files.get("xl/worksheets/sheet1.xml") ?? "";
    expect(sheet.match(/<drawing /g)).toHaveLength(1);
  });

  it("removeCharts deletes charts planned earlier by name, whatever their case", async () => {
    const workbook = newXlsxWorkbook();
    applyPlanToXlsx(workbook, {
      sheets: [summaryPlan([STACKED, { ...STACKED, name: "Tassei_Summary_Grades" }, { ...STACKED, name: "残す" }])],
    });
    applyPlanToXlsx(workbook, {
      sheets: [
        { ...emptySheetPlan(SUMMARY, "update"), removeCharts: ["部局別の達成度", "TASSEI_SUMMARY_GRADES", "ない"] },
      ],
    });
    const drawing = xml((await parts(await saveXlsx(workbook))).get("xl/drawings/drawing1.xml"));
    expect(all(drawing, XDR, "cNvPr").map((e) => e.getAttribute("name"))).toEqual(["残す"]);
  });

  it("a chart planned again under the same name replaces the first, also after a reload", async () => {
    const workbook = newXlsxWorkbook();
    applyPlanToXlsx(workbook, { sheets: [summaryPlan()] });
    applyPlanToXlsx(workbook, {
      sheets: [{ ...emptySheetPlan(SUMMARY, "update"), charts: [{ ...STACKED, title: "二回目" }] }],
    });
    const once = await saveXlsx(workbook);
    const count = async (bytes: Uint8Array) =>
      [...(await parts(bytes)).keys()].filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n)).length;
    expect(await count(once)).toBe(1);
    expect((await parts(once)).get("xl/charts/chart1.xml")).toContain("二回目");

    // exceljs drops charts when it loads a file; a regenerated summary draws its chart again.
    const loaded = await loadXlsx(once);
    if (!loaded.ok) throw new Error(loaded.failure.reason);
    applyPlanToXlsx(loaded.workbook, { sheets: [{ ...emptySheetPlan(SUMMARY, "update"), charts: [STACKED] }] });
    const again = await saveXlsx(loaded.workbook);
    expect(await count(again)).toBe(1);
  });
});

describe("LibreOffice opens the chart", () => {
  const skip = process.env.TASSEI_SKIP_LIBREOFFICE === "1";
  let reopened: Map<string, string> | null = null;

  beforeAll(async () => {
    if (!libreOfficeAvailable()) {
      if (skip) {
        console.warn("SKIPPED LibreOffice chart check: LibreOffice is not installed and TASSEI_SKIP_LIBREOFFICE=1");
        return;
      }
      throw new Error(`LibreOffice is needed for these tests. Install it with: ${LIBREOFFICE_INSTALL_HINT}`);
    }
    const bar: ChartPlan = {
      ...STACKED,
      name: "横棒",
      kind: "barStacked",
      placement: { ...STACKED.placement, row: 30 },
    };
    const bytes = await written({ sheets: [summaryPlan([STACKED, bar])] });
    reopened = await parts(await recalculateWithLibreOffice(bytes));
  }, 180_000);

  it("reads both charts with the same kinds, ranges and title, and saves them again", () => {
    if (reopened === null) return;
    const charts = [...reopened.entries()]
      .filter(([name]) => /^xl\/charts\/chart\d+\.xml$/.test(name))
      .map(([, text]) => xml(text));
    expect(charts).toHaveLength(2);
    const kinds = charts.map((c) => [attr(c, C, "barDir")[0], attr(c, C, "grouping")[0]]).sort();
    expect(kinds).toEqual([
      ["bar", "stacked"],
      ["col", "stacked"],
    ]);
    for (const chart of charts) {
      // LibreOffice writes the sheet name bare where it can.
      const formulas = texts(chart, C, "f").map((f) => f?.replace(/^'(全庁サマリー)'/, "$1"));
      expect(formulas).toContain("全庁サマリー!$B$6:$B$9");
      expect(formulas).toContain("全庁サマリー!$F$6:$F$9");
      expect(formulas).toContain("全庁サマリー!$A$6:$A$9");
      expect(all(chart, C, "ser")).toHaveLength(5);
    }
    expect(charts.every((c) => c.documentElement.textContent?.includes("部局別の達成度（件数）"))).toBe(true);
  });
});
