/**
 * Removes named charts from a worksheet's drawing: each chart's anchor, its part (and the part's own
 * relationships) and the drawing's relationship to it. Pictures, shapes and other charts stay.
 */
import type { Package } from "../package";
import { partText, relationships, relationshipsPath, resolvePartPath } from "../package";
import { parseAttributes, relationshipId } from "../xml";
import { worksheetChild } from "./worksheet-parts";
import { childElements } from "./xml-elements";

/** The parts removed (for their content types). */
export async function removeCharts(
  zip: Package,
  sheetPath: string,
  sheetXml: string,
  names: readonly string[],
): Promise<string[]> {
  if (names.length === 0) return [];
  const drawingElement = worksheetChild(sheetXml, "drawing");
  if (!drawingElement) return [];
  const id = relationshipId(drawingElement);
  const drawingPath = (await relationships(zip, sheetPath)).find((r) => r.id === id && !r.external)?.target;
  const drawing = drawingPath === undefined ? null : await partText(zip, drawingPath);
  if (drawingPath === undefined || drawing === null) return [];
  const root = childElements(drawing, 0, drawing.length).find((e) => e.name === "wsDr");
  if (!root || root.contentStart === root.end) return [];
  const wanted = new Set(names);
  const removedIds: string[] = [];
  let kept = drawing;
  for (const anchor of childElements(drawing, root.contentStart, root.contentEnd).reverse()) {
    const text = drawing.slice(anchor.start, anchor.end);
    const name = /<(?:\w+:)?cNvPr\b([^>]*)>/.exec(text);
    if (!name || !wanted.has(parseAttributes(name[1] ?? "").get("name") ?? "")) continue;
    const chart = /<(?:\w+:)?chart\b([^>]*)\/?>/.exec(text);
    if (!chart) continue;
    const chartId = relationshipId(chart[1] ?? "");
    if (chartId !== undefined) removedIds.push(chartId);
    kept = kept.slice(0, anchor.start) + kept.slice(anchor.end);
  }
  if (removedIds.length === 0) return [];
  const relsPath = relationshipsPath(drawingPath);
  const rels = (await partText(zip, relsPath)) ?? "";
  const removed: string[] = [];
  const remaining = rels.replace(/<Relationship\b[^>]*\/>/g, (whole) => {
    const attributes = parseAttributes(whole.slice(13, -2));
    if (!removedIds.includes(attributes.get("Id") ?? "")) return whole;
    const part = resolvePartPath(drawingPath, attributes.get("Target") ?? "");
    zip.remove(part);
    zip.remove(relationshipsPath(part));
    removed.push(part);
    return "";
  });
  zip.file(relsPath, remaining);
  zip.file(drawingPath, kept);
  return removed;
}
