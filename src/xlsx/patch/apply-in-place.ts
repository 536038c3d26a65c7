/**
 * Applies a plan to a workbook file by editing its own parts, for a file the user made: the command
 * line's graded copy. Unlike loading the file into exceljs and saving it again, nothing the plan does not
 * name is rewritten — charts, notes, pivot tables, macros, slicers and other programs' extensions stay as
 * the file had them — and a file Tassei's reader read is never refused by a second, stricter reader.
 *
 * What it writes: cell contents and formats (sheet-data.ts, style-book.ts), conditional formats, custom
 * properties, links, charts, column widths, frozen panes and printing (page setup, title rows, header and
 * footer, row breaks), on existing or new sheets. Tables and validations are the exceljs writer's; a plan
 * asking for them here is refused whole, before anything is written.
 */
import { sameSheetName } from "@tassei/excel-rules";
import { type SheetPlan, type WorkbookPlan, isFormula } from "../../core/workbook/plan";
import { type CellRead, chartDataFrom } from "../chart-data";
import { type ContentTypeOverride, addChartsToSheet } from "../chart-package";
import { readSheetProperties } from "../custom-properties";
import { asBytes, openWorkbookPackage } from "../open-workbook";
import { type Package, RELATIONSHIP_TYPES, isType, partText, relationshipsPath, withRelationships } from "../package";
import { relativeTarget } from "../part-locations";
import { type ContentTypeChange, withContentTypes, writeSheetProperties } from "../sheet-property-parts";
import type { XlsxApplyError, XlsxReadFailure } from "../types";
import { applyFailure, validatePlan } from "../validate-plan";
import type { WorkbookStructure } from "../workbook-part";
import { escapeXml, parseAttributes, relationshipId } from "../xml";
import { withConditionalFormats } from "./conditional-formats";
import { withSheetTitles } from "./app-properties";
import { removeCharts } from "./remove-charts";
import { joinSheet, patchSheetData } from "./sheet-data";
import {
  type ExternalLink,
  titleRowsReference,
  withColumnWidths,
  withFreeze,
  withHyperlinks,
  withHeaderFooter,
  withPrint,
  withRowBreaks,
  withTabSelected,
  withoutFeaturesWithin,
} from "./worksheet-parts";
import { MINIMAL_STYLESHEET, StyleBook } from "./style-book";
import { childElements, findElement, startTagAttributes, withAttribute, withoutDoctype } from "./xml-elements";

export type InPlaceResult =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly error: XlsxApplyError }
  | { readonly ok: false; readonly failure: XlsxReadFailure };

const SPREADSHEET_NAMESPACE = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELATIONSHIPS_NAMESPACE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WORKSHEET_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const STYLES_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
const RELATIONSHIP_BASE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CONTENT_TYPES = "[Content_Types].xml";
const APP_PROPERTIES = "docProps/app.xml";

