/**
 * What a worksheet prints besides its cells (ExcelApi 1.9): the headers and footers of its pages
 * (`pageLayout.headersFooters`) and its manual horizontal page breaks (`worksheet.horizontalPageBreaks`).
 * Texts are kept as set, header codes (`&P`, `&&`) and all; nothing is printed.
 */
import { rect } from "../model/address";
import { ErrorCode, excelError } from "../model/excel-error";
import {
  HEADER_FOOTER_PAGES,
  HEADER_FOOTER_SECTIONS,
  HEADER_FOOTER_STATES,
  type HeaderFooterPages,
  type HeaderFooterTexts,
  type SheetModel,
} from "../model/sheet";
import { type MethodsOf, type PathSpec, type ProxyContext, type ProxyNode, ProxyObject, type ProxySpec } from "./proxy";
import { Range, rangeArgument } from "./range";

const alive = (s: SheetModel) => !s.deleted;

const GROUP: ProxySpec<SheetModel> = {
  typeName: "HeaderFooterGroup",
  alive,
  navigation: HEADER_FOOTER_PAGES,
  scalars: {
    state: (s) => s.pageLayout.headersFooters.state,
    useSheetMargins: (s) => s.pageLayout.headersFooters.useSheetMargins,
    useSheetScale: (s) => s.pageLayout.headersFooters.useSheetScale,
  },
};

function flag(value: unknown, what: string): boolean {
  if (typeof value !== "boolean") throw excelError(ErrorCode.invalidArgument, `${what} must be true or false`);
  return value;
}

/** `pageLayout.headersFooters`: which set applies to which pages (`state`) and the four sets. */
export class HeaderFooterGroup
  extends ProxyObject<SheetModel>
  implements Pick<Excel.HeaderFooterGroup, "state" | "useSheetMargins" | "useSheetScale">
{
  constructor(ctx: ProxyContext, resolver: () => SheetModel | null, parent: ProxyNode, path: PathSpec) {
    super(ctx, resolver, parent, path);
  }

  protected _spec(): ProxySpec<SheetModel> {
    return GROUP;
  }

  get state(): Excel.HeaderFooterState {
    return this._get("state");
  }
  set state(state: Excel.HeaderFooterState) {
    this._set("state", state, (s) => {
      const known = HEADER_FOOTER_STATES.find((k) => k === state);
      if (known === undefined) throw excelError(ErrorCode.invalidArgument, `header/footer state ${String(state)}`);
      s.pageLayout.headersFooters.state = known;
    });
  }

  get useSheetMargins(): boolean {
    return this._get("useSheetMargins");
  }
  set useSheetMargins(use: boolean) {
    this._set("useSheetMargins", use, (s) => {
      s.pageLayout.headersFooters.useSheetMargins = flag(use, "useSheetMargins");
    });
  }

  get useSheetScale(): boolean {
    return this._get("useSheetScale");
  }
  set useSheetScale(use: boolean) {
    this._set("useSheetScale", use, (s) => {
      s.pageLayout.headersFooters.useSheetScale = flag(use, "useSheetScale");
    });
  }

  /** Every page's header and footer, unless `state` asks for a different first page or odd and even pages. */
  get defaultForAllPages(): HeaderFooter {
    return this._pages("defaultForAllPages");
  }
  get firstPage(): HeaderFooter {
    return this._pages("firstPage");
  }
  get evenPages(): HeaderFooter {
    return this._pages("evenPages");
  }
  get oddPages(): HeaderFooter {
    return this._pages("oddPages");
  }

  private _pages(pages: HeaderFooterPages): HeaderFooter {
    return this._nav(pages, (path) => new HeaderFooter(this._ctx, () => this._target(), this, path, pages));
  }
}

type Section = keyof HeaderFooterTexts;

const SET_SPECS = new Map<HeaderFooterPages, ProxySpec<SheetModel>>(
  HEADER_FOOTER_PAGES.map((pages) => [
    pages,
    {
      typeName: "HeaderFooter",
      alive,
      scalars: Object.fromEntries(
        HEADER_FOOTER_SECTIONS.map((section) => [
          section,
          (s: SheetModel) => s.pageLayout.headersFooters.pages[pages][section],
        ]),
      ),
    },
  ]),
);

/** One set of header and footer sections: left, centre and right, each a text in Excel's header codes. */
export class HeaderFooter extends ProxyObject<SheetModel> implements Pick<Excel.HeaderFooter, Section> {
  constructor(
    ctx: ProxyContext,
    resolver: () => SheetModel | null,
    parent: ProxyNode,
    path: PathSpec,
    private readonly _which: HeaderFooterPages,
  ) {
    super(ctx, resolver, parent, path);
  }

  protected _spec(): ProxySpec<SheetModel> {
    return SET_SPECS.get(this._which)!;
  }

  private _section(section: Section, text: string): void {
    this._set(section, text, (s) => {
      if (typeof text !== "string") throw excelError(ErrorCode.invalidArgument, `${section} must be text`);
      s.pageLayout.headersFooters.pages[this._which][section] = text;
    });
  }

