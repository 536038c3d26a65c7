/**
 * A table's header row: its cells always hold text equal to the column names, and the names follow
 * what is typed there (empty cells become 列1, 列2…, repeated names get 2, 3…). Its own module because
 * both sides need it — creating and resizing a table (tables.ts) and writing cells into a header row
 * (range-ops.ts) — while tables.ts itself writes cells through range-ops.ts: kept in either, the two
 * would import each other.
 */
import { nameKey } from "@tassei/excel-rules";
import { type CellRect, intersect } from "./address";
import type { SheetModel } from "./sheet";
import type { TableColumnModel, TableModel } from "./table-model";
import type { WorkbookModel } from "./workbook";

/** Unique header names from the header cells; empty cells get 列1, 列2…; duplicates get 2, 3… */
function headerNames(wb: WorkbookModel, table: TableModel): string[] {
  const header = table.headerRect();
  const names: string[] = [];
  const taken = new Set<string>();
  for (let i = 0; i < table.range.columnCount; i++) {
    let name = header ? wb.textAt(table.sheet, header.row, header.column + i) : "";
    if (name === "") {
      let n = i + 1;
      while (taken.has(nameKey(`${wb.options.defaults.columnNamePrefix}${n}`))) n++;
      name = `${wb.options.defaults.columnNamePrefix}${n}`;
    }
    if (taken.has(nameKey(name))) {
      let n = 2;
      while (taken.has(nameKey(`${name}${n}`))) n++;
      name = `${name}${n}`;
    }
    taken.add(nameKey(name));
    names.push(name);
  }
  return names;
}

/** Header cells always hold text equal to the column names (Excel rewrites them). */
export function refreshHeaderNames(wb: WorkbookModel, table: TableModel): void {
  const names = headerNames(wb, table);
  const header = table.headerRect();
  const columns: TableColumnModel[] = names.map((name, i) => {
    const existing = table.columns[i];
    if (existing) {
      existing.name = name;
      return existing;
    }
    return { id: table.nextColumnId++, name };
  });
  table.columns = columns;
  if (!header) return;
  names.forEach((name, i) => {
    const current = table.sheet.cell(header.row, header.column + i)?.content;
    if (current?.kind !== "value" || current.value !== name) {
      table.sheet.setContent(header.row, header.column + i, { kind: "value", value: name });
    }
  });
  wb.cellsChanged(table.sheet, header);
}

/** After cells of an area change: the tables whose header row they touch take the new names. */
export function refreshHeadersTouching(wb: WorkbookModel, sheet: SheetModel, area: CellRect): void {
  for (const table of wb.tables) {
    const header = table.headerRect();
    if (table.sheet === sheet && header && intersect(header, area)) refreshHeaderNames(wb, table);
  }
}
