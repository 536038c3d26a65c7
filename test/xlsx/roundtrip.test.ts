import JSZip from "jszip";
import { emptySheetPlan, type WorkbookPlan } from "../../src/core/workbook/plan";
import { formulaAt, valueAt } from "../../src/core/workbook/snapshot";
import { applyPlanToXlsx, readSnapshotFromXlsx, saveXlsx } from "../../src/xlsx";
import { HOSTILE_TEXTS, LONGEST_TEXT } from "../support/hostile";
import { FEATURE_SHEET, OTHER_SHEET, featurePlan } from "../support/plans";
import { DEPARTMENT, departmentPlan, reload, sheetOf, summaryPlan, writeAndRead } from "./helpers";

async function part(bytes: Uint8Array, path: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file(path);
  if (!file) throw new Error(`no part ${path}`);
  return file.async("string");
}

describe("a plan written to a new workbook reads back the same", () => {
  let snapshot: Awaited<ReturnType<typeof writeAndRead>>["snapshot"];
  beforeAll(async () => {
    ({ snapshot } = await writeAndRead(featurePlan()));
  });

  it("keeps the sheets in plan order", () => {
    expect(snapshot.sheetNames).toEqual([FEATURE_SHEET, OTHER_SHEET]);
    expect(snapshot.sheets.map((s) => [s.name, s.position, s.visible, s.protected])).toEqual([
      [FEATURE_SHEET, 0, true, false],
      [OTHER_SHEET, 1, true, false],
    ]);
    expect(snapshot.activeSheet).toBe(FEATURE_SHEET);
    expect(snapshot.structureProtected).toBe(false);
  });

  it("keeps values and formulas; a formula has no cached value until a spreadsheet computes it", () => {
    const sheet = sheetOf(snapshot, FEATURE_SHEET);
    expect(sheet.used).toEqual({ row: 0, column: 0, rowCount: 7 + HOSTILE_TEXTS.length, columnCount: 5 });
    expect(sheet.values.slice(0, 5)).toEqual([
      ["指標", "目標値", "実績値", "達成率", "達成度"],
      ["アクセス数", 65000, 62947, null, null],
      ["参加者数", 630, 365, null, null],
      ["満足度", 0.8, 0.992, null, null],
      ["真偽", true, false, null, "手入力"],
    ]);
    expect(formulaAt(sheet, 1, 3)).toBe('=IF(B2=0,"",C2/B2)');
    expect(formulaAt(sheet, 3, 4)).toBe('=IF(D4>=1,"A",IF(D4>=0.7,"B","C"))');
    expect(formulaAt(sheet, 1, 1)).toBeNull();
    expect(formulaAt(sheetOf(snapshot, OTHER_SHEET), 0, 1)).toBe(`=SUM(${FEATURE_SHEET}!B2:B3)`);
  });

  it("keeps hostile texts as text, character for character", () => {
    const sheet = sheetOf(snapshot, FEATURE_SHEET);
    const texts = HOSTILE_TEXTS.map((_, i) => valueAt(sheet, 7 + i, 0));
    expect(texts).toEqual(HOSTILE_TEXTS);
    expect(HOSTILE_TEXTS.map((_, i) => formulaAt(sheet, 7 + i, 0))).toEqual(HOSTILE_TEXTS.map(() => null));
  });

  it("keeps number formats, and General where none was set", () => {
    const formats = sheetOf(snapshot, FEATURE_SHEET).numberFormats;
    expect(formats.slice(0, 4)).toEqual([
      ["General", "General", "General", "General", "General"],
      ["General", "#,##0", "#,##0", "0.0%", "General"],
      ["General", "#,##0", "#,##0", "0.0%", "General"],
      ["General", "#,##0", "#,##0", "0.0%", "General"],
    ]);
  });

  it("keeps tables with their headers", () => {
    expect(sheetOf(snapshot, FEATURE_SHEET).tables).toEqual([
      {
        name: "Tassei_KPI_1",
        range: { row: 0, column: 0, rowCount: 4, columnCount: 5 },
        headers: ["指標", "目標値", "実績値", "達成率", "達成度"],
      },
    ]);
    expect(sheetOf(snapshot, OTHER_SHEET).tables).toEqual([]);
  });

  it("keeps the sheet's custom properties", () => {
    expect(sheetOf(snapshot, FEATURE_SHEET).properties).toEqual({ tassei: '{"v":1,"kind":"department"}' });
    expect(sheetOf(snapshot, OTHER_SHEET).properties).toEqual({});
  });
});

