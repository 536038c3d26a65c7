/**
 * The city's figures worked out by hand: the departments' rates rolled up as a department rolls up its goals
 * (a mean of rates each counted up to 100%), graded on the departments' scale; counts per grade added up.
 */
import { citySummary } from "../../../src/core/consolidate/city";
import type { DepartmentSummary } from "../../../src/core/consolidate";
import { DEFAULT_SCALE, PRESET_SCALES } from "../../../src/core/rules";

const LETTERS = ["A", "B", "C", "D", "E"];

function department(rate: number | null, counts: Record<string, number> = {}): DepartmentSummary {
  return {
    department: `部${rate}`,
    fiscalYear: 2025,
    source: 0,
    goals: 0,
    indicators: 0,
    counts,
    rate,
    grade: null,
    scaleId: "default",
    previous: null,
    interim: null,
  };
}

describe("the city's rate and grade", () => {
  it("is the mean of the departments' rates as they show them, graded like a department", () => {
    // (50 + 77.7 + 100 + 69.8) ÷ 4 = 74.375% → 74.4%: B.
    const city = citySummary(
      [0.5, 0.777, 1, 0.698].map((r) => department(r)),
      [],
      LETTERS,
      [DEFAULT_SCALE],
    );
    expect([city.rateText, city.rate, city.grade, city.departmentsCounted]).toEqual(["74.4%", 0.744, "B", 4]);
  });

  it("counts a department over 100% as 100%, so it cannot hide one that missed", () => {
    // min(120%, 100%) and 39%: (100 + 39) ÷ 2 = 69.5% → C, not (120 + 39) ÷ 2 = 79.5% → B.
    const city = citySummary([department(1.2), department(0.39)], [], LETTERS, [DEFAULT_SCALE]);
    expect([city.rateText, city.grade]).toEqual(["69.5%", "C"]);
  });

  it("leaves out a department with no rate yet and says how many were counted", () => {
    const city = citySummary([department(null), department(0.6)], [], LETTERS, [DEFAULT_SCALE]);
    expect([city.rateText, city.grade, city.departmentsCounted]).toEqual(["60.0%", "C", 1]);
  });

  it("has no rate and no grade while no department has one", () => {
    const city = citySummary([department(null)], [], LETTERS, [DEFAULT_SCALE]);
    expect([city.rate, city.rateText, city.grade, city.departmentsCounted]).toEqual([null, null, null, 0]);
  });

  it("is graded on the default scale, and says so, when departments use different scales", () => {
    const other = Object.values(PRESET_SCALES).find((s) => s.id !== DEFAULT_SCALE.id)!;
    const city = citySummary([department(0.75)], [], LETTERS, [DEFAULT_SCALE, other]);
    expect([city.scaleId, city.mixedScales, city.grade]).toEqual([DEFAULT_SCALE.id, true, "B"]);
  });
});

describe("the city's counts", () => {
  it("adds the departments' indicators per grade and counts goals by their grade", () => {
    const city = citySummary(
      [department(null, { A: 2, B: 1, ungraded: 1 }), department(null, { A: 1, D: 3 })],
      ["A", "B", null, "Z"],
      LETTERS,
      [DEFAULT_SCALE],
    );
    expect(city.indicators).toEqual({ counts: { A: 3, B: 1, C: 0, D: 3, E: 0, ungraded: 1 }, total: 8 });
    // A goal without a grade, or with a letter off the count columns, is 未評価.
    expect(city.goals).toEqual({ counts: { A: 1, B: 1, C: 0, D: 0, E: 0, ungraded: 2 }, total: 4 });
  });

  // Regression: a letter off the count columns (another year's scale) was counted in 計 but shown nowhere.
  it("counts a letter that is not a count column as 未評価, so the row adds up", () => {
    const city = citySummary([department(null, { S: 2, A: 1 })], [], LETTERS, [DEFAULT_SCALE]);
    expect(city.indicators).toEqual({ counts: { A: 1, B: 0, C: 0, D: 0, E: 0, ungraded: 2 }, total: 3 });
  });
});
