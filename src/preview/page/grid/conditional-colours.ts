/**
 * Conditional-format colours for the preview grid. The in-memory Excel keeps conditional formats as
 * data and does not evaluate them, so the grid evaluates the one kind Tassei writes itself: a custom
 * rule comparing cells with literals (`=$M18="A"`, `=OR($M18="A",$M18="◎")`, also AND, `<>`). Any
 * other rule is left unevaluated: its cells show their own colours, never a guessed one.
 */
import { columnIndex } from "@tassei/excel-rules";
import type { ConditionalFormatData, DisplayValue, SheetModel } from "@tassei/in-memory-excel";

export interface ConditionalColours {
  readonly fill?: string;
  readonly fontColor?: string;
}

/** A cell reference inside a rule formula; relative parts move with the cell the rule is applied to. */
interface RuleReference {
  readonly row: number;
  readonly column: number;
  readonly rowAbsolute: boolean;
  readonly columnAbsolute: boolean;
}

type Operand =
  { readonly kind: "ref"; readonly ref: RuleReference } | { readonly kind: "literal"; readonly value: string | number };

type RuleExpression =
  | { readonly kind: "compare"; readonly equal: boolean; readonly left: Operand; readonly right: Operand }
  | { readonly kind: "any" | "all"; readonly parts: readonly RuleExpression[] };

const REFERENCE = /^(\$?)([A-Za-z]{1,3})(\$?)([0-9]{1,7})/;
const STRING = /^"((?:[^"]|"")*)"/;
const NUMBER = /^-?[0-9]+(?:\.[0-9]+)?/;

/** Parses the supported rule formulas; undefined for anything else. */
export function parseRuleFormula(formula: string): RuleExpression | undefined {
  const text = formula.trim();
  if (!text.startsWith("=")) return undefined;
  const parser = new RuleParser(text.slice(1).trim());
  const expression = parser.expression();
  return expression && parser.done() ? expression : undefined;
}

class RuleParser {
  private rest: string;

  constructor(text: string) {
    this.rest = text;
  }

  done(): boolean {
    return this.rest.trim() === "";
  }

  expression(): RuleExpression | undefined {
    const call = /^(OR|AND)\s*\(/i.exec(this.rest);
    if (call) {
      this.rest = this.rest.slice(call[0].length);
      const parts: RuleExpression[] = [];
      for (;;) {
        const part = this.expression();
        if (!part) return undefined;
        parts.push(part);
        this.skipSpaces();
        if (this.take(",")) continue;
        if (this.take(")")) break;
        return undefined;
      }
      return { kind: call[1]?.toUpperCase() === "OR" ? "any" : "all", parts };
    }
    const left = this.operand();
    this.skipSpaces();
    const equal = this.take("<>") ? false : this.take("=") ? true : undefined;
    if (!left || equal === undefined) return undefined;
    const right = this.operand();
    return right ? { kind: "compare", equal, left, right } : undefined;
  }

  private operand(): Operand | undefined {
    this.skipSpaces();
    const string = STRING.exec(this.rest);
    if (string) {
      this.rest = this.rest.slice(string[0].length);
      return { kind: "literal", value: (string[1] ?? "").replace(/""/g, '"') };
    }
    const reference = REFERENCE.exec(this.rest);
    if (reference) {
      let column: number;
      try {
        column = columnIndex(reference[2] ?? "");
      } catch {
        return undefined; // past XFD: no column
      }
      this.rest = this.rest.slice(reference[0].length);
      const ref = {
        row: Number(reference[4]) - 1,
        column,
        columnAbsolute: reference[1] === "$",
        rowAbsolute: reference[3] === "$",
      };
      return { kind: "ref", ref };
    }
    const number = NUMBER.exec(this.rest);
    if (number) {
      this.rest = this.rest.slice(number[0].length);
      return { kind: "literal", value: Number(number[0]) };
    }
    return undefined;
  }

  private skipSpaces(): void {
    this.rest = this.rest.trimStart();
  }

  private take(token: string): boolean {
    if (!this.rest.startsWith(token)) return false;
    this.rest = this.rest.slice(token.length);
    return true;
  }
}

/** Excel's `=` on cell values: text compares case-insensitively, an empty cell equals "" and 0. */
export function excelEquals(a: DisplayValue, b: DisplayValue): boolean {
  const left = a === null ? null : typeof a === "object" ? a.error : a;
  const right = b === null ? null : typeof b === "object" ? b.error : b;
  if (left === null || right === null) {
    const other = left === null ? right : left;
    return other === null || other === "" || other === 0 || other === false;
  }
  if (typeof left === "string" && typeof right === "string") return left.toLowerCase() === right.toLowerCase();
  return left === right;
}

/** How the grid reads a cell while evaluating rules. */
export type ValueReader = (row: number, column: number) => DisplayValue;

function evaluate(expression: RuleExpression, read: ValueReader, rowShift: number, columnShift: number): boolean {
  if (expression.kind !== "compare") {
    const holds = (part: RuleExpression) => evaluate(part, read, rowShift, columnShift);
    return expression.kind === "any" ? expression.parts.some(holds) : expression.parts.every(holds);
  }
  const { left, right, equal } = expression;
  const value = (operand: Operand): DisplayValue => {
    if (operand.kind === "literal") return operand.value;
    const { ref } = operand;
    const row = ref.rowAbsolute ? ref.row : ref.row + rowShift;
    const column = ref.columnAbsolute ? ref.column : ref.column + columnShift;
    return row < 0 || column < 0 ? null : read(row, column);
  };
  return excelEquals(value(left), value(right)) === equal;
}

interface CompiledRule {
  readonly data: ConditionalFormatData;
  readonly expression: RuleExpression;
}

/**
 * The colours each conditional format gives a cell: rules in priority order (0 first), the first
 * true rule that sets a fill or a font colour wins that property, and `stopIfTrue` ends the search.
 */
export function conditionalColourer(
  sheet: SheetModel,
  read: ValueReader,
): (row: number, column: number) => ConditionalColours | undefined {
  const rules: CompiledRule[] = [];
  for (const data of [...sheet.conditionalFormats].sort((a, b) => a.priority - b.priority)) {
    const formula = data.type === "Custom" ? data.rule.formula : undefined;
    const expression = typeof formula === "string" ? parseRuleFormula(formula) : undefined;
    if (expression && data.areas.length > 0) rules.push({ data, expression });
  }
  if (rules.length === 0) return () => undefined;
  return (row, column) => {
    let fill: string | undefined;
    let fontColor: string | undefined;
    for (const { data, expression } of rules) {
      const inside = data.areas.some(
        (a) => row >= a.row && row < a.row + a.rowCount && column >= a.column && column < a.column + a.columnCount,
      );
      if (!inside) continue;
      // A rule's relative references are written for the top-left cell of the range it applies to.
      const anchor = data.areas[0]!;
      if (!evaluate(expression, read, row - anchor.row, column - anchor.column)) continue;
      fill ??= data.format.fillColor ?? undefined;
      fontColor ??= data.format.fontColor ?? undefined;
      if (data.stopIfTrue) break;
    }
    return fill === undefined && fontColor === undefined ? undefined : { fill, fontColor };
  };
}
