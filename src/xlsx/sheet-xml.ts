/**
 * One worksheet part (xl/worksheets/sheetN.xml) read into flat arrays of its cells, plus what a snapshot
 * needs from after the cell data: protection, custom property names and table parts. Cells are kept as
 * the file states them; turning them into a snapshot is read-snapshot.ts's job.
 */
import { unixMsToSerial } from "@tassei/excel-rules";
import type { CellValue } from "../core/workbook/snapshot";
import { fromFileFormula, shiftFormula } from "./formula";
import { decodeOoxmlText } from "./ooxml-text";
import { readStringItem } from "./shared-strings";
import { XmlScanner, attribute, parseAttributes, relationshipId } from "./xml";

export interface ParsedSheet {
  /** Zero-based positions and contents of every `<c>` element, in file order. */
  readonly rows: number[];
  readonly columns: number[];
  readonly values: CellValue[];
  readonly formulas: (string | null)[];
  readonly styles: number[];
  /** Style of whole rows (`<row s customFormat="1">`), for cells the file leaves out. */
  readonly rowStyles: Map<number, number>;
  /** Style of whole columns (`<col min max style>`), zero-based inclusive. */
  readonly columnStyles: { readonly first: number; readonly last: number; readonly style: number }[];
  readonly protected: boolean;
  readonly customProperties: { readonly name: string; readonly relationshipId: string }[];
  readonly tableRelationshipIds: string[];
}

export interface CellContext {
  readonly sharedStrings: readonly string[];
}

/** "AB12" → column 27, row 11 (zero-based); null when it is not a plain reference. */
function parseReference(reference: string): { row: number; column: number } | null {
  let column = 0;
  let i = 0;
  for (; i < reference.length; i++) {
    const code = reference.charCodeAt(i) & ~0x20; // upper-case letters
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  const row = Number(reference.slice(i));
  if (i === 0 || i > 3 || !Number.isInteger(row) || row < 1) return null;
  return { row: row - 1, column: column - 1 };
}

interface SharedFormula {
  readonly text: string;
  readonly row: number;
  readonly column: number;
}

export function parseSheetXml(xml: string, context: CellContext): ParsedSheet {
  const sheet: { -readonly [K in keyof ParsedSheet]: ParsedSheet[K] } = {
    rows: [],
    columns: [],
    values: [],
    formulas: [],
    styles: [],
    rowStyles: new Map(),
    columnStyles: [],
    protected: false,
    customProperties: [],
    tableRelationshipIds: [],
  };
  const shared = new Map<string, SharedFormula>();
  const scanner = new XmlScanner(xml);
  let row = -1;
  let column = -1;

  for (let tag = scanner.next(); tag; tag = scanner.next()) {
    if (tag.closing) continue;
    switch (tag.name) {
      case "col": {
        const attributes = parseAttributes(tag.attributes);
        const style = attributes.get("style");
        if (style !== undefined) {
          sheet.columnStyles.push({
            first: Number(attributes.get("min")) - 1,
            last: Number(attributes.get("max")) - 1,
            style: Number(style),
          });
        }
        break;
      }
      case "row": {
        const r = attribute(tag.attributes, "r");
        row = r === undefined ? row + 1 : Number(r) - 1;
        column = -1;
        const style = attribute(tag.attributes, "s");
        if (style !== undefined && /^(1|true)$/.test(attribute(tag.attributes, "customFormat") ?? "")) {
          sheet.rowStyles.set(row, Number(style));
        }
        break;
      }
      case "c": {
        const reference = attribute(tag.attributes, "r");
        const position = reference === undefined ? null : parseReference(reference);
        if (position) {
          row = position.row;
          column = position.column;
        } else {
          column += 1;
        }
        const type = attribute(tag.attributes, "t") ?? "n";
        const style = Number(attribute(tag.attributes, "s") ?? 0);
        let raw: string | null = null;
        let formula: string | null = null;
        let inline: string | null = null;
        if (!tag.selfClosing) {
          for (let inner = scanner.next(); inner; inner = scanner.next()) {
            if (inner.name === "c" && inner.closing) break;
            if (inner.closing) continue;
            if (inner.name === "v") {
              raw = inner.selfClosing ? "" : scanner.textFrom(inner.end);
            } else if (inner.name === "f") {
              formula = readFormula(inner.attributes, inner.selfClosing ? "" : scanner.textFrom(inner.end));
            } else if (inner.name === "is") {
              inline = inner.selfClosing ? "" : readStringItem(scanner, "is");
            }
          }
        }
        sheet.rows.push(row);
        sheet.columns.push(column);
        sheet.values.push(cellValue(type, raw, inline, context));
        sheet.formulas.push(formula === null ? null : fromFileFormula(formula));
        sheet.styles.push(style);
        break;
      }
      case "sheetProtection":
        sheet.protected ||= /^(1|true)$/.test(attribute(tag.attributes, "sheet") ?? "");
        break;
      case "customPr": {
        const id = relationshipId(tag.attributes);
        const name = attribute(tag.attributes, "name");
        if (id !== undefined && name !== undefined) sheet.customProperties.push({ name, relationshipId: id });
        break;
      }
      case "tablePart": {
        const id = relationshipId(tag.attributes);
        if (id !== undefined) sheet.tableRelationshipIds.push(id);
        break;
      }
    }
  }
  return sheet;

  function readFormula(attributes: string, text: string): string | null {
    const kind = attribute(attributes, "t");
    if (kind === "dataTable") return null;
    if (kind !== "shared") return text === "" ? null : text;
    const index = attribute(attributes, "si") ?? "";
    const master = shared.get(index);
    if (text !== "" || !master) {
      shared.set(index, { text, row, column });
      return text;
    }
    return shiftFormula(master.text, row - master.row, column - master.column);
  }
}

function cellValue(type: string, raw: string | null, inline: string | null, context: CellContext): CellValue {
  switch (type) {
    case "s":
      return raw === null ? null : (context.sharedStrings[Number(raw)] ?? null);
    case "inlineStr":
      return inline ?? (raw === null ? null : decodeOoxmlText(raw));
    case "str":
      return raw === null ? null : decodeOoxmlText(raw);
    case "b":
      return raw === null ? null : raw === "1" || raw === "true";
    case "e":
      return raw;
    case "d":
      return raw === null ? null : isoDateToSerial(raw);
    default: {
      if (raw === null || raw.trim() === "") return null;
      const number = Number(raw);
      return Number.isFinite(number) ? number : raw;
    }
  }
}

/** `t="d"` cells hold an ISO 8601 date; Excel reports the serial number (1900 date system). */
function isoDateToSerial(text: string): CellValue {
  const time = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(text) ? text : `${text}Z`);
  return Number.isFinite(time) ? unixMsToSerial(time) : text;
}
