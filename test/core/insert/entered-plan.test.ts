/**
 * A plan entered in the pane's form becomes the new sheet's goals, initiatives and indicators, and the
 * sheet reads back as entered.
 */
import { planInsert } from "../../../src/core/insert/plan";
import { validateInsertRequest } from "../../../src/core/insert/request";
import { readDepartmentSheet } from "../../../src/core/sheet/read-department";
import { EMPTY_WORKBOOK } from "../../../src/core/workbook/snapshot";
import { snapshotOfPlan } from "../sheet/support";

it("writes the goals, initiatives and indicators entered, and the sheet reads back as entered", () => {
  const validated = validateInsertRequest({
    department: "政策推進部",
    head: "小林 一裕",
    fiscalYear: "令和7",
    policy: "公民連携の充実による民間活力の導入を推進します。",
    goals: [
      {
        title: "シティプロモーションの強化",
        field: "市政運営",
        masterPlanCodes: "(5)",
        initiatives: [
          { text: "公式LINEによる情報発信力の強化", section: "秘書広報課" },
          { text: "ウェブアクセシビリティの向上", section: "秘書広報課" },
        ],
        indicators: [{ name: "LINE 登録者数", unit: "人", baseline: "12,000人", target: "15000" }],
      },
      { title: "職員の能力向上", initiatives: [{ text: "階層別研修", section: "人事課" }] },
    ],
  });
  if (!validated.ok) throw new Error(validated.problems.map((p) => p.en).join("; "));
  const planned = planInsert(validated.value, EMPTY_WORKBOOK);
  if (!planned.ok) throw new Error("refused");
  const read = readDepartmentSheet(snapshotOfPlan(planned.plan));
  if (!read.ok) throw new Error(read.problems.map((p) => p.message.en).join("; "));
  expect(read.problems).toEqual([]);
  expect(read.department.policy).toBe("公民連携の充実による民間活力の導入を推進します。");
  expect(read.department.goals.map((g) => [g.no, g.title, g.initiatives.map((i) => [i.text, i.section])])).toEqual([
    [
      1,
      "シティプロモーションの強化",
      [
        ["公式LINEによる情報発信力の強化", "秘書広報課"],
        ["ウェブアクセシビリティの向上", "秘書広報課"],
      ],
    ],
    [2, "職員の能力向上", [["階層別研修", "人事課"]]],
  ]);
  expect(read.department.goals[0]).toMatchObject({ field: "市政運営", masterPlanCodes: ["(5)"] });
  expect(read.department.indicators).toEqual([
    expect.objectContaining({ goalNo: 1, name: "LINE 登録者数", unit: "人", baseline: "12,000人", target: 15000 }),
  ]);
});
