/**
 * Helpers of the layout tests: random departments with hostile texts, a plan turned into a snapshot
 * without any workbook (for many fast runs), cell edits on a snapshot, and plan lookups.
 */
import fc from "fast-check";
import type { DepartmentInput, RawCell } from "../../../src/core/department/model";
import { PRESET_NAMES } from "../../../src/core/rules";
import { type RangeRef, contains, parseCellAddress } from "@tassei/excel-rules";
import { type PlannedCell, type SheetPlan, isFormula } from "../../../src/core/workbook/plan";
import type { CellValue, SheetSnapshot } from "../../../src/core/workbook/snapshot";

/** Characters a careless writer turns into formulas, numbers, line breaks or list separators. */
const HOSTILE_UNITS = [
  "=",
  "+",
  "-",
  "@",
  "＝",
  "＋",
  "－",
  "＠",
  "'",
  '"',
  "\t",
  "\n",
  "\r\n",
  " ",
  "　",
  ",",
  "、",
  "，",
  "1",
  "０",
  "%",
  ".",
  "/",
  "#",
  "(",
  ")",
  "△",
  "▲",
  "部",
  "長",
  "年度",
  "令和",
  "A",
  "e",
  "TRUE",
  "件",
  "人",
  "🎌",
  "_x0041_",
];

/** Any text, often starting with =, +, -, @ or ＝ and holding tabs and line breaks. */
export const text = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: fc.constantFrom(...HOSTILE_UNITS), maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
);

/** Text with something other than white space in it (names the model requires). */
export const someText = text.filter((t) => t.trim() !== "");

export const rawCell: fc.Arbitrary<RawCell> = fc.oneof(
  fc.constant(null),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true }),
  text,
  fc.constantFrom("65,000 件", "△53人", "作業中", "99%(見込み) ※7月頃確定", "5 億円(個人版) 5500 万円(企業版)", "0人"),
);

const grade = fc.option(fc.oneof(fc.constantFrom("A", "B", "C", "D", "E", "S", "◎", "7"), text), { nil: null });

const initiative = fc.record({ text, section: text, result: text });

const goal = (no: number) =>
  fc.record({
    no: fc.constant(no),
    title: someText,
    masterPlanCodes: fc.array(text, { maxLength: 3 }),
    basicPolicyCodes: fc.array(text, { maxLength: 3 }),
    measureSheetCodes: fc.array(text, { maxLength: 2 }),
    field: text,
    targetStatement: text,
    initiatives: fc.array(initiative, { maxLength: 3 }),
    status: text,
    manualGrade: grade,
    manualGradeReason: text,
    summary: text,
    nextSteps: text,
  });

const indicator = fc.record({
  goalNo: fc.integer({ min: 1, max: 60 }),
  name: someText,
  unit: text,
  direction: fc.constantFrom("up", "down", "band", "binary"),
  method: fc.constantFrom("ratio", "progress"),
  baseline: rawCell,
  target: rawCell,
  actual: rawCell,
  status: fc.constantFrom("final", "estimate", "pending", "not_carried_out"),
  manualGrade: grade,
  manualGradeReason: text,
  weight: fc.oneof(fc.constant(1), fc.integer({ min: 0, max: 10 }), fc.double({ min: 0.001, max: 100, noNaN: true })),
  note: text,
  interimActual: rawCell,
});

