/**
 * Random departments for property tests: indicators with numbers and Japanese texts as cities type them,
 * every direction and method, hand grades with and without a reason, 未実施, 作業中 and 見込み.
 */
import fc from "fast-check";
import { type Department, DepartmentSchema, type Indicator } from "../../src/core/department/model";

const number = fc.oneof(
  fc.integer({ min: 0, max: 5000 }),
  fc.integer({ min: 1, max: 99_999 }).map((n) => n / 100),
);
const value = fc.oneof(
  number,
  number.map((n) => `${n}件`),
  fc.integer({ min: 1, max: 200 }).map((n) => `${n}%`),
  fc.integer({ min: 1, max: 99 }).map((n) => `延べ ${n} 人`),
  fc.integer({ min: 1, max: 120 }).map((n) => `${n}%(見込み)`),
  fc.constantFrom("５億円", "△53人", "62, 947 件", "未実施"),
);

export const randomIndicator: fc.Arbitrary<Partial<Indicator>> = fc.record({
  direction: fc.constantFrom("up", "up", "down"),
  method: fc.constantFrom("ratio", "ratio", "progress"),
  baseline: fc.option(number, { nil: null }),
  target: fc.option(value, { nil: null, freq: 8 }),
  actual: fc.option(value, { nil: null, freq: 5 }),
  status: fc.constantFrom("final", "final", "estimate", "pending", "not_carried_out"),
  manualGrade: fc.option(fc.constantFrom("A", "B", "C", "D", "E"), { nil: null, freq: 4 }),
  manualGradeReason: fc.constantFrom("", "", "現地調査の結果"),
}) as fc.Arbitrary<Partial<Indicator>>;

/** The department, every field the random indicators leave out at the model's own default. */
export function randomDepartment(indicators: readonly Partial<Indicator>[]): Department {
  return DepartmentSchema.parse({
    name: "検証部",
    head: "検証部長",
    fiscalYear: 2025,
    goals: [1, 2].map((no) => ({ no, title: `重点目標 ${no}` })),
    indicators: indicators.map((cells, i) => ({ goalNo: (i % 2) + 1, name: `指標 ${i + 1}`, ...cells })),
  });
}
