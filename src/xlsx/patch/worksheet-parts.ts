/**
 * A worksheet part's own elements other than its cells — views, columns, links, print settings (page setup,
 * header and footer, row breaks) — set in place, each where ECMA-376's CT_Worksheet order puts it. Whatever
 * else the sheet holds stays as written.
 */
import {
  MAX_COLUMNS,
  type RangeRef,
  cellAddress,
  parseRangeAddress,
  quoteSheetName,
  rangeWithin,
} from "@tassei/excel-rules";
import { headerFooterCodes, plannedRowBreaks } from "../../core/workbook/header-footer";
import type { ColumnWidth, HyperlinkPlan, PrintPlan, SheetPlan } from "../../core/workbook/plan";
import { type WorksheetChild, elementsAfter, worksheetTailStart } from "../part-locations";
import { encodeOoxmlText } from "../ooxml-text";
import { pointsToColumnWidth } from "../units";

const RELATIONSHIPS_NAMESPACE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
import { attribute, escapeXml, relationshipId } from "../xml";
import { childElements, findElement, startTagAttributes, withAttribute } from "./xml-elements";

/** The worksheet's prefix ("x:" or ""), which new elements take. */
export function worksheetPrefix(xml: string): string {
  return /<(\w+:)?worksheet\b/.exec(xml)?.[1] ?? "";
}

/** The worksheet's direct children named `name` (spans into `xml`). */
function ownChildren(xml: string, name: WorksheetChild) {
  const root = findElement(xml, "worksheet");
  if (!root) return [];
  const tail = worksheetTailStart(xml);
  const sheetData = findElement(xml, "sheetData");
  const headEnd = sheetData ? sheetData.start : tail;
  // The cells are skipped: their tags are never the worksheet's own children.
  const head = childElements(xml, root.contentStart, headEnd);
  const rest = childElements(xml, Math.max(tail, headEnd), root.contentEnd);
  return [...head, ...(sheetData ? [sheetData] : []), ...rest].filter((e) => e.name === name);
}

/** The first of the worksheet's children named `name`, as text, or null. */
export function worksheetChild(xml: string, name: WorksheetChild): string | null {
  const found = ownChildren(xml, name)[0];
  return found ? xml.slice(found.start, found.end) : null;
}

/** The worksheet with its `name` children replaced by `element` (removed when null), in schema order. */
export function setWorksheetChild(xml: string, name: WorksheetChild, element: string | null): string {
  const existing = ownChildren(xml, name);
  if (existing.length > 0) {
    let out = xml;
    for (const e of [...existing].reverse()) out = out.slice(0, e.start) + out.slice(e.end);
    const at = existing[0]!.start;
    return element === null ? out : out.slice(0, at) + element + out.slice(at);
  }
  if (element === null) return xml;
  const after = elementsAfter(name) as readonly WorksheetChild[];
  for (const next of after) {
    const found = ownChildren(xml, next)[0];
    if (found) return xml.slice(0, found.start) + element + xml.slice(found.start);
  }
  const root = findElement(xml, "worksheet")!;
  return xml.slice(0, root.contentEnd) + element + xml.slice(root.contentEnd);
}

/** Frozen rows and columns on the sheet's first view; its other settings (zoom, gridlines) stay. */
export function withFreeze(xml: string, freeze: NonNullable<SheetPlan["freeze"]>): string {
  const p = worksheetPrefix(xml);
  const views = worksheetChild(xml, "sheetViews") ?? "";
  const root = views === "" ? undefined : childElements(views, 0, views.length)[0];
  const list = root && root.contentStart !== root.end ? childElements(views, root.contentStart, root.contentEnd) : [];
  const first = list[0];
  let attributes = first ? startTagAttributes(views, first) : "";
  if (!/workbookViewId/.test(attributes)) attributes += ' workbookViewId="0"';
  // CT_SheetView: the pane and selections first, then what else the view holds.
  const kept =
    first && first.contentStart !== first.end
      ? childElements(views, first.contentStart, first.contentEnd)
          .filter((e) => e.name !== "pane" && e.name !== "selection")
          .map((e) => views.slice(e.start, e.end))
      : [];
  const view = `<${p}sheetView${attributes}>${paneXml(p, freeze)}${kept.join("")}</${p}sheetView>`;
  const others = list.slice(1).map((e) => views.slice(e.start, e.end));
  return setWorksheetChild(xml, "sheetViews", `<${p}sheetViews>${view}${others.join("")}</${p}sheetViews>`);
}

