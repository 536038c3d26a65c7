/**
 * Where Tassei may write on a department sheet now: the 全体の達成度 cell, the header's 中間評価 cell on a sheet
 * made with the mid-year check, and the data bodies of the columns the metadata lists as Tassei's (goals'
 * 達成度 and 中間評価, KPI 達成率, 達成度 and 中間評価; a sheet made before #18 lists only the first three). Positions come from
 * the sheet as it is (tables grow, rows get inserted), the list of what is owned from the metadata.
 *
 * In the goals table's 達成度 column a typed constant is a person's hand grade and stays theirs; Tassei
 * writes its computed goal grades there as formulas, which is how reading tells the two apart.
 */
import { type CellRef, type RangeRef, sameTableName } from "@tassei/excel-rules";
import type { SheetSnapshot } from "../workbook/snapshot";
import { type TableMetadata, readMetadata } from "./metadata";
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

/** Null for a sheet without Tassei's department metadata: nothing on it is Tassei's to write. */
export function ownedRanges(sheet: SheetSnapshot): OwnedRanges | null {
  const metadata = readMetadata(sheet.properties);
  if (!metadata) return null;
  const grade = readHeaderCells(sheet).departmentGrade;
  const interim = metadata.interim ? readInterimCells(sheet).grade : undefined;
  return {
    departmentGrade: grade ? { row: grade.row, column: grade.column } : null,
    interimGrade: interim ? { row: interim.row, column: interim.column } : null,
    columns: [metadata.goals, metadata.kpi, metadata.kgi].flatMap((table) => ownedColumns(sheet, table)),
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
