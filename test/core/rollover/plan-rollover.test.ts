/**
 * Next year's sheet (#18): a department written as a Tassei sheet, read back, rolled over, written and
 * read back again. Expected values are this year's, worked out by hand from the department below.
 */
import type { DepartmentInput } from "../../../src/core/department/model";
import { planDepartmentSheet } from "../../../src/core/sheet/department-sheet";
import { readDepartmentSheet } from "../../../src/core/sheet/read-department";
import { planRollover, planRollovers } from "../../../src/core/rollover/plan-rollover";
import { cellAt } from "../../../src/core/workbook/snapshot";
import { PRESET_SCALES } from "../../../src/core/rules";
import { sheetOf, writeAndRead } from "../../xlsx/helpers";

const THIS_YEAR: DepartmentInput = {
  name: "環境部",
  head: "山田 太郎",
  fiscalYear: 2025,
  policy: "脱炭素のまちづくり",
  scale: "default",
  goals: [
    {
      no: 1,
      title: "ごみの減量",
      masterPlanCodes: ["3-1"],
      field: "環境",
      initiatives: [{ text: "分別の啓発", section: "環境政策課", result: "説明会を12回開催" }],
      status: "確定",
      manualGrade: "B",
      manualGradeReason: "目標の8割",
      summary: "概ね順調",
      nextSteps: "継続",
    },
    { no: 2, title: "公園の維持", initiatives: [{ text: "遊具の点検", section: "公園課", result: "" }] },
  ],
  indicators: [
    { goalNo: 1, name: "ごみ排出量", unit: "t", direction: "down", target: 900, actual: 950, baseline: 1000 },
    { goalNo: 1, name: "説明会の回数", unit: "回", target: 10, actual: 12, status: "estimate", weight: 2 },
    { goalNo: 2, name: "点検率", unit: "%", target: 100, actual: null, baseline: 95 },
    { goalNo: 2, name: "利用者数", unit: "人", target: "1,000人", actual: "作業中", baseline: "900人" },
    { goalNo: 2, name: "補助件数", unit: "件", target: 5, actual: "－", baseline: 4 },
  ],
  kgis: [
    {
      name: "温室効果ガス排出量",
      direction: "down",
      values: [
        { fiscalYear: 2024, kind: "actual", value: 120 },
        { fiscalYear: 2025, kind: "target", value: 110 },
        { fiscalYear: 2025, kind: "actual", value: 112 },
      ],
    },
  ],
};

async function thisYearSheet(scale = PRESET_SCALES.default) {
  const plan = planDepartmentSheet(THIS_YEAR, { sheetName: "環境部", sheetId: "1", scale });
  return sheetOf((await writeAndRead({ sheets: [plan] })).snapshot, "環境部");
}

