/**
 * Properties of consolidation over random sources: departments with hostile texts (=, +, -, @, ＝, tabs,
 * line breaks in names, goals, sections, notes), on sheets of this workbook or in files, with hostile
 * sheet and file names. The plan writes the summary sheet and nothing else; every text from a source
 * lands in a string cell; every formula is one the summary builds (a SUM over its own department rows,
 * or a reference to a goal's 達成度 cell on a sheet of this workbook, the name quoted).
 */
import fc from "fast-check";
import { SUMMARY_SHEET_NAME, planConsolidation } from "../../../src/core/consolidate";
import type { ConsolidationSource } from "../../../src/core/consolidate";
import { type DepartmentInput, DepartmentSchema } from "../../../src/core/department/model";
import { LOG_SHEET_NAME } from "../../../src/core/grade";
import { planDepartmentSheet } from "../../../src/core/sheet/department-sheet";
import { parseCellAddress, quoteSheetName } from "@tassei/excel-rules";
import { type PlannedCell, type SheetPlan, isFormula } from "../../../src/core/workbook/plan";
import type { SheetSnapshot, WorkbookSnapshot } from "../../../src/core/workbook/snapshot";
import { department, snapshotOfPlan, text } from "../sheet/support";
import { NOW } from "./support";

jest.setTimeout(300_000);

/** Sheet names Excel accepts, made of the characters that break formulas and careless quoting. */
const sheetName = fc
  .string({
    unit: fc.constantFrom("=", "+", "-", "@", "＝", "'", "!", " ", "部", "課", "A", "1", "(", ")", "　", ",", "&"),
    minLength: 1,
    maxLength: 12,
  })
  .filter((n) => !n.startsWith("'") && !n.endsWith("'") && n.trim() !== "" && n.toLowerCase() !== "history");

interface Placed {
  readonly input: DepartmentInput;
  readonly sheet: string;
  readonly where: "workbook" | "file";
  readonly file: string;
}

const scenario = fc
  .array(fc.record({ input: department, sheet: sheetName, where: fc.constantFrom("workbook", "file"), file: text }), {
    minLength: 1,
    maxLength: 3,
  })
  .filter((list) => {
    const names = list.map((p) => p.sheet.toLowerCase());
    return (
      new Set(names).size === names.length &&
      !names.includes(SUMMARY_SHEET_NAME.toLowerCase()) &&
      !names.includes(LOG_SHEET_NAME.toLowerCase())
    );
  });

function workbook(sheets: readonly SheetSnapshot[]): WorkbookSnapshot {
  return {
    sheetNames: sheets.map((s) => s.name),
    tableNames: sheets.flatMap((s) => s.tables.map((t) => t.name)),
    sheets: sheets.map((s, position) => ({ ...s, position })),
    activeSheet: sheets[0]?.name ?? null,
    structureProtected: false,
  };
}

function build(list: readonly Placed[]): { target: WorkbookSnapshot; sources: ConsolidationSource[] } {
  const sheets = list.map((p, i) =>
    snapshotOfPlan(planDepartmentSheet(p.input, { sheetName: p.sheet, sheetId: `s${i}` })),
  );
  const inWorkbook = sheets.filter((_, i) => list[i]?.where === "workbook");
  const target = workbook(inWorkbook);
  const sources: ConsolidationSource[] = [{ kind: "this-workbook", snapshot: target }];
  list.forEach((p, i) => {
    const sheet = sheets[i];
    if (p.where === "file" && sheet) sources.push({ kind: "file", fileName: p.file, snapshot: workbook([sheet]) });
  });
  return { target, sources };
}

function cellsOf(sheet: SheetPlan): Map<string, PlannedCell> {
  const cells = new Map<string, PlannedCell>();
  for (const block of sheet.blocks) {
    block.rows.forEach((line, r) =>
      line.forEach((cell, c) => cells.set(`${block.anchor.row + r}:${block.anchor.column + c}`, cell)),
    );
  }
  return cells;
}

/** The first row of the section whose header row starts with these cells. */
function rowAfterHeader(cells: Map<string, PlannedCell>, headers: readonly string[]): number {
  for (let row = 0; row < 10_000; row++) {
    if (headers.every((h, c) => cells.get(`${row}:${c}`) === h)) return row + 1;
  }
  throw new Error(`no header ${headers.join(",")}`);
}

