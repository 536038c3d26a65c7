/**
 * A person's correction of what a column of a hand-made block was taken as (this column is 実績値, that
 * one is not used), saved with the sheet so the next grading reads the same way. One worksheet custom
 * property per block, keyed by the block's first header cell (`tassei.columns.A11`), its value a small
 * JSON object from column letters to roles (each value stays far under Excel's 255 characters). A
 * property is not a cell: the user's cells stay untouched.
 */
import { z } from "zod";
import { columnIndex, columnLetters } from "../workbook/address";
import type { SheetProperties } from "../workbook/plan";
import { KPI_COLUMNS } from "./kpi-table";

/** The roles a person can give a column: a KPI column, the row's goal or section, a past year, or none. */
export const ASSIGNABLE_ROLES = [
  ...KPI_COLUMNS.filter((c) => c.key !== "manualGrade" && c.key !== "manualReason").map((c) => c.key),
  "goalTitle",
  "section",
  "history",
  "none",
] as const;

export type AssignableRole = (typeof ASSIGNABLE_ROLES)[number];

const ROLE = z.enum(ASSIGNABLE_ROLES);
const MAPPING = z.record(z.string().regex(/^[A-Z]{1,3}$/), ROLE);

const PREFIX = "tassei.columns.";

/** The property key of a block whose first header cell is `headerCell` (A1). */
export function columnRolesKey(headerCell: string): string {
  return `${PREFIX}${headerCell}`;
}

/** Sheet column → role, for the block whose first header cell is `headerCell`; empty when none was saved or it is unreadable. */
export function savedColumnRoles(properties: SheetProperties, headerCell: string): ReadonlyMap<number, AssignableRole> {
  const key = columnRolesKey(headerCell).toLowerCase();
  const text = Object.entries(properties).find(([name]) => name.toLowerCase() === key)?.[1];
  if (text === undefined) return new Map();
  try {
    const parsed = MAPPING.safeParse(JSON.parse(text));
    if (!parsed.success) return new Map();
    return new Map(Object.entries(parsed.data).map(([letters, role]) => [columnIndex(letters), role] as const));
  } catch {
    return new Map();
  }
}

/** The properties to write so that column `column` of the block at `headerCell` is read as `role`. */
export function withColumnRole(
  properties: SheetProperties,
  headerCell: string,
  column: number,
  role: AssignableRole,
): Record<string, string> {
  const roles = new Map(savedColumnRoles(properties, headerCell));
  roles.set(column, role);
  const value = Object.fromEntries([...roles].sort(([a], [b]) => a - b).map(([c, r]) => [columnLetters(c), r]));
  return { [columnRolesKey(headerCell)]: JSON.stringify(value) };
}

export function isAssignableRole(value: string): value is AssignableRole {
  return (ASSIGNABLE_ROLES as readonly string[]).includes(value);
}
