import { loadXlsx } from "../../src/xlsx";
import { normaliseSqrefPart } from "../../src/xlsx/workbook-io";
import { handPackage } from "./package-builder";

describe("loading a workbook to update it", () => {
  it("warns, in both languages, about what saving through exceljs would drop", async () => {
    const bytes = await handPackage({
      sheets: [
        {
          name: "S",
          body:
            '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' +
            '<extLst><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}"><x14:sparklineGroups xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"/></ext></extLst>',
        },
      ],
      parts: { "xl/charts/chart1.xml": "<c:chartSpace/>", "xl/vbaProject.bin": new Uint8Array([1, 2, 3]) },
    });
    const loaded = await loadXlsx(bytes);
    if (!loaded.ok) throw new Error(loaded.failure.reason);
    expect(loaded.warnings).toHaveLength(1);
    const warning = loaded.warnings[0];
    expect(warning?.features).toEqual(["xlsx.feature.sparklines", "xlsx.feature.charts", "xlsx.feature.macros"]);
    expect(warning?.message.ja).toBe("このブックには保存時に失われる要素があります: スパークライン、グラフ、マクロ");
    expect(warning?.message.en).toBe(
      "This workbook holds things that would be lost when it is saved: sparklines, charts, macros",
    );
  });

  it("has no warning for a plain workbook", async () => {
    const loaded = await loadXlsx(await handPackage({ sheets: [{ name: "S", body: "<sheetData/>" }] }));
    expect(loaded.ok && loaded.warnings).toEqual([]);
  });

  it("reads validation ranges in every form Excel writes them", () => {
    expect(normaliseSqrefPart("B:B")).toBe("B1:B1048576");
    expect(normaliseSqrefPart("3:5")).toBe("A3:XFD5");
    expect(normaliseSqrefPart("$a$1:$c$9")).toBe("A1:C9");
    expect(normaliseSqrefPart("C9:A1")).toBe("A1:C9");
    expect(normaliseSqrefPart("D4")).toBe("D4");
    expect(normaliseSqrefPart("not a range")).toBeNull();
  });
});
