/**
 * Worksheet custom properties, the store behind Office.js's `worksheet.customProperties`, where Tassei
 * keeps its sheet metadata. In the file each property is a `<customPr name="…" r:id="…"/>` in the
 * worksheet's `<customProperties>` element, and its value is a separate part (xl/customPropertyN.bin,
 * content type spreadsheetml.customProperty) holding the text as UTF-16LE without BOM or terminator.
 * exceljs knows none of this, so the adapter reads these parts itself and adds them to the package after
 * exceljs has written it (package-fixups.ts). Writing the real thing rather than a Tassei-only fallback
 * (a hidden defined name) means a workbook made by the command line is graded by the add-in in Excel and
 * the other way round, with one way of storing metadata.
 */
import type { SheetProperties } from "../core/workbook/plan";
import { type Package, RELATIONSHIP_TYPES, isType, partBytes, relationships } from "./package";

export const CUSTOM_PROPERTY_CONTENT_TYPE =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.customProperty";
export const CUSTOM_PROPERTY_RELATIONSHIP =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customProperty";

export function encodePropertyValue(value: string): Uint8Array {
  const bytes = new Uint8Array(value.length * 2);
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    bytes[i * 2] = code & 0xff;
    bytes[i * 2 + 1] = code >> 8;
  }
  return bytes;
}

export function decodePropertyValue(bytes: Uint8Array): string {
  let text = "";
  for (let i = 0; i + 1 < bytes.length; i += 2)
    text += String.fromCharCode((bytes[i] ?? 0) | ((bytes[i + 1] ?? 0) << 8));
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0) end--;
  return text.slice(0, end);
}

export async function readSheetProperties(
  zip: Package,
  sheetPath: string,
  entries: readonly { readonly name: string; readonly relationshipId: string }[],
): Promise<SheetProperties> {
  if (entries.length === 0) return {};
  const rels = await relationships(zip, sheetPath);
  const properties: Record<string, string> = {};
  for (const entry of entries) {
    const rel = rels.find((r) => r.id === entry.relationshipId && isType(r, RELATIONSHIP_TYPES.customProperty));
    const bytes = rel && !rel.external ? await partBytes(zip, rel.target) : null;
    if (bytes) properties[entry.name] = decodePropertyValue(bytes);
  }
  return properties;
}