function paneXml(p: string, freeze: NonNullable<SheetPlan["freeze"]>): string {
  if (freeze.rows <= 0 && freeze.columns <= 0) return "";
  const topLeft = cellAddress({ row: freeze.rows, column: freeze.columns });
  const active = freeze.rows > 0 && freeze.columns > 0 ? "bottomRight" : freeze.rows > 0 ? "bottomLeft" : "topRight";
  const x = freeze.columns > 0 ? ` xSplit="${freeze.columns}"` : "";
  const y = freeze.rows > 0 ? ` ySplit="${freeze.rows}"` : "";
  return `<${p}pane${x}${y} topLeftCell="${topLeft}" activePane="${active}" state="frozen"/><${p}selection pane="${active}"/>`;
}

/** Column widths set; each column's other settings (style, hidden) kept, runs split where they differ. */
export function withColumnWidths(xml: string, widths: readonly ColumnWidth[]): string {
  if (widths.length === 0) return xml;
  const p = worksheetPrefix(xml);
  const cols = worksheetChild(xml, "cols");
  const byColumn = new Map<number, string>();
  if (cols) {
    for (const col of childElements(cols, 0, cols.length).flatMap((e) =>
      e.contentStart === e.end ? [] : childElements(cols, e.contentStart, e.contentEnd),
    )) {
      const raw = startTagAttributes(cols, col);
      const min = Number(attribute(raw, "min"));
      const max = Number(attribute(raw, "max"));
      const rest = withAttribute(withAttribute(raw, "min", null), "max", null);
      for (let c = min; c <= max && Number.isInteger(c); c++) byColumn.set(c, rest);
    }
  }
  for (const width of widths) {
    const column = width.column + 1;
    let raw = byColumn.get(column) ?? "";
    raw = withAttribute(raw, "width", String(pointsToColumnWidth(width.points)));
    raw = withAttribute(raw, "customWidth", "1");
    byColumn.set(column, raw);
  }
  const columns = [...byColumn.keys()].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < columns.length;) {
    const first = columns[i]!;
    const raw = byColumn.get(first)!;
    let last = first;
    while (i + 1 < columns.length && columns[i + 1] === last + 1 && byColumn.get(columns[i + 1]!) === raw)
      last = columns[++i]!;
    i++;
    runs.push(`<${p}col min="${first}" max="${last}"${raw}/>`);
  }
  return setWorksheetChild(xml, "cols", `<${p}cols>${runs.join("")}</${p}cols>`);
}

const PAPER_SIZES = { A4: 9, A3: 8 } as const;

/** Paper, orientation and fit to one page wide; the page setup's other settings stay. */
export function withPrint(xml: string, print: PrintPlan): string {
  const p = worksheetPrefix(xml);
  const current = worksheetChild(xml, "pageSetup");
  let raw = current ? startTagAttributes(current, childElements(current, 0, current.length)[0]!) : "";
  raw = withAttribute(raw, "paperSize", String(PAPER_SIZES[print.paper]));
  raw = withAttribute(raw, "orientation", print.orientation);
  raw = withAttribute(raw, "fitToWidth", print.fitToWidth ? "1" : null);
  raw = withAttribute(raw, "fitToHeight", print.fitToWidth ? "0" : null);
  let out = xml;
  if (!worksheetChild(out, "pageMargins")) {
    out = setWorksheetChild(
      out,
      "pageMargins",
      `<${p}pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`,
    );
  }
  out = setWorksheetChild(out, "pageSetup", `<${p}pageSetup${raw}/>`);
  // Fit to page is switched on in the sheet's properties.
  const sheetPr = worksheetChild(out, "sheetPr");
  const span = sheetPr ? childElements(sheetPr, 0, sheetPr.length)[0] : undefined;
  const prAttributes = sheetPr && span ? startTagAttributes(sheetPr, span) : "";
  const children =
    sheetPr && span && span.contentStart !== span.end ? childElements(sheetPr, span.contentStart, span.contentEnd) : [];
  const setUp = children.find((c) => c.name === "pageSetUpPr");
  const setUpAttributes = withAttribute(
    setUp ? startTagAttributes(sheetPr!, setUp) : "",
    "fitToPage",
    print.fitToWidth ? "1" : null,
  );
  const before = children
    .filter((c) => c.name === "tabColor" || c.name === "outlinePr")
    .map((c) => sheetPr!.slice(c.start, c.end));
  const pageSetUpPr = `<${p}pageSetUpPr${setUpAttributes}/>`;
  return setWorksheetChild(
    out,
    "sheetPr",
    `<${p}sheetPr${prAttributes}>${before.join("")}${pageSetUpPr}</${p}sheetPr>`,
  );
}

