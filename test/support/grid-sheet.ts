/**
 * A sheet snapshot made straight from rows of cells, as a person lays a sheet out by hand: no Excel
 * table, no metadata. `at` puts the first row and column elsewhere than A1 (rows and columns 0-based).
 */
import type { CellValue, SheetSnapshot } from "../../src/core/workbook/snapshot";

export interface GridOptions {
  readonly at?: { readonly row: number; readonly column: number };
}

export function gridSheet(
  name: string,
  rows: readonly (readonly CellValue[])[],
  options: GridOptions = {},
): SheetSnapshot {
  const at = options.at ?? { row: 0, column: 0 };
  const width = Math.max(1, ...rows.map((row) => row.length));
  const values = rows.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? null));
  return {
    name,
    position: 0,
    visible: true,
    protected: false,
    used: rows.length === 0 ? null : { row: at.row, column: at.column, rowCount: rows.length, columnCount: width },
    values,
    formulas: values.map((row) => row.map(() => null)),
    numberFormats: values.map((row) => row.map(() => "General")),
    tables: [],
    properties: {},
  };
}
