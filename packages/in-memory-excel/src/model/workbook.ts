/**
 * The in-memory workbook: sheets, tables, defined names, settings and protection as plain data, a
 * formula engine mirroring the cells, and helpers to seed and read it in tests and in the preview
 * grid. Seeding and reading here are not Office.js calls: they cost no sync.
 */
import {
  type CellRect,
  boundingRect,
  cellCount,
  containsCell,
  intersect,
  lastColumn,
  lastRow,
  parseAddress,
  rect,
} from "./address";
import type { EngineInput, FormulaEngine, FormulaEngineFactory } from "../engine/formula-engine";
import { ErrorCode, excelError } from "./excel-error";
import { sameSheetName, sheetNameFault } from "@tassei/excel-rules";
import { dropSheetFromFormula, normalizeFormula, renameSheetInFormula } from "./formula-text";
import { type DisplayValue, formatDisplay } from "./number-format";
import { type Cell, type CellContent, type Hyperlink, SheetModel } from "./sheet";
import { type EffectiveStyle, type StyleProps, type WorkbookDefaults, defaultStyle, overlay } from "./style";
import type { TableModel } from "./table-model";

export interface NameModel {
  name: string;
  formula: string;
  comment: string;
  visible: boolean;
}

export interface WorkbookOptions {
  readonly engine: FormulaEngineFactory;
  readonly defaults: WorkbookDefaults;
  /** The clock for dates typed without a year ("4/1"); fixed in tests. */
  readonly today: () => Date;
  /**
   * What the host does with print scaling to a number of pages: applies it; ignores it, as Excel builds
   * do unless the Page Layout tab is selected (office-js #1860); or refuses `verticalFitToPages: 0`
   * ("automatic", which Office.js does not document) with InvalidArgument.
   */
  readonly fitToPages?: "applied" | "ignored" | "refused";
}

/** A seeded cell value; in addSheet rows a string starting with "=" is a formula. */
export type SeedValue = number | string | boolean | null;

