/**
 * Printing one page wide (#16 item 10). Some Excel builds ignore `pageLayout.zoom`'s fit-to-pages unless
 * the Page Layout tab is selected (office-js #1860), and the "automatic" height (0) is not documented, so
 * a host may refuse it. The scaling is set last, in its own round trip, and read back: whatever the host
 * does, the sheet is written and the user is told, in both languages, what to set by hand.
 */
import { insertDepartmentSheet } from "../../src/excel/jobs/insert";
import { createInMemoryExcel, type InMemoryExcel } from "@tassei/in-memory-excel";

const allSupported = () => true;
const request = { department: "政策推進部", head: "小林 一裕", fiscalYear: "R7", goalCount: 2 };
const runOf =
  (excel: InMemoryExcel) =>
  <T>(batch: (context: Excel.RequestContext) => Promise<T>) =>
    excel.run(batch);

describe.each([
  ["applies it", "applied" as const, false],
  ["ignores it (office-js #1860)", "ignored" as const, true],
  ["refuses the automatic height", "refused" as const, true],
])("a host that %s", (_label, fitToPages, told) => {
  it(`inserts the sheet and ${told ? "says how to set printing by hand" : "says nothing more"}`, async () => {
    const excel = createInMemoryExcel({ fitToPages });
    const outcome = await insertDepartmentSheet(runOf(excel), allSupported, request);
    expect(outcome.status).toBe("done");
    if (outcome.status !== "done") return;
    // The sheet and its cells are there either way.
    const sheet = excel.workbook.sheets.find((s) => s.name === "政策推進部");
    expect(sheet).toBeDefined();
    expect(sheet!.pageLayout.orientation).toBe("Landscape");
    if (told) {
      expect(outcome.notices).toHaveLength(1);
      expect(outcome.notices![0]!.ja).toContain("シート「政策推進部」");
      expect(outcome.notices![0]!.ja).toContain("横を「1 ページ」、縦を「自動」");
      expect(outcome.notices![0]!.en).toContain("Width to 1 page and Height to Automatic");
      expect(sheet!.pageLayout.zoom.horizontalFitToPages).toBeUndefined();
    } else {
      expect(outcome.notices).toBeUndefined();
      expect(sheet!.pageLayout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    }
  });
});
