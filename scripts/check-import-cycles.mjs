// The import-cycle gate (#17): no module in src/, nor in a workspace package (packages/*), may need itself,
// through other modules, when it loads.
// A cycle makes the order modules run in depend on which one is imported first — a class or constant can
// be undefined at the moment another module reads it — and it ties the modules together so neither can be
// understood, tested or moved alone. Only the in-memory Excel's object model
// (packages/in-memory-excel/src/office) may cycle: Range, Worksheet, Table and Chart refer to each other
// there as Excel's own objects do.
//
// Counts only imports that run: `import type`, `export type` and specifiers marked `type` are erased
// when compiled, and `import()` loads later, on demand, so neither can tie the load order. An import
// written without `type` counts even when only types are used from it — mark it, so the reader knows too.
//
// Usage: node scripts/check-import-cycles.mjs [folder [allowed]] — checks folder, where only its subfolder
// allowed (none if not given) may cycle; without arguments, the repository's src (no folder may cycle),
// packages/excel-rules/src (none may) and packages/in-memory-excel/src (its office folder may). Imports that
// leave the folder are not followed, and none can close a cycle between them: lint keeps the packages from
// importing src/, src/core from importing the in-memory Excel, and Excel's rules from importing anything.
// Prints each cycle as a list of files and exits 1 when there is any.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CHECKS =
  process.argv.length > 2
    ? [{ root: process.argv[2], allowed: process.argv[3] }]
    : [
        { root: path.join(repo, "src") },
        { root: path.join(repo, "packages", "excel-rules", "src") },
        { root: path.join(repo, "packages", "in-memory-excel", "src"), allowed: "office" },
      ];
const EXTENSIONS = [".ts", ".tsx", ".mts", ".js", ".mjs"];

function sourceFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return EXTENSIONS.includes(path.extname(entry.name)) && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

/** The file a relative specifier names, as the bundler resolves it; undefined for packages and assets. */
function resolve(from, specifier) {
  if (!specifier.startsWith(".")) return undefined;
  const base = path.resolve(path.dirname(from), specifier);
  // "./x.js" written for Node's resolution names ./x.ts.
  const stem = base.replace(/\.(m?js)$/, "");
  const candidates = [
    base,
    ...EXTENSIONS.map((ext) => stem + ext),
    ...EXTENSIONS.map((ext) => path.join(base, `index${ext}`)),
  ];
  return candidates.find((file) => fs.existsSync(file) && fs.statSync(file).isFile());
}

/** True when an import or export declaration is erased at compile time. */
function typeOnly(node) {
  if (ts.isImportDeclaration(node)) {
    const clause = node.importClause;
    if (!clause) return false; // import "./x": run for its effects
    if (clause.isTypeOnly) return true;
    // import { type A, type B } from "./x" without a default import is erased entirely.
    const bindings = clause.namedBindings;
    return (
      !clause.name &&
      bindings !== undefined &&
      ts.isNamedImports(bindings) &&
      bindings.elements.length > 0 &&
      bindings.elements.every((element) => element.isTypeOnly)
    );
  }
  if (node.isTypeOnly) return true;
  const clause = node.exportClause;
  return (
    clause !== undefined &&
    ts.isNamedExports(clause) &&
    clause.elements.length > 0 &&
    clause.elements.every((element) => element.isTypeOnly)
  );
}

/** The files of root that a file imports at run time. */
function runtimeImports(root, file) {
  const text = fs.readFileSync(file, "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const targets = new Set();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) && !ts.isExportDeclaration(statement)) continue;
    if (!statement.moduleSpecifier || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    if (typeOnly(statement)) continue;
    const target = resolve(file, statement.moduleSpecifier.text);
    // A JSON file or other asset imports nothing, so it cannot close a cycle.
    if (target && target.startsWith(root + path.sep) && EXTENSIONS.includes(path.extname(target))) targets.add(target);
  }
  return [...targets];
}

/** Tarjan's strongly connected components: each is a set of files that all reach each other. */
function components(graph) {
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const found = [];
  let next = 0;
  function visit(node) {
    index.set(node, next);
    low.set(node, next);
    next += 1;
    stack.push(node);
    onStack.add(node);
    for (const target of graph.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node), low.get(target)));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node), index.get(target)));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    found.push(component);
  }
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

/** The shortest way from start back to itself, staying inside one component: [start, …, start]. */
function shortestCycle(graph, component, start) {
  const members = new Set(component);
  const cameFrom = new Map();
  const queue = [start];
  for (let i = 0; i < queue.length; i += 1) {
    const node = queue[i];
    for (const target of graph.get(node) ?? []) {
      if (!members.has(target)) continue;
      if (target === start) {
        const cycle = [start];
        for (let step = node; step !== start; step = cameFrom.get(step)) cycle.unshift(step);
        return [start, ...cycle];
      }
      if (!cameFrom.has(target)) {
        cameFrom.set(target, node);
        queue.push(target);
      }
    }
  }
  return [start];
}

/** Prints the cycles of one folder; true when there is none outside its allowed subfolder. */
function check(folder, allowedFolder) {
  const root = path.resolve(folder);
  const ALLOWED = allowedFolder === undefined ? undefined : path.join(root, allowedFolder);
  const graph = new Map(sourceFiles(root).map((file) => [file, runtimeImports(root, file)]));
  // Named from the repository (packages/in-memory-excel/src/model/tables.ts), or from the folder's parent
  // for a folder elsewhere (src/model/tables.ts).
  const base = root.startsWith(repo + path.sep) ? repo : path.dirname(root);
  const relative = (file) => path.relative(base, file).split(path.sep).join("/");
  const allowed = (file) => ALLOWED !== undefined && file.startsWith(ALLOWED + path.sep);
  const where = ALLOWED === undefined ? relative(root) : `${relative(root)} outside ${relative(ALLOWED)}`;

  // A component wholly inside the object model is allowed; any other with more than one file (or a file
  // importing itself) is a cycle. Each file outside the object model is shown in the shortest cycle
  // through it, so every import to rework is seen.
  const cycles = new Map();
  for (const component of components(graph)) {
    const selfImport = component.length === 1 && graph.get(component[0]).includes(component[0]);
    if ((component.length === 1 && !selfImport) || component.every(allowed)) continue;
    for (const file of component.filter((member) => !allowed(member)).sort()) {
      const cycle = shortestCycle(graph, component, file).map(relative);
      const key = cycle.slice(0, -1).sort().join("\n");
      if (!cycles.has(key)) cycles.set(key, cycle);
    }
  }

  if (cycles.size > 0) {
    const only = ALLOWED === undefined ? "no folder may cycle" : `only ${relative(ALLOWED)} may cycle`;
    console.error(`${cycles.size} import cycle(s) in ${relative(root)} (${only}):`);
    for (const cycle of cycles.values()) console.error(`  ${cycle.join("\n    → ")}\n`);
    return false;
  }
  console.log(`No import cycles in ${where}.`);
  return true;
}

// Every folder is checked, so one run reports all of them.
const results = CHECKS.map(({ root, allowed }) => check(root, allowed));
process.exit(results.every(Boolean) ? 0 : 1);
