/**
 * The five seed documents as department data, in seed order: the preview's sample sheets and the
 * fixtures of every test that needs a real department. The data is in data/*.json (how each document
 * was mapped: data/README.md), checked by schema.ts when this module loads.
 */
import type { DepartmentInput } from "../core/department/model";
import seed000 from "./data/seed000-kashiwara-seisaku-r7.json";
import seed001 from "./data/seed001-kashiwara-seisaku-h25.json";
import seed002 from "./data/seed002-hirakata-shichokoshitsu-r7.json";
import seed003 from "./data/seed003-toyonaka-toshikeiei-r5.json";
import seed004 from "./data/seed004-kawanishi-sogoseisaku-r3.json";
import { parseSample } from "./schema";
import type { SampleDepartment, SampleProvenance } from "./types";

export type { SampleDepartment, SampleProvenance, UnmodelledPart } from "./types";

export const seed000KashiwaraSeisakuR7 = parseSample("seed000-kashiwara-seisaku-r7.json", seed000);
export const seed001KashiwaraSeisakuH25 = parseSample("seed001-kashiwara-seisaku-h25.json", seed001);
export const seed002HirakataShichokoshitsuR7 = parseSample("seed002-hirakata-shichokoshitsu-r7.json", seed002);
export const seed003ToyonakaToshikeieiR5 = parseSample("seed003-toyonaka-toshikeiei-r5.json", seed003);
export const seed004KawanishiSogoseisakuR3 = parseSample("seed004-kawanishi-sogoseisaku-r3.json", seed004);

/** Every sample with its provenance (seed file, city, document title) */
export const samples: readonly SampleDepartment[] = [
  seed000KashiwaraSeisakuR7,
  seed001KashiwaraSeisakuH25,
  seed002HirakataShichokoshitsuR7,
  seed003ToyonakaToshikeieiR5,
  seed004KawanishiSogoseisakuR3,
];

/** The departments alone, in the same order as `samples` and `sampleProvenance` */
export const sampleDepartments: readonly DepartmentInput[] = samples.map((sample) => sample.department);

/** Where each of `sampleDepartments` comes from, index for index */
export const sampleProvenance: readonly SampleProvenance[] = samples.map((sample) => sample.provenance);

/** The sample with this id, e.g. "seed002-hirakata-shichokoshitsu-r7" */
export function findSample(id: string): SampleDepartment | undefined {
  return samples.find((sample) => sample.id === id);
}
