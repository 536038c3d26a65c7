/**
 * The formulas a plan writes, computed by a real spreadsheet program: the adapter writes a workbook,
 * headless LibreOffice Calc recalculates it and saves it, and the adapter's reader reads the results.
 * Needs LibreOffice (`apt-get install -y --no-install-recommends libreoffice-calc`); with
 * TASSEI_SKIP_LIBREOFFICE=1 the checks are skipped with a console line instead of failing.
 */
import { emptySheetPlan, type PlannedCell, type WorkbookPlan } from "../../src/core/workbook/plan";
import type { CellValue, SheetSnapshot } from "../../src/core/workbook/snapshot";
import { applyPlanToXlsx, newXlsxWorkbook, readSnapshotFromXlsx, saveXlsx } from "../../src/xlsx";
import { LIBREOFFICE_INSTALL_HINT, libreOfficeAvailable, recalculateWithLibreOffice } from "../support/libreoffice";

const DATA = "総務部 2025";
const CALC = "計算";
const Q = `'${DATA}'`;

/** Indicators: name, target, actual, baseline. Row 5's target is 0; row 6's actual is still 作業中. */
const INDICATORS: PlannedCell[][] = [
  ["指標", "目標値", "実績値", "基準値"],
  ["窓口満足度", 90, 81, 70],
  ["電子申請件数", 65000, 70000, 50000],
  ["研修参加者数", 630, 441, 300],
  ["苦情件数", 0, 3, 5],
  ["防災訓練", 10, "作業中", 4],
];

/** Each check: a label, the formula, and what a spreadsheet must compute. */
const CHECKS: readonly (readonly [string, string, CellValue])[] = [
  ["ratio across sheets", `=${Q}!C2/${Q}!B2`, 0.9],
  ["ROUND of a percentage", `=ROUND(${Q}!C4/${Q}!B4*100,1)`, 70],
  [
    "exactly 7/10 is B, not C",
    `=IF(${Q}!C4/${Q}!B4>=1,"A",IF(${Q}!C4/${Q}!B4>=0.7,"B",IF(${Q}!C4/${Q}!B4>=0.5,"C","D")))`,
    "B",
  ],
  ["IF chain above target", `=IF(${Q}!C3/${Q}!B3>=1,"A",IF(${Q}!C3/${Q}!B3>=0.7,"B","C"))`, "A"],
  ["progress from a baseline", `=ROUND((${Q}!C2-${Q}!D2)/(${Q}!B2-${Q}!D2),4)`, 0.55],
  ["IFERROR on a zero target", `=IFERROR(${Q}!C5/${Q}!B5,"目標値が0")`, "目標値が0"],
  ["ISNUMBER of a number", `=ISNUMBER(${Q}!C3)`, true],
  ["ISNUMBER of 作業中", `=ISNUMBER(${Q}!C6)`, false],
  ["IF on ISNUMBER", `=IF(ISNUMBER(${Q}!C6),${Q}!C6/${Q}!B6,"評価不能")`, "評価不能"],
  ["COUNTIF across sheets (a text is not counted)", `=COUNTIF(${Q}!C2:C6,">=441")`, 2],
  ["SUMPRODUCT", `=SUMPRODUCT(${Q}!B2:B4,${Q}!D2:D4)`, 90 * 70 + 65000 * 50000 + 630 * 300],
  ["LEFT and LEN of Japanese text", `=LEFT(${Q}!A3,2)&LEN(${Q}!A3)`, "電子6"],
  ["SUBSTITUTE and TRIM", '=TRIM(SUBSTITUTE("  65,000 件 ",",",""))', "65000 件"],
  ["TEXT with a percent format", `=TEXT(${Q}!C2/${Q}!B2,"0.0%")`, "90.0%"],
  ["concatenation", `=${Q}!A2&"："&${Q}!C2&"点"`, "窓口満足度：81点"],
  ["ASC turns full-width into half-width", '=ASC("ＫＰＩ１２３")', "KPI123"],
  ["VALUE of digits", '=VALUE("65000")+1', 65001],
  ["IFS (written as _xlfn.IFS)", `=IFS(${Q}!C3>${Q}!B3,"超過",TRUE,"未達")`, "超過"],
  ["TEXTJOIN", `=TEXTJOIN("、",TRUE,${Q}!A2:A4)`, "窓口満足度、電子申請件数、研修参加者数"],
  ["MAXIFS", `=MAXIFS(${Q}!C2:C6,${Q}!B2:B6,">0")`, 70000],
  ["a hostile text stays text", '=IF(ISTEXT(B1),"text","other")&LEN(B1)', "text4"],
  ["a boolean", `=${Q}!C3>${Q}!B3`, true],
];

