/**
 * Puts charts into a saved package: for each sheet, a drawing part (a new one, or the one exceljs wrote
 * for the sheet's pictures) gets one anchor per chart, each chart its own part, and the relationships
 * and content types that tie them together:
 *   worksheet ─drawing→ xl/drawings/drawingN.xml ─chart→ xl/charts/chartM.xml
 * Only the tail of a worksheet part (after `</sheetData>`) is touched, so cell text is never rewritten.
 */
import type { ChartPlan } from "../core/workbook/plan";
import { type ChartData, RELATIONSHIPS_NAMESPACE, chartAnchorXml, chartPartXml, drawingPartXml } from "./chart-part";
import { type Package, findPart, partText, relationships, relationshipsPath, withRelationships } from "./package";
import { elementsAfter, relativeTarget, worksheetChildAt, worksheetTailStart } from "./part-locations";
import { escapeXml, relationshipId } from "./xml";

const DRAWING_RELATIONSHIP = `${RELATIONSHIPS_NAMESPACE}/drawing`;
const CHART_RELATIONSHIP = `${RELATIONSHIPS_NAMESPACE}/chart`;
const DRAWING_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
const CHART_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";

const EMPTY_RELATIONSHIPS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;

/** Elements that come after `<drawing>` in a worksheet (ECMA-376 CT_Worksheet order). */
const AFTER_DRAWING = elementsAfter("drawing");

/** The `<drawing r:id="…"/>` element of a worksheet (not legacyDrawing, not drawingHF). */
const DRAWING_ELEMENT = /<(?:\w+:)?drawing\b([^>]*?)\/?>/;

export interface SheetCharts {
  /** The worksheet part, e.g. "xl/worksheets/sheet1.xml". */
  readonly sheetPath: string;
  /** The sheet's name, as the charts' formulas refer to it. */
  readonly sheet: string;
  readonly charts: readonly { readonly plan: ChartPlan; readonly data: ChartData }[];
}

export interface ContentTypeOverride {
  readonly part: string;
  readonly contentType: string;
}

/** Adds the charts to the package; returns the new parts that need a content type. */
export async function addChartsToPackage(zip: Package, sheets: readonly SheetCharts[]): Promise<ContentTypeOverride[]> {
  const overrides: ContentTypeOverride[] = [];
  for (const { sheetPath, sheet, charts } of sheets) {
    if (charts.length === 0) continue;
    const xml = (await partText(zip, sheetPath)) ?? "";
    zip.file(sheetPath, await addChartsToSheet(zip, { sheetPath, sheet, charts }, xml, overrides));
  }
  return overrides;
}

/**
 * Adds one sheet's charts: their parts and the drawing go into the package, new parts into `overrides`;
 * the worksheet's text (`sheetXml`, which may stand without its cells) comes back with its `<drawing>`.
 */
export async function addChartsToSheet(
  zip: Package,
  { sheetPath, sheet, charts }: SheetCharts,
  sheetXml: string,
  overrides: ContentTypeOverride[],
): Promise<string> {
  const freePart = (folder: string, stem: string) => {
    for (let n = 1; ; n++) {
      const path = `${folder}/${stem}${n}.xml`;
      if (!findPart(zip, path) && !overrides.some((o) => o.part === path)) return path;
    }
  };
  if (charts.length === 0) return sheetXml;
  const drawing = await sheetDrawing(zip, sheetPath, sheetXml, () => {
    const path = freePart("xl/drawings", "drawing");
    overrides.push({ part: path, contentType: DRAWING_CONTENT_TYPE });
    return path;
  });
  const drawingRelsPath = relationshipsPath(drawing.path);
  let drawingRels = (await partText(zip, drawingRelsPath)) ?? EMPTY_RELATIONSHIPS;
  let nextRelationship = nextRelationshipNumber(drawingRels);
  let nextShape =
    Math.max(1, ...[...drawing.xml.matchAll(/<(?:\w+:)?cNvPr\b[^>]*?\sid="(\d+)"/g)].map((m) => Number(m[1]))) + 1;
  const anchors: string[] = [];
  const added: string[] = [];
  for (const { plan, data } of charts) {
    const chartPath = freePart("xl/charts", "chart");
    overrides.push({ part: chartPath, contentType: CHART_CONTENT_TYPE });
    zip.file(chartPath, chartPartXml(plan, sheet, data));
    const id = `rId${nextRelationship++}`;
    added.push(
      `<Relationship Id="${id}" Type="${CHART_RELATIONSHIP}" Target="${escapeXml(relativeTarget(drawing.path, chartPath))}"/>`,
    );
    anchors.push(chartAnchorXml(plan, nextShape++, id));
  }
  drawingRels = withRelationships(drawingRels, added.join(""));
  zip.file(drawingRelsPath, drawingRels);
  zip.file(
    drawing.path,
    drawing.xml === ""
      ? drawingPartXml(anchors)
      : drawing.xml.replace(/<\/((?:\w+:)?)wsDr>\s*$/, (close) => `${anchors.join("")}${close}`),
  );
  return drawing.sheetXml;
}

/**
 * The sheet's drawing part and its current text: the one its `<drawing>` element names, or a new one
 * (text "") linked from the sheet here; with the sheet's text as it now is.
 */
async function sheetDrawing(
  zip: Package,
  sheetPath: string,
  sheetXml: string,
  newPath: () => string,
): Promise<{ readonly path: string; readonly xml: string; readonly sheetXml: string }> {
  const start = worksheetTailStart(sheetXml);
  const tail = sheetXml.slice(start);
  const existing = DRAWING_ELEMENT.exec(tail);
  if (existing) {
    const id = relationshipId(existing[1] ?? "");
    const target = (await relationships(zip, sheetPath)).find((r) => r.id === id && !r.external)?.target;
    const xml = target === undefined ? null : await partText(zip, target);
    if (target !== undefined && xml !== null) return { path: target, xml, sheetXml };
  }
  const path = newPath();
  const relsPath = relationshipsPath(sheetPath);
  const rels = (await partText(zip, relsPath)) ?? EMPTY_RELATIONSHIPS;
  const id = `rId${nextRelationshipNumber(rels)}`;
  zip.file(
    relsPath,
    withRelationships(
      rels,
      `<Relationship Id="${id}" Type="${DRAWING_RELATIONSHIP}" Target="${escapeXml(relativeTarget(sheetPath, path))}"/>`,
    ),
  );
  const namespace = sheetXml.slice(0, start).includes(`xmlns:r="${RELATIONSHIPS_NAMESPACE}"`)
    ? ""
    : ` xmlns:r="${RELATIONSHIPS_NAMESPACE}"`;
  // A worksheet written with a prefix (`<x:worksheet>`) has no default namespace: the element takes its prefix.
  const prefix = /<(\w+:)?worksheet\b/.exec(sheetXml)?.[1] ?? "";
  const element = `<${prefix}drawing${namespace} r:id="${id}"/>`;
  // A damaged `<drawing>` found above (no part behind it) is replaced rather than doubled.
  const cleaned = existing ? tail.replace(DRAWING_ELEMENT, "") : tail;
  const at = worksheetChildAt(cleaned, AFTER_DRAWING);
  const patched = at < 0 ? cleaned + element : cleaned.slice(0, at) + element + cleaned.slice(at);
  return { path, xml: "", sheetXml: sheetXml.slice(0, start) + patched };
}

function nextRelationshipNumber(rels: string): number {
  return Math.max(0, ...[...rels.matchAll(/Id="rId(\d+)"/g)].map((m) => Number(m[1]))) + 1;
}
