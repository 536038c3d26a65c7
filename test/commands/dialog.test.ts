/**
 * @jest-environment jsdom
 *
 * #16 item 9: a second ribbon click while the first outcome's dialog is still open must not lose the new
 * outcome (Office opens one dialog at a time, error 12007): the old dialog is closed first.
 */
import { type DialogHost, type OpenDialog, showDialog } from "../../src/commands/ribbon";

beforeAll(() => {
  (globalThis as { Office?: unknown }).Office = { context: { displayLanguage: "ja-JP" } };
});
afterAll(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

/** Office's rule: one dialog at a time. */
function oneAtATime() {
  const open: { url: string; closed: boolean; finish: () => void }[] = [];
  const nothing = (): void => undefined;
  const host: DialogHost = {
    open(url, done) {
      if (open.some((d) => !d.closed)) {
        done(new Error("12007: a dialog is already opened"));
        return;
      }
      const entry: { url: string; closed: boolean; finish: () => void } = { url, closed: false, finish: nothing };
      open.push(entry);
      const dialog: OpenDialog = {
        close: () => {
          entry.closed = true;
        },
        onFinished: (listener) => {
          entry.finish = listener;
        },
      };
      done(dialog);
    },
  };
  return { host, open };
}

it("closes a dialog still open before showing the next outcome", async () => {
  const { host, open } = oneAtATime();
  await showDialog({ status: "not_available" }, host);
  await showDialog({ status: "failed", message: { ja: "二回目", en: "second" } }, host);
  expect(open).toHaveLength(2);
  expect(open[0]!.closed).toBe(true);
  expect(open[1]!.closed).toBe(false);
  expect(decodeURIComponent(open[1]!.url)).toContain("二回目");
});

it("closes the dialog when its OK or its own close button is used", async () => {
  const { host, open } = oneAtATime();
  await showDialog({ status: "not_available" }, host);
  open[0]!.finish();
  expect(open[0]!.closed).toBe(true);
  await showDialog({ status: "not_available" }, host);
  expect(open).toHaveLength(2);
});
