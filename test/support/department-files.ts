/**
 * Department workbook files for the Consolidate job's tests and bench: real department sheets written
 * the way `tassei new` and the pane's Insert write them (planInsert, then the .xlsx adapter), with
 * actuals typed in, and the hostile files a batch of dozens meets in practice — not a zip, truncated,
 * password-protected, no department table, a 100,000-row sheet, merged header cells.
 */
import { EMPTY_WORKBOOK } from "../../src/core/workbook/snapshot";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { type Department, type Goal, type Indicator, NO_SIGN_OFFS } from "../../src/core/department/model";
import { planGradeSheets } from "../../src/core/grade";
import { planInsert } from "../../src/core/insert/plan";
import type { SheetPlan } from "../../src/core/workbook/plan";
import type { WorkbookSnapshot } from "../../src/core/workbook/snapshot";
import { applyPlanToXlsx, loadXlsx, newXlsxWorkbook, readSnapshotFromXlsx, saveXlsx } from "../../src/xlsx";
import { encryptedWorkbook } from "../xlsx/compound-file";

export interface DepartmentFileOptions {
  /** KPI rows. Default 10. */
  readonly indicators?: number;
  /** Priority goals the indicators are spread over. Default 5 (fewer when there are fewer indicators). */
  readonly goals?: number;
  /** Western fiscal year. Default 2025. */
  readonly fiscalYear?: number;
  readonly head?: string;
  readonly policy?: string;
  /**
   * Texts put, in turn, into goal titles, target statements, initiatives, owning sections, indicator
   * names, notes and reasons (e.g. HOSTILE_TEXTS), to check they stay texts wherever they are copied.
   */
  readonly texts?: readonly string[];
  /** Grade the sheet too (stamp, converted cells, the log sheet), as a department would before sending it. */
  readonly graded?: { readonly now: Date };
}

const FIELDS = ["市政運営", "行財政運営", "防災", "福祉", "環境"];

/**
 * Typed actuals with every outcome the grader knows: A to E, an estimate, pending work, a missing actual,
 * Japanese-formatted numbers, lower-is-better. Index i gives the i-th indicator's cells.
 */
const INDICATOR_KINDS: readonly ((i: number) => Partial<Indicator>)[] = [
  (i) => ({ unit: "件", target: 100 + i, actual: 120 + i }),
  (i) => ({ unit: "人", target: 200 + i, actual: 150 + i }),
  () => ({ unit: "%", target: "100%", actual: "60%" }),
  (i) => ({ unit: "回", target: 100, actual: 20 + (i % 10) }),
  () => ({ unit: "件", target: "65,000 件", actual: "62, 947 件" }),
  (i) => ({ unit: "件", direction: "down", target: 10, actual: 12 + (i % 3) }),
  () => ({ target: 5, actual: null, status: "not_carried_out", manualGrade: "E", manualGradeReason: "事業中止" }),
  () => ({ unit: "%", target: "100%", actual: "99%(見込み)", status: "estimate" }),
  () => ({ unit: "人", target: "2,400人", actual: null }),
  () => ({ unit: "人", target: "2,400人", actual: "作業中", status: "pending" }),
];

/** The department as plain data, before any sheet is planned. */
export function departmentData(name: string, options: DepartmentFileOptions = {}): Department {
  const indicatorCount = options.indicators ?? 10;
  const goalCount = Math.max(1, Math.min(options.goals ?? 5, Math.max(1, indicatorCount)));
  const texts = options.texts ?? [];
  let next = 0;
  // Cycles through the given texts, else the plain label.
  const text = (plain: string) => (texts.length === 0 ? plain : (texts[next++ % texts.length] as string));
  const goals: Goal[] = Array.from({ length: goalCount }, (_, g) => ({
    no: g + 1,
    title: text(`重点目標 ${g + 1}`) || `重点目標 ${g + 1}`,
    masterPlanCodes: [`${(g % 5) + 1}-${(g % 3) + 1}-(1)`],
    basicPolicyCodes: [String(60 + (g % 7))],
    measureSheetCodes: [],
    field: FIELDS[g % FIELDS.length] as string,
    targetStatement: text(`目標 ${g + 1} の達成目標`),
    initiatives: [
      { text: text(`取組 ${g + 1}-1`), section: text(`第${(g % 3) + 1}課`), result: "" },
      { text: `取組 ${g + 1}-2`, section: `第${(g % 2) + 1}課`, result: "" },
    ],
    status: "",
    manualGrade: null,
    manualGradeReason: "",
    summary: text(""),
    nextSteps: "",
  }));
  const indicators: Indicator[] = Array.from({ length: indicatorCount }, (_, i) => ({
    goalNo: (i % goalCount) + 1,
    name: text(`指標 ${i + 1}`) || `指標 ${i + 1}`,
    unit: "",
    direction: "up",
    method: "ratio",
    baseline: null,
    target: null,
    actual: null,
    status: "final",
    manualGrade: null,
    manualGradeReason: "",
    weight: 1,
    note: text(""),
    interimActual: null,
    ...(INDICATOR_KINDS[i % INDICATOR_KINDS.length] as (i: number) => Partial<Indicator>)(i),
  }));
  return {
    name,
    head: options.head ?? `${name}長`,
    fiscalYear: options.fiscalYear ?? 2025,
    policy: options.policy ?? `${name}の基本方針`,
    goals,
    indicators,
    kgis: [],
    scale: "default",
    signOffs: NO_SIGN_OFFS,
    interimDate: "",
  };
}

