import { detectHost, type OfficeGlobal } from "../../src/taskpane/host";

const EXCEL = "Excel";

function fakeOffice(host: unknown, context?: OfficeGlobal["context"]): OfficeGlobal {
  return { onReady: async () => ({ host, platform: "OfficeOnline" }), HostType: { Excel: EXCEL }, context };
}

describe("detectHost", () => {
  it("says office.js is missing when the CDN script did not load", async () => {
    expect(await detectHost(undefined)).toEqual({ kind: "none", reason: "office-js-missing" });
  });

  it("says not inside Excel when office.js loaded in a plain browser tab", async () => {
    expect(await detectHost(fakeOffice(null))).toEqual({ kind: "none", reason: "not-excel" });
  });

  it("gives up after the timeout when Office.onReady never settles", async () => {
    const hanging: OfficeGlobal = { onReady: () => new Promise(() => undefined), HostType: { Excel: EXCEL } };
    expect(await detectHost(hanging, 10)).toEqual({ kind: "none", reason: "timeout" });
  });

  it("reads the display language and theme inside Excel", async () => {
    const theme = {
      bodyBackgroundColor: "#222222",
      bodyForegroundColor: "#ffffff",
      controlBackgroundColor: "#333333",
      controlForegroundColor: "#eeeeee",
    };
    expect(await detectHost(fakeOffice(EXCEL, { displayLanguage: "en-US", officeTheme: theme }))).toEqual({
      kind: "excel",
      displayLanguage: "en-US",
      theme,
    });
  });
});
