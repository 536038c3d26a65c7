import { decimal } from "../../../src/core/exact/decimal";
import { formatDecimal, groupThousands, toFullWidth } from "../../../src/core/numbers/format";

describe("formatDecimal writes numbers as Japanese documents do", () => {
  test.each([
    [decimal(65000), {}, "65,000"],
    [decimal(65000), { style: "plain" as const }, "65000"],
    [decimal(65000), { style: "grouped" as const, unit: "件" }, "65,000件"],
    [decimal(65000), { unit: "件", spaceBeforeUnit: true }, "65,000 件"],
    [decimal(65000), { unit: "件", fullWidth: true }, "６５，０００件"],
    [decimal(992, 1), { unit: "%" }, "99.2%"],
    [decimal(992, 1), { unit: "%", fullWidth: true }, "９９．２％"],
    [decimal(279346300), { style: "man_oku" as const, unit: "円" }, "2億7,934万6,300円"],
    [decimal(500000000), { style: "man_oku" as const, unit: "円" }, "5億円"],
    [decimal(55000000), { style: "man_oku" as const, unit: "円" }, "5,500万円"],
    [decimal(100000005), { style: "man_oku" as const }, "1億5"],
    [decimal(1200000000000), { style: "man_oku" as const }, "1兆2,000億"],
    [decimal(1234), { style: "man_oku" as const }, "1,234"],
    [decimal(0), { style: "man_oku" as const }, "0"],
    [decimal(100005, 1), { style: "man_oku" as const }, "1万0.5"],
    [decimal(-53), { unit: "人" }, "-53人"],
    [decimal(-53), { unit: "人", minus: "△" as const }, "△53人"],
    [decimal(-53), { unit: "人", minus: "▲" as const }, "▲53人"],
    [decimal(5, 3), { style: "plain" as const }, "0.005"],
    [decimal(-5, 3), { style: "grouped" as const }, "-0.005"],
    [decimal(123456789, 2), {}, "1,234,567.89"],
  ])("%j with %j → %s", (d, options, expected) => {
    expect(formatDecimal(d, options)).toBe(expected);
  });

  test("groupThousands", () => {
    expect(["1", "12", "123", "1234", "123456", "1234567"].map(groupThousands)).toEqual([
      "1",
      "12",
      "123",
      "1,234",
      "123,456",
      "1,234,567",
    ]);
  });

  test("toFullWidth leaves what is already wide", () => {
    expect(toFullWidth("△1,234.5万円 %")).toBe("△１，２３４．５万円 ％");
  });
});
