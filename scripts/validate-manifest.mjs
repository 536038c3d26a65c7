#!/usr/bin/env node
// Offline validation of manifest.xml (office-addin-manifest's own `validate` calls an online service).
//   pass 1: the whole manifest against Microsoft's XSDs (xmllint --nonet)
//   pass 2: the VersionOverrides part on its own against TaskPaneAppVersionOverridesV1_0.xsd
//   pass 3: what XSD cannot say: resids resolve to a resource of the right kind, icons exist at their
//           sizes, string lengths, en-US overrides, https, ReadWriteDocument, the shared runtime's URL,
//           the ribbon function names the code registers.
// Schemas: schemas/office-addin-manifest in this repository (override: TASSEI_MANIFEST_SCHEMAS).
// Where they are absent, passes 1–2 are SKIPPED and said so loudly; pass 3 still runs.
// Every error is printed as `[pass] line N: message`.
// Exit: 0 valid, 1 invalid, 2 usage or xmllint missing.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SCHEMAS = process.env.TASSEI_MANIFEST_SCHEMAS ?? path.resolve(ROOT, "schemas/office-addin-manifest");
const FULL_SCHEMA = "OfficeAppManifestV1_1.xsd";
const VERSION_OVERRIDES_SCHEMA = "TaskPaneAppVersionOverridesV1_0.xsd";

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
  xmlns: "http://www.w3.org/2000/xmlns/",
  xml: "http://www.w3.org/XML/1998/namespace",
};

/** What Tassei ships: Japanese by default, and English for every string. */
const REQUIRED_OVERRIDE_LOCALES = ["en-US"];
const REQUIRED_PERMISSIONS = "ReadWriteDocument";
/** Office's own limits (bt:ReferenceId, bt:ShortString, bt:LongString), checked even without the XSDs. */
const MAX_RESID = 32;
const MAX_SHORT = 125;
const MAX_LONG = 250;
/** Where the ribbon functions are registered with Office.actions.associate. */
const COMMANDS_DIR = path.join(ROOT, "src/commands");

// ---------------------------------------------------------------------------------------------------
// A small namespace-aware XML reader that keeps line numbers (Node has no XML parser, and pass 3 must
// say where each problem is). Manifests have no DTD, so a DOCTYPE is refused rather than half-handled.

class XmlError extends Error {
  constructor(line, message) {
    super(message);
    this.line = line;
  }
}

const ENTITIES = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decodeEntities(raw, line) {
  return raw.replace(/&([^;&\s]*);?/g, (whole, name) => {
    if (!whole.endsWith(";")) throw new XmlError(line, `unterminated entity "${whole}"`);
    if (name in ENTITIES) return ENTITIES[name];
    const code = /^#x([0-9a-f]+)$/i.exec(name)?.[1] ?? /^#([0-9]+)$/.exec(name)?.[1];
    if (code !== undefined) return String.fromCodePoint(parseInt(code, name[1] === "x" ? 16 : 10));
    throw new XmlError(line, `unknown entity "&${name};"`);
  });
}

