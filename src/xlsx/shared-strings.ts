/**
 * The shared string table (xl/sharedStrings.xml): each `<si>` is plain `<t>` text or rich-text runs
 * `<r><t>`. Japanese workbooks also carry furigana runs (`<rPh><t>`), which are not part of the value.
 */
import { decodeOoxmlText } from "./ooxml-text";
import { XmlScanner } from "./xml";

/** Reads the text of an `<si>` or `<is>` element whose opening tag the scanner has just passed. */
export function readStringItem(scanner: XmlScanner, closingName: string): string {
  let text = "";
  let phonetic = 0;
  for (let tag = scanner.next(); tag; tag = scanner.next()) {
    if (tag.name === closingName && tag.closing) break;
    if (tag.name === "rPh") {
      if (!tag.selfClosing) phonetic += tag.closing ? -1 : 1;
    } else if (tag.name === "t" && !tag.closing && !tag.selfClosing && phonetic === 0) {
      text += scanner.textFrom(tag.end);
    }
  }
  return decodeOoxmlText(text);
}

export function parseSharedStrings(xml: string | null): string[] {
  if (xml === null) return [];
  const strings: string[] = [];
  const scanner = new XmlScanner(xml);
  for (let tag = scanner.next(); tag; tag = scanner.next()) {
    if (tag.name !== "si" || tag.closing) continue;
    strings.push(tag.selfClosing ? "" : readStringItem(scanner, "si"));
  }
  return strings;
}
