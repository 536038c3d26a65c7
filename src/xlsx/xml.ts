/**
 * Just enough XML for the parts of a package Tassei reads itself: a forward scanner over tags, attribute
 * look-up and entity decoding. The parts are written by spreadsheet programs, not by hand, so no DTD,
 * no entity declarations; namespace prefixes are dropped (some writers use `<x:c>` for `<c>`).
 */

export interface XmlTag {
  /** Local name, prefix removed. */
  name: string;
  /** The raw attribute text of an opening tag. */
  attributes: string;
  closing: boolean;
  selfClosing: boolean;
  /** Index just after the tag's `>`: where its text content starts. */
  end: number;
  /** Index of the tag's `<`. */
  start: number;
}

/** Walks the tags of `xml` in order, skipping comments, processing instructions and CDATA. */
export class XmlScanner {
  private position: number;
  readonly tag: XmlTag = { name: "", attributes: "", closing: false, selfClosing: false, end: 0, start: 0 };

  constructor(
    private readonly xml: string,
    from = 0,
  ) {
    this.position = from;
  }

  next(): XmlTag | null {
    const xml = this.xml;
    for (;;) {
      const open = xml.indexOf("<", this.position);
      if (open < 0) return null;
      const first = xml.charCodeAt(open + 1);
      if (first === 0x21 /* ! */ || first === 0x3f /* ? */) {
        const terminator = xml.startsWith("<!--", open) ? "-->" : xml.startsWith("<![CDATA[", open) ? "]]>" : ">";
        const close = xml.indexOf(terminator, open + 2);
        if (close < 0) return null;
        this.position = close + terminator.length;
        continue;
      }
      const close = xml.indexOf(">", open + 1);
      if (close < 0) return null;
      const tag = this.tag;
      tag.start = open;
      tag.end = close + 1;
      tag.closing = first === 0x2f;
      let body = xml.slice(open + (tag.closing ? 2 : 1), close);
      tag.selfClosing = body.endsWith("/");
      if (tag.selfClosing) body = body.slice(0, -1);
      let nameEnd = 0;
      while (nameEnd < body.length && !isSpace(body.charCodeAt(nameEnd))) nameEnd++;
      const qualified = body.slice(0, nameEnd);
      const colon = qualified.indexOf(":");
      tag.name = colon >= 0 ? qualified.slice(colon + 1) : qualified;
      tag.attributes = body.slice(nameEnd);
      this.position = close + 1;
      return tag;
    }
  }

  /** The decoded text up to the next tag, from `tag.end`. */
  textFrom(index: number): string {
    const open = this.xml.indexOf("<", index);
    return decodeXmlEntities(this.xml.slice(index, open < 0 ? this.xml.length : open));
  }

  /** Moves past the next `</name>` (any prefix). */
  skipTo(name: string): void {
    for (let tag = this.next(); tag; tag = this.next()) if (tag.closing && tag.name === name) return;
  }
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Attributes by local name (prefix dropped, so `r:id` is "id"; an unprefixed attribute wins over a prefixed one). */
export function parseAttributes(raw: string): Map<string, string> {
  const result = new Map<string, string>();
  const prefixed = new Map<string, string>();
  for (const match of raw.matchAll(ATTRIBUTE)) {
    const qualified = match[1] ?? "";
    const value = decodeXmlEntities(match[2] ?? match[3] ?? "");
    const colon = qualified.indexOf(":");
    if (colon < 0) result.set(qualified, value);
    else if (!qualified.startsWith("xmlns")) prefixed.set(qualified.slice(colon + 1), value);
  }
  for (const [name, value] of prefixed) if (!result.has(name)) result.set(name, value);
  return result;
}

/** The relationship id of an element (`r:id`, whatever the prefix), which an unprefixed `id` must not shadow. */
export function relationshipId(raw: string): string | undefined {
  for (const match of raw.matchAll(ATTRIBUTE)) {
    const qualified = match[1] ?? "";
    if (qualified.endsWith(":id") && !qualified.startsWith("xmlns"))
      return decodeXmlEntities(match[2] ?? match[3] ?? "");
  }
  return undefined;
}

/** One attribute of a tag, without building a map (the hot path of the cell reader). */
export function attribute(raw: string, name: string): string | undefined {
  let from = 0;
  for (;;) {
    const at = raw.indexOf(name, from);
    if (at < 0) return undefined;
    from = at + name.length;
    const before = at === 0 ? 0x20 : raw.charCodeAt(at - 1);
    if (!isSpace(before)) continue;
    let i = from;
    while (isSpace(raw.charCodeAt(i))) i++;
    if (raw.charCodeAt(i) !== 0x3d /* = */) continue;
    i++;
    while (isSpace(raw.charCodeAt(i))) i++;
    const quote = raw[i];
    if (quote !== '"' && quote !== "'") return undefined;
    const close = raw.indexOf(quote, i + 1);
    return decodeXmlEntities(raw.slice(i + 1, close < 0 ? raw.length : close));
  }
}

const ENTITY = /&(#x[0-9A-Fa-f]+|#[0-9]+|lt|gt|amp|quot|apos);/g;
const NAMED: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

export function decodeXmlEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(ENTITY, (whole, body: string) => {
    if (!body.startsWith("#")) return NAMED[body] ?? whole;
    const code = body.startsWith("#x") ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (ch) =>
    ch === "<" ? "&lt;" : ch === ">" ? "&gt;" : ch === "&" ? "&amp;" : ch === '"' ? "&quot;" : "&apos;",
  );
}
