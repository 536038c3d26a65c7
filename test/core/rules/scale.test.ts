import { decimalToString } from "../../../src/core/exact/decimal-text";
import {
  DEFAULT_SCALE,
  PRESET_NAMES,
  PRESET_SCALES,
  type ScaleJson,
  evaluateIndicator,
  presetScale,
  scaleErrorsText,
  scaleFromJson,
} from "../../../src/core/rules";
import { num } from "./cells";

const valid = (): ScaleJson => ({
  id: "city-x",
  version: 2,
  name: { ja: "市の尺度", en: "City scale" },
  grades: [
    { letter: "S", label: { ja: "大きく上回る", en: "Well above" }, min: 120 },
    { letter: "A", label: { ja: "達成", en: "Achieved" }, min: "100" },
    { letter: "B", label: { ja: "概ね", en: "Mostly" }, min: 66.7 },
    { letter: "C", label: { ja: "未達", en: "Missed" }, min: 0 },
  ],
  notCarriedOut: { letter: "E", label: { ja: "未実施", en: "Not carried out" } },
});

describe("scaleFromJson", () => {
  test("reads a valid scale with exact bounds from numbers and strings", () => {
    const read = scaleFromJson(valid());
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.scale.grades.map((g) => (g.min ? decimalToString(g.min) : null))).toEqual(["120", "100", "66.7", "0"]);
    expect(read.scale.manual).toBe(false);
    // 66.7 is exactly 66.7: 667 of 1000 reaches it, 666.9 does not.
    expect(evaluateIndicator({ target: num("1000"), actual: num("667") }, read.scale).grade).toBe("B");
    expect(evaluateIndicator({ target: num("1000"), actual: num("666.99") }, read.scale)).toMatchObject({
      grade: "C",
      rateText: "66.6%",
    });
    expect(evaluateIndicator({ target: num("1"), actual: num("-3") }, read.scale).grade).toBe("C");
  });

  const broken: [string, (s: Record<string, unknown>) => unknown, string, RegExp, RegExp][] = [
    ["not an object", () => "default", "", /尺度/, /scale/],
    ["missing name", (s) => ({ ...s, name: undefined }), "name", /name がありません/, /name is missing/],
    [
      "empty label",
      (s) => ({
        ...s,
        grades: [{ ...(s.grades as object[])[0], label: { ja: "", en: "x" } }, ...(s.grades as object[]).slice(1)],
      }),
      "grades[0].label.ja",
      /空/,
      /empty/,
    ],
    ["version 0", (s) => ({ ...s, version: 0 }), "version", /1 以上/, /1 or more/],
    ["version as text", (s) => ({ ...s, version: "1" }), "version", /数値/, /number/],
    ["unknown key", (s) => ({ ...s, colour: "red" }), "", /colour/, /unknown keys: colour/],
    ["one grade", (s) => ({ ...s, grades: [(s.grades as object[])[0]] }), "grades", /2 つ/, /at least 2/],
    ["bound not a number", (s) => ({ ...s, grades: withMin(s, 1, "七十") }), "grades[1].min", /パーセント/, /percent/],
    [
      "bounds not descending",
      (s) => ({ ...s, grades: withMin(s, 2, 100) }),
      "grades[2].min",
      /一つ上/,
      /below the bound/,
    ],
    ["bound missing", (s) => ({ ...s, grades: withMin(s, 1, undefined) }), "grades[1].min", /下限/, /no lower bound/],
    ["last bound not 0", (s) => ({ ...s, grades: withMin(s, 3, 10) }), "grades[3].min", /最後の段階/, /last grade/],
    [
      "duplicate letter",
      (s) => ({ ...s, notCarriedOut: { letter: "A", label: { ja: "x", en: "x" } } }),
      "notCarriedOut.letter",
      /重複/,
      /used twice/,
    ],
    ["bounds on a manual scale", (s) => ({ ...s, manual: true }), "grades[0].min", /手入力/, /by hand/],
  ];

  test.each(broken)("%s: names the field in both languages", (_name, breakIt, field, ja, en) => {
    const read = scaleFromJson(breakIt(valid() as unknown as Record<string, unknown>));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    const error = read.errors.find((e) => e.field === field);
    expect(error).toBeDefined();
    expect(error!.message.ja).toMatch(ja);
    expect(error!.message.en).toMatch(en);
    if (field) {
      expect(error!.message.ja).toContain(field);
      expect(error!.message.en).toContain(field);
    }
  });

  test("joins several errors into one text per language", () => {
    const read = scaleFromJson({ ...valid(), version: 0, id: "" });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.errors).toHaveLength(2);
    const text = scaleErrorsText(read.errors);
    expect(text.ja).toContain("version");
    expect(text.ja).toContain("id");
    expect(text.en).toContain("version");
  });
});

