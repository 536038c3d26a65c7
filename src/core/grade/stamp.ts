/**
 * The grading stamp: when the sheet was graded, on which scale and version, and a short hash of the
 * results, kept in a worksheet custom property (and shown in a cell beside 全体の達成度). Grading again
 * with the same results keeps the earlier time, so a second grading in a row changes nothing. The stamp
 * also lists the grade columns already given their colour rules, so they are not added again.
 */
import { property } from "../workbook/properties";
import * as z from "zod/mini";
import { message } from "../messages";
import { MAX_PROPERTY_VALUE_LENGTH, type SheetProperties } from "../workbook/plan";
import { stampTime } from "./time";

export const STAMP_KEY = "tassei.graded";

const stampSchema = z.strictObject({
  at: z.string().check(z.minLength(1)),
  scale: z.string().check(z.minLength(1)),
  version: z.int().check(z.positive()),
  hash: z.string().check(z.minLength(1)),
  /** Ranges (A1) given the grade colour rules. */
  cf: z._default(z.array(z.string()), []),
});

export type Stamp = z.infer<typeof stampSchema>;

export function readStamp(properties: SheetProperties): Stamp | null {
  const text = property(properties, STAMP_KEY);
  if (text === undefined) return null;
  try {
    const parsed = stampSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function currentProperty(properties: SheetProperties): string | null {
  return property(properties, STAMP_KEY) ?? null;
}

/** The property's value; the colour-rule list is left out if it would not fit (rules are then added again). */
export function stampValue(stamp: Stamp): string {
  const full = JSON.stringify(stamp);
  return full.length <= MAX_PROPERTY_VALUE_LENGTH ? full : JSON.stringify({ ...stamp, cf: [] });
}

/** What the stamp cell shows (the sheet is a Japanese document). */
export function stampText(stamp: Pick<Stamp, "at" | "version">, scaleName: string): string {
  return message("grade.stamp.cell", "ja", {
    time: stampTime(new Date(stamp.at)),
    scale: scaleName,
    version: stamp.version,
  });
}

/** FNV-1a, 32 bits, as 8 hex digits: enough to tell "the results changed" apart, not a security hash. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}
