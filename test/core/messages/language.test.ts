import { pickLanguage } from "../../../src/core/messages/language";

describe("pickLanguage", () => {
  it("follows Office's display language when inside Office", () => {
    expect(pickLanguage("en-US", ["ja-JP"])).toBe("en");
    expect(pickLanguage("ja-JP", ["en-US"])).toBe("ja");
  });

  it("falls back to the browser's first supported language outside Office", () => {
    expect(pickLanguage(undefined, ["fr-FR", "en-GB", "ja"])).toBe("en");
    expect(pickLanguage(undefined, ["ja_JP"])).toBe("ja");
  });

  it("defaults to Japanese for any other language", () => {
    expect(pickLanguage("de-DE", ["en-US"])).toBe("ja");
    expect(pickLanguage(undefined, [])).toBe("ja");
  });
});