/**
 * The page header and footer the plan asks for, replacing the sheet's (first and even pages' included); the
 * sheet's own stay when the plan names neither. Texts in Excel's header codes (core/workbook/header-footer).
 */
export function withHeaderFooter(xml: string, print: PrintPlan): string {
  const codes = headerFooterCodes(print);
  if (codes === null) return xml;
  const p = worksheetPrefix(xml);
  const part = (name: string, code: string | null) =>
    code === null ? "" : `<${p}${name}>${escapeXml(encodeOoxmlText(code))}</${p}${name}>`;
  const content = part("oddHeader", codes.oddHeader) + part("oddFooter", codes.oddFooter);
  return setWorksheetChild(
    xml,
    "headerFooter",
    content === "" ? null : `<${p}headerFooter>${content}</${p}headerFooter>`,
  );
}

/** The last column's index: a row break runs across the whole sheet, as Excel writes it. */
const LAST_COLUMN_INDEX = MAX_COLUMNS - 1;

/** The sheet's manual row breaks, exactly the plan's (those it had go): `<brk id>` is the row a page starts at. */
export function withRowBreaks(xml: string, print: PrintPlan): string {
  const rows = plannedRowBreaks(print);
  const p = worksheetPrefix(xml);
  const breaks = rows.map((row) => `<${p}brk id="${row}" max="${LAST_COLUMN_INDEX}" man="1"/>`).join("");
  const element =
    rows.length === 0
      ? null
      : `<${p}rowBreaks count="${rows.length}" manualBreakCount="${rows.length}">${breaks}</${p}rowBreaks>`;
  return setWorksheetChild(xml, "rowBreaks", element);
}

export interface ExternalLink {
  readonly id: string;
  readonly url: string;
}

/**
 * The sheet's links: those inside `cleared` go, the plan's are added (replacing any on the same cell).
 * Links to a web address need a relationship each: `newRelationshipId` makes its id.
 */
export function withHyperlinks(
  xml: string,
  links: readonly HyperlinkPlan[],
  cleared: readonly RangeRef[],
  newRelationshipId: () => string,
): { xml: string; external: ExternalLink[]; removedIds: string[] } {
  const p = worksheetPrefix(xml);
  const current = worksheetChild(xml, "hyperlinks");
  const planned = new Set(links.map((l) => cellAddress(l.cell)));
  const kept: string[] = [];
  const removedIds: string[] = [];
  if (current) {
    const root = childElements(current, 0, current.length)[0]!;
    for (const link of root.contentStart === root.end
      ? []
      : childElements(current, root.contentStart, root.contentEnd)) {
      const raw = startTagAttributes(current, link);
      const ref = attribute(raw, "ref") ?? "";
      let inside = planned.has(ref);
      try {
        inside ||= cleared.some((range) => rangeWithin(range, parseRangeAddress(ref)));
      } catch {
        // A reference Tassei cannot read is not Tassei's: it stays.
      }
      if (inside) {
        const id = relationshipId(raw);
        if (id !== undefined) removedIds.push(id);
      } else kept.push(current.slice(link.start, link.end));
    }
  }
  const external: ExternalLink[] = [];
  // The relationship attribute takes the prefix the sheet binds to the relationships namespace, or `r`,
  // declared on <hyperlinks> when the sheet declares none (a prefixed sheet often does not).
  const bound = new RegExp(`xmlns:(\\w+)="${RELATIONSHIPS_NAMESPACE}"`).exec(xml)?.[1];
  const rp = bound ?? "r";
  const text = (value: string) => escapeXml(encodeOoxmlText(value));
  const added = links.map((link) => {
    const ref = cellAddress(link.cell);
    const tooltip = link.tooltip === undefined ? "" : ` tooltip="${text(link.tooltip)}"`;
    const display = ` display="${text(link.text)}"`;
    if (link.target.kind === "cell") {
      const location = `${quoteSheetName(link.target.sheet)}!${cellAddress(link.target.cell)}`;
      return `<${p}hyperlink ref="${ref}" location="${escapeXml(location)}"${tooltip}${display}/>`;
    }
    const id = newRelationshipId();
    external.push({ id, url: link.target.url });
    return `<${p}hyperlink ref="${ref}" ${rp}:id="${id}"${tooltip}${display}/>`;
  });
  const all = [...kept, ...added];
  const declare = external.length > 0 && bound === undefined ? ` xmlns:r="${RELATIONSHIPS_NAMESPACE}"` : "";
  const element = all.length === 0 ? null : `<${p}hyperlinks${declare}>${all.join("")}</${p}hyperlinks>`;
  return { xml: setWorksheetChild(xml, "hyperlinks", element), external, removedIds };
}

