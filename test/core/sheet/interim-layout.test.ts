/**
 * Where the mid-year check (#18) sits on a department sheet: 中間実績 and 中間評価 last in the KPI table,
 * 中間評価 last in the goals table (so the two grow alike and the goals table stays on top), 中間時点 and the
 * department's 中間評価 on the header's 年度 row, and the rule in words beside 【達成度について】. Every column
 * and row that was there before keeps its address.
 */
import { planInsert } from "../../../src/core/insert/plan";
import { validateInsertRequest } from "../../../src/core/insert/request";
import { planDepartmentSheet } from "../../../src/core/sheet/department-sheet";
import { GOAL_COLUMNS, goalColumnIndex } from "../../../src/core/sheet/goals/goals-table";
import {
  interimDateOf,
  interimRuleLine,
  interimRuleOfLine,
  readInterimCells,
} from "../../../src/core/sheet/header/interim-cells";
import { KPI_COLUMNS, kpiColumnIndex } from "../../../src/core/sheet/kpi/kpi-table";
import { readMetadata } from "../../../src/core/sheet/metadata";
import { readDepartmentSheet } from "../../../src/core/sheet/read-department";
import { headerMeaning } from "../../../src/core/sheet/hand-made/words";
import { ASSIGNABLE_ROLES } from "../../../src/core/sheet/hand-made/column-roles";
import { sheetScale } from "../../../src/core/grade/grade-sheet";
import { PRESET_SCALES } from "../../../src/core/rules";
import { cellAddress, columnLetters } from "@tassei/excel-rules";
import { EMPTY_WORKBOOK } from "../../../src/core/workbook/snapshot";
import { seed000KashiwaraSeisakuR7 } from "../../../src/samples";
import { planTable, plannedAt, snapshotOfPlan, withCells } from "./support";

const sheet = planDepartmentSheet(
  { ...seed000KashiwaraSeisakuR7.department, interimDate: "2025-09-30" },
  { sheetName: "政策推進部", sheetId: "s0" },
);

describe("the columns", () => {
  it("come last, so every column before keeps its letter: 達成率 J, 達成度 K, 備考 O; 中間実績 P, 中間評価 Q", () => {
    const letter = (key: Parameters<typeof kpiColumnIndex>[0]) => columnLetters(kpiColumnIndex(key));
    expect([letter("rate"), letter("grade"), letter("note")]).toEqual(["J", "K", "O"]);
    expect([letter("interimActual"), letter("interimGrade")]).toEqual(["P", "Q"]);
    expect(KPI_COLUMNS.slice(-2).map((c) => c.header)).toEqual(["中間実績", "中間評価"]);
    expect(columnLetters(goalColumnIndex("grade"))).toBe("M");
    expect(columnLetters(goalColumnIndex("interimGrade"))).toBe("Q");
    expect(GOAL_COLUMNS).toHaveLength(KPI_COLUMNS.length);
  });

  it("the goals table is still first, then KPI, each A to Q; the header block is as tall as before", () => {
    const goals = planTable(sheet, "Tassei_Goals_");
    const kpi = planTable(sheet, "Tassei_KPI_");
    expect(goals.range.row).toBeLessThan(kpi.range.row);
    expect([goals.range.column, goals.range.columnCount, kpi.range.column, kpi.range.columnCount]).toEqual([
      0, 17, 0, 17,
    ]);
    // The header block: title, blank, 5 labels, blank, 【達成度について】 and 5 lines; the goals section after a blank.
    expect(plannedAt(sheet, goals.range.row - 1, 0)).toBe("【重点目標】");
    expect(goals.range.row).toBe(16);
  });

  it("colours 中間評価 like 達成度, and the metadata owns both 中間評価 columns", () => {
    const metadata = readMetadata(sheet.properties);
    expect(metadata?.goals?.owned).toEqual(["達成度", "中間評価"]);
    expect(metadata?.kpi?.owned).toEqual(["達成率", "達成度", "中間評価"]);
    const coloured = sheet.conditionalFormats.map((f) => columnLetters(f.range.column));
    expect(coloured).toEqual(["M", "Q", "K", "Q"]);
  });

  it("are not read on a sheet laid out by hand: its 中間実績 column means nothing, as before", () => {
    expect(headerMeaning("中間実績")).toBeNull();
    expect(headerMeaning("中間評価")).toBeNull();
    expect(ASSIGNABLE_ROLES).not.toContain("interimActual");
  });
});

