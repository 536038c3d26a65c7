/**
 * Where Tassei may write on a department sheet now: the 全体の達成度 cell, the header's 中間評価 cell on a sheet
 * made with the mid-year check, and the data bodies of the columns the metadata lists as Tassei's (goals'
 * 達成度 and 中間評価, KPI 達成率, 達成度 and 中間評価; a sheet made before #18 lists only the first three). Positions come from
 * the sheet as it is (tables grow, rows get inserted), the list of what is owned from the metadata.
 *
 * In the goals table's 達成度 column a typed constant is a person's hand grade and stays theirs; Tassei
 * writes its computed goal grades there as formulas, which is how reading tells the two apart.
 */
import { type CellRef, type RangeRef, rangeAddress, sameTableName } from "@tassei/excel-rules";
import { DEFAULT_INTERIM_RULE } from "../rules";
import type { SheetSnapshot } from "../workbook/snapshot";
import { findGoalsTable, findKpiTables } from "./find-tables";
import { goalOwnedHeaders } from "./goals/goals-table";
import { kpiOwnedHeaders } from "./kpi/kpi-table";
import { type DepartmentSheetMetadata, type TableMetadata, readMetadata } from "./metadata";
import { readHeaderCells } from "./header/read-header";
import { readInterimCells } from "./header/interim-cells";

export interface OwnedColumn {
  readonly table: string;
  readonly header: string;
  /** The column's data body (header row excluded). */
  readonly range: RangeRef;
}

export interface OwnedRanges {
  readonly departmentGrade: CellRef | null;
  /** The department's 中間評価 (right of its label in the header), on a sheet made with the mid-year check. */
  readonly interimGrade: CellRef | null;
  readonly columns: readonly OwnedColumn[];
}

/**
 * Null for a sheet that is not a Tassei department sheet: nothing on it is Tassei's to write. A whole
 * department sheet whose metadata was lost (saved by a program that drops worksheet properties, as
 * LibreOffice and exceljs do) is still one: found by its 全体の達成度 cell and its goals and KPI tables'
 * own headers, it owns what it was made owning. A KPI table a person copied elsewhere owns nothing.
 */
export function ownedRanges(sheet: SheetSnapshot): OwnedRanges | null {
  const metadata = readMetadata(sheet.properties) ?? lostMetadata(sheet);
  if (!metadata) return null;
  const grade = readHeaderCells(sheet).departmentGrade;
  const interim = metadata.interim ? readInterimCells(sheet).grade : undefined;
  return {
    departmentGrade: grade ? { row: grade.row, column: grade.column } : null,
    interimGrade: interim ? { row: interim.row, column: interim.column } : null,
    columns: [metadata.goals, metadata.kpi, metadata.kgi].flatMap((table) => ownedColumns(sheet, table)),
  };
}

/** What a department sheet's metadata said Tassei owns, read again from the sheet (see ownedRanges). */
function lostMetadata(sheet: SheetSnapshot): Pick<DepartmentSheetMetadata, "goals" | "kpi" | "kgi" | "interim"> | null {
  if (!readHeaderCells(sheet).departmentGrade) return null;
  const goals = findGoalsTable(sheet, null);
  const kpi = findKpiTables(sheet, null)[0];
  if (goals?.source !== "headers" || kpi?.source !== "headers") return null;
  const owned = (table: { name: string; range: RangeRef }, headers: readonly string[]) => ({
    table: table.name,
    range: rangeAddress(table.range),
    owned: [...headers],
  });
  return {
    goals: owned(goals, goalOwnedHeaders()),
    kpi: owned(kpi, kpiOwnedHeaders()),
    kgi: null,
    // The header's 中間評価 is Tassei's where the sheet was made with the mid-year check: its KPI table says so.
    interim: kpi.columns.interimGrade === undefined ? null : (readInterimCells(sheet).rule ?? DEFAULT_INTERIM_RULE),
  };
}

function ownedColumns(sheet: SheetSnapshot, owned: TableMetadata | null): OwnedColumn[] {
  if (!owned) return [];
  const table = sheet.tables.find((t) => sameTableName(t.name, owned.table));
  if (!table || table.range.rowCount < 2) return [];
  return owned.owned.flatMap((header) => {
    const index = table.headers.findIndex((h) => h.trim() === header);
    if (index < 0) return [];
    return [
      {
        table: table.name,
        header,
        range: {
          row: table.range.row + 1,
          column: table.range.column + index,
          rowCount: table.range.rowCount - 1,
          columnCount: 1,
        },
      },
    ];
  });
}
