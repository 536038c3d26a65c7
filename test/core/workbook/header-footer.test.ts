/**
 * Headers and footers in Excel's header codes (core/workbook/header-footer.ts), the one place the `&&` rule
 * lives, and the row breaks as adapters write them. Expected texts written out by hand.
 */
import {
  MAX_HEADER_FOOTER_LENGTH,
  PAGE_NUMBERS_CODE,
  centerSections,
  headerFooterCodes,
  headerSectionText,
  plannedRowBreaks,
} from "../../../src/core/workbook/header-footer";
import type { PrintPlan } from "../../../src/core/workbook/plan";

const PLAIN: PrintPlan = { orientation: "landscape", paper: "A4", fitToWidth: true };

describe("a header's text", () => {
  it("doubles every ampersand, so Excel prints it instead of reading a code", () => {
    expect(headerSectionText("総務部　令和7年度 (2025年度)　運営方針")).toBe("総務部　令和7年度 (2025年度)　運営方針");
    expect(headerSectionText("企画&政策部")).toBe("企画&&政策部");
    expect(headerSectionText("&P &N &&")).toBe("&&P &&N &&&&");
  });

  it("is cut with … to fit Excel's 255 characters with its &C, never inside a doubled ampersand", () => {
    expect(MAX_HEADER_FOOTER_LENGTH).toBe(255);
    // 253 characters fit beside &C; 254 do not: 252 of them and "…".
    expect(headerSectionText("部".repeat(253))).toBe("部".repeat(253));
    expect(headerSectionText("部".repeat(254))).toBe(`${"部".repeat(252)}…`);
    // 126 ampersands are 252 characters written; the 127th would make 254, so it goes and … takes its place.
    expect(headerSectionText("&".repeat(200))).toBe(`${"&&".repeat(126)}…`);
  });
});

describe("the sections a print plan asks for", () => {
  it("are none when it names neither a header nor a footer: the sheet's stay", () => {
    expect(centerSections(PLAIN)).toBeNull();
    expect(headerFooterCodes(PLAIN)).toBeNull();
  });

  it("are the title at the top and page X / Y at the foot, each with &C in a file", () => {
    const print: PrintPlan = { ...PLAIN, header: "全庁サマリー　令和7年度 (2025年度)", footer: "pages" };
    expect(PAGE_NUMBERS_CODE).toBe("&P / &N");
    expect(centerSections(print)).toEqual({ header: "全庁サマリー　令和7年度 (2025年度)", footer: "&P / &N" });
    expect(headerFooterCodes(print)).toEqual({
      oddHeader: "&C全庁サマリー　令和7年度 (2025年度)",
      oddFooter: "&C&P / &N",
    });
  });

  it("leave the other one empty when only one is named", () => {
    expect(centerSections({ ...PLAIN, footer: "pages" })).toEqual({ header: "", footer: "&P / &N" });
    expect(headerFooterCodes({ ...PLAIN, footer: "pages" })).toEqual({ oddHeader: null, oddFooter: "&C&P / &N" });
    expect(headerFooterCodes({ ...PLAIN, header: "R&D" })).toEqual({ oddHeader: "&CR&&D", oddFooter: null });
  });
});

describe("row breaks", () => {
  it("are each row once, top to bottom, none above the first row or past the last", () => {
    expect(plannedRowBreaks(PLAIN)).toEqual([]);
    expect(plannedRowBreaks({ ...PLAIN, rowBreaks: [40, 12, 40, 0, 1_048_576, 2.5] })).toEqual([12, 40]);
  });
});
