import fc from "fast-check";
import { formatDisplay, formatGeneral } from "@tassei/in-memory-excel/src/model/number-format";

describe("displayed text through a number format", () => {
  it.each([
    [1 / 3, "General", "0.333333333"],
    [123456789012, "General", "1.23457E+11"],
    [0.1 + 0.2, "General", "0.3"],
    [1e-12, "General", "1E-12"],
    [-1234.5, "General", "-1234.5"],
    [1234.567, "#,##0", "1,235"],
    [-1234.567, "#,##0.00", "-1,234.57"],
    [1.005, "0.00", "1.01"],
    [0.705, "0.0%", "70.5%"],
    [65000, '#,##0"件"', "65,000件"],
    [-53, '0;"▲"0', "▲53"],
    [-53, '#,##0;"△"#,##0', "△53"],
    [0, '0;"▲"0;"-"', "-"],
    [1234567, "0.00E+00", "1.23E+06"],
    [1234, "000-0000", "000-1234"],
    [1234567, "#,##0,", "1,235"],
    [3.14159, "0.??", "3.14"],
    [2, "#.##", "2."],
    [150, '[>=100]0"件以上";0', "150件以上"],
    [45748, "yyyy/m/d", "2025/4/1"],
    [45748, "yyyy/mm/dd(aaa)", "2025/04/01(火)"],
    [45748, '[$-ja-JP]ggge"年"m"月"d"日"', "令和7年4月1日"],
    [43585, "ge.m.d", "H31.4.30"],
    [43586, "gge", "令1"],
    [45748.75, "h:mm AM/PM", "6:00 PM"],
    [1.5, "[h]:mm", "36:00"],
  ])("%p with %s shows %s", (value, format, text) => expect(formatDisplay(value, format)).toBe(text));

  it("text, booleans, errors and empty cells", () => {
    expect(formatDisplay("abc", "0.00")).toBe("abc");
    expect(formatDisplay("abc", '@"様"')).toBe("abc様");
    expect(formatDisplay(true, "General")).toBe("TRUE");
    expect(formatDisplay({ error: "#DIV/0!" }, "0%")).toBe("#DIV/0!");
    expect(formatDisplay(null, "0")).toBe("");
    expect(formatDisplay(12, "@")).toBe("12");
  });

  it("fixed decimals round half away from zero on the decimal value", () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), (k) => {
        // k/1000 shown with two decimals: the exact decimal rounding of k/1000.
        const expected = (Math.sign(k) * Math.round(Math.abs(k) / 10)) / 100;
        const text = formatDisplay(k / 1000, "0.00");
        expect(Number(text)).toBe(expected === 0 ? 0 : expected);
        expect(text).toMatch(/^-?\d+\.\d\d$/);
      }),
    );
  });

  it("General never shows more than 11 characters", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) =>
        expect(formatGeneral(n).length).toBeLessThanOrEqual(11),
      ),
    );
  });
});