it("keeps goals, initiatives, codes and indicators; this year's actual becomes the baseline; the rest is cleared", async () => {
  const source = await thisYearSheet();
  const rolled = planRollover(source, { existingSheets: ["環境部"], existingTables: source.tables.map((t) => t.name) });
  if (!rolled.ok) throw new Error(rolled.message.en);
  expect(rolled.sheetName).toBe("環境部 令和8年度");
  const written = sheetOf((await writeAndRead({ sheets: [rolled.plan] })).snapshot, "環境部 令和8年度");
  const read = readDepartmentSheet(written);
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  const next = read.department;
  expect([next.name, next.head, next.fiscalYear, next.policy]).toEqual([
    "環境部",
    "山田 太郎",
    2026,
    "脱炭素のまちづくり",
  ]);
  expect(next.goals.map((g) => [g.no, g.title, g.masterPlanCodes, g.field])).toEqual([
    [1, "ごみの減量", ["3-1"], "環境"],
    [2, "公園の維持", [], ""],
  ]);
  expect(next.goals[0]!.initiatives.map((i) => [i.text, i.section, i.result])).toEqual([
    ["分別の啓発", "環境政策課", ""],
  ]);
  expect(next.goals.map((g) => [g.manualGrade, g.manualGradeReason, g.summary, g.nextSteps])).toEqual([
    [null, "", "", ""],
    [null, "", "", ""],
  ]);
  // ごみ排出量: 950 t last year is the baseline; 説明会: 12 回; 点検率 had no actual, its 95 stays; and a word
  // saying there is no value (作業中, －) never becomes a baseline.
  expect(next.indicators.map((i) => [i.name, i.unit, i.direction, i.baseline, i.target, i.actual, i.weight])).toEqual([
    ["ごみ排出量", "t", "down", 950, 900, null, 1],
    ["説明会の回数", "回", "up", 12, 10, null, 2],
    ["点検率", "%", "up", 95, 100, null, 1],
    ["利用者数", "人", "up", "900人", "1,000人", null, 1],
    ["補助件数", "件", "up", 4, 5, null, 1],
  ]);
  expect(next.indicators.every((i) => i.status === "final" && i.manualGrade === null)).toBe(true);
  // The KGI table keeps its columns (R6 実績, R7 実績, R7 目標) with their values and gains those a new sheet of
  // 令和8年度 has (R4–R7 実績, R8 目標, R9 目標), empty, to fill in.
  const kgiTable = rolled.plan.tables.find((t) => t.name.startsWith("Tassei_KGI"))!;
  expect(kgiTable.headers).toEqual([
    "No.",
    "KGI",
    "方向",
    "R4 実績 (2022)",
    "R5 実績 (2023)",
    "R6 実績 (2024)",
    "R7 実績 (2025)",
    "R7 目標 (2025)",
    "R8 目標 (2026)",
    "R9 目標 (2027)",
  ]);
  expect(next.kgis[0]!.values.map((v) => [v.fiscalYear, v.kind, v.value])).toEqual([
    [2024, "actual", 120],
    [2025, "actual", 112],
    [2025, "target", 110],
  ]);
  // The source is only read.
  expect(source.properties).toEqual((await thisYearSheet()).properties);
});

it("carries the sheet's own scale, not only its id", async () => {
  const city = PRESET_SCALES["points-7"];
  const source = await thisYearSheet(city);
  const rolled = planRollover(source, { existingSheets: [], existingTables: [] });
  if (!rolled.ok) throw new Error(rolled.message.en);
  const written = sheetOf((await writeAndRead({ sheets: [rolled.plan] })).snapshot, rolled.sheetName);
  const { sheetScale } = await import("../../../src/core/grade/grade-sheet");
  expect(sheetScale(written).id).toBe(city.id);
  expect(sheetScale(written).grades.map((g) => g.letter)).toEqual(city.grades.map((g) => g.letter));
});

it("refuses a year that is not later than the sheet's, and a sheet that is not a department", async () => {
  const source = await thisYearSheet();
  const same = planRollover(source, { existingSheets: [], existingTables: [], fiscalYear: 2025 });
  expect(same.ok).toBe(false);
  if (!same.ok) expect(same.message.ja).toContain("令和7年度のシートです。次年度にはそれより後の年度");
  const blank = {
    ...source,
    name: "メモ",
    values: [["メモ"]],
    formulas: [[null]],
    numberFormats: [["General"]],
    properties: {},
    tables: [],
    used: { row: 0, column: 0, rowCount: 1, columnCount: 1 },
  };
  expect(planRollover(blank, { existingSheets: [], existingTables: [] }).ok).toBe(false);
});

it("keeps the mid-year rule the sheet was made with and clears 中間実績 and 中間時点 (#18)", async () => {
  const { scaleWithInterim } = await import("../../../src/core/rules");
  const { sheetScale } = await import("../../../src/core/grade/grade-sheet");
  const osaka = scaleWithInterim(PRESET_SCALES.default, { basis: "share", percent: { coefficient: 667, scale: 1 } });
  const mid: DepartmentInput = {
    ...THIS_YEAR,
    interimDate: "2025/9/30",
    indicators: THIS_YEAR.indicators!.map((indicator, i) => ({ ...indicator, interimActual: i === 1 ? 5 : null })),
  };
  const plan = planDepartmentSheet(mid, { sheetName: "環境部", sheetId: "1", scale: osaka });
  const source = sheetOf((await writeAndRead({ sheets: [plan] })).snapshot, "環境部");
  const read = readDepartmentSheet(source);
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  expect(read.department.interimDate).toBe("2025/9/30");
  expect(read.department.indicators[1]!.interimActual).toBe(5);

  const rolled = planRollover(source, { existingSheets: ["環境部"], existingTables: source.tables.map((t) => t.name) });
  if (!rolled.ok) throw new Error(rolled.message.en);
  const written = sheetOf((await writeAndRead({ sheets: [rolled.plan] })).snapshot, rolled.sheetName);
  const next = readDepartmentSheet(written);
  if (!next.ok) throw new Error(JSON.stringify(next.problems));
  expect(next.department.interimDate).toBe("");
  expect(next.department.indicators.map((i) => i.interimActual)).toEqual([null, null, null, null, null]);
  expect(sheetScale(written).interim).toEqual({ basis: "share", percent: { coefficient: 667, scale: 1 } });
});

