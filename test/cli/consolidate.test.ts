/**
 * `tassei consolidate <files or folders…> -o city.xlsx [--json]` on real files: department workbooks
 * written as `tassei new` writes them, with actuals typed in, and the hostile files a batch meets. Every
 * source must be byte-identical after the run; texts from the sources must never become formulas.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { SUMMARY_SHEET_NAME } from "../../src/core/consolidate";
import type { ConsolidationResult } from "../../src/core/consolidate";
import { emptySheetPlan } from "../../src/core/workbook/plan";
import type { SheetSnapshot } from "../../src/core/workbook/snapshot";
import { applyPlanToXlsx, loadXlsx, newXlsxWorkbook, readSnapshotFromXlsx, saveXlsx } from "../../src/xlsx";
import { departmentSheetPlan, departmentWorkbookBytes, hostileDepartmentFiles } from "../support/department-files";
import { HOSTILE_TEXTS } from "../support/hostile";
import { handPackage } from "../xlsx/package-builder";
import { run } from "./streams";

jest.setTimeout(120_000);

let root: string;
beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "tassei-consolidate-"));
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** Shift_JIS bytes of a text, as Excel writes its CSV on Japanese Windows (Node decodes it but cannot encode it). */
function shiftJisBytes(text: string): number[] {
  const table = new Map<string, number[]>();
  // Every double-byte code Shift_JIS has, decoded once, gives the encoding of each character used here.
  const decoder = new TextDecoder("shift_jis");
  for (let lead = 0x81; lead <= 0xfc; lead++) {
    if (lead > 0x9f && lead < 0xe0) continue;
    for (let trail = 0x40; trail <= 0xfc; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && !table.has(char)) table.set(char, [lead, trail]);
    }
  }
  return [...text].flatMap((char) => (char.charCodeAt(0) < 0x80 ? [char.charCodeAt(0)] : (table.get(char) ?? [0x3f])));
}

/** A fresh folder under the test's root. */
function folder(name: string): string {
  const dir = path.join(root, name);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

async function writeDepartments(dir: string, names: readonly string[], indicators = 10): Promise<string[]> {
  const files: string[] = [];
  for (const name of names) {
    const file = path.join(dir, `${name}.xlsx`);
    fs.writeFileSync(file, await departmentWorkbookBytes(name, { indicators }));
    files.push(file);
  }
  return files;
}

/** A digest of every file under `dir` (recursively), to prove nothing was written. */
function digests(dir: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    result[path.relative(dir, file)] = createHash("sha256").update(fs.readFileSync(file)).digest("hex");
  }
  return result;
}

type JsonOut = ConsolidationResult & { output: string; mode: "new" | "existing" };
const parse = (stdout: string) => JSON.parse(stdout) as JsonOut;

async function summaryOf(file: string): Promise<{ sheet: SheetSnapshot; sheetNames: readonly string[] }> {
  const read = await readSnapshotFromXlsx(fs.readFileSync(file), { sheets: "all" });
  if (!read.ok) throw new Error(read.failure.reason);
  const sheet = read.snapshot.sheets.find((s) => s.name === SUMMARY_SHEET_NAME);
  if (!sheet) throw new Error("no summary sheet");
  return { sheet, sheetNames: read.snapshot.sheetNames };
}

function consolidate(args: string[]) {
  return run(["consolidate", ...args]);
}

