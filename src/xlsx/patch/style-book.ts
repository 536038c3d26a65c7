/**
 * A workbook's styles.xml, edited in place: a cell format (`<xf>` in `<cellXfs>`) derived from an
 * existing one with a plan's CellStyle laid over it, as Office.js's `range.format` does. Existing formats,
 * fonts, fills and borders are never changed — other cells share them — so each derived format is
 * appended, once per (base, style) pair.
 */
import type { CellStyle } from "../../core/workbook/plan";
import { BUILT_IN_FORMAT_IDS, GENERAL } from "../number-formats";
import { toArgb } from "../units";
import { escapeXml, parseAttributes } from "../xml";
import { type ElementSpan, childElements, findElement, startTagAttributes, withAttribute } from "./xml-elements";

/** The sections a derived format can add to, in the order CT_Stylesheet requires them. */
const SECTIONS = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "dxfs"] as const;
type Section = (typeof SECTIONS)[number];
/** Elements that come after each section, to find where a missing one goes. */
const AFTER: Record<Section, readonly string[]> = {
  numFmts: [
    "fonts",
    "fills",
    "borders",
    "cellStyleXfs",
    "cellXfs",
    "cellStyles",
    "dxfs",
    "tableStyles",
    "colors",
    "extLst",
  ],
  fonts: ["fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"],
  fills: ["borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"],
  borders: ["cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"],
  cellStyleXfs: ["cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"],
  cellXfs: ["cellStyles", "dxfs", "tableStyles", "colors", "extLst"],
  dxfs: ["tableStyles", "colors", "extLst"],
};

/** A stylesheet Excel accepts with nothing in it but the defaults, for a package that has none. */
export const MINIMAL_STYLESHEET =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";

const FIRST_CUSTOM_FORMAT_ID = 164;

export class StyleBook {
  private readonly prefix: string;
  private readonly added: Record<Exclude<Section, "cellStyleXfs">, string[]> = {
    numFmts: [],
    fonts: [],
    fills: [],
    borders: [],
    cellXfs: [],
    dxfs: [],
  };
  private readonly fonts: string[];
  private readonly cellXfs: string[];
  private readonly fillCount: number;
  private readonly borderCount: number;
  private readonly dxfCount: number;
  private readonly formatIds = new Map<string, number>();
  private nextFormatId = FIRST_CUSTOM_FORMAT_ID;
  private readonly derived = new Map<string, number>();
  /** Each plan style's key, worked out once: one style is laid over thousands of cells. */
  private readonly styleKeys = new WeakMap<CellStyle, string>();

  constructor(private readonly xml: string) {
    const root = findElement(xml, "styleSheet");
    this.prefix = root?.prefix ?? "";
    this.fonts = this.children("fonts").map((e) => xml.slice(e.start, e.end));
    this.cellXfs = this.children("cellXfs").map((e) => xml.slice(e.start, e.end));
    this.fillCount = this.children("fills").length;
    this.borderCount = this.children("borders").length;
    this.dxfCount = this.children("dxfs").length;
    for (const [id, code] of BUILT_IN_FORMAT_IDS) if (!this.formatIds.has(code)) this.formatIds.set(code, id);
    for (const e of this.children("numFmts")) {
      const attributes = parseAttributes(startTagAttributes(xml, e));
      const id = Number(attributes.get("numFmtId"));
      const code = attributes.get("formatCode");
      if (!Number.isInteger(id)) continue;
      if (code !== undefined) this.formatIds.set(code, id);
      this.nextFormatId = Math.max(this.nextFormatId, id + 1);
    }
  }

  /** How many cell formats there are: a style index beyond the file's means nothing. */
  get size(): number {
    return this.cellXfs.length + this.added.cellXfs.length;
  }

