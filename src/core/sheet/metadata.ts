/**
 * Tassei's metadata on a department sheet, kept in worksheet custom properties: what the sheet is, which
 * layout and scale it was made with, and which tables and ranges are Tassei's, so that the Grade job
 * knows where it may write and a copied sheet is still recognised. Excel caps each value at 255
 * characters, so the metadata is split into small properties, each checked when it is built.
 *
 * Ranges are recorded as inserted; tables grow when people add rows, so the table name (looked up in
 * the workbook) is the authority for where a table is now, and the header block is found by its labels.
 */
import * as z from "zod/mini";
import { type InterimRule, interimRuleJson, interimRuleSchema } from "../rules";
import { MAX_PROPERTY_VALUE_LENGTH, type SheetProperties } from "../workbook/plan";
import { property } from "../workbook/properties";
import { LayoutError } from "./layout-error";

export const LAYOUT_VERSION = 1;
export const DEPARTMENT_KIND = "department";

export const METADATA_KEYS = {
  kind: "tassei.kind",
  layoutVersion: "tassei.layoutVersion",
  sheetId: "tassei.sheetId",
  scaleId: "tassei.scale",
  scaleVersion: "tassei.scaleVersion",
  fiscalYear: "tassei.fiscalYear",
  department: "tassei.department",
  header: "tassei.header",
  goals: "tassei.goals",
  kpi: "tassei.kpi",
  kgi: "tassei.kgi",
  interim: "tassei.interim",
} as const;

const tableSchema = z.strictObject({
  /** The Excel table's name. */
  table: z.string().check(z.minLength(1)),
  /** The table's range when it was inserted, e.g. "A20:P31". */
  range: z.string().check(z.minLength(1)),
  /** Headers of the columns Tassei writes (formulas, grades); every other column is the person's. */
  owned: z.array(z.string()),
});
export type TableMetadata = z.infer<typeof tableSchema>;

const headerSchema = z.strictObject({
  /** Labels and values of the header block and the scale legend, as inserted. */
  range: z.string().check(z.minLength(1)),
  /** The department's overall grade (全体の達成度), written by the Grade job. */
  grade: z.string().check(z.minLength(1)),
});
export type HeaderMetadata = z.infer<typeof headerSchema>;

export interface DepartmentSheetMetadata {
  readonly kind: typeof DEPARTMENT_KIND;
  readonly layoutVersion: number;
  readonly sheetId: string;
  readonly scaleId: string;
  readonly scaleVersion: number;
  /** Null when the property is missing or damaged. */
  readonly fiscalYear: number | null;
  /** The department's name, when it fits in a property. */
  readonly department: string | null;
  readonly header: HeaderMetadata | null;
  readonly goals: TableMetadata | null;
  readonly kpi: TableMetadata | null;
  readonly kgi: TableMetadata | null;
  /**
   * The mid-year check's rule the sheet was made with (#18), which travels with it (次年度作成 keeps it). Its
   * presence also says the sheet has Tassei's 中間時点 / 中間評価 header cells; null on sheets made before.
   */
  readonly interim: InterimRule | null;
}

/** The custom properties for `metadata`; throws a LayoutError when a value would not fit. */
export function metadataProperties(metadata: DepartmentSheetMetadata): SheetProperties {
  const entries: [string, string][] = [
    [METADATA_KEYS.kind, metadata.kind],
    [METADATA_KEYS.layoutVersion, String(metadata.layoutVersion)],
    [METADATA_KEYS.sheetId, metadata.sheetId],
    [METADATA_KEYS.scaleId, metadata.scaleId],
    [METADATA_KEYS.scaleVersion, String(metadata.scaleVersion)],
  ];
  if (metadata.fiscalYear !== null) entries.push([METADATA_KEYS.fiscalYear, String(metadata.fiscalYear)]);
  // The name is a convenience for sheets without a header block: left out rather than cut when too long.
  if (metadata.department !== null && metadata.department.length <= MAX_PROPERTY_VALUE_LENGTH) {
    entries.push([METADATA_KEYS.department, metadata.department]);
  }
  if (metadata.header) entries.push([METADATA_KEYS.header, JSON.stringify(metadata.header)]);
  if (metadata.goals) entries.push([METADATA_KEYS.goals, JSON.stringify(metadata.goals)]);
  if (metadata.kpi) entries.push([METADATA_KEYS.kpi, JSON.stringify(metadata.kpi)]);
  if (metadata.kgi) entries.push([METADATA_KEYS.kgi, JSON.stringify(metadata.kgi)]);
  if (metadata.interim) entries.push([METADATA_KEYS.interim, JSON.stringify(interimRuleJson(metadata.interim))]);
  for (const [key, value] of entries) {
    if (value.length > MAX_PROPERTY_VALUE_LENGTH) {
      throw new LayoutError("layout.plan.propertyTooLong", {
        key,
        length: value.length,
        limit: MAX_PROPERTY_VALUE_LENGTH,
      });
    }
  }
  return Object.fromEntries(entries);
}

export { property } from "../workbook/properties";

function json<T>(text: string | undefined, schema: z.ZodMiniType<T>): T | null {
  if (text === undefined) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function positiveInteger(text: string | undefined): number | null {
  if (text === undefined || !/^[0-9]{1,9}$/.test(text.trim())) return null;
  const value = Number(text.trim());
  return value > 0 ? value : null;
}

/**
 * The metadata of a department sheet, or null when the sheet has none (not made by Tassei, or another
 * kind of sheet). A damaged part reads as missing; the reader then falls back on what the cells say.
 */
export function readMetadata(properties: SheetProperties): DepartmentSheetMetadata | null {
  if (property(properties, METADATA_KEYS.kind) !== DEPARTMENT_KIND) return null;
  return {
    kind: DEPARTMENT_KIND,
    layoutVersion: positiveInteger(property(properties, METADATA_KEYS.layoutVersion)) ?? LAYOUT_VERSION,
    sheetId: property(properties, METADATA_KEYS.sheetId) ?? "",
    scaleId: property(properties, METADATA_KEYS.scaleId) ?? "default",
    scaleVersion: positiveInteger(property(properties, METADATA_KEYS.scaleVersion)) ?? 1,
    fiscalYear: positiveInteger(property(properties, METADATA_KEYS.fiscalYear)),
    department: property(properties, METADATA_KEYS.department) ?? null,
    header: json(property(properties, METADATA_KEYS.header), headerSchema),
    goals: json(property(properties, METADATA_KEYS.goals), tableSchema),
    kpi: json(property(properties, METADATA_KEYS.kpi), tableSchema),
    kgi: json(property(properties, METADATA_KEYS.kgi), tableSchema),
    interim: json(property(properties, METADATA_KEYS.interim), interimRuleSchema),
  };
}

/** Table names are workbook-wide: each sheet's are derived from its own id. */
export const MAX_SHEET_ID_LENGTH = 64;
const SHEET_ID = /^[A-Za-z0-9_]+$/;

export interface DepartmentTableNames {
  readonly goals: string;
  readonly kpi: string;
  readonly kgi: string;
}

export function tableNames(sheetId: string): DepartmentTableNames {
  if (sheetId.length === 0 || sheetId.length > MAX_SHEET_ID_LENGTH || !SHEET_ID.test(sheetId)) {
    throw new LayoutError("layout.plan.sheetId", { id: sheetId, max: MAX_SHEET_ID_LENGTH });
  }
  return { goals: `Tassei_Goals_${sheetId}`, kpi: `Tassei_KPI_${sheetId}`, kgi: `Tassei_KGI_${sheetId}` };
}