describe("tassei consolidate: a folder of department workbooks", () => {
  let dir: string;
  let before: Record<string, string>;
  let out: string;
  let result: JsonOut;
  let stderr: string;
  let code: number;

  beforeAll(async () => {
    dir = folder("departments");
    await writeDepartments(dir, ["総務部", "市民部", "企画部"]);
    // Excel's lock file of an open workbook, last year's files in a subfolder, and a note: none is a source.
    fs.writeFileSync(path.join(dir, "~$総務部.xlsx"), "owner lock");
    await writeDepartments(folder("departments/令和6年度"), ["総務部"]);
    fs.writeFileSync(path.join(dir, "readme.txt"), "部の提出ファイル");
    before = digests(dir);
    out = path.join(root, "city.xlsx");
    const r = await consolidate([dir, "-o", out, "--json"]);
    ({ code, stderr } = r);
    result = parse(r.stdout);
  });

  it("takes the .xlsx files directly in the folder, sorted by name, and exits 0", () => {
    expect(code).toBe(0);
    expect(result.sources.map((s) => path.basename(s.file ?? ""))).toEqual([
      "企画部.xlsx",
      "市民部.xlsx",
      "総務部.xlsx",
    ]);
    expect(result.sources.every((s) => s.status === "ok")).toBe(true);
    expect(result.departments.map((d) => d.department)).toEqual(["企画部", "市民部", "総務部"]);
    expect(result.output).toBe(out);
    expect(result.mode).toBe("new");
  });

  it("prints one progress line per file on stderr, and only the JSON on stdout", () => {
    const lines = stderr.trim().split("\n");
    expect(lines).toEqual([
      `[1/3] ${path.join(dir, "企画部.xlsx")}: 読み込みました / read`,
      `[2/3] ${path.join(dir, "市民部.xlsx")}: 読み込みました / read`,
      `[3/3] ${path.join(dir, "総務部.xlsx")}: 読み込みました / read`,
    ]);
  });

  it("prints the result with messages in both languages", () => {
    expect(result.summarySheet).toBe(SUMMARY_SHEET_NAME);
    const department = result.departments.find((d) => d.department === "総務部");
    expect(department).toMatchObject({ fiscalYear: 2025, indicators: 10, scaleId: "default" });
    const exception = result.exceptions.find((e) => e.department === "総務部");
    expect(exception?.message.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(exception?.message.en).toMatch(/[a-z]{3}/);
    expect(exception?.message.en).not.toMatch(/[\u3040-\u30ff]/);
  });

  it("writes the summary sheet to a new workbook", async () => {
    const { sheet, sheetNames } = await summaryOf(out);
    expect(sheetNames).toEqual([SUMMARY_SHEET_NAME]);
    const texts = sheet.values.flat().filter((v): v is string => typeof v === "string");
    for (const name of ["総務部", "市民部", "企画部"]) expect(texts).toContain(name);
    const zip = await JSZip.loadAsync(fs.readFileSync(out));
    expect(zip.file(/^xl\/charts\/chart\d+\.xml$/)).toHaveLength(1);
  });

  it("never changes a source, nor anything else in the folder", () => {
    expect(digests(dir)).toEqual(before);
  });
});

describe("tassei consolidate: hostile department files", () => {
  let dir: string;
  let before: Record<string, string>;
  let hostile: string[];
  let result: JsonOut;
  let code: number;
  let stderr: string;

  beforeAll(async () => {
    dir = folder("hostile");
    const good = await writeDepartments(dir, ["総務部", "市民部"]);
    const files = await hostileDepartmentFiles(fs.readFileSync(good[0]!));
    hostile = Object.keys(files).map((name) => path.join(dir, name));
    for (const [name, bytes] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), bytes);
    // A file named on the command line is a source whatever its extension.
    const note = path.join(root, "hostile-note.csv");
    fs.writeFileSync(note, "部,達成度\n総務部,A\n");
    hostile.push(note);
    before = { ...digests(dir), note: createHash("sha256").update(fs.readFileSync(note)).digest("hex") };
    const r = await consolidate([dir, note, "-o", path.join(root, "hostile-city.xlsx"), "--json"]);
    ({ code, stderr } = r);
    result = parse(r.stdout);
  });

  it("consolidates the readable departments and exits 1", () => {
    expect(code).toBe(1);
    expect(result.departments.map((d) => d.department).sort()).toEqual(["市民部", "総務部"]);
    expect(result.sources).toHaveLength(hostile.length + 2);
  });

  it("gives each hostile file exactly one exception row, naming the file", () => {
    for (const file of hostile) {
      const rows = result.exceptions.filter((e) => e.source === file);
      expect({ file, rows: rows.map((e) => e.kind) }).toEqual({ file, rows: ["unreadable_source"] });
      expect(rows[0]?.message.ja.length).toBeGreaterThan(0);
      expect(rows[0]?.message.en.length).toBeGreaterThan(0);
      expect(result.sources.find((s) => s.file === file)?.status).toBe("failed");
    }
    const reasons = Object.fromEntries(
      result.exceptions
        .filter((e) => e.kind === "unreadable_source")
        .map((e) => [path.basename(e.source), e.message.en]),
    );
    expect(reasons["password.xlsx"]).toContain("password");
    expect(reasons["truncated.xlsx"]).toContain("damaged or incomplete");
    expect(reasons["csv-named-xlsx.xlsx"]).toContain("not an Excel workbook");
    expect(reasons["100000-rows.xlsx"]).toContain("住民データ");
  });

  it("reports an unreadable file on its progress line", () => {
    expect(stderr).toContain(`${path.join(dir, "password.xlsx")}: 読めません（パスワード`);
    expect(stderr.trim().split("\n")).toHaveLength(hostile.length + 2);
  });

  it("never changes a source", () => {
    const note = hostile[hostile.length - 1]!;
    expect({ ...digests(dir), note: createHash("sha256").update(fs.readFileSync(note)).digest("hex") }).toEqual(before);
  });

  it("without --json prints a summary in Japanese and English", async () => {
    const r = await consolidate([dir, "-o", path.join(root, "hostile-city-text.xlsx")]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/「全庁サマリー」を書き出しました: 部 2、集計元 7（うち集計できなかったもの 5）/);
    expect(r.stdout).toMatch(/Wrote “全庁サマリー” to .*: 2 departments, 7 sources \(5 not consolidated\)/);
    expect(r.stdout).toContain("総務部（令和7年度）: 全体の達成度");
    expect(r.stdout).toContain("総務部 (Reiwa 7): overall grade");
    expect(r.stdout).toMatch(/全庁: [A-E]（[0-9.]+%）、2 部局の達成率の平均/);
    expect(r.stdout).toMatch(/City-wide: [A-E] \([0-9.]+%\), the mean of 2 departments' rates/);
    expect(r.stdout).toContain(`${path.join(dir, "password.xlsx")}: 読み込めないため`);
    expect(r.stdout).toContain("Unreadable source: 5");
  });
});

describe("tassei consolidate: texts from sources never become formulas", () => {
  const NAMES = ["=総務部", "+企画部", "-市民部", "@環境部", "＝福祉部", "税務\t部", "子ども\n未来部"];
  let out: string;
  let sheet: SheetSnapshot;

  beforeAll(async () => {
    const dir = folder("injection");
    for (const [i, name] of NAMES.entries()) {
      const texts = [...HOSTILE_TEXTS.slice(i), ...HOSTILE_TEXTS.slice(0, i)];
      fs.writeFileSync(path.join(dir, `dept${i}.xlsx`), await departmentWorkbookBytes(name, { indicators: 6, texts }));
    }
    out = path.join(root, "injection-city.xlsx");
    const r = await consolidate([dir, "-o", out, "--json"]);
    expect(r.stderr).not.toContain("読めません");
    const result = parse(r.stdout);
    expect(result.departments.map((d) => d.department).sort()).toEqual([...NAMES].sort());
    ({ sheet } = await summaryOf(out));
  });

  /** Every cell of the summary whose value is `text`, as [row, column]. */
  function cellsHolding(text: string): [number, number][] {
    const found: [number, number][] = [];
    sheet.values.forEach((row, r) => row.forEach((v, c) => v === text && found.push([r, c])));
    return found;
  }

  it.each(NAMES)("the department name %j is a text cell, not a formula", (name) => {
    const cells = cellsHolding(name);
    expect(cells.length).toBeGreaterThan(0);
    for (const [r, c] of cells) expect(sheet.formulas[r]?.[c]).toBeNull();
  });

  it("goal titles and owning sections that look like formulas stay texts", () => {
    const seen = HOSTILE_TEXTS.filter((text) => cellsHolding(text).length > 0);
    for (const text of ["=SUM(A1:A3)", "+81-3-1234-5678", "@user", "＝１＋１", "tab\there", "line1\nline2\r\nline3"]) {
      expect(seen).toContain(text);
    }
    for (const text of seen) for (const [r, c] of cellsHolding(text)) expect(sheet.formulas[r]?.[c]).toBeNull();
  });

  it("no formula of the summary carries a source's text", () => {
    const formulas = sheet.formulas.flat().filter((f): f is string => f !== null);
    for (const formula of formulas) {
      for (const text of [...NAMES, "SUM(A1:A3)", "HYPERLINK", "81-3-1234"]) expect(formula).not.toContain(text);
    }
  });

  it("exceljs reads those cells as strings too", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(fs.readFileSync(out) as unknown as ExcelJS.Buffer);
    const worksheet = workbook.getWorksheet(SUMMARY_SHEET_NAME)!;
    let checked = 0;
    worksheet.eachRow((row) =>
      row.eachCell((cell) => {
        const value = cell.value;
        if (typeof value === "string" && /^[=+\-@＝]/.test(value)) {
          expect(cell.type).toBe(ExcelJS.ValueType.String);
          expect(cell.formula).toBeUndefined();
          checked++;
        }
      }),
    );
    expect(checked).toBeGreaterThanOrEqual(NAMES.length);
  });
});

