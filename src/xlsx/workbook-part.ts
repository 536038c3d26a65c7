/**
 * The workbook part and what hangs from it: sheet names in tab order, which part holds each sheet, the
 * active tab and structure protection. Chart sheets and macro sheets are not worksheets (Office.js does
 * not list them in `worksheets`), so they are left out.
 */
import { type Package, type Relationship, RELATIONSHIP_TYPES, isType, partText, relationships } from "./package";
import { XmlScanner, attribute, parseAttributes, relationshipId } from "./xml";

export interface SheetEntry {
  readonly name: string;
  /** The worksheet part, e.g. "xl/worksheets/sheet1.xml". */
  readonly path: string;
  readonly visible: boolean;
}

export interface WorkbookStructure {
  readonly workbookPath: string;
  readonly workbookRelationships: readonly Relationship[];
  readonly sheets: readonly SheetEntry[];
  /** Index into `sheets` of the active sheet, or null when there is none. */
  readonly activeIndex: number | null;
  readonly structureProtected: boolean;
}

/** Null when the package has no SpreadsheetML workbook (a .docx, an .xlsb, any other zip). */
export async function readWorkbookStructure(zip: Package): Promise<WorkbookStructure | null> {
  const root = await relationships(zip, "");
  const main = root.find((r) => isType(r, RELATIONSHIP_TYPES.officeDocument) && !r.external);
  const workbookPath = main?.target ?? "xl/workbook.xml";
  if (!workbookPath.toLowerCase().endsWith(".xml")) return null;
  const xml = await partText(zip, workbookPath);
  if (xml === null || !/<(?:\w+:)?workbook[\s>]/.test(xml)) return null;
  const workbookRelationships = await relationships(zip, workbookPath);
  const byId = new Map(workbookRelationships.map((r) => [r.id, r]));

  const all: { name: string; path: string | null; visible: boolean }[] = [];
  let activeTab = 0;
  let structureProtected = false;
  let seenView = false;
  const scanner = new XmlScanner(xml);
  for (let tag = scanner.next(); tag; tag = scanner.next()) {
    if (tag.closing) continue;
    if (tag.name === "sheet") {
      const attributes = parseAttributes(tag.attributes);
      const relationship = byId.get(relationshipId(tag.attributes) ?? "");
      const isWorksheet = relationship !== undefined && isType(relationship, RELATIONSHIP_TYPES.worksheet);
      all.push({
        name: attributes.get("name") ?? "",
        path: isWorksheet ? relationship.target : null,
        visible: (attributes.get("state") ?? "visible") === "visible",
      });
    } else if (tag.name === "workbookView" && !seenView) {
      seenView = true;
      activeTab = Number(attribute(tag.attributes, "activeTab") ?? 0);
    } else if (tag.name === "workbookProtection") {
      structureProtected = /^(1|true)$/.test(attribute(tag.attributes, "lockStructure") ?? "");
    }
  }
  // activeTab counts every sheet in the workbook, chart sheets included.
  const activeName = all[activeTab]?.name;
  const sheets = all.filter((s): s is SheetEntry => s.path !== null);
  const active = sheets.findIndex((s) => s.name === activeName);
  return {
    workbookPath,
    workbookRelationships,
    sheets,
    activeIndex: active >= 0 ? active : sheets.length > 0 ? 0 : null,
    structureProtected,
  };
}
