/**
 * Reading the multi-year KGI table back. Year columns are recognised by their headers ("H29 実績 (2017)",
 * also a column a person added, "令和5年度 目標"); an empty cell is no value. KGIs come out in No. order.
 */
import { type Kgi, KgiSchema } from "../../department/model";
import { type SheetSnapshot, isBlankCell } from "../../workbook/snapshot";
import { type KgiTableLocation, dataRows } from "../find-tables";
import { KGI_FIXED_COLUMNS, type KgiYearColumn, compareYearColumns, parseKgiYearHeader } from "./kgi-table";
import { type LayoutProblem, problem, validationProblems } from "../problems";
import { address, cellNumber, cellRaw, cellText, cellWord, readCell } from "../read-cells";
import { DIRECTION_BY_WORD, DIRECTION_WORDS } from "../vocabulary";

interface YearColumn extends KgiYearColumn {
  readonly column: number;
}

export function readKgis(sheet: SheetSnapshot, table: KgiTableLocation, problems: LayoutProblem[]): Kgi[] {
  const years = yearColumns(table, problems);
  const found: { order: number; row: number; kgi: Kgi }[] = [];
  for (const row of dataRows(table)) {
    const cell = (column: number | undefined) => (column === undefined ? null : readCell(sheet, row, column));
    const no = cell(table.columns.no);
    const name = cell(table.columns.name);
    const direction = cell(table.columns.direction);
    const values = years.flatMap((year) => {
      const value = cellRaw(readCell(sheet, row, year.column).value);
      return value === null ? [] : [{ fiscalYear: year.fiscalYear, kind: year.kind, value }];
    });
    if (values.length === 0 && [name, direction].every((c) => c === null || isBlankCell(c.value))) continue;
    const raw = {
      name: cellText(name?.value ?? null),
      direction: cellWord(direction?.value ?? null, DIRECTION_BY_WORD),
      values,
    };
    const parsed = KgiSchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(
        ...validationProblems(
          parsed.error.issues,
          (field) => {
            const at = field === "name" ? name : field === "direction" ? direction : null;
            if (at === null) return undefined;
            const header = KGI_FIXED_COLUMNS.find((c) => c.key === field)?.header ?? field;
            return {
              cell: address(at),
              field: header,
              shown: cellText(at.value),
              ...(field === "direction" ? { choices: Object.values(DIRECTION_WORDS) } : {}),
            };
          },
          null,
        ),
      );
      continue;
    }
    const order = cellNumber(no?.value ?? null);
    found.push({ order: typeof order === "number" ? order : Number.POSITIVE_INFINITY, row, kgi: parsed.data });
  }
  return found.sort((a, b) => a.order - b.order || a.row - b.row).map((f) => f.kgi);
}

/**
 * The table's year columns as its headers say, whether or not any KGI has a value in them, oldest first;
 * what yearColumns would report is left to readDepartmentSheet, which reads the same table.
 */
export function readKgiYearColumns(table: KgiTableLocation): KgiYearColumn[] {
  return yearColumns(table, []).map(({ fiscalYear, kind }) => ({ fiscalYear, kind }));
}

/** The year columns; an unreadable or repeated header is reported and its column skipped. */
function yearColumns(table: KgiTableLocation, problems: LayoutProblem[]): YearColumn[] {
  const fixed = new Set<number>(Object.values(table.columns));
  const columns: YearColumn[] = [];
  table.headers.forEach((header, index) => {
    const column = table.range.column + index;
    if (fixed.has(column)) return;
    const cell = address({ row: table.range.row, column });
    const year = parseKgiYearHeader(header);
    if (year === null) {
      problems.push(problem("warning", "layout.read.kgiHeader", { value: header }, cell));
      return;
    }
    const same = columns.find((c) => c.fiscalYear === year.fiscalYear && c.kind === year.kind);
    if (same) {
      problems.push(
        problem(
          "warning",
          "layout.read.kgiDuplicateColumn",
          { value: header, first: address({ row: table.range.row, column: same.column }) },
          cell,
        ),
      );
      return;
    }
    columns.push({ ...year, column });
  });
  // Values come out oldest first, as planned, whatever order a person moved the columns into.
  return columns.sort(compareYearColumns);
}
