/**
 * Any sequence of additions to a Tassei sheet, through the Office.js adapter on the in-memory Excel, keeps
 * it readable by the reader, with the same goals, initiatives and indicators as before plus the added ones,
 * each where it belongs: goals in number order, an initiative last of its goal, an indicator last among its
 * goal's (indicators stay in goal order); and every table whole, its headers as Tassei wrote them.
 */
import fc from "fast-check";
import type { SheetEdit } from "../../../src/core/edit/plan-edit";
import { GOAL_COLUMNS } from "../../../src/core/sheet/goals/goals-table";
import { KPI_COLUMNS } from "../../../src/core/sheet/kpi/kpi-table";
import { readDepartmentSheet } from "../../../src/core/sheet/read-department";
import { editActiveSheet } from "../../../src/excel/jobs/edit";
import { insertDepartmentSheet } from "../../../src/excel/jobs/insert";
import { readSnapshot } from "../../../src/excel/read";
import { createInMemoryExcel } from "@tassei/in-memory-excel";
import { someText } from "../sheet/support";

jest.setTimeout(300_000);

const SHEET = "企画部";
const title = someText.map((t) => t.trim());
const target = fc.constantFrom("10", "65,000 件", "", "△53人", "0", "2.5");
const initiative = fc.record({ text: title, section: fc.constantFrom("", "企画課", "人事課") });
const indicator = fc.record({ name: title, unit: fc.constantFrom("", "件", "人"), target });
const goal = fc.record({
  title,
  initiatives: fc.array(initiative, { maxLength: 2 }),
  indicators: fc.array(indicator, { maxLength: 2 }),
});

/** A start: goals entered in the form, or numbered rows still empty (goalCount), or none. */
const start = fc.oneof(
  fc.array(goal, { minLength: 1, maxLength: 3 }).map((goals) => ({ goals })),
  fc.integer({ min: 0, max: 3 }).map((count) => ({ goals: Array.from({ length: count }, () => ({})) })),
);

/** An addition, aimed at the goal at `pick` (a fraction of the goals there are by then). */
const addition = fc.oneof(
  goal.map((g) => ({ kind: "goal" as const, goal: g })),
  fc.record({ kind: fc.constant("initiative" as const), pick: fc.double({ min: 0, max: 0.999 }), initiative }),
  fc.record({ kind: fc.constant("indicator" as const), pick: fc.double({ min: 0, max: 0.999 }), indicator }),
);

interface ExpectedGoal {
  no: number;
  title: string;
  initiatives: [string, string][];
}

const asTyped = (value: string) => (value === "" ? null : /^[0-9.]+$/.test(value) ? Number(value) : value);

it("keeps the sheet readable, with what it had and what was added, each in its place", async () => {
  await fc.assert(
    fc.asyncProperty(start, fc.array(addition, { maxLength: 5 }), async (first, additions) => {
      const excel = createInMemoryExcel();
      const deps = { run: excel.run, isSetSupported: () => true };
      const made = await insertDepartmentSheet(excel.run, () => true, {
        department: SHEET,
        fiscalYear: "R7",
        ...first,
      });
      expect(made.status).toBe("done");

      const filled = first.goals.some((g) => "title" in g);
      let goals: ExpectedGoal[] = filled
        ? first.goals.map((g, i) => ({
            no: i + 1,
            title: (g as { title: string }).title,
            initiatives: ((g as { initiatives: { text: string; section: string }[] }).initiatives ?? []).map(
              (x) => [x.text, x.section] as [string, string],
            ),
          }))
        : [];
      /** Numbered rows still empty: a new goal takes the first. */
      let placeholders = filled ? [] : first.goals.map((_g, i) => i + 1);
      let indicators: [number, string, unknown][] = filled
        ? first.goals.flatMap((g, i) =>
            ((g as { indicators?: { name: string; target: string }[] }).indicators ?? []).map(
              (x) => [i + 1, x.name, asTyped(x.target)] as [number, string, unknown],
            ),
          )
        : [];

      for (const add of additions) {
        const numbered = [...goals.map((g) => g.no), ...placeholders].sort((a, b) => a - b);
        let edit: SheetEdit;
        if (add.kind === "goal") {
          edit = add;
          const no = placeholders[0] ?? Math.max(0, ...numbered, ...indicators.map(([n]) => n)) + 1;
          placeholders = placeholders.slice(1);
          goals = [
            ...goals,
            { no, title: add.goal.title, initiatives: add.goal.initiatives.map((x) => [x.text, x.section]) },
          ];
          goals.sort((a, b) => a.no - b.no);
          indicators = insertByGoal(
            indicators,
            add.goal.indicators.map((x) => [no, x.name, asTyped(x.target)]),
          );
        } else if (add.kind === "initiative") {
          const target = goals[Math.floor(add.pick * goals.length)];
          if (!target) continue;
          edit = { kind: "initiative", goalNo: target.no, initiative: add.initiative };
          target.initiatives.push([add.initiative.text, add.initiative.section]);
        } else {
          const no = numbered[Math.floor(add.pick * numbered.length)];
          if (no === undefined) continue;
          edit = { kind: "indicator", goalNo: no, indicator: add.indicator };
          indicators = insertByGoal(indicators, [[no, add.indicator.name, asTyped(add.indicator.target)]]);
        }
        const outcome = await editActiveSheet(deps, { sheet: SHEET, edit });
        expect(outcome.status).toBe("done");
      }

      const snapshot = await excel.run((context) => readSnapshot(context, { sheets: [SHEET] }));
      const sheet = snapshot.sheets[0]!;
      const read = readDepartmentSheet(sheet);
      if (!read.ok) throw new Error(read.problems.map((p) => p.message.en).join("; "));
      expect(read.problems.filter((p) => p.severity === "error")).toEqual([]);
      expect(
        read.department.goals.map((g) => ({
          no: g.no,
          title: g.title,
          initiatives: g.initiatives.map((i) => [i.text, i.section]),
        })),
      ).toEqual(goals);
      expect(read.department.indicators.map((i) => [i.goalNo, i.name, i.target])).toEqual(indicators);
      // The tables are whole and as Tassei wrote them, the KPI table below the goals table.
      const [goalsTable, kpiTable] = ["Tassei_Goals_", "Tassei_KPI_"].map((p) =>
        sheet.tables.find((t) => t.name.startsWith(p))!,
      );
      expect(goalsTable!.headers).toEqual(GOAL_COLUMNS.map((c) => c.header));
      expect(kpiTable!.headers).toEqual(KPI_COLUMNS.map((c) => c.header));
      expect(kpiTable!.range.row).toBe(goalsTable!.range.row + goalsTable!.range.rowCount + 2);
    }),
    { numRuns: 40 },
  );
});

/** New indicators go after the last of a goal numbered up to theirs: the list stays in goal order. */
function insertByGoal(
  list: [number, string, unknown][],
  added: [number, string, unknown][],
): [number, string, unknown][] {
  let result = [...list];
  for (const item of added) {
    let at = result.length;
    const last = result.map(([n]) => n <= item[0]).lastIndexOf(true);
    if (last >= 0) at = last + 1;
    else
      at = Math.max(
        0,
        result.findIndex(([n]) => n > item[0]),
      );
    result = [...result.slice(0, at), item, ...result.slice(at)];
  }
  return result;
}
