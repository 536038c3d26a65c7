/** The offline manifest check must pass the real manifest and fail broken copies, each for its reason and line. */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(__dirname, "../..");
const script = path.join(root, "scripts/validate-manifest.mjs");
const original = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");

interface Options {
  env?: Record<string, string>;
  /** Files written to assets/ beside the copied manifest (they take precedence over the repository's). */
  assets?: Record<string, Buffer>;
}

function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [script, ...args], { encoding: "utf8", env: { ...process.env, ...env } });
  return { status: result.status, output: result.stdout + result.stderr };
}

function validate(xml: string, { env = {}, assets = {} }: Options = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tassei-manifest-test-"));
  try {
    const file = path.join(dir, "manifest.xml");
    fs.writeFileSync(file, xml);
    if (Object.keys(assets).length > 0) fs.mkdirSync(path.join(dir, "assets"));
    for (const [name, bytes] of Object.entries(assets)) fs.writeFileSync(path.join(dir, "assets", name), bytes);
    return run([file], env);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function broken(from: string, to: string): string {
  expect(original).toContain(from);
  return original.replace(from, to);
}

/** The 1-based line of the first occurrence of `needle` in `text`. */
function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  expect(at).toBeGreaterThanOrEqual(0);
  return text.slice(0, at).split("\n").length;
}

it("accepts the real manifest", () => {
  const { status, output } = validate(original);
  expect(output).toContain("manifest valid");
  expect(status).toBe(0);
});

it("rejects an unknown element inside VersionOverrides in both XSD passes, at its line", () => {
  const xml = broken("<Hosts>\n      <Host xsi:type", "<Bogus/>\n    <Hosts>\n      <Host xsi:type");
  const { status, output } = validate(xml);
  expect(status).toBe(1);
  const line = lineOf(xml, "<Bogus/>");
  expect(output).toMatch(new RegExp(`\\[xsd manifest\\] line ${line}: .*Bogus`));
  // The fragment pass keeps the manifest's line numbers.
  expect(output).toMatch(new RegExp(`\\[xsd VersionOverrides\\] line ${line}: .*Bogus`));
});

it("reports malformed XML with its line instead of crashing", () => {
  const xml = broken('<Label resid="Group.Label"/>', '<Label resid="Group.Label">');
  const { status, output } = validate(xml);
  expect(status).toBe(1);
  expect(output).toMatch(/\[xml\] line \d+: <\/Group> closes <Label> \(line \d+\)/);
  expect(output).toContain(`(line ${lineOf(xml, '<Label resid="Group.Label">')})`);
});

it("rejects a resid that points nowhere, at its line", () => {
  const xml = broken('<Label resid="Grade.Label"/>', '<Label resid="Grade.Missing"/>');
  const { status, output } = validate(xml);
  expect(status).toBe(1);
  expect(output).toContain(
    `[resources] line ${lineOf(xml, "Grade.Missing")}: resid "Grade.Missing" points at no bt:String in bt:ShortStrings`,
  );
});

it("rejects a resid naming a resource of the wrong kind (XSD cannot tell)", () => {
  const { status, output } = validate(broken('<Label resid="Grade.Label"/>', '<Label resid="Grade.Tooltip"/>'));
  expect(status).toBe(1);
  expect(output).toContain('resid "Grade.Tooltip" is a bt:String in bt:LongStrings, but <Label> needs');
});

it("rejects a resource nobody uses", () => {
  const { status, output } = validate(
    broken(
      "</bt:Urls>",
      '  <bt:Url id="Unused.Url" DefaultValue="https://localhost:3000/unused.html"/>\n      </bt:Urls>',
    ),
  );
  expect(status).toBe(1);
  expect(output).toContain('bt:Url "Unused.Url" is never used');
});

it("demands ReadWriteDocument, although broader permissions are valid XSD", () => {
  const xml = broken("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadAllDocument</Permissions>");
  const { status, output } = validate(xml);
  expect(status).toBe(1);
  expect(output).toContain(
    `[permissions] line ${lineOf(xml, "<Permissions>")}: Permissions must be ReadWriteDocument, found ReadAllDocument`,
  );
  expect(output).not.toContain("[xsd");
});

it("rejects an icon URL whose file has another size", () => {
  const { status, output } = validate(broken("assets/grade-16.png", "assets/grade-32.png"));
  expect(status).toBe(1);
  expect(output).toContain("assets/grade-32.png should be 16×16 px, is 32×32");
});

it("reads the icons beside the manifest first, and rejects one of the wrong size", () => {
  const tooBig = fs.readFileSync(path.join(root, "assets/icon-32.png"));
  const { status, output } = validate(original, { assets: { "grade-16.png": tooBig } });
  expect(status).toBe(1);
  expect(output).toContain("assets/grade-16.png should be 16×16 px, is 32×32");
});

it("rejects an icon that is not a PNG or does not exist", () => {
  const notPng = validate(original, { assets: { "icon-80.png": Buffer.from("<svg/>") } });
  expect(notPng.status).toBe(1);
  expect(notPng.output).toContain("assets/icon-80.png should be 80×80 px, is not a PNG");
  const missing = validate(broken("assets/grade-80.png", "assets/grade-81.png"));
  expect(missing.status).toBe(1);
  expect(missing.output).toContain("assets/grade-81.png does not exist");
});

it("rejects a URL that is not https", () => {
  const { status, output } = validate(
    broken('<SupportUrl DefaultValue="https://', '<SupportUrl DefaultValue="http://'),
  );
  expect(status).toBe(1);
  expect(output).toContain("must be an https:// URL");
});

it("rejects a string without its English override", () => {
  const { status, output } = validate(broken('\n          <bt:Override Locale="en-US" Value="Open Tassei"/>', ""));
  expect(status).toBe(1);
  expect(output).toContain('bt:String in bt:ShortStrings "Open.Label" has no en-US Override');
});

it("rejects a ribbon button whose page is not the shared runtime's", () => {
  const { status, output } = validate(
    broken('<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="GetStarted.LearnMoreUrl"/>'),
  );
  expect(status).toBe(1);
  expect(output).toContain('FunctionFile must use the shared runtime\'s resid "Taskpane.Url"');
});

it("rejects a ribbon function the code does not register", () => {
  const { status, output } = validate(broken("<FunctionName>gradeActiveSheet<", "<FunctionName>gradeSomething<"));
  expect(status).toBe(1);
  expect(output).toContain("gradeSomething is not registered");
});

it("fails, naming the folder, when the schemas are absent: an unchecked manifest never passes", () => {
  const missing = path.join(os.tmpdir(), "no-such-schemas");
  const { status, output } = validate(original, { env: { TASSEI_MANIFEST_SCHEMAS: missing } });
  expect(output).toContain(`schemas not found at ${missing}: the manifest cannot be checked`);
  expect(status).toBe(2);
});

it("finds the schemas in the repository itself, not beside it", () => {
  expect(fs.existsSync(path.resolve(__dirname, "../../schemas/office-addin-manifest/OfficeAppManifestV1_1.xsd"))).toBe(
    true,
  );
});

it("fails with the install command when xmllint is missing", () => {
  const emptyBin = fs.mkdtempSync(path.join(os.tmpdir(), "tassei-no-xmllint-"));
  try {
    const { status, output } = validate(original, { env: { PATH: emptyBin } });
    expect(output).toContain("apt-get install -y libxml2-utils");
    expect(status).toBe(2);
  } finally {
    fs.rmSync(emptyBin, { recursive: true, force: true });
  }
});

it("exits 2 on wrong usage", () => {
  expect(run([]).status).toBe(2);
  expect(run(["a.xml", "b.xml"]).status).toBe(2);
  expect(run([path.join(os.tmpdir(), "no-such-manifest.xml")]).status).toBe(2);
});
