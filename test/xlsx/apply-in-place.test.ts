/**
 * The in-place writer (src/xlsx/patch): a plan applied to a file's own parts. Expected cells are worked
 * out by hand from the hand-built packages below; what the plan does not name must come out byte for byte.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import JSZip from "jszip";
import { type CellValue, valueAt } from "../../src/core/workbook/snapshot";
import { emptySheetPlan, type PlannedCell, type SheetPlan } from "../../src/core/workbook/plan";
import { applyPlanInPlace, readSnapshotFromXlsx } from "../../src/xlsx";
import { handPackage } from "./package-builder";
import { sheetOf } from "./helpers";

const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

/** Excel's shared formula over B2:B4, cells without `r` in row 2, a bold style, notes and a part Tassei does not know. */
async function sourcePackage(prefix?: string): Promise<Uint8Array> {
  return handPackage({
    prefix,
    sheets: [
      {
        name: "政策推進部",
        body:
          '<dimension ref="A1:B4"/><sheetData>' +
          `<row r="1">${inline("A1", "指標")}<c r="B1" s="1"><v>1</v></c></row>` +
          '<row r="2" spans="1:2"><c><v>10</v></c><c><f t="shared" ref="B2:B4" si="0">A2*2</f><v>20</v></c></row>' +
          '<row r="3"><c r="A3"><v>11</v></c><c r="B3"><f t="shared" si="0"/><v>22</v></c></row>' +
          '<row r="4"><c r="A4"><v>12</v></c><c r="B4"><f t="shared" si="0"/><v>24</v></c></row>' +
          "</sheetData>",
      },
      { name: "メモ", body: `<sheetData><row r="1">${inline("A1", "そのまま")}</row></sheetData>` },
    ],
    styles:
      '<fonts count="2"><font><sz val="11"/><name val="游ゴシック"/></font><font><b/><sz val="11"/><name val="游ゴシック"/></font></fonts>' +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>',
    parts: {
      "xl/comments1.xml": '<?xml version="1.0"?><comments><authors><author>山田</author></authors></comments>',
      "customXml/item1.xml": "<root>市の独自データ</root>",
    },
  });
}

function plan(): SheetPlan[] {
  return [
    {
      ...emptySheetPlan("政策推進部", "update"),
      clear: [{ row: 0, column: 0, rowCount: 1, columnCount: 1 }],
      blocks: [
        { anchor: { row: 1, column: 1 }, rows: [[{ formula: "=A2*3", result: 30 }]] },
        {
          anchor: { row: 5, column: 3 },
          rows: [["a\u0001b <&>", 3.5, true, { formula: "=SUM(A2:A4)", result: 33 }, "=1+1"]],
        },
        { anchor: { row: 0, column: 1 }, rows: [[2]] },
      ],
      styles: [
        { range: { row: 2, column: 1, rowCount: 1, columnCount: 1 }, style: { numberFormat: "0.0%" } },
        { range: { row: 0, column: 1, rowCount: 1, columnCount: 1 }, style: { fill: "#DDEBF7" } },
      ],
      properties: { "tassei.stamp": "採点済み" },
    },
    {
      ...emptySheetPlan("Tasseiログ", "create"),
      blocks: [
        {
          anchor: { row: 0, column: 0 },
          rows: [
            ["日時", "セル"],
            ["2026/12/6 21:03", "B2"],
          ],
        },
      ],
      styles: [{ range: { row: 0, column: 0, rowCount: 1, columnCount: 2 }, style: { bold: true, border: true } }],
      columnWidths: [{ column: 0, points: 120 }],
      freeze: { rows: 1, columns: 0 },
      properties: { "tassei.kind": "log" },
    },
  ];
}

async function applied(bytes: Uint8Array, sheets: SheetPlan[]): Promise<Uint8Array> {
  const result = await applyPlanInPlace(bytes, { sheets });
  if (!result.ok) throw new Error("error" in result ? result.error.message.en : result.failure.message.en);
  return result.bytes;
}

