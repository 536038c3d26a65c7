/**
 * A clone alone passes its tests: nothing the tests, scripts or sources read at run time may live
 * outside the repository (`../shared` is where reference material reaches the team, not a dependency).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";

const ROOT = resolve(__dirname, "..");
const SCANNED = [
  "src",
  "test",
  "scripts",
  "bench",
  "bin",
  ".ci",
  "webpack.config.js",
  "jest.config.js",
  "package.json",
];
const CODE = /\.(ts|tsx|js|mjs|cjs|json)$|^run$/;

function files(path: string): string[] {
  const stat = statSync(path);
  if (stat.isFile()) return [path];
  return readdirSync(path).flatMap((name) => (name === "node_modules" ? [] : files(join(path, name))));
}

it("no code reads from ../shared", () => {
  const offending = SCANNED.flatMap((entry) => files(join(ROOT, entry)))
    .filter((file) => CODE.test(file.split("/").pop() ?? ""))
    .filter((file) => file !== __filename)
    .filter((file) => /\.\.\/(?:\.\.\/)*shared\b|"shared\/(?:seeds|schemas|ooxml)/.test(readFileSync(file, "utf8")))
    .map((file) => relative(ROOT, file));
  expect(offending).toEqual([]);
});

it("keeps the seed texts and schemas the tests read", () => {
  const seeds = readdirSync(join(ROOT, "test/data/seeds")).filter((name) => name.endsWith(".txt"));
  expect(seeds).toHaveLength(5);
  for (const schema of [
    "office-addin-manifest/OfficeAppManifestV1_1.xsd",
    "ooxml/schemas/ISO-IEC29500-4_2016/sml.xsd",
  ]) {
    expect(statSync(join(ROOT, "schemas", schema)).size).toBeGreaterThan(1000);
  }
});
