/**
 * Post-processing of the package exceljs writes, for three things it gets wrong or cannot do:
 * - worksheet custom properties (see custom-properties.ts) are added as parts, relationships,
 *   content types and a `<customProperties>` element;
 * - a hyperlink into the workbook must be a `location` attribute only. exceljs also gives it an
 *   external relationship whose target is the location, which Excel would try to open as a file.
 *   The adapter marks such links with a leading "#" (sheet-extras.ts) and turns them into locations here;
 * - charts (exceljs has no chart writer) are added as drawing and chart parts (chart-package.ts).
 * Only the tail of a worksheet part (after `</sheetData>`) is touched, so cell text is never rewritten.
 */
import type { ChartPlan, SheetProperties } from "../core/workbook/plan";
import type { ChartData } from "./chart-part";
import { addChartsToPackage } from "./chart-package";
import { RELATIONSHIP_TYPES, openPackage, partText, relationshipsPath } from "./package";
import { worksheetTailStart } from "./part-locations";
import { type ContentTypeChange, withContentTypes, writeSheetProperties } from "./sheet-property-parts";
import { INTERNAL_LINK_MARK } from "./sheet-extras";
import { readWorkbookStructure } from "./workbook-part";
import { escapeXml, parseAttributes, relationshipId } from "./xml";

/** A chart to add to a sheet, with the values it shows when the file is saved. */
export interface ChartToWrite {
  readonly plan: ChartPlan;
  readonly data: ChartData;
}

/** Applies the fixes; returns the bytes unchanged when there is nothing to fix. */
export async function fixPackage(
  bytes: Uint8Array,
  propertiesBySheet: ReadonlyMap<string, SheetProperties>,
  chartsBySheet: ReadonlyMap<string, readonly ChartToWrite[]> = new Map(),
): Promise<Uint8Array> {
  const zip = await openPackage(bytes);
  const structure = await readWorkbookStructure(zip);
  if (!structure) return bytes;
  let changed = false;
  const types: ContentTypeChange = { added: [], removed: [] };

  for (const sheet of structure.sheets) {
    const relsPath = relationshipsPath(sheet.path);
    let rels = (await partText(zip, relsPath)) ?? "";
    const internal = internalLinkRelationships(rels);
    const properties = Object.entries(propertiesBySheet.get(sheet.name) ?? {});
    if (internal.size === 0 && properties.length === 0) continue;

    let xml = (await partText(zip, sheet.path)) ?? "";
    const start = worksheetTailStart(xml);
    let tail = xml.slice(start);

    if (internal.size > 0) {
      tail = tail.replace(/<(\w+:)?hyperlink\b([^>]*?)\/?>/g, (whole, prefix: string | undefined, raw: string) => {
        const id = relationshipId(raw);
        const location = id === undefined ? undefined : internal.get(id);
        if (location === undefined) return whole;
        const attributes = parseAttributes(raw);
        const kept = ["ref", "tooltip", "display"]
          .filter((name) => attributes.has(name))
          .map((name) => ` ${name}="${escapeXml(attributes.get(name) ?? "")}"`)
          .join("");
        return `<${prefix ?? ""}hyperlink${kept} location="${escapeXml(location)}"/>`;
      });
      rels = rels.replace(/<Relationship\b[^>]*\/>/g, (whole) =>
        internal.has(parseAttributes(whole.slice(13, -2)).get("Id") ?? "") ? "" : whole,
      );
    }

    xml = xml.slice(0, start) + tail;
    if (properties.length > 0) {
      ({ xml, rels } = writeSheetProperties(zip, sheet.path, xml, rels, Object.fromEntries(properties), types));
    }
    zip.file(sheet.path, xml);
    zip.file(relsPath, rels);
    changed = true;
  }

  const charts = structure.sheets
    .map((sheet) => ({ sheetPath: sheet.path, sheet: sheet.name, charts: chartsBySheet.get(sheet.name) ?? [] }))
    .filter((sheet) => sheet.charts.length > 0);
  if (charts.length > 0) {
    types.added.push(...(await addChartsToPackage(zip, charts)));
    changed = true;
  }

  if (!changed) return bytes;
  if (types.added.length > 0) {
    const path = "[Content_Types].xml";
    zip.file(path, withContentTypes((await partText(zip, path)) ?? "", types));
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

/** Relationship id → location, for the hyperlinks the adapter marked as internal. */
function internalLinkRelationships(rels: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of rels.matchAll(/<Relationship\b([^>]*)\/>/g)) {
    const attributes = parseAttributes(match[1] ?? "");
    const target = attributes.get("Target") ?? "";
    if (
      (attributes.get("Type") ?? "").endsWith(RELATIONSHIP_TYPES.hyperlink) &&
      target.startsWith(INTERNAL_LINK_MARK)
    ) {
      found.set(attributes.get("Id") ?? "", target.slice(INTERNAL_LINK_MARK.length));
    }
  }
  return found;
}