async function read(bytes: Uint8Array) {
  const result = await readSnapshotFromXlsx(bytes, { sheets: "all" });
  if (!result.ok) throw new Error(result.failure.message.en);
  return result.snapshot;
}

describe.each([undefined, "x"])("applyPlanInPlace (namespace prefix %s)", (prefix) => {
  it("writes the planned cells, formats, properties and a new sheet, and nothing else", async () => {
    const source = await sourcePackage(prefix);
    const out = await applied(source, plan());
    const snapshot = await read(out);
    expect(snapshot.sheetNames).toEqual(["政策推進部", "メモ", "Tasseiログ"]);
    const sheet = sheetOf(snapshot, "政策推進部");
    const formula = (row: number, column: number) =>
      sheet.formulas[row - sheet.used!.row]?.[column - sheet.used!.column];
    const format = (row: number, column: number) =>
      sheet.numberFormats[row - sheet.used!.row]?.[column - sheet.used!.column];
    // A1 cleared; B1 written over (its bold style kept under the new fill).
    expect(valueAt(sheet, 0, 0) ?? "").toBe("");
    expect(valueAt(sheet, 0, 1)).toBe(2);
    // The shared formula's first cell overwritten: B3 and B4 keep their own formulas, moved to their rows.
    expect(formula(1, 1)).toBe("=A2*3");
    expect(valueAt(sheet, 1, 1)).toBe(30);
    expect(formula(2, 1)).toBe("=A3*2");
    expect(valueAt(sheet, 2, 1)).toBe(22);
    expect(format(2, 1)).toBe("0.0%");
    expect(formula(3, 1)).toBe("=A4*2");
    // Row 2's cells had no `r`: A2 is still 10.
    expect(valueAt(sheet, 1, 0)).toBe(10);
    // A text with a control character and markup stays that text; "=1+1" stays text, never a formula.
    const row6: CellValue[] = [3, 4, 5, 6, 7].map((c) => valueAt(sheet, 5, c));
    expect(row6).toEqual(["a\u0001b <&>", 3.5, true, 33, "=1+1"]);
    expect(formula(5, 6)).toBe("=SUM(A2:A4)");
    expect(formula(5, 7)).toBeNull();
    expect(sheet.properties).toEqual({ "tassei.stamp": "採点済み" });

    const log = sheetOf(snapshot, "Tasseiログ");
    expect(log.values).toEqual([
      ["日時", "セル"],
      ["2026/12/6 21:03", "B2"],
    ]);
    expect(log.properties).toEqual({ "tassei.kind": "log" });

    // Every part the plan does not name is byte for byte the input's.
    const before = await JSZip.loadAsync(source);
    const after = await JSZip.loadAsync(out);
    for (const name of ["xl/worksheets/sheet2.xml", "xl/comments1.xml", "customXml/item1.xml", "_rels/.rels"]) {
      expect(await after.file(name)!.async("string")).toBe(await before.file(name)!.async("string"));
    }
    // The untouched rows of the edited sheet are too (row 4 kept its cells as written).
    const edited = await after.file("xl/worksheets/sheet1.xml")!.async("string");
    const p = prefix ? `${prefix}:` : "";
    expect(edited).toContain(`<${p}c r="A4"><${p}v>12</${p}v></${p}c>`);
    // Excel recalculates on opening; the bold font of B1 is still B1's.
    const workbook = await after.file("xl/workbook.xml")!.async("string");
    expect(workbook).toMatch(/calcPr[^>]*fullCalcOnLoad="1"/);
    const styles = await after.file("xl/styles.xml")!.async("string");
    const b1 = /<(?:\w+:)?c r="B1" s="(\d+)"/.exec(edited)![1]!;
    const xfs = styles.slice(styles.indexOf("cellXfs")).match(/<(?:\w+:)?xf\b[^>]*>/g)!;
    expect(xfs[Number(b1)]).toMatch(/fontId="1"/);
    expect(xfs[Number(b1)]).toMatch(/applyFill="1"/);
  });
});