it("keeps 多摩市's 20% × n with its first year, so next year's sheet is the plan's next year (#18)", async () => {
  const { interimShare, scaleWithInterim } = await import("../../../src/core/rules");
  const { sheetScale } = await import("../../../src/core/grade/grade-sheet");
  const rule = { basis: "planYear" as const, percent: { coefficient: 20, scale: 0 }, firstYear: 2024 };
  const tama = scaleWithInterim(PRESET_SCALES.default, rule);
  const plan = planDepartmentSheet(THIS_YEAR, { sheetName: "環境部", sheetId: "1", scale: tama });
  const source = sheetOf((await writeAndRead({ sheets: [plan] })).snapshot, "環境部");
  const rolled = planRollover(source, { existingSheets: ["環境部"], existingTables: source.tables.map((t) => t.name) });
  if (!rolled.ok) throw new Error(rolled.message.en);
  const written = sheetOf((await writeAndRead({ sheets: [rolled.plan] })).snapshot, rolled.sheetName);
  const next = readDepartmentSheet(written);
  if (!next.ok) throw new Error(JSON.stringify(next.problems));
  expect(sheetScale(written).interim).toEqual(rule);
  // THIS_YEAR is FY2025, year 2 of the plan (40%); next year's FY2026 is year 3: 60%.
  expect(next.department.fiscalYear).toBe(2026);
  const share = interimShare(rule, next.department.fiscalYear, null);
  expect(share.ok && share.shareText).toBe("60.0%");
});

