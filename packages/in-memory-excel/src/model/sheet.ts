/**
 * One worksheet as plain data: sparse cells, row/column formats and sizes, merged areas, and the
 * sheet-level settings Office.js exposes (freeze panes, page layout, protection, custom properties,
 * data validation, conditional formats, charts, selection).
 */
import { MAX_COLUMNS } from "@tassei/excel-rules";
import { type CellRect, rect } from "./address";
import type { StyleProps } from "./style";

export type CellContent =
  | { readonly kind: "value"; readonly value: number | string | boolean; readonly apostrophe?: boolean }
  | { readonly kind: "error"; readonly value: string }
  | { readonly kind: "formula"; readonly formula: string };

export interface Hyperlink {
  readonly address?: string;
  readonly documentReference?: string;
  readonly screenTip?: string;
  readonly textToDisplay?: string;
}

export interface Cell {
  content?: CellContent;
  style?: StyleProps;
  hyperlink?: Hyperlink;
}

export type SheetVisibility = "Visible" | "Hidden" | "VeryHidden";

export interface ProtectionOptions {
  readonly allowAutoFilter: boolean;
  readonly allowDeleteColumns: boolean;
  readonly allowDeleteRows: boolean;
  readonly allowEditObjects: boolean;
  readonly allowEditScenarios: boolean;
  readonly allowFormatCells: boolean;
  readonly allowFormatColumns: boolean;
  readonly allowFormatRows: boolean;
  readonly allowInsertColumns: boolean;
  readonly allowInsertHyperlinks: boolean;
  readonly allowInsertRows: boolean;
  readonly allowPivotTables: boolean;
  readonly allowSort: boolean;
  readonly selectionMode: string;
}

export const DEFAULT_PROTECTION_OPTIONS: ProtectionOptions = {
  allowAutoFilter: false,
  allowDeleteColumns: false,
  allowDeleteRows: false,
  allowEditObjects: false,
  allowEditScenarios: false,
  allowFormatCells: false,
  allowFormatColumns: false,
  allowFormatRows: false,
  allowInsertColumns: false,
  allowInsertHyperlinks: false,
  allowInsertRows: false,
  allowPivotTables: false,
  allowSort: false,
  selectionMode: "Normal",
};

export interface SheetProtection {
  protected: boolean;
  password?: string;
  options: ProtectionOptions;
}

export interface PageZoom {
  readonly scale?: number;
  readonly horizontalFitToPages?: number;
  readonly verticalFitToPages?: number;
}

/** One set of header and footer sections, as Office.js's HeaderFooter gives them (Excel's header codes, kept as set). */
export interface HeaderFooterTexts {
  leftHeader: string;
  centerHeader: string;
  rightHeader: string;
  leftFooter: string;
  centerFooter: string;
  rightFooter: string;
}

export const HEADER_FOOTER_SECTIONS = [
  "leftHeader",
  "centerHeader",
  "rightHeader",
  "leftFooter",
  "centerFooter",
  "rightFooter",
] as const;

/** The four sets of HeaderFooterGroup: every page, the first page, even pages, odd pages. */
export const HEADER_FOOTER_PAGES = ["defaultForAllPages", "firstPage", "evenPages", "oddPages"] as const;
export type HeaderFooterPages = (typeof HEADER_FOOTER_PAGES)[number];

export const HEADER_FOOTER_STATES = ["Default", "FirstAndDefault", "OddAndEven", "FirstOddAndEven"] as const;

export interface HeadersFootersModel {
  state: (typeof HEADER_FOOTER_STATES)[number];
  useSheetMargins: boolean;
  useSheetScale: boolean;
  readonly pages: Record<HeaderFooterPages, HeaderFooterTexts>;
}

export interface PageLayoutModel {
  orientation: string;
  paperSize: string;
  zoom: PageZoom;
  topMargin: number;
  bottomMargin: number;
  leftMargin: number;
  rightMargin: number;
  headerMargin: number;
  footerMargin: number;
  centerHorizontally: boolean;
  centerVertically: boolean;
  printGridlines: boolean;
  printHeadings: boolean;
  blackAndWhite: boolean;
  draftMode: boolean;
  printComments: string;
  printErrors: string;
  printOrder: string;
  firstPageNumber: number | "";
  printTitleRows: CellRect | null;
  printTitleColumns: CellRect | null;
  printArea: CellRect[] | null;
  readonly headersFooters: HeadersFootersModel;
}

function emptyHeaderFooter(): HeaderFooterTexts {
  return { leftHeader: "", centerHeader: "", rightHeader: "", leftFooter: "", centerFooter: "", rightFooter: "" };
}

