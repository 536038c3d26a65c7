/**
 * A worksheet part's cells edited in place: the plan's clears, cell blocks and formats applied to the
 * file's own `<sheetData>`. Rows the plan does not touch are kept byte for byte, so whatever Tassei does
 * not know about a sheet (phonetic guides, rich text, cell metadata, other programs' attributes) survives.
 *
 * A cell the plan writes loses its old content and keeps its format; one the plan clears loses both, as
 * Office.js's `range.clear()` does. When the first cell of a shared formula is overwritten, the other
 * cells of that formula get their own copy of it, moved to their place, so they keep computing.
 */
import { type RangeRef, cellAddress, parseCellAddress, parseRangeAddress, rangeAddress } from "@tassei/excel-rules";
import type { CellBlock, CellStyle, PlannedCell, StyledRange } from "../../core/workbook/plan";
import { isFormula } from "../../core/workbook/plan";
import { shiftFormula, toFileFormula } from "../formula";
import { encodeOoxmlText } from "../ooxml-text";
import { attribute, decodeXmlEntities, escapeXml } from "../xml";
import type { StyleBook } from "./style-book";
import { type ElementSpan, childElements, findElement, startTagAttributes, withAttribute } from "./xml-elements";

export interface SheetEdits {
  readonly clear: readonly RangeRef[];
  readonly blocks: readonly CellBlock[];
  readonly styles: readonly StyledRange[];
}

interface Target {
  value?: Exclude<PlannedCell, undefined>;
  readonly styles: CellStyle[];
  cleared: boolean;
}

interface SharedMaster {
  readonly text: string;
  readonly row: number;
  readonly column: number;
}

/** Where a cell element is and what the patcher needs of it. */
interface CellElement {
  readonly column: number;
  readonly span: ElementSpan;
  readonly attributes: string;
  readonly style: number | null;
}

/**
 * A worksheet split where its cells go: `skeleton` is the part with an empty `<sheetData/>` standing in for
 * them, small enough to edit further (links, views, print settings) without copying the cells each time;
 * `rows` is the cells' XML, piece by piece (joinSheet puts them back).
 */
export interface SplitSheet {
  readonly skeleton: string;
  readonly rows: readonly string[];
}

