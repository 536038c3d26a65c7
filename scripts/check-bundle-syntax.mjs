// The webview syntax check (#16): every script `npm run build` ships is parsed as the oldest webview Office
// runs add-ins in would parse it — ECMAScript 2022, the language of Safari 16.4's WKWebView (Office on Mac;
// WebView2 on Windows is an evergreen Chromium and reads more). A bundle holding newer syntax (a RegExp
// `v` flag, a hashbang, `using` declarations…) fails here instead of showing a blank pane on a Mac.
// Internet Explorer's engine is not a target: taskpane.html says what to install instead (#16 item 8).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "acorn";

const ECMA_VERSION = 2022;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// A folder may be named (the tests use one); the shipped bundles in dist/ by default.
const dist = path.resolve(process.argv[2] ?? path.join(root, "dist"));
if (!fs.existsSync(dist)) throw new Error("dist/ is missing: run `npm run build` first");
const scripts = fs.readdirSync(dist).filter((name) => name.endsWith(".js"));
if (scripts.length === 0) throw new Error("dist/ holds no scripts: run `npm run build` first");

let failed = 0;
for (const name of scripts) {
  const code = fs.readFileSync(path.join(dist, name), "utf8");
  try {
    parse(code, { ecmaVersion: ECMA_VERSION, sourceType: "script" });
  } catch (error) {
    failed += 1;
    const { line, column } = error.loc ?? {};
    console.error(`${name}:${line}:${column}: not ECMAScript ${ECMA_VERSION}: ${error.message}`);
  }
}
console.log(
  `Webview syntax check: ${scripts.length - failed} of ${scripts.length} scripts parse as ECMAScript ${ECMA_VERSION}.`,
);
if (failed > 0) process.exitCode = 1;