describe("tassei consolidate: the output file", () => {
  let dir: string;
  let out: string;

  beforeAll(async () => {
    dir = folder("output");
    await writeDepartments(dir, ["総務部", "企画部"], 5);
    out = path.join(dir, "city.xlsx");
    const first = await consolidate([dir, "-o", out]);
    expect(first.code).toBe(0);
  });

  it("written into the sources' folder, is not a source the next time", async () => {
    const r = await consolidate([dir, "-o", out, "--json"]);
    expect(r.code).toBe(0);
    expect(parse(r.stdout).sources.map((s) => path.basename(s.file ?? ""))).toEqual(["企画部.xlsx", "総務部.xlsx"]);
  });

  it("holding Tassei's summary, is regenerated in place; the rest of the file stays", async () => {
    // The user adds a sheet of their own beside the summary, and a department sheet (as in the pane).
    const bytes = fs.readFileSync(out);
    const loaded = await loadXlsx(bytes);
    const snapshot = await readSnapshotFromXlsx(bytes, { sheets: "all" });
    if (!loaded.ok || !snapshot.ok) throw new Error("city.xlsx unreadable");
    applyPlanToXlsx(loaded.workbook, {
      sheets: [
        {
          ...emptySheetPlan("独自集計", "create"),
          blocks: [{ anchor: { row: 0, column: 0 }, rows: [["メモ", 42, { formula: "=B1*2" }]] }],
        },
        departmentSheetPlan("議会事務局", { indicators: 3 }, snapshot.snapshot),
      ],
    });
    fs.writeFileSync(out, await saveXlsx(loaded.workbook));
    await writeDepartments(dir, ["市民部"], 5);

    const r = await run(["consolidate", dir, "-o", out, "--json"]);
    expect(r.code).toBe(0);
    const result = parse(r.stdout);
    expect(result.mode).toBe("existing");
    expect(result.departments.map((d) => d.department)).toEqual(["議会事務局", "企画部", "市民部", "総務部"]);
    expect(result.sources[0]).toMatchObject({ file: null, sheet: "議会事務局", status: "ok" });
    const read = await readSnapshotFromXlsx(fs.readFileSync(out), { sheets: "all" });
    if (!read.ok) throw new Error(read.failure.reason);
    expect(read.snapshot.sheetNames).toEqual([SUMMARY_SHEET_NAME, "独自集計", "議会事務局"]);
    const own = read.snapshot.sheets.find((s) => s.name === "独自集計")!;
    expect(own.values[0]?.slice(0, 2)).toEqual(["メモ", 42]);
    expect(own.formulas[0]?.[2]).toBe("=B1*2");
    const summary = read.snapshot.sheets.find((s) => s.name === SUMMARY_SHEET_NAME)!;
    expect(summary.values.flat()).toContain("市民部");
    // The chart is drawn once, not once per run.
    const zip = await JSZip.loadAsync(fs.readFileSync(out));
    expect(zip.file(/^xl\/charts\/chart\d+\.xml$/)).toHaveLength(1);
    expect(fs.readdirSync(dir).filter((f) => f.includes("tassei-tmp"))).toEqual([]);
    expect((await run(["consolidate", dir, "-o", out])).stdout).toContain("を作り直しました");
  });

  // Regression: regenerating loaded the file into exceljs, which drops every chart, so a file with a chart of
  // the user's was refused. The summary is now rewritten in place and everything else kept.
  it("regenerates a file holding a chart of the user's and keeps that chart byte for byte", async () => {
    const file = path.join(root, "charts-elsewhere.xlsx");
    fs.copyFileSync(out, file);
    const loaded = await loadXlsx(fs.readFileSync(file));
    if (!loaded.ok) throw new Error(loaded.failure.reason);
    applyPlanToXlsx(loaded.workbook, {
      sheets: [
        {
          ...emptySheetPlan("グラフ", "create"),
          blocks: [
            {
              anchor: { row: 0, column: 0 },
              rows: [
                ["部", "件数"],
                ["総務部", 3],
              ],
            },
          ],
          charts: [
            {
              name: "独自グラフ",
              kind: "columnClustered",
              source: { row: 0, column: 0, rowCount: 2, columnCount: 2 },
              title: "独自",
              placement: { row: 3, column: 0, rowCount: 10, columnCount: 5 },
            },
          ],
        },
      ],
    });
    fs.writeFileSync(file, await saveXlsx(loaded.workbook));
    const before = await JSZip.loadAsync(fs.readFileSync(file));
    const chartOf = async (zip: JSZip, title: string) => {
      for (const name of Object.keys(zip.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))) {
        const xml = await zip.file(name)!.async("string");
        if (xml.includes(title)) return xml;
      }
      return null;
    };
    const theirs = await chartOf(before, "独自");
    expect(theirs).not.toBeNull();
    const r = await consolidate([dir, "-o", file]);
    expect(r.code).toBeLessThanOrEqual(1);
    const after = await JSZip.loadAsync(fs.readFileSync(file));
    // The user's chart is as it was; the summary's own chart is drawn once, not twice.
    expect(await chartOf(after, "独自")).toBe(theirs);
    expect(after.file(/^xl\/charts\/chart\d+\.xml$/)).toHaveLength(2);
    const read = await readSnapshotFromXlsx(fs.readFileSync(file), { sheets: "all" });
    if (!read.ok) throw new Error(read.failure.reason);
    expect(read.snapshot.sheetNames).toContain("グラフ");
  });

  it("is never an existing file without a Tassei summary, nor one of the sources", async () => {
    const existing = path.join(root, "someone-elses.xlsx");
    fs.writeFileSync(existing, await departmentWorkbookBytes("監査委員事務局", { indicators: 2 }));
    const kept = fs.readFileSync(existing);
    const r = await consolidate([dir, "-o", existing]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("上書きしません");
    expect(r.stderr).toContain("never overwrites");
    expect(fs.readFileSync(existing).equals(kept)).toBe(true);

    const source = path.join(dir, "総務部.xlsx");
    const original = fs.readFileSync(source);
    const same = await consolidate([source, path.join(dir, "企画部.xlsx"), "-o", path.join(dir, ".", "総務部.xlsx")]);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain("is one of the sources");
    expect(fs.readFileSync(source).equals(original)).toBe(true);
  });

  it("with a sheet named 全庁サマリー that Tassei did not make, is left alone", async () => {
    const file = path.join(root, "hand-made-summary.xlsx");
    const workbook = newXlsxWorkbook();
    applyPlanToXlsx(workbook, {
      sheets: [
        {
          ...emptySheetPlan(SUMMARY_SHEET_NAME, "create"),
          blocks: [{ anchor: { row: 0, column: 0 }, rows: [["手作り"]] }],
        },
      ],
    });
    fs.writeFileSync(file, await saveXlsx(workbook));
    const kept = fs.readFileSync(file);
    const r = await consolidate([dir, "-o", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("did not create");
    expect(fs.readFileSync(file).equals(kept)).toBe(true);
  });

  it("that cannot be read, is not rewritten", async () => {
    const file = path.join(root, "broken-output.xlsx");
    fs.writeFileSync(file, "not a workbook");
    const r = await consolidate([dir, "-o", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("exists but cannot be read");
    expect(fs.readFileSync(file, "utf8")).toBe("not a workbook");
  });

  // Regression: a summary sheet that opens but cannot be read in full was reported as a failed write.
  it("whose summary sheet cannot be read in full, says so and is not rewritten", async () => {
    const file = path.join(root, "too-wide-summary.xlsx");
    const far = '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>';
    const body = `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>全庁サマリー</t></is></c></row>${far}</sheetData>`;
    fs.writeFileSync(file, await handPackage({ sheets: [{ name: SUMMARY_SHEET_NAME, body }] }));
    const kept = fs.readFileSync(file);
    const r = await consolidate([dir, "-o", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("exists but cannot be read");
    expect(r.stderr).not.toContain("Cannot write");
    expect(fs.readFileSync(file).equals(kept)).toBe(true);
  });
});

describe("tassei consolidate: wrong command lines exit 2", () => {
  it.each([
    [["consolidate", "-o", "city.xlsx"], "takes one or more department files or folders"],
    [["consolidate", "."], "Give the file to write with -o"],
    [["consolidate", ".", "-o", "city.xlsx", "--bogus"], "bogus"],
    [["consolidate", ".", "-o", "city.xlsx", "--lower-is-better", "median"], "--lower-is-better"],
  ])("%j", async (argv, text) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(text);
    // One short line in each language and where the usage is, not the whole help.
    expect(r.stderr).toContain("Usage: tassei --help");
    expect(r.stderr.trim().split("\n").length).toBeLessThanOrEqual(3);
    expect(r.stdout).toBe("");
  });

  it("a path that does not exist is one exception row; a folder without workbooks is a usage error", async () => {
    const good = folder("one-good");
    await writeDepartments(good, ["総務部"]);
    const out = path.join(root, "missing-city.xlsx");
    const missing = await consolidate([path.join(root, "missing.xlsx"), good, "-o", out, "--json"]);
    expect(missing.code).toBe(1);
    const json = parse(missing.stdout);
    expect(json.departments.map((d) => d.department)).toEqual(["総務部"]);
    expect(json.exceptions.filter((e) => e.kind === "unreadable_source").map((e) => path.basename(e.source))).toEqual([
      "missing.xlsx",
    ]);
    expect(missing.stderr).toContain("does not exist");
    expect(fs.existsSync(out)).toBe(true);
    const empty = folder("empty");
    fs.writeFileSync(path.join(empty, "~$lock.xlsx"), "lock");
    const none = await consolidate([empty, "-o", path.join(root, "x.xlsx")]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("There is no .xlsx file");
    expect(fs.existsSync(path.join(root, "x.xlsx"))).toBe(false);
  });

  it("a folder that cannot be listed", async () => {
    const locked = folder("locked");
    const readdir = jest.spyOn(fs, "readdirSync").mockImplementationOnce(() => {
      throw Object.assign(new Error("EACCES: permission denied, scandir"), { code: "EACCES" });
    });
    try {
      const r = await consolidate([locked, "-o", path.join(root, "x.xlsx")]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`Cannot read the folder ${locked}: EACCES`);
      expect(r.stderr).toContain("を読めません");
    } finally {
      readdir.mockRestore();
    }
  });

  it("--help lists the command", async () => {
    const r = await run(["--help"]);
    expect(r.stdout).toContain("tassei consolidate <ファイルまたはフォルダ…> -o <出力.xlsx>");
    expect(r.stdout).toContain("tassei consolidate <files or folders…> -o <out.xlsx>");
    expect(r.stdout.indexOf("tassei consolidate <files")).toBeLessThan(r.stdout.indexOf("tassei --help   Show"));
  });
});

describe("tassei consolidate: one fiscal year", () => {
  it("refuses a --year no source has, changing nothing; says which years there are", async () => {
    const dir = folder("year-only-2025");
    await writeDepartments(dir, ["総務部"]);
    const out = path.join(root, "year-city.xlsx");
    const r = await consolidate([dir, "-o", out, "--year", "R8"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("令和8年度");
    expect(r.stderr).toContain("令和7年度");
    expect(fs.existsSync(out)).toBe(false);
  });

  it("compares with last year's files, never adding them in, and says so in both languages", async () => {
    const dir = folder("two-years");
    await writeDepartments(dir, ["総務部"]);
    fs.writeFileSync(path.join(dir, "総務部-R6.xlsx"), await departmentWorkbookBytes("総務部", { fiscalYear: 2024 }));
    const out = path.join(root, "two-years-city.xlsx");
    const r = await consolidate([dir, "-o", out]);
    expect([0, 1]).toContain(r.code);
    expect(r.stdout).toContain("前年度として比較（集計に含めない）:");
    expect(r.stdout).toContain("（令和6年度）");
    expect(r.stdout).toContain("Compared as the year before (not included):");
    expect(r.stdout).toMatch(/前年度（令和6年度）の全庁: [A-E]/);
    // One department this year: the same files, the same figures, so no change in its rate.
    const json = await consolidate([dir, "-o", path.join(root, "two-years-city-2.xlsx"), "--json"]);
    const result = JSON.parse(json.stdout) as ConsolidationResult;
    expect(result.departments).toHaveLength(1);
    expect(result.departments[0]?.previous).toEqual({
      fiscalYear: 2024,
      rate: result.departments[0]?.rate,
      grade: result.departments[0]?.grade,
    });
    expect(result.sources.map((s) => s.status).sort()).toEqual(["ok", "previous"]);
  });

  it("lists the departments on --roster that sent nothing, in a Shift_JIS CSV as Excel saves one; exit 1", async () => {
    const dir = folder("roster");
    await writeDepartments(dir, ["総務部", "市民部"]);
    const roster = path.join(root, "部局一覧.csv");
    // Excel's 「CSV (コンマ区切り)」 on Japanese Windows: Shift_JIS, a header, more columns than the name.
    const csv = "部局名,担当課\r\n総務部,総務課\r\n市民部,市民課\r\n環境部,環境政策課\r\n";
    fs.writeFileSync(roster, new Uint8Array(shiftJisBytes(csv)));
    const r = await consolidate([dir, "-o", path.join(root, "roster-city.xlsx"), "--roster", roster]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("未提出 1 部（部局一覧 3 部のうち）: 環境部");
    expect(r.stdout).toContain("Not submitted: 1 of 3 departments on the roster: 環境部");
  });

  it("refuses a --roster it cannot read before reading any source", async () => {
    const dir = folder("roster-missing");
    await writeDepartments(dir, ["総務部"]);
    const out = path.join(root, "roster-missing-city.xlsx");
    const r = await consolidate([dir, "-o", out, "--roster", path.join(root, "no-such-roster.txt")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("no-such-roster.txt");
    expect(fs.existsSync(out)).toBe(false);
    const empty = path.join(root, "empty-roster.txt");
    fs.writeFileSync(empty, "部局\n\n");
    const e = await consolidate([dir, "-o", out, "--roster", empty]);
    expect(e.code).toBe(2);
    expect(e.stderr).toContain("部局がありません");
    expect(e.stderr).toContain("names no department");
  });

  it("refuses --roster for grade, which makes no summary", async () => {
    const r = await run(["grade", "in.xlsx", "--roster", "roster.txt"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Unknown option: --roster");
  });

  it("refuses --year for grade, which takes each sheet's own year", async () => {
    const r = await run(["grade", "in.xlsx", "--year", "R7"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Unknown option: --year");
  });

  it("a mistyped folder alone is a wrong command line: nothing is written", async () => {
    const out = path.join(root, "typo-city.xlsx");
    const r = await consolidate([path.join(root, "no-such-folder"), "-o", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("does not exist");
    expect(fs.existsSync(out)).toBe(false);
  });
});