describe("the header", () => {
  it("has 中間時点 | date | 中間評価 | grade on the 年度 row (D5:G5), under 課長確認 and 部長確認", () => {
    expect([3, 4, 5, 6].map((column) => plannedAt(sheet, 4, column))).toEqual([
      "中間時点",
      45930,
      "中間評価",
      undefined,
    ]);
    expect(plannedAt(sheet, 4, 0)).toBe("年度");
    expect([plannedAt(sheet, 2, 3), plannedAt(sheet, 3, 3)]).toEqual(["課長確認", "部長確認"]);
    const date = sheet.styles.find((s) => s.range.row === 4 && s.range.column === 4 && s.style.numberFormat);
    expect(date?.style.numberFormat).toBe("yyyy/m/d");
    const found = readInterimCells(snapshotOfPlan(sheet));
    expect([cellAddress(found.date!), cellAddress(found.grade!)]).toEqual(["E5", "G5"]);
  });

  it("takes 中間評価 beside 中間時点 only: a note reading 中間評価 above the header is a person's, never grading's", () => {
    const noted = withCells(snapshotOfPlan(sheet), { H1: "中間評価", I1: "10月に報告" });
    const found = readInterimCells(noted);
    expect([cellAddress(found.date!), cellAddress(found.grade!)]).toEqual(["E5", "G5"]);
    const moved = withCells(snapshotOfPlan(sheet), { F5: "", H1: "中間評価" });
    expect(readInterimCells(moved).grade).toBeUndefined();
  });

  it("prints the rule beside 【達成度について】, and a copy that lost its metadata is graded by the printed rule", () => {
    const heading = 8;
    expect(plannedAt(sheet, heading, 0)).toBe("【達成度について】達成度 A〜E（標準）");
    expect(plannedAt(sheet, heading, 3)).toBe(
      "【中間評価について】中間実績を、中間時点までに過ぎた年度（4月〜3月）の割合で按分した目標値と比べ、達成度と同じ区分で評価します。",
    );
    const osaka = { basis: "share" as const, percent: { coefficient: 667, scale: 1 } };
    const shared = planDepartmentSheet(seed000KashiwaraSeisakuR7.department, {
      sheetName: "政策推進部",
      sheetId: "s0",
      scale: { ...PRESET_SCALES.default, interim: osaka },
    });
    expect(plannedAt(shared, heading, 3)).toBe(
      "【中間評価について】中間実績を、目標値の66.7%と比べ、達成度と同じ区分で評価します。",
    );
    const copy = { ...snapshotOfPlan(shared), properties: {} };
    expect(sheetScale(copy).interim).toEqual(osaka);
    expect(sheetScale(snapshotOfPlan(shared)).interim).toEqual(osaka);
    expect(sheetScale(snapshotOfPlan(sheet)).interim).toEqual({ basis: "elapsed" });
  });

  it("reads the date back as written, whatever spelling a person typed", () => {
    const typed = (value: string | number) =>
      readDepartmentSheet(withCells(snapshotOfPlan(sheet), { E5: value })).ok &&
      (readDepartmentSheet(withCells(snapshotOfPlan(sheet), { E5: value })) as { department: { interimDate: string } })
        .department.interimDate;
    expect(typed(46295)).toBe("2026/9/30");
    expect(typed(45930)).toBe("2025/9/30");
    expect(typed("9月末")).toBe("9月末");
  });
});

