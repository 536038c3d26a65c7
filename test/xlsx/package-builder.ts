/**
 * Builds .xlsx packages by hand, part by part, to test the reader on what other programs write
 * (Excel's shared formulas, namespace prefixes, inline strings, chart sheets …) without Excel.
 */
import JSZip from "jszip";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface HandSheet {
  readonly name: string;
  /** The worksheet's content inside `<worksheet>`; `<sheetData>` included. */
  readonly body: string;
  readonly state?: "visible" | "hidden" | "veryHidden";
  /** Relationships of the sheet part: id → [type suffix, target]. */
  readonly rels?: Readonly<Record<string, readonly [string, string]>>;
  readonly chart?: boolean;
}

export interface HandPackage {
  readonly sheets: readonly HandSheet[];
  readonly sharedStrings?: readonly string[];
  /** Raw `<si>` items, for rich text and phonetic runs. */
  readonly sharedStringItems?: readonly string[];
  readonly styles?: string;
  readonly workbookExtra?: string;
  readonly activeTab?: number;
  readonly parts?: Readonly<Record<string, string | Uint8Array>>;
  /** Namespace prefix for SpreadsheetML elements ("x" → `<x:worksheet>`). */
  readonly prefix?: string;
  /** STORE skips compressing (fast for big test sheets); DEFLATE is what spreadsheet programs write. */
  readonly compression?: "STORE" | "DEFLATE";
}

function prefixed(xml: string, prefix: string | undefined): string {
  if (!prefix) return xml;
  return xml.replace(/<(\/?)([A-Za-z][\w]*)(?=[\s>/])/g, (whole, slash: string, name: string) =>
    name.includes(":") ? whole : `<${slash}${prefix}:${name}`,
  );
}

export async function handPackage(spec: HandPackage): Promise<Uint8Array> {
  const zip = new JSZip();
  const ns = spec.prefix ? `xmlns:${spec.prefix}="${MAIN}"` : `xmlns="${MAIN}"`;
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  const workbookRels: string[] = [];
  const sheetEntries: string[] = [];
  spec.sheets.forEach((sheet, i) => {
    const id = `rId${i + 1}`;
    const folder = sheet.chart ? "chartsheets" : "worksheets";
    const type = sheet.chart ? "chartsheet" : "worksheet";
    workbookRels.push(`<Relationship Id="${id}" Type="${REL}/${type}" Target="${folder}/sheet${i + 1}.xml"/>`);
    sheetEntries.push(
      `<sheet name="${sheet.name}" sheetId="${i + 1}"${sheet.state ? ` state="${sheet.state}"` : ""} r:id="${id}"/>`,
    );
    const root = sheet.chart ? "chartsheet" : "worksheet";
    zip.file(
      `xl/${folder}/sheet${i + 1}.xml`,
      `<?xml version="1.0" encoding="UTF-8"?><${spec.prefix ? `${spec.prefix}:` : ""}${root} ${ns} xmlns:r="${REL}">${prefixed(sheet.body, spec.prefix)}</${spec.prefix ? `${spec.prefix}:` : ""}${root}>`,
    );
    if (sheet.rels) {
      const rels = Object.entries(sheet.rels)
        .map(([rid, [suffix, target]]) => `<Relationship Id="${rid}" Type="${REL}/${suffix}" Target="${target}"/>`)
        .join("");
      zip.file(
        `xl/${folder}/_rels/sheet${i + 1}.xml.rels`,
        `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`,
      );
    }
  });
  const n = spec.sheets.length;
  const items =
    spec.sharedStringItems ?? (spec.sharedStrings ?? []).map((s) => `<si><t xml:space="preserve">${s}</t></si>`);
  if (items.length > 0) {
    workbookRels.push(`<Relationship Id="rId${n + 1}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
    zip.file("xl/sharedStrings.xml", prefixed(`<?xml version="1.0"?><sst ${ns}>${items.join("")}</sst>`, spec.prefix));
  }
  if (spec.styles) {
    workbookRels.push(`<Relationship Id="rId${n + 2}" Type="${REL}/styles" Target="styles.xml"/>`);
    zip.file(
      "xl/styles.xml",
      prefixed(`<?xml version="1.0"?><styleSheet ${ns}>${spec.styles}</styleSheet>`, spec.prefix),
    );
  }
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${workbookRels.join("")}</Relationships>`,
  );
  const views =
    spec.activeTab === undefined ? "" : `<bookViews><workbookView activeTab="${spec.activeTab}"/></bookViews>`;
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0"?>${prefixed(`<workbook ${ns} xmlns:r="${REL}">${spec.workbookExtra ?? ""}${views}<sheets>${sheetEntries.join("")}</sheets></workbook>`, spec.prefix)}`,
  );
  for (const [path, content] of Object.entries(spec.parts ?? {})) zip.file(path, content);
  return zip.generateAsync({ type: "uint8array", compression: spec.compression ?? "DEFLATE" });
}
