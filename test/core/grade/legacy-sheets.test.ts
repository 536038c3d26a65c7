/**
 * Sheets made — and graded — by the Tassei before the mid-year check (#18), kept as files in
 * test/data/legacy: today's Tassei reads and grades them exactly as that one did. No interim, the same
 * results, the same cells written; a sheet it had graded is left as it is (the same stamp hash).
 */
import fs from "node:fs";
import path from "node:path";
import { isDepartmentSheet } from "../../../src/core/consolidate";
import { planGradeSheets } from "../../../src/core/grade";
import { DepartmentSchema } from "../../../src/core/department/model";
import { departmentAsWritten } from "../../../src/core/sheet/as-written";
import { resolveScale } from "../../../src/core/sheet/department-sheet";
import { readDepartmentSheet } from "../../../src/core/sheet/read-department";
import { readSnapshotFromXlsx } from "../../../src/xlsx";
import { samples } from "../../../src/samples";

const DATA = path.join(__dirname, "../../data/legacy");
const before = JSON.parse(fs.readFileSync(path.join(DATA, "grading.json"), "utf8")) as {
  now: string;
  sheets: unknown[];
  plan: unknown;
};

async function workbook(file: string) {
  const read = await readSnapshotFromXlsx(fs.readFileSync(path.join(DATA, file)), { sheets: "all" });
  if (!read.ok) throw new Error(read.failure.message.en);
  return read.snapshot;
}

/** As JSON holds it (undefined fields dropped), so results compare with the file's. */
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/**
 * `value` with only the fields `like` has, at every depth: a field a later Tassei adds to its results (an
 * indicator's goalNo) is not a change of what the earlier one gave; every field it gave must be the same.
 */
function fieldsOf(like: unknown, value: unknown): unknown {
  if (Array.isArray(like) && Array.isArray(value)) return value.map((v, i) => fieldsOf(like[i], v));
  if (
    like !== null &&
    typeof like === "object" &&
    value !== null &&
    typeof value === "object" &&
    !Array.isArray(value)
  ) {
    const kept = Object.keys(like).filter((key) => key in value);
    return Object.fromEntries(
      kept.map((key) => [
        key,
        fieldsOf((like as Record<string, unknown>)[key], (value as Record<string, unknown>)[key]),
      ]),
    );
  }
  return value;
}

describe("a workbook an earlier Tassei made", () => {
  it("grades every sheet to the same results and plans the same writes, with no interim", async () => {
    const snapshot = await workbook("made-by-0.1.xlsx");
    const names = snapshot.sheets.filter(isDepartmentSheet).map((s) => s.name);
    expect(names).toHaveLength(6);
    const batch = planGradeSheets(snapshot, names, { now: new Date(before.now) });
    expect(fieldsOf(before.sheets, asJson(batch.sheets))).toEqual(before.sheets);
    expect(asJson(batch.plan)).toEqual(before.plan);
    for (const { outcome } of batch.sheets) expect(outcome.ok && outcome.result.interim).toBeUndefined();
  });

  it("reads each department as it was, with no 中間時点 and no 中間実績", async () => {
    const snapshot = await workbook("made-by-0.1.xlsx");
    samples.forEach((sample, index) => {
      const sheet = snapshot.sheets[index]!;
      const parsed = DepartmentSchema.parse(sample.department);
      const read = readDepartmentSheet(sheet);
      expect(read).toEqual({
        ok: true,
        department: departmentAsWritten(parsed, resolveScale(parsed).id),
        problems: [],
      });
      if (read.ok) {
        expect(read.department.interimDate).toBe("");
        expect(read.department.indicators.every((i) => i.interimActual === null)).toBe(true);
      }
    });
  });
});

describe("a workbook an earlier Tassei graded", () => {
  it("has nothing to write: the same results keep the same stamp", async () => {
    const snapshot = await workbook("graded-by-0.1.xlsx");
    const names = snapshot.sheets.filter(isDepartmentSheet).map((s) => s.name);
    const batch = planGradeSheets(snapshot, names, { now: new Date("2026-10-01T00:00:00Z") });
    expect(batch.plan.sheets).toEqual([]);
    const earlier = before.sheets as { outcome: { ok: boolean; result?: { gradedAt: string } } }[];
    batch.sheets.forEach(({ sheet, outcome }, index) => {
      expect(outcome.ok).toBe(true);
      if (!outcome.ok) return;
      expect(outcome.result.interim).toBeUndefined();
      // The sheet laid out by hand is never written, so it has no stamp to keep.
      if (sheet === "都市整備部（手作り）") return;
      // Graded then: the stamp's time, as grading again keeps it when nothing changed.
      expect(outcome.result.gradedAt).toBe(earlier[index]!.outcome.result!.gradedAt);
    });
  });
});
