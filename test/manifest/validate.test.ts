/** The offline manifest check must pass the real manifest and fail broken copies, each for its reason. */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(__dirname, "../..");
const script = path.join(root, "scripts/validate-manifest.mjs");
const original = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");

function validate(xml: string, env: Record<string, string> = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tassei-manifest-test-"));
  const file = path.join(dir, "manifest.xml");
  fs.writeFileSync(file, xml);
  const result = spawnSync(process.execPath, [script, file], { encoding: "utf8", env: { ...process.env, ...env } });
  fs.rmSync(dir, { recursive: true, force: true });
  return { status: result.status, output: result.stdout + result.stderr };
}

function broken(from: string, to: string): string {
  expect(original).toContain(from);
  return original.replace(from, to);
}

it("accepts the real manifest", () => {
  const { status, output } = validate(original);
  expect(output).toContain("manifest valid");
  expect(status).toBe(0);
});

it("rejects an unknown element inside VersionOverrides", () => {
  const { status, output } = validate(
    broken("<Hosts>\n      <Host xsi:type", "<Bogus/>\n    <Hosts>\n      <Host xsi:type"),
  );
  expect(status).toBe(1);
  expect(output).toMatch(/\[xsd (manifest|VersionOverrides)\].*Bogus/);
});

it("rejects a resid that points nowhere", () => {
  const { status, output } = validate(broken('<Label resid="Grade.Label"/>', '<Label resid="Grade.Missing"/>'));
  expect(status).toBe(1);
  expect(output).toContain('resid "Grade.Missing" points at no');
});

it("demands ReadWriteDocument, although broader permissions are valid XSD", () => {
  const { status, output } = validate(
    broken("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadAllDocument</Permissions>"),
  );
  expect(status).toBe(1);
  expect(output).toContain("Permissions must be ReadWriteDocument");
});

it("rejects an icon of the wrong size", () => {
  const { status, output } = validate(broken("assets/grade-16.png", "assets/grade-32.png"));
  expect(status).toBe(1);
  expect(output).toContain("should be 16×16 px, is 32×32");
});

it("rejects a ribbon function the code does not register", () => {
  const { status, output } = validate(broken("<FunctionName>gradeActiveSheet<", "<FunctionName>gradeSomething<"));
  expect(status).toBe(1);
  expect(output).toContain("gradeSomething is not registered");
});

it("says loudly when the schemas are absent, and still checks the rest", () => {
  const missing = path.join(os.tmpdir(), "no-such-schemas");
  const ok = validate(original, { TASSEI_MANIFEST_SCHEMAS: missing });
  expect(ok.output).toContain("XSD passes SKIPPED");
  expect(ok.status).toBe(0);
  const bad = validate(broken('<Label resid="Grade.Label"/>', '<Label resid="Grade.Missing"/>'), {
    TASSEI_MANIFEST_SCHEMAS: missing,
  });
  expect(bad.output).toContain("XSD passes SKIPPED");
  expect(bad.status).toBe(1);
});
