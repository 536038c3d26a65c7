/**
 * A person's correction of what a column of a hand-made block was taken as (this column is 実績値, that
 * one is not used), saved with the sheet so the next grading reads the same way. One worksheet custom
 * property per block, keyed by the block's first header cell (`tassei.columns.A11`), its value the
 * corrections as `C=actual;E=none` (about 10 characters each: over 20 fit Excel's 255). A correction back
 * to what the header says is removed, so only real corrections are kept. A property is not a cell: the
 * user's cells stay untouched.
 */
import { property } from "../../workbook/properties";
import * as z from "zod/mini";
import { columnIndex, columnLetters } from "@tassei/excel-rules";
import type { SheetProperties } from "../../workbook/plan";
import { HAND_MADE_KPI_COLUMNS } from "../kpi/kpi-table";

/** The roles a person can give a column: a KPI column, the row's goal or section, a past year, or none. */
export const ASSIGNABLE_ROLES = [
  ...HAND_MADE_KPI_COLUMNS.filter((c) => c.key !== "manualGrade" && c.key !== "manualReason").map((c) => c.key),
  "goalTitle",
  "section",
  "history",
  "none",
] as const;

export type AssignableRole = (typeof ASSIGNABLE_ROLES)[number];

const ROLE = z.enum(ASSIGNABLE_ROLES);
const ENTRY = /^([A-Z]{1,3})=([A-Za-z]+)$/;

const PREFIX = "tassei.columns.";
/** Excel's limit on a custom property's value. */
export const MAX_PROPERTY_LENGTH = 255;

/** The property key of a block whose first header cell is `headerCell` (A1). */
export function columnRolesKey(headerCell: string): string {
  return `${PREFIX}${headerCell}`;
}

/** Sheet column → role, for the block whose first header cell is `headerCell`; unreadable entries are left out. */
export function savedColumnRoles(properties: SheetProperties, headerCell: string): ReadonlyMap<number, AssignableRole> {
  const text = property(properties, columnRolesKey(headerCell)) ?? "";
  const roles = new Map<number, AssignableRole>();
  for (const entry of text.split(";")) {
    const match = ENTRY.exec(entry.trim());
    const role = ROLE.safeParse(match?.[2]);
    if (match?.[1] && role.success) roles.set(columnIndex(match[1]), role.data);
  }
  return roles;
}

/**
 * The property to write so that column `column` of the block at `headerCell` is read as `role`; `read`
 * is what the header alone says of that column (a correction back to it removes the entry). Null when
 * the corrections would no longer fit in one property.
 */
export function withColumnRole(
  properties: SheetProperties,
  headerCell: string,
  column: number,
  role: AssignableRole,
  read: AssignableRole,
): Record<string, string> | null {
  const roles = new Map(savedColumnRoles(properties, headerCell));
  if (role === read) roles.delete(column);
  else roles.set(column, role);
  const value = [...roles]
    .sort(([a], [b]) => a - b)
    .map(([c, r]) => `${columnLetters(c)}=${r}`)
    .join(";");
  return value.length > MAX_PROPERTY_LENGTH ? null : { [columnRolesKey(headerCell)]: value };
}

export function isAssignableRole(value: string): value is AssignableRole {
  return (ASSIGNABLE_ROLES as readonly string[]).includes(value);
}
