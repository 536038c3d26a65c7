/**
 * How a KPI row reads as the grading engine's input (grading and the department model read rows this
 * one way). Value cells go through the number parser;
 * the dropdown cells must hold a word of the vocabulary (or be blank); a hand grade is the cell's text.
 */
import type { IndicatorInput, ManualGrade } from "../../rules/types";
import { parseCell } from "../../numbers/parse";
import type { CellValue } from "../../workbook/snapshot";
import { kpiColumnIndex, type KpiColumnKey } from "./kpi-table";
import { DIRECTION_BY_WORD, METHOD_BY_WORD, STATUS_BY_WORD } from "../vocabulary";

export type KpiRowReading =
  | { readonly ok: true; readonly input: IndicatorInput }
  /** A dropdown cell holds something that is not on its list (a problem naming the cell). */
  | { readonly ok: false; readonly field: "direction" | "method" | "status" };

/** `values[i]` is the value under KPI_COLUMNS[i]. */
export function kpiRowInput(values: readonly CellValue[]): KpiRowReading {
  const at = (key: KpiColumnKey): CellValue => values[kpiColumnIndex(key)] ?? null;
  const direction = dropdown(at("direction"), DIRECTION_BY_WORD);
  if (direction === false) return { ok: false, field: "direction" };
  const method = dropdown(at("method"), METHOD_BY_WORD);
  if (method === false) return { ok: false, field: "method" };
  const status = dropdown(at("status"), STATUS_BY_WORD);
  if (status === false) return { ok: false, field: "status" };
  const input: IndicatorInput = {
    target: valueCell(at("target")),
    actual: valueCell(at("actual")),
    baseline: valueCell(at("baseline")),
    direction,
    method,
    status,
    manual: manualGrade(at("manualGrade"), at("manualReason")),
  };
  return { ok: true, input };
}

function valueCell(value: CellValue) {
  return value === null ? null : parseCell(value);
}

/** The model value of a dropdown word; undefined when blank; false when the cell holds anything else. */
function dropdown<K>(value: CellValue, byWord: ReadonlyMap<string, K>): K | undefined | false {
  if (value === null || (typeof value === "string" && value.trim() === "")) return undefined;
  if (typeof value !== "string") return false;
  return byWord.get(value.trim()) ?? false;
}

/** A cell's text as a person reads it: numbers in JavaScript's shortest form, booleans as Excel shows them. */
function cellText(value: CellValue): string | null {
  if (value === null) return null;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

function manualGrade(grade: CellValue, reason: CellValue): ManualGrade | null {
  const text = cellText(grade);
  if (text === null || text.trim() === "") return null;
  return { grade: text, reason: cellText(reason) };
}