/** Texts that must stay texts after a spreadsheet program has opened and saved the file. */
const TEXTS = ["=1+1", "+81-3", "-5万円", "@user", "＝１＋１", "1/2", "TRUE", "絵文字🎌", "ctrl\u0001"];

function plan(): WorkbookPlan {
  return {
    sheets: [
      { ...emptySheetPlan(DATA, "create"), blocks: [{ anchor: { row: 0, column: 0 }, rows: INDICATORS }] },
      {
        ...emptySheetPlan(CALC, "create"),
        blocks: [
          { anchor: { row: 0, column: 0 }, rows: [["検算", "=1+1"]] },
          { anchor: { row: 1, column: 0 }, rows: CHECKS.map(([label, formula]) => [label, { formula }]) },
          { anchor: { row: 1, column: 3 }, rows: TEXTS.map((text) => [text]) },
        ],
      },
    ],
  };
}

const skip = process.env.TASSEI_SKIP_LIBREOFFICE === "1";
let calc: SheetSnapshot;

beforeAll(async () => {
  if (!libreOfficeAvailable()) {
    if (skip) {
      console.warn("SKIPPED test/libreoffice: LibreOffice is not installed and TASSEI_SKIP_LIBREOFFICE=1");
      return;
    }
    throw new Error(`LibreOffice is needed for these tests. Install it with: ${LIBREOFFICE_INSTALL_HINT}`);
  }
  const workbook = newXlsxWorkbook();
  const report = applyPlanToXlsx(workbook, plan());
  if (!report.ok) throw new Error(report.error.code);
  const recalculated = await recalculateWithLibreOffice(await saveXlsx(workbook));
  const read = await readSnapshotFromXlsx(recalculated, { sheets: [CALC] });
  if (!read.ok) throw new Error(`${read.failure.reason} ${read.failure.detail ?? ""}`);
  const sheet = read.snapshot.sheets[0];
  if (!sheet) throw new Error("sheet missing after LibreOffice");
  calc = sheet;
}, 180_000);

function ran(): boolean {
  return !(skip && !libreOfficeAvailable());
}

describe("formulas written by the .xlsx adapter, recalculated by LibreOffice", () => {
  it.each(CHECKS.map(([label, formula, expected], i) => [label, formula, expected, i] as const))(
    "%s: %s",
    (_label, formula, expected, i) => {
      if (!ran()) return;
      const value = calc.values[1 + i]?.[1];
      if (typeof expected === "number") expect(value).toBeCloseTo(expected, 9);
      else expect(value).toBe(expected);
      // The reader shows the formula as written (prefixes such as _xlfn. removed); LibreOffice only
      // spells the constant TRUE as the function TRUE().
      expect(calc.formulas[1 + i]?.[1]?.replace(/TRUE\(\)/g, "TRUE")).toBe(formula);
    },
  );

  it("texts that look like formulas or numbers are still texts", () => {
    if (!ran()) return;
    expect(calc.values[0]).toEqual(["検算", "=1+1", null, null]);
    expect(calc.formulas[0]?.[1]).toBeNull();
    expect(TEXTS.map((_, i) => calc.values[1 + i]?.[3])).toEqual(TEXTS);
  });
});
