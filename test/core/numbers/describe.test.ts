import { catalogue } from "../../../src/core/messages";
import { describeFailure, describeFiscalYearFailure, messageKeyFor } from "../../../src/core/numbers/describe";
import { type ParseFailureReason, parseCell } from "../../../src/core/numbers/parse";

const REASONS: readonly ParseFailureReason[] = [
  "empty",
  "pending",
  "several_values",
  "ambiguous",
  "unreadable",
  "too_many_digits",
];

describe("failure messages", () => {
  test.each(REASONS)("reason %s has a message in both languages", (reason) => {
    const entry = catalogue[`parse.${reason}`];
    expect(entry.ja.length).toBeGreaterThan(0);
    expect(entry.en.length).toBeGreaterThan(0);
  });

  test.each([
    ["21,7", "parse.ambiguous.comma_decimal_or_thousands"],
    ["1,23,456", "parse.ambiguous.irregular_grouping"],
    ["1.234.567", "parse.ambiguous.dots_as_separators"],
    ["2 700", "parse.ambiguous.space_between_digits"],
    ["作業中", "parse.pending"],
    ["R7", "parse.unreadable.fiscal_year"],
    ["10～20人", "parse.several_values.range"],
    ["5人、6人", "parse.several_values"],
  ])("%j is explained by %s", (raw, key) => {
    const r = parseCell(raw);
    if (r.ok) throw new Error("expected a failure");
    expect(messageKeyFor(r)).toBe(key);
  });

  test("parameters are filled and long cells are shortened", () => {
    const long = `${"あ".repeat(60)}`;
    const r = parseCell(long);
    if (r.ok) throw new Error("expected a failure");
    const text = describeFailure(r);
    expect(text.ja).toContain(`${"あ".repeat(40)}…`);
    expect(text.ja).not.toMatch(/\{\w+\}/);
    expect(text.en).not.toMatch(/\{\w+\}/);
  });

  test("fiscal-year failures", () => {
    const text = describeFiscalYearFailure("2200", "out_of_range");
    expect(text.ja).toContain("1926");
    expect(text.en).toContain("2100");
  });
});