export async function applyPlanInPlace(data: ArrayBuffer | Uint8Array, plan: WorkbookPlan): Promise<InPlaceResult> {
  const opened = await openWorkbookPackage(asBytes(data));
  if (!opened.ok) return opened;
  const { zip, structure } = opened;
  const refused = plan.sheets.map(notInPlace).find((error) => error !== null);
  if (refused) return { ok: false, error: refused };
  const invalid = validatePlan({ sheetNames: structure.sheets.map((s) => s.name), tableOwners: new Map() }, plan);
  if (invalid) return { ok: false, error: invalid };

  const types: ContentTypeChange = { added: [], removed: [] };
  const styles = await openStyles(zip, structure);
  let workbookXml = withoutDoctype((await partText(zip, structure.workbookPath)) ?? "");
  let workbookRels = withoutDoctype((await partText(zip, relationshipsPath(structure.workbookPath))) ?? "");

  const paths = new Map<string, string>();
  const activated = plan.sheets.find((sheet) => sheet.activate !== undefined)?.name;
  for (const sheet of plan.sheets) {
    const existing = structure.sheets.find((s) => sameSheetName(s.name, sheet.name));
    let path: string;
    let xml: string;
    if (existing) {
      path = existing.path;
      xml = withoutDoctype((await partText(zip, path)) ?? "");
    } else {
      path = freeWorksheetPath(zip);
      xml = NEW_WORKSHEET;
      types.added.push({ part: path, contentType: WORKSHEET_CONTENT_TYPE });
      const id = nextRelationshipId(workbookRels);
      workbookRels = withRelationships(
        workbookRels,
        `<Relationship Id="${id}" Type="${RELATIONSHIP_BASE}/worksheet" Target="${relativeTarget(structure.workbookPath, path)}"/>`,
      );
      workbookXml = withSheetEntry(workbookXml, sheet.name, id);
    }
    paths.set(sheet.name, path);
    const relsPath = relationshipsPath(path);
    let rels = withoutDoctype((await partText(zip, relsPath)) ?? "") || EMPTY_RELATIONSHIPS;

    // A link's text is its cell's text.
    const linkTexts = sheet.hyperlinks.map((link) => ({ anchor: link.cell, rows: [[link.text]] }));
    const cells = patchSheetData(xml, { ...sheet, blocks: [...sheet.blocks, ...linkTexts] }, styles.book);
    // From here on the sheet is edited without its cells, which join it again when it is stored.
    xml = cells.skeleton;
    xml = withoutFeaturesWithin(xml, sheet.clear);
    xml = withConditionalFormats(xml, sheet.conditionalFormats, styles.book);
    const linked = withHyperlinks(xml, sheet.hyperlinks, sheet.clear, () => {
      const id = nextRelationshipId(rels);
      rels = withRelationships(rels, `<Relationship Id="${id}"/>`);
      return id;
    });
    xml = linked.xml;
    rels = withExternalLinks(rels, linked.external, linked.removedIds);
    xml = withColumnWidths(xml, sheet.columnWidths);
    if (sheet.freeze) xml = withFreeze(xml, sheet.freeze);
    if (sheet.print) {
      xml = withPrint(xml, sheet.print);
      xml = withHeaderFooter(xml, sheet.print);
      xml = withRowBreaks(xml, sheet.print);
      workbookXml = withPrintTitles(workbookXml, sheet.name, sheet.print.titleRows ?? null);
    }
    if (Object.keys(sheet.properties).length > 0) {
      const merged = { ...(await ownProperties(zip, path, xml)), ...sheet.properties };
      ({ xml, rels } = writeSheetProperties(zip, path, xml, rels, merged, types));
    }
    if (activated !== undefined) xml = withTabSelected(xml, sameSheetName(sheet.name, activated));
    zip.file(relsPath, rels);
    types.removed.push(...(await removeCharts(zip, path, xml, sheet.removeCharts ?? [])));
    if (sheet.charts.length > 0) {
      const read = plannedCells(sheet);
      const charts = sheet.charts.map((chart) => ({ plan: chart, data: chartDataFrom(read, chart) }));
      const added: ContentTypeOverride[] = [];
      xml = await addChartsToSheet(zip, { sheetPath: path, sheet: sheet.name, charts }, xml, added);
      types.added.push(...added);
    }
    zip.file(path, joinSheet(xml, cells.rows));
  }
  if (activated !== undefined) workbookXml = await withActiveSheet(zip, workbookXml, structure, paths, activated);

  // The formulas written carry their results, and Excel recalculates on opening; the calculation chain
  // lists formula cells that may be gone, which Excel would repair with a prompt, so it goes.
  workbookXml = withFullCalcOnLoad(workbookXml);
  workbookRels = withoutCalcChain(zip, structure, workbookRels, types);
  if (styles.used() && styles.missing) {
    types.added.push({ part: styles.path, contentType: STYLES_CONTENT_TYPE });
    workbookRels = withRelationships(
      workbookRels,
      `<Relationship Id="${nextRelationshipId(workbookRels)}" Type="${RELATIONSHIP_BASE}/styles" Target="${relativeTarget(structure.workbookPath, styles.path)}"/>`,
    );
  }
  zip.file(structure.workbookPath, workbookXml);
  zip.file(relationshipsPath(structure.workbookPath), workbookRels);
  if (styles.used()) zip.file(styles.path, styles.book().toXml());
  const created = plan.sheets.filter((sheet) => !structure.sheets.some((s) => sameSheetName(s.name, sheet.name)));
  const app = await partText(zip, APP_PROPERTIES);
  if (app !== null && created.length > 0) {
    zip.file(
      APP_PROPERTIES,
      withSheetTitles(
        withoutDoctype(app),
        created.map((sheet) => sheet.name),
      ),
    );
  }
  const contentTypes = await partText(zip, CONTENT_TYPES);
  if (contentTypes !== null) zip.file(CONTENT_TYPES, withContentTypes(withoutDoctype(contentTypes), types));
  const bytes = await zip.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    compressionOptions: { level: 6 },
  });
  return { ok: true, bytes };
}