export function patchSheetData(xml: string, edits: SheetEdits, book: () => StyleBook): SplitSheet {
  const plans = indexRows(edits);
  const sheetData = findElement(xml, "sheetData");
  if (!sheetData) throw new Error("worksheet without sheetData");
  if (plans.byRow.size === 0 && edits.clear.length === 0) return split(xml, sheetData, null);
  const p = sheetData.prefix;
  const columnStyles = readColumnStyles(xml);
  const rows = childElements(xml, sheetData.contentStart, sheetData.contentEnd).filter((e) => e.name === "row");
  const rowNumbers = numberRows(xml, rows);
  const clears = edits.clear;
  const touchesClear = (row: number) => clears.some((r) => row >= r.row && row < r.row + r.rowCount);
  const inClear = (row: number, column: number) =>
    clears.some(
      (r) => row >= r.row && row < r.row + r.rowCount && column >= r.column && column < r.column + r.columnCount,
    );
  // A row's cells as the plan leaves them, worked out when the row is written and then let go: a plan
  // of hundreds of thousands of cells never sits in memory cell by cell.
  const targetsOf = (row: number) => {
    const plan = plans.byRow.get(row);
    return plan ? rowTargets(row, plan, inClear) : undefined;
  };

  // Shared formulas whose first cell is overwritten or cleared: their other cells need the text.
  const broken = new Map<string, SharedMaster>();
  rows.forEach((row, i) => {
    const number = rowNumbers[i]!;
    if (!plans.byRow.has(number) && !touchesClear(number)) return;
    const targets = targetsOf(number);
    for (const cell of cellsOf(xml, row)) {
      const target = targets?.get(cell.column);
      if (!(target?.value !== undefined || target?.cleared || inClear(number, cell.column))) continue;
      const master = sharedMaster(xml, cell);
      if (master) broken.set(master.index, { text: master.text, row: number, column: cell.column });
    }
  });

  const out: string[] = [];
  const written = [...plans.byRow.keys()].sort((a, b) => a - b);
  let next = 0;
  const emitNewRowsBefore = (limit: number) => {
    while (next < written.length && written[next]! < limit) {
      const number = written[next++]!;
      const cells = [...targetsOf(number)!.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(([column, target]) => renderCell(p, number, column, target, null, null, null, columnStyles, book))
        .filter((c): c is string => c !== null);
      if (cells.length > 0) out.push(`<${p}row r="${number + 1}">${cells.join("")}</${p}row>`);
    }
  };

  let cursor = sheetData.contentStart;
  rows.forEach((row, i) => {
    const number = rowNumbers[i]!;
    emitNewRowsBefore(number);
    if (next < written.length && written[next] === number) next++;
    out.push(xml.slice(cursor, row.start));
    cursor = row.end;
    const targets = targetsOf(number);
    const needsDependents = broken.size > 0 && /t=["']shared["']/.test(xml.slice(row.start, row.end));
    if (!targets && !touchesClear(number) && !needsDependents) {
      out.push(withRowNumber(xml, row, number));
      return;
    }
    out.push(rebuildRow(xml, row, number, targets, { p, inClear, broken, columnStyles, book }));
  });
  out.push(xml.slice(cursor, sheetData.contentEnd));
  emitNewRowsBefore(Number.POSITIVE_INFINITY);

  const { skeleton } = split(xml, sheetData, out);
  return { skeleton: withDimension(skeleton, plans.bounds), rows: out };
}

/** The sheet with its `<sheetData>` emptied; `rows` as given, or the file's own rows when null. */
function split(xml: string, sheetData: ElementSpan, rows: string[] | null): SplitSheet {
  const p = sheetData.prefix;
  const own = sheetData.contentStart === sheetData.end ? "" : xml.slice(sheetData.contentStart, sheetData.contentEnd);
  const skeleton = `${xml.slice(0, sheetData.start)}<${p}sheetData/>${xml.slice(sheetData.end)}`;
  return { skeleton, rows: rows ?? [own] };
}

/** The worksheet part's bytes: the skeleton with the rows put back into its `<sheetData/>`, never one huge string. */
export function joinSheet(skeleton: string, rows: readonly string[]): Uint8Array {
  const empty = /<(\w+:)?sheetData\s*\/>/.exec(skeleton);
  if (!empty) throw new Error("worksheet without sheetData");
  const p = empty[1] ?? "";
  const encoder = new TextEncoder();
  const pieces = [
    encoder.encode(`${skeleton.slice(0, empty.index)}<${p}sheetData>`),
    ...rows.map((row) => encoder.encode(row)),
    encoder.encode(`</${p}sheetData>${skeleton.slice(empty.index + empty[0].length)}`),
  ];
  const bytes = new Uint8Array(pieces.reduce((n, piece) => n + piece.length, 0));
  let offset = 0;
  for (const piece of pieces) {
    bytes.set(piece, offset);
    offset += piece.length;
  }
  return bytes;
}

/** The plan's blocks and formats by the rows they touch (references only, no cell-by-cell copy). */
interface RowPlan {
  readonly blocks: { readonly column: number; readonly cells: readonly PlannedCell[] }[];
  readonly styles: StyledRange[];
}

function indexRows(edits: SheetEdits): { byRow: Map<number, RowPlan>; bounds: RangeRef | null } {
  const byRow = new Map<number, RowPlan>();
  let top = Number.POSITIVE_INFINITY;
  let left = Number.POSITIVE_INFINITY;
  let bottom = -1;
  let right = -1;
  const at = (row: number): RowPlan => {
    let plan = byRow.get(row);
    if (!plan) byRow.set(row, (plan = { blocks: [], styles: [] }));
    return plan;
  };
  const cover = (row: number, first: number, last: number) => {
    top = Math.min(top, row);
    bottom = Math.max(bottom, row);
    left = Math.min(left, first);
    right = Math.max(right, last);
  };
  for (const block of edits.blocks) {
    block.rows.forEach((cells, r) => {
      if (cells.length === 0) return;
      const row = block.anchor.row + r;
      at(row).blocks.push({ column: block.anchor.column, cells });
      cover(row, block.anchor.column, block.anchor.column + cells.length - 1);
    });
  }
  for (const styled of edits.styles) {
    const { range } = styled;
    for (let r = 0; r < range.rowCount; r++) {
      at(range.row + r).styles.push(styled);
      cover(range.row + r, range.column, range.column + range.columnCount - 1);
    }
  }
  const bounds =
    bottom < 0 ? null : { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
  return { byRow, bounds };
}

/** One row's cells as the plan leaves them; a cell both cleared and written starts from no format. */
function rowTargets(
  row: number,
  plan: RowPlan,
  inClear: (row: number, column: number) => boolean,
): Map<number, Target> {
  const targets = new Map<number, Target>();
  const at = (column: number): Target => {
    let target = targets.get(column);
    if (!target) targets.set(column, (target = { styles: [], cleared: inClear(row, column) }));
    return target;
  };
  for (const { column, cells } of plan.blocks) {
    cells.forEach((cell, c) => {
      if (cell !== undefined) at(column + c).value = cell;
    });
  }
  for (const { range, style } of plan.styles) {
    for (let c = 0; c < range.columnCount; c++) at(range.column + c).styles.push(style);
  }
  return targets;
}

/** Each row's zero-based number: its `r`, or one after the row before (the attribute is optional). */
function numberRows(xml: string, rows: readonly ElementSpan[]): number[] {
  let previous = -1;
  return rows.map((row) => {
    const r = attribute(startTagAttributes(xml, row), "r");
    previous = r === undefined ? previous + 1 : Number(r) - 1;
    return previous;
  });
}

function cellsOf(xml: string, row: ElementSpan): CellElement[] {
  if (row.contentStart === row.end) return [];
  let previous = -1;
  return childElements(xml, row.contentStart, row.contentEnd)
    .filter((e) => e.name === "c")
    .map((span) => {
      const attributes = startTagAttributes(xml, span);
      const r = attribute(attributes, "r");
      const column = r === undefined ? previous + 1 : parseCellAddress(r).column;
      previous = column;
      const s = attribute(attributes, "s");
      return { column, span, attributes, style: s === undefined ? null : Number(s) };
    });
}

function sharedMaster(xml: string, cell: CellElement): { index: string; text: string } | null {
  const f = formulaElement(xml, cell);
  if (!f) return null;
  const attributes = startTagAttributes(xml, f);
  if (attribute(attributes, "t") !== "shared" || attribute(attributes, "ref") === undefined) return null;
  const index = attribute(attributes, "si");
  if (index === undefined || f.contentStart === f.end) return null;
  return { index, text: xml.slice(f.contentStart, f.contentEnd) };
}

function formulaElement(xml: string, cell: CellElement): ElementSpan | null {
  if (cell.span.contentStart === cell.span.end) return null;
  return childElements(xml, cell.span.contentStart, cell.span.contentEnd).find((e) => e.name === "f") ?? null;
}

interface RowContext {
  readonly p: string;
  readonly inClear: (row: number, column: number) => boolean;
  readonly broken: ReadonlyMap<string, SharedMaster>;
  readonly columnStyles: readonly ColumnStyle[];
  readonly book: () => StyleBook;
}

function rebuildRow(
  xml: string,
  row: ElementSpan,
  number: number,
  rowTargets: ReadonlyMap<number, Target> | undefined,
  context: RowContext,
): string {
  const { p } = context;
  const rowAttributes = withAttribute(
    withAttribute(startTagAttributes(xml, row), "spans", null),
    "r",
    String(number + 1),
  );
  const rowStyle = rowStyleOf(rowAttributes);
  const cells: { column: number; xml: string }[] = [];
  const seen = new Set<number>();
  for (const cell of cellsOf(xml, row)) {
    seen.add(cell.column);
    const target = rowTargets?.get(cell.column);
    if (target) {
      const rendered = renderCell(
        p,
        number,
        cell.column,
        target,
        cell,
        withOwnFormula(xml, cell, number, context),
        rowStyle,
        context.columnStyles,
        context.book,
      );
      if (rendered !== null) cells.push({ column: cell.column, xml: rendered });
      continue;
    }
    if (context.inClear(number, cell.column)) continue;
    cells.push({ column: cell.column, xml: withOwnFormula(xml, cell, number, context) });
  }
  for (const [column, target] of rowTargets ?? []) {
    if (seen.has(column)) continue;
    const rendered = renderCell(p, number, column, target, null, null, rowStyle, context.columnStyles, context.book);
    if (rendered !== null) cells.push({ column, xml: rendered });
  }
  cells.sort((a, b) => a.column - b.column);
  const name = `${p}row`;
  return `<${name}${rowAttributes}>${cells.map((c) => c.xml).join("")}</${name}>`;
}

/** A kept cell, with its `r` stated and, if it belonged to a broken shared formula, its own formula. */
function withOwnFormula(xml: string, cell: CellElement, row: number, context: RowContext): string {
  let text = xml.slice(cell.span.start, cell.span.end);
  const f = context.broken.size === 0 ? null : formulaElement(xml, cell);
  if (f) {
    const attributes = startTagAttributes(xml, f);
    const master = context.broken.get(attribute(attributes, "si") ?? "");
    if (attribute(attributes, "t") === "shared" && master) {
      // The file's text is escaped XML: moved as the formula it stands for, then escaped again.
      const own = escapeXml(
        shiftFormula(decodeXmlEntities(master.text), row - master.row, cell.column - master.column),
      );
      text = `${xml.slice(cell.span.start, f.start)}<${f.prefix}f>${own}</${f.prefix}f>${xml.slice(f.end, cell.span.end)}`;
    }
  }
  if (attribute(cell.attributes, "r") !== undefined) return text;
  const nameEnd = 1 + cell.span.prefix.length + 1;
  return `${text.slice(0, nameEnd)} r="${cellAddress({ row, column: cell.column })}"${text.slice(nameEnd)}`;
}

/** The cell as the plan leaves it; null when nothing remains of it (an emptied cell with no format). */
function renderCell(
  p: string,
  row: number,
  column: number,
  target: Target,
  existing: CellElement | null,
  /** The existing cell as it is kept (its `r` stated, its own formula when its shared one broke). */
  kept: string | null,
  rowStyle: number | null,
  columnStyles: readonly ColumnStyle[],
  book: () => StyleBook,
): string | null {
  const inherited = rowStyle ?? columnStyleAt(columnStyles, column);
  // A cell the file has keeps its own format (none is the default, 0); a new one takes its row's or column's.
  let style = target.cleared ? 0 : existing ? (existing.style ?? 0) : (inherited ?? 0);
  const styleBook = target.styles.length > 0 ? book() : null;
  for (const s of target.styles) style = styleBook!.derive(style, s);
  const ref = cellAddress({ row, column });
  const sAttribute = style === 0 ? "" : ` s="${style}"`;
  const name = `${p}c`;
  if (target.value === undefined) {
    if (kept !== null && !target.cleared) {
      // Only the format changes: the content stays as the file has it.
      const tagEnd = kept.indexOf(">");
      const selfClosing = kept[tagEnd - 1] === "/";
      const attributes = withAttribute(
        kept.slice(1 + name.length, selfClosing ? tagEnd - 1 : tagEnd),
        "s",
        style === 0 ? null : String(style),
      );
      return `<${name}${attributes}${selfClosing ? "/>" : ">"}${kept.slice(tagEnd + 1)}`;
    }
    return style === 0 ? null : `<${name} r="${ref}"${sAttribute}/>`;
  }
  return cellXml(name, ref, sAttribute, target.value, p);
}

function cellXml(
  name: string,
  ref: string,
  s: string,
  value: Exclude<PlannedCell, undefined>,
  p: string,
): string | null {
  if (isFormula(value)) {
    const f = `<${p}f>${escapeXml(toFileFormula(value.formula))}</${p}f>`;
    const result = value.result;
    if (result === undefined) return `<${name} r="${ref}"${s}>${f}</${name}>`;
    if (typeof result === "string") {
      return `<${name} r="${ref}"${s} t="str">${f}<${p}v>${escapeXml(encodeOoxmlText(result))}</${p}v></${name}>`;
    }
    if (typeof result === "boolean")
      return `<${name} r="${ref}"${s} t="b">${f}<${p}v>${result ? 1 : 0}</${p}v></${name}>`;
    return `<${name} r="${ref}"${s}>${f}<${p}v>${String(result)}</${p}v></${name}>`;
  }
  if (typeof value === "string") {
    // An empty string empties the cell, as writing "" through Office.js does; its format stays.
    if (value === "") return s === "" ? null : `<${name} r="${ref}"${s}/>`;
    const text = escapeXml(encodeOoxmlText(value));
    return `<${name} r="${ref}"${s} t="inlineStr"><${p}is><${p}t xml:space="preserve">${text}</${p}t></${p}is></${name}>`;
  }
  if (typeof value === "boolean") return `<${name} r="${ref}"${s} t="b"><${p}v>${value ? 1 : 0}</${p}v></${name}>`;
  return `<${name} r="${ref}"${s}><${p}v>${String(value)}</${p}v></${name}>`;
}

/** A row tag with its number stated; the rest of the row as the file has it. */
function withRowNumber(xml: string, row: ElementSpan, number: number): string {
  const text = xml.slice(row.start, row.end);
  if (attribute(startTagAttributes(xml, row), "r") !== undefined) return text;
  const nameEnd = 1 + row.prefix.length + 3;
  return `${text.slice(0, nameEnd)} r="${number + 1}"${text.slice(nameEnd)}`;
}

function rowStyleOf(attributes: string): number | null {
  const custom = attribute(attributes, "customFormat");
  const s = attribute(attributes, "s");
  return (custom === "1" || custom === "true") && s !== undefined ? Number(s) : null;
}

interface ColumnStyle {
  readonly first: number;
  readonly last: number;
  readonly style: number;
}

function readColumnStyles(xml: string): ColumnStyle[] {
  const cols = findElement(xml, "cols");
  if (!cols || cols.contentStart === cols.end) return [];
  return childElements(xml, cols.contentStart, cols.contentEnd)
    .filter((e) => e.name === "col")
    .flatMap((e) => {
      const attributes = startTagAttributes(xml, e);
      const style = attribute(attributes, "style");
      if (style === undefined) return [];
      return [
        {
          first: Number(attribute(attributes, "min")) - 1,
          last: Number(attribute(attributes, "max")) - 1,
          style: Number(style),
        },
      ];
    });
}

function columnStyleAt(columns: readonly ColumnStyle[], column: number): number | null {
  return columns.find((c) => column >= c.first && column <= c.last)?.style ?? null;
}

/** `<dimension>` widened to the cells written (Excel reads it as the used range's first guess). */
function withDimension(xml: string, written: RangeRef | null): string {
  const dimension = findElement(xml, "dimension");
  if (!dimension || written === null) return xml;
  const ref = attribute(startTagAttributes(xml, dimension), "ref");
  let top = written.row;
  let left = written.column;
  let bottom = written.row + written.rowCount - 1;
  let right = written.column + written.columnCount - 1;
  if (ref !== undefined) {
    try {
      const current = parseRangeAddress(ref);
      top = Math.min(top, current.row);
      left = Math.min(left, current.column);
      bottom = Math.max(bottom, current.row + current.rowCount - 1);
      right = Math.max(right, current.column + current.columnCount - 1);
    } catch {
      // A dimension Tassei cannot read is replaced by the cells written.
    }
  }
  const range = { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
  const attributes = withAttribute(startTagAttributes(xml, dimension), "ref", rangeAddress(range));
  const p = dimension.prefix;
  return `${xml.slice(0, dimension.start)}<${p}dimension${attributes}/>${xml.slice(dimension.end)}`;
}
