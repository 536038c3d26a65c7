import { encodePropertyValue } from "../../src/xlsx/custom-properties";
import { MAX_SNAPSHOT_CELLS, readSnapshotFromXlsx } from "../../src/xlsx";
import type { WorkbookSnapshot } from "../../src/core/workbook/snapshot";
import { type HandPackage, handPackage } from "./package-builder";

async function snapshotOf(spec: HandPackage, sheets: "all" | "active" | string[] = "all"): Promise<WorkbookSnapshot> {
  const result = await readSnapshotFromXlsx(await handPackage(spec), { sheets });
  if (!result.ok) throw new Error(`${result.failure.reason}: ${result.failure.detail ?? ""}`);
  return result.snapshot;
}

const STYLES =
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>' +
  '<cellStyleXfs count="1"><xf numFmtId="49"/></cellStyleXfs>' +
  '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/><xf numFmtId="58"/><xf numFmtId="3"/></cellXfs>';

describe("reading what Excel and other programs write", () => {
  it("expands shared formulas to each cell and keeps cached results", async () => {
    const snapshot = await snapshotOf({
      sheets: [
        {
          name: "S",
          body:
            "<sheetData>" +
            '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:C3" si="0">A1*2+$A$1</f><v>3</v></c><c r="C1"><f t="shared" si="0"/><v>7</v></c></row>' +
            '<row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>5</v></c></row>' +
            '<row r="3"><c r="A3"><v>3</v></c><c r="C3"><f t="shared" si="0"/></c></row>' +
            "</sheetData>",
        },
      ],
    });
    const sheet = snapshot.sheets[0];
    expect(sheet?.formulas).toEqual([
      [null, "=A1*2+$A$1", "=B1*2+$A$1"],
      [null, "=A2*2+$A$1", null],
      [null, null, "=B3*2+$A$1"],
    ]);
    expect(sheet?.values).toEqual([
      [1, 3, 7],
      [2, 5, null],
      [3, null, null],
    ]);
  });

  it("reads every cell type: shared, inline and rich text, booleans, errors, formula strings", async () => {
    const snapshot = await snapshotOf({
      sharedStringItems: [
        "<si><t>達成率</t></si>",
        // Rich text runs, and furigana (phonetic runs) that are not part of the value.
        '<si><r><rPr><b/></rPr><t>総務</t></r><r><t xml:space="preserve">部 </t></r><rPh sb="0" eb="2"><t>ソウム</t></rPh><phoneticPr fontId="1"/></si>',
        "<si><t>line1_x000D_\nline2_x0001_</t></si>",
        "<si/>",
      ],
      sheets: [
        {
          name: "S",
          body:
            "<sheetData><row>" +
            '<c t="s"><v>0</v></c><c t="s"><v>1</v></c><c t="s"><v>2</v></c>' +
            '<c t="inlineStr"><is><t>インライン&amp;&lt;&gt;</t></is></c>' +
            '<c t="b"><v>1</v></c><c t="b"><v>0</v></c>' +
            '<c t="e"><f>1/0</f><v>#DIV/0!</v></c>' +
            '<c t="str"><f>_xlfn.CONCAT("a","b")</f><v>ab</v></c>' +
            "<c><f>_xlfn.IFS(TRUE,1)</f></c>" +
            '<c t="s"><v>3</v></c>' +
            "</row></sheetData>",
        },
      ],
    });
    const sheet = snapshot.sheets[0];
    expect(sheet?.values).toEqual([
      ["達成率", "総務部 ", "line1\r\nline2\u0001", "インライン&<>", true, false, "#DIV/0!", "ab", null, ""],
    ]);
    expect(sheet?.formulas[0]).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
      "=1/0",
      '=CONCAT("a","b")',
      "=IFS(TRUE,1)",
      null,
    ]);
  });

  it("reads number formats: custom, built-in (Japanese ones too), and column styles for absent cells", async () => {
    const snapshot = await snapshotOf({
      styles: STYLES,
      sheets: [
        {
          name: "S",
          body:
            '<cols><col min="4" max="4" style="4"/></cols><sheetData>' +
            '<row r="1"><c r="A1" s="1"><v>0.905</v></c><c r="B1" s="2"><v>45383</v></c><c r="C1" s="3"><v>45383</v></c><c r="E1"><v>1</v></c></row>' +
            '<row r="2" s="1" customFormat="1"><c r="E2"><v>2</v></c></row>' +
            "</sheetData>",
        },
      ],
    });
    const sheet = snapshot.sheets[0];
    // Dates stay the serial numbers Excel stores and Office.js reports.
    expect(sheet?.values[0]).toEqual([0.905, 45383, 45383, null, 1]);
    expect(sheet?.numberFormats).toEqual([
      ["0.0%", "m/d/yyyy", '[$-411]ggge"年"m"月"d"日"', "#,##0", "General"],
      ["0.0%", "0.0%", "0.0%", "0.0%", "General"],
    ]);
  });

  it("counts a formatted empty cell in the used range, as Office.js does, but not row or column formats", async () => {
    const snapshot = await snapshotOf({
      styles: STYLES,
      sheets: [
        {
          name: "S",
          body: '<cols><col min="1" max="9" style="4"/></cols><sheetData><row r="2"><c r="B2"><v>1</v></c><c r="C2" s="1"/></row><row r="9" s="1" customFormat="1"/></sheetData>',
        },
      ],
    });
    const sheet = snapshot.sheets[0];
    expect(sheet?.used).toEqual({ row: 1, column: 1, rowCount: 1, columnCount: 2 });
    expect(sheet?.values).toEqual([[1, null]]);
    // A cell element without s has the default style, whatever its column says.
    expect(sheet?.numberFormats).toEqual([["General", "0.0%"]]);
  });

  it("reads SpreadsheetML written with a namespace prefix (<x:c>), as the Open XML SDK does", async () => {
    const snapshot = await snapshotOf({
      prefix: "x",
      sharedStrings: ["指標"],
      sheets: [
        {
          name: "S",
          body: '<x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1"><x:v>5</x:v></x:c></x:row></x:sheetData>',
        },
      ],
    });
    expect(snapshot.sheets[0]?.values).toEqual([["指標", 5]]);
  });

  it("lists worksheets only (not chart sheets), with visibility, protection and the active one", async () => {
    const snapshot = await snapshotOf(
      {
        workbookExtra: '<workbookProtection lockStructure="1"/>',
        activeTab: 2,
        sheets: [
          {
            name: "表",
            body: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><sheetProtection sheet="1"/>',
          },
          { name: "グラフ", chart: true, body: "" },
          { name: "隠し", state: "hidden", body: "<sheetData/>" },
        ],
      },
      "active",
    );
    expect(snapshot.sheetNames).toEqual(["表", "隠し"]);
    expect(snapshot.activeSheet).toBe("隠し");
    expect(snapshot.structureProtected).toBe(true);
    expect(snapshot.sheets.map((s) => [s.name, s.position, s.visible, s.used])).toEqual([["隠し", 1, false, null]]);
    const all = await snapshotOf(
      {
        sheets: [
          { name: "表", body: '<sheetData/><sheetProtection sheet="1"/>' },
          { name: "B", body: "<sheetData/>" },
        ],
      },
      ["B", "存在しない"],
    );
    expect(all.sheets.map((s) => s.name)).toEqual(["B"]);
  });

  it("reads custom properties as Excel stores them, and tables", async () => {
    const snapshot = await snapshotOf({
      sheets: [
        {
          name: "部",
          body:
            '<sheetData><row r="2"><c r="B2"><v>1</v></c></row></sheetData>' +
            '<customProperties><customPr name="tassei" r:id="rId7"/><customPr name="空" r:id="rId8"/></customProperties>' +
            '<tableParts count="1"><tablePart r:id="rId9"/></tableParts>',
          rels: {
            rId7: ["customProperty", "../customProperty1.bin"],
            rId8: ["customProperty", "../customProperty2.bin"],
            rId9: ["table", "../tables/table3.xml"],
          },
        },
      ],
      parts: {
        "xl/customProperty1.bin": encodePropertyValue('{"v":1,"部":"総務部"}'),
        "xl/customProperty2.bin": new Uint8Array(0),
        "xl/tables/table3.xml":
          '<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="3" name="Table3" displayName="KPI表" ref="B2:C4"><tableColumns count="2"><tableColumn id="1" name="指標_x000a_名"/><tableColumn id="2" name="値"/></tableColumns></table>',
      },
    });
    const sheet = snapshot.sheets[0];
    expect(sheet?.properties).toEqual({ tassei: '{"v":1,"部":"総務部"}', 空: "" });
    expect(sheet?.tables).toEqual([
      { name: "KPI表", range: { row: 1, column: 1, rowCount: 3, columnCount: 2 }, headers: ["指標\n名", "値"] },
    ]);
    expect(sheet?.used).toEqual({ row: 1, column: 1, rowCount: 1, columnCount: 1 });
  });
});