/** What this writer cannot make; null when the sheet's plan is within it. */
function notInPlace(sheet: SheetPlan): XlsxApplyError | null {
  const asks: [boolean, string][] = [
    [sheet.tables.length > 0, "tables"],
    [sheet.validations.length > 0, "validations"],
  ];
  const feature = asks.find(([asked]) => asked)?.[1];
  return feature === undefined ? null : applyFailure("in-place", sheet.name, { feature });
}

interface Styles {
  readonly path: string;
  /** Opened on first use: a plan without formats leaves styles.xml as it is. */
  readonly book: () => StyleBook;
  readonly used: () => boolean;
  /** The package has no stylesheet: a used one needs its relationship and content type. */
  readonly missing: boolean;
}

async function openStyles(zip: Package, structure: WorkbookStructure): Promise<Styles> {
  const relationship = structure.workbookRelationships.find((r) => isType(r, RELATIONSHIP_TYPES.styles) && !r.external);
  const text = relationship ? await partText(zip, relationship.target) : null;
  let book: StyleBook | null = null;
  return {
    path: relationship?.target ?? "xl/styles.xml",
    book: () => (book ??= new StyleBook(text === null ? MINIMAL_STYLESHEET : withoutDoctype(text))),
    used: () => book !== null,
    missing: text === null,
  };
}

function freeWorksheetPath(zip: Package): string {
  let n = 1;
  while (
    zip.file(`xl/worksheets/sheet${n}.xml`) ||
    zip.file(new RegExp(`^xl/worksheets/sheet${n}\\.xml$`, "i")).length > 0
  )
    n++;
  return `xl/worksheets/sheet${n}.xml`;
}

function nextRelationshipId(rels: string): string {
  return `rId${Math.max(0, ...[...rels.matchAll(/Id="rId(\d+)"/g)].map((m) => Number(m[1]))) + 1}`;
}

/** The workbook part with a new sheet at the end of its tabs (so no sheet-local name moves). */
function withSheetEntry(xml: string, name: string, relationshipId: string): string {
  const sheets = findElement(xml, "sheets");
  if (!sheets) throw new Error("workbook without sheets");
  const entries = sheets.contentStart === sheets.end ? [] : childElements(xml, sheets.contentStart, sheets.contentEnd);
  const ids = entries.map((e) => Number(/sheetId\s*=\s*"(\d+)"/.exec(startTagAttributes(xml, e))?.[1] ?? 0));
  const sheetId = Math.max(0, ...ids) + 1;
  const p = sheets.prefix;
  // The relationship attribute takes whatever prefix the workbook binds to the relationships namespace.
  const bound = new RegExp(`xmlns:(\\w+)="${RELATIONSHIPS_NAMESPACE}"`).exec(xml)?.[1];
  const declare = bound === undefined ? ` xmlns:r="${RELATIONSHIPS_NAMESPACE}"` : "";
  const entry = `<${p}sheet name="${escapeXml(name)}" sheetId="${sheetId}" ${bound ?? "r"}:id="${relationshipId}"${declare}/>`;
  if (sheets.contentStart === sheets.end) {
    return `${xml.slice(0, sheets.start)}<${p}sheets>${entry}</${p}sheets>${xml.slice(sheets.end)}`;
  }
  return xml.slice(0, sheets.contentEnd) + entry + xml.slice(sheets.contentEnd);
}