/** 中間時点 as people write it: a date in any of its spellings, a word, or nothing. */
const interimDate = fc.oneof(
  fc.constant(""),
  text,
  fc
    .tuple(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
    .chain(([y, m, d]) =>
      fc.constantFrom(`${y}/${m}/${d}`, `${y}-${String(m).padStart(2, "0")}-${d}`, `${y}年${m}月${d}日`),
    ),
  fc.constantFrom("令和8年9月30日", "R7.10.15", "２０２５／９／３０", "9月末"),
);

const kgi = fc.record({
  name: someText,
  direction: fc.constantFrom("up", "down", "band", "binary"),
  values: fc.array(
    fc.record({
      fiscalYear: fc.integer({ min: 1926, max: 2100 }),
      kind: fc.constantFrom("actual", "target"),
      value: rawCell,
    }),
    { maxLength: 5 },
  ),
});

export const department: fc.Arbitrary<DepartmentInput> = fc.record({
  name: someText,
  head: text,
  fiscalYear: fc.integer({ min: 1989, max: 2100 }),
  policy: text,
  goals: fc
    .uniqueArray(fc.integer({ min: 1, max: 60 }), { maxLength: 4 })
    .chain((numbers) => (numbers.length === 0 ? fc.constant([]) : fc.tuple(...numbers.map(goal)))),
  indicators: fc.array(indicator, { maxLength: 4 }),
  kgis: fc.array(kgi, { maxLength: 3 }),
  scale: fc.constantFrom(...PRESET_NAMES),
  interimDate,
});

/** What a plan leaves in a new sheet, as a snapshot: constants as values, formulas (results unknown) as null. */
export function snapshotOfPlan(plan: SheetPlan): SheetSnapshot {
  const cells = new Map<string, PlannedCell>();
  let rows = 0;
  let columns = 0;
  for (const block of plan.blocks) {
    block.rows.forEach((line, r) =>
      line.forEach((cell, c) => {
        if (cell === undefined) return;
        const row = block.anchor.row + r;
        const column = block.anchor.column + c;
        cells.set(`${row}:${column}`, cell);
        rows = Math.max(rows, row + 1);
        columns = Math.max(columns, column + 1);
      }),
    );
  }
  const grid = <T>(pick: (cell: PlannedCell) => T) =>
    Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => pick(cells.get(`${r}:${c}`))));
  return {
    name: plan.name,
    position: 0,
    visible: true,
    protected: false,
    used: rows === 0 ? null : { row: 0, column: 0, rowCount: rows, columnCount: columns },
    values: grid((cell): CellValue => (cell === undefined || isFormula(cell) || cell === "" ? null : cell)),
    formulas: grid((cell) => (cell !== undefined && isFormula(cell) ? cell.formula : null)),
    numberFormats: grid(() => "General"),
    tables: plan.tables.map((t) => ({ name: t.name, range: t.range, headers: t.headers })),
    properties: plan.properties,
  };
}

/** The snapshot with some cells changed ("H31" → value; a string starting with "=" becomes a formula). */
export function withCells(sheet: SheetSnapshot, edits: Readonly<Record<string, CellValue>>): SheetSnapshot {
  let used = sheet.used ?? { row: 0, column: 0, rowCount: 1, columnCount: 1 };
  const refs = Object.keys(edits).map(parseCellAddress);
  for (const ref of refs) {
    const lastRow = Math.max(used.row + used.rowCount, ref.row + 1);
    const lastColumn = Math.max(used.column + used.columnCount, ref.column + 1);
    used = { row: 0, column: 0, rowCount: lastRow, columnCount: lastColumn };
  }
  const at = <T>(matrix: readonly (readonly T[])[], r: number, c: number, blank: T): T => {
    const old = sheet.used;
    if (!old) return blank;
    return matrix[r - old.row]?.[c - old.column] ?? blank;
  };
  const values = Array.from({ length: used.rowCount }, (_, r) =>
    Array.from({ length: used.columnCount }, (_, c) => at<CellValue>(sheet.values, r, c, null)),
  );
  const formulas = Array.from({ length: used.rowCount }, (_, r) =>
    Array.from({ length: used.columnCount }, (_, c) => at<string | null>(sheet.formulas, r, c, null)),
  );
  Object.entries(edits).forEach(([address, value]) => {
    const ref = parseCellAddress(address);
    const formula = typeof value === "string" && value.startsWith("=");
    values[ref.row]![ref.column] = formula ? null : value;
    formulas[ref.row]![ref.column] = formula ? value : null;
  });
  return {
    ...sheet,
    used,
    values,
    formulas,
    numberFormats: values.map((line) => line.map(() => "General")),
  };
}

/** The table of a plan whose name starts with `prefix` (Tassei_KPI_, Tassei_Goals_ …). */
export function planTable(plan: SheetPlan, prefix: string) {
  const table = plan.tables.find((t) => t.name.startsWith(prefix));
  if (!table) throw new Error(`no table ${prefix}… in ${plan.name}`);
  return table;
}

/** The planned cell at a sheet position (the last block writing it wins, as adapters apply them in order). */
export function plannedAt(plan: SheetPlan, row: number, column: number): PlannedCell {
  let found: PlannedCell = undefined;
  for (const block of plan.blocks) {
    const cell = block.rows[row - block.anchor.row]?.[column - block.anchor.column];
    if (cell !== undefined) found = cell;
  }
  return found;
}

/** One column of a table's data body. */
export function bodyColumn(table: { range: RangeRef }, index: number): RangeRef {
  return {
    row: table.range.row + 1,
    column: table.range.column + index,
    rowCount: table.range.rowCount - 1,
    columnCount: 1,
  };
}

export { contains };
