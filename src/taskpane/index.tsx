/**
 * Task pane entry. With the shared runtime this page is also the ribbon's function file, so the
 * ribbon commands are registered here, once Office is ready.
 */
import { createRoot } from "react-dom/client";
import { registerRibbonCommands } from "../commands/ribbon";
import { detectHost, officeGlobal, type Host } from "./host";
import { Root } from "./Root";

function render(host: Host | undefined) {
  const container = document.getElementById("root");
  if (!container) return;
  root ??= createRoot(container);
  root.render(<Root host={host} browserLanguages={navigator.languages ?? [navigator.language]} />);
}

let root: ReturnType<typeof createRoot> | undefined;

// Render at once (so the page is never blank while Office.js loads or fails), then again when the host is known.
render(undefined);
void detectHost(officeGlobal()).then((host) => {
  if (host.kind === "excel") registerRibbonCommands(Office.actions);
  render(host);
});
