// `npm run bench`: builds the production bundle and the bench scripts, runs every bench/*.bench.ts in
// its own node process (so one bench's heap and JIT state do not colour the next), and prints their lines.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const only = process.argv.slice(2);
const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { cwd: root, stdio: "inherit", ...opts });

run(process.execPath, [path.join(root, "node_modules/webpack/bin/webpack.js"), "--mode", "production"], {
  stdio: ["ignore", "ignore", "inherit"],
});
run(process.execPath, [path.join(root, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.bench.json"]);
// Excel's rules (@tassei/excel-rules, TypeScript like every workspace package) compiled where the compiled
// benches find the package: dist/bench/node_modules, as the command line's are in dist/cli/node_modules.
run(process.execPath, [
  path.join(root, "node_modules/typescript/bin/tsc"),
  "-p",
  "tsconfig.cli-excel-rules.json",
  "--outDir",
  "dist/bench/node_modules/@tassei/excel-rules",
]);

const benches = fs
  .readdirSync(path.join(root, "bench"))
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
for (const file of benches) {
  console.log(`# ${file}`);
  run(process.execPath, ["--expose-gc", path.join(root, "dist/bench/bench", file.replace(/\.ts$/, ".js"))]);
}
