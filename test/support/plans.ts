/** Plans used by the adapter test suite: the same plan goes through every adapter. */
import type { DepartmentInput } from "../../src/core/department/model";
import type { SheetPlan, WorkbookPlan } from "../../src/core/workbook/plan";
import { emptySheetPlan } from "../../src/core/workbook/plan";
import { HOSTILE_TEXTS } from "./hostile";

export const FEATURE_SHEET = "政策推進部";
export const OTHER_SHEET = "集計 2025";

/** A sheet using every kind of thing a plan can hold. */
export function featurePlan(): WorkbookPlan {
  const main: SheetPlan = {
    ...emptySheetPlan(FEATURE_SHEET, "create"),
    blocks: [
      {
        anchor: { row: 0, column: 0 },
        rows: [
          ["指標", "目標値", "実績値", "達成率", "達成度"],
          [
            "アクセス数",
            65000,
            62947,
            { formula: '=IF(B2=0,"",C2/B2)' },
            { formula: '=IF(D2>=1,"A",IF(D2>=0.7,"B","C"))' },
          ],
          ["参加者数", 630, 365, { formula: '=IF(B3=0,"",C3/B3)' }, { formula: '=IF(D3>=1,"A",IF(D3>=0.7,"B","C"))' }],
          ["満足度", 0.8, 0.992, { formula: '=IF(B4=0,"",C4/B4)' }, { formula: '=IF(D4>=1,"A",IF(D4>=0.7,"B","C"))' }],
          ["真偽", true, false, undefined, "手入力"],
        ],
      },
      { anchor: { row: 7, column: 0 }, rows: HOSTILE_TEXTS.map((text) => [text]) },
    ],
    styles: [
      {
        range: { row: 0, column: 0, rowCount: 1, columnCount: 5 },
        style: { bold: true, fill: "#DDEBF7", border: true },
      },
      { range: { row: 1, column: 1, rowCount: 3, columnCount: 2 }, style: { numberFormat: "#,##0" } },
      { range: { row: 1, column: 3, rowCount: 3, columnCount: 1 }, style: { numberFormat: "0.0%" } },
    ],
    columnWidths: [{ column: 0, points: 120 }],
    tables: [
      {
        name: "Tassei_KPI_1",
        range: { row: 0, column: 0, rowCount: 4, columnCount: 5 },
        headers: ["指標", "目標値", "実績値", "達成率", "達成度"],
      },
    ],
    validations: [
      { range: { row: 1, column: 4, rowCount: 3, columnCount: 1 }, list: ["A", "B", "C", "D", "E"], allowBlank: true },
    ],
    conditionalFormats: [
      { range: { row: 1, column: 4, rowCount: 3, columnCount: 1 }, rules: [{ formula: '=$E2="A"', fill: "#C6EFCE" }] },
    ],
    freeze: { rows: 1, columns: 0 },
    print: { orientation: "landscape", paper: "A4", fitToWidth: true, titleRows: { first: 0, last: 0 } },
    hyperlinks: [
      {
        cell: { row: 5, column: 0 },
        target: { kind: "cell", sheet: OTHER_SHEET, cell: { row: 0, column: 0 } },
        text: "集計へ",
      },
    ],
    properties: { tassei: '{"v":1,"kind":"department"}' },
  };
  const other: SheetPlan = {
    ...emptySheetPlan(OTHER_SHEET, "create"),
    blocks: [
      {
        anchor: { row: 0, column: 0 },
        rows: [["合計", { formula: `=SUM(${FEATURE_SHEET}!B2:B3)` }, { formula: `=${FEATURE_SHEET}!E2` }]],
      },
    ],
  };
  return { sheets: [main, other] };
}

/** A plain sheet of `rows` indicator rows, for size tests. */
export function rowsPlan(name: string, rows: number): WorkbookPlan {
  const body = Array.from({ length: rows }, (_, i) => [
    `指標${i + 1}`,
    1000 + i,
    900 + (i % 200),
    { formula: `=IF(B${i + 2}=0,"",C${i + 2}/B${i + 2})` },
    "確定",
  ]);
  return {
    sheets: [
      {
        ...emptySheetPlan(name, "create"),
        blocks: [{ anchor: { row: 0, column: 0 }, rows: [["指標", "目標値", "実績値", "達成率", "状況"], ...body] }],
        styles: [{ range: { row: 1, column: 3, rowCount: rows, columnCount: 1 }, style: { numberFormat: "0.0%" } }],
        activate: { select: { row: 1, column: 2 } },
      },
    ],
  };
}

/**
 * A department with `rows` indicators as managers type them: texts with units (`1,200件`, `△5人`),
 * estimates, pending work and plain numbers — the worst case for grading's conversions.
 */
export function typedIndicatorsDepartment(name: string, rows: number): DepartmentInput {
  const kinds = [
    (i: number) => ({ target: `${1000 + i}件`, actual: `${950 + (i % 100)}件` }),
    (i: number) => ({ target: `${(i % 50) + 50}%`, actual: `${(i % 40) + 40}%(見込み)` }),
    (i: number) => ({
      target: 0,
      baseline: `△${(i % 300) + 10}人`,
      actual: `△${i % 10}人`,
      direction: "band" as const,
    }),
    (i: number) => ({ target: 600 + i, actual: 500 + (i % 200) }),
    () => ({ target: "2,400人", actual: "作業中" }),
  ];
  return {
    name,
    head: "部長",
    fiscalYear: 2025,
    policy: "",
    goals: Array.from({ length: 10 }, (_, i) => ({ no: i + 1, title: `重点目標 ${i + 1}` })),
    indicators: Array.from({ length: rows }, (_, i) => ({
      goalNo: (i % 10) + 1,
      name: `指標 ${i + 1}`,
      ...kinds[i % kinds.length]!(i),
    })),
  };
}