describe("the multi-year KGI table (成果指標の推移)", () => {
  // A sheet of 令和7年度 prints the years as 川西 does (seed 004): R3–R6 実績, R7 目標, R8 目標. Next year's sheet
  // has every column this one had and those a new sheet of 令和8年度 has (R4–R7 実績, R8 目標, R9 目標): R7, just
  // finished, gains its 実績 beside its 目標, R9 its 目標. No 令和8 実績: that is written in 令和9's sheet.
  /** A new R7 sheet's KGI columns, as `tassei new --year R7` makes them: four years' 実績, R7 and R8 目標. */
  const R7_HEADERS = [
    "No.",
    "KGI",
    "方向",
    "R3 実績 (2021)",
    "R4 実績 (2022)",
    "R5 実績 (2023)",
    "R6 実績 (2024)",
    "R7 目標 (2025)",
    "R8 目標 (2026)",
  ];
  const R8_HEADERS = [
    "No.",
    "KGI",
    "方向",
    "R3 実績 (2021)",
    "R4 実績 (2022)",
    "R5 実績 (2023)",
    "R6 実績 (2024)",
    "R7 実績 (2025)",
    "R7 目標 (2025)",
    "R8 目標 (2026)",
    "R9 目標 (2027)",
  ];

  async function rolledOver(department: DepartmentInput) {
    const plan = planDepartmentSheet(department, { sheetName: "建設部", sheetId: "7", layouts: { kgi: true } });
    const source = sheetOf((await writeAndRead({ sheets: [plan] })).snapshot, "建設部");
    const rolled = planRollover(source, {
      existingSheets: ["建設部"],
      existingTables: source.tables.map((t) => t.name),
    });
    if (!rolled.ok) throw new Error(rolled.message.en);
    const written = sheetOf((await writeAndRead({ sheets: [rolled.plan] })).snapshot, rolled.sheetName);
    const read = readDepartmentSheet(written);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const headers = (sheet: typeof source) => sheet.tables.find((t) => t.name.startsWith("Tassei_KGI"))?.headers;
    return { sourceHeaders: headers(source), headers: headers(written), next: read.department };
  }

  const EMPTY_R7: DepartmentInput = { name: "建設部", fiscalYear: 2025, goals: [], indicators: [], kgis: [] };

  it("gives the year just finished its 実績 column, keeps every year and value, and adds the year after's 目標", async () => {
    const r = await rolledOver({
      ...EMPTY_R7,
      kgis: [
        {
          name: "市道改良率",
          direction: "up",
          values: [
            { fiscalYear: 2021, kind: "actual", value: "60%" },
            { fiscalYear: 2022, kind: "actual", value: "63%" },
            { fiscalYear: 2023, kind: "actual", value: "66%" },
            { fiscalYear: 2024, kind: "actual", value: "作業中" },
            { fiscalYear: 2025, kind: "target", value: "75%" },
            { fiscalYear: 2026, kind: "target", value: "80%" },
          ],
        },
      ],
    });
    expect(r.sourceHeaders).toEqual(R7_HEADERS);
    expect(r.headers).toEqual(R8_HEADERS);
    expect(r.next.kgis.map((k) => [k.name, k.direction, k.values.map((v) => [v.fiscalYear, v.kind, v.value])])).toEqual(
      [
        [
          "市道改良率",
          "up",
          [
            [2021, "actual", "60%"],
            [2022, "actual", "63%"],
            [2023, "actual", "66%"],
            [2024, "actual", "作業中"],
            [2025, "target", "75%"],
            [2026, "target", "80%"],
          ],
        ],
      ],
    );
  });

  it("carries an R7 実績 the sheet already had, and keeps a column no KGI has a value in yet", async () => {
    const r = await rolledOver({
      ...EMPTY_R7,
      kgis: [
        {
          name: "市道改良率",
          direction: "up",
          values: [
            { fiscalYear: 2024, kind: "actual", value: "70%" },
            { fiscalYear: 2025, kind: "target", value: "75%" },
            { fiscalYear: 2025, kind: "actual", value: "74%" },
            { fiscalYear: 2030, kind: "target", value: null },
          ],
        },
      ],
    });
    expect(r.sourceHeaders).toEqual([
      "No.",
      "KGI",
      "方向",
      "R6 実績 (2024)",
      "R7 実績 (2025)",
      "R7 目標 (2025)",
      "R12 目標 (2030)",
    ]);
    expect(r.headers).toEqual([
      "No.",
      "KGI",
      "方向",
      "R4 実績 (2022)",
      "R5 実績 (2023)",
      "R6 実績 (2024)",
      "R7 実績 (2025)",
      "R7 目標 (2025)",
      "R8 目標 (2026)",
      "R9 目標 (2027)",
      "R12 目標 (2030)",
    ]);
    expect(r.next.kgis[0]!.values.map((v) => [v.fiscalYear, v.kind, v.value])).toEqual([
      [2024, "actual", "70%"],
      [2025, "actual", "74%"],
      [2025, "target", "75%"],
    ]);
  });

  it("keeps a KGI table that has no KGIs yet, as a new sheet has it, with next year's columns", async () => {
    const r = await rolledOver(EMPTY_R7);
    expect(r.sourceHeaders).toEqual(R7_HEADERS);
    expect(r.headers).toEqual(R8_HEADERS);
    expect(r.next.kgis).toEqual([]);
  });
});

it("refuses a department's next-year sheet that is already there, by what it is, naming it, and never makes a (2)", async () => {
  const source = await thisYearSheet();
  // 環境部's 令和8年度 sheet, renamed 環境部R8 since: known by its metadata, not its name.
  const r8 = { sheet: "環境部R8", department: "環境部", fiscalYear: 2026 };
  const renamed = planRollover(source, {
    existingSheets: ["環境部", "環境部R8"],
    existingTables: [],
    existingDepartments: [r8],
  });
  expect(!renamed.ok && renamed.message.ja).toContain("令和8年度のシート「環境部R8」がすでにあるため");
  const rolled = planRollover(source, {
    existingSheets: ["環境部", "環境部 令和8年度"],
    existingTables: [],
    existingDepartments: [{ ...r8, sheet: "環境部 令和8年度" }],
  });
  expect(rolled).toEqual({
    ok: false,
    message: {
      ja: "令和8年度のシート「環境部 令和8年度」がすでにあるため、シート「環境部」から次年度のシートを作りません。作り直すときは、「環境部 令和8年度」を削除するか別のブックに移してから、もう一度実行してください。",
      en: "Sheet “環境部 令和8年度” for 令和8年度 already exists, so next year's sheet is not made from sheet “環境部”. To make it again, delete “環境部 令和8年度” or move it to another workbook first, then run this again.",
    },
  });
  // A sheet that only happens to have the name (another department's, or none's) takes no year: a free name.
  const named = planRollover(source, { existingSheets: ["環境部", "環境部 令和8年度"], existingTables: [] });
  expect(named.ok && named.sheetName).toBe("環境部 令和8年度 (2)");
  // The same department twice in one batch (two copies of its sheet): the first is made, the second refused.
  const batch = planRollovers([source, { ...source, name: "環境部 (写し)" }], {
    existingSheets: ["環境部", "環境部 (写し)"],
    existingTables: [],
    sheetOrder: ["環境部", "環境部 (写し)"],
  });
  expect(batch.made).toEqual([{ from: "環境部", sheet: "環境部 令和8年度" }]);
  expect(batch.failed.map((f) => f.sheet)).toEqual(["環境部 (写し)"]);
  // Beside its source: after 環境部, before its copy.
  expect(batch.plans.map((p) => [p.name, p.position])).toEqual([["環境部 令和8年度", 1]]);
});