export function defaultPageLayout(): PageLayoutModel {
  return {
    orientation: "Portrait",
    paperSize: "A4",
    zoom: { scale: 100 },
    topMargin: 54,
    bottomMargin: 54,
    leftMargin: 50.4,
    rightMargin: 50.4,
    headerMargin: 21.6,
    footerMargin: 21.6,
    centerHorizontally: false,
    centerVertically: false,
    printGridlines: false,
    printHeadings: false,
    blackAndWhite: false,
    draftMode: false,
    printComments: "NoComments",
    printErrors: "AsDisplayed",
    printOrder: "DownThenOver",
    firstPageNumber: "",
    printTitleRows: null,
    printTitleColumns: null,
    printArea: null,
    headersFooters: {
      state: "Default",
      useSheetMargins: true,
      useSheetScale: true,
      pages: {
        defaultForAllPages: emptyHeaderFooter(),
        firstPage: emptyHeaderFooter(),
        evenPages: emptyHeaderFooter(),
        oddPages: emptyHeaderFooter(),
      },
    },
  };
}

export interface DataValidationRuleData {
  readonly type: string;
  /** The Office.js rule object as set, with Range sources turned into formulas. */
  readonly rule: Readonly<Record<string, unknown>>;
}

export interface ValidationModel {
  areas: CellRect[];
  rule: DataValidationRuleData | null;
  errorAlert: { showAlert: boolean; style: string; title: string; message: string };
  prompt: { showPrompt: boolean; title: string; message: string };
  ignoreBlanks: boolean;
}

export interface ConditionalFormatData {
  readonly id: string;
  readonly type: string;
  areas: CellRect[];
  priority: number;
  stopIfTrue: boolean;
  rule: Record<string, unknown>;
  format: {
    fontColor?: string | null;
    bold?: boolean | null;
    italic?: boolean | null;
    strikethrough?: boolean | null;
    underline?: string | null;
    fillColor?: string | null;
    numberFormat?: string | null;
  };
}

export interface ChartModel {
  readonly id: string;
  name: string;
  chartType: string;
  sourceSheet: SheetModel;
  source: CellRect;
  seriesBy: string;
  title: { text: string; visible: boolean };
  top: number;
  left: number;
  width: number;
  height: number;
  deleted: boolean;
}

export class SheetModel {
  name: string;
  readonly id: string;
  visibility: SheetVisibility = "Visible";
  tabColor = "";
  showGridlines = true;
  showHeadings = true;
  /** Set when the sheet is deleted, so stale Office.js proxies fail like Excel's do. */
  deleted = false;
  readonly cells = new Map<number, Cell>();
  /** Keys of the cells holding formulas, so structural edits rewrite only those. */
  readonly formulaKeys = new Set<number>();
  sheetStyle: StyleProps | undefined;
  readonly rowStyles = new Map<number, StyleProps>();
  readonly columnStyles = new Map<number, StyleProps>();
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly hiddenRows = new Set<number>();
  readonly hiddenColumns = new Set<number>();
  merges: CellRect[] = [];
  freeze = { rows: 0, columns: 0 };
  readonly pageLayout: PageLayoutModel = defaultPageLayout();
  /**
   * Manual horizontal page breaks: the row each one starts a page at (zero-based) → the column of the cell
   * it was added at. One break per row.
   */
  readonly rowBreaks = new Map<number, number>();
  readonly protection: SheetProtection = { protected: false, options: DEFAULT_PROTECTION_OPTIONS };
  readonly customProperties: Array<{ key: string; value: string }> = [];
  validations: ValidationModel[] = [];
  conditionalFormats: ConditionalFormatData[] = [];
  readonly charts: ChartModel[] = [];
  selection: CellRect = rect(0, 0);

  constructor(name: string, id: string) {
    this.name = name;
    this.id = id;
  }

  static key(row: number, column: number): number {
    return row * MAX_COLUMNS + column;
  }

  static rowOf(key: number): number {
    return Math.floor(key / MAX_COLUMNS);
  }

  static columnOf(key: number): number {
    return key % MAX_COLUMNS;
  }

  cell(row: number, column: number): Cell | undefined {
    return this.cells.get(SheetModel.key(row, column));
  }

  ensureCell(row: number, column: number): Cell {
    const key = SheetModel.key(row, column);
    let cell = this.cells.get(key);
    if (!cell) {
      cell = {};
      this.cells.set(key, cell);
    }
    return cell;
  }

  setContent(row: number, column: number, content: CellContent | undefined): void {
    const key = SheetModel.key(row, column);
    if (content === undefined) {
      const cell = this.cells.get(key);
      if (!cell) return;
      delete cell.content;
      this.formulaKeys.delete(key);
      this.dropIfEmpty(key, cell);
      return;
    }
    this.ensureCell(row, column).content = content;
    if (content.kind === "formula") this.formulaKeys.add(key);
    else this.formulaKeys.delete(key);
  }

  dropIfEmpty(key: number, cell: Cell): void {
    if (cell.content === undefined && cell.style === undefined && cell.hyperlink === undefined) this.cells.delete(key);
  }

  /** Replaces every cell at once (structural edits build the new map and swap it in). */
  replaceCells(next: Map<number, Cell>): void {
    this.cells.clear();
    this.formulaKeys.clear();
    for (const [key, cell] of next) {
      this.cells.set(key, cell);
      if (cell.content?.kind === "formula") this.formulaKeys.add(key);
    }
  }
}
