/** Worksheet custom properties, where Tassei keeps what it knows of a sheet. */
import type { SheetProperties } from "./plan";

/** A property's value; keys are compared as Excel compares them, without regard to case. */
export function property(properties: SheetProperties, key: string): string | undefined {
  const wanted = key.toLowerCase();
  for (const [name, value] of Object.entries(properties)) if (name.toLowerCase() === wanted) return value;
  return undefined;
}
