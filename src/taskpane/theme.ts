import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import type { OfficeThemeColours } from "./host";

/** Relative luminance of a #rrggbb colour (WCAG formula), to tell a dark Office theme from a light one. */
export function luminance(hex: string): number | undefined {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!match || !match[1]) return undefined;
  const value = parseInt(match[1], 16);
  const channel = (shift: number) => {
    const c = ((value >> shift) & 0xff) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0);
}

/** Fluent's web theme, light or dark like Office, with Office's own body and control colours. */
export function themeFromOffice(colours: OfficeThemeColours | undefined): Theme {
  if (!colours) return webLightTheme;
  const dark = (luminance(colours.bodyBackgroundColor) ?? 1) < 0.4;
  const base = dark ? webDarkTheme : webLightTheme;
  return {
    ...base,
    colorNeutralBackground1: colours.bodyBackgroundColor,
    colorNeutralForeground1: colours.bodyForegroundColor,
    colorNeutralBackground3: colours.controlBackgroundColor,
  };
}
