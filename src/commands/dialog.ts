/**
 * The short dialog the ribbon's 「このシートを評価」 shows its outcome in, without opening the pane.
 * The text comes in the URL (`?m=…&lang=ja`); the button tells the ribbon code to close the dialog.
 */
const params = new URLSearchParams(location.search);
const text = params.get("m") ?? "";
document.documentElement.lang = params.get("lang") === "en" ? "en" : "ja";
const message = document.getElementById("message");
if (message) message.textContent = text;
const closeButton = document.getElementById("close");
// messageParent works only once Office has initialised this page: the OK waits for it.
const office = (globalThis as { Office?: typeof Office }).Office;
const ready: Promise<unknown> = office?.onReady ? office.onReady() : Promise.resolve();
closeButton?.addEventListener("click", () => {
  void ready.then(() => office?.context?.ui?.messageParent("close"));
});
closeButton?.focus();

export {};
