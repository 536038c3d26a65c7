/**
 * #20 item 11: units of one kind at different powers of ten are one quantity (1.2km against 900m is 75%),
 * compared exactly in the smaller unit; units of different kinds still do not compare; and a count
 * written with what was done after it (全6回実施) is a count of 回.
 */
import fc from "fast-check";
import { fractionFromRatio } from "../../../src/core/exact/fraction";
import { evaluateIndicator } from "../../../src/core/rules";
import { alignUnits, unitScale } from "../../../src/core/rules/unit-scale";
import { bilingual } from "../../../src/core/messages";
import { parseCell } from "../../../src/core/numbers/parse";
import type { GradableCell } from "../../../src/core/rules";
import { num } from "./cells";

const cell = (text: string) => parseCell(text) as GradableCell;
const rate = (target: string, actual: string, extra: Record<string, unknown> = {}) => {
  const r = evaluateIndicator({ target: cell(target), actual: cell(actual), ...extra });
  const f = r.rate === null ? null : fractionFromRatio(r.rate);
  return { text: r.rateText, exact: f === null ? null : `${f.n}/${f.d}`, grade: r.grade, reason: r.reason };
};

it("knows a unit's base and power of ten", () => {
  expect(unitScale("km")).toEqual({ base: "m", exponent: 3 });
  expect(unitScale("千円")).toEqual({ base: "円", exponent: 3 });
  expect(unitScale("百万円")).toEqual({ base: "円", exponent: 6 });
  expect(unitScale("億円")).toEqual({ base: "円", exponent: 8 });
  expect(unitScale("万人")).toEqual({ base: "人", exponent: 4 });
  expect(unitScale("件")).toEqual({ base: "件", exponent: 0 });
  expect(unitScale("千")).toEqual({ base: "千", exponent: 0 });
});

it("grades units of one kind in the smaller unit, exactly", () => {
  // 900 m ÷ 1,200 m = 3/4.
  expect(rate("1.2km", "900m")).toEqual({ text: "75.0%", exact: "3/4", grade: "B", reason: null });
  // 3,000 円 ÷ 5,000 円.
  expect(rate("5千円", "3,000円")).toEqual({ text: "60.0%", exact: "3/5", grade: "C", reason: null });
  // 9,000 人 ÷ 15,000 人.
  expect(rate("1.5万人", "9,000人")).toEqual({ text: "60.0%", exact: "3/5", grade: "C", reason: null });
  // 2.5億円 ÷ 5億円, both in 億円.
  expect(rate("5億円", "2.5億円")).toEqual({ text: "50.0%", exact: "1/2", grade: "C", reason: null });
  // Lower is better: 800 g against a target of 1 kg is 1000/800.
  expect(rate("1kg以下", "800g")).toEqual({ text: "125.0%", exact: "5/4", grade: "A", reason: null });
});

it("still refuses units of different kinds", () => {
  expect(rate("10件", "8人").reason).toBe("unit_mismatch");
  expect(rate("1km", "900円").reason).toBe("unit_mismatch");
  // Counters that count different things are not one: 世帯 and 戸, 社 and 団体.
  expect(rate("100世帯", "90戸").reason).toBe("unit_mismatch");
  expect(rate("10社", "8団体").reason).toBe("unit_mismatch");
});

it("compares spellings of one counter as one: 35名 of 40人, 8か所 of 10箇所, 1.5万人 against 12,000名", () => {
  expect(rate("40人", "35名")).toEqual({ text: "87.5%", exact: "7/8", grade: "B", reason: null });
  expect(rate("10箇所", "8か所")).toEqual({ text: "80.0%", exact: "4/5", grade: "B", reason: null });
  expect(rate("10箇所", "8ヶ所")).toMatchObject({ text: "80.0%", grade: "B" });
  expect(rate("20店舗", "15店")).toMatchObject({ text: "75.0%", grade: "B" });
  // 12,000 名 ÷ 15,000 人.
  expect(rate("1.5万人", "12,000名")).toEqual({ text: "80.0%", exact: "4/5", grade: "B", reason: null });
});

it("reads a count with what was done after it as a count: 全6回実施 against 6回 is 100%", () => {
  expect(rate("6回", "全6回実施")).toEqual({ text: "100.0%", exact: "1/1", grade: "A", reason: null });
  expect(rate("12回", "9回開催")).toMatchObject({ text: "75.0%", grade: "B" });
  // A word, not a number: 一部達成 stays unreadable.
  expect(parseCell("一部達成").ok).toBe(false);
});

it("converts exactly, whatever the values (property)", () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 10 ** 9 }), fc.integer({ min: 0, max: 10 ** 9 }), (km, m) => {
      const aligned = alignUnits(num(String(km), "km"), num(String(m), "m"));
      expect(aligned).not.toBeNull();
      const [a, b] = aligned!;
      expect([a.unit, b.unit]).toEqual(["m", "m"]);
      // km × 1,000 in m, exactly; the metres unchanged.
      expect(a.value.coefficient * 10 ** -a.value.scale).toBe(km * 1000);
      expect(b.value).toEqual(num(String(m), "m").value);
    }),
  );
});

// #20 item 11: a target of 0 with 方向 減少 was told about "actual ÷ target" (the higher-is-better formula) and a
// direction 「維持・均衡」 the dropdown does not offer.
it("says, for a target of 0, to choose the direction the dropdown offers, whatever the direction", () => {
  for (const direction of ["up", "down"] as const) {
    const r = evaluateIndicator({ target: cell("0件"), actual: cell("3件"), direction });
    expect(r.reason).toBe("target_zero");
  }
  const text = bilingual("grading.reason.target_zero");
  expect(text.ja).toContain("「維持」");
  expect(text.ja).not.toContain("維持・均衡");
  expect(text.ja).not.toContain("実績÷目標");
  expect(text.en).not.toContain("actual ÷ target");
});
