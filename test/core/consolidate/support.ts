/**
 * Helpers of the Consolidate tests: the five seed departments in a workbook with the year's actuals typed
 * in (through an adapter, as a manager would), the plan's cells by address, and the summary read back.
 */
import { cellAddress, parseCellAddress } from "@tassei/excel-rules";
import { readHeaderCells } from "../../../src/core/sheet/header/read-header";
import { type PlannedCell, type SheetPlan, emptySheetPlan, isFormula } from "../../../src/core/workbook/plan";
import { type CellValue, type SheetSnapshot, valueAt } from "../../../src/core/workbook/snapshot";
import { sampleWorkbookPlan } from "../../../src/samples/workbook";
import type { AdapterUnderTest } from "../../support/adapters";
import { fillGoals, fillKpi, plan, sheetOf } from "../grade/support";

export const NOW = new Date("2025-07-01T01:00:00Z");

export const SEED_SHEETS = ["政策推進部", "政策推進部 平成25年度", "市長公室", "都市経営部", "総合政策部"] as const;

/**
 * The seed sheets with the year's results typed in. What each gives (derived by hand in seeds.test.ts):
 * hand grades with and without a reason, a D, a not-carried-out E, 作業中, a missing actual, a unit
 * mismatch, a hand grade without a reason on an indicator.
 *
 * A summary covers one fiscal year, so the seeds from 令和3年度 (総合政策部) and 令和5年度 (都市経営部)
 * are moved to 令和7年度 (their 年度 cell), to stand as one city's departments of one year beside 政策推進部
 * and 市長公室; 政策推進部 平成25年度 keeps its year and is skipped by consolidation, as another year is.
 */
export async function seedWorkbook(adapter: AdapterUnderTest): Promise<void> {
  await adapter.apply(sampleWorkbookPlan());
  const s = await adapter.read({ sheets: "all" });
  const sameYear = ["都市経営部", "総合政策部"].map((name) => {
    const cell = readHeaderCells(sheetOf(s, name)).fiscalYear;
    if (!cell) throw new Error(`no 年度 cell on ${name}`);
    return { ...emptySheetPlan(name, "update"), blocks: [{ anchor: cell, rows: [["令和7年度"]] }] };
  });
  await adapter.apply(plan(...sameYear));
  await adapter.apply(
    plan(
      fillGoals(sheetOf(s, "政策推進部"), {
        1: { 達成度: "A", 評価理由: "全庁で計画どおり実施した" },
        2: { 達成度: "B" },
        3: { 達成度: "D", 評価理由: "研修を実施できなかった" },
      }),
      fillKpi(sheetOf(s, "政策推進部 平成25年度"), { まちの見聞特派員記事数: { 実績値: "12件" } }),
      fillKpi(sheetOf(s, "市長公室"), {
        "シティプロモーションサイト へのアクセス数": { 実績値: "６５，０００件" },
        "ふるさと納税による寄附金 受入額": { 実績値: "５億円" },
        "人権啓発イベント等の参加者 数": { 実績値: "作業中" },
        "LGBTQ+相談(電話・オンライン(チャット))利用者数": { 実績値: "延べ 30 人" },
        "男女共同参画に関する講座等 の参加者数": { 実績値: "2,400人" },
        "平和に関するイベントの参加 者数": { 実績値: "1,000人" },
        いじめの解消率: { 実績値: "99%(見込み)" },
        相談者満足度: { 実績値: "85.5%" },
        ワンストップ回答率: { 状況: "未実施" },
        ボランティア体験事業参加者数: {
          実績値: "480人",
          手入力評価: "A",
          評価理由: "定員を増やせなかったが満足度は高い",
        },
      }),
      fillKpi(sheetOf(s, "総合政策部"), {
        後期基本計画の施策評価指標達成率: { 実績値: "35.0%" },
        "社会移動数 転入・転出の均衡": { 実績値: "△53人" },
        基金確保比率: { 実績値: "作業中" },
        必要な市の情報が入手できていると感じている市民の割合: { 実績値: "61.0%" },
        "「参画と協働」の取り組みを行ったことのある市民の割合": { 実績値: "5.0%" },
        "病床利用率 (稼働病床比)": { 実績値: "70.1%", 手入力評価: "B" },
      }),
    ),
  );
}

/** Every cell a sheet plan writes, by A1 (the last block writing a cell wins, as adapters apply them). */
export function plannedCells(sheet: SheetPlan): Map<string, PlannedCell> {
  const cells = new Map<string, PlannedCell>();
  for (const block of sheet.blocks) {
    block.rows.forEach((line, r) =>
      line.forEach((cell, c) => {
        if (cell !== undefined)
          cells.set(cellAddress({ row: block.anchor.row + r, column: block.anchor.column + c }), cell);
      }),
    );
  }
  return cells;
}

export function formulasOf(sheet: SheetPlan): string[] {
  return [...plannedCells(sheet).values()].filter(isFormula).map((f) => f.formula);
}

/** The rows of a snapshot sheet as values, from row `from` (zero-based), `count` rows, `width` columns. */
export function rowsOf(sheet: SheetSnapshot, from: number, count: number, width: number): CellValue[][] {
  return Array.from({ length: count }, (_, r) => Array.from({ length: width }, (_, c) => valueAt(sheet, from + r, c)));
}

/** The zero-based row whose first cell is exactly `text`. */
export function rowOfText(sheet: SheetSnapshot, text: string, column = 0): number {
  const used = sheet.used;
  if (used) {
    for (let row = used.row; row < used.row + used.rowCount; row++)
      if (valueAt(sheet, row, column) === text) return row;
  }
  throw new Error(`no row starting with ${text} on ${sheet.name}`);
}

/**
 * What a source cell is, in words a test can state by hand: the header of the table column it lies in
 * and what its row is about (the 指標 of a KPI row, the 重点目標 No. of a goals row).
 */
export function describeCell(sheet: SheetSnapshot, address: string): { column: string; row: string | number } {
  const { row, column } = parseCellAddress(address);
  const table = sheet.tables.find(
    (t) =>
      row > t.range.row &&
      row < t.range.row + t.range.rowCount &&
      column >= t.range.column &&
      column < t.range.column + t.range.columnCount,
  );
  if (!table) throw new Error(`${address} is in no table of ${sheet.name}`);
  const at = (header: string) => valueAt(sheet, row, table.range.column + table.headers.indexOf(header));
  const key = table.headers.includes("指標") ? at("指標") : at("重点目標 No.");
  return { column: table.headers[column - table.range.column] ?? "", row: key as string | number };
}
