/**
 * How a job gets an Office.js request context: Excel.run inside Excel, the in-memory Excel's run in
 * tests and the preview. Jobs take it as a function, so the same code runs on both.
 */
export type RunBatch = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Excel.run, waiting for the user to leave cell-edit mode rather than failing (ExcelApi 1.11). */
export function officeRun(): RunBatch {
  return (batch) => Excel.run({ delayForCellEdit: true }, batch);
}