function withFullCalcOnLoad(xml: string): string {
  const calc = findElement(xml, "calcPr");
  if (calc) {
    const attributes = withAttribute(startTagAttributes(xml, calc), "fullCalcOnLoad", "1");
    const p = calc.prefix;
    const inner = calc.contentStart === calc.end ? "" : xml.slice(calc.contentStart, calc.contentEnd);
    const element = inner === "" ? `<${p}calcPr${attributes}/>` : `<${p}calcPr${attributes}>${inner}</${p}calcPr>`;
    return xml.slice(0, calc.start) + element + xml.slice(calc.end);
  }
  const p = findElement(xml, "workbook")?.prefix ?? "";
  return withWorkbookChild(xml, "calcPr", `<${p}calcPr calcId="0" fullCalcOnLoad="1"/>`);
}

function withoutCalcChain(zip: Package, structure: WorkbookStructure, rels: string, types: ContentTypeChange): string {
  const chain = structure.workbookRelationships.find((r) => isType(r, "/calcChain") && !r.external);
  let kept = rels;
  if (chain) {
    zip.remove(chain.target);
    types.removed.push(chain.target);
    kept = kept.replace(/<Relationship\b[^>]*\/>/g, (whole) => (whole.includes(`Id="${chain.id}"`) ? "" : whole));
  }
  return kept;
}

/** The custom properties a worksheet part has now, by name. */
async function ownProperties(zip: Package, path: string, xml: string): Promise<Record<string, string>> {
  const element = findElement(xml, "customProperties");
  if (!element || element.contentStart === element.end) return {};
  const entries = childElements(xml, element.contentStart, element.contentEnd)
    .filter((e) => e.name === "customPr")
    .map((e) => {
      const raw = startTagAttributes(xml, e);
      return { name: parseAttributes(raw).get("name") ?? "", relationshipId: relationshipId(raw) ?? "" };
    });
  return { ...(await readSheetProperties(zip, path, entries)) };
}

/** An empty worksheet: a created sheet's widths, panes and cells are patched in like an existing one's. */
const NEW_WORKSHEET =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  `<worksheet xmlns="${SPREADSHEET_NAMESPACE}" xmlns:r="${RELATIONSHIPS_NAMESPACE}">` +
  '<dimension ref="A1"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>' +
  '<sheetFormatPr defaultRowHeight="15"/><sheetData/>' +
  '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';

const EMPTY_RELATIONSHIPS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

/** The sheet's relationships with a hyperlink relationship for each web link, and the removed links' gone. */
function withExternalLinks(rels: string, external: readonly ExternalLink[], removedIds: readonly string[]): string {
  let out = rels.replace(/<Relationship\b[^>]*\/>/g, (whole) =>
    removedIds.includes(parseAttributes(whole.slice(13, -2)).get("Id") ?? "") ? "" : whole,
  );
  for (const link of external) {
    out = out.replace(
      `<Relationship Id="${link.id}"/>`,
      `<Relationship Id="${link.id}" Type="${RELATIONSHIP_BASE}/hyperlink" Target="${escapeXml(link.url)}" TargetMode="External"/>`,
    );
  }
  return out;
}

/** The plan's own values, where a chart drawn from them finds its data (the cells are the plan's). */
function plannedCells(sheet: SheetPlan): CellRead {
  const cells = new Map<string, unknown>();
  for (const block of sheet.blocks) {
    block.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell === undefined) return;
        const value = isFormula(cell) ? (cell.result ?? null) : cell;
        cells.set(`${block.anchor.row + r},${block.anchor.column + c}`, value);
      }),
    );
  }
  return (row, column) => cells.get(`${row},${column}`) ?? null;
}

