import fc from "fast-check";
import { decodeOoxmlText, encodeOoxmlText } from "../../src/xlsx/ooxml-text";

/** What XML 1.0 can carry without loss through a parser (CR is normalised to LF, so it counts as lost). */
function xmlSafe(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a) return false;
    if (code === 0xfffe || code === 0xffff) return false;
    const high = code >= 0xd800 && code <= 0xdbff;
    const low = code >= 0xdc00 && code <= 0xdfff;
    const next = text.charCodeAt(i + 1);
    if (high && !(next >= 0xdc00 && next <= 0xdfff)) return false;
    if (high) i++;
    else if (low) return false;
  }
  return true;
}

describe("OOXML text escapes", () => {
  it("encodes control characters the way Excel does and decodes them back", () => {
    expect(encodeOoxmlText("a\u0001b")).toBe("a_x0001_b");
    expect(encodeOoxmlText("line1\r\nline2")).toBe("line1_x000D_\nline2");
    expect(encodeOoxmlText("tab\tand\nnewline")).toBe("tab\tand\nnewline");
    expect(decodeOoxmlText("a_x0001_b_x000D_")).toBe("a\u0001b\r");
  });

  it("escapes a literal escape look-alike so that it reads back unchanged", () => {
    expect(encodeOoxmlText("_x0041_")).toBe("_x005F_x0041_");
    expect(decodeOoxmlText("_x005F_x0041_")).toBe("_x0041_");
    expect(decodeOoxmlText("_x0041_")).toBe("A");
  });

  // Regression: found by a property test. `_xAAAA` alone is no look-alike, but the escape of a control
  // character after it begins with "_", and the two together read back as U+AAAA.
  it("escapes a look-alike completed by the escape of the character after it", () => {
    expect(encodeOoxmlText("_xAAAA\u0001")).toBe("_x005F_xAAAA_x0001_");
    expect(decodeOoxmlText(encodeOoxmlText("_xAAAA\u0001"))).toBe("_xAAAA\u0001");
    expect(encodeOoxmlText("_xAAAAb")).toBe("_xAAAAb");
  });

  it("leaves ordinary text, Japanese, emoji and direction marks alone", () => {
    for (const text of ["達成率", "絵文字🎌👍🏽", "\u202Eabc\u202C\u200F", "x_y", "_x12_", "=SUM(A1)"]) {
      expect(encodeOoxmlText(text)).toBe(text);
    }
  });

  it("round-trips any string and never emits a character XML cannot hold", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), (text) => {
        const encoded = encodeOoxmlText(text);
        expect(xmlSafe(encoded)).toBe(true);
        expect(decodeOoxmlText(encoded)).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  it("round-trips strings built from escape-like pieces", () => {
    const piece = fc.constantFrom("_x", "_x0041_", "_x0041", "_x005F_", "0041_", "_", "\u0001", "\r", "A", "x");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join("");
        expect(decodeOoxmlText(encodeOoxmlText(text))).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });
});
