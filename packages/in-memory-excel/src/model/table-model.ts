/** An Excel table as data: where it sits, its parts (header, data body, totals) and its columns. */
import { type CellRect, lastRow, rect } from "./address";
import type { SheetModel } from "./sheet";

export interface TableColumnModel {
  readonly id: number;
  name: string;
}

export class TableModel {
  showHeaders = true;
  showTotals = false;
  style = "TableStyleMedium2";
  showBandedRows = true;
  showBandedColumns = false;
  showFilterButton = true;
  highlightFirstColumn = false;
  highlightLastColumn = false;
  deleted = false;
  columns: TableColumnModel[] = [];
  nextColumnId = 1;

  constructor(
    readonly id: number,
    public name: string,
    public sheet: SheetModel,
    /** The whole table: header row, data rows and totals row. */
    public range: CellRect,
  ) {}

  headerRect(): CellRect | null {
    return this.showHeaders ? rect(this.range.row, this.range.column, 1, this.range.columnCount) : null;
  }

  /** Data rows; Excel always keeps at least one, so this is never empty. */
  dataRect(): CellRect {
    const top = this.range.row + (this.showHeaders ? 1 : 0);
    const bottom = lastRow(this.range) - (this.showTotals ? 1 : 0);
    return rect(top, this.range.column, Math.max(1, bottom - top + 1), this.range.columnCount);
  }

  totalRect(): CellRect | null {
    return this.showTotals ? rect(lastRow(this.range), this.range.column, 1, this.range.columnCount) : null;
  }

  dataRowCount(): number {
    return this.dataRect().rowCount;
  }
}
