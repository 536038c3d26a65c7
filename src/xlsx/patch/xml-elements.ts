/**
 * Whole elements inside a part's text, found by depth rather than by name alone: the patcher edits a
 * file's own XML in place, so it needs where an element starts and ends, not a parsed tree.
 */

/** A start or end tag (attribute values may hold ">"), or a comment, CDATA or processing instruction. */
const MARKUP =
  /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<(\/?)([\w.:-]+)(?:"[^"]*"|'[^']*'|[^'">])*?(\/?)>/g;

export interface ElementSpan {
  /** Local name, prefix removed. */
  readonly name: string;
  /** The prefix with its colon ("x:"), or "". */
  readonly prefix: string;
  readonly start: number;
  /** Just after the element's end tag (or after a self-closing tag). */
  readonly end: number;
  /** Just after the start tag: where its content begins. */
  readonly contentStart: number;
  /** Where its end tag begins (equal to `end` when self-closing). */
  readonly contentEnd: number;
}

/** The child elements of the element whose content spans [from, to), in order. */
export function childElements(xml: string, from: number, to: number): ElementSpan[] {
  const children: ElementSpan[] = [];
  const re = new RegExp(MARKUP.source, "g");
  re.lastIndex = from;
  let depth = 0;
  let open: { name: string; prefix: string; start: number; contentStart: number } | null = null;
  for (let match = re.exec(xml); match !== null && match.index < to; match = re.exec(xml)) {
    const qualified = match[2];
    if (qualified === undefined) continue;
    const colon = qualified.indexOf(":");
    const name = qualified.slice(colon + 1);
    const prefix = colon >= 0 ? qualified.slice(0, colon + 1) : "";
    const end = match.index + match[0].length;
    if (match[1] === "/") {
      depth -= 1;
      if (depth === 0 && open) {
        children.push({ ...open, end, contentEnd: match.index });
        open = null;
      }
      if (depth < 0) break;
      continue;
    }
    if (match[3] === "/") {
      if (depth === 0) children.push({ name, prefix, start: match.index, end, contentStart: end, contentEnd: end });
      continue;
    }
    if (depth === 0) open = { name, prefix, start: match.index, contentStart: end };
    depth += 1;
  }
  return children;
}

/** The first element named `name` at any depth, or null. */
export function findElement(xml: string, name: string, from = 0): ElementSpan | null {
  const re = new RegExp(MARKUP.source, "g");
  re.lastIndex = from;
  for (let match = re.exec(xml); match !== null; match = re.exec(xml)) {
    const qualified = match[2];
    if (qualified === undefined || match[1] === "/") continue;
    const colon = qualified.indexOf(":");
    if (qualified.slice(colon + 1) !== name) continue;
    const prefix = colon >= 0 ? qualified.slice(0, colon + 1) : "";
    const contentStart = match.index + match[0].length;
    if (match[3] === "/") {
      return { name, prefix, start: match.index, end: contentStart, contentStart, contentEnd: contentStart };
    }
    const close = `</${qualified}>`;
    const contentEnd = xml.indexOf(close, contentStart);
    if (contentEnd < 0) return null;
    return { name, prefix, start: match.index, end: contentEnd + close.length, contentStart, contentEnd };
  }
  return null;
}

/** The raw attribute text of an element's start tag. */
export function startTagAttributes(xml: string, element: ElementSpan): string {
  const tag = xml.slice(element.start, element.contentStart);
  const nameEnd = element.start + 1 + element.prefix.length + element.name.length;
  return tag.slice(nameEnd - element.start, tag.endsWith("/>") ? -2 : -1);
}

/** Sets (or adds) an attribute in raw attribute text; `null` removes it. */
export function withAttribute(attributes: string, name: string, value: string | null): string {
  const pattern = new RegExp(`\\s${name.replace(/[:.]/g, "\\$&")}\\s*=\\s*("[^"]*"|'[^']*')`);
  const without = attributes.replace(pattern, "");
  return value === null ? without : `${without} ${name}="${value}"`;
}

/** A DOCTYPE (with any internal subset): Excel refuses parts holding one, so parts rewritten lose it. */
export function withoutDoctype(xml: string): string {
  return xml.replace(/<!DOCTYPE[^[>]*(\[[\s\S]*?\])?\s*>/i, "");
}