describe("dates and rules as text", () => {
  it("reads 中間時点 in the spellings documents use", () => {
    const sept = { year: 2025, month: 9, day: 30 };
    for (const text of [
      "2025/9/30",
      "2025-09-30",
      "2025年9月30日",
      "令和7年9月30日",
      "R7.9.30",
      "２０２５／９／３０",
    ]) {
      expect(interimDateOf(text)).toEqual(sept);
    }
    expect(interimDateOf(45930)).toEqual(sept);
    expect(interimDateOf(null)).toBeNull();
    expect(interimDateOf(" ")).toBeNull();
    for (const text of ["9月末", "2025/2/30", "上半期"]) expect(interimDateOf(text)).toBe("unreadable");
  });

  it("states each rule in words it can read back", () => {
    for (const rule of [
      { basis: "elapsed" as const },
      { basis: "share" as const, percent: { coefficient: 40, scale: 0 } },
      { basis: "share" as const, percent: { coefficient: 667, scale: 1 } },
      { basis: "planYear" as const, percent: { coefficient: 20, scale: 0 }, firstYear: 2024 },
      { basis: "planYear" as const, percent: { coefficient: 125, scale: 1 }, firstYear: 2019 },
    ]) {
      expect(interimRuleOfLine(interimRuleLine(rule))).toEqual(rule);
    }
    expect(interimRuleLine({ basis: "planYear", percent: { coefficient: 20, scale: 0 }, firstYear: 2024 })).toBe(
      "【中間評価について】中間実績を、目標値の20%に計画の年数（令和6年度を1年目とする）を掛けた割合と比べ、達成度と同じ区分で評価します。",
    );
    expect(interimRuleOfLine("【中間評価について】上半期の実績で判断")).toBeNull();
  });
});

describe("choosing the rule when inserting", () => {
  const ask = (interim: string) => validateInsertRequest({ department: "総務部", fiscalYear: "R7", interim });

  it("takes the scale's own by default, 経過 / elapsed, or a share of the target in percent", () => {
    const blank = ask("");
    expect(blank.ok && blank.value.interim).toBeNull();
    const elapsed = ask("経過");
    expect(elapsed.ok && elapsed.value.interim).toEqual({ basis: "elapsed" });
    const share = ask("６６．７％");
    expect(share.ok && share.value.interim).toEqual({ basis: "share", percent: { coefficient: 667, scale: 1 } });
    if (!share.ok) return;
    const planned = planInsert(share.value, EMPTY_WORKBOOK);
    expect(planned.ok && readMetadata(planned.plan.properties)?.interim).toEqual({
      basis: "share",
      percent: { coefficient: 667, scale: 1 },
    });
  });

  it("takes a share per year of a multi-year plan and its first year: 20%/年:R6, ２０％／年：令和6, 20/year:2024", () => {
    const tama = { basis: "planYear", percent: { coefficient: 20, scale: 0 }, firstYear: 2024 };
    for (const text of ["20%/年:R6", "２０％／年：令和6", "20/year:2024", "20% / 年 : 令和6年度"]) {
      const asked = ask(text);
      expect(asked.ok && asked.value.interim).toEqual(tama);
    }
    const asked = ask("20%/年:R6");
    if (!asked.ok) return;
    const planned = planInsert(asked.value, EMPTY_WORKBOOK);
    expect(planned.ok && readMetadata(planned.plan.properties)?.interim).toEqual(tama);
  });

  it("refuses a share of 0, over 100 or not a number, naming what was typed in both languages", () => {
    for (const [text, shown] of [
      ["0", "0"],
      ["150%", "150%"],
      ["半分", "半分"],
      ["0%/年:R6", "0%"],
    ] as const) {
      const result = ask(text);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.problems[0]).toMatchObject({ field: "interim" });
      expect(result.problems[0]?.ja).toContain(`中間評価の割合「${shown}」`);
      expect(result.problems[0]?.en).toContain(`mid-year share “${shown}”`);
    }
  });

  it("asks for a per-year rule's first year at its own field, missing or unreadable", () => {
    const missing = ask("20%/年:");
    expect(!missing.ok && missing.problems[0]).toMatchObject({ field: "interimFirstYear" });
    expect(!missing.ok && missing.problems[0]?.ja).toContain("計画の初年度を入力してください");
    // The sheet is 令和7年度: a plan from 令和10年度 could never grade it; one from 令和7年度 is its year 1.
    const later = ask("20%/年:R10");
    expect(!later.ok && later.problems[0]).toMatchObject({ field: "interimFirstYear" });
    expect(!later.ok && later.problems[0]?.ja).toContain(
      "計画の初年度（令和10年度）がシートの年度（令和7年度）より後です",
    );
    expect(ask("20%/年:R7").ok).toBe(true);
    const unreadable = ask("20%/年:来年");
    expect(!unreadable.ok && unreadable.problems[0]).toMatchObject({ field: "interimFirstYear" });
    expect(!unreadable.ok && unreadable.problems[0]?.en).toContain("plan's first year “来年”");
  });
});
