/**
 * The calculation engine behind the in-memory workbook. The workbook owns cell contents; the engine
 * only mirrors them and computes formula results, so a browser build can swap HyperFormula for
 * another engine (or a smaller one) by implementing this interface.
 */

/** A computed value: empty is null, errors are Excel's codes ("#DIV/0!", "#NAME?", …). */
export type EngineValue = number | string | boolean | null | { readonly error: string };

/** What a cell holds: a literal (text stays text, never re-parsed), a formula, or an error literal. */
export type EngineInput = null | number | string | boolean | { readonly formula: string } | { readonly error: string };

export interface FormulaEngine {
  addSheet(name: string): void;
  removeSheet(name: string): void;
  renameSheet(oldName: string, newName: string): void;
  /** Replaces a block of cells: contents[r][c] goes to (row + r, column + c). Formulas use Excel's A1 syntax. */
  setCells(sheet: string, row: number, column: number, contents: readonly (readonly EngineInput[])[]): void;
  /** The current result of the formula at a cell (literals are answered by the workbook itself). */
  getValue(sheet: string, row: number, column: number): EngineValue;
  /**
   * Defines (or, with null, removes) a workbook-scoped name such as 目標値 → "=Sheet1!$B$2". Formulas
   * already set are sent again afterwards, so an engine may resolve names when it reads a formula.
   */
  setName(name: string, formula: string | null): void;
  /** Runs many writes with one recalculation at the end. */
  batch(work: () => void): void;
  destroy(): void;
}

export type FormulaEngineFactory = () => FormulaEngine;
