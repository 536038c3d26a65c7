import { validateInsertRequest } from "../../../src/core/insert/request";

describe("validateInsertRequest", () => {
  it("accepts the year as 2025, R7 or 令和7 and asks for blank goal rows", () => {
    for (const fiscalYear of [2025, "2025", "R7", "令和7", "令和7年度", "Ｒ７"]) {
      const result = validateInsertRequest({ department: "政策推進部", head: "小林 一裕", fiscalYear, goalCount: 4 });
      expect(result.ok).toBe(true);
      if (!result.ok) continue;
      expect(result.value.department.fiscalYear).toBe(2025);
      expect(result.value.goalCount).toBe(4);
      expect(result.value.department.goals).toEqual([]);
      expect(result.value.scale).toBe("default");
      expect(result.value.layouts).toEqual({ header: true, goals: true, kpi: true, kgi: false });
    }
  });

  it("reports every problem at once, in Japanese and English", () => {
    const result = validateInsertRequest({
      department: "  ",
      fiscalYear: "2150",
      goalCount: 0,
      layouts: { header: false, goals: false, kpi: false, kgi: false },
      scale: "nope",
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.ja)).toEqual([
      "部の名前を入力してください。",
      "年度は 1989年度（平成元年度）から 2100年度 までです（「2150」）。",
      "重点目標の数は 1 から 20 までです。",
      "作成する表を 1 つ以上選んでください。",
      "達成度の基準「nope」はありません。",
    ]);
    expect(result.problems.every((p) => p.en.length > 0)).toBe(true);
  });

  it("refuses years before 1989 even when the era is known", () => {
    const result = validateInsertRequest({ department: "総務部", fiscalYear: "昭和63年度" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.en).toContain("1989 to 2100");
  });

  it("says which year it could not read", () => {
    const result = validateInsertRequest({ department: "総務部", fiscalYear: "来年" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.ja).toContain("「来年」");
  });

  it("rejects input of the wrong shape with the field named", () => {
    const result = validateInsertRequest({ department: 5, fiscalYear: 2025 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.en).toContain("department");
  });
});

describe("validateInsertRequest with the goals entered in the pane", () => {
  const base = { department: "政策推進部", fiscalYear: "R7" };

  it("numbers the goals in order and gives each its initiatives and indicators, as typed", () => {
    const result = validateInsertRequest({
      ...base,
      policy: "市の政策をまとめ、実行します。",
      goals: [
        {
          title: " シティプロモーションの強化 ",
          field: "市政運営",
          masterPlanCodes: "(5)",
          basicPolicyCodes: "26、64",
          measureSheetCodes: ["29-01"],
          initiatives: [
            { text: "公式LINEによる情報発信", section: "秘書広報課" },
            { text: "", section: "" },
          ],
          indicators: [
            {
              name: "サイトへのアクセス数",
              unit: "件",
              baseline: "62, 947 件",
              target: "65000",
              weight: "2",
            },
            { name: "", unit: "", baseline: "", target: "", weight: "" },
          ],
        },
        { title: "防災対策の充実強化", indicators: [{ name: "訓練の回数", direction: "binary", target: "1" }] },
      ],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { department, goalCount } = result.value;
    expect(goalCount).toBe(2);
    expect(department.policy).toBe("市の政策をまとめ、実行します。");
    expect(department.goals.map((g) => [g.no, g.title])).toEqual([
      [1, "シティプロモーションの強化"],
      [2, "防災対策の充実強化"],
    ]);
    expect(department.goals[0]).toMatchObject({
      field: "市政運営",
      masterPlanCodes: ["(5)"],
      basicPolicyCodes: ["26", "64"],
      measureSheetCodes: ["29-01"],
      // The blank initiative row is left out.
      initiatives: [{ text: "公式LINEによる情報発信", section: "秘書広報課", result: "" }],
    });
    // A plain number typed as a target becomes a number (the live 達成率 works at once); the rest stays text.
    expect(department.indicators).toEqual([
      expect.objectContaining({
        goalNo: 1,
        name: "サイトへのアクセス数",
        baseline: "62, 947 件",
        target: 65000,
        weight: 2,
      }),
      expect.objectContaining({ goalNo: 2, name: "訓練の回数", direction: "binary", target: 1, weight: 1 }),
    ]);
  });

  it("asks for blank numbered rows when nothing is typed in any goal", () => {
    const result = validateInsertRequest({ ...base, goalCount: 7, goals: [{}, { title: "  " }, {}] });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.goalCount).toBe(3);
      expect(result.value.department.goals).toEqual([]);
    }
  });

  it("names the goal, the row and the field of every problem, in both languages", () => {
    const result = validateInsertRequest({
      ...base,
      goals: [
        {
          title: "職員の能力向上",
          indicators: [
            { unit: "人", target: "30" },
            { name: "研修", weight: "重い" },
          ],
        },
        { field: "防災" },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      {
        ja: "重点目標 1 の指標 1: 「指標」（指標の名前）を入力してください。",
        en: "Goal 1, indicator 1: enter the indicator's name (Indicator).",
        field: "goals.0.indicators.0.name",
      },
      {
        ja: "重点目標 1 の指標 2: 「ウェイト」の「重い」は 0 以上の数で入力してください（空欄は 1）。",
        en: "Goal 1, indicator 2: Weight “重い” must be a number of 0 or more (blank means 1).",
        field: "goals.0.indicators.1.weight",
      },
      {
        ja: "重点目標 2: 「重点目標」（目標の名前）を入力してください。不要な重点目標は削除してください。",
        en: "Goal 2: enter the goal's title (Goal), or remove the goal if it is not needed.",
        field: "goals.1.title",
      },
    ]);
  });

  it("names the form's field of the department's own problems", () => {
    const result = validateInsertRequest({ department: "", fiscalYear: "", goals: [] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.field)).toEqual(["department", "fiscalYear"]);
  });

  it("takes a template's multi-year indicators as they are", () => {
    const kgis = [
      {
        name: "基金確保比率",
        direction: "up" as const,
        values: [{ fiscalYear: 2021, kind: "target" as const, value: "12.5%" }],
      },
    ];
    const result = validateInsertRequest({ ...base, layouts: { kgi: true }, kgis });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.department.kgis).toEqual(kgis);
  });

  it("refuses more goals than a plan holds", () => {
    const result = validateInsertRequest({
      ...base,
      goals: Array.from({ length: 21 }, (_, i) => ({ title: `目標${i}` })),
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems[0]).toMatchObject({ field: "goals", ja: "重点目標は 20 件までです（21 件あります）。" });
  });
});
