/**
 * The five seed documents (/work/shared/seeds) entered as department data (data/*.json, read through
 * schema.ts): the specification's examples, used by the browser preview and as fixtures by every later
 * test. Each sample says where it came from, and keeps, as printed, the parts of its document the
 * department model has no field for.
 */
import type { DepartmentInput } from "../core/department/model";

/** A part of the document with no place in the department model, kept as printed so nothing is lost. */
export interface UnmodelledPart {
  /** The document's own heading for the part */
  readonly heading: string;
  readonly text: string;
}

export interface SampleProvenance {
  /** File name of the seed document in /work/shared/seeds */
  readonly seedFile: string;
  /** 市 */
  readonly city: string;
  /** The document's title as printed, or (when `titlePrinted` is false) a description of it */
  readonly title: string;
  readonly titlePrinted: boolean;
  readonly unmodelled: readonly UnmodelledPart[];
}

export interface SampleDepartment {
  /** Stable id: seed number, city and year, e.g. "seed000-kashiwara-seisaku-r7" */
  readonly id: string;
  readonly provenance: SampleProvenance;
  readonly department: DepartmentInput;
}
