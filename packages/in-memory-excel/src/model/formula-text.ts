/**
 * Excel formula text (A1 style) as tokens, so that the workbook can do what Excel does to formulas
 * without a formula engine: reject malformed input, copy a formula down a table column, follow
 * cells that move when rows are inserted, follow a renamed sheet, and write `#REF!` for a deleted one.
 * Structured table references (`Table1[列]`) are not understood: Tassei writes plain A1 references.
 */
import { MAX_COLUMNS, MAX_ROWS, columnLetters, quoteSheetName, sameSheetName } from "@tassei/excel-rules";
import { columnIndex } from "./address";

export interface RefCorner {
  /** Zero-based; undefined for a whole-row reference's column (and vice versa). */
  readonly row?: number;
  readonly column?: number;
  readonly rowAbsolute: boolean;
  readonly columnAbsolute: boolean;
}

export interface Reference {
  readonly sheetName?: string;
  readonly start: RefCorner;
  readonly end?: RefCorner;
}

export type Token =
  | { readonly kind: "ref"; readonly text: string; readonly ref: Reference }
  | {
      readonly kind:
        | "string"
        | "number"
        | "error"
        | "function"
        | "name"
        | "op"
        | "open"
        | "close"
        | "comma"
        | "array"
        | "space"
        | "unknown";
      readonly text: string;
    };

const ERROR_LITERALS = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
];

