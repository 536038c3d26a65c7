import {
  FIRST_FISCAL_YEAR,
  LAST_FISCAL_YEAR,
  eraOfFiscalYear,
  formatEraFiscalYear,
  formatFiscalYear,
  parseFiscalYear,
} from "../../src/core/era";

describe("parseFiscalYear", () => {
  test.each([
    [2025, 2025],
    ["2025", 2025],
    ["2025年度", 2025],
    ["2025年", 2025],
    ["FY2025", 2025],
    ["fy 2025", 2025],
    ["令和7年度", 2025],
    ["令和7年", 2025],
    ["令和7", 2025],
    ["令和 7 年度", 2025],
    ["R7", 2025],
    ["r7", 2025],
    ["R07", 2025],
    ["R.7", 2025],
    ["Ｒ７", 2025],
    ["令和７年度", 2025],
    ["令和七年度", 2025],
    ["㋿7", 2025],
    ["Reiwa 7", 2025],
    ["Shōwa 63", 1988],
    ["令和元年度", 2019],
    ["令和元", 2019],
    ["R1", 2019],
    ["平成31年度", 2019],
    ["H31", 2019],
    ["平成29年度", 2017],
    ["H29", 2017],
    ["h29", 2017],
    ["平成二十九年度", 2017],
    ["㍻29", 2017],
    ["平成元年度", 1989],
    ["昭和64年", 1989],
    ["昭和63年度", 1988],
    ["S63", 1988],
    ["昭和元年度", 1926],
    ["大正15年度", 1926],
    ["２０２５年度", 2025],
    ["令和7年度 (2025年度)", 2025],
    ["令和7年度（2025年度）", 2025],
    ["FY2025 (Reiwa 7)", 2025],
    ["2100", 2100],
    ["1926", 1926],
  ])("%p → %p", (text, year) => {
    expect(parseFiscalYear(text)).toMatchObject({ ok: true, year });
  });

  test("a year past its era's end is accepted and marked (plans written before Reiwa said 平成32年度)", () => {
    expect(parseFiscalYear("平成32年度")).toEqual({ ok: true, year: 2020, pastEraEnd: true });
    expect(parseFiscalYear("H31")).toEqual({ ok: true, year: 2019 });
  });

  test.each([
    ["", "empty"],
    ["   ", "empty"],
    ["abc", "unreadable"],
    ["令和", "unreadable"],
    ["令和0年度", "unreadable"],
    ["X7", "unreadable"],
    ["25", "unreadable"],
    [2025.5, "unreadable"],
    [1925, "out_of_range"],
    ["2101年度", "out_of_range"],
    ["大正14年度", "out_of_range"],
    ["令和83年度", "out_of_range"],
    [0, "out_of_range"],
    ["令和7年度 (2024年度)", "inconsistent"],
    ["FY2025 (Heisei 7)", "inconsistent"],
  ])("%p is rejected: %s", (text, reason) => {
    expect(parseFiscalYear(text)).toEqual({ ok: false, reason });
  });
});

describe("formatFiscalYear", () => {
  test.each([
    [2025, "令和7年度 (2025年度)", "FY2025 (Reiwa 7)"],
    [2019, "令和元年度 (2019年度)", "FY2019 (Reiwa 1)"],
    [2020, "令和2年度 (2020年度)", "FY2020 (Reiwa 2)"],
    [2018, "平成30年度 (2018年度)", "FY2018 (Heisei 30)"],
    [2017, "平成29年度 (2017年度)", "FY2017 (Heisei 29)"],
    [1989, "平成元年度 (1989年度)", "FY1989 (Heisei 1)"],
    [1988, "昭和63年度 (1988年度)", "FY1988 (Showa 63)"],
    [1926, "昭和元年度 (1926年度)", "FY1926 (Showa 1)"],
  ])("%p → %s / %s", (year, ja, en) => {
    expect(formatFiscalYear(year, "ja")).toBe(ja);
    expect(formatFiscalYear(year, "en")).toBe(en);
  });

  test("the era form alone", () => {
    expect(formatEraFiscalYear(2019, "ja")).toBe("令和元年度");
    expect(formatEraFiscalYear(2025, "en")).toBe("Reiwa 7");
  });
});

const YEARS = Array.from({ length: LAST_FISCAL_YEAR - FIRST_FISCAL_YEAR + 1 }, (_, i) => FIRST_FISCAL_YEAR + i);

describe("round trip over every fiscal year 1926–2100", () => {
  test("format → parse gives the year back, in both languages and in the era form alone", () => {
    for (const year of YEARS) {
      for (const lang of ["ja", "en"] as const) {
        expect([year, lang, parseFiscalYear(formatFiscalYear(year, lang))]).toEqual([year, lang, { ok: true, year }]);
        expect([year, lang, parseFiscalYear(formatEraFiscalYear(year, lang))]).toEqual([
          year,
          lang,
          { ok: true, year },
        ]);
      }
    }
  });

  test("Intl's Japanese calendar and the era table agree on each year's era", () => {
    const table: Record<string, number> = { 令和: 2019, 平成: 1989, 昭和: 1926 };
    for (const year of YEARS) {
      const era = eraOfFiscalYear(year);
      const expected = year >= 2019 ? "令和" : year >= 1989 ? "平成" : "昭和";
      expect([year, era.era, era.year]).toEqual([year, expected, year - (table[expected] ?? 0) + 1]);
    }
  });
});

describe("fiscal years in the seeds", () => {
  test.each([
    ["000_66f6d4edd2d9ec1c.txt", "令和7年度", 2025],
    ["002_dc625d31a2b4181a.txt", "令和7年度 (2025年度)", 2025],
    ["002_dc625d31a2b4181a.txt", "令和6年度", 2024],
    ["002_dc625d31a2b4181a.txt", "令和8年度", 2026],
    ["003_1fc5cd8b1eb21d6f.txt", "令和5年", 2023],
    ["003_1fc5cd8b1eb21d6f.txt", "R6", 2024],
    ["003_1fc5cd8b1eb21d6f.txt", "R9", 2027],
    ["004_b01abfc86428ba6d.txt", "H29", 2017],
    ["004_b01abfc86428ba6d.txt", "H30", 2018],
    ["004_b01abfc86428ba6d.txt", "R1", 2019],
    ["004_b01abfc86428ba6d.txt", "R4", 2022],
  ])("seed %s: %s → %p", (_seed, text, year) => {
    expect(parseFiscalYear(text)).toEqual({ ok: true, year });
  });
});
