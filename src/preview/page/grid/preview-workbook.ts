/**
 * The workbook as the preview grid sees it: the in-memory Excel plus what a person does in Excel's
 * window — select cells, switch sheets, type into a cell. Those are not Office.js calls (a user is not
 * an add-in), so they change the workbook model directly, through the same typed-entry and protection
 * rules the API uses, and cost the pane's sync counters nothing. Views subscribe here: they hear both
 * the user's edits and every Excel.run the pane's jobs make.
 */
import { MAX_COLUMNS, MAX_ROWS } from "@tassei/excel-rules";
import {
  type CellRect,
  type InMemoryExcel,
  type SheetModel,
  ErrorCode,
  MAX_CELL_TEXT,
  isOfficeApiError,
  rect,
  writeEntries,
} from "@tassei/in-memory-excel";

/** What became of a typed entry. */
export type EntryOutcome =
  | { readonly status: "done" }
  | { readonly status: "invalid-formula" }
  | { readonly status: "protected" }
  /** Over Excel's 32,767 characters a cell. */
  | { readonly status: "too-long" }
  | { readonly status: "failed"; readonly detail: string };

/**
 * `content` changes with cell contents and formats (every Excel.run counts, since a run may change
 * anything); `selection` with the active sheet or the selected cells alone, so views can skip
 * recomputing cells when only the cursor moved.
 */
export interface WorkbookVersion {
  readonly content: number;
  readonly selection: number;
}

export class PreviewWorkbook {
  private listeners = new Set<() => void>();
  private editListeners = new Set<() => void>();
  private current: WorkbookVersion = { content: 0, selection: 0 };

  constructor(readonly excel: InMemoryExcel) {
    excel.onChange(() => this.changed("content"));
  }

  /** For React's useSyncExternalStore: a stable function that returns the unsubscribe. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  readonly version = (): WorkbookVersion => this.current;

  /**
   * A person's edits alone (typing, Delete), not the pane's runs: what Office.js's change event tells an
   * add-in of a user's change. Returns the unsubscribe.
   */
  readonly onUserEdit = (listener: () => void): (() => void) => {
    this.editListeners.add(listener);
    return () => void this.editListeners.delete(listener);
  };

  get model() {
    return this.excel.workbook;
  }

  /** The visible sheets, in tab order. */
  visibleSheets(): SheetModel[] {
    return this.model.sheets.filter((sheet) => sheet.visibility === "Visible");
  }

  activeSheet(): SheetModel | undefined {
    const active = this.model.activeSheet;
    return active && active.visibility === "Visible" ? active : this.visibleSheets()[0];
  }

  /** Clicking a sheet tab. */
  activate(sheetName: string): void {
    const sheet = this.model.findSheet(sheetName);
    if (!sheet || sheet.visibility !== "Visible" || sheet === this.model.activeSheet) return;
    this.model.activate(sheet);
    this.changed("selection");
  }

  /** Clicking a cell or moving with the keyboard: selects `area` on `sheetName` and activates the sheet. */
  select(sheetName: string, area: CellRect): void {
    const sheet = this.model.findSheet(sheetName);
    if (!sheet || sheet.visibility !== "Visible") return;
    const bounded = clampRect(area);
    const same =
      this.model.activeSheet === sheet &&
      sheet.selection.row === bounded.row &&
      sheet.selection.column === bounded.column &&
      sheet.selection.rowCount === bounded.rowCount &&
      sheet.selection.columnCount === bounded.columnCount;
    if (same) return;
    this.model.activate(sheet);
    sheet.selection = bounded;
    this.changed("selection");
  }

  /** Typing `text` into a cell and pressing Enter: Excel's typed-entry rules decide what is stored. */
  enter(sheetName: string, row: number, column: number, text: string): EntryOutcome {
    const sheet = this.model.findSheet(sheetName);
    if (!sheet) return { status: "failed", detail: `no sheet ${sheetName}` };
    try {
      writeEntries(this.model, { sheet, rect: rect(row, column) }, [[text]], "entry");
    } catch (error) {
      if (text.length > MAX_CELL_TEXT) return { status: "too-long" };
      return entryFailure(error);
    }
    this.changed("content");
    this.edited();
    return { status: "done" };
  }

  /** The Delete key: clears the contents (not the formats) of the selected cells. */
  clear(sheetName: string, area: CellRect): EntryOutcome {
    const sheet = this.model.findSheet(sheetName);
    if (!sheet) return { status: "failed", detail: `no sheet ${sheetName}` };
    try {
      writeEntries(this.model, { sheet, rect: area }, "", "entry");
    } catch (error) {
      return entryFailure(error);
    }
    this.changed("content");
    this.edited();
    return { status: "done" };
  }

  /** The user starts typing in a cell: Office.js batches now wait (delayForCellEdit) or fail, as in Excel. */
  beginCellEdit(): void {
    if (!this.model.isEditingCell) this.model.startCellEdit();
  }

  /** The entry is committed or cancelled: waiting batches run. */
  endCellEdit(): void {
    if (this.model.isEditingCell) this.model.endCellEdit();
  }

  private edited(): void {
    for (const listener of this.editListeners) listener();
  }

  private changed(kind: "content" | "selection"): void {
    this.current =
      kind === "content"
        ? { content: this.current.content + 1, selection: this.current.selection + 1 }
        : { ...this.current, selection: this.current.selection + 1 };
    for (const listener of [...this.listeners]) listener();
  }
}

function entryFailure(error: unknown): EntryOutcome {
  if (isOfficeApiError(error) && error.code === ErrorCode.invalidArgument) return { status: "invalid-formula" };
  if (isOfficeApiError(error) && error.code === ErrorCode.accessDenied) return { status: "protected" };
  return { status: "failed", detail: error instanceof Error ? error.message : String(error) };
}

function clampRect(area: CellRect): CellRect {
  const row = Math.min(Math.max(0, area.row), MAX_ROWS - 1);
  const column = Math.min(Math.max(0, area.column), MAX_COLUMNS - 1);
  return rect(
    row,
    column,
    Math.max(1, Math.min(area.rowCount, MAX_ROWS - row)),
    Math.max(1, Math.min(area.columnCount, MAX_COLUMNS - column)),
  );
}
