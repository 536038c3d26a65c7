import { bilingual, catalogue, format, message, type MessageKey } from "../../../src/core/messages";

describe("message catalogue", () => {
  it("has a non-empty Japanese and English text for every key", () => {
    for (const [key, entry] of Object.entries(catalogue)) {
      expect({ key, ja: entry.ja.trim().length > 0, en: entry.en.trim().length > 0 }).toEqual({
        key,
        ja: true,
        en: true,
      });
    }
  });

  it("uses the same placeholders in both languages", () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, entry] of Object.entries(catalogue)) {
      expect({ key, names: placeholders(entry.en) }).toEqual({ key, names: placeholders(entry.ja) });
    }
  });

  it("fills placeholders and keeps unknown ones visible", () => {
    expect(format("{a} と {b}", { a: 1 })).toBe("1 と {b}");
    const key: MessageKey = "ui.host.tooOld";
    expect(message(key, "ja", { version: "1.12" })).toContain("1.12");
    expect(bilingual(key, { version: "1.12" }).en).toContain("ExcelApi 1.12");
  });
});
