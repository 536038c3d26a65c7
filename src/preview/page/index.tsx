/**
 * Entry of preview.html: the task pane and an Excel-like grid on an in-memory workbook, in a plain
 * browser tab (no Office.js on this page). The page shell renders at once; the workbook (in-memory
 * Excel, HyperFormula, the seed departments) loads as its own chunk and is applied, then both sides appear.
 */
import { createRoot } from "react-dom/client";
import { pickLanguage } from "../../core/messages/language";
import { PreviewPage, type PreviewState, previewHost } from "./PreviewPage";

const container = document.getElementById("root");
if (container) {
  const root = createRoot(container);
  const browserLanguages = navigator.languages?.length ? navigator.languages : [navigator.language];
  const host = previewHost(navigator.language);
  document.documentElement.lang = pickLanguage(navigator.language, browserLanguages);
  const render = (state: PreviewState) =>
    root.render(<PreviewPage state={state} host={host} browserLanguages={browserLanguages} />);
  render({ status: "loading" });
  import("./boot")
    .then(({ bootPreview }) => bootPreview())
    .then((session) => render({ status: "ready", session }))
    .catch((error: unknown) =>
      render({ status: "failed", detail: error instanceof Error ? error.message : String(error) }),
    );
}
