/**
 * HyperFormula without its "smart rounding": comparisons and subtractions on the raw binary floats,
 * with no tolerance. HyperFormula (1e-13) and LibreOffice (~4e-15) forgive a float just under a bound;
 * this engine does not, so the live formulas are also proven on the strictest arithmetic Excel could do.
 */
import { DetailedCellError, HyperFormula, type RawCellContent } from "hyperformula";
import type { EngineInput, EngineValue, FormulaEngine } from "@tassei/in-memory-excel";
import { toHyperFormulaText } from "@tassei/in-memory-excel/src/engine/hyperformula-engine";

function toRaw(input: EngineInput): RawCellContent {
  if (input === null || typeof input === "number" || typeof input === "boolean") return input;
  if (typeof input === "string") return `'${input}`;
  if ("formula" in input) return toHyperFormulaText(input.formula);
  return input.error;
}

function fromRaw(value: unknown): EngineValue {
  if (value instanceof DetailedCellError) return { error: value.value };
  if (value === undefined) return null;
  return value as EngineValue;
}

export function createStrictEngine(): FormulaEngine {
  const hf = HyperFormula.buildEmpty({
    licenseKey: "gpl-v3",
    smartRounding: false,
    evaluateNullToZero: true,
    precisionRounding: 15,
  });
  const id = (name: string): number => {
    const sheet = hf.getSheetId(name);
    if (sheet === undefined) throw new Error(`no sheet ${name}`);
    return sheet;
  };
  return {
    addSheet: (name) => void hf.addSheet(name),
    removeSheet: (name) => void hf.removeSheet(id(name)),
    renameSheet: (oldName, newName) => hf.renameSheet(id(oldName), newName),
    setCells: (sheet, row, column, contents) =>
      void hf.setCellContents(
        { sheet: id(sheet), row, col: column },
        contents.map((line) => line.map(toRaw)),
      ),
    getValue: (sheet, row, column) => fromRaw(hf.getCellValue({ sheet: id(sheet), row, col: column })),
    setName: () => {
      throw new Error("the strict engine has no defined names");
    },
    batch: (work) => void hf.batch(work),
    destroy: () => hf.destroy(),
  };
}
