/**
 * The five seed documents as department data, in seed order: the preview's sample sheets and the
 * fixtures of every test that needs a real department.
 */
import type { DepartmentInput } from "../../core/department/model";
import { seed000KashiwaraSeisakuR7 } from "./seed000-kashiwara-seisaku-r7";
import { seed001KashiwaraSeisakuH25 } from "./seed001-kashiwara-seisaku-h25";
import { seed002HirakataShichokoshitsuR7 } from "./seed002-hirakata-shichokoshitsu-r7";
import { seed003ToyonakaToshikeieiR5 } from "./seed003-toyonaka-toshikeiei-r5";
import { seed004KawanishiSogoseisakuR3 } from "./seed004-kawanishi-sogoseisaku-r3";
import type { SampleDepartment, SampleProvenance } from "./types";

export type { SampleDepartment, SampleProvenance, UnmodelledPart } from "./types";
export {
  seed000KashiwaraSeisakuR7,
  seed001KashiwaraSeisakuH25,
  seed002HirakataShichokoshitsuR7,
  seed003ToyonakaToshikeieiR5,
  seed004KawanishiSogoseisakuR3,
};

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
