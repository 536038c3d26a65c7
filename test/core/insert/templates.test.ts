import { planTemplate } from "../../../src/core/insert/templates";
import { validateInsertRequest } from "../../../src/core/insert/request";
import { samples, seed000KashiwaraSeisakuR7, seed003ToyonakaToshikeieiR5 } from "../../../src/samples";

describe("a seed as the starting point of a plan", () => {
  it("takes seed 000's goals with their 分野, 総合計画 codes and initiatives owned by sections", () => {
    const template = planTemplate(seed000KashiwaraSeisakuR7.department);
    expect(template.department).toBe("政策推進部");
    expect(template.policy).toContain("政策推進部は、市の政策をまとめ");
    expect(template.goals.map((g) => [g.field, g.masterPlanCodes])).toEqual([
      ["市政運営", "(5)"],
      ["行財政運営", "(5)"],
      ["行財政運営", "(5)"],
      ["防災", "(1)"],
    ]);
    expect(template.goals[0]!.initiatives!.map((i) => i.section)).toEqual(["秘書広報課", "秘書広報課"]);
  });

  it("leaves the year's actuals behind and keeps targets and baselines as written", () => {
    const template = planTemplate(seed003ToyonakaToshikeieiR5.department);
    expect(template.goals[0]!.basicPolicyCodes).toBe("26、64、69、70");
    expect(template.goals[0]!.indicators).toEqual([
      {
        name: "基本政策の進捗",
        unit: "%",
        direction: "up",
        method: "ratio",
        baseline: "76%",
        target: "8割",
        weight: "1",
      },
    ]);
    expect(JSON.stringify(template)).not.toContain("全6回実施");
  });

  it.each(samples.map((s) => [s.id, s] as const))("makes %s a plan the Insert form accepts as it is", (_id, sample) => {
    const template = planTemplate(sample.department);
    const result = validateInsertRequest({
      ...template,
      fiscalYear: "R8",
      goals: [...template.goals],
      kgis: [...template.kgis],
    });
    if (!result.ok) throw new Error(result.problems.map((p) => p.en).join("; "));
    expect(result.value.department.goals).toHaveLength(template.goals.length);
  });
});
