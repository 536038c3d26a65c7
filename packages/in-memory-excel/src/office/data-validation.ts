/**
 * Range.dataValidation: rules (list with in-cell drop-down, whole number, decimal, text length, date,
 * time, custom), error alerts and prompts, kept per area; `valid` checks list and number rules.
 */
import { quoteSheetName } from "@tassei/excel-rules";
import { type CellRect, absoluteRectAddress, intersect, lastColumn, lastRow, sameRect } from "../model/address";
import { ErrorCode, excelError } from "../model/excel-error";
import type { DisplayValue } from "../model/number-format";
import { type RangeRef, assertSheetUnprotected } from "../model/range-ops";
import { subtractRect } from "../model/rects";
import type { ValidationModel } from "../model/sheet";
import type { WorkbookModel } from "../model/workbook";
import { type MethodsOf, type PathSpec, type ProxyContext, type ProxyNode, ProxyObject, type ProxySpec } from "./proxy";
import { Range } from "./range";

const RULE_TYPES: Readonly<Record<string, string>> = {
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  list: "List",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  custom: "Custom",
};

function fresh(area: CellRect): ValidationModel {
  return {
    areas: [area],
    rule: null,
    errorAlert: { showAlert: true, style: "Stop", title: "", message: "" },
    prompt: { showPrompt: false, title: "", message: "" },
    ignoreBlanks: true,
  };
}

function covering(ref: RangeRef): ValidationModel[] {
  return ref.sheet.validations.filter((v) => v.areas.some((a) => intersect(a, ref.rect)));
}

/** The one validation applying to every cell of the range, or "none" / "mixed". */
function single(ref: RangeRef): ValidationModel | "none" | "mixed" {
  const found = covering(ref);
  if (found.length === 0) return "none";
  const [only] = found;
  if (found.length > 1 || !only) return "mixed";
  const covered = only.areas.reduce<CellRect[]>((rest, a) => rest.flatMap((r) => subtractRect(r, a)), [ref.rect]);
  return covered.length === 0 ? only : "mixed";
}

/** The record that a write to this range edits: the one covering exactly this range, or a new one. */
function recordFor(ref: RangeRef): ValidationModel {
  const exact = ref.sheet.validations.find((v) => v.areas.length === 1 && v.areas[0] && sameRect(v.areas[0], ref.rect));
  if (exact) return exact;
  removeFrom(ref);
  const record = fresh(ref.rect);
  ref.sheet.validations.push(record);
  return record;
}

function removeFrom(ref: RangeRef): void {
  for (const v of ref.sheet.validations) v.areas = v.areas.flatMap((a) => subtractRect(a, ref.rect));
  ref.sheet.validations = ref.sheet.validations.filter((v) => v.areas.length > 0);
}

function normalizeRule(rule: unknown): { type: string; rule: Record<string, unknown> } {
  if (rule === null || typeof rule !== "object") throw excelError(ErrorCode.invalidArgument, "rule must be an object");
  const keys = Object.keys(rule).filter((k) => (rule as Record<string, unknown>)[k] !== undefined);
  const [key] = keys;
  if (keys.length !== 1 || key === undefined || !(key in RULE_TYPES)) {
    throw excelError(
      ErrorCode.invalidArgument,
      "a data validation rule has exactly one of wholeNumber, decimal, list, date, time, textLength, custom",
    );
  }
  const body = { ...((rule as Record<string, unknown>)[key] as Record<string, unknown>) };
  if (key === "list") {
    const source = body.source;
    if (source instanceof Range) {
      const t = source._target();
      body.source = `=${quoteSheetName(t.sheet.name)}!${absoluteRectAddress(t.rect)}`;
    } else if (typeof source !== "string" || source === "") {
      throw excelError(ErrorCode.invalidArgument, "a list rule needs a source");
    }
    if (body.inCellDropDown === undefined) body.inCellDropDown = true;
  }
  if (key === "custom" && typeof body.formula !== "string") {
    throw excelError(ErrorCode.invalidArgument, "a custom rule needs a formula");
  }
  return { type: RULE_TYPES[key] ?? "None", rule: { [key]: body } };
}

function listItems(wb: WorkbookModel, ref: RangeRef, source: string): string[] {
  if (!source.startsWith("=")) return source.split(",").map((s) => s.trim());
  const address = source.slice(1).replace(/\$/g, "");
  const bang = address.lastIndexOf("!");
  const sheetName = bang > 0 ? address.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'") : ref.sheet.name;
  const sheet = wb.findSheet(sheetName);
  const local = bang > 0 ? address.slice(bang + 1) : address;
  const m = /^([A-Z]+[0-9]+)(?::([A-Z]+[0-9]+))?$/.exec(local);
  if (!sheet || !m) return [];
  const items: string[] = [];
  const parse = (a: string) => {
    const mm = /^([A-Z]+)([0-9]+)$/.exec(a);
    const letters = mm?.[1] ?? "A";
    let column = 0;
    for (const ch of letters) column = column * 26 + ch.charCodeAt(0) - 64;
    return { row: Number(mm?.[2] ?? 1) - 1, column: column - 1 };
  };
  const from = parse(m[1] ?? "A1");
  const to = parse(m[2] ?? m[1] ?? "A1");
  for (let r = from.row; r <= to.row; r++) {
    for (let c = from.column; c <= to.column; c++) items.push(wb.textAt(sheet, r, c));
  }
  return items;
}

