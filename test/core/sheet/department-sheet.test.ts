/**
 * The department sheet as a plan, checked without any workbook: headers, dropdowns, formats, formulas,
 * blank rows, metadata sizes, print setup, and the seeds' content where it belongs.
 */
import { existsSync, readFileSync } from "fs";
import fc from "fast-check";
import { DepartmentSchema, type DepartmentInput } from "../../../src/core/department/model";
import { PRESET_SCALES, presetScale } from "../../../src/core/rules";
import { DEFAULT_GOAL_COUNT, MIN_BLANK_KPI_ROWS, planDepartmentSheet } from "../../../src/core/sheet/department-sheet";
import { GOAL_COLUMNS } from "../../../src/core/sheet/goals/goals-table";
import { scaleLegendLines } from "../../../src/core/sheet/header/header-block";
import { KPI_COLUMNS, kpiColumnIndex } from "../../../src/core/sheet/kpi/kpi-table";
import { LayoutError } from "../../../src/core/sheet/layout-error";
import { METADATA_KEYS, readMetadata } from "../../../src/core/sheet/metadata";
import { cellAddress, parseRangeAddress } from "@tassei/excel-rules";
import { MAX_PROPERTY_VALUE_LENGTH, type SheetPlan, isFormula } from "../../../src/core/workbook/plan";
import {
  seed000KashiwaraSeisakuR7,
  seed002HirakataShichokoshitsuR7,
  seed004KawanishiSogoseisakuR3,
} from "../../../src/samples";
import { bodyColumn, department, planTable, plannedAt } from "./support";

const OPTIONS = { sheetName: "政策推進部", sheetId: "t1" };

function plan(input: DepartmentInput, options: Partial<Parameters<typeof planDepartmentSheet>[1]> = {}): SheetPlan {
  return planDepartmentSheet(input, { ...OPTIONS, ...options });
}

const EMPTY: DepartmentInput = { name: "総務部", fiscalYear: 2025 };

describe("headers", () => {
  const sheet = plan(seed004KawanishiSogoseisakuR3.department);

  it("the goals table has the goal columns, 取組No. before the initiative", () => {
    expect(planTable(sheet, "Tassei_Goals_").headers).toEqual([
      "重点目標 No.",
      "重点目標",
      "総合計画",
      "基本政策",
      "施策シート",
      "分野",
      "今年度の達成目標",
      "取組No.",
      "具体的な取組",
      "所管課",
      "具体的な取組実績",
      "達成状況",
      "達成度",
      "評価理由",
      "総合評価・総括",
      "今後検討すべきこと",
      "中間評価",
    ]);
  });

  it("the KPI table has exactly KPI_COLUMNS, 目標値, 実績値, 達成率 and 達成度 once each", () => {
    const headers = planTable(sheet, "Tassei_KPI_").headers;
    expect(headers).toEqual(KPI_COLUMNS.map((c) => c.header));
    for (const name of ["目標値", "実績値", "達成率", "達成度"])
      expect(headers.filter((h) => h === name)).toHaveLength(1);
  });

  it("the KGI table has one column per fiscal year and kind, era and Western year", () => {
    expect(planTable(sheet, "Tassei_KGI_").headers).toEqual([
      "No.",
      "KGI",
      "方向",
      "H29 実績 (2017)",
      "H30 実績 (2018)",
      "R1 実績 (2019)",
      "R2 実績 (2020)",
      "R3 目標 (2021)",
      "R4 目標 (2022)",
    ]);
  });

  it("every table's header row is written in the cells above its body", () => {
    for (const table of sheet.tables) {
      const cells = table.headers.map((_, i) => plannedAt(sheet, table.range.row, table.range.column + i));
      expect(cells).toEqual(table.headers);
    }
  });

  it("tables do not overlap and are stacked goals, KPI, KGI", () => {
    const [goals, kpi, kgi] = sheet.tables;
    expect(sheet.tables.map((t) => t.name)).toEqual(["Tassei_Goals_t1", "Tassei_KPI_t1", "Tassei_KGI_t1"]);
    expect(goals!.range.row + goals!.range.rowCount).toBeLessThan(kpi!.range.row);
    expect(kpi!.range.row + kpi!.range.rowCount).toBeLessThan(kgi!.range.row);
    // A row added to a table moves only its own columns: each table is at least as wide as those below.
    expect(goals!.range.columnCount).toBeGreaterThanOrEqual(kpi!.range.columnCount);
    expect(kpi!.range.columnCount).toBeGreaterThanOrEqual(kgi!.range.columnCount);
  });
});

