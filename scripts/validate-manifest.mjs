#!/usr/bin/env node
// Offline validation of manifest.xml (office-addin-manifest's own `validate` calls an online service).
//   pass 1: the whole manifest against Microsoft's XSDs (xmllint, no network)
//   pass 2: the VersionOverrides part on its own against TaskPaneAppVersionOverridesV1_0.xsd
//   pass 3: what XSD cannot say: resids resolve, icons exist at their sizes, string lengths, permissions,
//           the ribbon function name the code registers.
// Schemas are looked up in ../shared/schemas/office-addin-manifest (override: TASSEI_MANIFEST_SCHEMAS).
// Where they are absent, passes 1–2 are SKIPPED and said so loudly; pass 3 still runs.
// Exit: 0 valid, 1 invalid, 2 usage or missing tool.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const manifestPath = process.argv[2];
if (!manifestPath) {
  console.error("usage: node scripts/validate-manifest.mjs <manifest.xml>");
  process.exit(2);
}
if (!fs.existsSync(manifestPath)) {
  console.error(`manifest not found: ${manifestPath}`);
  process.exit(2);
}
const schemas = process.env.TASSEI_MANIFEST_SCHEMAS ?? path.resolve(root, "../shared/schemas/office-addin-manifest");
const errors = [];
const fail = (pass, message) => errors.push(`[${pass}] ${message}`);

const hasXmllint = spawnSync("xmllint", ["--version"]).status === 0;
if (!hasXmllint) {
  console.error("xmllint is missing: apt-get install -y libxml2-utils");
  process.exit(2);
}

const xml = fs.readFileSync(manifestPath, "utf8");

// Well-formedness first: everything else reads the document.
const wellFormed = spawnSync("xmllint", ["--nonet", "--noout", manifestPath], { encoding: "utf8" });
if (wellFormed.status !== 0) fail("xml", wellFormed.stderr.trim());

if (!fs.existsSync(path.join(schemas, "OfficeAppManifestV1_1.xsd"))) {
  console.warn(`スキーマが見つかりません / schemas not found at ${schemas}: XSD passes SKIPPED`);
} else if (wellFormed.status === 0) {
  const full = spawnSync(
    "xmllint",
    ["--nonet", "--noout", "--schema", path.join(schemas, "OfficeAppManifestV1_1.xsd"), manifestPath],
    { encoding: "utf8" },
  );
  if (full.status !== 0) fail("xsd manifest", full.stderr.trim());

  const fragment = execFileSync(
    "xmllint",
    ["--xpath", "/*[local-name()='OfficeApp']/*[local-name()='VersionOverrides']", manifestPath],
    { encoding: "utf8" },
  );
  const withNamespaces = fragment.replace(
    /^<VersionOverrides /,
    '<VersionOverrides xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0" ',
  );
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tassei-manifest-"));
  const fragmentPath = path.join(tmp, "version-overrides.xml");
  fs.writeFileSync(fragmentPath, withNamespaces);
  const vo = spawnSync(
    "xmllint",
    ["--nonet", "--noout", "--schema", path.join(schemas, "TaskPaneAppVersionOverridesV1_0.xsd"), fragmentPath],
    { encoding: "utf8" },
  );
  if (vo.status !== 0) fail("xsd VersionOverrides", vo.stderr.trim());
  fs.rmSync(tmp, { recursive: true, force: true });
}

// Pass 3. The manifest is small and machine-written; attribute scans are enough here.
const ids = new Map();
for (const m of xml.matchAll(/<bt:(Image|Url|String)\s+id="([^"]+)"\s+DefaultValue="([^"]*)"/g)) {
  ids.set(m[2], { kind: m[1], value: m[3] });
}
for (const m of xml.matchAll(/resid="([^"]+)"/g)) {
  const resid = m[1];
  if (resid.length > 32) fail("resources", `resid "${resid}" is longer than 32 characters`);
  if (!ids.has(resid)) fail("resources", `resid "${resid}" points at no bt:Image, bt:Url or bt:String`);
}
const section = (name) => xml.match(new RegExp(`<bt:${name}>([\\s\\S]*?)</bt:${name}>`))?.[1] ?? "";
const checkLengths = (name, max) => {
  for (const m of section(name).matchAll(/(?:DefaultValue|Value)="([^"]*)"/g)) {
    if (m[1].length > max) fail("resources", `${name} value longer than ${max} characters: "${m[1].slice(0, 40)}…"`);
  }
};
checkLengths("ShortStrings", 125);
checkLengths("LongStrings", 250);

const permissions = xml.match(/<Permissions>([^<]*)<\/Permissions>/)?.[1];
if (permissions !== "ReadWriteDocument")
  fail("permissions", `Permissions must be ReadWriteDocument, found ${permissions}`);

const functions = [...xml.matchAll(/<FunctionName>([^<]*)<\/FunctionName>/g)].map((m) => m[1]);
const registered = fs.readFileSync(path.join(root, "src/commands/ribbon.ts"), "utf8");
for (const name of functions) {
  if (!registered.includes(`"${name}"`))
    fail("commands", `FunctionName ${name} is not registered in src/commands/ribbon.ts`);
}

const pngSize = (file) => {
  const bytes = fs.readFileSync(file);
  if (bytes.toString("ascii", 1, 4) !== "PNG") return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
};
const iconUrls = [
  ...[...xml.matchAll(/<bt:Image\s+size="(\d+)"\s+resid="([^"]+)"/g)].map((m) => ({
    size: Number(m[1]),
    url: ids.get(m[2])?.value,
  })),
  ...[...xml.matchAll(/<(IconUrl|HighResolutionIconUrl)\s+DefaultValue="([^"]+)"/g)].map((m) => ({
    size: m[1] === "IconUrl" ? 32 : 64,
    url: m[2],
  })),
];
for (const { size, url } of iconUrls) {
  const local = url?.match(/^https:\/\/localhost:3000\/(assets\/[^"]+\.png)$/)?.[1];
  if (!local) {
    fail("icons", `icon URL is not a local asset: ${url}`);
    continue;
  }
  const file = path.join(path.dirname(path.resolve(manifestPath)), local);
  const fallback = path.join(root, local);
  const found = fs.existsSync(file) ? file : fs.existsSync(fallback) ? fallback : undefined;
  if (!found) {
    fail("icons", `${local} does not exist`);
    continue;
  }
  const actual = pngSize(found);
  if (!actual || actual.width !== size || actual.height !== size) {
    fail(
      "icons",
      `${local} should be ${size}×${size} px, is ${actual ? `${actual.width}×${actual.height}` : "not a PNG"}`,
    );
  }
}

if (errors.length > 0) {
  console.error(`manifest INVALID: ${manifestPath}`);
  for (const e of errors) console.error(`  ${e}`);
  process.exit(1);
}
console.log(`manifest valid: ${manifestPath}`);
