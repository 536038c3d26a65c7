import { parseResultToJson } from "../../../src/core/numbers/json";
import { parseCell } from "../../../src/core/numbers/parse";

const json = (raw: string | number | boolean | null) => parseResultToJson(parseCell(raw));

describe("parseResultToJson gives the command line's contract", () => {
  test("a number, in the unit as written", () => {
    expect(json("99. 2%")).toEqual({ ok: true, value: 99.2, unit: "%", flags: [] });
    expect(json("5 億円")).toEqual({ ok: true, value: 500000000, unit: "円", flags: [] });
    expect(json("99%(見込み) ※7月頃確定")).toEqual({ ok: true, value: 99, unit: "%", flags: ["estimate", "note"] });
    expect(json(65000)).toEqual({ ok: true, value: 65000, unit: null, flags: [] });
  });

  test("keys come in the contract's order", () => {
    expect(Object.keys(json("65,000 件"))).toEqual(["ok", "value", "unit", "flags"]);
    expect(Object.keys(json("21,7"))).toEqual(["ok", "reason", "message_ja", "message_en"]);
  });

  test("done / not done are 1 / 0 with a flag", () => {
    expect(json("実施済")).toEqual({ ok: true, value: 1, unit: null, flags: ["done"] });
    expect(json("未実施")).toEqual({ ok: true, value: 0, unit: null, flags: ["not_done"] });
    expect(json("実施(見込み)")).toEqual({ ok: true, value: 1, unit: null, flags: ["done", "estimate"] });
    expect(json(false)).toEqual({ ok: true, value: 0, unit: null, flags: ["not_done"] });
  });

  test("a failure names its reason in both languages", () => {
    const r = json("21,7");
    expect(r).toMatchObject({ ok: false, reason: "ambiguous" });
    if (r.ok) return;
    expect(r.message_ja).toContain("小数点");
    expect(r.message_ja).toContain("桁区切り");
    expect(r.message_en).toContain("decimal point");
    expect(r.message_en).toContain("thousands separator");
    expect(r.message_ja).toContain("21,7");
  });

  test("several values come with every value", () => {
    const r = json("5 億円(個人版) 5500 万円(企業版)");
    expect(r).toEqual({
      ok: false,
      reason: "several_values",
      message_ja: expect.stringContaining("5億円（個人版）、5,500万円（企業版）"),
      message_en: expect.stringContaining("500,000,000 円 (個人版), 55,000,000 円 (企業版)"),
      values: [
        { ok: true, value: 500000000, unit: "円", flags: [] },
        { ok: true, value: 55000000, unit: "円", flags: [] },
      ],
    });
  });

  test.each([
    ["", "empty", "空欄"],
    ["作業中", "pending", "確定していない"],
    ["abc", "unreadable", "数値が見当たりません"],
    ["1234567890123456", "too_many_digits", "15桁"],
    ["10～20人", "several_values", "範囲"],
    ["#N/A", "unreadable", "Excel"],
  ])("%j → %s, explained", (raw, reason, words) => {
    const r = json(raw);
    expect(r).toMatchObject({ ok: false, reason });
    if (!r.ok) expect(r.message_ja).toContain(words);
  });
});
