/**
 * #18: a low grade (the scale's lowest, D on the default scale, or 未実施's E) is published with a written
 * reason; without one in 評価理由 it is a problem naming that cell. Figures worked out by hand:
 * 相談者満足度's target in the seed is 80%, so an actual of 36% is 45% of it: D (below 50%); 48% is 60%: C.
 */
import { sampleWorkbookPlan } from "../../../src/samples/workbook";
import { officeJsAdapter } from "../../support/adapters";
import { fillKpi, gradeThrough, plan, sheetOf } from "./support";

const SHEET = "市長公室";
const NOW = new Date("2025-07-01T01:00:00Z");

async function graded(actual: string, reason: string) {
  const adapter = officeJsAdapter();
  await adapter.apply(sampleWorkbookPlan());
  const s = await adapter.read({ sheets: [SHEET] });
  await adapter.apply(plan(fillKpi(sheetOf(s, SHEET), { 相談者満足度: { 実績値: actual, 評価理由: reason } })));
  const run = await gradeThrough(adapter, SHEET, NOW);
  if (!run.ok) throw new Error(run.message.en);
  const indicator = run.result.tables.flatMap((t) => t.indicators).find((i) => i.name === "相談者満足度")!;
  const problems = run.result.problems.filter((p) => p.reason === "low_grade_without_reason");
  return { indicator, problems };
}

it("a D without a reason is a problem naming its 評価理由 cell; with one, or a C, it is not", async () => {
  const bare = await graded("36%", "");
  expect(bare.indicator.grade).toBe("D");
  expect(bare.problems).toHaveLength(1);
  expect(bare.problems[0]!.message.ja).toContain(
    "「相談者満足度」は達成度 D です。評価理由に理由（所見）を書いてください。",
  );
  expect(bare.problems[0]!.cell).toMatch(/^M\d+$/);

  const explained = await graded("36%", "利用者が想定より少なかった");
  expect(explained.indicator.grade).toBe("D");
  expect(explained.problems).toEqual([]);

  const fair = await graded("48%", "");
  expect(fair.indicator.grade).toBe("C");
  expect(fair.problems).toEqual([]);
});
