import fc from "fast-check";
import { parseTypedString } from "@tassei/in-memory-excel/src/model/typed-entry";

const context = { numberFormat: "General", today: new Date(2025, 5, 1) };
const parse = (s: string) => parseTypedString(s, context);

describe("typed entry (ja-JP Excel)", () => {
  it.each([
    ["=1+1", { kind: "formula", formula: "=1+1" }],
    ["-abc", { kind: "formula", formula: "=-abc" }],
    ["+5", { kind: "formula", formula: "=+5" }],
    ["@abc", { kind: "formula", formula: "=abc" }],
    ["=sum(a1)", { kind: "formula", formula: "=SUM(A1)" }],
    ["-5", { kind: "number", value: -5 }],
    ["-1,000", { kind: "number", value: -1000, numberFormat: "#,##0" }],
    ["-5%", { kind: "number", value: -0.05, numberFormat: "0%" }],
    ["1.5%", { kind: "number", value: 0.015, numberFormat: "0.00%" }],
    ["¥1,000", { kind: "number", value: 1000, numberFormat: '"¥"#,##0' }],
    ["1e3", { kind: "number", value: 1000, numberFormat: "0.00E+00" }],
    [" 42 ", { kind: "number", value: 42 }],
    ["4/1", { kind: "number", value: 45748, numberFormat: 'm"月"d"日"' }],
    ["2025-04-01", { kind: "number", value: 45748, numberFormat: "yyyy/m/d" }],
    ["2025年4月1日", { kind: "number", value: 45748, numberFormat: 'yyyy"年"m"月"d"日"' }],
    ["H31.4.30", { kind: "number", value: 43585, numberFormat: '[$-ja-JP]ggge"年"m"月"d"日"' }],
    ["9:30", { kind: "number", value: 9.5 / 24, numberFormat: "h:mm" }],
    ["FALSE", { kind: "boolean", value: false }],
    ["#DIV/0!", { kind: "error", value: "#DIV/0!" }],
    ["", { kind: "empty" }],
    ["'001", { kind: "text", text: "001", apostrophe: true }],
    ["2/30", { kind: "text", text: "2/30", apostrophe: false }],
    ["5-2-(1)", { kind: "text", text: "5-2-(1)", apostrophe: false }],
    ["1,00", { kind: "text", text: "1,00", apostrophe: false }],
    ["１２３", { kind: "text", text: "１２３", apostrophe: false }],
    ["99%(見込み)", { kind: "text", text: "99%(見込み)", apostrophe: false }],
  ])("%s", (input, expected) => expect(parse(input)).toEqual(expected));

  it("refuses malformed formula entry", () => {
    expect(parse("=SUM(").kind).toBe("invalid");
    expect(parse("-(").kind).toBe("invalid");
  });

  it("a leading apostrophe always means the rest is text", () => {
    fc.assert(
      fc.property(fc.string(), (s) => expect(parse(`'${s}`)).toEqual({ kind: "text", text: s, apostrophe: true })),
    );
  });

  it("a number written in plain decimal (up to 15 digits) reads back as the same number", () => {
    const decimal = fc.tuple(fc.integer({ min: -999_999_999, max: 999_999_999 }), fc.integer({ min: 0, max: 6 }));
    fc.assert(
      fc.property(decimal, ([k, places]) => {
        const text = (k / 10 ** places).toFixed(places);
        const entry = parse(text);
        expect(entry).toEqual({ kind: "number", value: Number(text) === 0 ? 0 : Number(text) });
      }),
    );
  });

  it("in a text-formatted cell (@) every string stays as typed", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }).filter((s) => !s.startsWith("'")),
        (s) =>
          expect(parseTypedString(s, { ...context, numberFormat: "@" })).toEqual({
            kind: "text",
            text: s,
            apostrophe: false,
          }),
      ),
    );
  });
});
