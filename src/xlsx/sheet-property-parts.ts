/**
 * Writes a worksheet's custom properties into a package: one part per value, a relationship to each from
 * the worksheet, and the `<customProperties>` element in its place in the worksheet's tail. Properties the
 * sheet had are replaced as a whole (their parts and relationships removed), so a key is never listed twice.
 */
import type { SheetProperties } from "../core/workbook/plan";
import { CUSTOM_PROPERTY_CONTENT_TYPE, CUSTOM_PROPERTY_RELATIONSHIP, encodePropertyValue } from "./custom-properties";
import { type Package, resolvePartPath, withRelationships } from "./package";
import { elementsAfter, relativeTarget, worksheetChildAt, worksheetTailStart } from "./part-locations";
import { escapeXml, parseAttributes, relationshipId } from "./xml";

const RELATIONSHIPS_NAMESPACE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const EMPTY_RELATIONSHIPS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

/** Elements that come after `<customProperties>` in a worksheet (ECMA-376 CT_Worksheet order). */
const AFTER_CUSTOM_PROPERTIES = elementsAfter("customProperties");

export interface ContentTypeChange {
  readonly added: { readonly part: string; readonly contentType: string }[];
  readonly removed: string[];
}

/**
 * The worksheet and its relationships with `properties` as the sheet's whole set of custom properties.
 * Value parts are added to (and old ones removed from) `zip`; content-type changes are appended to `types`.
 */
export function writeSheetProperties(
  zip: Package,
  sheetPath: string,
  xml: string,
  rels: string,
  properties: SheetProperties,
  types: ContentTypeChange,
): { xml: string; rels: string } {
  const start = worksheetTailStart(xml);
  // A worksheet written with a prefix (`<x:worksheet>`) has no default namespace: new elements take its prefix.
  const p = /<(\w+:)?worksheet\b/.exec(xml)?.[1] ?? "";
  let tail = xml.slice(start);
  let relationships = rels.includes("<Relationships") ? rels : EMPTY_RELATIONSHIPS;

  const existing =
    /<(\w+:)?customProperties\b[^>]*>[\s\S]*?<\/(\w+:)?customProperties>|<(\w+:)?customProperties\b[^>]*\/>/.exec(tail);
  if (existing) {
    const ids = new Set(
      [...existing[0].matchAll(/<(?:\w+:)?customPr\b([^>]*?)\/?>/g)].map((m) => relationshipId(m[1] ?? "") ?? ""),
    );
    relationships = relationships.replace(/<Relationship\b[^>]*\/>/g, (whole) => {
      const attributes = parseAttributes(whole.slice(13, -2));
      if (!ids.has(attributes.get("Id") ?? "")) return whole;
      const part = resolvePartPath(sheetPath, attributes.get("Target") ?? "");
      zip.remove(part);
      types.removed.push(part);
      return "";
    });
    tail = tail.slice(0, existing.index) + tail.slice(existing.index + existing[0].length);
  }

  const entries = Object.entries(properties);
  if (entries.length > 0) {
    let nextId = Math.max(0, ...[...relationships.matchAll(/Id="rId(\d+)"/g)].map((m) => Number(m[1]))) + 1;
    const elements: string[] = [];
    const added: string[] = [];
    let n = 1;
    for (const [name, value] of entries) {
      while (zip.file(`xl/customProperty${n}.bin`)) n++;
      const part = `xl/customProperty${n}.bin`;
      zip.file(part, encodePropertyValue(value));
      types.added.push({ part, contentType: CUSTOM_PROPERTY_CONTENT_TYPE });
      const id = `rId${nextId++}`;
      added.push(
        `<Relationship Id="${id}" Type="${CUSTOM_PROPERTY_RELATIONSHIP}" Target="${relativeTarget(sheetPath, part)}"/>`,
      );
      elements.push(`<${p}customPr name="${escapeXml(name)}" r:id="${id}"/>`);
    }
    relationships = withRelationships(relationships, added.join(""));
    const namespace = xml.slice(0, start).includes(`xmlns:r="${RELATIONSHIPS_NAMESPACE}"`)
      ? ""
      : ` xmlns:r="${RELATIONSHIPS_NAMESPACE}"`;
    const element = `<${p}customProperties${namespace}>${elements.join("")}</${p}customProperties>`;
    const at = worksheetChildAt(tail, AFTER_CUSTOM_PROPERTIES);
    tail = at < 0 ? tail + element : tail.slice(0, at) + element + tail.slice(at);
  }
  return { xml: xml.slice(0, start) + tail, rels: relationships };
}

/** [Content_Types].xml with overrides added for new parts and removed for deleted ones. */
export function withContentTypes(xml: string, types: ContentTypeChange): string {
  const removed = new Set(types.removed.map((part) => `/${part}`.toLowerCase()));
  const kept = xml.replace(/<Override\b[^>]*\/>/g, (whole) =>
    removed.has((parseAttributes(whole.slice(9, -2)).get("PartName") ?? "").toLowerCase()) ? "" : whole,
  );
  const overrides = types.added
    .map(({ part, contentType }) => `<Override PartName="/${part}" ContentType="${contentType}"/>`)
    .join("");
  return kept.replace("</Types>", `${overrides}</Types>`);
}
