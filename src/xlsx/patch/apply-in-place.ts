/**
 * Applies a plan to a workbook file by editing its own parts, for a file the user made: the command
 * line's graded copy. Unlike loading the file into exceljs and saving it again, nothing the plan does not
 * name is rewritten — charts, notes, pivot tables, macros, slicers and other programs' extensions stay as
 * the file had them — and a file Tassei's reader read is never refused by a second, stricter reader.
 *
 * What it writes: cell contents and formats (sheet-data.ts, style-book.ts), conditional formats, custom
 * properties, and new sheets with column widths and frozen panes (Tassei's log). Tables, validations,
 * links, charts and printing are the exceljs writer's; a plan asking for them here is refused whole, before anything is written.
 */
import { columnLetters } from "../../core/workbook/address";
import type { SheetPlan, WorkbookPlan } from "../../core/workbook/plan";
import { readSheetProperties } from "../custom-properties";
import { asBytes, openWorkbookPackage } from "../open-workbook";
import { type Package, RELATIONSHIP_TYPES, isType, partText, relationshipsPath } from "../package";
import { relativeTarget } from "../part-locations";
import { type ContentTypeChange, withContentTypes, writeSheetProperties } from "../sheet-property-parts";
import type { XlsxApplyError, XlsxReadFailure } from "../types";
import { pointsToColumnWidth } from "../units";
import { applyFailure, validatePlan } from "../validate-plan";
import type { WorkbookStructure } from "../workbook-part";
import { escapeXml, parseAttributes, relationshipId } from "../xml";
import { withConditionalFormats } from "./conditional-formats";
import { patchSheetData } from "./sheet-data";
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

  for (const sheet of plan.sheets) {
    const existing = structure.sheets.find((s) => s.name.toLowerCase() === sheet.name.toLowerCase());
    let path: string;
    let xml: string;
    if (existing) {
      path = existing.path;
      xml = withoutDoctype((await partText(zip, path)) ?? "");
    } else {
      path = freeWorksheetPath(zip);
      xml = newWorksheet(sheet);
      types.added.push({ part: path, contentType: WORKSHEET_CONTENT_TYPE });
      const id = nextRelationshipId(workbookRels);
      workbookRels = workbookRels.replace(
        "</Relationships>",
        `<Relationship Id="${id}" Type="${RELATIONSHIP_BASE}/worksheet" Target="${relativeTarget(structure.workbookPath, path)}"/></Relationships>`,
      );
      workbookXml = withSheetEntry(workbookXml, sheet.name, id);
    }
    xml = withConditionalFormats(patchSheetData(xml, sheet, styles.book), sheet.conditionalFormats, styles.book);
    if (Object.keys(sheet.properties).length > 0) {
      const relsPath = relationshipsPath(path);
      const rels = withoutDoctype((await partText(zip, relsPath)) ?? "");
      const merged = { ...(await ownProperties(zip, path, xml)), ...sheet.properties };
      const written = writeSheetProperties(zip, path, xml, rels, merged, types);
      xml = written.xml;
      zip.file(relsPath, written.rels);
    }
    zip.file(path, xml);
  }

  // The formulas written carry their results, and Excel recalculates on opening; the calculation chain
  // lists formula cells that may be gone, which Excel would repair with a prompt, so it goes.
  workbookXml = withFullCalcOnLoad(workbookXml);
  workbookRels = withoutCalcChain(zip, structure, workbookRels, types);
  if (styles.used() && styles.missing) {
    types.added.push({ part: styles.path, contentType: STYLES_CONTENT_TYPE });
    workbookRels = workbookRels.replace(
      "</Relationships>",
      `<Relationship Id="${nextRelationshipId(workbookRels)}" Type="${RELATIONSHIP_BASE}/styles" Target="${relativeTarget(structure.workbookPath, styles.path)}"/></Relationships>`,
    );
  }
  zip.file(structure.workbookPath, workbookXml);
  zip.file(relationshipsPath(structure.workbookPath), workbookRels);
  if (styles.used()) zip.file(styles.path, styles.book().toXml());
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
  const creating = sheet.mode === "create";
  const asks: [boolean, string][] = [
    [sheet.tables.length > 0, "tables"],
    [sheet.validations.length > 0, "validations"],
    [sheet.hyperlinks.length > 0, "hyperlinks"],
    [sheet.charts.length > 0 || (sheet.removeCharts ?? []).length > 0, "charts"],
    [sheet.print !== undefined, "print"],
    [sheet.activate !== undefined, "activate"],
    [!creating && sheet.columnWidths.length > 0, "columnWidths"],
    [!creating && sheet.freeze !== undefined, "freeze"],
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
  const root = findElement(xml, "workbook");
  if (!root) return xml;
  // CT_Workbook: calcPr follows sheets, functionGroups, externalReferences and definedNames.
  const after = [
    "oleSize",
    "customWorkbookViews",
    "pivotCaches",
    "smartTagPr",
    "smartTagTypes",
    "webPublishing",
    "fileRecoveryPr",
    "webPublishObjects",
    "extLst",
  ];
  const next = childElements(xml, root.contentStart, root.contentEnd).find((e) => after.includes(e.name));
  const at = next ? next.start : root.contentEnd;
  return `${xml.slice(0, at)}<${root.prefix}calcPr calcId="0" fullCalcOnLoad="1"/>${xml.slice(at)}`;
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

/** An empty worksheet with the plan's column widths and frozen panes; its cells are patched in after. */
function newWorksheet(sheet: SheetPlan): string {
  const widths = [...sheet.columnWidths].sort((a, b) => a.column - b.column);
  const cols =
    widths.length === 0
      ? ""
      : `<cols>${widths
          .map(
            (w) =>
              `<col min="${w.column + 1}" max="${w.column + 1}" width="${pointsToColumnWidth(w.points)}" customWidth="1"/>`,
          )
          .join("")}</cols>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${SPREADSHEET_NAMESPACE}" xmlns:r="${RELATIONSHIPS_NAMESPACE}">` +
    `<dimension ref="A1"/><sheetViews><sheetView workbookViewId="0">${frozenPane(sheet.freeze)}</sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>${cols}<sheetData/>` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'
  );
}

function frozenPane(freeze: SheetPlan["freeze"]): string {
  if (!freeze || (freeze.rows === 0 && freeze.columns === 0)) return "";
  const topLeft = `${columnLetters(freeze.columns)}${freeze.rows + 1}`;
  const pane = freeze.rows > 0 && freeze.columns > 0 ? "bottomRight" : freeze.rows > 0 ? "bottomLeft" : "topRight";
  const x = freeze.columns > 0 ? ` xSplit="${freeze.columns}"` : "";
  const y = freeze.rows > 0 ? ` ySplit="${freeze.rows}"` : "";
  return `<pane${x}${y} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/><selection pane="${pane}"/>`;
}