  /** The cell format of `base` with `style` laid over it; the same index for the same pair. */
  derive(base: number, style: CellStyle): number {
    let styleKey = this.styleKeys.get(style);
    if (styleKey === undefined) this.styleKeys.set(style, (styleKey = JSON.stringify(style)));
    const key = `${base}|${styleKey}`;
    const known = this.derived.get(key);
    if (known !== undefined) return known;
    const source = this.xf(base);
    const attributes = parseAttributes(startTagAttributes(source.xml, source.span));
    let raw = startTagAttributes(source.xml, source.span);
    const inner = source.xml.slice(source.span.contentStart, source.span.contentEnd);
    const set = (name: string, value: string) => {
      raw = withAttribute(raw, name, value);
    };
    if (style.numberFormat !== undefined) {
      set("numFmtId", String(this.formatId(style.numberFormat)));
      set("applyNumberFormat", "1");
    }
    if (
      style.bold !== undefined ||
      style.italic !== undefined ||
      style.fontColor !== undefined ||
      style.fontSize !== undefined
    ) {
      set("fontId", String(this.font(Number(attributes.get("fontId") ?? 0), style)));
      set("applyFont", "1");
    }
    const fill = style.fill === undefined ? null : toArgb(style.fill);
    if (fill) {
      set("fillId", String(this.append("fills", this.fillCount, solidFill(this.prefix, fill))));
      set("applyFill", "1");
    }
    if (style.border) {
      set("borderId", String(this.append("borders", this.borderCount, thinBorder(this.prefix))));
      set("applyBorder", "1");
    }
    let content = inner;
    if (style.wrap !== undefined || style.horizontal !== undefined || style.vertical !== undefined) {
      content = withAlignment(this.prefix, inner, style);
      set("applyAlignment", "1");
    }
    const p = this.prefix;
    const xf = content === "" ? `<${p}xf${raw}/>` : `<${p}xf${raw}>${content}</${p}xf>`;
    const index = this.size;
    this.added.cellXfs.push(xf);
    this.derived.set(key, index);
    return index;
  }

  /** A conditional format's differential style (`<dxf>`): its index in `<dxfs>`. */
  differential(fill: string | null, fontColor: string | null): number {
    const p = this.prefix;
    const font = fontColor ? `<${p}font><${p}color rgb="${fontColor}"/></${p}font>` : "";
    // In a differential style, a solid fill's colour is its background colour.
    const pattern = fill
      ? `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${fill}"/><${p}bgColor rgb="${fill}"/></${p}patternFill></${p}fill>`
      : "";
    const list = this.added.dxfs;
    const element = `<${p}dxf>${font}${pattern}</${p}dxf>`;
    const already = list.indexOf(element);
    if (already >= 0) return this.dxfCount + already;
    list.push(element);
    return this.dxfCount + list.length - 1;
  }

  /** The stylesheet with every derived format in it. */
  toXml(): string {
    let xml = this.xml;
    // Later sections first, so earlier offsets stay valid.
    for (const section of [...SECTIONS].reverse()) {
      if (section === "cellStyleXfs") continue;
      const added = this.added[section];
      if (added.length === 0) continue;
      const element = topLevel(xml, section);
      if (element) {
        const count = this.children(section, xml).length + added.length;
        const attributes = withAttribute(startTagAttributes(xml, element), "count", String(count));
        const p = element.prefix;
        const inner = element.contentStart === element.end ? "" : xml.slice(element.contentStart, element.contentEnd);
        const rebuilt = `<${p}${section}${attributes}>${inner}${added.join("")}</${p}${section}>`;
        xml = xml.slice(0, element.start) + rebuilt + xml.slice(element.end);
      } else {
        const p = this.prefix;
        const rebuilt = `<${p}${section} count="${added.length}">${added.join("")}</${p}${section}>`;
        const at = insertionPoint(xml, AFTER[section]);
        xml = xml.slice(0, at) + rebuilt + xml.slice(at);
      }
    }
    return xml;
  }

  private children(section: Section, xml = this.xml): ElementSpan[] {
    const element = topLevel(xml, section);
    if (!element || element.contentStart === element.end) return [];
    return childElements(xml, element.contentStart, element.contentEnd);
  }

