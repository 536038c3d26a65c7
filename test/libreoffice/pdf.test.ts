/**
 * The publication PDF (#19): `tassei consolidate … --pdf` and `tassei grade … --pdf` print the workbook
 * through headless LibreOffice. The PDF's text is read back with poppler's pdftotext — Japanese stays text,
 * so a published PDF can be searched, and every page shows its header and page X / Y — and pdffonts says
 * every font is embedded. Without LibreOffice the
 * command says what to install and keeps the workbook it wrote.
 * Needs LibreOffice and poppler-utils; with TASSEI_SKIP_LIBREOFFICE=1 the checks are skipped with a console line.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { run } from "../cli/streams";
import { departmentWorkbookBytes } from "../support/department-files";
import { LIBREOFFICE_INSTALL_HINT, libreOfficeAvailable } from "../support/libreoffice";

jest.setTimeout(300_000);

const skip = process.env.TASSEI_SKIP_LIBREOFFICE === "1";
const NOW = new Date("2026-03-31T09:00:00Z");
let dir: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "tassei-pdf-"));
  for (const name of ["総務部", "市民部"]) {
    fs.writeFileSync(path.join(dir, `${name}.xlsx`), await departmentWorkbookBytes(name, { graded: { now: NOW } }));
  }
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function poppler(tool: "pdftotext" | "pdffonts", args: string[]): string {
  const done = spawnSync(tool, args, { encoding: "utf8" });
  if (done.error) throw new Error(`${tool} is missing: apt-get install -y poppler-utils`);
  return done.stdout;
}

/** pdftotext's pages (form feeds between them), each its non-blank lines with runs of spaces made one. */
function pageLines(text: string): string[][] {
  return text
    .split("\f")
    .map((page) =>
      page
        .split("\n")
        .map((line) => line.replace(/[\s\u3000]+/gu, " ").trim())
        .filter((line) => line !== ""),
    )
    .filter((lines) => lines.length > 0);
}

function ready(): boolean {
  if (skip) {
    console.log("SKIPPED test/libreoffice/pdf: TASSEI_SKIP_LIBREOFFICE=1");
    return false;
  }
  if (!libreOfficeAvailable()) throw new Error(`LibreOffice is missing: ${LIBREOFFICE_INSTALL_HINT}`);
  return true;
}

it("consolidate --pdf prints the summary with its Japanese as text, its header and page X / Y on every page, every font embedded", async () => {
  if (!ready()) return;
  const city = path.join(dir, "city.xlsx");
  const pdf = path.join(dir, "全庁サマリー.pdf");
  const r = await run([
    "consolidate",
    path.join(dir, "総務部.xlsx"),
    path.join(dir, "市民部.xlsx"),
    "-o",
    city,
    "--pdf",
    pdf,
  ]);
  expect(r.stderr).toContain(`PDF を書き出しました: ${pdf}`);
  expect(fs.existsSync(city)).toBe(true);
  expect(fs.readFileSync(pdf).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const text = poppler("pdftotext", ["-layout", pdf, "-"]);
  for (const words of ["全庁サマリー", "全庁の達成率", "部局別", "総務部", "市民部", "要確認事項"]) {
    expect(text).toContain(words);
  }
  // Every page: the title centred at its top (the header), then the repeated title rows, and "page X / Y" at
  // its foot; 重点目標一覧 and 要確認事項 each begin a page, right under the repeated rows.
  const pages = pageLines(text);
  expect(pages.length).toBeGreaterThanOrEqual(3);
  pages.forEach((lines, i) => {
    expect(lines[0]).toBe("全庁サマリー 令和7年度 (2025年度)");
    expect(lines[1]).toBe("全庁サマリー 令和7年度 (2025年度)");
    expect(lines[2]).toMatch(/^作成日時 /u);
    expect(lines.at(-1)).toMatch(new RegExp(`^${i + 1} ?/ ?${pages.length}$`, "u"));
  });
  const opening = pages.map((lines) => lines[3]);
  expect(opening).toContain("重点目標一覧");
  expect(opening).toContain("要確認事項");
  expect(opening.indexOf("重点目標一覧")).toBeLessThan(opening.indexOf("要確認事項"));
  // pdffonts: a header, a rule, then one line per font whose "emb" column says yes.
  const fonts = poppler("pdffonts", [pdf]).trim().split("\n").slice(2);
  expect(fonts.length).toBeGreaterThan(0);
  for (const font of fonts) expect(font.split(/\s+/u).slice(-5, -4)).toEqual(["yes"]);
});

it("grade --pdf without -o prints the graded sheets and writes no workbook", async () => {
  if (!ready()) return;
  const pdf = path.join(dir, "総務部.pdf");
  const before = fs.readdirSync(dir).sort();
  const r = await run(["grade", path.join(dir, "総務部.xlsx"), "--pdf", pdf]);
  expect(r.code).toBeLessThan(2);
  expect(fs.readdirSync(dir).sort()).toEqual([...before, "総務部.pdf"].sort());
  const text = poppler("pdftotext", ["-layout", pdf, "-"]);
  expect(text).toContain("総務部");
  expect(text).toContain("重点目標");
  // The department sheet's first page: its title as the header, page 1 of however many at its foot.
  const first = pageLines(text)[0]!;
  expect(first[0]).toBe("総務部 令和7年度 (2025年度) 運営方針");
  expect(first.at(-1)).toMatch(/^1 ?\/ ?\d+$/u);
});

it("without LibreOffice says what to install, keeps the workbook it wrote and writes no PDF", async () => {
  const empty = fs.mkdtempSync(path.join(os.tmpdir(), "tassei-no-path-"));
  const saved = { path: process.env.PATH, soffice: process.env.TASSEI_SOFFICE };
  process.env.PATH = empty;
  delete process.env.TASSEI_SOFFICE;
  try {
    const city = path.join(dir, "city-no-lo.xlsx");
    const pdf = path.join(dir, "city-no-lo.pdf");
    const r = await run(["consolidate", path.join(dir, "総務部.xlsx"), "-o", city, "--pdf", pdf]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("PDF を作るには LibreOffice が必要です");
    expect(r.stderr).toContain("Making a PDF needs LibreOffice");
    expect(r.stderr).toContain(`${city} は書き出しました。`);
    expect(fs.existsSync(city)).toBe(true);
    expect(fs.existsSync(pdf)).toBe(false);
  } finally {
    process.env.PATH = saved.path;
    if (saved.soffice !== undefined) process.env.TASSEI_SOFFICE = saved.soffice;
    fs.rmSync(empty, { recursive: true, force: true });
  }
});

it("refuses a PDF name that does not end in .pdf before doing anything", async () => {
  const r = await run([
    "consolidate",
    path.join(dir, "総務部.xlsx"),
    "-o",
    path.join(dir, "x.xlsx"),
    "--pdf",
    "out.txt",
  ]);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("PDF のファイル名は .pdf で終わる必要があります: out.txt");
  expect(fs.existsSync(path.join(dir, "x.xlsx"))).toBe(false);
});