it("gives next year's 目標値 and 基準値 the number formats of the cells they came from", async () => {
  const plan = planDepartmentSheet(THIS_YEAR, { sheetName: "環境部", sheetId: "1" });
  const kpi = plan.tables.find((t) => t.name.startsWith("Tassei_KPI"))!;
  const cell = (index: number, header: string) => ({
    row: kpi.range.row + 1 + index,
    column: kpi.range.column + kpi.headers.indexOf(header),
    rowCount: 1,
    columnCount: 1,
  });
  const tonnes = '#,##0"t"';
  // ごみ排出量: target and actual formatted; 点検率 has no actual, so its 基準値 keeps its own format.
  const formatted = {
    ...plan,
    styles: [
      ...plan.styles,
      { range: cell(0, "目標値"), style: { numberFormat: tonnes } },
      { range: cell(0, "実績値"), style: { numberFormat: '#,##0.0"t"' } },
      { range: cell(2, "基準値"), style: { numberFormat: "0.0" } },
    ],
  };
  const source = sheetOf((await writeAndRead({ sheets: [formatted] })).snapshot, "環境部");
  const rolled = planRollover(source, { existingSheets: ["環境部"], existingTables: source.tables.map((t) => t.name) });
  if (!rolled.ok) throw new Error(rolled.message.en);
  const next = sheetOf((await writeAndRead({ sheets: [rolled.plan] })).snapshot, rolled.sheetName);
  const nextKpi = next.tables.find((t) => t.name.startsWith("Tassei_KPI"))!;
  const at = (index: number, header: string) =>
    cellAt(next, nextKpi.range.row + 1 + index, nextKpi.range.column + nextKpi.headers.indexOf(header));
  expect(at(0, "目標値")).toMatchObject({ value: 900, numberFormat: tonnes });
  expect(at(0, "基準値")).toMatchObject({ value: 950, numberFormat: '#,##0.0"t"' });
  expect(at(2, "基準値")).toMatchObject({ value: 95, numberFormat: "0.0" });
  // Cells that were General stay General.
  expect(at(1, "目標値")).toMatchObject({ value: 10, numberFormat: "General" });
});

it("rolls over a department whose name fills a sheet name, without taking its own sheet for next year's", async () => {
  // 32 characters: the sheet name (31 at most) is the name cut, and next year's would be cut to the same.
  const name = "健康福祉部地域共生社会推進室地域包括ケア推進課在宅医療介護連携係";
  expect(name.length).toBeGreaterThan(31);
  const plan = planDepartmentSheet({ ...THIS_YEAR, name }, { sheetName: name.slice(0, 31), sheetId: "1" });
  const source = sheetOf((await writeAndRead({ sheets: [plan] })).snapshot, name.slice(0, 31));
  const rolled = planRollover(source, {
    existingSheets: [source.name],
    existingTables: source.tables.map((t) => t.name),
    existingDepartments: [{ sheet: source.name, department: name, fiscalYear: 2025 }],
  });
  expect(rolled.ok).toBe(true);
  expect(rolled.ok && rolled.sheetName).not.toBe(source.name);
  expect(rolled.ok && rolled.department.fiscalYear).toBe(2026);
});
