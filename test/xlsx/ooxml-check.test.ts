/**
 * Every workbook Tassei writes opens in Excel without "We found a problem with some content" (issue #15):
 * each file — a new department file, a graded copy, a new and a regenerated summary, and a graded copy of a
 * sheet a person gave a data bar, an icon set, data validations and a note — passes the Office Open XML
 * check kept in the repository (`schemas/ooxml/validate.sh`: every part against the ECMA-376 transitional
 * schemas, plus the package rules Excel enforces), and keeps the person's own features.
 * Needs python3 and xmllint (`apt-get install -y libxml2-utils`).
 */
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { departmentWorkbookBytes } from "../support/department-files";
import { run } from "../cli/streams";

jest.setTimeout(120_000);

const VALIDATOR = path.join(__dirname, "../../schemas/ooxml/validate.sh");

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "tassei-ooxml-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The validator's report for these files; throws with the report when any has an ERROR. */
function check(files: readonly string[]): string {
  const result = spawnSync("sh", [VALIDATOR, "--quiet", ...files], { encoding: "utf8" });
  const report = `${result.stdout}${result.stderr}`;
  if (result.status !== 0) throw new Error(`Office Open XML check failed:\n${report}`);
  return report;
}

/** A department file on which a person added a data bar, an icon set and five validations. */
async function decoratedDepartment(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await departmentWorkbookBytes("総務部")) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  sheet.addConditionalFormatting({
    ref: "T2:T20",
    rules: [
      { type: "dataBar", priority: 1, cfvo: [{ type: "min" }, { type: "max" }], color: { argb: "FF638EC6" } } as never,
    ],
  });
  sheet.addConditionalFormatting({
    ref: "U2:U20",
    rules: [
      {
        type: "iconSet",
        priority: 2,
        iconSet: "3Arrows",
        cfvo: [
          { type: "percent", value: 0 },
          { type: "percent", value: 33 },
          { type: "percent", value: 67 },
        ],
      } as never,
    ],
  });
  for (let i = 0; i < 5; i++) {
    sheet.getCell(`V${2 + i}`).dataValidation = {
      type: "list",
      allowBlank: true,
      formulae: ['"済,未"'],
    };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function sheetXml(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const name = Object.keys(zip.files).find((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))!;
  return zip.file(name)!.async("string");
}

it("new, graded and consolidated files, new and regenerated, pass the check", async () => {
  const created = path.join(dir, "新規.xlsx");
  expect((await run(["new", created, "--department", "総務部", "--year", "令和7"])).code).toBe(0);
  const source = path.join(dir, "総務部.xlsx");
  fs.writeFileSync(source, await departmentWorkbookBytes("総務部"));
  const graded = path.join(dir, "総務部-評価済み.xlsx");
  expect([0, 1]).toContain((await run(["grade", source, "-o", graded])).code);
  const city = path.join(dir, "city.xlsx");
  expect((await run(["consolidate", graded, "-o", city])).code).toBe(0);
  check([created, graded, city]);
  // Regenerated in place.
  expect((await run(["consolidate", graded, source, "-o", city])).code).toBeLessThanOrEqual(1);
  check([city]);
});

it("a graded copy of a sheet with a data bar, an icon set and validations keeps them, in a valid file", async () => {
  const decorated = path.join(dir, "装飾.xlsx");
  fs.writeFileSync(decorated, await decoratedDepartment());
  const graded = path.join(dir, "装飾-評価済み.xlsx");
  expect([0, 1]).toContain((await run(["grade", decorated, "-o", graded])).code);
  check([graded]);
  const xml = await sheetXml(graded);
  // Tassei's custom properties sit among the worksheet's own elements, never inside a rule's extension list.
  const cfRules = xml.match(/<cfRule\b[\s\S]*?<\/cfRule>/g) ?? [];
  expect(cfRules.some((rule) => rule.includes("customPr"))).toBe(false);
  expect(xml).toMatch(/<\/conditionalFormatting>[\s\S]*<customProperties>/);
  // Every validation is there — Tassei's dropdowns and the person's (exceljs joins V2…V6 into one) — and
  // the data bar and icon set too.
  const before = (await sheetXml(decorated)).match(/<dataValidation\b[^>]*>/g) ?? [];
  expect(xml.match(/<dataValidation\b[^>]*>/g) ?? []).toEqual(before);
  expect(xml).toContain('sqref="V2:V6"');
  expect(xml).toContain("dataBar");
  expect(xml).toContain("iconSet");
});

it("a graded copy keeps the cell notes, byte for byte, in a valid file, and has nothing to warn about", async () => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await departmentWorkbookBytes("総務部")) as unknown as ArrayBuffer);
  workbook.worksheets[0]!.getCell("V10").note = "確認済み";
  // exceljs writes <legacyDrawing> after <tableParts>, against the schema's order; put it where Excel does.
  const zip = await JSZip.loadAsync(Buffer.from(await workbook.xlsx.writeBuffer()));
  const sheetPath = Object.keys(zip.files).find((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))!;
  const xml = await zip.file(sheetPath)!.async("string");
  const drawing = /<legacyDrawing [^>]*\/>/.exec(xml)![0];
  zip.file(sheetPath, xml.replace(drawing, "").replace("<tableParts", `${drawing}<tableParts`));
  const noted = path.join(dir, "メモ付き.xlsx");
  fs.writeFileSync(noted, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  check([noted]);
  const graded = path.join(dir, "メモ付き-評価済み.xlsx");
  const r = await run(["grade", noted, "-o", graded]);
  expect([0, 1]).toContain(r.code);
  expect(r.stderr).toBe("");
  check([graded]);
  const before = await JSZip.loadAsync(fs.readFileSync(noted));
  const after = await JSZip.loadAsync(fs.readFileSync(graded));
  const notes = Object.keys(before.files).filter((n) => /comments|vmlDrawing/i.test(n));
  expect(notes.length).toBeGreaterThanOrEqual(2);
  for (const name of notes) {
    expect(await after.file(name)!.async("string")).toBe(await before.file(name)!.async("string"));
  }
  expect(await after.file(notes.find((n) => /comments/.test(n))!)!.async("string")).toContain("確認済み");
});

it("the validator is there (python3 and xmllint)", () => {
  expect(() => execFileSync("python3", ["--version"])).not.toThrow();
  expect(() => execFileSync("xmllint", ["--version"], { stdio: "ignore" })).not.toThrow();
});
