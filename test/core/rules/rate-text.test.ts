import { decimal } from "../../../src/core/exact/decimal";
import { ratio, ratioToNumber } from "../../../src/core/exact/ratio";
import { DEFAULT_SCALE, formatTenths, gradeTable, rateText, scaleFromJson } from "../../../src/core/rules";
import { gradeIndexFor } from "../../../src/core/rules/grade-table";

function textOn(scale: Parameters<typeof gradeTable>[0], actual: string, target = "100"): string {
  const table = gradeTable(scale);
  const [ac, as] = split(actual);
  const [tc, ts] = split(target);
  const r = ratio(decimal(ac, as), decimal(tc, ts));
  const f = ratioToNumber(r);
  return rateText(r, f, table, gradeIndexFor(table, r, f));
}

function split(text: string): [number, number] {
  const [whole, fraction = ""] = text.split(".");
  return [Number(whole + fraction), fraction.length];
}

describe("rate text", () => {
  test("formats tenths of a percent", () => {
    expect(formatTenths(996)).toBe("99.6%");
    expect(formatTenths(0)).toBe("0.0%");
    expect(formatTenths(-5)).toBe("-0.5%");
    expect(formatTenths(-105)).toBe("-10.5%");
    expect(formatTenths(12345)).toBe("1234.5%");
  });

  test("rounds half away from zero", () => {
    expect(textOn(DEFAULT_SCALE, "99.64")).toBe("99.6%");
    expect(textOn(DEFAULT_SCALE, "99.65")).toBe("99.7%");
    expect(textOn(DEFAULT_SCALE, "-0.05")).toBe("-0.1%");
    expect(textOn(DEFAULT_SCALE, "-0.04")).toBe("0.0%");
    expect(textOn(DEFAULT_SCALE, "1", "3")).toBe("33.3%");
    expect(textOn(DEFAULT_SCALE, "2", "3")).toBe("66.7%");
  });

  test("never shows a bound the rate has not reached", () => {
    expect(textOn(DEFAULT_SCALE, "99.95")).toBe("99.9%");
    expect(textOn(DEFAULT_SCALE, "99.999999")).toBe("99.9%");
    expect(textOn(DEFAULT_SCALE, "69.95")).toBe("69.9%");
    expect(textOn(DEFAULT_SCALE, "49.95")).toBe("49.9%");
    expect(textOn(DEFAULT_SCALE, "100")).toBe("100.0%");
    expect(textOn(DEFAULT_SCALE, "70")).toBe("70.0%");
  });

  test("never shows less than a bound the rate has reached (bounds finer than 0.1%)", () => {
    const read = scaleFromJson({
      id: "fine",
      version: 1,
      name: { ja: "細かい", en: "Fine" },
      grades: [
        { letter: "A", label: { ja: "a", en: "a" }, min: 66.64 },
        { letter: "B", label: { ja: "b", en: "b" } },
      ],
      notCarriedOut: { letter: "E", label: { ja: "e", en: "e" } },
    });
    if (!read.ok) throw new Error("scale");
    expect(textOn(read.scale, "66.64")).toBe("66.7%"); // graded A: not shown as 66.6%
    expect(textOn(read.scale, "66.63")).toBe("66.6%"); // graded B
    expect(textOn(read.scale, "66.66")).toBe("66.7%");
  });

  test("huge rates are written out in full", () => {
    const r = ratio(decimal(999_999_999_999_999), decimal(1, 12));
    expect(rateText(r, ratioToNumber(r), null, -1)).toBe("99999999999999900000000000000.0%");
  });
});