describe("the file itself, as Excel will read it", () => {
  let bytes: Uint8Array;
  let report: ReturnType<typeof applyPlanToXlsx>;
  beforeAll(async () => {
    const workbook = (await import("../../src/xlsx")).newXlsxWorkbook();
    report = applyPlanToXlsx(workbook, { sheets: [departmentPlan(), summaryPlan()] });
    bytes = await saveXlsx(workbook);
  });

  it("writes the chart as a chart part instead of dropping it", async () => {
    expect(report.ok).toBe(true);
    if (!report.ok) return;
    expect(report.sheets).toEqual([DEPARTMENT, "集計"]);
    expect(report.unsupported).toEqual([]);
    expect(await part(bytes, "xl/charts/chart1.xml")).toContain("<c:barChart>");
  });

  it("stores custom properties where Excel's worksheet.customProperties finds them", async () => {
    const sheet = await part(bytes, "xl/worksheets/sheet1.xml");
    const rels = await part(bytes, "xl/worksheets/_rels/sheet1.xml.rels");
    const types = await part(bytes, "[Content_Types].xml");
    const element = /<customProperties>(.*?)<\/customProperties>/.exec(sheet)?.[1] ?? "";
    const entries = [...element.matchAll(/<customPr name="([^"]+)" r:id="(rId\d+)"\/>/g)].map((m) => [m[1], m[2]]);
    expect(entries.map((e) => e[0])).toEqual(["tassei.kind", "tassei.layout"]);
    for (const [, id] of entries) {
      const target = new RegExp(
        `Id="${id}" Type="[^"]+/customProperty" Target="\\.\\./(customProperty\\d+\\.bin)"`,
      ).exec(rels)?.[1];
      expect(target).toBeDefined();
      expect(types).toContain(
        `<Override PartName="/xl/${target}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.customProperty"/>`,
      );
    }
    // Schema order: after the page setup, before the table parts.
    expect(sheet.indexOf("<pageSetup")).toBeLessThan(sheet.indexOf("<customProperties>"));
    expect(sheet.indexOf("<customProperties>")).toBeLessThan(sheet.indexOf("<tableParts"));
    const zip = await JSZip.loadAsync(bytes);
    const value = await zip.file("xl/customProperty1.bin")?.async("uint8array");
    expect(Buffer.from(value ?? []).toString("utf16le")).toBe("department");
  });

  it("writes a link into the workbook as a location, and a URL as an external relationship", async () => {
    const sheet = await part(bytes, "xl/worksheets/sheet1.xml");
    const rels = await part(bytes, "xl/worksheets/_rels/sheet1.xml.rels");
    expect(sheet).toContain('<hyperlink ref="A9" location="集計!A1"/>');
    const external = /<hyperlink ref="A10" r:id="(rId\d+)" tooltip="開く"\/>/.exec(sheet);
    expect(external).not.toBeNull();
    expect(rels).toContain(
      `Id="${external?.[1]}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://www.city.example.lg.jp/kpi?a=1&amp;b=2" TargetMode="External"`,
    );
    expect(rels).not.toContain("集計");
  });

  it("keeps styles, widths, panes, print setup, validation and conditional formats", async () => {
    const workbook = await reload(bytes);
    const ws = workbook.getWorksheet(DEPARTMENT);
    if (!ws) throw new Error("sheet missing");
    const header = ws.getCell("B4");
    expect(header.font).toMatchObject({ bold: true, color: { argb: "FF1F4E78" } });
    expect(header.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } });
    expect(header.border).toMatchObject({
      top: { style: "thin" },
      left: { style: "thin" },
      bottom: { style: "thin" },
      right: { style: "thin" },
    });
    expect(header.alignment).toMatchObject({ horizontal: "center", wrapText: true });
    expect(ws.getCell("D5").numFmt).toBe("0.0%");
    // 120 pt = 160 px = 22.857 digits of 7 px; 48 pt is Excel's default 8.43-character column.
    expect(ws.getColumn(1).width).toBe(22.85546875);
    expect(ws.getColumn(5).width).toBe(9.140625);
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 4 });
    expect(ws.pageSetup).toMatchObject({
      orientation: "landscape",
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "4:4",
    });
    // The header and footer as exceljs reads them back: & doubled in the title, &C, page X / Y.
    expect(ws.headerFooter).toMatchObject({ oddHeader: "&C総務部 && 企画課", oddFooter: "&C&P / &N" });

    const sheet = await part(bytes, "xl/worksheets/sheet1.xml");
    expect(sheet).toContain(
      '<dataValidation type="list" allowBlank="1" showErrorMessage="1" errorStyle="stop" errorTitle="達成度" error="A〜E から選んでください" sqref="E5:E6"><formula1>&quot;A,B,C,D,E&quot;</formula1></dataValidation>',
    );
    expect(sheet).toMatch(
      /<conditionalFormatting sqref="E5:E6"><cfRule type="expression" dxfId="\d+" priority="1"><formula>\$E5=&quot;D&quot;<\/formula><\/cfRule><cfRule type="expression" dxfId="\d+" priority="2"><formula>\$E5=&quot;A&quot;<\/formula><\/cfRule><\/conditionalFormatting>/,
    );
    const styles = await part(bytes, "xl/styles.xml");
    expect(styles).toMatch(/<dxf>.*FFFFC7CE.*<\/dxf>/);
  });

  it("writes the header, the footer and a page starting at row 9, as Excel writes them, in schema order", async () => {
    const sheet = await part(bytes, "xl/worksheets/sheet1.xml");
    expect(sheet).toContain(
      "<headerFooter><oddHeader>&amp;C総務部 &amp;&amp; 企画課</oddHeader><oddFooter>&amp;C&amp;P / &amp;N</oddFooter></headerFooter>",
    );
    // Zero-based row 8 starts a page: Excel's brk id, across every column.
    expect(sheet).toContain('<rowBreaks count="1" manualBreakCount="1"><brk id="8" max="16383" man="1"/></rowBreaks>');
    const at = (tag: string) => sheet.indexOf(`<${tag}`);
    expect(at("pageSetup")).toBeLessThan(at("headerFooter"));
    expect(at("headerFooter")).toBeLessThan(at("rowBreaks"));
    expect(at("rowBreaks")).toBeLessThan(at("customProperties"));
    expect(at("customProperties")).toBeLessThan(at("drawing"));
  });

  it("activates the requested sheet with only its tab selected", async () => {
    const workbook = await reload(bytes);
    expect(workbook.views[0]?.activeTab).toBe(1);
    // exceljs does not read tabSelected back, so look at the parts.
    expect(await part(bytes, "xl/worksheets/sheet1.xml")).not.toContain("tabSelected");
    const summary = await part(bytes, "xl/worksheets/sheet2.xml");
    expect(summary).toContain(
      '<sheetView workbookViewId="0" tabSelected="1"><selection activeCell="B2" sqref="B2"/></sheetView>',
    );
    const read = await readSnapshotFromXlsx(bytes, { sheets: "active" });
    expect(read.ok && read.snapshot.sheets.map((s) => s.name)).toEqual(["集計"]);
  });

  it("makes the table's header cells its column names and keeps its calculated column's formulas", async () => {
    const read = await readSnapshotFromXlsx(bytes, { sheets: [DEPARTMENT] });
    if (!read.ok) throw new Error(read.failure.reason);
    const sheet = read.snapshot.sheets[0];
    if (!sheet) throw new Error("no sheet");
    expect(sheet.tables).toEqual([
      {
        name: "KPI_総務部",
        range: { row: 3, column: 0, rowCount: 3, columnCount: 5 },
        headers: ["指標", "目標値", "実績値", "達成率", "達成度"],
      },
    ]);
    expect(sheet.values[3]).toEqual(["指標", "目標値", "実績値", "達成率", "達成度"]);
    expect(formulaAt(sheet, 5, 3)).toBe('=IFERROR(C6/B6,"")');
    const table = await part(bytes, "xl/tables/table1.xml");
    expect(table).toContain('<tableStyleInfo name="TableStyleMedium2"');
    expect(table).not.toContain('hiddenButton="1"');
  });
});

