/**
 * Properties of the mid-year check (中間評価, #18) on random departments, graded straight from the plan: the
 * interim never changes a year-end figure, and more done by the interim date never grades an indicator,
 * its goal or the department lower.
 */
import fc from "fast-check";
import type { DepartmentInput, Indicator } from "../../../src/core/department/model";
import { type GradeResult, planGrade } from "../../../src/core/grade";
import { planDepartmentSheet } from "../../../src/core/sheet/department-sheet";
import { DEFAULT_SCALE } from "../../../src/core/rules";
import type { WorkbookSnapshot } from "../../../src/core/workbook/snapshot";
import { randomDepartment, randomIndicator } from "../../support/random-department";
import { snapshotOfPlan } from "../sheet/support";

const NOW = new Date("2025-10-10T01:00:00Z");

function graded(input: DepartmentInput): GradeResult {
  const sheet = snapshotOfPlan(planDepartmentSheet(input, { sheetName: "検証部", sheetId: "p1" }));
  const snapshot: WorkbookSnapshot = {
    sheetNames: [sheet.name],
    tableNames: sheet.tables.map((t) => t.name),
    sheets: [sheet],
    activeSheet: sheet.name,
    structureProtected: false,
  };
  const run = planGrade(snapshot, sheet.name, { now: NOW });
  if (!run.ok) throw new Error(run.message.en);
  return run.result;
}

/** The year end's figures of a result: everything but the mid-year check. */
function yearEnd(result: GradeResult) {
  return {
    department: result.department,
    counts: result.counts,
    goals: result.goals.map(({ interim: _interim, ...goal }) => goal),
    indicators: result.tables.flatMap((t) => t.indicators.map(({ interim: _interim, ...i }) => i)),
    problems: result.problems.filter((p) => !p.interim),
    waiting: result.waiting,
  };
}

const interimActual = fc.oneof(
  fc.constant(null),
  fc.integer({ min: 0, max: 5000 }),
  fc.integer({ min: 1, max: 999 }).map((n) => `${n}件`),
  fc.constantFrom("作業中", "未実施", "約120人", "－"),
);
const interimDate = fc.constantFrom("", "2025/9/30", "2025-12-15", "令和8年3月31日", "2024/9/30", "9月末");

describe("the mid-year check on random departments", () => {
  it("never changes a year-end grade, rate, reason, problem or count", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(randomIndicator, interimActual), { minLength: 1, maxLength: 8 }),
        interimDate,
        (rows, date) => {
          const indicators = rows.map(([cells, interim]) => ({ ...cells, interimActual: interim }));
          const withInterim = randomDepartment(indicators);
          const without = randomDepartment(rows.map(([cells]) => cells));
          const a = graded({ ...withInterim, interimDate: date });
          const b = graded(without);
          expect(yearEnd(a)).toEqual(yearEnd(b));
          // What the mid-year check adds to 要修正 is each a row's interim reason, never a year-end one.
          const interimReasons = a.tables.flatMap((t) => t.indicators.map((i) => i.interim?.reason));
          for (const problem of a.problems.filter((p) => p.interim)) expect(interimReasons).toContain(problem.reason);
          expect(b.interim).toBeUndefined();
          expect(a.interim === undefined).toBe(rows.every(([, interim]) => interim === null));
        },
      ),
      { numRuns: 60 },
    );
  });

  it("is monotone in the interim actuals: more done grades nothing lower", () => {
    const rank = (letter: string | null | undefined) =>
      letter === null || letter === undefined ? Infinity : DEFAULT_SCALE.grades.findIndex((g) => g.letter === letter);
    const indicator = fc.record({
      target: fc.integer({ min: 1, max: 1000 }),
      actual: fc.integer({ min: 0, max: 2000 }),
      more: fc.integer({ min: 0, max: 500 }),
    });
    fc.assert(
      fc.property(fc.array(indicator, { minLength: 1, maxLength: 6 }), (rows) => {
        const department = (interim: (row: (typeof rows)[number]) => number) =>
          randomDepartment(
            rows.map((row): Partial<Indicator> => ({ target: row.target, interimActual: interim(row) })),
          );
        const less = graded({ ...department((r) => r.actual), interimDate: "2025/9/30" });
        const more = graded({ ...department((r) => r.actual + r.more), interimDate: "2025/9/30" });
        const pairs = less.tables[0]!.indicators.map((i, n) => [i, more.tables[0]!.indicators[n]!] as const);
        for (const [a, b] of pairs) expect(rank(b.interim?.grade)).toBeLessThanOrEqual(rank(a.interim?.grade));
        less.goals.forEach((goal, n) => {
          expect(rank(more.goals[n]!.interim?.grade)).toBeLessThanOrEqual(rank(goal.interim?.grade));
        });
        expect(rank(more.interim?.department.grade)).toBeLessThanOrEqual(rank(less.interim?.department.grade));
      }),
      { numRuns: 60 },
    );
  });
});