  get leftHeader(): string {
    return this._get("leftHeader");
  }
  set leftHeader(text: string) {
    this._section("leftHeader", text);
  }
  get centerHeader(): string {
    return this._get("centerHeader");
  }
  set centerHeader(text: string) {
    this._section("centerHeader", text);
  }
  get rightHeader(): string {
    return this._get("rightHeader");
  }
  set rightHeader(text: string) {
    this._section("rightHeader", text);
  }
  get leftFooter(): string {
    return this._get("leftFooter");
  }
  set leftFooter(text: string) {
    this._section("leftFooter", text);
  }
  get centerFooter(): string {
    return this._get("centerFooter");
  }
  set centerFooter(text: string) {
    this._section("centerFooter", text);
  }
  get rightFooter(): string {
    return this._get("rightFooter");
  }
  set rightFooter(text: string) {
    this._section("rightFooter", text);
  }
}

interface BreakRef {
  readonly sheet: SheetModel;
  readonly row: number;
}

/** The sheet's breaks top to bottom (the order a file lists them in). */
function breaksOf(s: SheetModel): BreakRef[] {
  return [...s.rowBreaks.keys()].sort((a, b) => a - b).map((row) => ({ sheet: s, row }));
}

const COLLECTION: ProxySpec<SheetModel> = {
  typeName: "PageBreakCollection",
  alive,
  scalars: {},
  items: (s, owner) =>
    breaksOf(s).map((ref) =>
      new PageBreak(owner._ctx, () => null, owner, { type: 5, name: String(ref.row) })._bind(ref),
    ),
};

/** `worksheet.horizontalPageBreaks`: the manual breaks only, as Office.js says; Excel's automatic ones are not kept. */
export class PageBreakCollection
  extends ProxyObject<SheetModel>
  implements MethodsOf<Excel.PageBreakCollection, "add" | "getCount" | "getItem" | "removePageBreaks">
{
  constructor(ctx: ProxyContext, resolver: () => SheetModel | null, parent: ProxyNode, path: PathSpec) {
    super(ctx, resolver, parent, path);
  }

  protected _spec(): ProxySpec<SheetModel> {
    return COLLECTION;
  }

  get items(): PageBreak[] {
    return this._itemsOrThrow<PageBreak>();
  }

  /**
   * A break above the top-left cell of `pageBreakRange` (a Range or an address on this sheet). A row holds
   * one break: adding one where there is one keeps one. No page starts above the first row: InvalidArgument.
   */
  add(pageBreakRange: Excel.Range | string): PageBreak {
    return this._method(PageBreak, "add", [pageBreakRange], (s) => {
      const target = rangeArgument(pageBreakRange, s, this._wb);
      if (target.sheet !== s) throw excelError(ErrorCode.invalidArgument, "the range is on another worksheet");
      if (target.rect.row === 0) throw excelError(ErrorCode.invalidArgument, "no page break above the first row");
      s.rowBreaks.set(target.rect.row, target.rect.column);
      return { sheet: s, row: target.rect.row };
    });
  }

  getCount(): OfficeExtension.ClientResult<number> {
    return this._callForResult("getCount", [], (s) => s.rowBreaks.size);
  }

  getItem(index: number): PageBreak {
    return this._method(PageBreak, "getItem", [index], (s) => {
      const found = breaksOf(s)[index];
      if (!found) throw excelError(ErrorCode.invalidArgument, `no page break at ${index}`);
      return found;
    });
  }

  /** Removes every manual break of the sheet. */
  removePageBreaks(): void {
    this._call("removePageBreaks", [], (s) => s.rowBreaks.clear());
  }
}

const BREAK: ProxySpec<BreakRef> = {
  typeName: "PageBreak",
  alive: (b) => !b.sheet.deleted && b.sheet.rowBreaks.has(b.row),
  scalars: {
    rowIndex: (b) => b.row,
    columnIndex: (b) => b.sheet.rowBreaks.get(b.row) ?? 0,
  },
};

/** One manual break: the row its page starts at and the column of the cell it was added at (zero-based). */
export class PageBreak
  extends ProxyObject<BreakRef>
  implements
    Pick<Excel.PageBreak, "rowIndex" | "columnIndex">,
    MethodsOf<Excel.PageBreak, "delete" | "getCellAfterBreak">
{
  constructor(ctx: ProxyContext, resolver: () => BreakRef | null, parent: ProxyNode, path: PathSpec) {
    super(ctx, resolver, parent, path);
  }

  protected _spec(): ProxySpec<BreakRef> {
    return BREAK;
  }

  get rowIndex(): number {
    return this._get("rowIndex");
  }

  get columnIndex(): number {
    return this._get("columnIndex");
  }

  delete(): void {
    this._call("delete", [], (b) => b.sheet.rowBreaks.delete(b.row));
  }

  /** The cell the break was added at: the first of the page after it. */
  getCellAfterBreak(): Range {
    return this._method(Range, "getCellAfterBreak", [], (b) => ({
      sheet: b.sheet,
      rect: rect(b.row, b.sheet.rowBreaks.get(b.row) ?? 0),
    }));
  }
}