describe("updating a saved workbook", () => {
  async function saved(plan: WorkbookPlan): Promise<Uint8Array> {
    const workbook = (await import("../../src/xlsx")).newXlsxWorkbook();
    const report = applyPlanToXlsx(workbook, plan);
    if (!report.ok) throw new Error(report.error.code);
    return saveXlsx(workbook);
  }

  it("keeps what exceljs alone would lose: properties, links into the workbook, whole-column lists", async () => {
    const first = await saved({
      sheets: [
        {
          ...departmentPlan(),
          validations: [
            { range: { row: 0, column: 7, rowCount: 1_048_576, columnCount: 1 }, list: ["済", "未"], allowBlank: true },
          ],
        },
        summaryPlan(),
      ],
    });
    const workbook = await reload(first);
    const update = applyPlanToXlsx(workbook, {
      sheets: [
        {
          ...emptySheetPlan(DEPARTMENT, "update"),
          clear: [{ row: 0, column: 0, rowCount: 2, columnCount: 4 }],
          blocks: [{ anchor: { row: 0, column: 0 }, rows: [["企画部", "令和8年度"]] }],
          properties: { "tassei.kind": "department-v2", "tassei.graded": "2026-04-01" },
        },
      ],
    });
    expect(update.ok).toBe(true);
    const second = await saveXlsx(workbook);

    const read = await readSnapshotFromXlsx(second, { sheets: "all" });
    if (!read.ok) throw new Error(read.failure.reason);
    const sheet = sheetOf(read.snapshot, DEPARTMENT);
    expect(sheet.values[0]?.slice(0, 2)).toEqual(["企画部", "令和8年度"]);
    expect(sheet.values[1]).toEqual([null, null, null, null, null]);
    expect(sheet.properties).toEqual({
      "tassei.kind": "department-v2",
      "tassei.layout": '{"version":1,"table":"KPI_総務部"}',
      "tassei.graded": "2026-04-01",
    });
    expect(sheet.tables.map((t) => t.name)).toEqual(["KPI_総務部"]);
    const xml = await part(second, "xl/worksheets/sheet1.xml");
    expect(xml).toContain('<hyperlink ref="A9" location="集計!A1"/>');
    expect(xml).toContain('sqref="H1:H1048576"><formula1>&quot;済,未&quot;</formula1>');
    expect(xml).toContain('sqref="E5:E6"');
  });

  it("replaces the content a plan owns: clearing removes cells, formats, tables, lists and rules inside the range", async () => {
    const workbook = await reload(await saved({ sheets: [departmentPlan(), summaryPlan()] }));
    const report = applyPlanToXlsx(workbook, {
      sheets: [
        {
          ...emptySheetPlan(DEPARTMENT, "update"),
          clear: [{ row: 3, column: 0, rowCount: 3, columnCount: 5 }],
          blocks: [
            {
              anchor: { row: 3, column: 0 },
              rows: [
                ["指標", "実績値"],
                ["新指標", 5],
              ],
            },
          ],
          tables: [
            {
              name: "KPI_総務部",
              range: { row: 3, column: 0, rowCount: 2, columnCount: 2 },
              headers: ["指標", "実績値"],
            },
          ],
        },
      ],
    });
    expect(report.ok).toBe(true);
    const bytes = await saveXlsx(workbook);
    const read = await readSnapshotFromXlsx(bytes, { sheets: [DEPARTMENT] });
    if (!read.ok) throw new Error(read.failure.reason);
    const sheet = read.snapshot.sheets[0];
    if (!sheet) throw new Error("no sheet");
    expect(sheet.tables).toEqual([
      { name: "KPI_総務部", range: { row: 3, column: 0, rowCount: 2, columnCount: 2 }, headers: ["指標", "実績値"] },
    ]);
    expect(sheet.used).toEqual({ row: 0, column: 0, rowCount: 10, columnCount: 4 });
    expect(sheet.values.slice(3, 6)).toEqual([
      ["指標", "実績値", null, null],
      ["新指標", 5, null, null],
      [null, null, null, null],
    ]);
    expect(sheet.numberFormats[4]?.[3]).toBe("General");
    const xml = await part(bytes, "xl/worksheets/sheet1.xml");
    expect(xml).not.toContain("<dataValidation ");
    expect(xml).not.toContain("<conditionalFormatting");
  });
});

describe("an empty sheet with metadata only", () => {
  it("keeps its properties and reads as a sheet with no used range", async () => {
    const { snapshot } = await writeAndRead({
      sheets: [{ ...emptySheetPlan("設定", "create"), properties: { "tassei.settings": "{}", 日本語キー: "値" } }],
    });
    expect(sheetOf(snapshot, "設定")).toMatchObject({
      used: null,
      values: [],
      properties: { "tassei.settings": "{}", 日本語キー: "値" },
    });
  });
});

describe("texts at Excel's limit", () => {
  it("writes a 32,767-character text and reads it back whole", async () => {
    const plan: WorkbookPlan = {
      sheets: [
        { ...emptySheetPlan("長文", "create"), blocks: [{ anchor: { row: 0, column: 0 }, rows: [[LONGEST_TEXT]] }] },
      ],
    };
    const { snapshot } = await writeAndRead(plan);
    expect(sheetOf(snapshot, "長文").values[0]?.[0]).toBe(LONGEST_TEXT);
  });
});
