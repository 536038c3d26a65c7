/**
 * Expectations for parsed cells, written compactly so that tables of forms stay readable:
 *   num("99.2", "%", ["estimate"], { note: "7月頃確定" }), fail("pending"), several(num(…), num(…)), done(true)
 */
import { formatDecimal } from "../../../src/core/numbers/format";
import { type NumberFlag, type ParseFailureReason, type ParseResult, parseCell } from "../../../src/core/numbers/parse";

export interface NumberExpectation {
  readonly kind: "number";
  readonly value: string;
  readonly unit: string | null;
  readonly flags: readonly NumberFlag[];
  readonly label?: string;
  readonly note?: string;
}

export type Expectation =
  | NumberExpectation
  | { readonly kind: "binary"; readonly done: boolean; readonly flags: readonly NumberFlag[] }
  | { readonly kind: "failure"; readonly reason: ParseFailureReason; readonly detail?: string }
  | { readonly kind: "several"; readonly values: readonly NumberExpectation[]; readonly detail?: string };

export function num(
  value: string,
  unit: string | null = null,
  flags: readonly NumberFlag[] = [],
  extra: { label?: string; note?: string } = {},
): NumberExpectation {
  return { kind: "number", value, unit, flags, ...extra };
}

export function fail(reason: ParseFailureReason, detail?: string): Expectation {
  return detail === undefined ? { kind: "failure", reason } : { kind: "failure", reason, detail };
}

export function several(...values: NumberExpectation[]): Expectation {
  return { kind: "several", values };
}

export function range(...values: NumberExpectation[]): Expectation {
  return { kind: "several", values, detail: "range" };
}

export function done(isDone: boolean, flags: readonly NumberFlag[] = []): Expectation {
  return { kind: "binary", done: isDone, flags };
}

/** The parse result reduced to the shape of an Expectation (values as plain decimal text). */
export function summarize(result: ParseResult): Expectation {
  if (result.ok && result.kind === "binary") return { kind: "binary", done: result.done, flags: [...result.flags] };
  if (result.ok) return summarizeNumber(result);
  if (result.reason === "several_values") {
    return {
      kind: "several",
      values: (result.values ?? []).map((v) => summarizeNumber(v)),
      ...(result.detail === "range" ? { detail: "range" } : {}),
    };
  }
  return { kind: "failure", reason: result.reason, ...(result.detail === undefined ? {} : { detail: result.detail }) };
}

function summarizeNumber(n: Extract<ParseResult, { kind: "number" }>): NumberExpectation {
  const out: NumberExpectation = {
    kind: "number",
    value: formatDecimal(n.value, { style: "plain" }),
    unit: n.unit,
    flags: [...n.flags],
    ...(n.label === undefined ? {} : { label: n.label }),
    ...(n.note === undefined ? {} : { note: n.note }),
  };
  return out;
}

/** Compares only what the expectation states: a failure without detail accepts any detail. */
export function expectParse(raw: string | number | boolean | null | undefined, expected: Expectation): void {
  const actual = summarize(parseCell(raw));
  if (expected.kind === "failure" && expected.detail === undefined && actual.kind === "failure") {
    expect({ kind: actual.kind, reason: actual.reason }).toEqual(expected);
    return;
  }
  if (expected.kind === "several" && expected.detail === undefined && actual.kind === "several") {
    expect({ kind: actual.kind, values: actual.values }).toEqual(expected);
    return;
  }
  expect(actual).toEqual(expected);
}
