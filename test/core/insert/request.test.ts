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
