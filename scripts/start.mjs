// `npm start`: the main job on a machine without Excel. Builds, serves the add-in, and says how to use it.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ORIGIN, serve } from "./serve.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

await serve({
  onFirstBuild: () =>
    console.log(
      [
        "",
        "達成 Tassei is running.",
        `  Task pane (in this browser, without Excel): ${ORIGIN}/taskpane.html`,
        `  Preview (the pane on a sample workbook):    ${ORIGIN}/preview.html`,
        `  Manifest for sideloading into Excel:       ${path.join(root, "manifest.xml")}`,
        "    Excel on the web: Home > Add-ins > More add-ins > Upload My Add-in > manifest.xml",
        "    Excel on Windows/Mac: npx office-addin-debugging start manifest.xml (on your own machine)",
        "Press Ctrl+C to stop.",
        "",
      ].join("\n"),
    ),
});
