/** Sheets to add to: Tassei's own, made by the Insert job's plan from what a person entered. */
import { planInsert } from "../../../src/core/insert/plan";
import { type InsertRequest, validateInsertRequest } from "../../../src/core/insert/request";
import type { SheetPlan } from "../../../src/core/workbook/plan";
import { EMPTY_WORKBOOK } from "../../../src/core/workbook/snapshot";

export function insertedPlan(request: InsertRequest): SheetPlan {
  const validated = validateInsertRequest(request);
  if (!validated.ok) throw new Error(validated.problems.map((p) => p.en).join("; "));
  const planned = planInsert(validated.value, EMPTY_WORKBOOK);
  if (!planned.ok) throw new Error(planned.problems.map((p) => p.en).join("; "));
  return planned.plan;
}

/**
 * 政策推進部, 令和7年度, three goals. Laid out as a new sheet is (rows as Excel numbers them): the title in
 * row 1, the header block in rows 3–7, the legend in rows 9–14, 【重点目標】 in row 16 and the goals table
 * A17:P21 — header, goal 1's two initiatives (rows 18–19), goal 2's one (row 20), goal 3 without one (row
 * 21) —, 【指標（KPI）】 in row 23 and the KPI table A24:O38 — header, goal 1's indicator (row 25), goal
 * 2's two (rows 26–27), goal 3's one (row 28), then ten rows ready to fill (29–38).
 */
export const THREE_GOALS: InsertRequest = {
  department: "政策推進部",
  head: "小林 一裕",
  fiscalYear: "令和7",
  goals: [
    {
      title: "シティプロモーションの強化",
      field: "市政運営",
      masterPlanCodes: "(5)",
      initiatives: [
        { text: "公式LINEによる情報発信", section: "秘書広報課" },
        { text: "ウェブアクセシビリティの向上", section: "秘書広報課" },
      ],
      indicators: [{ name: "LINE 登録者数", unit: "人", target: "15000" }],
    },
    {
      title: "公民連携の推進",
      field: "行財政運営",
      initiatives: [{ text: "大学との連携協定", section: "企画調整課" }],
      indicators: [
        { name: "連携協定の数", unit: "件", target: "4" },
        { name: "公民連携事業の数", unit: "件", target: "10" },
      ],
    },
    { title: "防災対策の充実強化", indicators: [{ name: "防災訓練の参加者数", unit: "人", target: "1000" }] },
  ],
};