/** The workbook's `_xlnm.Print_Titles` for the sheet: set to the rows, or removed when there are none. */
function withPrintTitles(xml: string, sheet: string, rows: { first: number; last: number } | null): string {
  const index = sheetIndex(xml, sheet);
  if (index < 0) return xml;
  const p = findElement(xml, "sheets")?.prefix ?? "";
  const names = findElement(xml, "definedNames");
  const own = (raw: string) =>
    /name="_xlnm\.Print_Titles"/.test(raw) && new RegExp(`localSheetId="${index}"`).test(raw);
  const kept = names
    ? childElements(xml, names.contentStart, names.contentEnd)
        .filter((e) => !own(startTagAttributes(xml, e)))
        .map((e) => xml.slice(e.start, e.end))
    : [];
  const added =
    rows === null
      ? []
      : [
          `<${p}definedName name="_xlnm.Print_Titles" localSheetId="${index}">${escapeXml(titleRowsReference(sheet, rows))}</${p}definedName>`,
        ];
  const all = [...kept, ...added];
  const element = all.length === 0 ? "" : `<${p}definedNames>${all.join("")}</${p}definedNames>`;
  if (names) return xml.slice(0, names.start) + element + xml.slice(names.end);
  return element === "" ? xml : withWorkbookChild(xml, "definedNames", element);
}

/** The sheet opens active: the workbook's active tab, and its tab the only one selected. */
async function withActiveSheet(
  zip: Package,
  workbookXml: string,
  structure: WorkbookStructure,
  planned: ReadonlyMap<string, string>,
  name: string,
): Promise<string> {
  const sheets = findElement(workbookXml, "sheets");
  if (!sheets) return workbookXml;
  const index = sheetIndex(workbookXml, name);
  // The plan's own sheets were set as they were written; of the others, only a selected tab changes.
  for (const sheet of structure.sheets) {
    if ([...planned.keys()].some((name) => sameSheetName(name, sheet.name))) continue;
    const xml = await partText(zip, sheet.path);
    if (xml === null || !xml.includes("tabSelected")) continue;
    zip.file(sheet.path, withTabSelected(withoutDoctype(xml), false));
  }
  const p = sheets.prefix;
  const views = findElement(workbookXml, "bookViews");
  if (views) {
    const view = childElements(workbookXml, views.contentStart, views.contentEnd)[0];
    if (!view) return workbookXml;
    const raw = withAttribute(startTagAttributes(workbookXml, view), "activeTab", String(index));
    const tagEnd = workbookXml.indexOf(">", view.start);
    const closing = workbookXml[tagEnd - 1] === "/" ? "/>" : ">";
    return `${workbookXml.slice(0, view.start)}<${view.prefix}workbookView${raw}${closing}${workbookXml.slice(tagEnd + 1)}`;
  }
  return withWorkbookChild(
    workbookXml,
    "bookViews",
    `<${p}bookViews><${p}workbookView activeTab="${index}"/></${p}bookViews>`,
  );
}

/** CT_Workbook's children, in the order the schema requires. */
const WORKBOOK_CHILD_ORDER = [
  "fileVersion",
  "fileSharing",
  "workbookPr",
  "workbookProtection",
  "bookViews",
  "sheets",
  "functionGroups",
  "externalReferences",
  "definedNames",
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
] as const;

/** The workbook part with `element` (a missing `name` child) put where the schema's order wants it. */
function withWorkbookChild(xml: string, name: (typeof WORKBOOK_CHILD_ORDER)[number], element: string): string {
  const root = findElement(xml, "workbook");
  if (!root) return xml;
  const after: readonly string[] = WORKBOOK_CHILD_ORDER.slice(WORKBOOK_CHILD_ORDER.indexOf(name) + 1);
  const next = childElements(xml, root.contentStart, root.contentEnd).find((e) => after.includes(e.name));
  const at = next ? next.start : root.contentEnd;
  return xml.slice(0, at) + element + xml.slice(at);
}

/** A sheet's position among the workbook's `<sheet>` entries (what localSheetId and activeTab count), or -1. */
function sheetIndex(xml: string, name: string): number {
  const sheets = findElement(xml, "sheets");
  if (!sheets || sheets.contentStart === sheets.end) return -1;
  return childElements(xml, sheets.contentStart, sheets.contentEnd).findIndex((e) =>
    sameSheetName(parseAttributes(startTagAttributes(xml, e)).get("name") ?? "", name),
  );
}