describe("stacking", () => {
  it("puts a KGI table wider than the others on top, so that adding rows never moves part of a table", () => {
    const values = Array.from({ length: 15 }, (_, i) => ({ fiscalYear: 2010 + i, kind: "actual" as const, value: i }));
    const sheet = plan({ ...EMPTY, kgis: [{ name: "人口", values }] });
    expect(sheet.tables.map((t) => [t.name, t.range.columnCount])).toEqual([
      ["Tassei_KGI_t1", 18],
      ["Tassei_Goals_t1", 17],
      ["Tassei_KPI_t1", 17],
    ]);
  });

  it("keeps the goals table above the KPI table now both have 17 columns (#18), and a tie with a KGI table after them", () => {
    const values = Array.from({ length: 14 }, (_, i) => ({ fiscalYear: 2010 + i, kind: "actual" as const, value: i }));
    const sheet = plan({ ...EMPTY, kgis: [{ name: "人口", values }] });
    expect(sheet.tables.map((t) => [t.name, t.range.columnCount])).toEqual([
      ["Tassei_Goals_t1", 17],
      ["Tassei_KPI_t1", 17],
      ["Tassei_KGI_t1", 17],
    ]);
    const [goals, kpi, kgi] = sheet.tables;
    expect(goals!.range.row).toBeLessThan(kpi!.range.row);
    expect(kpi!.range.row).toBeLessThan(kgi!.range.row);
  });

  it("always stacks tables from column A, each within the columns of those above it, without overlaps", () => {
    fc.assert(
      fc.property(
        department,
        fc.record({ header: fc.boolean(), goals: fc.boolean(), kpi: fc.boolean(), kgi: fc.boolean() }),
        (input, layouts) => {
          const tables = plan(input, { layouts }).tables;
          tables.forEach((table, i) => {
            expect(table.range.column).toBe(0);
            const above = tables[i - 1];
            if (!above) return;
            expect(above.range.columnCount).toBeGreaterThanOrEqual(table.range.columnCount);
            expect(above.range.row + above.range.rowCount).toBeLessThan(table.range.row);
          });
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("the header block", () => {
  it("shows 部, 部長, 年度 as era and Western year, and 基本方針 wrapped", () => {
    const sheet = plan(seed000KashiwaraSeisakuR7.department);
    const labels = [2, 3, 4, 5, 6].map((row) => [plannedAt(sheet, row, 0), plannedAt(sheet, row, 1)]);
    expect(labels).toEqual([
      ["部", "政策推進部"],
      ["部長", "小林 一裕"],
      ["年度", "令和7年度 (2025年度)"],
      ["全体の達成度", undefined],
      ["基本方針", DepartmentSchema.parse(seed000KashiwaraSeisakuR7.department).policy],
    ]);
    expect(sheet.styles).toContainEqual({
      range: { row: 6, column: 1, rowCount: 1, columnCount: 1 },
      style: { wrap: true },
    });
    expect(plannedAt(sheet, 0, 0)).toBe("政策推進部　令和7年度 (2025年度)　運営方針");
  });

  it("prints the default scale in the words of seed 000's 【達成度について】", () => {
    const seed = "/work/shared/seeds/000_66f6d4edd2d9ec1c.txt";
    const expected = [
      "A : 達成（目標を達成することができた。100%）",
      "B : 概ね達成（概ね目標どおり達成することができた。70%以上100%未満）",
      "C : 一部達成（目標の一部を達成できた。50%以上70%未満）",
      "D : 未達成（目標達成に向け取り組んだが、目標達成に至らなかった。50%未満）",
      "E : 未実施（事業の取りやめなどにより評価不能又は困難。0%）",
    ];
    if (existsSync(seed)) {
      const printed = readFileSync(seed, "utf8")
        .split("\n")
        .filter((line) => /^- [A-E] : /.test(line))
        .map((line) => line.slice(2));
      expect(printed).toEqual(expected);
    }
    expect(scaleLegendLines(PRESET_SCALES.default)).toEqual(expected);
    const sheet = plan(seed000KashiwaraSeisakuR7.department);
    const heading = sheet.blocks.find((b) => b.rows[0]?.[0] === "【達成度について】達成度 A〜E（標準）");
    expect(heading?.rows.slice(1).map((r) => r[1])).toEqual(expected);
    // Each grade's lower bound as a number beside its line: the live 達成度 formulas read these cells.
    expect(heading?.rows.slice(1).map((r) => r[0])).toEqual([1, 0.7, 0.5, undefined, undefined]);
    const boundFormats = sheet.styles.filter((s) => s.style.numberFormat?.endsWith('"以上"'));
    expect(boundFormats.map((s) => s.style.numberFormat)).toEqual(['0%"以上"', '0%"以上"', '0%"以上"']);
  });

  it("says a scale's bounds in words when it has no descriptions, and symbols beside letters", () => {
    expect(scaleLegendLines(PRESET_SCALES["strict-90-80"])).toEqual([
      "A : 達成（100%以上）",
      "B : 概ね達成（90%以上100%未満）",
      "C : 一部達成（80%以上90%未満）",
      "D : 未達成（80%未満）",
      "E : 未実施（事業の取りやめなどにより評価不能又は困難。0%）",
    ]);
    expect(scaleLegendLines(PRESET_SCALES["points-7"]).at(-1)).toBe("0 : 未実施（0%）");
    expect(scaleLegendLines(PRESET_SCALES["qualitative-5"])).toEqual([
      "S（◎） : 目標を上回る成果",
      "A（○） : 達成",
      "B（△） : 一部達成",
      "C（×） : 未達成",
      "D（―） : 未実施・評価不能",
    ]);
  });
});

describe("the goals table", () => {
  it("writes one row per initiative, the goal's columns on every row, initiatives numbered", () => {
    const sheet = plan(seed000KashiwaraSeisakuR7.department);
    const table = planTable(sheet, "Tassei_Goals_");
    const rows = Array.from({ length: table.range.rowCount - 1 }, (_, i) =>
      GOAL_COLUMNS.map((_, c) => plannedAt(sheet, table.range.row + 1 + i, c)),
    );
    // Goals 1, 2 have two initiatives, 3 has one, 4 has three (blank text, owned by 危機管理課).
    expect(rows.map((r) => [r[0], r[7]])).toEqual([
      [1, 1],
      [1, 2],
      [2, 1],
      [2, 2],
      [3, 1],
      [4, 1],
      [4, 2],
      [4, 3],
    ]);
    const goal4 = rows.filter((r) => r[0] === 4);
    for (const row of goal4) {
      expect(row[1]).toBe("防災対策の充実強化");
      expect(row[2]).toBe("(1)");
      expect(row[5]).toBe("防災");
      expect(row[8]).toBeUndefined();
      expect(row[9]).toBe("危機管理課");
    }
  });

  it("a new empty sheet has goal rows numbered 1…n and nothing else in them", () => {
    const sheet = plan(EMPTY, { goalCount: 4 });
    const table = planTable(sheet, "Tassei_Goals_");
    expect(table.range.rowCount).toBe(5);
    for (let i = 0; i < 4; i++) {
      const row = GOAL_COLUMNS.map((_, c) => plannedAt(sheet, table.range.row + 1 + i, c));
      expect(row).toEqual([i + 1, ...Array(GOAL_COLUMNS.length - 1).fill(undefined)]);
    }
    expect(planTable(plan(EMPTY), "Tassei_Goals_").range.rowCount).toBe(1 + DEFAULT_GOAL_COUNT);
  });

  it("keeps codes as text that a person's typing cannot turn into dates", () => {
    const sheet = plan(seed002HirakataShichokoshitsuR7.department);
    const table = planTable(sheet, "Tassei_Goals_");
    expect(plannedAt(sheet, table.range.row + 1, 4)).toBe("29-01");
    expect(sheet.styles).toContainEqual({ range: bodyColumn(table, 4), style: { numberFormat: "@" } });
  });
});

describe("the KPI table", () => {
  const sheet = plan(seed002HirakataShichokoshitsuR7.department);
  const table = planTable(sheet, "Tassei_KPI_");
  const body = (key: Parameters<typeof kpiColumnIndex>[0]) => bodyColumn(table, kpiColumnIndex(key));

  it("has one row per indicator, then ten blank rows", () => {
    expect(table.range.rowCount).toBe(1 + 10 + MIN_BLANK_KPI_ROWS);
    const blank = table.range.row + 1 + 10;
    for (let row = blank; row < table.range.row + table.range.rowCount; row++) {
      const inputs = KPI_COLUMNS.filter((c) => !c.computed).map((c) => plannedAt(sheet, row, kpiColumnIndex(c.key)));
      expect(inputs.every((cell) => cell === undefined)).toBe(true);
    }
    expect(planTable(plan(EMPTY, { blankKpiRows: 25 }), "Tassei_KPI_").range.rowCount).toBe(26);
  });

  it("refuses fewer than ten blank rows", () => {
    expect(() => plan(EMPTY, { blankKpiRows: 9 })).toThrow(LayoutError);
  });

  it("writes targets, actuals and baselines as the department has them: text stays text", () => {
    const first = table.range.row + 1;
    expect(plannedAt(sheet, first, kpiColumnIndex("target"))).toBe("65,000 件");
    expect(plannedAt(sheet, first, kpiColumnIndex("baseline"))).toBe("62, 947 件");
    const numeric = plan({
      ...EMPTY,
      goals: [{ no: 1, title: "x" }],
      indicators: [{ goalNo: 1, name: "率", target: 0.8, actual: 0.992, baseline: 0 }],
    });
    const row = planTable(numeric, "Tassei_KPI_").range.row + 1;
    expect(["baseline", "target", "actual"].map((k) => plannedAt(numeric, row, kpiColumnIndex(k as "target")))).toEqual(
      [0, 0.8, 0.992],
    );
  });

  it("puts the rate and grade formulas in every row, blank rows included, with one relative pattern", () => {
    for (const key of ["rate", "grade"] as const) {
      const patterns = new Set<string>();
      for (let i = 0; i < table.range.rowCount - 1; i++) {
        const row = table.range.row + 1 + i;
        const cell = plannedAt(sheet, row, kpiColumnIndex(key));
        expect(isFormula(cell)).toBe(true);
        if (isFormula(cell)) patterns.add(relativePattern(cell.formula, row));
      }
      expect(patterns.size).toBe(1);
    }
  });

  it("formats 達成率 as 0.0% on the whole column", () => {
    expect(sheet.styles).toContainEqual({ range: body("rate"), style: { numberFormat: "0.0%", horizontal: "right" } });
  });

  it("has dropdowns on 方向, 算定方法, 状況 and 手入力評価 over the whole body", () => {
    const lists = sheet.validations.map((v) => [cellAddress(v.range), v.range.rowCount, v.list]);
    expect(lists).toEqual(
      expect.arrayContaining([
        [cellAddress(body("direction")), 20, ["増加", "減少", "維持", "実施"]],
        [cellAddress(body("method")), 20, ["比率", "進捗"]],
        [cellAddress(body("status")), 20, ["確定", "見込み", "作業中", "未実施"]],
        [cellAddress(body("manualGrade")), 20, ["A", "B", "C", "D", "E"]],
      ]),
    );
    for (const validation of sheet.validations) expect(validation.allowBlank).toBe(true);
  });

  it("takes the grade dropdown from the scale", () => {
    const points = plan(EMPTY, { scale: presetScale("points-7")! });
    const kpi = planTable(points, "Tassei_KPI_");
    const manual = points.validations.find(
      (v) => v.range.column === kpiColumnIndex("manualGrade") && v.range.row === kpi.range.row + 1,
    );
    expect(manual?.list).toEqual(["7", "6", "5", "4", "3", "2", "1", "0"]);
  });

  it("colours 達成度 with one rule set on the column, one rule per letter", () => {
    const rules = sheet.conditionalFormats.filter(
      (f) => f.range.column === kpiColumnIndex("grade") && f.range.row === table.range.row + 1,
    );
    expect(rules).toHaveLength(1);
    const format = rules[0]!;
    expect(format.range).toEqual(body("grade"));
    const top = `$K${table.range.row + 2}`;
    expect(format.rules.map((r) => r.formula)).toEqual(["A", "B", "C", "D", "E"].map((l) => `=${top}="${l}"`));
    expect(new Set(format.rules.map((r) => r.fill)).size).toBe(5);
  });
});

describe("the sheet", () => {
  const sheet = plan(seed004KawanishiSogoseisakuR3.department);

  it("prints A4 landscape, fitted to the width, the title row repeated, the title atop each page, page X / Y at its foot", () => {
    // 総合政策部, 令和3年度: the title row's text, parts set apart by ideographic spaces. Its 13 goal rows
    // (the table's 14 rows less the header) are not more than 20: no page break.
    expect(planTable(sheet, "Tassei_Goals_").range.rowCount).toBe(14);
    expect(sheet.print).toEqual({
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      titleRows: { first: 0, last: 0 },
      header: "総合政策部\u3000令和3年度 (2021年度)\u3000運営方針",
      footer: "pages",
    });
    expect(plannedAt(sheet, 0, 0)).toBe(sheet.print?.header);
    expect(sheet.freeze).toEqual({ rows: 1, columns: 0 });
  });

  it("starts the KPI section on a new page after more than 20 goal rows, not after 20", () => {
    // One row per blank goal: 21 goal rows are more than 20, so the page breaks at 【指標（KPI）】, the row
    // just above the KPI table's header row; 20 are not.
    const long = plan(EMPTY, { goalCount: 21 });
    expect(planTable(long, "Tassei_Goals_").range.rowCount).toBe(1 + 21);
    const kpiTitle = planTable(long, "Tassei_KPI_").range.row - 1;
    expect(plannedAt(long, kpiTitle, 0)).toBe("【指標（KPI）】");
    expect(long.print?.rowBreaks).toEqual([kpiTitle]);
    const twenty = plan(EMPTY, { goalCount: 20 });
    expect(planTable(twenty, "Tassei_Goals_").range.rowCount).toBe(1 + 20);
    expect(twenty.print?.rowBreaks).toBeUndefined();
    // Without a goals table there is nothing long above the KPI table; a long KPI table has no table below it.
    expect(plan(EMPTY, { goalCount: 21, layouts: { goals: false } }).print?.rowBreaks).toBeUndefined();
    expect(plan(EMPTY, { goalCount: 2, blankKpiRows: 30 }).print?.rowBreaks).toBeUndefined();
  });

  it("without a header block, freezes and repeats the rows down to the first table's header", () => {
    const bare = plan(EMPTY, { layouts: { header: false, goals: false } });
    const kpi = planTable(bare, "Tassei_KPI_");
    expect(bare.freeze).toEqual({ rows: kpi.range.row + 1, columns: 0 });
    expect(bare.print?.titleRows).toEqual({ first: 0, last: kpi.range.row });
  });

  it("gives every column at least the KPI table's width", () => {
    KPI_COLUMNS.forEach((column, index) => {
      const width = sheet.columnWidths.find((w) => w.column === index);
      expect(width?.points).toBeGreaterThanOrEqual(column.width);
    });
  });

  it("is created new and selects the first 実績値 cell", () => {
    const kpi = planTable(sheet, "Tassei_KPI_");
    expect(sheet.mode).toBe("create");
    expect(sheet.activate).toEqual({ select: { row: kpi.range.row + 1, column: kpiColumnIndex("actual") } });
  });

  it("includes only the parts asked for", () => {
    expect(plan(EMPTY, { layouts: { goals: false, kgi: true } }).tables.map((t) => t.name)).toEqual([
      "Tassei_KPI_t1",
      "Tassei_KGI_t1",
    ]);
    const headerOnly = plan(EMPTY, { layouts: { goals: false, kpi: false } });
    expect(headerOnly.tables).toEqual([]);
    expect(plannedAt(headerOnly, 2, 0)).toBe("部");
  });
});

describe("metadata", () => {
  it("records kind, layout, scale, fiscal year, table names and owned ranges", () => {
    const sheet = plan(seed004KawanishiSogoseisakuR3.department, { sheetId: "seed004" });
    const metadata = readMetadata(sheet.properties);
    expect(metadata).toMatchObject({
      kind: "department",
      layoutVersion: 1,
      sheetId: "seed004",
      scaleId: "default",
      scaleVersion: 1,
      fiscalYear: 2021,
      department: "総合政策部",
      goals: { table: "Tassei_Goals_seed004", owned: ["達成度", "中間評価"] },
      kpi: { table: "Tassei_KPI_seed004", owned: ["達成率", "達成度", "中間評価"] },
      kgi: { table: "Tassei_KGI_seed004", owned: [] },
      interim: { basis: "elapsed" },
    });
    for (const table of sheet.tables) {
      const recorded = [metadata?.goals, metadata?.kpi, metadata?.kgi].find((m) => m?.table === table.name);
      expect(parseRangeAddress(recorded!.range)).toEqual(table.range);
    }
    expect(metadata?.header?.grade).toBe("B6");
    expect(plannedAt(sheet, 5, 0)).toBe("全体の達成度");
  });

  it("keeps every value within Excel's 255 characters, for any department and the longest sheet id", () => {
    fc.assert(
      fc.property(department, fc.stringMatching(/^[A-Za-z0-9_]{1,64}$/), (input, sheetId) => {
        const sheet = plan(input, { sheetId, layouts: { kgi: true } });
        for (const value of Object.values(sheet.properties)) {
          expect(value.length).toBeLessThanOrEqual(MAX_PROPERTY_VALUE_LENGTH);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("leaves out a department name too long for a property rather than cutting it", () => {
    const sheet = plan({ ...EMPTY, name: "部".repeat(300) });
    expect(sheet.properties[METADATA_KEYS.department]).toBeUndefined();
    expect(readMetadata(sheet.properties)?.department).toBeNull();
  });

  it("refuses a scale id that cannot be recorded, and a sheet id that cannot name a table", () => {
    const scale = { ...PRESET_SCALES.default, id: "x".repeat(256) };
    expect(() => plan(EMPTY, { scale })).toThrow(LayoutError);
    for (const sheetId of ["", "a-b", "名前", "x".repeat(65)])
      expect(() => plan(EMPTY, { sheetId })).toThrow(LayoutError);
  });
});

/** A formula with each row number written relative to `row` (1-based A1 rows), to compare patterns. */
function relativePattern(formula: string, row: number): string {
  return formula.replace(
    /(\$?[A-Z]{1,3})(\$?)([0-9]+)(?![0-9(])/g,
    (_, column: string, dollar: string, digits: string) =>
      dollar === "$" ? `${column}$${digits}` : `${column}[${Number(digits) - (row + 1)}]`,
  );
}