function compare(value: number, operator: string, f1: number, f2: number): boolean {
  switch (operator) {
    case "Between":
      return value >= f1 && value <= f2;
    case "NotBetween":
      return value < f1 || value > f2;
    case "EqualTo":
      return value === f1;
    case "NotEqualTo":
      return value !== f1;
    case "GreaterThan":
      return value > f1;
    case "LessThan":
      return value < f1;
    case "GreaterThanOrEqualTo":
      return value >= f1;
    case "LessThanOrEqualTo":
      return value <= f1;
    default:
      return true;
  }
}

function cellValid(wb: WorkbookModel, ref: RangeRef, v: ValidationModel, value: DisplayValue, text: string): boolean {
  if (value === null) return v.ignoreBlanks;
  const rule = v.rule?.rule ?? {};
  const [kind, body] = Object.entries(rule)[0] ?? [];
  const b = (body ?? {}) as Record<string, unknown>;
  switch (kind) {
    case "list":
      return listItems(wb, ref, String(b.source ?? "")).includes(text);
    case "wholeNumber":
    case "decimal":
    case "textLength": {
      const n = kind === "textLength" ? text.length : value;
      if (typeof n !== "number" || (kind === "wholeNumber" && !Number.isInteger(n))) return false;
      const f1 = Number(b.formula1);
      const f2 = Number(b.formula2);
      if (Number.isNaN(f1)) return true;
      return compare(n, String(b.operator ?? "Between"), f1, f2);
    }
    default:
      return true;
  }
}

const VALIDATION: ProxySpec<RangeRef> = {
  typeName: "DataValidation",
  alive: (t) => !t.sheet.deleted,
  scalars: {
    type: (t) => {
      const v = single(t);
      return v === "none" ? "None" : v === "mixed" ? "Inconsistent" : (v.rule?.type ?? "None");
    },
    rule: (t) => {
      const v = single(t);
      return v === "mixed" ? null : v === "none" || !v.rule ? {} : JSON.parse(JSON.stringify(v.rule.rule));
    },
    errorAlert: (t) => {
      const v = single(t);
      return v === "mixed" ? null : v === "none" ? fresh(t.rect).errorAlert : { ...v.errorAlert };
    },
    prompt: (t) => {
      const v = single(t);
      return v === "mixed" ? null : v === "none" ? fresh(t.rect).prompt : { ...v.prompt };
    },
    ignoreBlanks: (t) => {
      const v = single(t);
      return v === "mixed" ? null : v === "none" ? true : v.ignoreBlanks;
    },
    valid: (t, wb) => {
      for (const v of covering(t)) {
        for (const area of v.areas) {
          const overlap = intersect(area, t.rect);
          if (!overlap) continue;
          for (let r = overlap.row; r <= lastRow(overlap); r++) {
            for (let c = overlap.column; c <= lastColumn(overlap); c++) {
              if (!cellValid(wb, t, v, wb.valueAt(t.sheet, r, c), wb.textAt(t.sheet, r, c))) return false;
            }
          }
        }
      }
      return true;
    },
  },
};

export class DataValidation
  extends ProxyObject<RangeRef>
  implements Pick<Excel.DataValidation, "type" | "valid" | "ignoreBlanks">, MethodsOf<Excel.DataValidation, "clear">
{
  constructor(ctx: ProxyContext, resolver: () => RangeRef | null, parent: ProxyNode, path: PathSpec) {
    super(ctx, resolver, parent, path);
  }

  protected _spec(): ProxySpec<RangeRef> {
    return VALIDATION;
  }

  get type(): Excel.DataValidationType {
    return this._get("type");
  }

  get valid(): boolean {
    return this._get("valid");
  }

  get rule(): Excel.DataValidationRule {
    return this._get("rule");
  }
  set rule(rule: Excel.DataValidationRule) {
    this._set("rule", rule, (t) => {
      assertSheetUnprotected(t.sheet, "set data validation");
      const normalized = normalizeRule(rule);
      recordFor(t).rule = normalized;
    });
  }

  get errorAlert(): Excel.DataValidationErrorAlert {
    return this._get("errorAlert");
  }
  set errorAlert(alert: Excel.DataValidationErrorAlert) {
    this._set("errorAlert", alert, (t) => {
      assertSheetUnprotected(t.sheet, "set data validation");
      const record = recordFor(t);
      record.errorAlert = { ...record.errorAlert, ...alert };
    });
  }

  get prompt(): Excel.DataValidationPrompt {
    return this._get("prompt");
  }
  set prompt(prompt: Excel.DataValidationPrompt) {
    this._set("prompt", prompt, (t) => {
      assertSheetUnprotected(t.sheet, "set data validation");
      const record = recordFor(t);
      record.prompt = { ...record.prompt, ...prompt };
    });
  }

  get ignoreBlanks(): boolean {
    return this._get("ignoreBlanks");
  }
  set ignoreBlanks(value: boolean) {
    this._set("ignoreBlanks", value, (t) => {
      assertSheetUnprotected(t.sheet, "set data validation");
      recordFor(t).ignoreBlanks = value === true;
    });
  }

  clear(): void {
    this._call("clear", [], (t) => {
      assertSheetUnprotected(t.sheet, "clear data validation");
      removeFrom(t);
    });
  }
}
