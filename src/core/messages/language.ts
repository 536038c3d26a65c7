import type { Language } from "./types";

/**
 * The pane's language: Office's display language when inside Office, else the browser's
 * preferred languages, else Japanese (Tassei's users are Japanese city staff first).
 */
export function pickLanguage(officeDisplayLanguage: string | undefined, browserLanguages: readonly string[]): Language {
  const candidates = officeDisplayLanguage ? [officeDisplayLanguage] : browserLanguages;
  for (const tag of candidates) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (primary === "ja") return "ja";
    if (primary === "en") return "en";
  }
  return "ja";
}
