import { catalogue } from "../../../src/core/messages";
import {
  DEFAULT_SCALE,
  GRADING_REASONS,
  PRESET_SCALES,
  evaluateIndicator,
  gradingReasonSchema,
  outcomeMessage,
  reasonMessage,
} from "../../../src/core/rules";
import { num } from "./cells";

describe("messages", () => {
  test("every reason has a Japanese and an English message", () => {
    for (const reason of GRADING_REASONS) {
      const m = reasonMessage(reason);
      expect(m.ja).toMatch(/[ぁ-んァ-ン一-龥]/);
      expect(m.en).toMatch(/^[A-Z]/);
      expect(m.ja).not.toContain("{");
    }
  });

  test("the zod enum and the union list the same reasons", () => {
    expect(gradingReasonSchema.options).toEqual([...GRADING_REASONS]);
    expect(gradingReasonSchema.safeParse("target_zero").success).toBe(true);
    expect(gradingReasonSchema.safeParse("division_by_zero").success).toBe(false);
  });

  test("every grading key is namespaced and filled in both languages", () => {
    const keys = Object.keys(catalogue).filter((k) => k.startsWith("grading."));
    expect(keys.length).toBeGreaterThan(40);
    for (const key of keys) {
      const entry = catalogue[key as keyof typeof catalogue];
      expect(entry.ja.trim()).not.toBe("");
      expect(entry.en.trim()).not.toBe("");
    }
  });

  test("a graded result says rate, grade and label", () => {
    const r = evaluateIndicator({ target: num("186100"), actual: num("185433") });
    expect(outcomeMessage(r, DEFAULT_SCALE)).toEqual({
      ja: "達成率 99.6%、達成度 B（概ね達成）",
      en: "Rate 99.6%, grade B (Mostly achieved)",
    });
  });

  test("estimates and hand grades say so", () => {
    const estimate = evaluateIndicator({ target: num("100"), actual: num("99"), status: "estimate" });
    expect(outcomeMessage(estimate, DEFAULT_SCALE)).toEqual({
      ja: "達成率 99.0%、達成度 B（概ね達成）。実績は見込みです。",
      en: "Rate 99.0%, grade B (Mostly achieved). The actual is an estimate.",
    });
    const byHand = evaluateIndicator({ manual: { grade: "◎", reason: "r" } }, PRESET_SCALES["qualitative-5"]);
    expect(outcomeMessage(byHand, PRESET_SCALES["qualitative-5"])).toEqual({
      ja: "達成度 S（目標を上回る成果）。手入力の達成度です。",
      en: "Grade S (Beyond the target). Graded by hand.",
    });
  });

  test("an actual of 0 where lower is better says why there is no rate beside its A", () => {
    const zero = evaluateIndicator({ target: num("5"), actual: num("0"), direction: "down" });
    expect(outcomeMessage(zero, DEFAULT_SCALE)).toEqual({
      ja: "達成度 A（達成）。実績が 0 のため達成率は計算しません（少ないほど良い指標で、目標を上回っています）。",
      en: "Grade A (Achieved). The actual is 0, so there is no rate (lower is better, and it beats the target).",
    });
  });

  test("E and reasons", () => {
    expect(outcomeMessage(evaluateIndicator({ status: "not_carried_out" }), DEFAULT_SCALE).ja).toBe(
      "達成度 E（未実施）",
    );
    expect(outcomeMessage(evaluateIndicator({ target: num("0"), actual: num("1") }), DEFAULT_SCALE)).toEqual(
      reasonMessage("target_zero"),
    );
  });
});
