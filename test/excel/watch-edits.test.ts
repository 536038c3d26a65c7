/**
 * A person's changes, told from Tassei's own (#20): by the change event's source where Excel gives it
 * (ExcelApi 1.14), else by timing — events while a job of the pane runs, or within 1.5 s after, are Tassei's.
 */
import { watchEdits } from "../../src/excel/watch-edits";
import type { RunBatch } from "../../src/excel/run";

type Handler = (args: Excel.WorksheetChangedEventArgs) => Promise<void>;

/** A run whose context records the change handler Tassei registers. */
function host(): { run: RunBatch; fire: (triggerSource?: string) => Promise<void>; runs: () => number } {
  let handler: Handler | undefined;
  let runs = 0;
  const context = {
    workbook: { worksheets: { onChanged: { add: (h: Handler) => void (handler = h) } } },
    sync: async () => undefined,
  } as unknown as Excel.RequestContext;
  const run: RunBatch = async (batch) => {
    runs += 1;
    return batch(context);
  };
  const fire = async (triggerSource?: string) =>
    handler?.({ triggerSource, changeType: "RangeEdited" } as unknown as Excel.WorksheetChangedEventArgs);
  return { run, fire, runs: () => runs };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

it("tells a person's change from the add-in's own by its source on Excel 1.14", async () => {
  const excel = host();
  const edits = watchEdits(excel.run, (_set, version) => version === undefined || version <= "1.14");
  let heard = 0;
  edits.watch(() => heard++);
  await flush();
  await excel.fire("ThisLocalAddin");
  expect(heard).toBe(0);
  await excel.fire("Unknown");
  expect(heard).toBe(1);
  // One registration, however many listeners.
  edits.watch(() => undefined);
  await flush();
  expect(excel.runs()).toBe(1);
});

it("on an older Excel, skips what arrives while a job runs and just after, and hears what comes later", async () => {
  const excel = host();
  let clock = 10_000;
  const edits = watchEdits(
    excel.run,
    () => false,
    () => clock,
  );
  let heard = 0;
  const stop = edits.watch(() => heard++);
  await flush();
  await edits.run(async () => {
    await excel.fire();
  });
  expect(heard).toBe(0);
  clock += 1_000; // 1 s after the job: still its own
  await excel.fire();
  expect(heard).toBe(0);
  clock += 1_000; // 2 s after: a person's
  await excel.fire();
  expect(heard).toBe(1);
  stop();
  await excel.fire();
  expect(heard).toBe(1);
});