describe("size", () => {
  it("refuses a used range too large to hold in memory, naming the sheet", async () => {
    const bytes = await handPackage({
      sheets: [
        {
          name: "迷子",
          body: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>',
        },
      ],
    });
    const result = await readSnapshotFromXlsx(bytes, { sheets: "all" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.failure.reason).toBe("too-large");
    expect(result.failure.message.ja).toContain("迷子");
    expect(result.failure.message.en).toContain(String(MAX_SNAPSHOT_CELLS));
  });

  it("reads a sheet of 100,000 rows", async () => {
    const rows: string[] = [];
    for (let r = 1; r <= 100_000; r++) {
      rows.push(
        `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>指標${r}</t></is></c><c r="B${r}"><v>${r}</v></c><c r="C${r}"><f>B${r}*2</f><v>${r * 2}</v></c><c r="D${r}" t="b"><v>${r % 2}</v></c></row>`,
      );
    }
    const bytes = await handPackage({
      compression: "STORE",
      sheets: [{ name: "大", body: `<sheetData>${rows.join("")}</sheetData>` }],
    });
    const result = await readSnapshotFromXlsx(bytes, { sheets: "all" });
    if (!result.ok) throw new Error(result.failure.reason);
    const sheet = result.snapshot.sheets[0];
    expect(sheet?.used).toEqual({ row: 0, column: 0, rowCount: 100_000, columnCount: 4 });
    expect(sheet?.values[99_999]).toEqual(["指標100000", 100_000, 200_000, false]);
    expect(sheet?.formulas[99_999]).toEqual([null, null, "=B100000*2", null]);
  }, 60_000);
});
