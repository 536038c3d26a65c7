/**
 * FormulaEngine on HyperFormula (GPL-3.0, used under `licenseKey: "gpl-v3"`): one HyperFormula sheet
 * per worksheet. Excel formula text is adapted to HyperFormula's dialect on the way in: sheet names
 * are always quoted (HyperFormula cannot read a bare `政策推進部!H5`), TRUE/FALSE become the functions
 * TRUE()/FALSE(), the implicit-intersection `@` is dropped (it changes nothing for a single cell), and
 * defined names travel under ASCII aliases (HyperFormula refuses names such as 目標値).
 */
import { DetailedCellError, HyperFormula } from "hyperformula";
import type { RawCellContent } from "hyperformula";
import { tokenize } from "../model/formula-text";
import type { EngineInput, EngineValue, FormulaEngine } from "./formula-engine";

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

/** Excel's formula text in HyperFormula's dialect; see the module comment. */
export function toHyperFormulaText(
  formula: string,
  nameAlias: (name: string) => string | undefined = () => undefined,
): string {
  const parts = tokenize(formula).map((t) => {
    switch (t.kind) {
      case "ref": {
        if (t.ref.sheetName === undefined) return t.text;
        const bang = t.text.lastIndexOf("!");
        return `'${t.ref.sheetName.replace(/'/g, "''")}'${t.text.slice(bang)}`;
      }
      case "name":
        return /^(true|false)$/i.test(t.text) ? `${t.text.toUpperCase()}()` : (nameAlias(t.text) ?? t.text);
      case "op":
        return t.text === "@" ? "" : t.text;
      case "error":
        return t.text.slice(t.text.lastIndexOf("#"));
      case "string":
        return stringLiteral(t.text);
      default:
        return t.text;
    }
  });
  return "=" + parts.join("");
}

/**
 * HyperFormula cannot parse a doubled quote inside a string (`"約""35""人"`), which Excel reads as one
 * quote: such a literal becomes its pieces joined with CHAR(34).
 */
function stringLiteral(text: string): string {
  const inner = text.slice(1, -1);
  if (!inner.includes('""')) return text;
  return `(${inner
    .split('""')
    .map((piece) => `"${piece}"`)
    .join("&CHAR(34)&")})`;
}

function toRaw(input: EngineInput, nameAlias: (name: string) => string | undefined): RawCellContent {
  if (input === null || typeof input === "number" || typeof input === "boolean") return input;
  // A leading apostrophe tells HyperFormula "text, do not parse" (it strips exactly one).
  if (typeof input === "string") return `'${input}`;
  if ("formula" in input) return toHyperFormulaText(input.formula, nameAlias);
  return input.error;
}

function fromHyperFormula(value: unknown): EngineValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof DetailedCellError) {
    switch (value.value) {
      case "#ERROR!":
        // A formula HyperFormula cannot parse but Excel accepts (an unknown name, an intersection).
        return { error: "#NAME?" };
      case "#CYCLE!":
        // Excel shows 0 in a cell caught in a circular reference.
        return 0;
      case "#DIV/0!":
      case "#N/A":
      case "#NAME?":
      case "#NUM!":
      case "#REF!":
      case "#VALUE!":
      case "#NULL!":
      case "#SPILL!":
        return { error: value.value };
      default:
        return { error: "#VALUE!" };
    }
  }
  return { error: "#VALUE!" };
}

export function createHyperFormulaEngine(): FormulaEngine {
  const hf = HyperFormula.buildEmpty({
    licenseKey: "gpl-v3",
    maxRows: MAX_ROWS,
    maxColumns: MAX_COLUMNS,
    // Excel reads an empty cell as 0 in arithmetic (=A1 shows 0), HyperFormula as empty by default.
    evaluateNullToZero: true,
    // Excel keeps 15 significant digits; HyperFormula's default rounds results to fewer.
    precisionRounding: 15,
  });

  const aliases = new Map<string, string>();
  const nameAlias = (name: string) => aliases.get(name.toLowerCase());

  const sheetId = (name: string): number => {
    const id = hf.getSheetId(name);
    if (id === undefined) throw new Error(`formula engine: no sheet ${name}`);
    return id;
  };

  return {
    addSheet(name) {
      hf.addSheet(name);
    },
    removeSheet(name) {
      hf.removeSheet(sheetId(name));
    },
    renameSheet(oldName, newName) {
      hf.renameSheet(sheetId(oldName), newName);
    },
    setCells(sheet, row, column, contents) {
      if (contents.length === 0) return;
      hf.setCellContents(
        { sheet: sheetId(sheet), row, col: column },
        contents.map((line) => line.map((input) => toRaw(input, nameAlias))),
      );
    },
    getValue(sheet, row, column) {
      return fromHyperFormula(hf.getCellValue({ sheet: sheetId(sheet), row, col: column }));
    },
    setName(name, formula) {
      const key = name.toLowerCase();
      const alias = aliases.get(key) ?? `TASSEI_NAME_${aliases.size + 1}`;
      if (aliases.has(key)) hf.removeNamedExpression(alias);
      if (formula === null) {
        aliases.delete(key);
        return;
      }
      aliases.set(key, alias);
      hf.addNamedExpression(alias, toHyperFormulaText(formula, nameAlias));
    },
    batch(work) {
      hf.batch(work);
    },
    destroy() {
      hf.destroy();
    },
  };
}
