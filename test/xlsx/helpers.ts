/** Plans and helpers shared by the .xlsx adapter's tests. */
import { emptySheetPlan, type SheetPlan, type WorkbookPlan } from "../../src/core/workbook/plan";
import type { SheetSnapshot, WorkbookSnapshot } from "../../src/core/workbook/snapshot";
import { applyPlanToXlsx, loadXlsx, newXlsxWorkbook, readSnapshotFromXlsx, saveXlsx } from "../../src/xlsx";

export const DEPARTMENT = "部 1";

/** A department sheet using every kind of plan content. */
export function departmentPlan(): SheetPlan {
  return {
    ...emptySheetPlan(DEPARTMENT, "create"),
    blocks: [
      {
        anchor: { row: 0, column: 0 },
        rows: [
          ["総務部", "令和7年度"],
          ["部長", "山田 太郎", undefined, 42],
        ],
      },
      {
        anchor: { row: 3, column: 0 },
        rows: [
          ["指標", "目標値", "実績値", "達成率", "達成度"],
          ["窓口満足度", 90, 81, { formula: '=IFERROR(C5/B5,"")' }, { formula: '=IF(D5>=1,"A",IF(D5>=0.7,"B","C"))' }],
          [
            "電子申請件数",
            65000,
            70000,
            { formula: '=IFERROR(C6/B6,"")' },
            { formula: '=IF(D6>=1,"A",IF(D6>=0.7,"B","C"))' },
          ],
        ],
      },
    ],
    styles: [
      { range: { row: 4, column: 3, rowCount: 2, columnCount: 1 }, style: { numberFormat: "0.0%" } },
      { range: { row: 4, column: 1, rowCount: 2, columnCount: 2 }, style: { numberFormat: "#,##0" } },
      {
        range: { row: 3, column: 0, rowCount: 1, columnCount: 5 },
        style: { bold: true, fill: "#DDEBF7", fontColor: "#1F4E78", border: true, horizontal: "center", wrap: true },
      },
    ],
    columnWidths: [
      { column: 0, points: 120 },
      { column: 4, points: 48 },
    ],
    tables: [
      {
        name: "KPI_総務部",
        range: { row: 3, column: 0, rowCount: 3, columnCount: 5 },
        headers: ["指標", "目標値", "実績値", "達成率", "達成度"],
        style: "TableStyleMedium2",
      },
    ],
    validations: [
      {
        range: { row: 4, column: 4, rowCount: 2, columnCount: 1 },
        list: ["A", "B", "C", "D", "E"],
        allowBlank: true,
        errorTitle: "達成度",
        errorMessage: "A〜E から選んでください",
      },
    ],
    conditionalFormats: [
      {
        range: { row: 4, column: 4, rowCount: 2, columnCount: 1 },
        rules: [
          { formula: '=$E5="D"', fill: "#FFC7CE", fontColor: "#9C0006" },
          { formula: '=$E5="A"', fill: "#C6EFCE" },
        ],
      },
    ],
    freeze: { rows: 4, columns: 1 },
    print: {
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      titleRows: { first: 3, last: 3 },
      header: "総務部 & 企画課",
      footer: "pages",
      rowBreaks: [8],
    },
    hyperlinks: [
      {
        cell: { row: 8, column: 0 },
        target: { kind: "cell", sheet: "集計", cell: { row: 0, column: 0 } },
        text: "集計へ",
      },
      {
        cell: { row: 9, column: 0 },
        target: { kind: "url", url: "https://www.city.example.lg.jp/kpi?a=1&b=2" },
        text: "市のページ",
        tooltip: "開く",
      },
    ],
    charts: [
      {
        name: "達成度グラフ",
        kind: "columnStacked",
        source: { row: 3, column: 0, rowCount: 3, columnCount: 3 },
        title: "達成度",
        placement: { row: 12, column: 0, rowCount: 10, columnCount: 6 },
      },
    ],
    properties: { "tassei.kind": "department", "tassei.layout": '{"version":1,"table":"KPI_総務部"}' },
  };
}

export function summaryPlan(): SheetPlan {
  return {
    ...emptySheetPlan("集計", "create"),
    blocks: [
      {
        anchor: { row: 0, column: 0 },
        rows: [
          ["部", "達成率"],
          [DEPARTMENT, { formula: "='部 1'!D5" }],
        ],
      },
    ],
    activate: { select: { row: 1, column: 1 } },
  };
}

export async function writeAndRead(plan: WorkbookPlan): Promise<{ bytes: Uint8Array; snapshot: WorkbookSnapshot }> {
  const workbook = newXlsxWorkbook();
  const report = applyPlanToXlsx(workbook, plan);
  if (!report.ok) throw new Error(`apply failed: ${report.error.code}`);
  const bytes = await saveXlsx(workbook);
  const read = await readSnapshotFromXlsx(bytes, { sheets: "all" });
  if (!read.ok) throw new Error(`read failed: ${read.failure.reason} ${read.failure.detail ?? ""}`);
  return { bytes, snapshot: read.snapshot };
}

export async function reload(bytes: Uint8Array) {
  const loaded = await loadXlsx(bytes);
  if (!loaded.ok) throw new Error(`load failed: ${loaded.failure.reason}`);
  return loaded.workbook;
}

export function sheetOf(snapshot: WorkbookSnapshot, name: string): SheetSnapshot {
  const sheet = snapshot.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}
