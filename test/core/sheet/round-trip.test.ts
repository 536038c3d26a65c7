/**
 * insert → read → the same department: the five seeds and random departments (texts starting with =,
 * +, -, @, ＝, holding tabs and line breaks), through the Office.js adapter on the in-memory Excel and
 * through the .xlsx adapter, and many more random ones straight from the plan (no workbook).
 */
import fc from "fast-check";
import { DepartmentSchema, type DepartmentInput } from "../../../src/core/department/model";
import { departmentAsWritten } from "../../../src/core/sheet/as-written";
import { planDepartmentSheet, resolveScale } from "../../../src/core/sheet/department-sheet";
import { readDepartmentSheet } from "../../../src/core/sheet/read-department";
import { samples } from "../../../src/samples";
import { sampleSheets, sampleWorkbookPlan } from "../../../src/samples/workbook";
import { type AdapterUnderTest, officeJsAdapter, xlsxAdapter } from "../../support/adapters";
import { HOSTILE_TEXTS } from "../../support/hostile";
import { department, snapshotOfPlan } from "./support";

jest.setTimeout(120_000);

const adapters: [string, () => AdapterUnderTest][] = [
  ["Office.js adapter on the in-memory Excel", () => officeJsAdapter()],
  [".xlsx adapter", () => xlsxAdapter()],
];

/** Every text field one of the hostile texts, in turn. */
function hostileDepartment(): DepartmentInput {
  let next = 0;
  const t = () => HOSTILE_TEXTS[next++ % HOSTILE_TEXTS.length]!;
  const goal = (no: number) => ({
    no,
    title: t(),
    masterPlanCodes: [t(), t()],
    basicPolicyCodes: [t()],
    measureSheetCodes: [t()],
    field: t(),
    targetStatement: t(),
    initiatives: [
      { text: t(), section: t(), result: t() },
      { text: t(), section: t(), result: t() },
    ],
    status: t(),
    manualGrade: t(),
    manualGradeReason: t(),
    summary: t(),
    nextSteps: t(),
  });
  const indicator = (goalNo: number) => ({
    goalNo,
    name: t(),
    unit: t(),
    baseline: t(),
    target: t(),
    actual: t(),
    manualGrade: t(),
    manualGradeReason: t(),
    note: t(),
    interimActual: t(),
  });
  return {
    name: t(),
    head: t(),
    fiscalYear: 2025,
    policy: HOSTILE_TEXTS.join("\n"),
    interimDate: t(),
    goals: [goal(1), goal(2), goal(3)],
    indicators: [indicator(1), indicator(2), indicator(3), indicator(1)],
    kgis: [
      {
        name: t(),
        values: [
          { fiscalYear: 2024, kind: "actual", value: t() },
          { fiscalYear: 2025, kind: "target", value: t() },
        ],
      },
    ],
  };
}

function expected(input: DepartmentInput) {
  const parsed = DepartmentSchema.parse(input);
  return departmentAsWritten(parsed, resolveScale(parsed).id);
}

describe("the seeds are already as a sheet holds them", () => {
  it.each(samples.map((s) => [s.id, s] as const))("%s", (_id, sample) => {
    expect(expected(sample.department)).toEqual(DepartmentSchema.parse(sample.department));
  });
});

describe.each(adapters)("%s", (_name, make) => {
  it("reads the five seeds of the sample workbook back as they were, without problems", async () => {
    const adapter = make();
    await adapter.apply(sampleWorkbookPlan());
    const sheets = sampleSheets();
    const snapshot = await adapter.read({ sheets: sheets.map((s) => s.sheetName) });
    expect(snapshot.sheets.map((s) => s.name)).toEqual(sheets.map((s) => s.sheetName));
    snapshot.sheets.forEach((sheet, index) => {
      const result = readDepartmentSheet(sheet);
      expect(result).toEqual({ ok: true, department: expected(samples[index]!.department), problems: [] });
    });
  });

  it("reads back a department made of texts a careless writer would turn into formulas or numbers", async () => {
    const adapter = make();
    const input = hostileDepartment();
    await adapter.apply({ sheets: [planDepartmentSheet(input, { sheetName: "悪意", sheetId: "h" })] });
    const sheet = (await adapter.read({ sheets: ["悪意"] })).sheets[0]!;
    expect(readDepartmentSheet(sheet)).toEqual({ ok: true, department: expected(input), problems: [] });
  });

  it("reads random departments back as they were", async () => {
    await fc.assert(
      fc.asyncProperty(department, async (input) => {
        const adapter = make();
        await adapter.apply({
          sheets: [planDepartmentSheet(input, { sheetName: "部", sheetId: "r1", layouts: { kgi: true } })],
        });
        const sheet = (await adapter.read({ sheets: ["部"] })).sheets[0]!;
        const result = readDepartmentSheet(sheet);
        expect(result).toEqual({ ok: true, department: expected(input), problems: [] });
      }),
      { numRuns: 25 },
    );
  });
});

describe("straight from the plan", () => {
  it("reads random departments back as they were", () => {
    fc.assert(
      fc.property(department, (input) => {
        const sheet = snapshotOfPlan(
          planDepartmentSheet(input, { sheetName: "部", sheetId: "r1", layouts: { kgi: true } }),
        );
        expect(readDepartmentSheet(sheet)).toEqual({ ok: true, department: expected(input), problems: [] });
      }),
      { numRuns: 300 },
    );
  });

  it("reads back only the parts a sheet was made with", () => {
    fc.assert(
      fc.property(
        department,
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (input, header, goals, kpi, kgi) => {
          const plan = planDepartmentSheet(input, {
            sheetName: "部",
            sheetId: "r1",
            layouts: { header, goals, kpi, kgi },
          });
          const result = readDepartmentSheet(snapshotOfPlan(plan));
          const all = expected(input);
          expect(result).toEqual({
            ok: true,
            department: {
              ...all,
              // Without a header block the name comes from the metadata; the head and policy are not on the sheet.
              name: all.name,
              head: header ? all.head : "",
              policy: header ? all.policy : "",
              // 中間時点 is in the header block.
              interimDate: header ? all.interimDate : "",
              goals: goals ? all.goals : [],
              indicators: kpi ? all.indicators : [],
              kgis: kgi ? all.kgis : [],
            },
            problems: [],
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
