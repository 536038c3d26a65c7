/**
 * The seed samples are data (src/samples/data/*.json) read through a schema: each file loads as
 * written, and a broken one throws naming the file and where it is wrong.
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { samples } from "../../src/samples";
import { parseSample } from "../../src/samples/schema";

const DATA_DIR = join(__dirname, "../../src/samples/data");
const FILE = "seed002-hirakata-shichokoshitsu-r7.json";

function fileData(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(DATA_DIR, name), "utf8")) as Record<string, unknown>;
}

/** The seed 002 file with one change made by `edit`, in memory. */
function broken(edit: (data: { provenance: Record<string, unknown>; department: Record<string, unknown> }) => void) {
  const data = structuredClone(fileData(FILE)) as {
    provenance: Record<string, unknown>;
    department: Record<string, unknown>;
  };
  edit(data);
  return data;
}

function goals(department: Record<string, unknown>): Record<string, unknown>[] {
  return department.goals as Record<string, unknown>[];
}

describe("the sample files", () => {
  test("are the samples, in seed order and exactly as written (no defaults filled in)", () => {
    const files = readdirSync(DATA_DIR)
      .filter((name) => name.endsWith(".json"))
      .sort();
    expect(files).toEqual(samples.map((sample) => `${sample.id}.json`));
    for (const [index, name] of files.entries()) expect(samples[index]).toStrictEqual(fileData(name));
  });

  test("each parses as it is", () => {
    const data = fileData(FILE);
    expect(parseSample(FILE, data)).toBe(data);
  });
});

describe("a broken sample file", () => {
  test("names the file and the department schema's issue path", () => {
    const data = broken(({ department }) => {
      const goal = goals(department)[3];
      if (goal) goal.title = "";
    });
    expect(() => parseSample(FILE, data)).toThrow(
      /^Seed sample seed002-hirakata-shichokoshitsu-r7\.json does not match its schema: department\.goals\[3\]\.title: length must be ≥ 1$/,
    );
  });

  test("names a wrong type deep in the department", () => {
    const data = broken(({ department }) => {
      department.fiscalYear = "令和7年度";
    });
    expect(() => parseSample(FILE, data)).toThrow(
      /seed002-hirakata-shichokoshitsu-r7\.json.*department\.fiscalYear: expected number/,
    );
  });

  test("names the provenance's issue path", () => {
    const data = broken(({ provenance }) => {
      delete provenance.city;
    });
    expect(() => parseSample(FILE, data)).toThrow(
      /seed002-hirakata-shichokoshitsu-r7\.json.*provenance\.city: expected string/,
    );
  });

  test("refuses a key the department schema does not know, instead of dropping it", () => {
    const data = broken(({ department }) => {
      const goal = goals(department)[0];
      if (goal) goal.measureSheetCode = ["29-01"];
    });
    expect(() => parseSample(FILE, data)).toThrow(
      /seed002-hirakata-shichokoshitsu-r7\.json.*department\.goals\[0\]\.measureSheetCode: unknown key/,
    );
  });

  test("refuses an unknown key in the provenance", () => {
    const data = broken(({ provenance }) => {
      provenance.titlePrintd = true;
    });
    expect(() => parseSample(FILE, data)).toThrow(
      /seed002-hirakata-shichokoshitsu-r7\.json.*provenance\.titlePrintd: unknown key/,
    );
  });

  test("refuses an id that is not the file's name", () => {
    expect(() => parseSample("seed002-other.json", fileData(FILE))).toThrow(
      /^Seed sample seed002-other\.json does not match its schema: id: /,
    );
  });

  test("names the root when the file is not an object", () => {
    expect(() => parseSample(FILE, [])).toThrow(/seed002-hirakata-shichokoshitsu-r7\.json.*\(root\): expected object/);
  });
});
