import fc from "fast-check";
import { MAX_SHEET_NAME_LENGTH, departmentSheetName } from "../../../src/core/insert/sheet-name";

describe("departmentSheetName", () => {
  it("keeps a plain department name", () => {
    expect(departmentSheetName("政策推進部", ["Sheet1"])).toEqual({ ok: true, name: "政策推進部", changed: false });
  });

  it("drops the characters Excel forbids and apostrophes at the ends", () => {
    expect(departmentSheetName("総務[部]:*?/\\", [])).toEqual({ ok: true, name: "総務部", changed: true });
    expect(departmentSheetName("'市長公室'", [])).toEqual({ ok: true, name: "市長公室", changed: true });
  });

  it("refuses an empty name and a name made only of forbidden characters", () => {
    expect(departmentSheetName("   ", [])).toEqual({ ok: false, reason: "empty" });
    expect(departmentSheetName("[]:*?/\\", [])).toEqual({ ok: false, reason: "only_forbidden" });
  });

  it("refuses a name an existing sheet has, compared as Excel does", () => {
    expect(departmentSheetName("都市経営部", ["都市経営部"])).toEqual({
      ok: false,
      reason: "exists",
      name: "都市経営部",
    });
    expect(departmentSheetName("abc", ["ABC"])).toEqual({ ok: false, reason: "exists", name: "abc" });
    expect(departmentSheetName("総務[部]", ["総務部"])).toEqual({ ok: false, reason: "exists", name: "総務部" });
  });

  it("always gives a valid, unique name of at most 31 characters", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 60, unit: "grapheme" }),
        fc.array(fc.string()),
        (name, existing) => {
          const result = departmentSheetName(name, existing);
          if (!result.ok) return;
          expect(Array.from(result.name).length).toBeLessThanOrEqual(MAX_SHEET_NAME_LENGTH);
          expect(result.name).not.toMatch(/[[\]:*?/\\]/);
          expect(result.name).not.toMatch(/^'|'$/);
          expect(result.name.trim()).toBe(result.name);
          expect(existing.map((e) => e.toLocaleLowerCase())).not.toContain(result.name.toLocaleLowerCase());
        },
      ),
    );
  });
});