describe("consolidating random sources", () => {
  it("writes only the summary; source texts stay strings; the only formulas are the summary's own", () => {
    fc.assert(
      fc.property(scenario, (list) => {
        const { target, sources } = build(list);
        const run = planConsolidation(target, sources, { now: NOW });
        if (!run.ok) throw new Error(run.message.en);
        const { plan, result } = run;
        expect(plan.sheets.map((s) => [s.name, s.mode])).toEqual([[SUMMARY_SHEET_NAME, "create"]]);
        const sheet = plan.sheets[0] as SheetPlan;
        const cells = cellsOf(sheet);

        // Every department sheet was read and graded; one fiscal year per summary, the latest; the year before
        // compared, the others skipped.
        const parsed = list.map((p) => DepartmentSchema.parse(p.input));
        const year = Math.max(...parsed.map((d) => d.fiscalYear));
        expect(result.fiscalYear).toBe(year);
        expect(result.sources).toHaveLength(list.length);
        for (const source of result.sources) {
          const expected = source.fiscalYear === year ? "ok" : source.fiscalYear === year - 1 ? "previous" : "skipped";
          expect(source.status).toBe(expected);
        }
        const names = new Set(parsed.filter((d) => d.fiscalYear === year).map((d) => d.name));
        expect(new Set(result.departments.map((d) => d.department))).toEqual(names);

        // Department names, goal titles, sections, codes and exception subjects are string cells.
        const departmentsTop = rowAfterHeader(cells, ["部局", ...result.letters]);
        result.departments.forEach((d, i) => expect(cells.get(`${departmentsTop + i}:0`)).toBe(d.department));
        const goalsTop = rowAfterHeader(cells, ["部局", "年度", "No.", "重点目標"]);
        result.goals.forEach((g, i) => {
          expect(cells.get(`${goalsTop + i}:0`)).toBe(g.department);
          expect(cells.get(`${goalsTop + i}:3`)).toBe(g.title);
          expect(cells.get(`${goalsTop + i}:4`)).toBe(g.sections);
        });
        const exceptionsTop = rowAfterHeader(cells, ["種別", "部局", "取込元", "セル", "対象", "内容"]);
        result.exceptions.forEach((e, i) => {
          expect(cells.get(`${exceptionsTop + i}:2`)).toBe(e.source);
          expect(cells.get(`${exceptionsTop + i}:4`)).toBe(e.subject);
          expect(cells.get(`${exceptionsTop + i}:5`)).toBe(e.message.ja);
        });
        for (const link of sheet.hyperlinks) expect(typeof link.text).toBe("string");

        // The formulas, exactly: the 合計 sums, the 割合 row's shares of the indicators (each letter and 未評価
        // over 指標数, the column after them), and one live reference per goal of a sheet of this workbook.
        const first = departmentsTop + 1;
        const last = departmentsTop + result.departments.length;
        const totalRow = departmentsTop + result.departments.length;
        const expected = new Set<string>();
        for (let i = 0; i < result.letters.length + 3; i++) {
          const column = String.fromCharCode(66 + i);
          expected.add(`${totalRow}:${1 + i}=SUM(${column}${first}:${column}${last})`);
        }
        const indicators = `${String.fromCharCode(66 + result.letters.length + 1)}${totalRow + 1}`;
        for (let i = 0; i < result.letters.length + 1; i++) {
          const count = `${String.fromCharCode(66 + i)}${totalRow + 1}`;
          expected.add(`${totalRow + 1}:${1 + i}=IF(${indicators}=0,"",${count}/${indicators})`);
        }
        result.goals.forEach((g, i) => {
          if (!g.link) return;
          const cell = parseCellAddress(g.link.cell);
          const ref = `${quoteSheetName(g.link.sheet)}!$${String.fromCharCode(65 + cell.column)}$${cell.row + 1}`;
          expected.add(`${goalsTop + i}:7=IF(${ref}="","",${ref})`);
        });
        const formulas = [...cells].flatMap(([at, cell]) => (isFormula(cell) ? [`${at}${cell.formula}`] : []));
        expect(new Set(formulas)).toEqual(expected);
        expect(formulas).toHaveLength(expected.size);

        // Links go to sheets of this workbook only.
        const inWorkbook = new Set(target.sheetNames);
        for (const link of sheet.hyperlinks) {
          if (link.target.kind === "cell") expect(inWorkbook.has(link.target.sheet)).toBe(true);
        }
        expect(result.goals.filter((g) => g.link !== null).every((g) => inWorkbook.has(g.link?.sheet ?? ""))).toBe(
          true,
        );
      }),
      { numRuns: 60 },
    );
  });
});
