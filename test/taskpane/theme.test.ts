import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { luminance, themeFromOffice } from "../../src/taskpane/theme";

describe("themeFromOffice", () => {
  it("uses Fluent's light theme outside Office", () => {
    expect(themeFromOffice(undefined)).toBe(webLightTheme);
  });

  it("follows a dark Office theme and keeps Office's own colours", () => {
    const theme = themeFromOffice({
      bodyBackgroundColor: "#262626",
      bodyForegroundColor: "#f0f0f0",
      controlBackgroundColor: "#3a3a3a",
      controlForegroundColor: "#ffffff",
    });
    expect(theme.colorBrandBackground).toBe(webDarkTheme.colorBrandBackground);
    expect(theme.colorNeutralBackground1).toBe("#262626");
    expect(theme.colorNeutralForeground1).toBe("#f0f0f0");
  });

  it("measures luminance from #rrggbb and rejects other forms", () => {
    expect(luminance("#ffffff")).toBeCloseTo(1);
    expect(luminance("000000")).toBeCloseTo(0);
    expect(luminance("white")).toBeUndefined();
  });
});