/** The Insert job's plan for the department's sheet in a workbook (new, by default), actuals filled in. */
export function departmentSheetPlan(
  department: string,
  options: DepartmentFileOptions = {},
  workbook: WorkbookSnapshot = EMPTY_WORKBOOK,
): SheetPlan {
  const data = departmentData(department, options);
  const planned = planInsert(
    {
      department: data,
      goalCount: data.goals.length,
      layouts: { header: true, goals: true, kpi: true, kgi: false },
      scale: "default",
    },
    workbook,
  );
  if (!planned.ok) throw new Error(`insert refused: ${planned.problems.map((p) => p.en).join("; ")}`);
  return planned.plan;
}

/** A department workbook as the department sends it: one department sheet, actuals filled in. */
export async function departmentWorkbookBytes(
  department: string,
  options: DepartmentFileOptions = {},
): Promise<Uint8Array> {
  const plan = departmentSheetPlan(department, options);
  const workbook = newXlsxWorkbook();
  const applied = applyPlanToXlsx(workbook, { sheets: [plan] });
  if (!applied.ok) throw new Error(`${applied.error.code}: ${applied.error.message.en}`);
  const bytes = await saveXlsx(workbook);
  return options.graded ? graded(bytes, plan.name, options.graded.now) : bytes;
}

async function graded(bytes: Uint8Array, sheet: string, now: Date): Promise<Uint8Array> {
  const read = await readSnapshotFromXlsx(bytes, { sheets: "all" });
  if (!read.ok) throw new Error(read.failure.reason);
  const batch = planGradeSheets(read.snapshot, [sheet], { now });
  const loaded = await loadXlsx(bytes);
  if (!loaded.ok) throw new Error(loaded.failure.reason);
  const applied = applyPlanToXlsx(loaded.workbook, batch.plan);
  if (!applied.ok) throw new Error(`${applied.error.code}: ${applied.error.message.en}`);
  return saveXlsx(loaded.workbook);
}

/** A CSV saved with an .xlsx name (it happens). */
export function notZipBytes(): Uint8Array {
  return new TextEncoder().encode("指標,目標値,実績値\n窓口満足度,90,81\n");
}

/** The first half of a real workbook: an interrupted copy or download. */
export function truncatedBytes(workbook: Uint8Array): Uint8Array {
  return workbook.slice(0, Math.floor(workbook.length / 2));
}

/** A workbook saved with a password: an OLE compound file around an encrypted package. */
export function passwordProtectedBytes(): Uint8Array {
  return encryptedWorkbook();
}

/** A valid workbook with neither Tassei's metadata nor a recognisable KPI table: a memo. */
export async function noTableWorkbookBytes(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("メモ");
  sheet.addRows([["令和7年度 打合せメモ"], ["出席者", "総務課、企画課"], ["内容", "KPI の集計方法について"]]);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/**
 * A workbook whose one sheet holds 100,000 rows of pasted data (no department table). Built part by part:
 * exceljs takes tens of seconds to write one.
 */
export async function hundredThousandRowsBytes(rows = 100_000): Promise<Uint8Array> {
  const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const body: string[] = [
    `<row r="1"><c r="A1" t="inlineStr"><is><t>番号</t></is></c><c r="B1" t="inlineStr"><is><t>地区</t></is></c><c r="C1" t="inlineStr"><is><t>人数</t></is></c></row>`,
  ];
  for (let r = 2; r <= rows; r++) {
    body.push(
      `<row r="${r}"><c r="A${r}"><v>${r - 1}</v></c><c r="B${r}" t="s"><v>${r % 20}</v></c><c r="C${r}"><v>${(r * 7) % 1000}</v></c></row>`,
    );
  }
  const strings = Array.from({ length: 20 }, (_, i) => `<si><t>第${i + 1}地区</t></si>`).join("");
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    "xl/workbook.xml",
    `<workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="住民データ" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  );
  zip.file("xl/sharedStrings.xml", `<sst xmlns="${main}">${strings}</sst>`);
  zip.file(
    "xl/worksheets/sheet1.xml",
    `<worksheet xmlns="${main}"><sheetData>${body.join("")}</sheetData></worksheet>`,
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

/**
 * A hand-made KPI sheet as cities print them: a title merged across the table, and a two-row header whose
 * cells are merged (指標 and 達成度 down two rows, 令和7年度 over 目標値 and 実績値). No department header
 * block: Tassei reads it as laid out by hand, its year from the merged 令和7年度, its name from the sheet.
 */
export async function mergedHeaderWorkbookBytes(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("KPI一覧");
  sheet.getCell("A1").value = "成果指標一覧";
  sheet.mergeCells("A1:E1");
  sheet.getCell("A2").value = "指標";
  sheet.mergeCells("A2:A3");
  sheet.getCell("B2").value = "令和7年度";
  sheet.mergeCells("B2:C2");
  sheet.getCell("B3").value = "目標値";
  sheet.getCell("C3").value = "実績値";
  sheet.getCell("D2").value = "達成率";
  sheet.mergeCells("D2:D3");
  sheet.getCell("E2").value = "達成度";
  sheet.mergeCells("E2:E3");
  sheet.addRows([
    ["窓口満足度", 90, 81, 0.9, "B"],
    ["電子申請件数", 65000, 70000, 1.08, "A"],
  ]);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Every hostile file by the name it is saved under, each standing for one exception row. */
export async function hostileDepartmentFiles(goodWorkbook: Uint8Array): Promise<Record<string, Uint8Array>> {
  return {
    "csv-named-xlsx.xlsx": notZipBytes(),
    "truncated.xlsx": truncatedBytes(goodWorkbook),
    "password.xlsx": passwordProtectedBytes(),
    "memo.xlsx": await noTableWorkbookBytes(),
    "100000-rows.xlsx": await hundredThousandRowsBytes(),
  };
}
