import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { readDepartmentSheet } from "../../src/core/sheet/read-department";
import { readSnapshotFromXlsx } from "../../src/xlsx";
import { run } from "./streams";

jest.setTimeout(30_000);

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "tassei-new-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function readBack(file: string) {
  const result = await readSnapshotFromXlsx(fs.readFileSync(file), { sheets: "all" });
  if (!result.ok) throw new Error(result.failure.message.en);
  return result.snapshot;
}

describe("tassei new", () => {
  it.each(["2025", "R7", "令和7"])("writes a department sheet for the year written %s", async (year) => {
    const file = path.join(dir, "dept.xlsx");
    const r = await run([
      "new",
      file,
      "--department",
      "政策推進部",
      "--year",
      year,
      "--head",
      "小林 一裕",
      "--goals",
      "4",
    ]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("政策推進部");
    const snapshot = await readBack(file);
    expect(snapshot.sheetNames).toEqual(["政策推進部"]);
    const read = readDepartmentSheet(snapshot.sheets[0]!);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.department).toMatchObject({ name: "政策推進部", head: "小林 一裕", fiscalYear: 2025 });
  });

  it("takes the layouts and the scale asked for", async () => {
    const file = path.join(dir, "kpi-only.xlsx");
    const r = await run([
      "new",
      file,
      "--department",
      "市長公室",
      "--year",
      "2025",
      "--layout",
      "kpi",
      "--scale",
      "points-7",
    ]);
    expect(r.code).toBe(0);
    const sheet = (await readBack(file)).sheets[0]!;
    expect(sheet.tables.map((t) => t.name)).toEqual(["Tassei_KPI_1"]);
  });

  it("never overwrites an existing file: exit 2, as grade -o and rollover", async () => {
    const file = path.join(dir, "exists.xlsx");
    fs.writeFileSync(file, "keep me");
    const r = await run(["new", file, "--department", "総務部", "--year", "2025"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("上書きしません");
    expect(fs.readFileSync(file, "utf8")).toBe("keep me");
  });

  it.each([
    [["new"], "new takes exactly one .xlsx file"],
    [["new", "x.xlsx", "--department", "総務部", "--year", "来年"], "Cannot read the fiscal year"],
    [["new", "x.xlsx", "--department", "", "--year", "2025"], "Enter the department's name."],
    [["new", "x.xlsx", "--department", "総務部", "--year", "2025", "--layout", "charts"], "--layout takes"],
    [["new", "x.xlsx", "--department", "総務部", "--year", "2025", "--bogus"], "bogus"],
  ])("refuses a wrong command line with exit 2 (%j)", async (argv, text) => {
    const r = await run(argv.map((a) => (a === "x.xlsx" ? path.join(dir, a) : a)));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(text);
    expect(fs.existsSync(path.join(dir, "x.xlsx"))).toBe(false);
  });
});

describe("tassei new --interim (the mid-year check's rule, #18)", () => {
  it("records a fixed share of the target with the sheet and prints it beside the scale", async () => {
    const file = path.join(dir, "osaka.xlsx");
    const r = await run(["new", file, "--department", "総務部", "--year", "R7", "--interim", "66.7%"]);
    expect(r.code).toBe(0);
    const sheet = (await readBack(file)).sheets[0]!;
    expect(sheet.properties["tassei.interim"]).toBe('{"basis":"share","percent":"66.7"}');
    expect(sheet.values.flat()).toContain(
      "【中間評価について】中間実績を、目標値の66.7%と比べ、達成度と同じ区分で評価します。",
    );
  });

  it("takes 多摩市's share per year of a plan: 20%/年:R6 is kept on the sheet and printed in words", async () => {
    const file = path.join(dir, "tama.xlsx");
    const r = await run(["new", file, "--department", "環境部", "--year", "R8", "--interim", "20%/年:R6"]);
    expect(r.code).toBe(0);
    const sheet = (await readBack(file)).sheets[0]!;
    expect(sheet.properties["tassei.interim"]).toBe('{"basis":"planYear","percent":"20","firstYear":2024}');
    expect(sheet.values.flat()).toContain(
      "【中間評価について】中間実績を、目標値の20%に計画の年数（令和6年度を1年目とする）を掛けた割合と比べ、達成度と同じ区分で評価します。",
    );
  });

  it("refuses a share it cannot use, with exit 2 and both languages", async () => {
    const r = await run(["new", path.join(dir, "x.xlsx"), "--department", "総務部", "--year", "R7", "--interim", "0"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("中間評価の割合「0」");
    expect(r.stderr).toContain("mid-year share “0”");
    expect(fs.existsSync(path.join(dir, "x.xlsx"))).toBe(false);
  });
});