/** Parses `text` into elements { name, ns, local, attrs, children, text, line, start, end, openEnd, scope }. */
function parseXml(text) {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") lineStarts.push(i + 1);
  const lineAt = (offset) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };

  const resolve = (qname, scope, line, isAttribute) => {
    const colon = qname.indexOf(":");
    const prefix = colon < 0 ? "" : qname.slice(0, colon);
    const local = colon < 0 ? qname : qname.slice(colon + 1);
    if (prefix === "" && isAttribute) return { ns: "", local };
    if (prefix === "xml") return { ns: NS.xml, local };
    const ns = scope.get(prefix);
    if (ns === undefined && prefix !== "") throw new XmlError(line, `undeclared namespace prefix "${prefix}"`);
    return { ns: ns ?? "", local };
  };

  let root;
  const stack = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < text.length) {
    const lt = text.indexOf("<", i);
    const chunk = text.slice(i, lt < 0 ? text.length : lt);
    if (chunk.length > 0) {
      const parent = stack[stack.length - 1];
      if (parent) parent.text += decodeEntities(chunk, lineAt(i));
      else if (chunk.trim() !== "") throw new XmlError(lineAt(i), "text outside the root element");
    }
    if (lt < 0) break;
    i = lt;
    const line = lineAt(i);
    const closeWith = (marker, what) => {
      const end = text.indexOf(marker, i);
      if (end < 0) throw new XmlError(line, `unterminated ${what}`);
      return end + marker.length;
    };
    if (text.startsWith("<!--", i)) {
      i = closeWith("-->", "comment");
    } else if (text.startsWith("<![CDATA[", i)) {
      const end = closeWith("]]>", "CDATA section");
      const parent = stack[stack.length - 1];
      if (!parent) throw new XmlError(line, "CDATA outside the root element");
      parent.text += text.slice(i + 9, end - 3);
      i = end;
    } else if (text.startsWith("<?", i)) {
      i = closeWith("?>", "processing instruction");
    } else if (text.startsWith("<!", i)) {
      throw new XmlError(line, "DOCTYPE and other declarations are not allowed in a manifest");
    } else if (text.startsWith("</", i)) {
      const end = closeWith(">", "end tag");
      const name = text.slice(i + 2, end - 1).trim();
      const open = stack.pop();
      if (!open) throw new XmlError(line, `end tag </${name}> without a start tag`);
      if (open.name !== name) throw new XmlError(line, `</${name}> closes <${open.name}> (line ${open.line})`);
      open.end = end;
      i = end;
    } else {
      const tag = /^<([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/.exec(text.slice(i));
      if (!tag) throw new XmlError(line, "malformed start tag");
      const parent = stack[stack.length - 1];
      if (!parent && root) throw new XmlError(line, "a second root element");
      const scope = new Map(parent ? parent.scope : [["xml", NS.xml]]);
      const rawAttrs = [];
      for (const a of tag[2].matchAll(/([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        const value = decodeEntities(a[2] ?? a[3], line);
        if (rawAttrs.some((r) => r.name === a[1])) throw new XmlError(line, `duplicate attribute ${a[1]}`);
        rawAttrs.push({ name: a[1], value });
        if (a[1] === "xmlns") scope.set("", value);
        else if (a[1].startsWith("xmlns:")) scope.set(a[1].slice(6), value);
      }
      const attrs = rawAttrs
        .filter((a) => a.name !== "xmlns" && !a.name.startsWith("xmlns:"))
        .map((a) => ({ ...a, ...resolve(a.name, scope, line, true) }));
      const element = {
        name: tag[1],
        ...resolve(tag[1], scope, line, false),
        attrs,
        declared: rawAttrs.filter((a) => a.name === "xmlns" || a.name.startsWith("xmlns:")).map((a) => a.name),
        children: [],
        text: "",
        line,
        start: i,
        openEnd: i + tag[0].length,
        end: i + tag[0].length,
        scope,
        parent,
      };
      if (parent) parent.children.push(element);
      else root = element;
      if (tag[3] !== "/") stack.push(element);
      i += tag[0].length;
    }
  }
  if (stack.length > 0) {
    const open = stack[stack.length - 1];
    throw new XmlError(open.line, `<${open.name}> is never closed`);
  }
  if (!root) throw new XmlError(1, "no root element");
  return root;
}

const attr = (element, local, ns = "") => element.attrs.find((a) => a.local === local && a.ns === ns)?.value;
const children = (element, ns, local) => element.children.filter((c) => c.ns === ns && c.local === local);
const child = (element, ns, local) => children(element, ns, local)[0];
function* descendants(element) {
  for (const c of element.children) {
    yield c;
    yield* descendants(c);
  }
}

// ---------------------------------------------------------------------------------------------------
// Passes 1 and 2: xmllint against the XSDs.

function xmllintAvailable() {
  const probe = spawnSync("xmllint", ["--version"], { encoding: "utf8" });
  return !probe.error;
}

/** Runs xmllint --schema and turns its `file:line: …` lines into errors. */
function xsdPass(pass, schema, file) {
  const run = spawnSync("xmllint", ["--nonet", "--noout", "--schema", schema, file], { encoding: "utf8" });
  if (run.status === 0) return [];
  const errors = [];
  for (const text of run.stderr.split("\n")) {
    if (text.trim() === "" || text.endsWith(" fails to validate") || text.endsWith(" validates")) continue;
    const located = /^(.*?):(\d+): (.*)$/.exec(text);
    // Continuation lines (libxml2 echoes the offending source line and a caret) carry no message of their own.
    if (!located && /^\s*\^?\s*$/.test(text)) continue;
    errors.push(located ? { pass, line: Number(located[2]), message: located[3] } : { pass, message: text });
  }
  if (run.status === 5) errors.push({ pass, message: `schema ${schema} failed to compile` });
  if (errors.length === 0) errors.push({ pass, message: `xmllint exited with status ${run.status}` });
  return errors;
}

/**
 * The VersionOverrides element as a document of its own, on the same lines as in the manifest: blank lines
 * stand in for what precedes it, and the namespaces it inherits are declared on it again (the trick in
 * the schema README, done on the source text so line numbers survive).
 */
function versionOverridesDocument(text, versionOverrides) {
  const inherited = [...versionOverrides.scope]
    .filter(([prefix]) => prefix !== "xml")
    .map(([prefix, uri]) => ({ name: prefix === "" ? "xmlns" : `xmlns:${prefix}`, uri }))
    .filter(({ name }) => !versionOverrides.declared.includes(name))
    .map(({ name, uri }) => ` ${name}="${uri.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}"`)
    .join("");
  const nameEnd = versionOverrides.start + 1 + versionOverrides.name.length;
  return (
    "\n".repeat(versionOverrides.line - 1) +
    text.slice(versionOverrides.start, nameEnd) +
    inherited +
    text.slice(nameEnd, versionOverrides.end) +
    "\n"
  );
}

// ---------------------------------------------------------------------------------------------------
// Pass 3: what the schemas cannot check.

const KINDS = {
  image: { section: "Images", element: "Image", label: "bt:Image" },
  url: { section: "Urls", element: "Url", label: "bt:Url" },
  short: { section: "ShortStrings", element: "String", label: "bt:String in bt:ShortStrings" },
  long: { section: "LongStrings", element: "String", label: "bt:String in bt:LongStrings" },
};

/** Which kind of resource an element's resid must name, from the element's own name. */
function expectedKind(element) {
  if (element.ns === NS.bt && element.local === "Image") return "image";
  if (["Runtime", "FunctionFile", "SourceLocation", "LearnMoreUrl"].includes(element.local)) return "url";
  if (["Label", "Title", "Namespace"].includes(element.local)) return "short";
  if (element.local === "Description") return "long";
  return undefined;
}

function pngSize(file) {
  const bytes = fs.readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature) || bytes.toString("ascii", 12, 16) !== "IHDR") {
    return undefined;
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * The file an icon URL is served from: its path's assets/… part, beside the manifest (a build's dist/, whatever
 * host it is deployed at), else in the repository.
 */
function localAsset(url, manifestDir) {
  const match = /^https:\/\/[^/?#]+\/(?:[^?#]*\/)?(assets\/[^/?#]+)$/.exec(url);
  if (!match) return undefined;
  const relative = decodeURIComponent(match[1]);
  const candidates = [path.join(manifestDir, relative), path.join(ROOT, relative)];
  return { relative, file: candidates.find((f) => fs.existsSync(f)) };
}

/** String literals in the ribbon code, so that a FunctionName the code does not register is caught. */
function registeredFunctionSource() {
  if (!fs.existsSync(COMMANDS_DIR)) return undefined;
  return fs
    .readdirSync(COMMANDS_DIR)
    .filter((f) => /\.[cm]?[jt]sx?$/.test(f))
    .map((f) => fs.readFileSync(path.join(COMMANDS_DIR, f), "utf8"))
    .join("\n");
}

/** DefaultValue and every Override Value of a locale-aware setting, each with the element that holds it. */
function settingValues(setting) {
  return [
    { owner: setting, value: attr(setting, "DefaultValue") },
    ...children(setting, setting.ns, "Override").map((o) => ({ owner: o, value: attr(o, "Value") })),
  ];
}

/** A string setting: not empty, within Office's length limit, and translated into every shipped locale. */
function checkString(fail, setting, what, max) {
  for (const { owner, value } of settingValues(setting)) {
    const length = value === undefined ? 0 : [...value].length;
    if (length === 0) fail("strings", owner, `${what} has an empty value`);
    else if (length > max) fail("strings", owner, `${what} is ${length} characters long, at most ${max} allowed`);
  }
  const locales = children(setting, setting.ns, "Override").map((o) => attr(o, "Locale"));
  for (const locale of REQUIRED_OVERRIDE_LOCALES) {
    if (!locales.includes(locale)) fail("strings", setting, `${what} has no ${locale} Override`);
  }
}

function checkBase(fail, root) {
  if (attr(root, "type", NS.xsi) !== "TaskPaneApp") fail("manifest", root, 'OfficeApp must be xsi:type="TaskPaneApp"');
  // Exactly what reading and writing the workbook needs; ReadAllDocument and the like are valid XSD too.
  const permissions = child(root, NS.app, "Permissions");
  const granted = permissions?.text.trim();
  if (granted !== REQUIRED_PERMISSIONS) {
    fail("permissions", permissions ?? root, `Permissions must be ${REQUIRED_PERMISSIONS}, found ${granted ?? "none"}`);
  }
  for (const [local, max] of [
    ["DisplayName", MAX_SHORT],
    ["Description", MAX_LONG],
  ]) {
    const setting = child(root, NS.app, local);
    if (setting) checkString(fail, setting, local, max);
    else fail("manifest", root, `${local} is missing`);
  }
}

/** The bt:Images, bt:Urls, bt:ShortStrings and bt:LongStrings, by kind then id. */
function collectResources(fail, versionOverrides) {
  const resources = new Map(Object.keys(KINDS).map((k) => [k, new Map()]));
  const section = versionOverrides && child(versionOverrides, NS.ov, "Resources");
  for (const [kind, { section: name, element: local, label }] of section ? Object.entries(KINDS) : []) {
    for (const resource of children(section, NS.bt, name).flatMap((group) => children(group, NS.bt, local))) {
      const id = attr(resource, "id") ?? "";
      if (id.length === 0 || id.length > MAX_RESID) {
        fail("resources", resource, `${label} id "${id}" must be 1 to ${MAX_RESID} characters long`);
      }
      if (resources.get(kind).has(id)) fail("resources", resource, `${label} id "${id}" is defined twice`);
      resources.get(kind).set(id, resource);
      if (kind === "short" || kind === "long") {
        checkString(fail, resource, `${label} "${id}"`, kind === "short" ? MAX_SHORT : MAX_LONG);
      }
    }
  }
  return resources;
}

/** Every resid names a resource of the kind its element needs, and every resource is used. */
function checkResids(fail, versionOverrides, resources) {
  const referenced = [];
  const used = new Set();
  const kindOf = (resid) => [...resources].find(([, ids]) => ids.has(resid))?.[0];
  for (const element of versionOverrides ? descendants(versionOverrides) : []) {
    const resid = attr(element, "resid");
    if (resid === undefined) continue;
    if (resid.length === 0 || resid.length > MAX_RESID) {
      fail("resources", element, `resid "${resid}" must be 1 to ${MAX_RESID} characters long`);
    }
    const want = expectedKind(element);
    const found = want && resources.get(want).has(resid) ? want : kindOf(resid);
    if (!found) {
      fail("resources", element, `resid "${resid}" points at no ${want ? KINDS[want].label : "resource"}`);
      continue;
    }
    used.add(`${found}:${resid}`);
    if (want && found !== want) {
      const needs = `<${element.local}> needs a ${KINDS[want].label}`;
      fail("resources", element, `resid "${resid}" is a ${KINDS[found].label}, but ${needs}`);
      continue;
    }
    referenced.push({ element, kind: found, resid });
  }
  for (const [kind, ids] of resources) {
    for (const [id, resource] of ids) {
      if (!used.has(`${kind}:${id}`)) fail("resources", resource, `${KINDS[kind].label} "${id}" is never used`);
    }
  }
  return referenced;
}

/** Every URL Office fetches is https. */
function checkHttps(fail, root, resources) {
  const settings = [
    ...["IconUrl", "HighResolutionIconUrl", "SupportUrl"].flatMap((l) => children(root, NS.app, l)),
    ...children(root, NS.app, "DefaultSettings").flatMap((d) => children(d, NS.app, "SourceLocation")),
    ...resources.get("image").values(),
    ...resources.get("url").values(),
  ];
  for (const setting of settings) {
    for (const { owner, value } of settingValues(setting)) {
      if (value !== undefined && !value.startsWith("https://")) {
        fail("urls", owner, `${setting.local} "${value}" must be an https:// URL`);
      }
    }
  }
}

/** Every picture Office shows exists in assets/ as a PNG of the size it is shown at. */
function checkIcons(fail, root, resources, referenced, manifestDir) {
  const icons = [
    ...children(root, NS.app, "IconUrl").map((setting) => ({ setting, size: 32, user: setting })),
    ...children(root, NS.app, "HighResolutionIconUrl").map((setting) => ({ setting, size: 64, user: setting })),
  ];
  const sizes = new Map();
  for (const { element, kind, resid } of referenced) {
    if (kind !== "image") continue;
    const size = Number(attr(element, "size"));
    const earlier = sizes.get(resid);
    if (!Number.isInteger(size) || size <= 0) {
      fail("icons", element, `bt:Image "${resid}" needs a whole-number size`);
    } else if (earlier !== undefined && earlier !== size) {
      fail("icons", element, `bt:Image "${resid}" is used at ${earlier} px and at ${size} px`);
    } else if (earlier === undefined) {
      sizes.set(resid, size);
      icons.push({ setting: resources.get("image").get(resid), size, user: element });
    }
  }
  for (const { setting, size, user } of icons) {
    for (const { owner, value: url } of settingValues(setting)) {
      if (url === undefined) continue;
      const asset = localAsset(url, manifestDir);
      if (!asset) {
        fail("icons", owner, `icon URL does not point at a file in assets/: ${url}`);
      } else if (!asset.file) {
        fail("icons", owner, `${asset.relative} does not exist`);
      } else {
        const actual = pngSize(asset.file);
        if (!actual || actual.width !== size || actual.height !== size) {
          const is = actual ? `${actual.width}×${actual.height}` : "not a PNG";
          fail("icons", user, `${asset.relative} should be ${size}×${size} px, is ${is}`);
        }
      }
    }
  }
}

/** One long-lived page serves the pane and the ribbon functions: every way in must name that page. */
function checkSharedRuntime(fail, root, versionOverrides, resources) {
  const host = versionOverrides && [...descendants(versionOverrides)].find((e) => e.ns === NS.ov && e.local === "Host");
  const runtimes = host ? children(host, NS.ov, "Runtimes").flatMap((r) => children(r, NS.ov, "Runtime")) : [];
  if (runtimes.length === 0) return;
  const shared = runtimes.find((r) => attr(r, "lifetime") === "long");
  if (!shared) fail("runtime", runtimes[0], 'the shared runtime needs lifetime="long"');
  const sharedResid = attr(shared ?? runtimes[0], "resid");
  const requirements = child(versionOverrides, NS.ov, "Requirements");
  const sets = requirements ? [...descendants(requirements)].filter((e) => e.local === "Set") : [];
  if (!sets.some((s) => attr(s, "Name") === "SharedRuntime")) {
    fail("runtime", requirements ?? versionOverrides, "Runtimes need the SharedRuntime requirement set");
  }
  for (const element of descendants(host)) {
    const opensThePage =
      element.local === "FunctionFile" ||
      (element.local === "SourceLocation" && attr(element.parent, "type", NS.xsi)?.endsWith("ShowTaskpane"));
    if (opensThePage && attr(element, "resid") !== sharedResid) {
      fail("runtime", element, `${element.local} must use the shared runtime's resid "${sharedResid}"`);
    }
  }
  const runtimePage = attr(resources.get("url").get(sharedResid) ?? root, "DefaultValue");
  const defaults = child(root, NS.app, "DefaultSettings");
  const panePage = defaults && attr(child(defaults, NS.app, "SourceLocation") ?? defaults, "DefaultValue");
  if (runtimePage && panePage && runtimePage !== panePage) {
    const where = resources.get("url").get(sharedResid);
    fail("runtime", where, `the shared runtime's page ${runtimePage} differs from the task pane's ${panePage}`);
  }
}

/** Each ExecuteFunction's FunctionName is a string literal in the ribbon code (Office.actions.associate). */
function checkFunctionNames(fail, versionOverrides) {
  const names = versionOverrides ? [...descendants(versionOverrides)].filter((e) => e.local === "FunctionName") : [];
  if (names.length === 0) return;
  const source = registeredFunctionSource();
  const where = path.relative(ROOT, COMMANDS_DIR);
  for (const element of names) {
    const name = element.text.trim();
    if (source === undefined) fail("commands", element, `cannot check FunctionName ${name}: ${where} not found`);
    else if (!source.includes(`"${name}"`) && !source.includes(`'${name}'`)) {
      fail("commands", element, `FunctionName ${name} is not registered in ${where}`);
    }
  }
}

function semanticPass(root, manifestDir) {
  const errors = [];
  const fail = (pass, element, message) => errors.push({ pass, line: element?.line, message });
  if (root.ns !== NS.app || root.local !== "OfficeApp") {
    fail("manifest", root, `the root element must be OfficeApp in ${NS.app}`);
    return errors;
  }
  const versionOverrides = child(root, NS.ov, "VersionOverrides");
  checkBase(fail, root);
  const resources = collectResources(fail, versionOverrides);
  const referenced = checkResids(fail, versionOverrides, resources);
  checkHttps(fail, root, resources);
  checkIcons(fail, root, resources, referenced, manifestDir);
  checkSharedRuntime(fail, root, versionOverrides, resources);
  checkFunctionNames(fail, versionOverrides);
  return errors;
}

// ---------------------------------------------------------------------------------------------------

function main() {
  const args = process.argv.slice(2);
  if (args.length !== 1 || args[0].startsWith("-")) {
    console.error("usage: node scripts/validate-manifest.mjs <manifest.xml>");
    return 2;
  }
  const manifestPath = args[0];
  if (!fs.existsSync(manifestPath)) {
    console.error(`manifest not found: ${manifestPath}`);
    return 2;
  }
  const text = fs.readFileSync(manifestPath, "utf8");
  const errors = [];

  let root;
  try {
    root = parseXml(text);
  } catch (error) {
    if (!(error instanceof XmlError)) throw error;
    errors.push({ pass: "xml", line: error.line, message: error.message });
  }

  if (!fs.existsSync(path.join(SCHEMAS, FULL_SCHEMA))) {
    // A check that cannot run fails: a manifest that was never checked must not pass as valid.
    console.error(`スキーマが見つかりません / schemas not found at ${SCHEMAS}: the manifest cannot be checked`);
    return 2;
  } else if (!xmllintAvailable()) {
    console.error("xmllint is missing: apt-get install -y libxml2-utils");
    return 2;
  } else if (root) {
    errors.push(...xsdPass("xsd manifest", path.join(SCHEMAS, FULL_SCHEMA), manifestPath));
    const versionOverrides = child(root, NS.ov, "VersionOverrides");
    if (versionOverrides) {
      const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tassei-manifest-"));
      try {
        const fragment = path.join(tmp, path.basename(manifestPath));
        fs.writeFileSync(fragment, versionOverridesDocument(text, versionOverrides));
        errors.push(...xsdPass("xsd VersionOverrides", path.join(SCHEMAS, VERSION_OVERRIDES_SCHEMA), fragment));
      } finally {
        fs.rmSync(tmp, { recursive: true, force: true });
      }
    }
  }

  if (root) errors.push(...semanticPass(root, path.dirname(path.resolve(manifestPath))));

  if (errors.length > 0) {
    console.error(`manifest INVALID: ${manifestPath} (${errors.length} error${errors.length === 1 ? "" : "s"})`);
    for (const { pass, line, message } of errors) {
      console.error(`  [${pass}] ${line === undefined ? "" : `line ${line}: `}${message}`);
    }
    return 1;
  }
  console.log(`manifest valid: ${manifestPath}`);
  return 0;
}

process.exitCode = main();
