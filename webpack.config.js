/* Builds the task pane (which also hosts the ribbon functions: one shared runtime), the browser
 * preview page (preview.html: the pane beside an in-memory workbook; HyperFormula and the in-memory
 * Excel are bundled there only) and copies the manifest and icons. Options (webpack --env):
 *   officeJs=local   serve @microsoft/office-js from Tassei's own server (closed networks such as LGWAN)
 *                    instead of Microsoft's CDN;
 *   baseUrl=https://…/ the address the add-in is deployed at; replaces https://localhost:3000/ in the
 *                    copied manifest (a missing trailing slash is added; anything but https is refused).
 * A production build without baseUrl says, on stderr, that its manifest points at localhost.
 */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_URL = "https://localhost:3000/";
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_LOCAL = "office-js/office.js";

/** The deployment address as the manifest needs it: https, ending in "/". */
function deploymentUrl(given) {
  if (!given) return DEV_URL;
  let url;
  try {
    url = new URL(given);
  } catch {
    throw new Error(`--env baseUrl=${given} is not an address (https://…/)`);
  }
  if (url.protocol !== "https:")
    throw new Error(`--env baseUrl=${given} must be https (Office loads add-ins over https only)`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const officeJsLocal = env.officeJs === "local";
  const baseUrl = deploymentUrl(env.baseUrl);
  if (production && !env.baseUrl) {
    console.warn(
      `tassei: dist/manifest.xml points at ${DEV_URL} (for development). For a deployment build with --env baseUrl=https://…/`,
    );
  }
  return {
    mode: production ? "production" : "development",
    devtool: production ? "source-map" : "eval-source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      dialog: "./src/commands/dialog.ts",
      preview: "./src/preview/page/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      // The command line is compiled into dist/cli by tsc (npm install's prepare): a web build keeps it.
      clean: { keep: /^cli[\\/]/ },
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          // The in-memory Excel (@tassei/in-memory-excel, preview page only) is TypeScript too: webpack follows
          // its workspace link in node_modules to packages/in-memory-excel, so this rule compiles it.
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        officeJsUrl: officeJsLocal ? OFFICE_JS_LOCAL : OFFICE_JS_CDN,
      }),
      new HtmlWebpackPlugin({
        filename: "dialog.html",
        template: "./src/commands/dialog.html",
        chunks: ["dialog"],
        officeJsUrl: officeJsLocal ? OFFICE_JS_LOCAL : OFFICE_JS_CDN,
      }),
      // The manifest's SupportUrl and LearnMoreUrl: a static page, in Japanese and English.
      new HtmlWebpackPlugin({ filename: "support.html", template: "./src/support/support.html", chunks: [] }),
      // No Office.js on the preview page: it must not wait for a CDN that may be unreachable.
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/preview/page/preview.html",
        chunks: ["preview"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => content.toString().split(DEV_URL).join(baseUrl),
          },
          ...(officeJsLocal ? [{ from: "node_modules/@microsoft/office-js/dist", to: "office-js" }] : []),
        ],
      }),
    ],
  };
};

module.exports.deploymentUrl = deploymentUrl;