  private xf(index: number): { xml: string; span: ElementSpan } {
    const own = index < this.cellXfs.length ? this.cellXfs[index] : this.added.cellXfs[index - this.cellXfs.length];
    const xml = own ?? `<${this.prefix}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
    const span = childElements(xml, 0, xml.length)[0]!;
    return { xml, span };
  }

  private formatId(code: string): number {
    const known = this.formatIds.get(code) ?? (code === GENERAL ? 0 : undefined);
    if (known !== undefined) return known;
    const id = this.nextFormatId++;
    this.formatIds.set(code, id);
    this.added.numFmts.push(`<${this.prefix}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return id;
  }

  private font(base: number, style: CellStyle): number {
    // A font added earlier in this run (bold, then a colour) is the base too, not the file's first font.
    const source =
      this.fonts[base] ??
      this.added.fonts[base - this.fonts.length] ??
      this.fonts[0] ??
      `<${this.prefix}font><${this.prefix}sz val="11"/></${this.prefix}font>`;
    const span = childElements(source, 0, source.length)[0]!;
    const p = this.prefix;
    const drop = new Set<string>();
    const extra: string[] = [];
    if (style.bold !== undefined) {
      drop.add("b");
      if (style.bold) extra.push(`<${p}b/>`);
    }
    if (style.italic !== undefined) {
      drop.add("i");
      if (style.italic) extra.push(`<${p}i/>`);
    }
    const color = style.fontColor === undefined ? null : toArgb(style.fontColor);
    if (color) {
      drop.add("color");
      extra.push(`<${p}color rgb="${color}"/>`);
    }
    if (style.fontSize !== undefined) {
      drop.add("sz");
      extra.push(`<${p}sz val="${style.fontSize}"/>`);
    }
    const inner = span.contentStart === span.end ? [] : childElements(source, span.contentStart, span.contentEnd);
    const kept = inner.filter((e) => !drop.has(e.name)).map((e) => source.slice(e.start, e.end));
    // CT_Font is a choice of any order; Excel writes b, i, …, sz, color, name first to last.
    return this.append("fonts", this.fonts.length, `<${p}font>${[...extra, ...kept].join("")}</${p}font>`);
  }

  private append(section: "fonts" | "fills" | "borders", existing: number, element: string): number {
    const list = this.added[section];
    const already = list.indexOf(element);
    if (already >= 0) return existing + already;
    list.push(element);
    return existing + list.length - 1;
  }
}

function solidFill(p: string, argb: string): string {
  return `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`;
}

function thinBorder(p: string): string {
  const edge = (name: string) => `<${p}${name} style="thin"><${p}color indexed="64"/></${p}${name}>`;
  return `<${p}border>${edge("left")}${edge("right")}${edge("top")}${edge("bottom")}<${p}diagonal/></${p}border>`;
}

/** An xf's content with its `<alignment>` merged with the style's; `<protection>` and the rest kept after it. */
function withAlignment(p: string, inner: string, style: CellStyle): string {
  const children = inner === "" ? [] : childElements(inner, 0, inner.length);
  const current = children.find((e) => e.name === "alignment");
  let raw = current ? startTagAttributes(inner, current) : "";
  if (style.wrap !== undefined) raw = withAttribute(raw, "wrapText", style.wrap ? "1" : "0");
  if (style.horizontal !== undefined) raw = withAttribute(raw, "horizontal", style.horizontal);
  if (style.vertical !== undefined) raw = withAttribute(raw, "vertical", style.vertical);
  const rest = children.filter((e) => e.name !== "alignment").map((e) => inner.slice(e.start, e.end));
  return `<${p}alignment${raw}/>${rest.join("")}`;
}

/** Before the first of `after` found among the stylesheet's children, or before its end tag. */
function insertionPoint(xml: string, after: readonly string[]): number {
  const root = findElement(xml, "styleSheet");
  if (!root) return xml.length;
  const next = childElements(xml, root.contentStart, root.contentEnd).find((e) => after.includes(e.name));
  return next ? next.start : root.contentEnd;
}

/** The stylesheet's own `section` element (never one inside `extLst`, such as `<x14:dxfs>`), or null. */
function topLevel(xml: string, section: string): ElementSpan | null {
  const root = findElement(xml, "styleSheet");
  if (!root || root.contentStart === root.end) return null;
  return childElements(xml, root.contentStart, root.contentEnd).find((e) => e.name === section) ?? null;
}