it("refuses a plan asking for what only the exceljs writer makes, before writing anything", async () => {
  const source = await sourcePackage();
  const result = await applyPlanInPlace(source, {
    sheets: [
      {
        ...emptySheetPlan("政策推進部", "update"),
        tables: [{ name: "T1", range: { row: 0, column: 0, rowCount: 2, columnCount: 1 }, headers: ["指標"] }],
      },
    ],
  });
  expect(result.ok).toBe(false);
  if (!result.ok && "error" in result) {
    expect(result.error.code).toBe("in-place");
    expect(result.error.message.ja).toContain("政策推進部");
  }
});

it("drops the calculation chain, which would list cells that no longer hold formulas", async () => {
  const source = await handPackage({
    sheets: [{ name: "部", body: '<sheetData><row r="1"><c r="A1"><f>1+1</f><v>2</v></c></row></sheetData>' }],
    parts: {
      "xl/calcChain.xml": '<?xml version="1.0"?><calcChain><c r="A1" i="1"/></calcChain>',
    },
  });
  // The builder has no calcChain relationship: add it the way Excel writes it.
  const zip = await JSZip.loadAsync(source);
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  zip.file(
    "xl/_rels/workbook.xml.rels",
    rels.replace(
      "</Relationships>",
      '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>',
    ),
  );
  const out = await applied(await zip.generateAsync({ type: "uint8array" }), [
    { ...emptySheetPlan("部", "update"), blocks: [{ anchor: { row: 0, column: 0 }, rows: [[5]] }] },
  ]);
  const after = await JSZip.loadAsync(out);
  expect(after.file("xl/calcChain.xml")).toBeNull();
  expect(await after.file("xl/_rels/workbook.xml.rels")!.async("string")).not.toContain("calcChain");
  expect(valueAt(sheetOf(await read(out), "部"), 0, 0)).toBe(5);
});

// Property: whatever a sheet holds and wherever the plan writes, reading the written file gives the sheet
// with the plan's cells laid over it — the model is a plain map, built without the code under test.
it("reads back as the source with the planned cells laid over it", async () => {
  const cell = fc.oneof(
    fc.integer({ min: -1000, max: 1000 }),
    fc.constantFrom("相談件数", "延べ 35 人", "A&B", "", "=SUM(A1)"),
    fc.boolean(),
  );
  const position = fc.record({ row: fc.nat(6), column: fc.nat(4) });
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.tuple(position, fc.integer({ min: 0, max: 99 }), fc.boolean()), { maxLength: 12 }),
      fc.array(
        fc.tuple(position, fc.array(fc.array(cell, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 })),
      ),
      async (existing, blocks) => {
        const model = new Map<string, CellValue>();
        const byRow = new Map<number, Map<number, { value: number; withRef: boolean }>>();
        for (const [{ row, column }, value, withRef] of existing) {
          if (!byRow.has(row)) byRow.set(row, new Map());
          byRow.get(row)!.set(column, { value, withRef });
        }
        const rows = [...byRow.entries()].sort((a, b) => a[0] - b[0]);
        const body = rows
          .map(([row, cells]) => {
            // A cell may leave out `r` only when it follows its left neighbour.
            const sorted = [...cells.entries()].sort((a, b) => a[0] - b[0]);
            let previous = -1;
            const xml = sorted
              .map(([column, { value, withRef }]) => {
                model.set(`${row},${column}`, value);
                const implied = column === previous + 1 && !withRef;
                previous = column;
                const ref = implied ? "" : ` r="${String.fromCharCode(65 + column)}${row + 1}"`;
                return `<c${ref}><v>${value}</v></c>`;
              })
              .join("");
            return `<row r="${row + 1}">${xml}</row>`;
          })
          .join("");
        const source = await handPackage({ sheets: [{ name: "部", body: `<sheetData>${body}</sheetData>` }] });
        for (const [{ row, column }, cells] of blocks) {
          cells.forEach((line, r) =>
            line.forEach((value, c) => {
              const key = `${row + r},${column + c}`;
              if (value === "") model.delete(key);
              else model.set(key, value);
            }),
          );
        }
        const out = await applied(source, [
          {
            ...emptySheetPlan("部", "update"),
            blocks: blocks.map(([anchor, cells]) => ({ anchor, rows: cells as PlannedCell[][] })),
          },
        ]);
        const sheet = sheetOf(await read(out), "部");
        for (let row = 0; row < 10; row++) {
          for (let column = 0; column < 8; column++) {
            expect([row, column, valueAt(sheet, row, column) ?? ""]).toEqual([
              row,
              column,
              model.get(`${row},${column}`) ?? "",
            ]);
          }
        }
      },
    ),
    { numRuns: 60 },
  );
});