/** Conditional formats and validations lying wholly inside a cleared range go (they were the range's). */
export function withoutFeaturesWithin(xml: string, cleared: readonly RangeRef[]): string {
  if (cleared.length === 0) return xml;
  const inside = (sqref: string | undefined) => {
    if (sqref === undefined) return false;
    try {
      const ranges = sqref.trim().split(/\s+/).map(parseRangeAddress);
      return ranges.every((r) => cleared.some((c) => rangeWithin(c, r)));
    } catch {
      return false;
    }
  };
  let out = xml;
  for (const cf of ownChildren(out, "conditionalFormatting").reverse()) {
    if (inside(attribute(startTagAttributes(out, cf), "sqref"))) out = out.slice(0, cf.start) + out.slice(cf.end);
  }
  const validations = worksheetChild(out, "dataValidations");
  if (validations) {
    const root = childElements(validations, 0, validations.length)[0]!;
    const items = root.contentStart === root.end ? [] : childElements(validations, root.contentStart, root.contentEnd);
    const kept = items.filter((v) => !inside(attribute(startTagAttributes(validations, v), "sqref")));
    if (kept.length !== items.length) {
      const p = worksheetPrefix(out);
      const element =
        kept.length === 0
          ? null
          : `<${p}dataValidations count="${kept.length}">${kept.map((v) => validations.slice(v.start, v.end)).join("")}</${p}dataValidations>`;
      out = setWorksheetChild(out, "dataValidations", element);
    }
  }
  return out;
}

/** "$1:$2": the rows printed on every page, as a defined name states them. */
export function titleRowsReference(sheet: string, rows: { first: number; last: number }): string {
  return `${quoteSheetName(sheet)}!$${rows.first + 1}:$${rows.last + 1}`;
}

/** The sheet's tab selected or not (only one tab may be, or Excel opens the sheets grouped). */
export function withTabSelected(xml: string, selected: boolean): string {
  const views = worksheetChild(xml, "sheetViews");
  if (!views) {
    if (!selected) return xml;
    const p = worksheetPrefix(xml);
    return setWorksheetChild(
      xml,
      "sheetViews",
      `<${p}sheetViews><${p}sheetView tabSelected="1" workbookViewId="0"/></${p}sheetViews>`,
    );
  }
  const root = childElements(views, 0, views.length)[0]!;
  const first =
    root.contentStart === root.end ? undefined : childElements(views, root.contentStart, root.contentEnd)[0];
  if (!first) return xml;
  const raw = startTagAttributes(views, first);
  const next = withAttribute(raw, "tabSelected", selected ? "1" : null);
  if (next === raw) return xml;
  const tagEnd = views.indexOf(">", first.start);
  const closing = views[tagEnd - 1] === "/" ? "/>" : ">";
  const rebuilt = `${views.slice(0, first.start)}<${first.prefix}sheetView${next}${closing}${views.slice(tagEnd + 1)}`;
  return setWorksheetChild(xml, "sheetViews", rebuilt);
}
