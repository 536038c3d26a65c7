import { fractionFromRatio } from "../../../src/core/exact/fraction";
import { evaluateIndicator } from "../../../src/core/rules";
import { BOUNDARY_CORPUS } from "./corpus";
import { corpusInput } from "./corpus-input";

describe("the boundary corpus", () => {
  test.each(BOUNDARY_CORPUS.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const { input, scale } = corpusInput(c);
    const result = evaluateIndicator(input, scale);
    expect({ grade: result.grade, reason: result.reason, rateText: result.rateText }).toEqual({
      grade: c.expected.grade,
      reason: c.expected.reason,
      rateText: c.expected.rateText,
    });
    if (c.expected.rate !== undefined) {
      expect(result.rate).not.toBeNull();
      const f = fractionFromRatio(result.rate!);
      expect(`${f.n}/${f.d}`).toBe(c.expected.rate);
    }
  });

  test("covers every state and method it claims to", () => {
    const names = BOUNDARY_CORPUS.map((c) => c.name).join("\n");
    for (const needle of [
      "7 of 10",
      "0.35 of 0.5",
      "2.1 of 3",
      "185,433 of 186,100",
      "target 0",
      "作業中",
      "未実施",
      "見込み",
      "manual grade with",
      "manual grade without",
    ]) {
      expect(names).toContain(needle);
    }
  });
});