const SHEET_PREFIX = String.raw`(?:'((?:[^']|'')+)'|([\p{L}\p{N}_.\\]+))!`;
const CELL = String.raw`\$?[A-Za-z]{1,3}\$?[0-9]{1,7}`;
const COL = String.raw`\$?[A-Za-z]{1,3}`;
const ROW = String.raw`\$?[0-9]{1,7}`;
const REF_BODY = `(${CELL}(?::${CELL})?|${COL}:${COL}|${ROW}:${ROW})`;
const REF_WITH_SHEET = new RegExp(`${SHEET_PREFIX}${REF_BODY}`, "uy");
const REF_BARE = new RegExp(REF_BODY, "uy");
const SHEET_ERROR = new RegExp(`${SHEET_PREFIX}(#REF!)`, "uy");
const IDENTIFIER = /[\p{L}_\\][\p{L}\p{N}_.]*/uy;
const NUMBER = /(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?/y;
const NAME_CHAR = /[\p{L}\p{N}_.(!]/u;

function parseCornerText(text: string): RefCorner | undefined {
  const m = /^(\$?)([A-Za-z]{1,3})?(\$?)([0-9]{1,7})?$/.exec(text);
  if (!m) return undefined;
  const letters = m[2];
  const digits = m[4];
  const column = letters === undefined ? undefined : columnIndex(letters);
  if (letters !== undefined && column === undefined) return undefined;
  const row = digits === undefined ? undefined : Number(digits) - 1;
  if (row !== undefined && (row < 0 || row >= MAX_ROWS)) return undefined;
  const columnAbsolute = letters !== undefined ? m[1] === "$" : false;
  const rowAbsolute = letters !== undefined ? m[3] === "$" : m[1] === "$" || m[3] === "$";
  return { row, column, rowAbsolute, columnAbsolute };
}

function parseRefBody(body: string, sheetName: string | undefined): Reference | undefined {
  const [a, b] = body.split(":");
  const start = parseCornerText(a ?? "");
  if (!start) return undefined;
  if (b === undefined) return sheetName === undefined ? { start } : { sheetName, start };
  const end = parseCornerText(b);
  if (!end) return undefined;
  return sheetName === undefined ? { start, end } : { sheetName, start, end };
}

function matchAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** Splits formula text (with or without its leading "=") into tokens that rejoin to the same text. */
export function tokenize(formula: string): Token[] {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  const tokens: Token[] = [];
  let i = 0;
  while (i < body.length) {
    const ch = body[i] ?? "";
    const next = body[i + 1] ?? "";
    if (ch === '"') {
      let j = i + 1;
      for (;;) {
        if (j >= body.length) {
          j = -1;
          break;
        }
        if (body[j] === '"') {
          if (body[j + 1] === '"') j += 2;
          else break;
        } else j++;
      }
      if (j < 0) {
        tokens.push({ kind: "unknown", text: body.slice(i) });
        break;
      }
      tokens.push({ kind: "string", text: body.slice(i, j + 1) });
      i = j + 1;
      continue;
    }
    if (ch === "{") {
      const close = body.indexOf("}", i);
      const end = close < 0 ? body.length : close + 1;
      tokens.push({ kind: close < 0 ? "unknown" : "array", text: body.slice(i, end) });
      i = end;
      continue;
    }
    if (/\s|\u3000/.test(ch)) {
      let j = i;
      while (j < body.length && /\s|\u3000/.test(body[j] ?? "")) j++;
      tokens.push({ kind: "space", text: body.slice(i, j) });
      i = j;
      continue;
    }
    const sheetError = matchAt(SHEET_ERROR, body, i);
    if (sheetError) {
      tokens.push({ kind: "error", text: sheetError[0] });
      i += sheetError[0].length;
      continue;
    }
    const sheetRef = matchAt(REF_WITH_SHEET, body, i);
    if (sheetRef && !NAME_CHAR.test(body[i + sheetRef[0].length] ?? "")) {
      const sheetName = sheetRef[1] !== undefined ? sheetRef[1].replace(/''/g, "'") : (sheetRef[2] ?? "");
      const ref = parseRefBody(sheetRef[3] ?? "", sheetName);
      if (ref) {
        tokens.push({ kind: "ref", text: sheetRef[0], ref });
        i += sheetRef[0].length;
        continue;
      }
    }
    const bareRef = matchAt(REF_BARE, body, i);
    if (bareRef && !NAME_CHAR.test(body[i + bareRef[0].length] ?? "")) {
      const ref = parseRefBody(bareRef[1] ?? "", undefined);
      if (ref) {
        tokens.push({ kind: "ref", text: bareRef[0], ref });
        i += bareRef[0].length;
        continue;
      }
    }
    if (ch === "#") {
      const literal = ERROR_LITERALS.find((e) => body.slice(i, i + e.length).toUpperCase() === e);
      if (literal) {
        tokens.push({ kind: "error", text: literal });
        i += literal.length;
        continue;
      }
      tokens.push({ kind: "unknown", text: ch });
      i++;
      continue;
    }
    const number = matchAt(NUMBER, body, i);
    if (number) {
      tokens.push({ kind: "number", text: number[0] });
      i += number[0].length;
      continue;
    }
    const identifier = matchAt(IDENTIFIER, body, i);
    if (identifier) {
      const text = identifier[0];
      const isCall = body[i + text.length] === "(";
      tokens.push({ kind: isCall ? "function" : "name", text });
      i += text.length;
      continue;
    }
    if ((ch === "<" && (next === "=" || next === ">")) || (ch === ">" && next === "=")) {
      tokens.push({ kind: "op", text: ch + next });
      i += 2;
      continue;
    }
    if ("+-*/^&=<>%:@".includes(ch)) {
      tokens.push({ kind: "op", text: ch });
      i++;
      continue;
    }
    if (ch === "(") tokens.push({ kind: "open", text: ch });
    else if (ch === ")") tokens.push({ kind: "close", text: ch });
    else if (ch === "," || ch === ";") tokens.push({ kind: "comma", text: ch });
    else tokens.push({ kind: "unknown", text: ch });
    i++;
  }
  return tokens;
}

function isReferenceLike(t: Token | undefined): boolean {
  return t !== undefined && (t.kind === "ref" || t.kind === "name" || t.kind === "close");
}

/**
 * True when Excel would accept the text as a formula: balanced parentheses, closed strings, an operand
 * between operators. A formula that parses but names nothing known is valid (it evaluates to #NAME?).
 */
export function isWellFormedFormula(formula: string): boolean {
  if (!formula.startsWith("=") || formula.length < 2) return false;
  const tokens = tokenize(formula);
  let expectOperand = true;
  let sawOperand = false;
  let previous: Token | undefined;
  let spaceSincePrevious = false;
  const parens: Array<"call" | "group"> = [];
  for (const t of tokens) {
    if (t.kind === "space") {
      spaceSincePrevious = true;
      continue;
    }
    switch (t.kind) {
      case "unknown":
        return false;
      case "string":
      case "number":
      case "error":
      case "array":
      case "ref":
      case "name":
      case "function":
        if (!expectOperand) {
          // Two operands side by side are Excel's intersection operator, which only joins references.
          if (!(spaceSincePrevious && isReferenceLike(previous) && (t.kind === "ref" || t.kind === "name"))) {
            return false;
          }
        }
        sawOperand = true;
        expectOperand = t.kind === "function";
        break;
      case "op":
        if (t.text === "%") {
          if (expectOperand) return false;
        } else if (expectOperand) {
          if (t.text !== "+" && t.text !== "-" && t.text !== "@") return false;
        } else {
          if (t.text === "@") return false;
          expectOperand = true;
        }
        break;
      case "open":
        if (previous?.kind === "function") parens.push("call");
        else if (expectOperand) parens.push("group");
        else return false;
        expectOperand = true;
        break;
      case "close": {
        const kind = parens.pop();
        if (kind === undefined) return false;
        if (expectOperand && !(kind === "call" && (previous?.kind === "open" || previous?.kind === "comma"))) {
          return false;
        }
        expectOperand = false;
        break;
      }
      case "comma": {
        const inside = parens[parens.length - 1];
        if (inside === undefined) return false;
        if (expectOperand && inside !== "call") return false;
        expectOperand = true;
        break;
      }
    }
    previous = t;
    spaceSincePrevious = false;
  }
  return sawOperand && !expectOperand && parens.length === 0;
}

function cornerText(c: RefCorner): string {
  const column = c.column === undefined ? "" : `${c.columnAbsolute ? "$" : ""}${columnLetters(c.column)}`;
  const row = c.row === undefined ? "" : `${c.rowAbsolute ? "$" : ""}${c.row + 1}`;
  return column + row;
}

export function referenceText(ref: Reference): string {
  const prefix = ref.sheetName === undefined ? "" : `${quoteSheetName(ref.sheetName)}!`;
  return prefix + cornerText(ref.start) + (ref.end ? `:${cornerText(ref.end)}` : "");
}

function join(tokens: readonly Token[]): string {
  return "=" + tokens.map((t) => t.text).join("");
}

function mapReferences(formula: string, map: (ref: Reference) => Reference | "#REF!" | undefined): string {
  if (!formula.startsWith("=")) return formula;
  const tokens = tokenize(formula);
  let changed = false;
  const out = tokens.map((t): Token => {
    if (t.kind !== "ref") return t;
    const mapped = map(t.ref);
    if (mapped === undefined) return t;
    changed = true;
    if (mapped === "#REF!") return { kind: "error", text: "#REF!" };
    return { kind: "ref", text: referenceText(mapped), ref: mapped };
  });
  return changed ? join(out) : formula;
}

function moveCorner(c: RefCorner, dRow: number, dColumn: number): RefCorner | undefined {
  const row = c.row === undefined || c.rowAbsolute ? c.row : c.row + dRow;
  const column = c.column === undefined || c.columnAbsolute ? c.column : c.column + dColumn;
  if (row !== undefined && (row < 0 || row >= MAX_ROWS)) return undefined;
  if (column !== undefined && (column < 0 || column >= MAX_COLUMNS)) return undefined;
  return { ...c, row, column };
}

/** The formula as Excel writes it when the cell is copied dRow rows down and dColumn columns right. */
export function translateFormula(formula: string, dRow: number, dColumn: number): string {
  if (dRow === 0 && dColumn === 0) return formula;
  return mapReferences(formula, (ref) => {
    const start = moveCorner(ref.start, dRow, dColumn);
    const end = ref.end ? moveCorner(ref.end, dRow, dColumn) : undefined;
    if (!start || (ref.end && !end)) return "#REF!";
    return { ...ref, start, end };
  });
}

/**
 * Cells of `sheetName` moving along one axis, as Excel's insert and delete do: for rows, the cells of
 * columns [from, to] at or after row `at` move down by `count` (count > 0, insertion) or the rows
 * [at, at − count − 1] disappear and the cells below move up (count < 0, deletion). Columns likewise.
 */
export interface CellShift {
  readonly sheetName: string;
  readonly axis: "rows" | "columns";
  readonly at: number;
  readonly count: number;
  readonly from: number;
  readonly to: number;
}

function mainOf(c: RefCorner, axis: CellShift["axis"]): number | undefined {
  return axis === "rows" ? c.row : c.column;
}

function crossOf(c: RefCorner, axis: CellShift["axis"]): number | undefined {
  return axis === "rows" ? c.column : c.row;
}

function withMain(c: RefCorner, axis: CellShift["axis"], value: number): RefCorner {
  return axis === "rows" ? { ...c, row: value } : { ...c, column: value };
}

function crossInside(ref: Reference, shift: CellShift): boolean {
  const limit = shift.axis === "rows" ? MAX_COLUMNS : MAX_ROWS;
  const a = crossOf(ref.start, shift.axis);
  const b = ref.end ? crossOf(ref.end, shift.axis) : a;
  if (a === undefined || b === undefined) return shift.from === 0 && shift.to === limit - 1;
  return Math.min(a, b) >= shift.from && Math.max(a, b) <= shift.to;
}

/** The reference after the shift; "#REF!" when it pointed only at deleted cells. */
export function shiftReference(ref: Reference, shift: CellShift): Reference | "#REF!" | undefined {
  if (!crossInside(ref, shift)) return undefined;
  const limit = shift.axis === "rows" ? MAX_ROWS : MAX_COLUMNS;
  const startMain = mainOf(ref.start, shift.axis);
  const endMain = ref.end ? mainOf(ref.end, shift.axis) : startMain;
  if (startMain === undefined || endMain === undefined) return undefined;
  let first = Math.min(startMain, endMain);
  let last = Math.max(startMain, endMain);
  if (shift.count > 0) {
    if (last < shift.at) return undefined;
    if (first >= shift.at) first += shift.count;
    last += shift.count;
    if (last >= limit) return "#REF!";
  } else {
    const gone = -shift.count;
    const deletedEnd = shift.at + gone - 1;
    if (last < shift.at) return undefined;
    if (first >= shift.at && last <= deletedEnd) return "#REF!";
    if (first > deletedEnd) first -= gone;
    else if (first >= shift.at) first = shift.at;
    last = last > deletedEnd ? last - gone : shift.at - 1;
  }
  const start = withMain(ref.start, shift.axis, startMain <= endMain ? first : last);
  const end = ref.end ? withMain(ref.end, shift.axis, startMain <= endMain ? last : first) : undefined;
  return { ...ref, start, end };
}

/** Formula text after cells moved (see CellShift); references follow their cells as in Excel. */
export function shiftFormula(formula: string, formulaSheet: string, shift: CellShift): string {
  return mapReferences(formula, (ref) => {
    if (!sameSheetName(ref.sheetName ?? formulaSheet, shift.sheetName)) return undefined;
    return shiftReference(ref, shift);
  });
}

/** References to a renamed sheet follow the new name, as Excel rewrites them. */
export function renameSheetInFormula(formula: string, oldName: string, newName: string): string {
  return mapReferences(formula, (ref) =>
    ref.sheetName !== undefined && sameSheetName(ref.sheetName, oldName) ? { ...ref, sheetName: newName } : undefined,
  );
}

/** References to a deleted sheet become #REF!, as Excel writes them. */
export function dropSheetFromFormula(formula: string, name: string): string {
  return mapReferences(formula, (ref) =>
    ref.sheetName !== undefined && sameSheetName(ref.sheetName, name) ? "#REF!" : undefined,
  );
}

/** Excel stores function names, references and TRUE/FALSE in upper case whatever was typed. */
export function normalizeFormula(formula: string): string {
  if (!formula.startsWith("=")) return formula;
  const tokens = tokenize(formula).map((t): Token => {
    if (t.kind === "function") return { ...t, text: t.text.toUpperCase() };
    if (t.kind === "ref") return { ...t, text: referenceText(t.ref) };
    if (t.kind === "name" && /^(true|false)$/i.test(t.text)) return { ...t, text: t.text.toUpperCase() };
    return t;
  });
  return join(tokens);
}