// The summary's way: a new sheet with everything a summary has, then regenerated over itself twice.
describe("a sheet made and regenerated in place", () => {
  const base = (rows: (string | number)[][]): SheetPlan => ({
    ...emptySheetPlan("集計", "create"),
    blocks: [{ anchor: { row: 0, column: 0 }, rows }],
    styles: [{ range: { row: 0, column: 0, rowCount: 1, columnCount: 2 }, style: { bold: true, fill: "#DDEBF7" } }],
    columnWidths: [
      { column: 0, points: 90 },
      { column: 1, points: 45 },
    ],
    freeze: { rows: 1, columns: 0 },
    // Each run: the title on every page, page X / Y, and a page starting at its last data row.
    print: {
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      titleRows: { first: 0, last: 0 },
      header: "集計&まとめ",
      footer: "pages",
      rowBreaks: [rows.length - 1],
    },
    conditionalFormats: [
      {
        range: { row: 1, column: 1, rowCount: rows.length - 1, columnCount: 1 },
        rules: [{ formula: "=$B2>2", fill: "#C6EFCE" }],
      },
    ],
    hyperlinks: [
      {
        cell: { row: rows.length + 1, column: 0 },
        target: { kind: "cell", sheet: "集計", cell: { row: 0, column: 0 } },
        text: "先頭へ",
      },
      {
        cell: { row: rows.length + 2, column: 0 },
        target: { kind: "url", url: "https://example.jp/?a=1&b=2" },
        text: "市のサイト",
      },
    ],
    charts: [
      {
        name: "Tassei_Chart",
        kind: "columnClustered",
        source: { row: 0, column: 0, rowCount: rows.length, columnCount: 2 },
        title: "件数",
        placement: { row: 0, column: 4, rowCount: 10, columnCount: 6 },
      },
    ],
    activate: { select: { row: 0, column: 0 } },
    properties: { "tassei.kind": "summary" },
  });
  const regenerate = (rows: (string | number)[][], used: { rowCount: number }): SheetPlan => ({
    ...base(rows),
    mode: "update",
    clear: [{ row: 0, column: 0, rowCount: used.rowCount, columnCount: 2 }],
    removeCharts: ["Tassei_Chart"],
  });

  it("has one of each thing after every run, in a valid package that reads back as planned", async () => {
    const { emptyWorkbookPackage } = await import("../../src/xlsx");
    const first = [
      ["部", "件数"],
      ["総務部", 3],
      ["市民部", 1],
    ];
    const second = [
      ["部", "件数"],
      ["環境部", 5],
    ];
    const once = await applied(await emptyWorkbookPackage(), [base(first)]);
    const twice = await applied(once, [regenerate(second, { rowCount: first.length + 3 })]);
    const thrice = await applied(twice, [regenerate(second, { rowCount: second.length + 3 })]);
    for (const [bytes, breakRow] of [
      [once, first.length - 1],
      [twice, second.length - 1],
      [thrice, second.length - 1],
    ] as const) {
      const zip = await JSZip.loadAsync(bytes);
      const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
      const workbook = await zip.file("xl/workbook.xml")!.async("string");
      const rels = await zip.file("xl/worksheets/_rels/sheet1.xml.rels")!.async("string");
      expect(zip.file(/^xl\/charts\/chart\d+\.xml$/)).toHaveLength(1);
      expect(sheet.match(/<conditionalFormatting\b/g)).toHaveLength(1);
      expect(sheet.match(/<hyperlink\b/g)).toHaveLength(2);
      expect(sheet).toContain(`location="集計!A1"`);
      expect(rels.match(/TargetMode="External"/g)).toHaveLength(1);
      expect(rels).toContain("https://example.jp/?a=1&amp;b=2");
      expect(workbook.match(/_xlnm\.Print_Titles/g)).toHaveLength(1);
      expect(workbook).toContain("集計!$1:$1");
      expect(sheet).toMatch(/<pageSetup[^>]*paperSize="9"[^>]*orientation="landscape"/);
      expect(sheet).toMatch(/<pageSetUpPr fitToPage="1"\/>/);
      expect(sheet).toMatch(/<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"\/>/);
      expect(sheet).toMatch(/<sheetView[^>]*tabSelected="1"/);
      expect(sheet.match(/<col /g)).toHaveLength(2);
      // One header and footer, and only this run's break: & doubled inside the header, then XML-escaped.
      expect(sheet.match(/<headerFooter>.*?<\/headerFooter>/g)).toEqual([
        "<headerFooter><oddHeader>&amp;C集計&amp;&amp;まとめ</oddHeader><oddFooter>&amp;C&amp;P / &amp;N</oddFooter></headerFooter>",
      ]);
      expect(sheet.match(/<rowBreaks\b.*?<\/rowBreaks>/g)).toEqual([
        `<rowBreaks count="1" manualBreakCount="1"><brk id="${breakRow}" max="16383" man="1"/></rowBreaks>`,
      ]);
      // In CT_Worksheet's order: page setup, header and footer, breaks, then the chart's drawing.
      const at = (tag: string) => sheet.indexOf(`<${tag}`);
      expect(at("pageSetup")).toBeLessThan(at("headerFooter"));
      expect(at("headerFooter")).toBeLessThan(at("rowBreaks"));
      expect(at("rowBreaks")).toBeLessThan(at("drawing"));
    }
    // Each passes the Office Open XML check (schemas and the package rules Excel enforces).
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tassei-in-place-"));
    const files = [once, twice, thrice].map((bytes, i) => {
      const file = path.join(dir, `run${i + 1}.xlsx`);
      fs.writeFileSync(file, bytes);
      return file;
    });
    const check = spawnSync("sh", [path.join(__dirname, "../../schemas/ooxml/validate.sh"), "--quiet", ...files], {
      encoding: "utf8",
    });
    fs.rmSync(dir, { recursive: true, force: true });
    expect(`${check.stdout}${check.stderr}`).not.toContain("ERROR");
    expect(check.status).toBe(0);
    const summary = sheetOf(await read(thrice), "集計");
    expect(summary.values.map((row) => row.map((v) => v ?? ""))).toEqual([
      ["部", "件数"],
      ["環境部", 5],
      ["", ""],
      ["先頭へ", ""],
      ["市のサイト", ""],
    ]);
    expect(summary.properties).toEqual({ "tassei.kind": "summary" });
    // The chart shows the second run's data.
    const chart = await (await JSZip.loadAsync(thrice)).file(/^xl\/charts\/chart\d+\.xml$/)[0]!.async("string");
    expect(chart).toContain("環境部");
    expect(chart).not.toContain("総務部");
  });
});

describe("printing on a sheet that has its own", () => {
  it("replaces its header, footer and breaks with the plan's, in schema order before what follows them", async () => {
    // Excel's own: a first-page header, an odd header, two manual row breaks, then a column break after them.
    const source = await handPackage({
      sheets: [
        {
          name: "部",
          body:
            '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' +
            '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
            '<headerFooter differentFirst="1"><oddHeader>&amp;L&amp;D</oddHeader><firstHeader>&amp;C表紙</firstHeader></headerFooter>' +
            '<rowBreaks count="2" manualBreakCount="2"><brk id="5" max="16383" man="1"/><brk id="9" max="16383" man="1"/></rowBreaks>' +
            '<colBreaks count="1" manualBreakCount="1"><brk id="3" max="1048575" man="1"/></colBreaks>',
        },
      ],
    });
    const out = await applied(source, [
      {
        ...emptySheetPlan("部", "update"),
        print: {
          orientation: "portrait",
          paper: "A3",
          fitToWidth: false,
          header: "R&D 部",
          footer: "pages",
          rowBreaks: [40, 12, 40],
        },
      },
    ]);
    const sheet = await (await JSZip.loadAsync(out)).file("xl/worksheets/sheet1.xml")!.async("string");
    const tail = sheet.slice(sheet.indexOf("</sheetData>") + "</sheetData>".length);
    expect(tail.replace(/<pageSetup[^>]*\/>/, "<pageSetup/>")).toBe(
      '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
        "<pageSetup/>" +
        "<headerFooter><oddHeader>&amp;CR&amp;&amp;D 部</oddHeader><oddFooter>&amp;C&amp;P / &amp;N</oddFooter></headerFooter>" +
        '<rowBreaks count="2" manualBreakCount="2"><brk id="12" max="16383" man="1"/><brk id="40" max="16383" man="1"/></rowBreaks>' +
        '<colBreaks count="1" manualBreakCount="1"><brk id="3" max="1048575" man="1"/></colBreaks>' +
        "</worksheet>",
    );
  });

  it("leaves the sheet's header and footer when the plan names neither, and removes its breaks", async () => {
    const source = await handPackage({
      sheets: [
        {
          name: "部",
          body:
            "<sheetData/>" +
            "<headerFooter><oddFooter>&amp;R&amp;P</oddFooter></headerFooter>" +
            '<rowBreaks count="1" manualBreakCount="1"><brk id="5" max="16383" man="1"/></rowBreaks>',
        },
      ],
    });
    const out = await applied(source, [
      { ...emptySheetPlan("部", "update"), print: { orientation: "landscape", paper: "A4", fitToWidth: true } },
    ]);
    const sheet = await (await JSZip.loadAsync(out)).file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheet).toContain("<headerFooter><oddFooter>&amp;R&amp;P</oddFooter></headerFooter>");
    expect(sheet).not.toContain("rowBreaks");
  });
});

