/**
 * Task pane entry. With the shared runtime this page is also the ribbon's function file, so the
 * ribbon commands are registered here, once Office is ready.
 */
import { createRoot } from "react-dom/client";
import { registerRibbonCommands } from "../commands/ribbon";
import { detectHost, officeGlobal, type Host } from "./host";
import type { PaneJobs } from "./jobs";
import { Root } from "./Root";
import { browserLanguageStore } from "./language-store";
import { registerWhenReady } from "./ribbon-registration";

function render(host: Host | undefined, jobs?: PaneJobs) {
  const container = document.getElementById("root");
  if (!container) return;
  // The page's static text is for engines that cannot run this script; the script runs, so it goes.
  document.getElementById("static-fallback")?.remove();
  root ??= createRoot(container);
  root.render(
    <Root
      host={host}
      jobs={jobs}
      browserLanguages={navigator.languages ?? [navigator.language]}
      languageStore={languageStore}
    />,
  );
}

let root: ReturnType<typeof createRoot> | undefined;
const languageStore = browserLanguageStore();

// Render at once (so the page is never blank while Office.js loads or fails), then again when the host is known.
render(undefined);
void registerWhenReady(
  officeGlobal(),
  () => Office.context.requirements.isSetSupported("SharedRuntime", "1.1"),
  () => registerRibbonCommands(Office.actions),
);
void detectHost(officeGlobal()).then((host) => {
  if (host.kind !== "excel") return render(host);
  render(host);
  // The jobs (layouts, grading, the Office.js adapter) load after the pane is on screen.
  void import("./excel-jobs").then(({ excelJobs }) => render(host, excelJobs()));
});
