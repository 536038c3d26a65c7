// Serves the add-in at https://localhost:3000 with webpack-dev-server (built in memory, rebuilt on change).
import path from "node:path";
import { fileURLToPath } from "node:url";
import webpack from "webpack";
import WebpackDevServer from "webpack-dev-server";
import { httpsOptions } from "./certs.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
export const ORIGIN = `https://localhost:${PORT}`;

export async function serve({ mode = "development", onFirstBuild } = {}) {
  const { default: makeConfig } = await import(path.join(root, "webpack.config.js"));
  const config = makeConfig({}, { mode });
  const compiler = webpack({ ...config, infrastructureLogging: { level: "warn" }, stats: "errors-warnings" });
  let announced = false;
  compiler.hooks.done.tap("tassei-start", (stats) => {
    if (announced || stats.hasErrors()) return;
    announced = true;
    onFirstBuild?.();
  });
  const server = new WebpackDevServer(
    {
      port: PORT,
      host: "localhost",
      server: { type: "https", options: await httpsOptions() },
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      client: { overlay: { warnings: false } },
      hot: false,
      liveReload: true,
    },
    compiler,
  );
  await server.start();
  return server;
}
