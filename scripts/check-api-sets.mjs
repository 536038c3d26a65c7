// The API-set gate (#16): type-checks the add-in's Office.js code — src/excel, src/commands, src/taskpane —
// against the Office.js typings with every Excel member newer than the manifest's minimum ExcelApi removed.
// The typings tag each member with its "[Api set: ExcelApi 1.x]"; anything newer than the manifest asks
// for may be missing in a city's Excel, so the code may reach it only through src/excel/newer-api.ts,
// behind an isSetSupported check. Exit 1 with tsc's errors when something newer is used directly.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const manifest = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
const minimum = /<Set Name="ExcelApi" MinVersion="(\d+)\.(\d+)"\/>/.exec(manifest);
if (!minimum) throw new Error("manifest.xml names no ExcelApi MinVersion");
const floor = [Number(minimum[1]), Number(minimum[2])];

const typingsPath = path.join(root, "node_modules/@types/office-js/index.d.ts");
const text = fs.readFileSync(typingsPath, "utf8");
const source = ts.createSourceFile(typingsPath, text, ts.ScriptTarget.Latest, true);

/** True when a member's doc comment puts it in an Excel API set above the manifest's minimum. */
function aboveMinimum(node) {
  const comments = ts.getLeadingCommentRanges(text, node.getFullStart()) ?? [];
  const doc = comments.map((c) => text.slice(c.pos, c.end)).join("\n");
  const tag = /\[Api set: (ExcelApi(?:Online|Desktop)?) ([^\]]*)\]/.exec(doc);
  if (!tag) return false;
  // Sets only some hosts have (Excel on the web, desktop) are never guaranteed.
  if (tag[1] !== "ExcelApi") return true;
  // "1.1 for reading visibility; 1.2 for setting it": the member exists from the first version named.
  const version = /(\d+)\.(\d+)/.exec(tag[2]);
  if (!version) return true;
  const [major, minor] = [Number(version[1]), Number(version[2])];
  return major > floor[0] || (major === floor[0] && minor > floor[1]);
}

const REMOVABLE = new Set([
  ts.SyntaxKind.PropertySignature,
  ts.SyntaxKind.MethodSignature,
  ts.SyntaxKind.PropertyDeclaration,
  ts.SyntaxKind.MethodDeclaration,
  ts.SyntaxKind.GetAccessor,
  ts.SyntaxKind.SetAccessor,
  ts.SyntaxKind.ClassDeclaration,
  ts.SyntaxKind.InterfaceDeclaration,
  ts.SyntaxKind.FunctionDeclaration,
]);

const removed = [];
(function visit(node) {
  if (REMOVABLE.has(node.kind) && aboveMinimum(node)) {
    removed.push([node.getFullStart(), node.getEnd()]);
    return;
  }
  ts.forEachChild(node, visit);
})(source);

let trimmed = "";
let cursor = 0;
for (const [start, end] of removed) {
  trimmed += text.slice(cursor, start);
  cursor = end;
}
trimmed += text.slice(cursor);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tassei-api-gate-"));
try {
  fs.mkdirSync(path.join(dir, "types/office-js"), { recursive: true });
  fs.writeFileSync(path.join(dir, "types/office-js/index.d.ts"), trimmed);
  fs.writeFileSync(path.join(dir, "types/office-js/package.json"), '{"name":"@types/office-js","types":"index.d.ts"}');
  const config = {
    extends: path.join(root, "tsconfig.json"),
    compilerOptions: { noEmit: true, typeRoots: [path.join(dir, "types")], types: ["office-js"] },
    include: ["src/excel", "src/commands", "src/taskpane"].map((folder) => path.join(root, folder)),
  };
  fs.writeFileSync(path.join(dir, "tsconfig.json"), JSON.stringify(config));
  console.log(
    `API-set gate: ${removed.length} Office.js declarations above ExcelApi ${floor.join(".")} removed; type-checking the add-in…`,
  );
  try {
    execFileSync(
      process.execPath,
      [path.join(root, "node_modules/typescript/bin/tsc"), "-p", path.join(dir, "tsconfig.json")],
      {
        stdio: "inherit",
      },
    );
  } catch {
    console.error(
      `API-set gate: the add-in uses Office.js newer than the manifest's ExcelApi ${floor.join(".")} directly. ` +
        "Reach it through src/excel/newer-api.ts, after isSetSupported.",
    );
    process.exitCode = 1;
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