function withMin(scale: Record<string, unknown>, index: number, min: unknown): object[] {
  return (scale.grades as Record<string, unknown>[]).map((g, i) => (i === index ? { ...g, min } : g));
}

describe("presets", () => {
  test("each has a name, a source, bilingual labels and a not-carried-out state", () => {
    for (const name of PRESET_NAMES) {
      const scale = PRESET_SCALES[name];
      expect(scale.id).toBe(name);
      expect(scale.name.ja).not.toBe("");
      expect(scale.source?.ja).toBeTruthy();
      expect(scale.source?.en).toBeTruthy();
      expect(scale.notCarriedOut.label.ja).toBe(name === "qualitative-5" ? "未実施・評価不能" : "未実施");
      expect(presetScale(name)).toBe(scale);
    }
    expect(presetScale("nope")).toBeNull();
    expect(DEFAULT_SCALE).toBe(PRESET_SCALES.default);
  });

  test("the default is seed 000's A–E with its labels", () => {
    expect(DEFAULT_SCALE.grades.map((g) => [g.letter, g.label.ja, g.min ? decimalToString(g.min) : null])).toEqual([
      ["A", "達成", "100"],
      ["B", "概ね達成", "70"],
      ["C", "一部達成", "50"],
      ["D", "未達成", null],
    ]);
    expect(DEFAULT_SCALE.notCarriedOut).toMatchObject({ letter: "E", label: { ja: "未実施" } });
    expect(DEFAULT_SCALE.source?.ja).toContain("柏原市");
  });

  const grade = (preset: keyof typeof PRESET_SCALES, actual: string) =>
    evaluateIndicator({ target: num("100"), actual: num(actual) }, PRESET_SCALES[preset]).grade;

  const bounds: [keyof typeof PRESET_SCALES, [string, string][]][] = [
    [
      "default",
      [
        ["100", "A"],
        ["99.99", "B"],
        ["70", "B"],
        ["69.99", "C"],
        ["50", "C"],
        ["49.99", "D"],
      ],
    ],
    [
      "strict-90-80",
      [
        ["100", "A"],
        ["99.99", "B"],
        ["90", "B"],
        ["89.99", "C"],
        ["80", "C"],
        ["79.99", "D"],
      ],
    ],
    [
      "stretch-110",
      [
        ["110", "A"],
        ["109.99", "B"],
        ["80", "B"],
        ["79.99", "C"],
        ["50", "C"],
        ["49.99", "D"],
      ],
    ],
  ];
  test.each(bounds)("%s bounds", (preset, pairs) => {
    for (const [actual, letter] of pairs) expect(grade(preset, actual)).toBe(letter);
  });

  test("points-7 steps every 10%", () => {
    const cases: [string, string][] = [
      ["100", "7"],
      ["99.9", "6"],
      ["90", "6"],
      ["89.9", "5"],
      ["80", "5"],
      ["70", "4"],
      ["60", "3"],
      ["59.9", "2"],
      ["50", "2"],
      ["49.9", "1"],
      ["0", "1"],
    ];
    for (const [actual, letter] of cases) expect(grade("points-7", actual)).toBe(letter);
  });

  test("qualitative-5 is graded by hand with letters or symbols", () => {
    const scale = PRESET_SCALES["qualitative-5"];
    expect(scale.manual).toBe(true);
    const byHand = (g: string) => evaluateIndicator({ manual: { grade: g, reason: "r" } }, scale).grade;
    expect(["◎", "○", "△", "×", "―"].map(byHand)).toEqual(["S", "A", "B", "C", "D"]);
    expect(["S", "A", "B", "C", "D"].map(byHand)).toEqual(["S", "A", "B", "C", "D"]);
    expect(evaluateIndicator({ manual: { grade: "―", reason: "中止" } }, scale).flags).toContain("not_carried_out");
  });
});