export interface CellSeed {
  readonly value?: SeedValue;
  readonly formula?: string;
  readonly numberFormat?: string;
  readonly style?: StyleProps;
  readonly hyperlink?: Hyperlink;
}

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  readonly names = new Map<string, NameModel>();
  readonly settings = new Map<string, unknown>();
  readonly protection: { protected: boolean; password?: string } = { protected: false };
  readonly application = { calculationMode: "Automatic" as string };
  name = "Book1.xlsx";
  activeSheet: SheetModel | undefined;
  private nextSheetId = 1;
  private nextTableId = 1;
  private nextObjectId = 1;
  /** Created when the first formula arrives: a workbook of plain values never pays for the engine. */
  private engine: FormulaEngine | undefined;
  /** Per sheet, the area the engine has been sent. */
  private readonly engineExtent = new Map<SheetModel, CellRect>();
  private readonly baseStyle: EffectiveStyle;
  private editingCell = false;
  private editWaiters: Array<() => void> = [];

  constructor(readonly options: WorkbookOptions) {
    this.baseStyle = defaultStyle(options.defaults);
  }

  // ---- seeding and reading (no syncs) ------------------------------------------------------------

  /** Adds a sheet at the end, optionally filled from row arrays starting at A1 (see SeedValue). */
  addSheet(name: string, rows: readonly (readonly SeedValue[])[] = []): SheetModel {
    const sheet = this.createSheet(name);
    rows.forEach((line, r) =>
      line.forEach((value, c) => {
        if (value === null || value === "") return;
        const formula = typeof value === "string" && value.startsWith("=") && value.length > 1;
        this.setCellSeed(sheet, r, c, formula ? { formula: value } : { value });
      }),
    );
    return sheet;
  }

  sheet(name: string): SheetModel {
    const found = this.findSheet(name);
    if (!found) throw excelError(ErrorCode.itemNotFound, `no sheet named ${name}`);
    return found;
  }

  /**
   * Sets one cell's raw content and formatting, bypassing Excel's typed-entry conversions: `value` is
   * stored as given (the string "=x" stays text), `formula` is a formula.
   */
  setCell(sheetName: string, address: string, seed: CellSeed): void {
    const parsed = parseAddress(address);
    if (!parsed) throw excelError(ErrorCode.invalidArgument, `bad address ${address}`);
    this.setCellSeed(this.sheet(parsed.sheetName ?? sheetName), parsed.rect.row, parsed.rect.column, seed);
  }

  /** The cell's value as `Range.values` reports it (computed for formulas, "" when empty). */
  value(sheetName: string, address: string): number | string | boolean {
    const { sheet, row, column } = this.locate(sheetName, address);
    return toApiValue(this.valueAt(sheet, row, column));
  }

  /** The cell's text as displayed through its number format. */
  text(sheetName: string, address: string): string {
    const { sheet, row, column } = this.locate(sheetName, address);
    return this.textAt(sheet, row, column);
  }

  /** The formula, or the constant as `Range.formulas` reports it. */
  formula(sheetName: string, address: string): number | string | boolean {
    const { sheet, row, column } = this.locate(sheetName, address);
    return this.formulaAt(sheet, row, column);
  }

  /** The effective format of a cell (defaults, column, row and cell settings combined). */
  format(sheetName: string, address: string): EffectiveStyle {
    const { sheet, row, column } = this.locate(sheetName, address);
    return this.styleAt(sheet, row, column);
  }

  /** Displayed text of every cell of the used range (or of `address`), for the preview grid. */
  displayGrid(sheetName: string, address?: string): string[][] {
    const sheet = this.sheet(sheetName);
    let area: CellRect | null;
    if (address === undefined) area = this.usedRect(sheet, false);
    else {
      const parsed = parseAddress(address);
      if (!parsed) throw excelError(ErrorCode.invalidArgument, `bad address ${address}`);
      area = parsed.rect;
    }
    if (!area) return [];
    const grid: string[][] = [];
    for (let r = area.row; r <= lastRow(area); r++) {
      const line: string[] = [];
      for (let c = area.column; c <= lastColumn(area); c++) line.push(this.textAt(sheet, r, c));
      grid.push(line);
    }
    return grid;
  }

  /** Simulates the user typing in a cell: Office.js batches now fail or wait (delayForCellEdit). */
  startCellEdit(): void {
    this.editingCell = true;
  }

  /** The user presses Enter: batches waiting with delayForCellEdit run. */
  endCellEdit(): void {
    this.editingCell = false;
    const waiters = this.editWaiters;
    this.editWaiters = [];
    waiters.forEach((resume) => resume());
  }

  get isEditingCell(): boolean {
    return this.editingCell;
  }

  whenCellEditEnds(): Promise<void> {
    if (!this.editingCell) return Promise.resolve();
    return new Promise((resolve) => this.editWaiters.push(resolve));
  }

  // ---- sheets -------------------------------------------------------------------------------------

  findSheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => sameSheetName(s.name, name));
  }

  findSheetById(id: string): SheetModel | undefined {
    return this.sheets.find((s) => s.id.toLowerCase() === id.toLowerCase());
  }

  /** Excel's rules (sheetNameFault), and unique. */
  validateSheetName(name: string, except?: SheetModel): void {
    const fault = typeof name === "string" ? sheetNameFault(name) : "length";
    if (fault === "length") {
      throw excelError(ErrorCode.invalidArgument, `sheet name must be 1–31 characters: "${String(name)}"`);
    }
    if (fault === "character" || fault === "apostrophe") {
      throw excelError(ErrorCode.invalidArgument, `sheet name contains a character Excel forbids: "${name}"`);
    }
    if (fault === "reserved") throw excelError(ErrorCode.invalidArgument, `"History" is reserved`);
    const clash = this.findSheet(name);
    if (clash && clash !== except) throw excelError(ErrorCode.itemAlreadyExists, `a sheet named "${name}" exists`);
  }

  defaultSheetName(): string {
    let n = this.sheets.length + 1;
    while (this.findSheet(`Sheet${n}`)) n++;
    return `Sheet${n}`;
  }

  createSheet(name: string): SheetModel {
    this.validateSheetName(name);
    const id = `{00000000-${(this.nextSheetId++).toString(16).toUpperCase().padStart(4, "0")}-0000-C000-000000000046}`;
    const sheet = new SheetModel(name, id);
    this.sheets.push(sheet);
    this.engine?.addSheet(name);
    if (!this.activeSheet) this.activeSheet = sheet;
    return sheet;
  }

  assertStructureEditable(): void {
    if (this.protection.protected) throw excelError(ErrorCode.accessDenied, "the workbook structure is protected");
  }

  renameSheet(sheet: SheetModel, name: string): void {
    if (sheet.name === name) return;
    this.validateSheetName(name, sheet);
    const old = sheet.name;
    this.engine?.renameSheet(old, name);
    sheet.name = name;
    this.rewriteFormulas((f) => renameSheetInFormula(f, old, name));
    for (const n of this.names.values()) n.formula = renameSheetInFormula(n.formula, old, name);
  }

  deleteSheet(sheet: SheetModel): void {
    const visible = this.sheets.filter((s) => s.visibility === "Visible");
    if (visible.length === 1 && visible[0] === sheet) {
      throw excelError(ErrorCode.invalidOperation, "a workbook must keep at least one visible sheet");
    }
    const index = this.sheets.indexOf(sheet);
    this.sheets.splice(index, 1);
    sheet.deleted = true;
    for (const t of this.tables.filter((t) => t.sheet === sheet)) t.deleted = true;
    this.tables.splice(0, this.tables.length, ...this.tables.filter((t) => t.sheet !== sheet));
    this.engine?.removeSheet(sheet.name);
    this.rewriteFormulas((f) => dropSheetFromFormula(f, sheet.name));
    for (const n of this.names.values()) n.formula = dropSheetFromFormula(n.formula, sheet.name);
    if (this.activeSheet === sheet) {
      const after = this.sheets.slice(index).find((s) => s.visibility === "Visible");
      const before = this.sheets
        .slice(0, index)
        .reverse()
        .find((s) => s.visibility === "Visible");
      this.activeSheet = after ?? before;
    }
  }

  moveSheet(sheet: SheetModel, position: number): void {
    if (!Number.isInteger(position) || position < 0 || position >= this.sheets.length) {
      throw excelError(ErrorCode.invalidArgument, `position ${position} is outside 0–${this.sheets.length - 1}`);
    }
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(position, 0, sheet);
  }

  setVisibility(sheet: SheetModel, visibility: string): void {
    if (visibility !== "Visible" && visibility !== "Hidden" && visibility !== "VeryHidden") {
      throw excelError(ErrorCode.invalidArgument, `visibility ${visibility}`);
    }
    if (visibility !== "Visible") {
      const others = this.sheets.filter((s) => s !== sheet && s.visibility === "Visible");
      if (others.length === 0) throw excelError(ErrorCode.invalidOperation, "cannot hide the last visible sheet");
      if (this.activeSheet === sheet) this.activeSheet = others[0];
    }
    sheet.visibility = visibility;
  }

  activate(sheet: SheetModel): void {
    if (sheet.visibility !== "Visible") throw excelError(ErrorCode.invalidOperation, "cannot activate a hidden sheet");
    this.activeSheet = sheet;
  }

  newObjectId(): number {
    return this.nextObjectId++;
  }

  newTableId(): number {
    return this.nextTableId++;
  }

  // ---- cells --------------------------------------------------------------------------------------

  styleAt(sheet: SheetModel, row: number, column: number): EffectiveStyle {
    let style = this.baseStyle;
    style = overlay(style, sheet.sheetStyle);
    style = overlay(style, sheet.columnStyles.get(column));
    style = overlay(style, sheet.rowStyles.get(row));
    return overlay(style, sheet.cell(row, column)?.style);
  }

  get defaultStyle(): EffectiveStyle {
    return this.baseStyle;
  }

  valueAt(sheet: SheetModel, row: number, column: number): DisplayValue {
    const content = sheet.cell(row, column)?.content;
    if (!content) return null;
    if (content.kind === "value") return content.value;
    if (content.kind === "error") return { error: content.value };
    return this.liveEngine().getValue(sheet.name, row, column);
  }

  /**
   * What `Range.formulas` reports. Like Excel, the apostrophe of '=x is not returned, so writing the
   * formulas back turns the text into a formula (office-js issue #6687).
   */
  formulaAt(sheet: SheetModel, row: number, column: number): number | string | boolean {
    const content = sheet.cell(row, column)?.content;
    if (!content) return "";
    if (content.kind === "formula") return content.formula;
    return content.value;
  }

  textAt(sheet: SheetModel, row: number, column: number): string {
    return formatDisplay(this.valueAt(sheet, row, column), this.styleAt(sheet, row, column).numberFormat);
  }

  /** The smallest rectangle holding every cell with content (and, unless valuesOnly, formatting). */
  usedRect(sheet: SheetModel, valuesOnly: boolean, within?: CellRect): CellRect | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [key, cell] of sheet.cells) {
      if (valuesOnly ? cell.content === undefined : cell.content === undefined && !cell.style && !cell.hyperlink) {
        continue;
      }
      const r = SheetModel.rowOf(key);
      const c = SheetModel.columnOf(key);
      if (within && !containsCell(within, r, c)) continue;
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    }
    if (bottom < 0) return null;
    return rect(top, left, bottom - top + 1, right - left + 1);
  }

  /** Tells the formula engine about cells changed in `area` (content only). */
  cellsChanged(sheet: SheetModel, area: CellRect): void {
    if (!this.engine) {
      for (const key of sheet.formulaKeys) {
        if (containsCell(area, SheetModel.rowOf(key), SheetModel.columnOf(key))) {
          this.goLive();
          return;
        }
      }
      return;
    }
    this.pushToEngine(sheet, area);
  }

  /** Rewrites every formula of the workbook (sheet renamed or deleted, cells moved). */
  rewriteFormulas(rewrite: (formula: string, sheet: SheetModel) => string): void {
    const changed: Array<{ sheet: SheetModel; key: number }> = [];
    for (const sheet of this.sheets) {
      for (const key of sheet.formulaKeys) {
        const cell = sheet.cells.get(key);
        if (cell?.content?.kind !== "formula") continue;
        const next = rewrite(cell.content.formula, sheet);
        if (next !== cell.content.formula) {
          cell.content = { kind: "formula", formula: next };
          changed.push({ sheet, key });
        }
      }
    }
    const engine = this.engine;
    if (engine && changed.length > 0) {
      engine.batch(() => {
        for (const { sheet, key } of changed) {
          this.pushToEngine(sheet, rect(SheetModel.rowOf(key), SheetModel.columnOf(key)));
        }
      });
    }
  }

  /** Re-sends a whole area to the engine (after structural edits). */
  refreshEngine(sheet: SheetModel, area: CellRect | null): void {
    if (this.engine && area) this.pushToEngine(sheet, area);
    else if (!this.engine && sheet.formulaKeys.size > 0) this.goLive();
  }

  defineName(name: string, formula: string | null): void {
    const engine = this.engine;
    if (!engine) return;
    engine.setName(name, formula);
    // Formulas that use the name were read before it existed.
    engine.batch(() => {
      for (const sheet of this.sheets) {
        for (const key of sheet.formulaKeys)
          this.pushToEngine(sheet, rect(SheetModel.rowOf(key), SheetModel.columnOf(key)));
      }
    });
  }

  /** True once a formula made the workbook start its calculation engine. */
  get calculating(): boolean {
    return this.engine !== undefined;
  }

  destroy(): void {
    this.engine?.destroy();
    this.engine = undefined;
  }

  // ---- internals ----------------------------------------------------------------------------------

  private locate(sheetName: string, address: string): { sheet: SheetModel; row: number; column: number } {
    const parsed = parseAddress(address);
    if (!parsed) throw excelError(ErrorCode.invalidArgument, `bad address ${address}`);
    return { sheet: this.sheet(parsed.sheetName ?? sheetName), row: parsed.rect.row, column: parsed.rect.column };
  }

  private setCellSeed(sheet: SheetModel, row: number, column: number, seed: CellSeed): void {
    let content: CellContent | undefined;
    if (seed.formula !== undefined) content = { kind: "formula", formula: normalizeFormula(seed.formula) };
    else if (seed.value !== undefined && seed.value !== null && seed.value !== "") {
      content = { kind: "value", value: seed.value };
    }
    if (seed.value !== undefined || seed.formula !== undefined) sheet.setContent(row, column, content);
    if (seed.numberFormat !== undefined || seed.style) {
      const cell: Cell = sheet.ensureCell(row, column);
      cell.style = overlay(cell.style ?? {}, {
        ...(seed.style ?? {}),
        ...(seed.numberFormat !== undefined ? { numberFormat: seed.numberFormat } : {}),
      });
    }
    if (seed.hyperlink) sheet.ensureCell(row, column).hyperlink = seed.hyperlink;
    this.cellsChanged(sheet, rect(row, column));
  }

  private liveEngine(): FormulaEngine {
    if (!this.engine) this.goLive();
    return this.engine as FormulaEngine;
  }

  private goLive(): void {
    const engine = this.options.engine();
    this.engine = engine;
    for (const sheet of this.sheets) engine.addSheet(sheet.name);
    engine.batch(() => {
      // Names first: formulas that use them are read when their cells are set.
      for (const n of this.names.values()) engine.setName(n.name, n.formula);
      for (const sheet of this.sheets) {
        const used = this.usedRect(sheet, true);
        if (used) this.pushToEngine(sheet, used);
      }
    });
  }

  /**
   * Sends an area's contents to the engine. A big area (a whole column cleared) is cut down to where
   * content is or was: cells outside both are empty in the workbook and in the engine alike.
   */
  private pushToEngine(sheet: SheetModel, area: CellRect): void {
    let target: CellRect | null = area;
    if (cellCount(area) > 65_536) {
      const used = this.usedRect(sheet, true);
      const known = this.engineExtent.get(sheet);
      const reach = used && known ? boundingRect(used, known) : (used ?? known);
      target = reach ? intersect(area, reach) : null;
    }
    if (!target) return;
    const known = this.engineExtent.get(sheet);
    this.engineExtent.set(sheet, known ? boundingRect(known, target) : target);
    const contents: EngineInput[][] = [];
    for (let r = target.row; r <= lastRow(target); r++) {
      const line: EngineInput[] = [];
      for (let c = target.column; c <= lastColumn(target); c++) line.push(toEngineInput(sheet.cell(r, c)?.content));
      contents.push(line);
    }
    this.engine?.setCells(sheet.name, target.row, target.column, contents);
  }
}

function toEngineInput(content: CellContent | undefined): EngineInput {
  if (!content) return null;
  if (content.kind === "value") return content.value;
  if (content.kind === "error") return { error: content.value };
  return { formula: content.formula };
}

/** A display value as Office.js reports it in `values`: errors as their text, empty as "". */
export function toApiValue(value: DisplayValue): number | string | boolean {
  if (value === null) return "";
  if (typeof value === "object") return value.error;
  return value;
}
