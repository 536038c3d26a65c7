import { normaliseSqrefPart } from "../../src/xlsx/workbook-io";

describe("reading validation ranges", () => {
  it("reads validation ranges in every form Excel writes them", () => {
    expect(normaliseSqrefPart("B:B")).toBe("B1:B1048576");
    expect(normaliseSqrefPart("3:5")).toBe("A3:XFD5");
    expect(normaliseSqrefPart("$a$1:$c$9")).toBe("A1:C9");
    expect(normaliseSqrefPart("C9:A1")).toBe("A1:C9");
    expect(normaliseSqrefPart("D4")).toBe("D4");
    expect(normaliseSqrefPart("not a range")).toBeNull();
  });
});
