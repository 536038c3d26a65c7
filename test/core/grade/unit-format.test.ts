/** Number formats that keep a unit: what a conversion writes, and the unit read back from a format. */
import { convertedNumber, unitOfFormat } from "../../../src/core/grade/unit-format";
import { parseCell } from "../../../src/core/numbers/parse";

function convert(text: string) {
  const parsed = parseCell(text);
  if (!parsed.ok || parsed.kind !== "number") throw new Error(`not a number: ${text}`);
  return convertedNumber(parsed.value, parsed.unit, text);
}

describe("convertedNumber", () => {
  it.each([
    ["65,000 件", 65000, '#,##0"件"'],
    ["６５，０００件", 65000, '#,##0"件"'],
    ["5 億円", 500000000, '#,##0"円"'],
    ["2億7,934万6,300円", 279346300, '#,##0"円"'],
    ["2,400人", 2400, '#,##0"人"'],
    ["△53人", -53, '#,##0"人";"△"#,##0"人"'],
    ["▲3.5%", -0.035, '0.0%;"▲"0.0%'],
    ["-5人", -5, '#,##0"人"'],
    ["13.4%", 0.134, "0.0%"],
    ["100%", 1, "0.0%"],
    ["99.25%", 0.9925, "0.00%"],
    ["8割", 0.8, "0.0%"],
    ["1.5倍", 1.5, '#,##0.0"倍"'],
    ["3,000円/人", 3000, '#,##0"円/人"'],
    ["65000", 65000, "#,##0"],
    ["0人", 0, '#,##0"人"'],
  ])("%s → %d shown with %s", (text, value, format) => {
    expect(convert(text)).toEqual({ value, numberFormat: format });
  });

  it("refuses a number Excel cannot hold exactly, and a unit a format cannot quote", () => {
    expect(convert("1000兆円")).toBeNull();
    expect(convertedNumber({ coefficient: 5, scale: 0 }, 'a"b', '5a"b')).toBeNull();
    expect(convertedNumber({ coefficient: 5, scale: 0 }, "a\\b", "5a\\b")).toBeNull();
  });

  it("keeps what it converts: the format's unit reads back as the text's", () => {
    for (const text of ["65,000 件", "△53人", "1.5倍", "13.4%"]) {
      const parsed = parseCell(text);
      const converted = convert(text);
      expect(parsed.ok && parsed.kind === "number" && unitOfFormat(converted!.numberFormat)?.unit).toBe(
        parsed.ok && parsed.kind === "number" ? parsed.unit : "?",
      );
    }
  });
});

describe("unitOfFormat", () => {
  it.each([
    ['#,##0"件"', { unit: "件", percent: false }],
    ['#,##0"人";"△"#,##0"人"', { unit: "人", percent: false }],
    ["0.0%", { unit: "%", percent: true }],
    ["0%", { unit: "%", percent: true }],
    ['0.00%;"▲"0.00%', { unit: "%", percent: true }],
    ['0.0"倍"', { unit: "倍", percent: false }],
  ])("%s → %j", (format, unit) => {
    expect(unitOfFormat(format)).toEqual(unit);
  });

  it.each(["General", "#,##0", "0.0", '"%"0', "\\%0", "[%]0", "@", 'yyyy"年"m"月"d"日"'])(
    "%s shows no unit Tassei can name",
    (format) => {
      expect(unitOfFormat(format)).toBeNull();
    },
  );
});
