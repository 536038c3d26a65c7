/** A person's corrections of a hand-made block's columns, saved with the sheet and read back. */
import { findCellBlocks } from "../../../src/core/sheet/hand-made/blocks";
import { MAX_PROPERTY_LENGTH, savedColumnRoles, withColumnRole } from "../../../src/core/sheet/hand-made/column-roles";
import { gridSheet } from "../../support/grid-sheet";

const rows = [
  ["令和7年度 環境部"],
  ["重点目標", "指標", "目標値", "年度末見込", "担当"],
  ["ごみの減量", "リサイクル率", "25%", "20%", "環境政策課"],
];

describe("saved column roles", () => {
  it("keeps only real corrections, compactly, and drops one set back to what the header says", () => {
    const first = withColumnRole({}, "A2", 3, "actual", "none");
    expect(first).toEqual({ "tassei.columns.A2": "D=actual" });
    const second = withColumnRole(first ?? {}, "A2", 0, "note", "goalTitle");
    expect(second).toEqual({ "tassei.columns.A2": "A=note;D=actual" });
    expect(withColumnRole(second ?? {}, "A2", 3, "none", "none")).toEqual({ "tassei.columns.A2": "A=note" });
  });

  it("reads back what it wrote and ignores what it cannot read", () => {
    expect([...savedColumnRoles({ "tassei.columns.A2": "D=actual;zz;E=bogus;B=name" }, "A2")]).toEqual([
      [3, "actual"],
      [1, "name"],
    ]);
  });

  it("refuses a correction that would not fit in one property", () => {
    let properties: Record<string, string> = {};
    let refused = false;
    for (let column = 0; column < 60 && !refused; column++) {
      const next = withColumnRole(properties, "A1", column, "history", "none");
      if (next === null) refused = true;
      else properties = next;
    }
    expect(refused).toBe(true);
    expect(properties["tassei.columns.A1"]?.length).toBeLessThanOrEqual(MAX_PROPERTY_LENGTH);
  });

  it("moves a role: the column that had it is no longer shown with it, and columns outside the block are ignored", () => {
    const sheet = gridSheet("環境部", rows);
    const properties = { "tassei.columns.A2": "E=goalTitle;D=actual;Z=target" };
    const [block] = findCellBlocks({ ...sheet, properties }, 2025);
    expect(block?.goalTitleColumn).toBe(4);
    expect(block?.kpiColumns).toMatchObject({ name: 1, target: 2, actual: 3 });
    expect(block?.columns.map((c) => [c.column, c.role])).toEqual([
      [0, null],
      [1, "name"],
      [2, "target"],
      [3, "actual"],
      [4, "goalTitle"],
    ]);
    expect(block?.corrected).toEqual([4, 3]);
  });
});
