import { ORIGIN, serve } from "./serve.mjs";

await serve({
  onFirstBuild: () =>
    console.log(`Tassei dev server: ${ORIGIN}/taskpane.html (preview on a sample workbook: ${ORIGIN}/preview.html)`),
});
