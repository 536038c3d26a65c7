/** 全庁の達成率 on the summary, with the note saying what it averages — or that there is nothing to average. */
import { cityRateRow } from "../../../src/core/consolidate/sections";
import { EMPTY_CITY } from "../../support/city";

describe("the city's rate row", () => {
  it("says how many departments' rates it averages", () => {
    const row = cityRateRow({ ...EMPTY_CITY, rate: 0.744, grade: "B", departmentsCounted: 4 });
    expect(row).toEqual([
      "全庁の達成率",
      0.744,
      "全体の達成度",
      "B",
      "4部局の達成率（各100%まで）の平均を、部局と同じ尺度で判定",
    ]);
  });

  it("says there is no city-wide rate when no department has one, never '0部局の…の平均'", () => {
    expect(cityRateRow(EMPTY_CITY)).toEqual([
      "全庁の達成率",
      "",
      "全体の達成度",
      "",
      "達成率のある部局がまだないため、全庁の達成率はありません",
    ]);
  });
});
