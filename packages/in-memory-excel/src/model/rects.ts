/** Rectangle arithmetic for things that cover ranges: validations, conditional formats, merges, tables. */
import { MAX_COLUMNS, MAX_ROWS } from "@tassei/excel-rules";
import { type CellRect, intersect, lastColumn, lastRow, rect } from "./address";
import type { CellShift } from "./formula-text";

/** The parts of `a` outside `b` (at most four rectangles). */
export function subtractRect(a: CellRect, b: CellRect): CellRect[] {
  const overlap = intersect(a, b);
  if (!overlap) return [a];
  const parts: CellRect[] = [];
  if (overlap.row > a.row) parts.push(rect(a.row, a.column, overlap.row - a.row, a.columnCount));
  if (lastRow(overlap) < lastRow(a)) {
    parts.push(rect(lastRow(overlap) + 1, a.column, lastRow(a) - lastRow(overlap), a.columnCount));
  }
  if (overlap.column > a.column) parts.push(rect(overlap.row, a.column, overlap.rowCount, overlap.column - a.column));
  if (lastColumn(overlap) < lastColumn(a)) {
    parts.push(rect(overlap.row, lastColumn(overlap) + 1, overlap.rowCount, lastColumn(a) - lastColumn(overlap)));
  }
  return parts;
}

function crossSpan(r: CellRect, axis: CellShift["axis"]): [number, number] {
  return axis === "rows" ? [r.column, lastColumn(r)] : [r.row, lastRow(r)];
}

function mainSpan(r: CellRect, axis: CellShift["axis"]): [number, number] {
  return axis === "rows" ? [r.row, lastRow(r)] : [r.column, lastColumn(r)];
}

function fromSpans(axis: CellShift["axis"], main: [number, number], cross: [number, number]): CellRect {
  return axis === "rows"
    ? rect(main[0], cross[0], main[1] - main[0] + 1, cross[1] - cross[0] + 1)
    : rect(cross[0], main[0], cross[1] - cross[0] + 1, main[1] - main[0] + 1);
}

/** True when the rectangle lies in the moving cells' band but only partly inside the shifted span. */
export function straddlesShift(r: CellRect, shift: CellShift): boolean {
  const [c1, c2] = crossSpan(r, shift.axis);
  const [, m2] = mainSpan(r, shift.axis);
  if (m2 < shift.at) return false;
  const overlaps = c1 <= shift.to && c2 >= shift.from;
  const inside = c1 >= shift.from && c2 <= shift.to;
  return overlaps && !inside;
}

/**
 * The rectangle after the shift: moved, grown (an insertion inside it), shrunk (a deletion inside it),
 * or null when all its cells were deleted. Rectangles outside the shifted span are unchanged.
 * `growAtEnd` also grows a rectangle that ends right before the insertion (a table gaining rows).
 */
export function shiftRect(r: CellRect, shift: CellShift, growAtEnd = false): CellRect | null {
  const [c1, c2] = crossSpan(r, shift.axis);
  if (c1 < shift.from || c2 > shift.to) return r;
  let [first, last] = mainSpan(r, shift.axis);
  const limit = shift.axis === "rows" ? MAX_ROWS : MAX_COLUMNS;
  if (shift.count > 0) {
    if (last < shift.at - (growAtEnd ? 1 : 0)) return r;
    if (first >= shift.at) first += shift.count;
    last = Math.min(limit - 1, last + shift.count);
  } else {
    const gone = -shift.count;
    const deletedEnd = shift.at + gone - 1;
    if (last < shift.at) return r;
    if (first >= shift.at && last <= deletedEnd) return null;
    if (first > deletedEnd) first -= gone;
    else if (first >= shift.at) first = shift.at;
    last = last > deletedEnd ? last - gone : shift.at - 1;
  }
  return fromSpans(shift.axis, [first, last], [c1, c2]);
}