// Regressions found by review (each made Excel repair the file or changed what the user had).
describe("what a review of the in-place writer found", () => {
  const stylesXml =
    '<fonts count="1"><font><sz val="11"/><name val="游ゴシック"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="0" fillId="1" borderId="0" xfId="0" applyFill="1"/></cellXfs>';

  it("a prefixed sheet without xmlns:r gets its web link and chart in the sheet's namespace, declared", async () => {
    const zip = await JSZip.loadAsync(
      await handPackage({
        prefix: "x",
        sheets: [
          {
            name: "部",
            body: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>部</t></is></c><c r="B1"><v>3</v></c></row></sheetData>',
          },
        ],
      }),
    );
    const sheetXml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    zip.file("xl/worksheets/sheet1.xml", sheetXml.replace(/ xmlns:r="[^"]*"/, ""));
    const out = await applied(await zip.generateAsync({ type: "uint8array" }), [
      {
        ...emptySheetPlan("部", "update"),
        hyperlinks: [
          { cell: { row: 2, column: 0 }, target: { kind: "url", url: "https://example.jp/" }, text: "市\u0001" },
        ],
        charts: [
          {
            name: "C",
            kind: "columnClustered",
            source: { row: 0, column: 0, rowCount: 1, columnCount: 2 },
            title: "件数",
            placement: { row: 4, column: 0, rowCount: 8, columnCount: 4 },
          },
        ],
      },
    ]);
    const written = await (await JSZip.loadAsync(out)).file("xl/worksheets/sheet1.xml")!.async("string");
    expect(written).toMatch(/<x:hyperlinks xmlns:r="[^"]+"><x:hyperlink ref="A3" r:id="rId\d+"/);
    expect(written).toContain('display="市_x0001_"');
    expect(written).toMatch(/<x:drawing xmlns:r="[^"]+" r:id="rId\d+"\/>/);
    const check = spawnSync("xmllint", ["--noout", "-"], { input: written, encoding: "utf8" });
    expect(check.stderr).toBe("");
  });

  it("moves a shared formula holding quotes and a sheet name as the formula it stands for", async () => {
    const source = await handPackage({
      sheets: [
        {
          name: "部",
          body:
            "<sheetData>" +
            '<row r="2"><c r="B2"><f t="shared" ref="B2:B3" si="0">&apos;Q1 2024&apos;!A2&amp;&quot;A1&quot;</f><v>0</v></c></row>' +
            '<row r="3"><c r="B3"><f t="shared" si="0"/><v>0</v></c></row>' +
            "</sheetData>",
        },
        { name: "Q1 2024", body: "<sheetData/>" },
      ],
    });
    const out = await applied(source, [
      { ...emptySheetPlan("部", "update"), blocks: [{ anchor: { row: 1, column: 1 }, rows: [[5]] }] },
    ]);
    const sheet = sheetOf(await read(out), "部");
    // B3 = B2's formula one row down: the sheet name and the text "A1" are not references to move.
    expect(sheet.formulas[sheet.used!.rowCount - 1]?.[0]).toBe(`='Q1 2024'!A3&"A1"`);
  });

  it("lays two styles over one cell, the second on the first (bold, then a colour)", async () => {
    const source = await handPackage({
      sheets: [{ name: "部", body: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' }],
      styles: stylesXml,
    });
    const range = { row: 0, column: 0, rowCount: 1, columnCount: 1 };
    const out = await applied(source, [
      {
        ...emptySheetPlan("部", "update"),
        styles: [
          { range, style: { bold: true } },
          { range, style: { fontColor: "#FF0000" } },
        ],
      },
    ]);
    const zip = await JSZip.loadAsync(out);
    const styles = await zip.file("xl/styles.xml")!.async("string");
    const sheetXml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const s = Number(/<c r="A1" s="(\d+)"/.exec(sheetXml)![1]);
    const xf = styles.slice(styles.indexOf("<cellXfs")).match(/<xf\b[^>]*>/g)![s]!;
    const fontId = Number(/fontId="(\d+)"/.exec(xf)![1]);
    const font = styles.slice(styles.indexOf("<fonts")).match(/<font>[\s\S]*?<\/font>/g)![fontId]!;
    expect(font).toContain("<b/>");
    expect(font).toContain('<color rgb="FFFF0000"/>');
  });

  it("adds relationships to a part written with a self-closing root, and keeps a cell's own default format", async () => {
    const source = await handPackage({
      sheets: [
        {
          name: "部",
          body: '<sheetData><row r="1" s="1" customFormat="1"><c r="A1"><v>1</v></c></row></sheetData>',
          rels: {},
        },
      ],
      styles: stylesXml,
    });
    const zip = await JSZip.loadAsync(source);
    zip.file(
      "xl/worksheets/_rels/sheet1.xml.rels",
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>',
    );
    const out = await applied(await zip.generateAsync({ type: "uint8array" }), [
      {
        ...emptySheetPlan("部", "update"),
        blocks: [{ anchor: { row: 0, column: 0 }, rows: [[2]] }],
        properties: { "tassei.kind": "department" },
      },
    ]);
    const sheet = sheetOf(await read(out), "部");
    expect(sheet.properties).toEqual({ "tassei.kind": "department" });
    // A1 had no format of its own (the row's is for cells the file leaves out): it still has none.
    const written = await (await JSZip.loadAsync(out)).file("xl/worksheets/sheet1.xml")!.async("string");
    expect(written).toContain('<c r="A1"><v>2</v></c>');
  });
});
