/**
 * The summary's columns as wide as what they hold (#19): worked out by hand at 11 points a full-width
 * character, 6 a half-width one, plus 10 of padding, between 40 and 130 points.
 */
import { contentWidths, textPoints } from "../../../src/core/consolidate/column-widths";

describe("a text's width", () => {
  it("counts full-width characters about twice the others", () => {
    expect(textPoints("分野")).toBe(22);
    expect(textPoints("A")).toBe(6);
    expect(textPoints("ＡＢ12")).toBe(11 * 2 + 6 * 2);
    expect(textPoints("ｿｳﾑ")).toBe(18); // half-width katakana
  });
});

describe("the columns' widths", () => {
  const rows = [
    ["全庁サマリー　令和7年度 (2025年度) の長い題名"], // a caption: left out
    ["部局", "A", "達成率"],
    ["子ども未来部", 12, 0.744],
    ["行財政運営・防災", 3, { formula: "=1", result: 1 }],
    ["", "", ""],
  ];

  it("fits each column's widest cell, leaving captions out", () => {
    const widths = contentWidths(rows, new Set([0]), 3, new Map());
    // A: 行財政運営・防災 is 8 full-width characters: 88 + 10. B: "12" 12 + 10 → the 40 minimum.
    // C: 達成率 33 + 10 = 43; 0.744 shows as "74.4%", 30 + 10; the formula's result 1 as "1".
    expect(widths).toEqual([
      { column: 0, points: 98 },
      { column: 1, points: 40 },
      { column: 2, points: 43 },
    ]);
  });

  it("keeps a wrapping column's set width and stops any other at 130 points", () => {
    const long = [["とても長い説明文が入る列で、二十文字を超えるテキストです", "x"]];
    const widths = contentWidths(long, new Set(), 2, new Map([[1, 320]]));
    expect(widths).toEqual([
      { column: 0, points: 130 },
      { column: 1, points: 320 },
    ]);
  });

  it("fits nine in ten of a column's cells, so one long file name among counts wraps instead", () => {
    // Nine counts ("12": 12 points) and one file name (30 full-width characters: 330 points): 12 + 10 = 22 → 40.
    const column = [
      ...Array.from({ length: 9 }, () => [12]),
      ["市民生活部の令和七年度運営方針と重点目標の評価シート一覧です"],
    ];
    expect(contentWidths(column, new Set(), 1, new Map())).toEqual([{ column: 0, points: 40 }]);
  });
});
